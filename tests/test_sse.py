"""The generated runtime's server-sent events: ``SSEDecoder`` against the cases of the SSE spec
(HTML living standard, "Interpreting an event stream"), and the typed ``Stream``/``AsyncStream``
over an ``httpx.Response``: terminator, payloads that are not JSON, error events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpx
import pytest
from acedatacloud_claude import (
    APIResponseValidationError,
    APIStatusError,
    InternalServerError,
    RateLimitError,
)
from acedatacloud_claude._streaming import AsyncStream, ServerSentEvent, SSEDecoder, Stream
from acedatacloud_claude.models import ChatCompletionChunk

E = ServerSentEvent
ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    return list(SSEDecoder().iter_bytes(chunks))


def adecode(*chunks: bytes) -> list[ServerSentEvent]:
    async def source() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    async def collect() -> list[ServerSentEvent]:
        return [event async for event in SSEDecoder().aiter_bytes(source())]

    return asyncio.run(asyncio.wait_for(collect(), timeout=5))


def data_of(events: Iterable[ServerSentEvent]) -> list[str]:
    return [event.data for event in events]


# -- the decoder, line by line ---------------------------------------------------------------------


def test_single_event() -> None:
    assert decode(b"data: hello\n\n") == [E("hello")]


def test_event_names_apply_to_one_event_only() -> None:
    events = decode(b"event: greeting\ndata: hi\n\ndata: plain\n\n")
    assert events == [E("hi", event="greeting"), E("plain", event=None)]


def test_multi_line_data_is_joined_with_lf() -> None:
    assert decode(b"data: one\ndata: two\ndata:\ndata: four\n\n") == [E("one\ntwo\n\nfour")]
    # a trailing empty data line leaves one trailing LF (the spec removes only the last one)
    assert decode(b"data: a\ndata:\n\n") == [E("a\n")]


def test_comments_are_ignored() -> None:
    assert decode(b": keep-alive\n\n") == []
    assert decode(b": keep-alive\ndata: x\n: another\n\n:\n\n") == [E("x")]


def test_id_and_retry_fields() -> None:
    events = decode(b"id: 42\nretry: 1500\ndata: x\n\ndata: y\n\n")
    assert events[0] == E("x", id="42", retry=1500)
    # the last event id persists until changed
    assert events[1].id == "42"
    events = decode(b"id: 1\ndata: a\n\nid\ndata: b\n\nid: a\x00b\ndata: c\n\n")
    assert [e.id for e in events] == ["1", "", ""]  # "id" alone resets; a NUL makes it ignored


@pytest.mark.parametrize("value", ["12a", "-5", "1.5", "  7", "", "abc", "+3"])
def test_retry_that_is_not_ascii_digits_is_ignored(value: str) -> None:
    events = decode(f"retry: 300\ndata: a\n\nretry:{value}\ndata: b\n\n".encode())
    assert [e.retry for e in events] == [300, 300]


@pytest.mark.parametrize(
    "value", ["\u00b2", "\u0661\u0662", "\uff13"], ids=["sup2", "arabic", "fw"]
)
def test_retry_with_unicode_digits_is_ignored(value: str) -> None:
    # The spec's "ASCII digits": str.isdigit() also accepts superscripts and other scripts'
    # digits, which int() then rejects (ValueError) or reads as a number.
    events = decode(f"retry: 300\ndata: a\n\nretry: {value}\ndata: b\n\n".encode())
    assert [e.retry for e in events] == [300, 300]


def test_field_without_colon() -> None:
    # "data" alone is a data field with an empty value: it dispatches an empty event
    assert decode(b"data\n\n") == [E("")]
    assert decode(b"data\ndata\n\n") == [E("\n")]
    # an unknown field without a colon is ignored
    assert decode(b"foo\ndata: x\n\n") == [E("x")]
    # "event" alone sets an empty event type
    assert decode(b"event\ndata: x\n\n")[0].event in ("", None)


def test_value_with_and_without_leading_space() -> None:
    assert decode(b"data:x\n\n") == [E("x")]
    assert decode(b"data: x\n\n") == [E("x")]
    assert decode(b"data:  x\n\n") == [E(" x")]  # only one space is removed
    assert decode(b"event:name\ndata:1\n\n") == [E("1", event="name")]
    assert decode(b"data: x \n\n") == [E("x ")]  # trailing spaces are kept


def test_unknown_fields_are_ignored() -> None:
    assert decode(b"foo: bar\ndata: x\nDATA: y\nData: z\n\n") == [E("x")]


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_line_endings(ending: str) -> None:
    text = f"data: a{ending}data: b{ending}{ending}event: e{ending}data: c{ending}{ending}"
    assert decode(text.encode()) == [E("a\nb"), E("c", event="e")]


def test_mixed_line_endings() -> None:
    assert decode(b"data: a\r\ndata: b\ndata: c\r\r\ndata: d\n\r\n") == [E("a\nb\nc"), E("d")]


def test_utf8_bom_is_stripped() -> None:
    # The spec's stream decoding strips one leading BOM; otherwise the first field is
    # "\ufeffdata" and the first event is lost.
    assert decode(b"\xef\xbb\xbfdata: x\n\n") == [E("x")]
    assert decode(b"\xef\xbb", b"\xbfdata: x\n\n") == [E("x")]


def test_several_events_in_one_chunk() -> None:
    chunk = b"data: 1\n\nevent: two\ndata: 2\n\n: comment\n\ndata: 3\n\n"
    assert decode(chunk) == [E("1"), E("2", event="two"), E("3")]


@pytest.mark.parametrize(
    "tail", [b"data: last", b"data: last\n", b"data: last\r", b"data: last\r\n"]
)
def test_final_event_without_blank_line_is_delivered(tail: bytes) -> None:
    assert decode(b"data: first\n\n" + tail) == [E("first"), E("last")]


def test_blank_lines_without_data_dispatch_nothing() -> None:
    assert decode(b"\n\n\n\r\n\r\r") == []
    assert decode(b"event: lonely\n\n") == []
    # and the event name of the empty event does not leak into the next one
    assert decode(b"event: lonely\n\ndata: x\n\n") == [E("x")]
    assert decode(b"id: 5\n\n") == []


def test_invalid_utf8_does_not_raise() -> None:
    events = decode(b"data: \xff\xfe ok\n\n")
    assert len(events) == 1 and events[0].data.endswith(" ok")


# -- the decoder, chunk by chunk -------------------------------------------------------------------

SPLIT_EVENTS = [
    E("héllo wörld ✓ 🎉", event="message_start", id="7"),
    E("line1\nline2", id="7"),
    E("{}", event="ping", id="7"),
]


def _split_stream(ending: str) -> bytes:
    text = (
        f"id: 7{ending}event: message_start{ending}data: héllo wörld ✓ 🎉{ending}{ending}"
        f": keep-alive{ending}"
        f"data: line1{ending}data: line2{ending}{ending}"
        f"event: ping{ending}data: {{}}{ending}{ending}"
    )
    return text.encode()


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_event_split_at_every_byte_boundary(ending: str) -> None:
    body = _split_stream(ending)
    assert decode(body) == SPLIT_EVENTS
    for cut in range(len(body) + 1):
        assert decode(body[:cut], body[cut:]) == SPLIT_EVENTS, f"split at {cut}: {body[:cut]!r}"
    # and every pair of split points (three chunks), which covers each CRLF and UTF-8 sequence
    for first in range(0, len(body) + 1, 3):
        for second in range(first, len(body) + 1):
            chunks = (body[:first], body[first:second], body[second:])
            assert decode(*chunks) == SPLIT_EVENTS, f"split at {first}, {second}"


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_one_byte_chunks(ending: str) -> None:
    body = _split_stream(ending)
    assert decode(*(body[i : i + 1] for i in range(len(body)))) == SPLIT_EVENTS
    assert adecode(*(body[i : i + 1] for i in range(len(body)))) == SPLIT_EVENTS


def test_multibyte_characters_split_inside_the_sequence() -> None:
    body = "data: 🎉✓\n\n".encode()
    start = body.index("🎉".encode())
    for cut in range(start + 1, start + 4):
        assert decode(body[:cut], body[cut:]) == [E("🎉✓")]


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_each_event_is_dispatched_when_its_blank_line_arrives(ending: str) -> None:
    """An event must not wait for the next chunk: a live stream may pause after any event."""
    pulled: list[int] = []

    def source() -> Iterator[bytes]:
        for index in range(3):
            pulled.append(index)
            yield f"data: {index}{ending}{ending}".encode()

    for event in SSEDecoder().iter_bytes(source()):
        assert len(pulled) == int(event.data) + 1, "event held back until the next chunk"


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_async_decoder(ending: str) -> None:
    body = _split_stream(ending)
    assert adecode(body) == SPLIT_EVENTS
    assert adecode(body[:5], body[5:40], body[40:]) == SPLIT_EVENTS
    assert adecode(b"data: a\n\ndata: b") == [E("a"), E("b")]


# -- Stream and AsyncStream ------------------------------------------------------------------------

REQUEST = httpx.Request("POST", "http://api.test/v1/chat/completions")


def chunk(content: str | None, **extra: Any) -> dict[str, Any]:
    choices = [] if content is None else [{"index": 0, "delta": {"content": content}}]
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "claude-sonnet-4-6",
        "choices": choices,
        **extra,
    }


def sse(data: object, event: str | None = None) -> bytes:
    text = data if isinstance(data, str) else json.dumps(data)
    return (f"event: {event}\n" if event else "").encode() + f"data: {text}\n\n".encode()


def make_stream(body: bytes | Iterable[bytes], strict: bool = False) -> Stream[ChatCompletionChunk]:
    content = body if isinstance(body, bytes) else iter(body)
    response = httpx.Response(200, content=content, request=REQUEST)
    return Stream(
        cast_to=ChatCompletionChunk, response=response, terminator="[DONE]", strict=strict
    )


def run_async_stream(chunks: list[bytes]) -> tuple[list[ChatCompletionChunk], httpx.Response]:
    async def source() -> AsyncIterator[bytes]:
        for piece in chunks:
            yield piece

    async def collect() -> tuple[list[ChatCompletionChunk], httpx.Response]:
        response = httpx.Response(200, content=source(), request=REQUEST)
        stream: AsyncStream[ChatCompletionChunk] = AsyncStream(
            cast_to=ChatCompletionChunk, response=response, terminator="[DONE]"
        )
        received: list[ChatCompletionChunk] = []
        async with stream:
            async for item in stream:
                received.append(item)
        return received, response

    return asyncio.run(asyncio.wait_for(collect(), timeout=5))


def test_stream_stops_at_the_terminator() -> None:
    body = sse(chunk("a")) + sse(chunk("b")) + b"data: [DONE]\n\n" + b"data: not json at all\n\n"
    stream = make_stream(body)
    received = list(stream)
    assert [c.choices[0].delta.content for c in received] == ["a", "b"]
    assert all(isinstance(c, ChatCompletionChunk) for c in received)
    assert stream.response.is_closed


def test_stream_over_a_byte_iterator_split_everywhere() -> None:
    body = sse(chunk("x")) + sse(chunk("y")) + sse(chunk(None, usage=None)) + b"data: [DONE]\n\n"
    for cut in range(0, len(body) + 1, 7):
        received = list(make_stream([body[:cut], body[cut:]]))
        assert [len(c.choices) for c in received] == [1, 1, 0]


def test_stream_without_terminator_ends_at_eof() -> None:
    assert len(list(make_stream(sse(chunk("a")) + sse(chunk("b"))))) == 2


def test_stream_payload_not_json_raises_validation_error() -> None:
    stream = make_stream(sse(chunk("ok")) + b"data: {not json\n\n" + sse(chunk("never")))
    received: list[ChatCompletionChunk] = []
    with pytest.raises(APIResponseValidationError) as caught:
        received.extend(stream)
    assert len(received) == 1
    assert caught.value.body == "{not json"
    assert caught.value.status_code == 200
    assert stream.response.is_closed


def test_stream_payload_not_matching_the_model_raises_validation_error_when_strict() -> None:
    with pytest.raises(APIResponseValidationError, match="A stream event does not match the spec"):
        list(make_stream(sse({"id": 1, "choices": "no"}), strict=True))


def test_stream_payload_not_matching_the_model_is_delivered_as_it_arrived() -> None:
    (event,) = list(make_stream(sse({"id": 1, "choices": "no"})))
    assert isinstance(event, ChatCompletionChunk)
    assert (event.id, event.choices) == (1, "no")  # type: ignore[comparison-overlap]


@pytest.mark.parametrize(
    ("payload", "event", "error_type", "status"),
    [
        (
            {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}},
            None,
            RateLimitError,
            429,
        ),
        (
            {"type": "error", "error": {"type": "rate_limit_error", "message": "slow down"}},
            "error",
            RateLimitError,
            429,
        ),
        ({"error": {"type": "overloaded_error"}}, None, InternalServerError, 529),
        ({"error": {"type": "overloaded_error"}}, "error", InternalServerError, 529),
        ({"error": {"message": "boom", "type": "api_error"}}, None, InternalServerError, 500),
    ],
)
def test_stream_error_event_raises_the_mapped_exception(
    payload: dict[str, Any], event: str | None, error_type: type[APIStatusError], status: int
) -> None:
    stream = make_stream(sse(chunk("before")) + sse(payload, event) + sse(chunk("after")))
    received: list[ChatCompletionChunk] = []
    with pytest.raises(error_type) as caught:
        received.extend(stream)
    assert [c.choices[0].delta.content for c in received] == ["before"]
    assert caught.value.status_code == status
    assert caught.value.body == payload
    assert stream.response.is_closed


def test_async_stream_stops_at_the_terminator() -> None:
    body = sse(chunk("a")) + sse(chunk("b")) + b"data: [DONE]\n\n" + b"data: junk\n\n"
    received, response = run_async_stream([body[:10], body[10:50], body[50:]])
    assert [c.choices[0].delta.content for c in received] == ["a", "b"]
    assert response.is_closed


def test_async_stream_payload_not_json() -> None:
    with pytest.raises(APIResponseValidationError):
        run_async_stream([sse(chunk("a")), b"data: nope\n\n"])


def test_async_stream_error_events() -> None:
    rate = {"type": "error", "error": {"type": "rate_limit_error", "message": "slow"}}
    with pytest.raises(RateLimitError) as rate_limited:
        run_async_stream([sse(chunk("a")), sse(rate)])
    assert rate_limited.value.status_code == 429
    with pytest.raises(InternalServerError) as overloaded:
        run_async_stream([sse({"error": {"type": "overloaded_error"}})])
    assert overloaded.value.status_code == 529


def test_stream_closes_response_on_break() -> None:
    stream = make_stream(sse(chunk("a")) + sse(chunk("b")) + sse(chunk("c")))
    for _ in stream:
        break
    assert stream.response.is_closed


def test_a_stream_is_an_iterator_read_once() -> None:
    """As openai's and anthropic's: ``next()`` works, and a consumed stream is empty, not an
    httpx error."""
    stream = make_stream(sse(chunk("a")) + sse(chunk("b")) + b"data: [DONE]\n\n")
    first = next(stream)
    assert first.choices[0].delta.content == "a"
    assert [c.choices[0].delta.content for c in stream] == ["b"]
    assert list(stream) == []
    with pytest.raises(StopIteration):
        next(stream)
    assert stream.response.is_closed


def test_an_async_stream_is_an_async_iterator_read_once() -> None:
    async def source() -> AsyncIterator[bytes]:
        yield sse(chunk("a")) + sse(chunk("b"))

    async def consume() -> tuple[str | None, list[ChatCompletionChunk], list[ChatCompletionChunk]]:
        response = httpx.Response(200, content=source(), request=REQUEST)
        stream: AsyncStream[ChatCompletionChunk] = AsyncStream(
            cast_to=ChatCompletionChunk, response=response, terminator="[DONE]"
        )
        first = await anext(stream)
        rest = [item async for item in stream]
        again = [item async for item in stream]
        return first.choices[0].delta.content, rest, again

    first, rest, again = asyncio.run(asyncio.wait_for(consume(), timeout=5))
    assert first == "a"
    assert [c.choices[0].delta.content for c in rest] == ["b"]
    assert again == []
