"""Tests of ``client.messages``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from acedatacloud_claude import (
    APIStatusError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from acedatacloud_claude.models import (
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ContentBlockStopEvent,
    Message,
    MessageDeltaEvent,
    MessageStartEvent,
    MessageStopEvent,
    MessageTokensCount,
    PingEvent,
)

from .conftest import API_KEY, Handler, assert_valid_request, sse_body

# -- messages.create ----------------------------------------------------------------------

MESSAGES_CREATE_RESPONSE: dict[str, Any] = {
    "id": "string",
    "type": "message",
    "role": "assistant",
    "content": [{"type": "text", "text": "string"}],
    "model": "string",
    "stop_reason": "end_turn",
    "stop_sequence": "string",
    "usage": {"input_tokens": 1, "output_tokens": 1},
}


def _messages_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/v1/messages"
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        body = json.loads(request.content)
        assert_valid_request("messages.create", body)
        assert body == {
            "max_tokens": 1024,
            "messages": [{"role": "user", "content": "string"}],
            "model": "claude-opus-4-8",
            "temperature": 1,
        }
        return httpx.Response(200, json=MESSAGES_CREATE_RESPONSE)

    return handler


def _call_messages_create(client: Client) -> Any:
    return client.messages.create(
        max_tokens=1024,
        messages=[{"role": "user", "content": "string"}],
        model="claude-opus-4-8",
        temperature=1,
    )


async def _call_messages_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.messages.create(
            max_tokens=1024,
            messages=[{"role": "user", "content": "string"}],
            model="claude-opus-4-8",
            temperature=1,
        )


def test_messages_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_messages_create(make_client(_messages_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Message)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == MESSAGES_CREATE_RESPONSE
    )


def test_messages_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_messages_create_handler(seen))
    result = asyncio.run(_call_messages_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, Message)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == MESSAGES_CREATE_RESPONSE
    )


MESSAGES_CREATE_EVENTS: list[Any] = [
    {
        "type": "message_start",
        "message": {
            "id": "string",
            "type": "message",
            "role": "assistant",
            "content": [{"type": "text", "text": "string"}],
            "model": "string",
            "stop_reason": "end_turn",
            "stop_sequence": "string",
            "usage": {"input_tokens": 1, "output_tokens": 1},
        },
    },
    {
        "type": "content_block_start",
        "index": 1,
        "content_block": {"type": "text", "text": "string"},
    },
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "text_delta", "text": "string"},
    },
    {"type": "content_block_stop", "index": 1},
    {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": "string"},
        "usage": {"output_tokens": 1},
    },
    {"type": "message_stop"},
    {"type": "ping"},
]


def _messages_create_stream_handler(events: list[Any], seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["accept"] == "text/event-stream"
        assert json.loads(request.content)["stream"] is True
        body = sse_body(events, None)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def _stream_messages_create(client: Client) -> Any:
    return client.messages.create(
        max_tokens=1024,
        messages=[{"role": "user", "content": "string"}],
        model="claude-opus-4-8",
        temperature=1,
        stream=True,
    )


def test_messages_create_stream(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(_messages_create_stream_handler(MESSAGES_CREATE_EVENTS, seen))
    with _stream_messages_create(client) as stream:
        events = list(stream)
    assert [type(event) for event in events] == [
        MessageStartEvent,
        ContentBlockStartEvent,
        ContentBlockDeltaEvent,
        ContentBlockStopEvent,
        MessageDeltaEvent,
        MessageStopEvent,
        PingEvent,
    ]
    dumped = [event.model_dump(mode="json", by_alias=True, exclude_unset=True) for event in events]
    assert dumped == MESSAGES_CREATE_EVENTS
    assert stream.response.is_closed
    assert len(seen) == 1


def test_messages_create_stream_closes_on_break(make_client: Callable[[Handler], Client]) -> None:
    client = make_client(_messages_create_stream_handler(MESSAGES_CREATE_EVENTS, []))
    stream = _stream_messages_create(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_messages_create_stream_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    async def consume(client: AsyncClient) -> list[Any]:
        async with client:
            stream = await client.messages.create(
                max_tokens=1024,
                messages=[{"role": "user", "content": "string"}],
                model="claude-opus-4-8",
                temperature=1,
                stream=True,
            )
            async with stream:
                return [event async for event in stream]

    client = make_async_client(_messages_create_stream_handler(MESSAGES_CREATE_EVENTS, []))
    events = asyncio.run(consume(client))
    assert [type(event) for event in events] == [
        MessageStartEvent,
        ContentBlockStartEvent,
        ContentBlockDeltaEvent,
        ContentBlockStopEvent,
        MessageDeltaEvent,
        MessageStopEvent,
        PingEvent,
    ]


def test_messages_create_stream_error_event(make_client: Callable[[Handler], Client]) -> None:
    events = [
        MESSAGES_CREATE_EVENTS[0],
        {
            "type": "error",
            "error": {"type": "rate_limit_error", "message": "string"},
        },
    ]
    client = make_client(_messages_create_stream_handler(events, []))
    received: list[Any] = []
    with pytest.raises(RateLimitError) as caught:
        with _stream_messages_create(client) as stream:
            received.extend(stream)
    assert len(received) == 1
    assert caught.value.status_code == 429


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            400,
            BadRequestError,
            {
                "type": "error",
                "error": {"type": "string", "message": "string"},
            },
            "string",
            "string",
            None,
        ),
    ],
)
def test_messages_create_errors(
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
        _call_messages_create(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- messages.count_tokens ----------------------------------------------------------------------

MESSAGES_COUNT_TOKENS_RESPONSE: dict[str, Any] = {"input_tokens": 1}


def _messages_count_tokens_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/v1/messages/count_tokens"
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        body = json.loads(request.content)
        assert_valid_request("messages.count_tokens", body)
        assert body == {
            "messages": [{"role": "user", "content": "string"}],
            "model": "claude-opus-4-8",
        }
        return httpx.Response(200, json=MESSAGES_COUNT_TOKENS_RESPONSE)

    return handler


def _call_messages_count_tokens(client: Client) -> Any:
    return client.messages.count_tokens(
        messages=[{"role": "user", "content": "string"}],
        model="claude-opus-4-8",
    )


async def _call_messages_count_tokens_async(client: AsyncClient) -> Any:
    async with client:
        return await client.messages.count_tokens(
            messages=[{"role": "user", "content": "string"}],
            model="claude-opus-4-8",
        )


def test_messages_count_tokens(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_messages_count_tokens(make_client(_messages_count_tokens_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, MessageTokensCount)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == MESSAGES_COUNT_TOKENS_RESPONSE
    )


def test_messages_count_tokens_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_messages_count_tokens_handler(seen))
    result = asyncio.run(_call_messages_count_tokens_async(client))
    assert len(seen) == 1
    assert isinstance(result, MessageTokensCount)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == MESSAGES_COUNT_TOKENS_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            400,
            BadRequestError,
            {
                "error": {
                    "code": "token_mismatched",
                    "message": "The specified token is not matched with API.",
                },
                "trace_id": "2efa9340-b21b-4e26-9e14-4aac95f343ab",
            },
            "token_mismatched",
            "The specified token is not matched with API.",
            "2efa9340-b21b-4e26-9e14-4aac95f343ab",
        ),
        (
            401,
            AuthenticationError,
            {
                "error": {
                    "code": "invalid_token",
                    "message": "The specified token is invalid or wrong.",
                },
                "trace_id": "2efa9340-b21b-4e26-9e14-4aac95f343ab",
            },
            "invalid_token",
            "The specified token is invalid or wrong.",
            "2efa9340-b21b-4e26-9e14-4aac95f343ab",
        ),
        (
            403,
            PermissionDeniedError,
            {
                "error": {
                    "code": "used_up",
                    "message": "Your balance is not sufficient for current request, please buy more in Ace Data Cloud.",
                },
                "trace_id": "2efa9340-b21b-4e26-9e14-4aac95f343ab",
            },
            "used_up",
            "Your balance is not sufficient for current request, please buy more in Ace Data Cloud.",
            "2efa9340-b21b-4e26-9e14-4aac95f343ab",
        ),
        (
            404,
            NotFoundError,
            {
                "error": {
                    "code": "no_api",
                    "message": "API does not exist, please make sure url is correct.",
                },
                "trace_id": "2efa9340-b21b-4e26-9e14-4aac95f343ab",
            },
            "no_api",
            "API does not exist, please make sure url is correct.",
            "2efa9340-b21b-4e26-9e14-4aac95f343ab",
        ),
        (
            429,
            RateLimitError,
            {
                "error": {
                    "code": "too_many_requests",
                    "message": "You have exceeded the rate limit.",
                },
                "trace_id": "2efa9340-b21b-4e26-9e14-4aac95f343ab",
            },
            "too_many_requests",
            "You have exceeded the rate limit.",
            "2efa9340-b21b-4e26-9e14-4aac95f343ab",
        ),
        (
            500,
            InternalServerError,
            {
                "error": {"code": "api_error", "message": "Internal server error."},
                "trace_id": "2efa9340-b21b-4e26-9e14-4aac95f343ab",
            },
            "api_error",
            "Internal server error.",
            "2efa9340-b21b-4e26-9e14-4aac95f343ab",
        ),
    ],
)
def test_messages_count_tokens_errors(
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
        _call_messages_count_tokens(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
