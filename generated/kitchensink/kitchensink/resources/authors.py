"""The ``authors`` resource."""

from __future__ import annotations

import builtins
import datetime
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import Author

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Authors:
    """``client.authors``

    - ``list``: All authors
    - ``create``: Add an author
    - ``get``: One author, with their works (mutual recursion)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuthorsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AuthorsWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Author]:
        """All authors"""
        return self._client.request(
            list[Author],
            RequestOptions(
                method="GET",
                path="/authors",
                query=strip_not_given(
                    {
                        "limit": limit,
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
        name: str,
        born: datetime.date | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Author:
        """Add an author"""
        return self._client.request(
            Author,
            RequestOptions(
                method="POST",
                path="/authors",
                json_body=strip_not_given(
                    {
                        "name": name,
                        "born": born,
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
        author_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Author:
        """One author, with their works (mutual recursion)"""
        return self._client.request(
            Author,
            RequestOptions(
                method="GET",
                path="/authors/{author_id}",
                path_params=strip_not_given(
                    {
                        "author_id": author_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AuthorsWithRawResponse:
    def __init__(self, resource: Authors) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAuthors:
    """``client.authors``

    - ``list``: All authors
    - ``create``: Add an author
    - ``get``: One author, with their works (mutual recursion)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuthorsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncAuthorsWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Author]:
        """All authors"""
        return await self._client.request(
            list[Author],
            RequestOptions(
                method="GET",
                path="/authors",
                query=strip_not_given(
                    {
                        "limit": limit,
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
        name: str,
        born: datetime.date | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Author:
        """Add an author"""
        return await self._client.request(
            Author,
            RequestOptions(
                method="POST",
                path="/authors",
                json_body=strip_not_given(
                    {
                        "name": name,
                        "born": born,
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
        author_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Author:
        """One author, with their works (mutual recursion)"""
        return await self._client.request(
            Author,
            RequestOptions(
                method="GET",
                path="/authors/{author_id}",
                path_params=strip_not_given(
                    {
                        "author_id": author_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAuthorsWithRawResponse:
    def __init__(self, resource: AsyncAuthors) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
