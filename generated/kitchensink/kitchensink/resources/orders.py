"""The ``orders`` resource."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import (
    HomeDeliveryParam,
    Order,
    OrderLineParam,
    OrderStatus,
    OrderStreamEvent,
    PaymentMethodParam,
    PickupPointParam,
    Priority,
)

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Orders:
    """``client.orders``

    - ``list``: Orders, by status and date (enums, dates, a keyword as parameter name)
    - ``create``: Place an order (discriminated unions in a request)
    - ``get``: One order (a cookie parameter)
    - ``cancel``: Cancel an order (no body, a method named by x-specgen-method)
    - ``stream_events``: What happens to an order, as it happens (an event stream of several kinds)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return OrdersWithRawResponse(self)

    def list(
        self,
        *,
        from_: datetime.date | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        status: OrderStatus | NotGiven = NOT_GIVEN,
        updated_since: datetime.datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Order]:
        """Orders, by status and date (enums, dates, a keyword as parameter name)

        Args:
            from_: a Python keyword as a name
        """
        return self._client.request(
            list[Order],
            RequestOptions(
                method="GET",
                path="/orders",
                query=strip_not_given(
                    {
                        "from": from_,
                        "priority": priority,
                        "status": status,
                        "updated_since": updated_since,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        lines: Iterable[OrderLineParam],
        payment: PaymentMethodParam,
        shipping: HomeDeliveryParam | PickupPointParam,
        gift_note: str | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Place an order (discriminated unions in a request)

        Args:
            payment: How an order is paid, told apart by method through the mapping.
            shipping: Where an order goes, told apart by kind, whose values are the schema names.
        """
        return self._client.request(
            Order,
            RequestOptions(
                method="POST",
                path="/orders",
                json_body=strip_not_given(
                    {
                        "lines": as_list(lines, "lines"),
                        "payment": payment,
                        "shipping": shipping,
                        "gift_note": gift_note,
                        "priority": priority,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get(
        self,
        *,
        order_id: str,
        shelf_session: str,
        shelf_locale: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Order:
        """One order (a cookie parameter)"""
        return self._client.request(
            Order,
            RequestOptions(
                method="GET",
                path="/orders/{order_id}",
                path_params=strip_not_given(
                    {
                        "order_id": order_id,
                    }
                ),
                cookies=strip_not_given(
                    {
                        "shelf_session": shelf_session,
                        "shelf_locale": shelf_locale,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def cancel(
        self,
        *,
        order_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Cancel an order (no body, a method named by x-specgen-method)"""
        return self._client.request(
            Order,
            RequestOptions(
                method="POST",
                path="/orders/{order_id}/cancel",
                path_params=strip_not_given(
                    {
                        "order_id": order_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def stream_events(
        self,
        *,
        order_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[OrderStreamEvent]:
        """What happens to an order, as it happens (an event stream of several kinds)"""
        return self._client.request(
            None,
            RequestOptions(
                method="GET",
                path="/orders/{order_id}/events",
                path_params=strip_not_given(
                    {
                        "order_id": order_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=StreamOptions(Stream[OrderStreamEvent], terminator="[DONE]", skip_unknown=True),
        )


class OrdersWithRawResponse:
    def __init__(self, resource: Orders) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.stream_events = to_raw_response_wrapper(resource.stream_events)


class AsyncOrders:
    """``client.orders``

    - ``list``: Orders, by status and date (enums, dates, a keyword as parameter name)
    - ``create``: Place an order (discriminated unions in a request)
    - ``get``: One order (a cookie parameter)
    - ``cancel``: Cancel an order (no body, a method named by x-specgen-method)
    - ``stream_events``: What happens to an order, as it happens (an event stream of several kinds)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncOrdersWithRawResponse(self)

    async def list(
        self,
        *,
        from_: datetime.date | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        status: OrderStatus | NotGiven = NOT_GIVEN,
        updated_since: datetime.datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Order]:
        """Orders, by status and date (enums, dates, a keyword as parameter name)

        Args:
            from_: a Python keyword as a name
        """
        return await self._client.request(
            list[Order],
            RequestOptions(
                method="GET",
                path="/orders",
                query=strip_not_given(
                    {
                        "from": from_,
                        "priority": priority,
                        "status": status,
                        "updated_since": updated_since,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        lines: Iterable[OrderLineParam],
        payment: PaymentMethodParam,
        shipping: HomeDeliveryParam | PickupPointParam,
        gift_note: str | NotGiven = NOT_GIVEN,
        priority: Priority | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Place an order (discriminated unions in a request)

        Args:
            payment: How an order is paid, told apart by method through the mapping.
            shipping: Where an order goes, told apart by kind, whose values are the schema names.
        """
        return await self._client.request(
            Order,
            RequestOptions(
                method="POST",
                path="/orders",
                json_body=strip_not_given(
                    {
                        "lines": as_list(lines, "lines"),
                        "payment": payment,
                        "shipping": shipping,
                        "gift_note": gift_note,
                        "priority": priority,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        *,
        order_id: str,
        shelf_session: str,
        shelf_locale: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Order:
        """One order (a cookie parameter)"""
        return await self._client.request(
            Order,
            RequestOptions(
                method="GET",
                path="/orders/{order_id}",
                path_params=strip_not_given(
                    {
                        "order_id": order_id,
                    }
                ),
                cookies=strip_not_given(
                    {
                        "shelf_session": shelf_session,
                        "shelf_locale": shelf_locale,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def cancel(
        self,
        *,
        order_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Order:
        """Cancel an order (no body, a method named by x-specgen-method)"""
        return await self._client.request(
            Order,
            RequestOptions(
                method="POST",
                path="/orders/{order_id}/cancel",
                path_params=strip_not_given(
                    {
                        "order_id": order_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def stream_events(
        self,
        *,
        order_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[OrderStreamEvent]:
        """What happens to an order, as it happens (an event stream of several kinds)"""
        return await self._client.request(
            None,
            RequestOptions(
                method="GET",
                path="/orders/{order_id}/events",
                path_params=strip_not_given(
                    {
                        "order_id": order_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=StreamOptions(
                AsyncStream[OrderStreamEvent], terminator="[DONE]", skip_unknown=True
            ),
        )


class AsyncOrdersWithRawResponse:
    def __init__(self, resource: AsyncOrders) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.stream_events = async_to_raw_response_wrapper(resource.stream_events)
