"""Server-sent events: a decoder that follows the SSE spec, and typed ``Stream`` iterators."""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
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
from ._parsing import parse

T = TypeVar("T")


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Turns a byte stream into events, as the HTML living standard describes.

    Lines end with CRLF, LF or CR; ``:`` starts a comment; ``data:`` lines of one event are
    joined with LF; a blank line dispatches the event. Unlike the standard, an event that the
    server did not end with a blank line before closing is still delivered.
    """

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event: str | None = None
        self._last_id: str | None = None
        self._retry: int | None = None

    def iter_bytes(self, chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        buffer = b""
        for chunk in chunks:
            buffer += chunk
            lines, buffer = _complete_lines(buffer)
            for line in lines:
                event = self.decode(line)
                if event is not None:
                    yield event
        yield from self._flush(buffer)

    async def aiter_bytes(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        buffer = b""
        async for chunk in chunks:
            buffer += chunk
            lines, buffer = _complete_lines(buffer)
            for line in lines:
                event = self.decode(line)
                if event is not None:
                    yield event
        for event in self._flush(buffer):
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
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _flush(self, rest: bytes) -> Iterator[ServerSentEvent]:
        if rest:
            self.decode(rest.decode("utf-8", errors="replace").rstrip("\r"))
        event = self.decode("")
        if event is not None:
            yield event


def _complete_lines(buffer: bytes) -> tuple[list[str], bytes]:
    """The complete lines in ``buffer`` and what is left after the last line ending."""
    pieces = buffer.splitlines(keepends=True)
    rest = b""
    if pieces and (pieces[-1].endswith(b"\r") or not pieces[-1].endswith(b"\n")):
        # Unfinished, or a CR that may be the first half of a CRLF split across two chunks.
        rest = pieces.pop()
    return [piece.rstrip(b"\r\n").decode("utf-8", errors="replace") for piece in pieces], rest


class Stream(Generic[T]):
    """The events of a streamed response, typed, as they arrive.

    Use it as an iterator, ideally in a ``with`` block; the HTTP response is closed when the
    events run out, when iteration stops early (``break``) or fails, and on leaving ``with``.
    """

    def __init__(self, *, cast_to: Any, response: httpx.Response, terminator: str | None) -> None:
        self.response = response
        self._cast_to = cast_to
        self._terminator = terminator

    def __iter__(self) -> Iterator[T]:
        try:
            for sse in SSEDecoder().iter_bytes(self._chunks()):
                if sse.data == self._terminator:
                    break
                if sse.data:
                    yield self._event(sse)
        finally:
            self.close()

    def _chunks(self) -> Iterator[bytes]:
        try:
            yield from self.response.iter_bytes()
        except httpx.TimeoutException as error:
            raise APITimeoutError(request=self.response.request) from error
        except httpx.TransportError as error:
            raise APIConnectionError(
                request=self.response.request, message="The stream broke off."
            ) from error

    def _event(self, sse: ServerSentEvent) -> T:
        payload = _json(sse, self.response)
        error = stream_error(sse.event, payload, self.response)
        if error is not None:
            raise error
        result: T = parse(self._cast_to, payload, self.response)
        return result

    def close(self) -> None:
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
    """The asynchronous twin of ``Stream``: ``async for`` and ``async with``."""

    def __init__(self, *, cast_to: Any, response: httpx.Response, terminator: str | None) -> None:
        self.response = response
        self._cast_to = cast_to
        self._terminator = terminator

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for sse in SSEDecoder().aiter_bytes(self._chunks()):
                if sse.data == self._terminator:
                    break
                if sse.data:
                    yield self._event(sse)
        finally:
            await self.close()

    async def _chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes():
                yield chunk
        except httpx.TimeoutException as error:
            raise APITimeoutError(request=self.response.request) from error
        except httpx.TransportError as error:
            raise APIConnectionError(
                request=self.response.request, message="The stream broke off."
            ) from error

    def _event(self, sse: ServerSentEvent) -> T:
        payload = _json(sse, self.response)
        error = stream_error(sse.event, payload, self.response)
        if error is not None:
            raise error
        result: T = parse(self._cast_to, payload, self.response)
        return result

    async def close(self) -> None:
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


def _json(sse: ServerSentEvent, response: httpx.Response) -> object:
    try:
        return json.loads(sse.data)
    except json.JSONDecodeError as error:
        raise APIResponseValidationError(
            response=response, body=sse.data, message=f"Stream event is not JSON: {error.msg}"
        ) from error
