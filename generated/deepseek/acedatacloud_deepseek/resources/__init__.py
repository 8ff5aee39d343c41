"""Resource namespaces of the client, one module per top-level resource."""

from .chat import AsyncChat, Chat

__all__ = [
    "Chat",
    "AsyncChat",
]
