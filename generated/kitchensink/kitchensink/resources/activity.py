"""The ``activity`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import ActivityTailLevel

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Activity:
    """``client.activity``

    - ``tail``: The shop's activity log, one line of text per event
    - ``raw``: Events without a schema
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ActivityWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return ActivityWithRawResponse(self)

    def tail(
        self,
        *,
        level: ActivityTailLevel,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[str]:
        """The shop's activity log, one line of text per event"""
        return self._client.request(
            None,
            RequestOptions(
                method="GET",
                path="/activity",
                query=strip_not_given(
                    {
                        "level": level,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=StreamOptions(Stream[str], terminator=None),
        )

    def raw(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[Any]:
        """Events without a schema"""
        return self._client.request(
            None,
            RequestOptions(
                method="GET",
                path="/activity/raw",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=StreamOptions(Stream[Any], terminator=None),
        )


class ActivityWithRawResponse:
    def __init__(self, resource: Activity) -> None:
        self.tail = to_raw_response_wrapper(resource.tail)
        self.raw = to_raw_response_wrapper(resource.raw)


class AsyncActivity:
    """``client.activity``

    - ``tail``: The shop's activity log, one line of text per event
    - ``raw``: Events without a schema
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncActivityWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncActivityWithRawResponse(self)

    async def tail(
        self,
        *,
        level: ActivityTailLevel,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[str]:
        """The shop's activity log, one line of text per event"""
        return await self._client.request(
            None,
            RequestOptions(
                method="GET",
                path="/activity",
                query=strip_not_given(
                    {
                        "level": level,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=StreamOptions(AsyncStream[str], terminator=None),
        )

    async def raw(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[Any]:
        """Events without a schema"""
        return await self._client.request(
            None,
            RequestOptions(
                method="GET",
                path="/activity/raw",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=StreamOptions(AsyncStream[Any], terminator=None),
        )


class AsyncActivityWithRawResponse:
    def __init__(self, resource: AsyncActivity) -> None:
        self.tail = async_to_raw_response_wrapper(resource.tail)
        self.raw = async_to_raw_response_wrapper(resource.raw)
