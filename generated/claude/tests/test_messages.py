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
    Message,
    MessageParam,
    MessageTokensCount,
    TokenCountMessageParam,
)

from .conftest import API_KEY, Handler, assert_valid_request

# -- messages.create ----------------------------------------------------------------------

MESSAGES_CREATE_RESPONSE: Any = {
    "id": "string",
    "type": "message",
    "role": "assistant",
    "content": [{"type": "text", "text": "string", "id": "string", "name": "string", "input": {}}],
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
        messages=[MessageParam.model_validate({"role": "user", "content": "string"})],
        model="claude-opus-4-8",
        temperature=1,
    )


async def _call_messages_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.messages.create(
            max_tokens=1024,
            messages=[MessageParam.model_validate({"role": "user", "content": "string"})],
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


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            400,
            BadRequestError,
            {"type": "error", "error": {"type": "string", "message": "string"}},
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

MESSAGES_COUNT_TOKENS_RESPONSE: Any = {"input_tokens": 1}


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
        messages=[TokenCountMessageParam.model_validate({"role": "user", "content": "string"})],
        model="claude-opus-4-8",
    )


async def _call_messages_count_tokens_async(client: AsyncClient) -> Any:
    async with client:
        return await client.messages.count_tokens(
            messages=[TokenCountMessageParam.model_validate({"role": "user", "content": "string"})],
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
                "trace_id": "string",
            },
            "token_mismatched",
            "The specified token is not matched with API.",
            "string",
        ),
        (
            401,
            AuthenticationError,
            {
                "error": {
                    "code": "token_mismatched",
                    "message": "The specified token is not matched with API.",
                },
                "trace_id": "string",
            },
            "token_mismatched",
            "The specified token is not matched with API.",
            "string",
        ),
        (
            403,
            PermissionDeniedError,
            {
                "error": {
                    "code": "token_mismatched",
                    "message": "The specified token is not matched with API.",
                },
                "trace_id": "string",
            },
            "token_mismatched",
            "The specified token is not matched with API.",
            "string",
        ),
        (
            404,
            NotFoundError,
            {
                "error": {
                    "code": "token_mismatched",
                    "message": "The specified token is not matched with API.",
                },
                "trace_id": "string",
            },
            "token_mismatched",
            "The specified token is not matched with API.",
            "string",
        ),
        (
            429,
            RateLimitError,
            {
                "error": {
                    "code": "token_mismatched",
                    "message": "The specified token is not matched with API.",
                },
                "trace_id": "string",
            },
            "token_mismatched",
            "The specified token is not matched with API.",
            "string",
        ),
        (
            500,
            InternalServerError,
            {
                "error": {
                    "code": "token_mismatched",
                    "message": "The specified token is not matched with API.",
                },
                "trace_id": "string",
            },
            "token_mismatched",
            "The specified token is not matched with API.",
            "string",
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
