"""What one request may cost the mock: body size, time to arrive, time to check.

A mock is often left running on a laptop or a CI runner; one misbehaving client (or one unlucky
``pattern`` in the spec) must not take it over for everyone else.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from starlette.requests import Request

DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
DEFAULT_TIMEOUT = 5  # seconds; whole, as uvicorn's keep-alive timeout takes it


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    # Seconds a client has to send a request's headers (from connecting or from the previous
    # answer), then again to send its body.
    timeout: int = DEFAULT_TIMEOUT
    # Checking a body against its schema may take this long, plus as long again per megabyte:
    # an honest 10 MB body takes a few seconds in jsonschema, a backtracking pattern forever.
    check_seconds: float = 1.0

    def check_budget(self, size: int) -> float:
        return self.check_seconds * (1 + size / 1_000_000)


DEFAULT_LIMITS = Limits()


class BodyTooLarge(Exception):
    """The request body is longer than ``Limits.max_body_bytes``."""


async def read_body(request: Request, limits: Limits) -> bytes:
    """The body, read chunk by chunk so an oversized one is refused before it is all in memory.

    Raises BodyTooLarge, or TimeoutError when the client takes over ``limits.timeout`` seconds.
    """
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limits.max_body_bytes:
        raise BodyTooLarge
    body = bytearray()
    async with asyncio.timeout(limits.timeout):
        async for chunk in request.stream():
            body += chunk
            if len(body) > limits.max_body_bytes:
                raise BodyTooLarge
    return bytes(body)


class TooSlow(Exception):
    """The block under ``time_limit`` ran out of time."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TooSlow inside the block once ``seconds`` have passed.

    By SIGALRM: ``re`` checks for signals while it backtracks, so the handler's exception stops
    even a catastrophic match. A thread could not be stopped, and ``re`` holds the GIL, so it
    would stall the event loop anyway. Signals reach only the main thread of a Unix process,
    where uvicorn runs the app; elsewhere (a test client's thread) the block is not limited.
    """
    on_main_thread = threading.current_thread() is threading.main_thread()
    if not (on_main_thread and hasattr(signal, "setitimer")):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)  # disarmed before the handler goes
        signal.signal(signal.SIGALRM, previous)


def _too_slow(signum: int, frame: FrameType | None) -> None:
    raise TooSlow
