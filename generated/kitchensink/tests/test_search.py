"""Tests of ``client.search``: each call is checked against the spec's request schema
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
    SearchListResponse,
)

from .conftest import API_KEY, Handler

# -- search.list ----------------------------------------------------------------------

SEARCH_LIST_RESPONSE: dict[str, Any] = {
    "hits": [
        {
            "score": 0.93,
            "label": {
                "text": "best match",
                "target": {"id": 17, "title": "Emma"},
            },
        },
    ],
    "took_ms": 12,
}


def _search_list_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/search"
        assert request.headers["x-api-key"] == API_KEY
        assert request.url.params["where"] == '{"title":"Emma","max_price":12.5}'
        assert request.url.params["fields"] == "id,title"
        assert request.headers["x-trace-id"] == "tr-1"
        return httpx.Response(200, json=SEARCH_LIST_RESPONSE)

    return handler


def _call_search_list(client: Client) -> Any:
    return client.search.list(
        where={"title": "Emma", "max_price": 12.5},
        fields=["id", "title"],
        x_trace_id="tr-1",
    )


async def _call_search_list_async(client: AsyncClient) -> Any:
    async with client:
        return await client.search.list(
            where={"title": "Emma", "max_price": 12.5},
            fields=["id", "title"],
            x_trace_id="tr-1",
        )


def test_search_list(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_search_list(make_client(_search_list_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, SearchListResponse)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == SEARCH_LIST_RESPONSE


def test_search_list_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_search_list_handler(seen))
    result = asyncio.run(_call_search_list_async(client))
    assert len(seen) == 1
    assert isinstance(result, SearchListResponse)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == SEARCH_LIST_RESPONSE
