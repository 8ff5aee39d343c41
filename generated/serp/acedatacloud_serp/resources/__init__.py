"""Resource namespaces of the client, one module per top-level resource."""

from .google import AsyncGoogle, Google

__all__ = [
    "Google",
    "AsyncGoogle",
]
