"""Tests of ``client.sessions``: each call is checked against the spec's request schema
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
    AuthenticationError,
    Client,
)
from kitchensink.models import (
    Session,
)

from .conftest import API_KEY, Handler, form_fields

# -- sessions.create ----------------------------------------------------------------------

SESSIONS_CREATE_RESPONSE: dict[str, Any] = {"token": "tok-1", "expires_at": "2024-06-02T12:00:00Z"}


def _sessions_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/sessions"
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["content-type"].startswith("application/x-www-form-urlencoded")
        assert form_fields(request) == {
            "password": ["s3cret"],
            "username": ["alice"],
            "remember": ["true"],
        }
        return httpx.Response(200, json=SESSIONS_CREATE_RESPONSE)

    return handler


def _call_sessions_create(client: Client) -> Any:
    return client.sessions.create(
        password="s3cret",
        username="alice",
        remember=True,
    )


async def _call_sessions_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.sessions.create(
            password="s3cret",
            username="alice",
            remember=True,
        )


def test_sessions_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_sessions_create(make_client(_sessions_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Session)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == SESSIONS_CREATE_RESPONSE
    )


def test_sessions_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_sessions_create_handler(seen))
    result = asyncio.run(_call_sessions_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, Session)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == SESSIONS_CREATE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            401,
            AuthenticationError,
            {
                "error": {"code": "unauthorized", "message": "Invalid API key."},
                "trace_id": "tr-401",
            },
            "unauthorized",
            "Invalid API key.",
            "tr-401",
        ),
    ],
)
def test_sessions_create_errors(
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
        _call_sessions_create(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- sessions.delete_current ----------------------------------------------------------------------

SESSIONS_DELETE_CURRENT_RESPONSE: Any = None


def _sessions_delete_current_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "DELETE"
        assert request.url.path == "/sessions/current"
        assert request.headers["x-api-key"] == API_KEY
        assert "shelf_session=sess-42" in request.headers["cookie"].split("; ")
        return httpx.Response(204, json=SESSIONS_DELETE_CURRENT_RESPONSE)

    return handler


def _call_sessions_delete_current(client: Client) -> Any:
    return client.sessions.delete_current(
        shelf_session="sess-42",
    )


async def _call_sessions_delete_current_async(client: AsyncClient) -> Any:
    async with client:
        return await client.sessions.delete_current(
            shelf_session="sess-42",
        )


def test_sessions_delete_current(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_sessions_delete_current(make_client(_sessions_delete_current_handler(seen)))
    assert len(seen) == 1
    assert result is None


def test_sessions_delete_current_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_sessions_delete_current_handler(seen))
    result = asyncio.run(_call_sessions_delete_current_async(client))
    assert len(seen) == 1
    assert result is None


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            401,
            AuthenticationError,
            {
                "error": {"code": "unauthorized", "message": "Invalid API key."},
                "trace_id": "tr-401",
            },
            "unauthorized",
            "Invalid API key.",
            "tr-401",
        ),
    ],
)
def test_sessions_delete_current_errors(
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
        _call_sessions_delete_current(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
