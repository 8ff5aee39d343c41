"""The ``inventory`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import Inventory

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class InventoryResource:
    """``client.inventory``

    - ``list``: Stock per warehouse and free-form metadata (maps)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> InventoryResourceWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return InventoryResourceWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Inventory:
        """Stock per warehouse and free-form metadata (maps)"""
        return self._client.request(
            Inventory,
            RequestOptions(
                method="GET",
                path="/inventory",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class InventoryResourceWithRawResponse:
    def __init__(self, resource: InventoryResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncInventoryResource:
    """``client.inventory``

    - ``list``: Stock per warehouse and free-form metadata (maps)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncInventoryResourceWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncInventoryResourceWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Inventory:
        """Stock per warehouse and free-form metadata (maps)"""
        return await self._client.request(
            Inventory,
            RequestOptions(
                method="GET",
                path="/inventory",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncInventoryResourceWithRawResponse:
    def __init__(self, resource: AsyncInventoryResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
