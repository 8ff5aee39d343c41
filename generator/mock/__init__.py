"""A spec-driven mock HTTP server (like Stoplight Prism), answering from the IR.

``create_app`` builds the Starlette application; ``serve`` runs it with uvicorn.
"""

from __future__ import annotations

from generator.mock.app import DEFAULT_DELAY, create_app
from generator.mock.limits import Limits
from generator.mock.server import DEFAULT_HOST, DEFAULT_PORT, is_loopback, listen, serve

__all__ = [
    "DEFAULT_DELAY",
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "Limits",
    "create_app",
    "is_loopback",
    "listen",
    "serve",
]
