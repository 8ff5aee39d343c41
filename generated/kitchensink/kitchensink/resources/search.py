"""The ``search`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._encoding import as_list, delimited, json_text
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, SequenceNotStr, strip_not_given
from ..models import SearchListResponse, SearchListWhere

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Search:
    """``client.search``

    - ``list``: Search the catalogue (a JSON-content query parameter; named by its path)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SearchWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return SearchWithRawResponse(self)

    def list(
        self,
        *,
        where: SearchListWhere,
        fields: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SearchListResponse:
        """Search the catalogue (a JSON-content query parameter; named by its path)

        Args:
            where: a JSON object, sent as JSON text
        """
        return self._client.request(
            SearchListResponse,
            RequestOptions(
                method="GET",
                path="/search",
                query=strip_not_given(
                    {
                        "where": json_text(where),
                        "fields": delimited(as_list(fields, "fields"), ","),
                    }
                ),
                headers=strip_not_given(
                    {
                        "X-Trace-Id": x_trace_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class SearchWithRawResponse:
    def __init__(self, resource: Search) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncSearch:
    """``client.search``

    - ``list``: Search the catalogue (a JSON-content query parameter; named by its path)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSearchWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncSearchWithRawResponse(self)

    async def list(
        self,
        *,
        where: SearchListWhere,
        fields: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        x_trace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SearchListResponse:
        """Search the catalogue (a JSON-content query parameter; named by its path)

        Args:
            where: a JSON object, sent as JSON text
        """
        return await self._client.request(
            SearchListResponse,
            RequestOptions(
                method="GET",
                path="/search",
                query=strip_not_given(
                    {
                        "where": json_text(where),
                        "fields": delimited(as_list(fields, "fields"), ","),
                    }
                ),
                headers=strip_not_given(
                    {
                        "X-Trace-Id": x_trace_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncSearchWithRawResponse:
    def __init__(self, resource: AsyncSearch) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
