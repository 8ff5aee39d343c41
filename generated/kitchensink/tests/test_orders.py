"""Tests of ``client.orders``: each call is checked against the spec's request schema
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
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from kitchensink.models import (
    Order,
    OrderDeliveredEvent,
    OrderPlacedEvent,
    OrderShippedEvent,
)

from .conftest import API_KEY, Handler, assert_valid_request, sse_body

# -- orders.list ----------------------------------------------------------------------

ORDERS_LIST_RESPONSE: list[Any] = [
    {
        "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        "status": "pending",
        "priority": 1,
        "lines": [{"book_id": 17, "quantity": 1}],
        "payment": {"method": "card", "token": "tok_visa", "save": False},
        "shipping": {"kind": "HomeDelivery", "address": "1 Chawton Lane"},
        "total": 7.99,
        "placed_at": "2024-05-01T08:30:00Z",
        "delivered_on": "2024-01-01",
    },
]


def _orders_list_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/orders"
        assert request.headers["x-api-key"] == API_KEY
        assert request.url.params["from"] == "2024-05-01"
        assert request.url.params["priority"] == "2"
        assert request.url.params["status"] == "paid"
        assert request.url.params["updated_since"] == "2024-05-01T08:30:00Z"
        return httpx.Response(200, json=ORDERS_LIST_RESPONSE)

    return handler


def _call_orders_list(client: Client) -> Any:
    return client.orders.list(
        from_=datetime.date.fromisoformat("2024-05-01"),
        priority=2,
        status="paid",
        updated_since=datetime.datetime.fromisoformat("2024-05-01T08:30:00Z"),
    )


async def _call_orders_list_async(client: AsyncClient) -> Any:
    async with client:
        return await client.orders.list(
            from_=datetime.date.fromisoformat("2024-05-01"),
            priority=2,
            status="paid",
            updated_since=datetime.datetime.fromisoformat("2024-05-01T08:30:00Z"),
        )


def test_orders_list(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_orders_list(make_client(_orders_list_handler(seen)))
    assert len(seen) == 1
    assert result is not None


def test_orders_list_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_orders_list_handler(seen))
    result = asyncio.run(_call_orders_list_async(client))
    assert len(seen) == 1
    assert result is not None


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
def test_orders_list_errors(
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
        _call_orders_list(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- orders.create ----------------------------------------------------------------------

ORDERS_CREATE_RESPONSE: dict[str, Any] = {
    "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "status": "pending",
    "priority": 1,
    "lines": [{"book_id": 17, "quantity": 1}],
    "payment": {"method": "card", "token": "tok_visa", "save": False},
    "shipping": {"kind": "HomeDelivery", "address": "1 Chawton Lane"},
    "total": 7.99,
    "placed_at": "2024-05-01T08:30:00Z",
    "delivered_on": "2024-01-01",
}


def _orders_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/orders"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("orders.create", body)
        assert body == {
            "lines": [{"book_id": 17, "quantity": 1}],
            "payment": {"method": "card", "token": "tok_visa", "save": False},
            "shipping": {"kind": "HomeDelivery", "address": "1 Chawton Lane"},
        }
        return httpx.Response(201, json=ORDERS_CREATE_RESPONSE)

    return handler


def _call_orders_create(client: Client) -> Any:
    return client.orders.create(
        lines=[{"book_id": 17, "quantity": 1}],
        payment={"method": "card", "token": "tok_visa", "save": False},
        shipping={"kind": "HomeDelivery", "address": "1 Chawton Lane"},
    )


async def _call_orders_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.orders.create(
            lines=[{"book_id": 17, "quantity": 1}],
            payment={"method": "card", "token": "tok_visa", "save": False},
            shipping={"kind": "HomeDelivery", "address": "1 Chawton Lane"},
        )


def test_orders_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_orders_create(make_client(_orders_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Order)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ORDERS_CREATE_RESPONSE
    )


def test_orders_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_orders_create_handler(seen))
    result = asyncio.run(_call_orders_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, Order)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ORDERS_CREATE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            400,
            BadRequestError,
            {
                "error": {
                    "code": "bad_request",
                    "message": "The limit must be at most 100.",
                },
                "trace_id": "tr-400",
            },
            "bad_request",
            "The limit must be at most 100.",
            "tr-400",
        ),
        (
            402,
            PaymentRequiredError,
            {
                "error": {
                    "code": "payment_declined",
                    "message": "The card was declined.",
                },
                "trace_id": "tr-402",
            },
            "payment_declined",
            "The card was declined.",
            "tr-402",
        ),
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
        (
            422,
            UnprocessableEntityError,
            {
                "error": {
                    "code": "invalid",
                    "message": "The price must be positive.",
                },
                "trace_id": "tr-422",
            },
            "invalid",
            "The price must be positive.",
            "tr-422",
        ),
        (
            429,
            RateLimitError,
            {
                "error": {"code": "too_many_requests", "message": "Slow down."},
                "trace_id": "tr-429",
            },
            "too_many_requests",
            "Slow down.",
            "tr-429",
        ),
        (
            500,
            InternalServerError,
            {
                "error": {"code": "internal", "message": "Something broke."},
                "trace_id": "tr-500",
            },
            "internal",
            "Something broke.",
            "tr-500",
        ),
        (
            503,
            InternalServerError,
            {
                "error": {"code": "unavailable", "message": "Back soon."},
                "trace_id": "tr-503",
            },
            "unavailable",
            "Back soon.",
            "tr-503",
        ),
    ],
)
def test_orders_create_errors(
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
        _call_orders_create(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- orders.get ----------------------------------------------------------------------

ORDERS_GET_RESPONSE: dict[str, Any] = {
    "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "status": "pending",
    "priority": 1,
    "lines": [{"book_id": 17, "quantity": 1}],
    "payment": {"method": "card", "token": "tok_visa", "save": False},
    "shipping": {"kind": "HomeDelivery", "address": "1 Chawton Lane"},
    "total": 7.99,
    "placed_at": "2024-05-01T08:30:00Z",
    "delivered_on": "2024-01-01",
}


def _orders_get_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/orders/7c9e6679-7425-40de-944b-e07fc1f90ae7"
        assert request.headers["x-api-key"] == API_KEY
        assert "shelf_session=sess-42" in request.headers["cookie"].split("; ")
        assert "shelf_locale=en-GB" in request.headers["cookie"].split("; ")
        return httpx.Response(200, json=ORDERS_GET_RESPONSE)

    return handler


def _call_orders_get(client: Client) -> Any:
    return client.orders.get(
        order_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
        shelf_session="sess-42",
        shelf_locale="en-GB",
    )


async def _call_orders_get_async(client: AsyncClient) -> Any:
    async with client:
        return await client.orders.get(
            order_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
            shelf_session="sess-42",
            shelf_locale="en-GB",
        )


def test_orders_get(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_orders_get(make_client(_orders_get_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Order)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ORDERS_GET_RESPONSE


def test_orders_get_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_orders_get_handler(seen))
    result = asyncio.run(_call_orders_get_async(client))
    assert len(seen) == 1
    assert isinstance(result, Order)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ORDERS_GET_RESPONSE


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            403,
            PermissionDeniedError,
            {
                "error": {"code": "forbidden", "message": "Staff only."},
                "trace_id": "tr-403",
            },
            "forbidden",
            "Staff only.",
            "tr-403",
        ),
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
def test_orders_get_errors(
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
        _call_orders_get(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- orders.cancel ----------------------------------------------------------------------

ORDERS_CANCEL_RESPONSE: dict[str, Any] = {
    "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "status": "pending",
    "priority": 1,
    "lines": [{"book_id": 17, "quantity": 1}],
    "payment": {"method": "card", "token": "tok_visa", "save": False},
    "shipping": {"kind": "HomeDelivery", "address": "1 Chawton Lane"},
    "total": 7.99,
    "placed_at": "2024-05-01T08:30:00Z",
    "delivered_on": "2024-01-01",
}


def _orders_cancel_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/orders/7c9e6679-7425-40de-944b-e07fc1f90ae7/cancel"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=ORDERS_CANCEL_RESPONSE)

    return handler


def _call_orders_cancel(client: Client) -> Any:
    return client.orders.cancel(
        order_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
    )


async def _call_orders_cancel_async(client: AsyncClient) -> Any:
    async with client:
        return await client.orders.cancel(
            order_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
        )


def test_orders_cancel(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_orders_cancel(make_client(_orders_cancel_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Order)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ORDERS_CANCEL_RESPONSE
    )


def test_orders_cancel_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_orders_cancel_handler(seen))
    result = asyncio.run(_call_orders_cancel_async(client))
    assert len(seen) == 1
    assert isinstance(result, Order)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == ORDERS_CANCEL_RESPONSE
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
def test_orders_cancel_errors(
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
        _call_orders_cancel(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- orders.stream_events ----------------------------------------------------------------------


def _call_orders_stream_events(client: Client) -> Any:
    return client.orders.stream_events(
        order_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
    )


ORDERS_STREAM_EVENTS_EVENTS: list[Any] = [
    {
        "type": "order.placed",
        "order_id": "string",
        "total": 7.99,
    },
    {
        "type": "order.shipped",
        "order_id": "string",
        "carrier": "Royal Mail",
        "tracking": "RM123",
    },
    {
        "type": "order.delivered",
        "order_id": "string",
        "signed_by": "J. Austen",
    },
]


def _orders_stream_events_stream_handler(events: list[Any], seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.headers["accept"] == "text/event-stream"
        body = sse_body(events, "[DONE]")
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def _stream_orders_stream_events(client: Client) -> Any:
    return client.orders.stream_events(
        order_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
    )


def test_orders_stream_events_stream(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    client = make_client(_orders_stream_events_stream_handler(ORDERS_STREAM_EVENTS_EVENTS, seen))
    with _stream_orders_stream_events(client) as stream:
        events = list(stream)
    assert [type(event) for event in events] == [
        OrderPlacedEvent,
        OrderShippedEvent,
        OrderDeliveredEvent,
    ]
    dumped = [event.model_dump(mode="json", by_alias=True, exclude_unset=True) for event in events]
    assert dumped == ORDERS_STREAM_EVENTS_EVENTS
    assert stream.response.is_closed
    assert len(seen) == 1


def test_orders_stream_events_stream_closes_on_break(
    make_client: Callable[[Handler], Client],
) -> None:
    client = make_client(_orders_stream_events_stream_handler(ORDERS_STREAM_EVENTS_EVENTS, []))
    stream = _stream_orders_stream_events(client)
    for _ in stream:
        break
    assert stream.response.is_closed


def test_orders_stream_events_stream_async(
    make_async_client: Callable[[Handler], AsyncClient],
) -> None:
    async def consume(client: AsyncClient) -> list[Any]:
        async with client:
            stream = await client.orders.stream_events(
                order_id="7c9e6679-7425-40de-944b-e07fc1f90ae7",
            )
            async with stream:
                return [event async for event in stream]

    client = make_async_client(
        _orders_stream_events_stream_handler(ORDERS_STREAM_EVENTS_EVENTS, [])
    )
    events = asyncio.run(consume(client))
    assert [type(event) for event in events] == [
        OrderPlacedEvent,
        OrderShippedEvent,
        OrderDeliveredEvent,
    ]


def test_orders_stream_events_stream_error_event(make_client: Callable[[Handler], Client]) -> None:
    events = [
        ORDERS_STREAM_EVENTS_EVENTS[0],
        {
            "error": {"type": "rate_limit_error", "message": "Slow down."},
        },
    ]
    client = make_client(_orders_stream_events_stream_handler(events, []))
    received: list[Any] = []
    with pytest.raises(RateLimitError) as caught:
        with _stream_orders_stream_events(client) as stream:
            received.extend(stream)
    assert len(received) == 1
    assert caught.value.status_code == 429


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
def test_orders_stream_events_errors(
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
        _call_orders_stream_events(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
