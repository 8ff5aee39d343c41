"""Tests of ``client.categories``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx

from kitchensink import (
    AsyncClient,
    Client,
)

from .conftest import API_KEY, Handler, assert_valid_request

# -- categories.list ----------------------------------------------------------------------

CATEGORIES_LIST_RESPONSE: list[Any] = [
    {
        "name": "fiction",
        "children": [{"name": "fiction", "children": [{"name": "fiction"}]}],
    },
]


def _categories_list_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/categories"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=CATEGORIES_LIST_RESPONSE)

    return handler


def _call_categories_list(client: Client) -> Any:
    return client.categories.list()


async def _call_categories_list_async(client: AsyncClient) -> Any:
    async with client:
        return await client.categories.list()


def test_categories_list(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_categories_list(make_client(_categories_list_handler(seen)))
    assert len(seen) == 1
    assert result is not None


def test_categories_list_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_categories_list_handler(seen))
    result = asyncio.run(_call_categories_list_async(client))
    assert len(seen) == 1
    assert result is not None


# -- categories.create ----------------------------------------------------------------------

CATEGORIES_CREATE_RESPONSE: list[Any] = [
    {
        "name": "fiction",
        "children": [{"name": "fiction", "children": [{"name": "fiction"}]}],
    },
]


def _categories_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/categories"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("categories.create", body)
        assert body == [
            {
                "name": "fiction",
                "children": [{"name": "classics", "children": []}],
            },
        ]
        return httpx.Response(201, json=CATEGORIES_CREATE_RESPONSE)

    return handler


def _call_categories_create(client: Client) -> Any:
    return client.categories.create(
        body=[{"name": "fiction", "children": [{"name": "classics", "children": []}]}],
    )


async def _call_categories_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.categories.create(
            body=[{"name": "fiction", "children": [{"name": "classics", "children": []}]}],
        )


def test_categories_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_categories_create(make_client(_categories_create_handler(seen)))
    assert len(seen) == 1
    assert result is not None


def test_categories_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_categories_create_handler(seen))
    result = asyncio.run(_call_categories_create_async(client))
    assert len(seen) == 1
    assert result is not None
