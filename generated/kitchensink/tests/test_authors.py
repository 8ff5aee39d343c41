"""Tests of ``client.authors``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kitchensink import (
    APIStatusError,
    AsyncClient,
    Client,
    ConflictError,
    NotFoundError,
)
from kitchensink.models import (
    Author,
)

from .conftest import API_KEY, Handler, assert_valid_request

# -- authors.list ----------------------------------------------------------------------

AUTHORS_LIST_RESPONSE: list[Any] = [
    {
        "id": "a3f1c2d4-0000-4000-8000-000000000001",
        "name": "Jane Austen",
        "born": "2024-01-01",
        "works": [
            {
                "title": "Emma",
                "author": {
                    "id": "a3f1c2d4-0000-4000-8000-000000000001",
                    "name": "Jane Austen",
                },
            },
        ],
    },
]


def _authors_list_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/authors"
        assert request.headers["x-api-key"] == API_KEY
        assert request.url.params["limit"] == "10"
        return httpx.Response(200, json=AUTHORS_LIST_RESPONSE)

    return handler


def _call_authors_list(client: Client) -> Any:
    return client.authors.list(
        limit=10,
    )


async def _call_authors_list_async(client: AsyncClient) -> Any:
    async with client:
        return await client.authors.list(
            limit=10,
        )


def test_authors_list(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_authors_list(make_client(_authors_list_handler(seen)))
    assert len(seen) == 1
    assert result is not None


def test_authors_list_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_authors_list_handler(seen))
    result = asyncio.run(_call_authors_list_async(client))
    assert len(seen) == 1
    assert result is not None


# -- authors.create ----------------------------------------------------------------------

AUTHORS_CREATE_RESPONSE: dict[str, Any] = {
    "id": "a3f1c2d4-0000-4000-8000-000000000001",
    "name": "Jane Austen",
    "born": "2024-01-01",
    "works": [
        {
            "title": "Emma",
            "author": {
                "id": "a3f1c2d4-0000-4000-8000-000000000001",
                "name": "Jane Austen",
                "born": "2024-01-01",
                "works": [{"title": "Emma"}],
            },
        },
    ],
}


def _authors_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/authors"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("authors.create", body)
        assert body == {"name": "Jane Austen", "born": "1775-12-16"}
        return httpx.Response(201, json=AUTHORS_CREATE_RESPONSE)

    return handler


def _call_authors_create(client: Client) -> Any:
    return client.authors.create(
        name="Jane Austen",
        born=datetime.date.fromisoformat("1775-12-16"),
    )


async def _call_authors_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.authors.create(
            name="Jane Austen",
            born=datetime.date.fromisoformat("1775-12-16"),
        )


def test_authors_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_authors_create(make_client(_authors_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Author)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == AUTHORS_CREATE_RESPONSE
    )


def test_authors_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_authors_create_handler(seen))
    result = asyncio.run(_call_authors_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, Author)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == AUTHORS_CREATE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            409,
            ConflictError,
            {
                "error": {"code": "conflict", "message": "The ISBN is taken."},
                "trace_id": "tr-409",
            },
            "conflict",
            "The ISBN is taken.",
            "tr-409",
        ),
    ],
)
def test_authors_create_errors(
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
        _call_authors_create(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- authors.get ----------------------------------------------------------------------

AUTHORS_GET_RESPONSE: dict[str, Any] = {
    "id": "a3f1c2d4-0000-4000-8000-000000000001",
    "name": "Jane Austen",
    "born": "2024-01-01",
    "works": [
        {
            "title": "Emma",
            "author": {
                "id": "a3f1c2d4-0000-4000-8000-000000000001",
                "name": "Jane Austen",
                "born": "2024-01-01",
                "works": [{"title": "Emma"}],
            },
        },
    ],
}


def _authors_get_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/authors/a3f1c2d4-0000-4000-8000-000000000001"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=AUTHORS_GET_RESPONSE)

    return handler


def _call_authors_get(client: Client) -> Any:
    return client.authors.get(
        author_id="a3f1c2d4-0000-4000-8000-000000000001",
    )


async def _call_authors_get_async(client: AsyncClient) -> Any:
    async with client:
        return await client.authors.get(
            author_id="a3f1c2d4-0000-4000-8000-000000000001",
        )


def test_authors_get(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_authors_get(make_client(_authors_get_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Author)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == AUTHORS_GET_RESPONSE


def test_authors_get_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_authors_get_handler(seen))
    result = asyncio.run(_call_authors_get_async(client))
    assert len(seen) == 1
    assert isinstance(result, Author)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == AUTHORS_GET_RESPONSE


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            404,
            NotFoundError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-404",
            },
            "not_found",
            "No such book.",
            "tr-404",
        ),
    ],
)
def test_authors_get_errors(
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
        _call_authors_get(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
