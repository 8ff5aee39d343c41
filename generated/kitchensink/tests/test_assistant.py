"""Tests of ``client.assistant``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kitchensink import (
    APIStatusError,
    AsyncClient,
    Client,
    RateLimitError,
)
from kitchensink.models import (
    AssistantReply,
    AssistantReplyChunk,
)

from .conftest import API_KEY, Handler, assert_valid_request, sse_body

# -- assistant.ask ----------------------------------------------------------------------

ASSISTANT_ASK_RESPONSE: dict[str, Any] = {"object": "assistant.reply", "text": "Try Persuasion."}


def _assistant_ask_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/assistant/replies"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("assistant.ask", body)
        assert body == {"question": "What should I read after Emma?"}
        return httpx.Response(200, json=ASSISTANT_ASK_RESPONSE)

    return handler


def _call_assistant_ask(client: Client) -> Any:
    return client.assistant.ask(
        question="What should I read after Emma?",
    )


async def _call_assistant_ask_async(client: AsyncClient) -> Any:
    async with client:
        return await client.assistant.ask(
            question="What should I read after Emma?",
        )


def test_assistant_ask(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_assistant_ask(make_client(_assistant_ask_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, AssistantReply)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ASSISTANT_ASK_RESPONSE
    )


def test_assistant_ask_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_assistant_ask_handler(seen))
    result = asyncio.run(_call_assistant_ask_async(client))
    assert len(seen) == 1
    assert isinstance(result, AssistantReply)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ASSISTANT_ASK_RESPONSE
    )


ASSISTANT_ASK_EVENTS: list[Any] = [
    {"object": "assistant.reply.chunk", "delta": "Try"},
    {"object": "assistant.reply.chunk", "delta": "Try"},
    {"object": "assistant.reply.chunk", "delta": "Try"},
]


def _assistant_ask_stream_handler(events: list[Any], seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["accept"] == "text/event-stream"
        assert json.loads(request.content)["stream"] is True
        body = sse_body(events, "[DONE]")
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def _stream_assistant_ask(client: Client) -> Any:
    return client.assistant.ask(
        question="What should I read after Emma?",
        stream=True,
    )


def test_assistant_ask_stream(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(_assistant_ask_stream_handler(ASSISTANT_ASK_EVENTS, seen))
    with _stream_assistant_ask(client) as stream:
        events = list(stream)
    assert [type(event) for event in events] == [
        AssistantReplyChunk,
        AssistantReplyChunk,
        AssistantReplyChunk,
    ]
    dumped = [event.model_dump(mode="json", by_alias=True, exclude_unset=True) for event in events]
    assert dumped == ASSISTANT_ASK_EVENTS
    assert stream.response.is_closed
    assert len(seen) == 1


def test_assistant_ask_stream_closes_on_break(make_client: Callable[[Handler], Client]) -> None:
    client = make_client(_assistant_ask_stream_handler(ASSISTANT_ASK_EVENTS, []))
    stream = _stream_assistant_ask(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_assistant_ask_stream_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    async def consume(client: AsyncClient) -> list[Any]:
        async with client:
            stream = await client.assistant.ask(
                question="What should I read after Emma?",
                stream=True,
            )
            async with stream:
                return [event async for event in stream]

    client = make_async_client(_assistant_ask_stream_handler(ASSISTANT_ASK_EVENTS, []))
    events = asyncio.run(consume(client))
    assert [type(event) for event in events] == [
        AssistantReplyChunk,
        AssistantReplyChunk,
        AssistantReplyChunk,
    ]


def test_assistant_ask_stream_error_event(make_client: Callable[[Handler], Client]) -> None:
    events = [
        ASSISTANT_ASK_EVENTS[0],
        {
            "error": {"type": "rate_limit_error", "message": "Slow down."},
        },
    ]
    client = make_client(_assistant_ask_stream_handler(events, []))
    received: list[Any] = []
    with pytest.raises(RateLimitError) as caught:
        with _stream_assistant_ask(client) as stream:
            received.extend(stream)
    assert len(received) == 1
    assert caught.value.status_code == 429


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            429,
            RateLimitError,
            {
                "error": {"code": "too_many_requests", "message": "Slow down."},
                "trace_id": "tr-429",
            },
            "too_many_requests",
            "Slow down.",
            "tr-429",
        ),
    ],
)
def test_assistant_ask_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_assistant_ask(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
