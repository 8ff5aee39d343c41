"""Tests of ``client.google``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from acedatacloud_serp import (
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
from acedatacloud_serp.models import (
    GoogleSearchResponse,
)

from .conftest import API_KEY, Handler, assert_valid_request

# -- google.search ----------------------------------------------------------------------

GOOGLE_SEARCH_RESPONSE: dict[str, Any] = {
    "organic": [
        {
            "title": "string",
            "link": "string",
            "snippet": "string",
            "position": 1,
            "date": "string",
            "image_url": "string",
        },
    ],
    "images": [
        {
            "title": "string",
            "link": "string",
            "snippet": "string",
            "position": 1,
            "date": "string",
            "image_url": "string",
        },
    ],
    "news": [
        {
            "title": "string",
            "link": "string",
            "snippet": "string",
            "position": 1,
            "date": "string",
            "image_url": "string",
        },
    ],
    "videos": [
        {
            "title": "string",
            "link": "string",
            "snippet": "string",
            "position": 1,
            "date": "string",
            "image_url": "string",
        },
    ],
    "places": [
        {
            "title": "string",
            "link": "string",
            "snippet": "string",
            "position": 1,
            "date": "string",
            "image_url": "string",
        },
    ],
    "maps": [
        {
            "title": "string",
            "link": "string",
            "snippet": "string",
            "position": 1,
            "date": "string",
            "image_url": "string",
        },
    ],
    "people_also_ask": [
        {
            "title": "string",
            "link": "string",
            "snippet": "string",
            "position": 1,
            "date": "string",
            "image_url": "string",
        },
    ],
    "related_searches": [{"query": "string"}],
    "answer_box": {},
    "knowledge_graph": {},
    "cost": {"amount": 1, "currency": "string"},
}


def _google_search_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/serp/google"
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        body = json.loads(request.content)
        assert_valid_request("google.search", body)
        assert body == {"query": "apple inc"}
        return httpx.Response(200, json=GOOGLE_SEARCH_RESPONSE)

    return handler


def _call_google_search(client: Client) -> Any:
    return client.google.search(
        query="apple inc",
    )


async def _call_google_search_async(client: AsyncClient) -> Any:
    async with client:
        return await client.google.search(
            query="apple inc",
        )


def test_google_search(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_google_search(make_client(_google_search_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, GoogleSearchResponse)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == GOOGLE_SEARCH_RESPONSE
    )


def test_google_search_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_google_search_handler(seen))
    result = asyncio.run(_call_google_search_async(client))
    assert len(seen) == 1
    assert isinstance(result, GoogleSearchResponse)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == GOOGLE_SEARCH_RESPONSE
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
def test_google_search_errors(
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
        _call_google_search(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
