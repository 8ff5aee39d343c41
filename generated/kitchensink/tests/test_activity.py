"""Tests of ``client.activity``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kitchensink import (
    AsyncClient,
    Client,
    RateLimitError,
)

from .conftest import Handler, sse_body

# -- activity.tail ----------------------------------------------------------------------


ACTIVITY_TAIL_EVENTS: list[Any] = ["order 17 paid", "order 17 paid", "order 17 paid"]


def _activity_tail_stream_handler(events: list[Any], seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["accept"] == "text/event-stream"
        body = sse_body(events, None, text=True)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def _stream_activity_tail(client: Client) -> Any:
    return client.activity.tail(
        level="info",
    )


def test_activity_tail_stream(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(_activity_tail_stream_handler(ACTIVITY_TAIL_EVENTS, seen))
    with _stream_activity_tail(client) as stream:
        events = list(stream)
    assert events == ACTIVITY_TAIL_EVENTS
    assert stream.response.is_closed
    assert len(seen) == 1


def test_activity_tail_stream_closes_on_break(make_client: Callable[[Handler], Client]) -> None:
    client = make_client(_activity_tail_stream_handler(ACTIVITY_TAIL_EVENTS, []))
    stream = _stream_activity_tail(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_activity_tail_stream_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    async def consume(client: AsyncClient) -> list[Any]:
        async with client:
            stream = await client.activity.tail(
                level="info",
            )
            async with stream:
                return [event async for event in stream]

    client = make_async_client(_activity_tail_stream_handler(ACTIVITY_TAIL_EVENTS, []))
    events = asyncio.run(consume(client))
    assert events == ACTIVITY_TAIL_EVENTS


def test_activity_tail_stream_error_event(make_client: Callable[[Handler], Client]) -> None:
    events = [
        ACTIVITY_TAIL_EVENTS[0],
        {
            "error": {"type": "rate_limit_error", "message": "Slow down."},
        },
    ]
    client = make_client(_activity_tail_stream_handler(events, []))
    received: list[Any] = []
    with pytest.raises(RateLimitError) as caught:
        with _stream_activity_tail(client) as stream:
            received.extend(stream)
    assert len(received) == 1
    assert caught.value.status_code == 429


# -- activity.raw ----------------------------------------------------------------------


ACTIVITY_RAW_EVENTS: list[Any] = [{}, {}, {}]


def _activity_raw_stream_handler(events: list[Any], seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["accept"] == "text/event-stream"
        body = sse_body(events, None)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def _stream_activity_raw(client: Client) -> Any:
    return client.activity.raw()


def test_activity_raw_stream(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(_activity_raw_stream_handler(ACTIVITY_RAW_EVENTS, seen))
    with _stream_activity_raw(client) as stream:
        events = list(stream)
    assert events == ACTIVITY_RAW_EVENTS
    assert stream.response.is_closed
    assert len(seen) == 1


def test_activity_raw_stream_closes_on_break(make_client: Callable[[Handler], Client]) -> None:
    client = make_client(_activity_raw_stream_handler(ACTIVITY_RAW_EVENTS, []))
    stream = _stream_activity_raw(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_activity_raw_stream_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    async def consume(client: AsyncClient) -> list[Any]:
        async with client:
            stream = await client.activity.raw()
            async with stream:
                return [event async for event in stream]

    client = make_async_client(_activity_raw_stream_handler(ACTIVITY_RAW_EVENTS, []))
    events = asyncio.run(consume(client))
    assert events == ACTIVITY_RAW_EVENTS


def test_activity_raw_stream_error_event(make_client: Callable[[Handler], Client]) -> None:
    events = [
        ACTIVITY_RAW_EVENTS[0],
        {
            "error": {"type": "rate_limit_error", "message": "Slow down."},
        },
    ]
    client = make_client(_activity_raw_stream_handler(events, []))
    received: list[Any] = []
    with pytest.raises(RateLimitError) as caught:
        with _stream_activity_raw(client) as stream:
            received.extend(stream)
    assert len(received) == 1
    assert caught.value.status_code == 429
