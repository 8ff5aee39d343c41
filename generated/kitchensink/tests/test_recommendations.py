"""Tests of ``client.recommendations``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kitchensink import (
    AsyncClient,
    Client,
    RateLimitError,
)
from kitchensink.models import (
    Recommendation,
    RecommendationList,
)

from .conftest import API_KEY, Handler, assert_valid_request, sse_body

# -- recommendations.create ----------------------------------------------------------------------

RECOMMENDATIONS_CREATE_RESPONSE: dict[str, Any] = {
    "items": [{"book_id": 2, "score": 0.8, "reason": "Same author"}],
}


def _recommendations_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/recommendations"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("recommendations.create", body)
        assert body == {"book_ids": [1, 2]}
        return httpx.Response(200, json=RECOMMENDATIONS_CREATE_RESPONSE)

    return handler


def _call_recommendations_create(client: Client) -> Any:
    return client.recommendations.create(
        book_ids=[1, 2],
    )


async def _call_recommendations_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.recommendations.create(
            book_ids=[1, 2],
        )


def test_recommendations_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_recommendations_create(make_client(_recommendations_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, RecommendationList)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == RECOMMENDATIONS_CREATE_RESPONSE
    )


def test_recommendations_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_recommendations_create_handler(seen))
    result = asyncio.run(_call_recommendations_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, RecommendationList)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == RECOMMENDATIONS_CREATE_RESPONSE
    )


RECOMMENDATIONS_CREATE_EVENTS: list[Any] = [
    {"book_id": 2, "score": 0.8, "reason": "Same author"},
    {"book_id": 2, "score": 0.8, "reason": "Same author"},
    {"book_id": 2, "score": 0.8, "reason": "Same author"},
]


def _recommendations_create_stream_handler(events: list[Any], seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["accept"] == "text/event-stream"
        assert json.loads(request.content)["live"] is True
        body = sse_body(events, None)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def _stream_recommendations_create(client: Client) -> Any:
    return client.recommendations.create(
        book_ids=[1, 2],
        live=True,
    )


def test_recommendations_create_stream(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(
        _recommendations_create_stream_handler(RECOMMENDATIONS_CREATE_EVENTS, seen)
    )
    with _stream_recommendations_create(client) as stream:
        events = list(stream)
    assert [type(event) for event in events] == [Recommendation, Recommendation, Recommendation]
    dumped = [event.model_dump(mode="json", by_alias=True, exclude_unset=True) for event in events]
    assert dumped == RECOMMENDATIONS_CREATE_EVENTS
    assert stream.response.is_closed
    assert len(seen) == 1


def test_recommendations_create_stream_closes_on_break(
    make_client: Callable[[Handler], Client],
) -> None:
    client = make_client(_recommendations_create_stream_handler(RECOMMENDATIONS_CREATE_EVENTS, []))
    stream = _stream_recommendations_create(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_recommendations_create_stream_async(
    make_async_client: Callable[[Handler], AsyncClient],
) -> None:
    async def consume(client: AsyncClient) -> list[Any]:
        async with client:
            stream = await client.recommendations.create(
                book_ids=[1, 2],
                live=True,
            )
            async with stream:
                return [event async for event in stream]

    client = make_async_client(
        _recommendations_create_stream_handler(RECOMMENDATIONS_CREATE_EVENTS, [])
    )
    events = asyncio.run(consume(client))
    assert [type(event) for event in events] == [Recommendation, Recommendation, Recommendation]


def test_recommendations_create_stream_error_event(
    make_client: Callable[[Handler], Client],
) -> None:
    events = [
        RECOMMENDATIONS_CREATE_EVENTS[0],
        {
            "error": {"type": "rate_limit_error", "message": "Slow down."},
        },
    ]
    client = make_client(_recommendations_create_stream_handler(events, []))
    received: list[Any] = []
    with pytest.raises(RateLimitError) as caught:
        with _stream_recommendations_create(client) as stream:
            received.extend(stream)
    assert len(received) == 1
    assert caught.value.status_code == 429
