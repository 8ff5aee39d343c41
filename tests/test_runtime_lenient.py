"""Lenient response parsing (issue 16), over real sockets on 127.0.0.1: a body or a stream event
that does not match the spec is still returned, built as far as it fits, as the openai and
anthropic SDKs return it; ``strict_response_validation=True`` raises instead, naming each
mismatch in a bounded message.

The Claude package serves chat completions (a plain stream) and messages (a stream of tagged
events); the kitchensink package serves orders (datetimes, a discriminated union, nested lists).
"""

from __future__ import annotations

import datetime
import time
from typing import Any

import pytest
from acedatacloud_claude import APIResponseValidationError as ClaudeValidationError
from acedatacloud_claude import AsyncClient as ClaudeAsyncClient
from acedatacloud_claude import BadRequestError as ClaudeBadRequestError
from acedatacloud_claude import Client as ClaudeClient
from acedatacloud_claude.models import (
    ChatCompletion,
    ChatCompletionChoice,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatCompletionMessageParam,
    CompletionUsage,
    ContentBlockDeltaEvent,
    InputJsonDelta,
    MessageParam,
    MessageStartEvent,
    MessageStopEvent,
    SignatureDelta,
    TextDelta,
    ThinkingDelta,
)
from kitchensink import APIResponseValidationError, BadRequestError, Client
from kitchensink.models import (
    Category,
    HomeDelivery,
    Order,
    OrderLine,
    OrderPlacedEvent,
    OrderShippedEvent,
    PickupPoint,
)

from .loopback_server import Events, LoopbackServer, Reply, run, sse

KEY = "sk-lenient-secret-5c1e"
MESSAGES = [ChatCompletionMessageParam(role="user", content="Hi")]
CLAUDE_MESSAGES = [MessageParam(role="user", content="Hi")]
DONE = b"data: [DONE]\n\n"


def claude(url: str, **options: Any) -> ClaudeClient:
    return ClaudeClient(api_key=KEY, base_url=url, max_retries=0, timeout=5.0, **options)


def kitchensink(url: str, **options: Any) -> Client:
    return Client(api_key=KEY, base_url=url, max_retries=0, timeout=5.0, **options)


def completion(**changes: Any) -> dict[str, Any]:
    """A chat completion as the spec has it, with ``changes`` (None: the field left out)."""
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "claude-sonnet-4-6",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello!"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        **changes,
    }
    return {name: value for name, value in body.items() if value is not None}


def order(**changes: Any) -> dict[str, Any]:
    """An order as the spec has it, with ``changes`` (None: the field left out)."""
    body = {
        "id": "o1",
        "status": "placed",
        "lines": [{"book_id": 7, "quantity": 2}],
        "shipping": {"kind": "PickupPoint", "point_id": "p9"},
        "total": 25.5,
        "placed_at": "2024-05-01T12:00:00Z",
        **changes,
    }
    return {name: value for name, value in body.items() if value is not None}


def chat(client: ClaudeClient) -> ChatCompletion:
    result = client.chat.completions.create(messages=MESSAGES, model="claude-sonnet-4-6")
    assert isinstance(result, ChatCompletion)
    return result


def cancel(url: str, **options: Any) -> Order:
    with kitchensink(url, **options) as client:
        return client.orders.cancel(order_id="o1")


# -- 1. lenient by default -------------------------------------------------------------------------


def test_a_body_missing_a_required_field_is_returned(server: LoopbackServer) -> None:
    server.script(Reply(200, completion(created=None)))
    with claude(server.url) as client:
        result = chat(client)
    assert result.id == "chatcmpl-1"
    assert isinstance(result.choices[0], ChatCompletionChoice)
    assert isinstance(result.usage, CompletionUsage)
    assert "created" not in result.model_fields_set
    assert not hasattr(result, "created")
    with pytest.raises(AttributeError, match=r"ChatCompletion\.created is not set") as caught:
        print(result.created)
    assert caught.value.name == "created"
    assert "created" not in result.model_dump()


def test_a_body_missing_a_required_field_is_returned_async(server: LoopbackServer) -> None:
    server.script(Reply(200, completion(created=None)))

    async def call() -> object:
        async with ClaudeAsyncClient(api_key=KEY, base_url=server.url, max_retries=0) as client:
            return await client.chat.completions.create(
                messages=MESSAGES, model="claude-sonnet-4-6"
            )

    result = run(call())
    assert isinstance(result, ChatCompletion)
    assert result.model == "claude-sonnet-4-6"
    assert not hasattr(result, "created")


