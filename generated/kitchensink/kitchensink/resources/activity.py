"""The ``activity`` resource."""

from __future__ import annotations

import builtins  # noqa: F401
import datetime  # noqa: F401
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, Literal, cast, overload  # noqa: F401

import httpx
from pydantic import Field  # noqa: F401

from .._base_client import RequestOptions, StreamOptions  # noqa: F401
from .._encoding import deep_object, delimited, exploded, json_text  # noqa: F401
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper  # noqa: F401
from .._streaming import AsyncStream, Stream  # noqa: F401
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import (
    ActivityTailLevel,
)

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Activity:
    """``client.activity``"""

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
        return cast(
            "Stream[str]",
            self._client.request(
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
                stream=StreamOptions(str, terminator=None),
            ),
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
        return cast(
            "Stream[Any]",
            self._client.request(
                None,
                RequestOptions(
                    method="GET",
                    path="/activity/raw",
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                stream=StreamOptions(Any, terminator=None),
            ),
        )


class ActivityWithRawResponse:
    def __init__(self, resource: Activity) -> None:
        self.tail = to_raw_response_wrapper(resource.tail)
        self.raw = to_raw_response_wrapper(resource.raw)


class AsyncActivity:
    """``client.activity``"""

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
        return cast(
            "AsyncStream[str]",
            await self._client.request(
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
                stream=StreamOptions(str, terminator=None),
            ),
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
        return cast(
            "AsyncStream[Any]",
            await self._client.request(
                None,
                RequestOptions(
                    method="GET",
                    path="/activity/raw",
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
                stream=StreamOptions(Any, terminator=None),
            ),
        )


class AsyncActivityWithRawResponse:
    def __init__(self, resource: AsyncActivity) -> None:
        self.tail = async_to_raw_response_wrapper(resource.tail)
        self.raw = async_to_raw_response_wrapper(resource.raw)
