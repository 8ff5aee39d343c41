"""The ``reading_lists`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import ReadingList

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class ReadingLists:
    """``client.reading_lists``

    - ``retrieve``: A reading list, whose entries may hold nested lists
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ReadingListsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return ReadingListsWithRawResponse(self)

    def retrieve(
        self,
        *,
        list_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReadingList:
        """A reading list, whose entries may hold nested lists"""
        return self._client.request(
            ReadingList,
            RequestOptions(
                method="GET",
                path="/reading-lists/{list_id}",
                path_params=strip_not_given(
                    {
                        "list_id": list_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ReadingListsWithRawResponse:
    def __init__(self, resource: ReadingLists) -> None:
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class AsyncReadingLists:
    """``client.reading_lists``

    - ``retrieve``: A reading list, whose entries may hold nested lists
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncReadingListsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncReadingListsWithRawResponse(self)

    async def retrieve(
        self,
        *,
        list_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReadingList:
        """A reading list, whose entries may hold nested lists"""
        return await self._client.request(
            ReadingList,
            RequestOptions(
                method="GET",
                path="/reading-lists/{list_id}",
                path_params=strip_not_given(
                    {
                        "list_id": list_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncReadingListsWithRawResponse:
    def __init__(self, resource: AsyncReadingLists) -> None:
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
