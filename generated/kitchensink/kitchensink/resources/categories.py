"""The ``categories`` resource."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import Category, CategoryParam

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Categories:
    """``client.categories``

    - ``list``: The category tree (a recursive model)
    - ``create``: Store trees of categories (a whole body that is an array, passed as body=)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CategoriesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return CategoriesWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Category]:
        """The category tree (a recursive model)"""
        return self._client.request(
            list[Category],
            RequestOptions(
                method="GET",
                path="/categories",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        body: Iterable[CategoryParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Category]:
        """Store trees of categories (a whole body that is an array, passed as body=)"""
        return self._client.request(
            list[Category],
            RequestOptions(
                method="POST",
                path="/categories",
                json_body=as_list(body, "body"),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class CategoriesWithRawResponse:
    def __init__(self, resource: Categories) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncCategories:
    """``client.categories``

    - ``list``: The category tree (a recursive model)
    - ``create``: Store trees of categories (a whole body that is an array, passed as body=)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCategoriesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncCategoriesWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Category]:
        """The category tree (a recursive model)"""
        return await self._client.request(
            list[Category],
            RequestOptions(
                method="GET",
                path="/categories",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        body: Iterable[CategoryParam],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Category]:
        """Store trees of categories (a whole body that is an array, passed as body=)"""
        return await self._client.request(
            list[Category],
            RequestOptions(
                method="POST",
                path="/categories",
                json_body=as_list(body, "body"),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncCategoriesWithRawResponse:
    def __init__(self, resource: AsyncCategories) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
