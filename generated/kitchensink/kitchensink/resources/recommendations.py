"""The ``recommendations`` resource."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import Recommendation, RecommendationList

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Recommendations:
    """``client.recommendations``

    - ``create``: Recommendations (a stream turned on by a flag that is not called stream)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecommendationsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return RecommendationsWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        book_ids: Sequence[int],
        live: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RecommendationList: ...

    @overload
    def create(
        self,
        *,
        book_ids: Sequence[int],
        live: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[Recommendation]: ...

    @overload
    def create(
        self,
        *,
        book_ids: Sequence[int],
        live: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RecommendationList | Stream[Recommendation]: ...

    def create(
        self,
        *,
        book_ids: Sequence[int],
        live: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RecommendationList | Stream[Recommendation]:
        """Recommendations (a stream turned on by a flag that is not called stream)

        Args:
            live: send each recommendation as it is found
        """
        return self._client.request(
            RecommendationList,
            RequestOptions(
                method="POST",
                path="/recommendations",
                json_body=strip_not_given(
                    {
                        "book_ids": as_list(book_ids, "book_ids"),
                        "live": live,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=StreamOptions(Stream[Recommendation], terminator=None) if live is True else None,
        )


class RecommendationsWithRawResponse:
    def __init__(self, resource: Recommendations) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncRecommendations:
    """``client.recommendations``

    - ``create``: Recommendations (a stream turned on by a flag that is not called stream)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecommendationsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncRecommendationsWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        book_ids: Sequence[int],
        live: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RecommendationList: ...

    @overload
    async def create(
        self,
        *,
        book_ids: Sequence[int],
        live: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Recommendation]: ...

    @overload
    async def create(
        self,
        *,
        book_ids: Sequence[int],
        live: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RecommendationList | AsyncStream[Recommendation]: ...

    async def create(
        self,
        *,
        book_ids: Sequence[int],
        live: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RecommendationList | AsyncStream[Recommendation]:
        """Recommendations (a stream turned on by a flag that is not called stream)

        Args:
            live: send each recommendation as it is found
        """
        return await self._client.request(
            RecommendationList,
            RequestOptions(
                method="POST",
                path="/recommendations",
                json_body=strip_not_given(
                    {
                        "book_ids": as_list(book_ids, "book_ids"),
                        "live": live,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=(
                StreamOptions(AsyncStream[Recommendation], terminator=None)
                if live is True
                else None
            ),
        )


class AsyncRecommendationsWithRawResponse:
    def __init__(self, resource: AsyncRecommendations) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
