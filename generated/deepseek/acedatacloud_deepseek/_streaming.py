"""Server-sent events: a decoder that follows the SSE spec, and typed ``Stream`` iterators."""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Generator,
    Iterable,
    Iterator,
)
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    stream_error,
)
from ._parsing import loads, parse
from ._response import DEFAULT_MAX_RESPONSE_BYTES, aiter_content, iter_content, too_large

_BOM = b"\xef\xbb\xbf"

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class EventTooLarge(Exception):
    """The lines of one event, the blank line that ends it not yet seen, are over the limit."""


class SSEDecoder:
    """Turns a byte stream into events, as the HTML living standard describes.

    Lines end with CRLF, LF or CR; ``:`` starts a comment; ``data:`` lines of one event are
    joined with LF; a blank line dispatches the event. Unlike the standard, an event that the
    server did not end with a blank line before closing is still delivered.

    Each byte is scanned once, so a long line costs linear time; with ``max_bytes``, the lines of
    one event (a line not ended yet included) may hold that many bytes, else ``EventTooLarge``.
    """

    def __init__(self, max_bytes: int | None = None) -> None:
        self._max_bytes = max_bytes
        self._data: list[str] = []
        self._event: str | None = None
        self._last_id: str | None = None
        self._retry: int | None = None
        self._line: list[bytes] = []  # the pieces of a line whose end has not come yet
        self._line_size = 0
        self._event_size = 0  # the bytes of the event's lines so far
        self._started = False  # past a byte order mark, if the stream begins with one
        self._after_cr = False  # the last chunk ended with CR: a LF that follows is its pair

    def iter_bytes(self, chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        for chunk in chunks:
            yield from self._events(self._lines(chunk))
        yield from self._events(self._rest())

    async def aiter_bytes(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        async for chunk in chunks:
            for event in self._events(self._lines(chunk)):
                yield event
        for event in self._events(self._rest()):
            yield event

    def decode(self, line: str) -> ServerSentEvent | None:
        """Feed one line (without its line ending); an event when the line is blank."""
        if not line:
            if not self._data:
                self._event = None
                return None
            event = ServerSentEvent("\n".join(self._data), self._event, self._last_id, self._retry)
            self._data, self._event = [], None
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _events(self, lines: list[str]) -> Iterator[ServerSentEvent]:
        for line in lines:
            event = self.decode(line)
            if event is not None:
                yield event

    def _lines(self, chunk: bytes) -> list[str]:
        """The lines a chunk completes; a line ending at the chunk's end counts at once."""
        if self._after_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]  # the second half of a CRLF split across chunks
            self._after_cr = False
        if not chunk:
            return []
        self._after_cr = chunk.endswith(b"\r")
        if not self._started:
            chunk = b"".join(self._line) + chunk
            self._line = []
            if len(chunk) < 3 and _BOM.startswith(chunk):
                self._line = [chunk]  # could still be the start of a byte order mark
                return []
            self._started = True
            chunk = chunk.removeprefix(_BOM)
        lines: list[str] = []
        # Only the new chunk is split: the unfinished line is joined once, when it ends.
        for piece in chunk.splitlines(keepends=True):
            self._line.append(piece)
            self._line_size += len(piece)
            if self._max_bytes is not None and self._event_size + self._line_size > self._max_bytes:
                raise EventTooLarge
            if piece.endswith((b"\n", b"\r")):
                line = b"".join(self._line).rstrip(b"\r\n")
                self._event_size = self._event_size + self._line_size if line else 0
                self._line, self._line_size = [], 0
                lines.append(line.decode("utf-8", errors="replace"))
        return lines

    def _rest(self) -> list[str]:
        """At the end of the stream: an unfinished last line, then the blank line it lacked."""
        rest = b"".join(self._line).removeprefix(_BOM)
        self._line, self._line_size, self._event_size = [], 0, 0
        return [rest.decode("utf-8", errors="replace"), ""] if rest else [""]


class Stream(Generic[T]):
    """The events of a streamed response, typed, as they arrive: an iterator (``for``, ``next``).

    Use it ideally in a ``with`` block; the HTTP response is closed when the events run out,
    when iteration stops early (``break``) or fails, and on leaving ``with``. It is read once:
    iterating it again yields nothing more.
    """

    def __init__(
        self,
        *,
        cast_to: Any,
        response: httpx.Response,
        terminator: str | None,
        skip_unknown: bool = False,
        max_event_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool = False,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._terminator = terminator
        self._skip_unknown = skip_unknown
        self._strict = strict
        self._max_event_bytes = max_event_bytes
        self._iterator = self._events()

    def __next__(self) -> T:
        return next(self._iterator)

    def __iter__(self) -> Iterator[T]:
        try:  # a loop left early (``break``) closes the stream
            yield from self._iterator
        finally:
            self.close()

    def _events(self) -> Generator[T]:
        try:
            for sse in SSEDecoder(self._max_event_bytes).iter_bytes(self._chunks()):
                if sse.data == self._terminator:
                    break
                if sse.data:
                    event = _event(
                        sse, self._cast_to, self.response, self._skip_unknown, self._strict
                    )
                    if event is not _SKIP:
                        yield event
        except EventTooLarge:
            raise too_large(
                self.response, self._max_event_bytes, "An event of the stream"
            ) from None
        finally:
            self.response.close()

    def _chunks(self) -> Iterator[bytes]:
        try:
            yield from iter_content(self.response)
        except httpx.TimeoutException as error:
            raise APITimeoutError(request=self.response.request) from error
        except httpx.RequestError as error:
            raise APIConnectionError(
                request=self.response.request, message="The stream broke off."
            ) from error

    @property
    def strict(self) -> bool:
        """Whether its events are validated strictly (``strict_response_validation``)."""
        return self._strict

    def close(self) -> None:
        """Stop the stream: no more events, and the connection is released."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The asynchronous twin of ``Stream``: ``async for``, ``anext`` and ``async with``."""

    def __init__(
        self,
        *,
        cast_to: Any,
        response: httpx.Response,
        terminator: str | None,
        skip_unknown: bool = False,
        max_event_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool = False,
    ) -> None:
        self.response = response
        self._cast_to = cast_to
        self._terminator = terminator
        self._skip_unknown = skip_unknown
        self._strict = strict
        self._max_event_bytes = max_event_bytes
        self._iterator = self._events()

    async def __anext__(self) -> T:
        return await anext(self._iterator)

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for event in self._iterator:
                yield event
        finally:
            await self.close()

    async def _events(self) -> AsyncGenerator[T]:
        try:
            async for sse in SSEDecoder(self._max_event_bytes).aiter_bytes(self._chunks()):
                if sse.data == self._terminator:
                    break
                if sse.data:
                    event = _event(
                        sse, self._cast_to, self.response, self._skip_unknown, self._strict
                    )
                    if event is not _SKIP:
                        yield event
        except EventTooLarge:
            raise too_large(
                self.response, self._max_event_bytes, "An event of the stream"
            ) from None
        finally:
            await self.response.aclose()

    async def _chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in aiter_content(self.response):
                yield chunk
        except httpx.TimeoutException as error:
            raise APITimeoutError(request=self.response.request) from error
        except httpx.RequestError as error:
            raise APIConnectionError(
                request=self.response.request, message="The stream broke off."
            ) from error

    @property
    def strict(self) -> bool:
        """Whether its events are validated strictly (``strict_response_validation``)."""
        return self._strict

    async def close(self) -> None:
        """Stop the stream: no more events, and the connection is released."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


class _Skip:
    """An event the client does not know yet, passed over."""


_SKIP = _Skip()


def _event(
    sse: ServerSentEvent, cast_to: Any, response: httpx.Response, skip_unknown: bool, strict: bool
) -> Any:
    """The typed event of one SSE message, parsed as leniently as a body (strictly with
    ``strict``); an error event raises.

    With ``skip_unknown`` (a stream of several declared kinds of event), an event that fits none
    of them is skipped: APIs such as Anthropic's add event kinds that old clients must tolerate.
    """
    payload = _payload(sse, cast_to, response)
    error = stream_error(sse.event, payload, response)
    if error is not None:
        raise error
    try:
        return parse(cast_to, payload, response, strict=strict, subject="A stream event")
    except APIResponseValidationError:
        if skip_unknown:
            return _SKIP
        raise


def _payload(sse: ServerSentEvent, cast_to: Any, response: httpx.Response) -> object:
    """What an event carries: text in a stream of strings (its error events are JSON), else JSON;
    in a stream of anything, the text where it is not JSON."""
    if cast_to is str and sse.event != "error":
        return sse.data
    try:
        return loads(sse.data)
    except ValueError as error:
        if cast_to is Any:
            return sse.data
        raise APIResponseValidationError(
            response=response, body=sse.data, message=f"Stream event is not JSON: {error}"
        ) from error
