"""Tests of ``client.inventory``: each call is checked against the spec's request schema
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
    Inventory,
)

from .conftest import API_KEY, Handler

# -- inventory.list ----------------------------------------------------------------------

INVENTORY_LIST_RESPONSE: dict[str, Any] = {
    "stock": {"key": {"quantity": 4, "location": "shelf-2"}},
    "counts": {"hardcover": 4, "ebook": 10},
    "metadata": {},
    "extra": {},
}


def _inventory_list_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/inventory"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=INVENTORY_LIST_RESPONSE)

    return handler


def _call_inventory_list(client: Client) -> Any:
    return client.inventory.list()


async def _call_inventory_list_async(client: AsyncClient) -> Any:
    async with client:
        return await client.inventory.list()


def test_inventory_list(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_inventory_list(make_client(_inventory_list_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Inventory)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == INVENTORY_LIST_RESPONSE
    )


def test_inventory_list_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_inventory_list_handler(seen))
    result = asyncio.run(_call_inventory_list_async(client))
    assert len(seen) == 1
    assert isinstance(result, Inventory)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == INVENTORY_LIST_RESPONSE
    )