def test_a_field_of_the_wrong_type_keeps_what_arrived(server: LoopbackServer) -> None:
    server.script(Reply(200, order(total="25.50 EUR", note="new field")))
    result = cancel(server.url)
    assert result.total == "25.50 EUR"  # type: ignore[comparison-overlap]
    # everything that fits is validated as ever
    assert result.placed_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    assert isinstance(result.lines[0], OrderLine)
    assert isinstance(result.shipping, PickupPoint)
    assert result.model_extra == {"note": "new field"}


def test_a_nested_model_that_does_not_fit_is_still_a_model(server: LoopbackServer) -> None:
    server.script(
        Reply(
            200,
            order(
                lines=[{"book_id": 7, "quantity": 2}, {"quantity": "two"}],
                shipping={"kind": "HomeDelivery", "point_id": "p9"},  # no address
                placed_at="not a date",
            ),
        )
    )
    result = cancel(server.url)
    first, second = result.lines
    assert isinstance(first, OrderLine) and first.book_id == 7
    assert isinstance(second, OrderLine) and second.quantity == "two"  # type: ignore[comparison-overlap]
    assert not hasattr(second, "book_id")
    # the tag picks the member, though the member's fields do not fit
    assert isinstance(result.shipping, HomeDelivery)
    assert result.shipping.model_extra == {"point_id": "p9"}
    assert result.placed_at == "not a date"


def test_a_chat_stream_event_missing_a_field_is_delivered(server: LoopbackServer) -> None:
    chunk = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "model": "claude-sonnet-4-6",  # no "created"
        "choices": [{"index": 0, "delta": {"content": "Hi"}}],
    }
    server.script(Events([sse(chunk), DONE]))
    with claude(server.url) as client:
        stream = client.chat.completions.create(
            messages=MESSAGES, model="claude-sonnet-4-6", stream=True
        )
        events = list(stream)
    assert len(events) == 1
    assert isinstance(events[0], ChatCompletionChunk)
    assert events[0].choices[0].delta.content == "Hi"
    assert not hasattr(events[0], "created")


def test_a_tagged_stream_event_missing_a_field_is_delivered_not_skipped(
    server: LoopbackServer,
) -> None:
    start = {"type": "message_start", "message": {"type": "message", "role": "assistant"}}
    new_delta = {"type": "thought_delta", "thought": "hm", "_fields_set": 1}
    delta = {"type": "content_block_delta", "index": 0, "delta": new_delta}
    chunks = [start, {"type": "brand_new_kind"}, delta, {"type": "message_stop"}]
    server.script(Events([sse(chunk) for chunk in chunks]))
    with claude(server.url) as client:
        events = list(
            client.messages.create(
                messages=CLAUDE_MESSAGES, model="claude-sonnet-4-6", max_tokens=8, stream=True
            )
        )
    # an event of a kind the spec does not list is still passed over
    assert [type(event) for event in events] == [
        MessageStartEvent,
        ContentBlockDeltaEvent,
        MessageStopEvent,
    ]
    assert isinstance(events[0], MessageStartEvent)
    assert not hasattr(events[0].message, "id")
    # a delta of a new kind inside a known event: none of the known deltas, read as they are
    assert isinstance(events[1], ContentBlockDeltaEvent)
    unknown: Any = events[1].delta  # typed as the known deltas: this one is none of them
    assert not isinstance(unknown, TextDelta | InputJsonDelta | ThinkingDelta | SignatureDelta)
    assert unknown.type == "thought_delta"
    assert unknown.model_extra == new_delta


def test_kitchensink_stream_event_missing_a_field_is_delivered(server: LoopbackServer) -> None:
    shipped = {"type": "order.shipped", "order_id": "o1"}  # no carrier
    placed = {"type": "order.placed", "order_id": "o1", "total": "a lot"}
    server.script(Events([sse(shipped), sse(placed), DONE]))
    with kitchensink(server.url) as client:
        events = list(client.orders.stream_events(order_id="o1"))
    assert [type(event) for event in events] == [OrderShippedEvent, OrderPlacedEvent]


def test_a_body_of_another_shape_still_raises(server: LoopbackServer) -> None:
    server.script(Reply(200, ["not", "an", "order"]))
    with pytest.raises(APIResponseValidationError, match="does not match the spec"):
        cancel(server.url)


# -- 2. strict as a client option ---------------------------------------------------------------


def test_strict_mode_names_each_mismatch(server: LoopbackServer) -> None:
    choice = {"index": "first", "message": {"role": "assistant"}, "finish_reason": "stop"}
    server.script(Reply(200, completion(created=None, choices=[choice])))
    with (
        claude(server.url, strict_response_validation=True) as client,
        pytest.raises(ClaudeValidationError) as caught,
    ):
        chat(client)
    message = str(caught.value)
    assert message.startswith("The response body does not match the spec: ")
    assert "created: field required" in message
    assert "choices.0.index: input should be a valid integer" in message
    assert caught.value.body == completion(created=None, choices=[choice])


