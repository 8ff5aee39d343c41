"""Resource namespaces of the client, one module per top-level resource."""

from .chat import AsyncChat, Chat
from .messages import AsyncMessages, Messages

__all__ = [
    "Chat",
    "AsyncChat",
    "Messages",
    "AsyncMessages",
]
