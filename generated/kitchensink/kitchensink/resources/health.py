"""The ``health`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from ..models import HealthCheckResponse

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Health:
    """``client.health``

    - ``check``: Whether the service is up (a path item reached by $ref)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HealthWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return HealthWithRawResponse(self)

    def check(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> HealthCheckResponse:
        """Whether the service is up (a path item reached by $ref)"""
        return self._client.request(
            HealthCheckResponse,
            RequestOptions(
                method="GET",
                path="/health",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class HealthWithRawResponse:
    def __init__(self, resource: Health) -> None:
        self.check = to_raw_response_wrapper(resource.check)


class AsyncHealth:
    """``client.health``

    - ``check``: Whether the service is up (a path item reached by $ref)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHealthWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncHealthWithRawResponse(self)

    async def check(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> HealthCheckResponse:
        """Whether the service is up (a path item reached by $ref)"""
        return await self._client.request(
            HealthCheckResponse,
            RequestOptions(
                method="GET",
                path="/health",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncHealthWithRawResponse:
    def __init__(self, resource: AsyncHealth) -> None:
        self.check = async_to_raw_response_wrapper(resource.check)