def test_strict_mode_applies_to_stream_events(server: LoopbackServer) -> None:
    chunk = {"id": "c", "object": "chat.completion.chunk", "model": "m", "choices": []}
    server.script(Events([sse(chunk), DONE]))
    with claude(server.url, strict_response_validation=True) as client:
        stream = client.chat.completions.create(
            messages=MESSAGES, model="claude-sonnet-4-6", stream=True
        )
        with pytest.raises(
            ClaudeValidationError,
            match="A stream event does not match the spec: created: field required",
        ):
            list(stream)


def test_strict_mode_through_with_options(server: LoopbackServer) -> None:
    server.script(*[Reply(200, completion(created=None))] * 3)
    with claude(server.url) as client:
        assert not hasattr(chat(client), "created")
        strict = client.with_options(strict_response_validation=True)
        with pytest.raises(ClaudeValidationError, match="created: field required"):
            chat(strict)
        # kept by a later with_options that does not name it
        with pytest.raises(ClaudeValidationError, match="created: field required"):
            chat(strict.with_options(max_retries=1))


def test_the_strict_message_is_bounded(server: LoopbackServer) -> None:
    long_tag = "x" * 100_000
    lines = [{"quantity": 1, "y" * 10_000: 1}] * 50  # fifty lines without a book_id
    server.script(Reply(200, order(lines=lines, shipping={"kind": long_tag})))
    with pytest.raises(APIResponseValidationError) as caught:
        cancel(server.url, strict_response_validation=True)
    message = str(caught.value)
    assert "lines.0.book_id: field required" in message
    assert "and 41 more" in message  # 51 mismatches, ten shown
    assert long_tag[:200] not in message
    assert len(message) < 2_000


# -- 3. error bodies -------------------------------------------------------------------------------


@pytest.mark.parametrize("strict", [False, True])
def test_an_error_body_off_the_spec_is_the_status_error(
    server: LoopbackServer, strict: bool
) -> None:
    body = {"error": {"code": 42, "message": ["not", "a", "string"]}, "extra": True}
    server.script(Reply(400, body))
    with pytest.raises(BadRequestError) as caught:
        cancel(server.url, strict_response_validation=strict)
    assert caught.value.body == body
    assert caught.value.code is None


@pytest.mark.parametrize("strict", [False, True])
def test_an_error_event_off_the_spec_is_the_status_error(
    server: LoopbackServer, strict: bool
) -> None:
    error = {"type": "error", "error": {"type": "invalid_request_error", "message": 7}}
    server.script(Events([sse(error)]))
    with claude(server.url, strict_response_validation=strict) as client:
        stream = client.messages.create(
            messages=CLAUDE_MESSAGES, model="claude-sonnet-4-6", max_tokens=8, stream=True
        )
        with pytest.raises(ClaudeBadRequestError) as caught:
            list(stream)
    assert caught.value.body == error


def test_a_valid_body_takes_the_fast_path(server: LoopbackServer) -> None:
    server.script(Reply(200, completion()))
    with claude(server.url, strict_response_validation=True) as client:
        result = chat(client)
    assert result.created == 1_700_000_000
    assert isinstance(result.choices[0].message, ChatCompletionMessage)


# -- 4. hostile bodies stay safe -----------------------------------------------------------------


def test_a_deep_body_is_walked_within_bounds(server: LoopbackServer) -> None:
    category: dict[str, Any] = {"name": 5}  # the one mismatch, at the bottom
    for level in range(400):  # 800 levels of JSON, within what Python reads
        category = {"name": f"c{level}", "children": [category]}
    server.script(Reply(200, [category]), Reply(200, [category]))
    with kitchensink(server.url) as client:
        begin = time.monotonic()
        (top,) = client.categories.list()
        assert time.monotonic() - begin < 5
        assert isinstance(top, Category) and top.name == "c399"
        assert top.children is not None and isinstance(top.children[0], Category)
        with pytest.raises(APIResponseValidationError, match="does not match the spec"):
            client.with_options(strict_response_validation=True).categories.list()


def test_a_huge_integer_where_a_number_goes_is_kept_and_not_shown(server: LoopbackServer) -> None:
    huge = 10**4000  # more than a float holds, fewer digits than Python's limit
    server.script(Reply(200, order(total=huge)), Reply(200, order(total=huge)))
    assert cancel(server.url).total == huge
    with pytest.raises(APIResponseValidationError) as caught:
        cancel(server.url, strict_response_validation=True)
    assert str(huge)[:50] not in str(caught.value)
    assert "total:" in str(caught.value)
