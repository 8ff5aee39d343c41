"""The ``sessions`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .._base_client import RequestOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import Session

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Sessions:
    """``client.sessions``

    - ``create``: Sign in (a form body; no API key needed)
    - ``delete_current``: Sign out (a bearer token and a cookie)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return SessionsWithRawResponse(self)

    def create(
        self,
        *,
        password: str,
        username: str,
        remember: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Sign in (a form body; no API key needed)"""
        return self._client.request(
            Session,
            RequestOptions(
                method="POST",
                path="/sessions",
                form=strip_not_given(
                    {
                        "password": password,
                        "username": username,
                        "remember": remember,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_current(
        self,
        *,
        shelf_session: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign out (a bearer token and a cookie)"""
        return self._client.request(
            None,
            RequestOptions(
                method="DELETE",
                path="/sessions/current",
                cookies=strip_not_given(
                    {
                        "shelf_session": shelf_session,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class SessionsWithRawResponse:
    def __init__(self, resource: Sessions) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_current = to_raw_response_wrapper(resource.delete_current)


class AsyncSessions:
    """``client.sessions``

    - ``create``: Sign in (a form body; no API key needed)
    - ``delete_current``: Sign out (a bearer token and a cookie)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSessionsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncSessionsWithRawResponse(self)

    async def create(
        self,
        *,
        password: str,
        username: str,
        remember: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Sign in (a form body; no API key needed)"""
        return await self._client.request(
            Session,
            RequestOptions(
                method="POST",
                path="/sessions",
                form=strip_not_given(
                    {
                        "password": password,
                        "username": username,
                        "remember": remember,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_current(
        self,
        *,
        shelf_session: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign out (a bearer token and a cookie)"""
        return await self._client.request(
            None,
            RequestOptions(
                method="DELETE",
                path="/sessions/current",
                cookies=strip_not_given(
                    {
                        "shelf_session": shelf_session,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncSessionsWithRawResponse:
    def __init__(self, resource: AsyncSessions) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_current = async_to_raw_response_wrapper(resource.delete_current)
