"""Tests of ``client.reading_lists``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kitchensink import (
    APIStatusError,
    AsyncClient,
    Client,
    NotFoundError,
)
from kitchensink.models import (
    ReadingList,
)

from .conftest import API_KEY, Handler

# -- reading_lists.retrieve ----------------------------------------------------------------------

READING_LISTS_RETRIEVE_RESPONSE: dict[str, Any] = {
    "id": 5,
    "name": "Summer",
    "entries": [
        {
            "position": 1,
            "book": {"id": 17, "title": "Emma"},
            "sublist": {"id": 5, "name": "Summer", "entries": [{"position": 1}]},
        },
    ],
}


def _reading_lists_retrieve_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/reading-lists/5"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=READING_LISTS_RETRIEVE_RESPONSE)

    return handler


def _call_reading_lists_retrieve(client: Client) -> Any:
    return client.reading_lists.retrieve(
        list_id=5,
    )


async def _call_reading_lists_retrieve_async(client: AsyncClient) -> Any:
    async with client:
        return await client.reading_lists.retrieve(
            list_id=5,
        )


def test_reading_lists_retrieve(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_reading_lists_retrieve(make_client(_reading_lists_retrieve_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, ReadingList)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == READING_LISTS_RETRIEVE_RESPONSE
    )


def test_reading_lists_retrieve_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_reading_lists_retrieve_handler(seen))
    result = asyncio.run(_call_reading_lists_retrieve_async(client))
    assert len(seen) == 1
    assert isinstance(result, ReadingList)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == READING_LISTS_RETRIEVE_RESPONSE
    )


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
def test_reading_lists_retrieve_errors(
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
        _call_reading_lists_retrieve(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
