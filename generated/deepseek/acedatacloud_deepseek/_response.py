"""Reading response bodies within bounds of size and time, and raw responses:
``client.<resource>.with_raw_response.<method>(...)`` returns an ``APIResponse`` with the status,
the headers and a ``parse()`` for the typed result."""

from __future__ import annotations

import functools
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar, cast

import httpx

from ._exceptions import APIResponseTooLargeError

P = ParamSpec("P")
R = TypeVar("R")

# True while a ``with_raw_response`` method runs: the request it makes answers with the
# ``APIResponse``. A context variable, so nothing travels in the request's own options.
RAW_RESPONSE: ContextVar[bool] = ContextVar("raw_response", default=False)

DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024  # of a body, or of one event of a stream
# The content codings the client asks for and undoes itself, each within PIECE bytes a step.
ACCEPT_ENCODING = "gzip, deflate"
PIECE = 64 * 1024
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class Content:
    """The content of a response from its raw bytes, piece by piece.

    The client undoes gzip and deflate itself rather than let httpx do it: httpx inflates each
    chunk whole, so a 64 KiB chunk of a gzip bomb becomes 64 MiB at once, and a body gzipped
    twice becomes gigabytes. Here no piece is over ``PIECE`` bytes however the body inflates.
    Other codings pass as they came, as httpx passes codings it does not know.
    """

    def __init__(self, response: httpx.Response, deadline: float | None = None) -> None:
        self._request = response.request
        self._deadline = deadline  # time.monotonic() by which the whole body must be in
        codings = response.headers.get_list("content-encoding", split_commas=True)
        names = [coding.strip().lower() for coding in reversed(codings)]  # the last one first
        self._layers = [zlib.decompressobj(_WBITS[name]) for name in names if name in _WBITS]

    def pieces(self, raw: bytes) -> Iterator[bytes]:
        """The content that a chunk of the raw body carries."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            # a body that trickles in: each read is within the timeout, the whole is not
            raise httpx.ReadTimeout(
                "The response took longer than its timeout.", request=self._request
            )
        try:
            yield from self._inflate(raw, 0)
        except zlib.error:
            raise httpx.DecodingError("The body does not decode.", request=self._request) from None

    def _inflate(self, data: bytes, layer: int) -> Iterator[bytes]:
        if layer == len(self._layers):
            if data:
                yield data
            return
        decompressor = self._layers[layer]
        while True:
            piece = decompressor.decompress(data, PIECE)
            data = decompressor.unconsumed_tail
            yield from self._inflate(piece, layer + 1)
            if not data and len(piece) < PIECE:  # a full piece may have more output behind it
                return


def iter_content(response: httpx.Response, deadline: float | None = None) -> Iterator[bytes]:
    """The content of a streamed response as it arrives."""
    if response.is_stream_consumed:  # read already, as by a transport such as httpx.MockTransport
        yield response.content
        return
    content = Content(response, deadline)
    for raw in response.iter_raw():
        yield from content.pieces(raw)


async def aiter_content(
    response: httpx.Response, deadline: float | None = None
) -> AsyncIterator[bytes]:
    """The content of a streamed response as it arrives, asynchronously."""
    if response.is_stream_consumed:
        yield response.content
        return
    content = Content(response, deadline)
    async for raw in response.aiter_raw():
        for piece in content.pieces(raw):
            yield piece


def read(response: httpx.Response, max_bytes: int | None, deadline: float | None) -> None:
    """Read a streamed response's body, at most ``max_bytes`` of content by ``deadline``, so
    that ``response.content`` has it; the response is closed if that fails."""
    body = _Body(response, max_bytes)
    try:
        for piece in iter_content(response, deadline):
            body.add(piece)
    except BaseException:
        response.close()
        raise
    body.store()


async def aread(response: httpx.Response, max_bytes: int | None, deadline: float | None) -> None:
    """``read``, asynchronously."""
    body = _Body(response, max_bytes)
    try:
        async for piece in aiter_content(response, deadline):
            body.add(piece)
    except BaseException:
        await response.aclose()
        raise
    body.store()


def too_large(
    response: httpx.Response, max_bytes: int | None, what: str
) -> APIResponseTooLargeError:
    return APIResponseTooLargeError(
        response=response,
        body=None,
        message=f"{what} is over the client's max_response_bytes ({max_bytes} bytes).",
    )


class _Body:
    """The pieces of a body being read, held to ``max_bytes``."""

    def __init__(self, response: httpx.Response, max_bytes: int | None) -> None:
        self._response = response
        self._max_bytes = max_bytes
        self._pieces: list[bytes] = []
        self._size = 0

    def add(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._max_bytes is not None and self._size > self._max_bytes:
            raise too_large(self._response, self._max_bytes, "The response body")
        self._pieces.append(piece)

    def store(self) -> None:
        # What httpx's own read() does: httpx has no public way to take a body read otherwise
        # (a new Response would decode it again, by the Content-Encoding it keeps).
        body = b"".join(self._pieces)
        self._response._content = body  # pyright: ignore[reportPrivateUsage]


class APIResponse(Generic[R]):
    """An HTTP response and, on demand, its typed body."""

    def __init__(self, *, response: httpx.Response, parser: Callable[[], R]) -> None:
        self.http_response = response
        self._parser = parser
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> R:
        """The typed body (parsed once)."""
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}]>"


@contextmanager
def _asking_raw() -> Generator[None]:
    token = RAW_RESPONSE.set(True)
    try:
        yield
    finally:
        RAW_RESPONSE.reset(token)


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with _asking_raw():
            return cast(APIResponse[R], func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        with _asking_raw():
            return cast(APIResponse[R], await func(*args, **kwargs))

    return wrapped
