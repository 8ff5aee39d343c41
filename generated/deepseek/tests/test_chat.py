"""Tests of ``client.chat``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from acedatacloud_deepseek import (
    APIStatusError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    RateLimitError,
)
from acedatacloud_deepseek.models import (
    ChatCompletion,
    ChatCompletionChunk,
)

from .conftest import API_KEY, Handler, assert_valid_request, sse_body

# -- chat.completions.create ----------------------------------------------------------------------

CHAT_COMPLETIONS_CREATE_RESPONSE: dict[str, Any] = {
    "id": "string",
    "model": "string",
    "object": "chat.completion",
    "choices": [
        {
            "index": 1,
            "message": {"role": "assistant", "content": "string"},
            "finish_reason": "stop",
        },
    ],
    "created": 1,
    "system_fingerprint": "string",
}


def _chat_completions_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/deepseek/chat/completions"
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        body = json.loads(request.content)
        assert_valid_request("chat.completions.create", body)
        assert body == {
            "messages": [{"role": "user", "content": "string"}],
            "model": "deepseek-v3",
            "n": 1,
            "temperature": 1,
        }
        return httpx.Response(200, json=CHAT_COMPLETIONS_CREATE_RESPONSE)

    return handler


def _call_chat_completions_create(client: Client) -> Any:
    return client.chat.completions.create(
        messages=[{"role": "user", "content": "string"}],
        model="deepseek-v3",
        n=1,
        temperature=1,
    )


async def _call_chat_completions_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.chat.completions.create(
            messages=[{"role": "user", "content": "string"}],
            model="deepseek-v3",
            n=1,
            temperature=1,
        )


def test_chat_completions_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_chat_completions_create(make_client(_chat_completions_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, ChatCompletion)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == CHAT_COMPLETIONS_CREATE_RESPONSE
    )


def test_chat_completions_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_chat_completions_create_handler(seen))
    result = asyncio.run(_call_chat_completions_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, ChatCompletion)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == CHAT_COMPLETIONS_CREATE_RESPONSE
    )


CHAT_COMPLETIONS_CREATE_EVENTS: list[Any] = [
    {
        "id": "string",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "string",
        "choices": [
            {
                "index": 1,
                "delta": {
                    "role": "system",
                    "content": "string",
                    "reasoning_content": "string",
                },
                "finish_reason": "stop",
            },
        ],
    },
    {
        "id": "string",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "string",
        "choices": [
            {
                "index": 1,
                "delta": {
                    "role": "system",
                    "content": "string",
                    "reasoning_content": "string",
                },
                "finish_reason": "stop",
            },
        ],
    },
    {
        "id": "string",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "string",
        "choices": [
            {
                "index": 1,
                "delta": {
                    "role": "system",
                    "content": "string",
                    "reasoning_content": "string",
                },
                "finish_reason": "stop",
            },
        ],
    },
]


def _chat_completions_create_stream_handler(
    events: list[Any], seen: list[httpx.Request]
) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["accept"] == "text/event-stream"
        assert json.loads(request.content)["stream"] is True
        body = sse_body(events, "[DONE]")
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def _stream_chat_completions_create(client: Client) -> Any:
    return client.chat.completions.create(
        messages=[{"role": "user", "content": "string"}],
        model="deepseek-v3",
        n=1,
        temperature=1,
        stream=True,
    )


def test_chat_completions_create_stream(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(
        _chat_completions_create_stream_handler(CHAT_COMPLETIONS_CREATE_EVENTS, seen)
    )
    with _stream_chat_completions_create(client) as stream:
        events = list(stream)
    assert [type(event) for event in events] == [
        ChatCompletionChunk,
        ChatCompletionChunk,
        ChatCompletionChunk,
    ]
    dumped = [event.model_dump(mode="json", by_alias=True, exclude_unset=True) for event in events]
    assert dumped == CHAT_COMPLETIONS_CREATE_EVENTS
    assert stream.response.is_closed
    assert len(seen) == 1


def test_chat_completions_create_stream_closes_on_break(
    make_client: Callable[[Handler], Client],
) -> None:
    client = make_client(
        _chat_completions_create_stream_handler(CHAT_COMPLETIONS_CREATE_EVENTS, [])
    )
    stream = _stream_chat_completions_create(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_chat_completions_create_stream_async(
    make_async_client: Callable[[Handler], AsyncClient],
) -> None:
    async def consume(client: AsyncClient) -> list[Any]:
        async with client:
            stream = await client.chat.completions.create(
                messages=[{"role": "user", "content": "string"}],
                model="deepseek-v3",
                n=1,
                temperature=1,
                stream=True,
            )
            async with stream:
                return [event async for event in stream]

    client = make_async_client(
        _chat_completions_create_stream_handler(CHAT_COMPLETIONS_CREATE_EVENTS, [])
    )
    events = asyncio.run(consume(client))
    assert [type(event) for event in events] == [
        ChatCompletionChunk,
        ChatCompletionChunk,
        ChatCompletionChunk,
    ]


def test_chat_completions_create_stream_error_event(
    make_client: Callable[[Handler], Client],
) -> None:
    events = [
        CHAT_COMPLETIONS_CREATE_EVENTS[0],
        {
            "error": {"type": "rate_limit_error", "message": "Slow down."},
        },
    ]
    client = make_client(_chat_completions_create_stream_handler(events, []))
    received: list[Any] = []
    with pytest.raises(RateLimitError) as caught:
        with _stream_chat_completions_create(client) as stream:
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
def test_chat_completions_create_errors(
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
        _call_chat_completions_create(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
