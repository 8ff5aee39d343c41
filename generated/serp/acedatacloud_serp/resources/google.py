"""The ``google`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import GoogleImageSize, GoogleRange, GoogleSearchResponse, GoogleType

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Google:
    """``client.google``

    - ``search``: Get Google search results
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GoogleWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return GoogleWithRawResponse(self)

    def search(
        self,
        *,
        query: str,
        country: str | NotGiven = NOT_GIVEN,
        image_size: GoogleImageSize | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        number: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        range: GoogleRange | NotGiven = NOT_GIVEN,
        type: GoogleType | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleSearchResponse:
        """Get Google search results

        Search the web and return structured results for web, image, news, map, place, or video queries.

        Args:
            image_size: Image size filter. Only valid when type is images.
        """
        return self._client.request(
            GoogleSearchResponse,
            RequestOptions(
                method="POST",
                path="/serp/google",
                json_body=strip_not_given(
                    {
                        "query": query,
                        "country": country,
                        "image_size": image_size,
                        "language": language,
                        "number": number,
                        "page": page,
                        "range": range,
                        "type": type,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class GoogleWithRawResponse:
    def __init__(self, resource: Google) -> None:
        self.search = to_raw_response_wrapper(resource.search)


class AsyncGoogle:
    """``client.google``

    - ``search``: Get Google search results
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGoogleWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncGoogleWithRawResponse(self)

    async def search(
        self,
        *,
        query: str,
        country: str | NotGiven = NOT_GIVEN,
        image_size: GoogleImageSize | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        number: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        range: GoogleRange | NotGiven = NOT_GIVEN,
        type: GoogleType | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GoogleSearchResponse:
        """Get Google search results

        Search the web and return structured results for web, image, news, map, place, or video queries.

        Args:
            image_size: Image size filter. Only valid when type is images.
        """
        return await self._client.request(
            GoogleSearchResponse,
            RequestOptions(
                method="POST",
                path="/serp/google",
                json_body=strip_not_given(
                    {
                        "query": query,
                        "country": country,
                        "image_size": image_size,
                        "language": language,
                        "number": number,
                        "page": page,
                        "range": range,
                        "type": type,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncGoogleWithRawResponse:
    def __init__(self, resource: AsyncGoogle) -> None:
        self.search = async_to_raw_response_wrapper(resource.search)
