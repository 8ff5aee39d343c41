"""Tests of ``client.health``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx

from kitchensink import (
    AsyncClient,
    Client,
)
from kitchensink.models import (
    HealthCheckResponse,
)

from .conftest import API_KEY, Handler

# -- health.check ----------------------------------------------------------------------

HEALTH_CHECK_RESPONSE: dict[str, Any] = {"status": "ok", "checked_at": "2024-06-01T12:00:00Z"}


def _health_check_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/health"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=HEALTH_CHECK_RESPONSE)

    return handler


def _call_health_check(client: Client) -> Any:
    return client.health.check()


async def _call_health_check_async(client: AsyncClient) -> Any:
    async with client:
        return await client.health.check()


def test_health_check(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_health_check(make_client(_health_check_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, HealthCheckResponse)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == HEALTH_CHECK_RESPONSE
    )


def test_health_check_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_health_check_handler(seen))
    result = asyncio.run(_call_health_check_async(client))
    assert len(seen) == 1
    assert isinstance(result, HealthCheckResponse)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == HEALTH_CHECK_RESPONSE
    )
