"""Shelf Bookshop client: ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._exceptions import SDKError
from ._response import DEFAULT_MAX_RESPONSE_BYTES
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.activity import Activity, AsyncActivity
    from .resources.assistant import Assistant, AsyncAssistant
    from .resources.authors import AsyncAuthors, Authors
    from .resources.books import AsyncBooks, Books
    from .resources.categories import AsyncCategories, Categories
    from .resources.health import AsyncHealth, Health
    from .resources.inventory import AsyncInventoryResource, InventoryResource
    from .resources.orders import AsyncOrders, Orders
    from .resources.reading_lists import AsyncReadingLists, ReadingLists
    from .resources.recommendations import AsyncRecommendations, Recommendations
    from .resources.search import AsyncSearch, Search
    from .resources.sessions import AsyncSessions, Sessions

__all__ = ["Client", "AsyncClient"]

DEFAULT_BASE_URL = "https://eu.shelf.example/v1"
API_KEY_ENV = "ACEDATACLOUD_API_TOKEN"
BASE_URL_ENV = "KITCHENSINK_BASE_URL"
USER_AGENT = "kitchensink/2.0.0"


class Client(SyncAPIClient):
    """Synchronous client for Shelf Bookshop.

    The API key comes from ``api_key`` or the ``ACEDATACLOUD_API_TOKEN`` environment variable; the
    base URL from ``base_url``, the ``KITCHENSINK_BASE_URL`` environment variable, or the spec's server.
    Failed requests are retried ``max_retries`` times (connection errors, timeouts, 408, 409, 429
    and 5xx) with exponential backoff, honouring ``Retry-After``. The read timeout bounds the whole
    body too; a body, or one event of a stream, over ``max_response_bytes`` (None: no limit)
    raises ``APIResponseTooLargeError``. Responses are parsed leniently: a field that does not
    match the spec keeps the value that arrived, and one left out stays unset; with
    ``strict_response_validation=True`` any mismatch raises ``APIResponseValidationError``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not api_key:
            raise SDKError(
                f"No API key: pass api_key= or set the {API_KEY_ENV} environment variable."
            )
        self._api_key = api_key
        super().__init__(
            http_client=http_client,
            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            auth_headers={"X-API-Key": api_key or ""},
            auth_query={},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            user_agent=USER_AGENT,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def activity(self) -> Activity:
        """``client.activity``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.activity import Activity

        return Activity(self)

    @cached_property
    def assistant(self) -> Assistant:
        """``client.assistant``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.assistant import Assistant

        return Assistant(self)

    @cached_property
    def authors(self) -> Authors:
        """``client.authors``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.authors import Authors

        return Authors(self)

    @cached_property
    def books(self) -> Books:
        """``client.books``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.books import Books

        return Books(self)

    @cached_property
    def categories(self) -> Categories:
        """``client.categories``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.categories import Categories

        return Categories(self)

    @cached_property
    def health(self) -> Health:
        """``client.health``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.health import Health

        return Health(self)

    @cached_property
    def inventory(self) -> InventoryResource:
        """``client.inventory``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.inventory import InventoryResource

        return InventoryResource(self)

    @cached_property
    def orders(self) -> Orders:
        """``client.orders``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.orders import Orders

        return Orders(self)

    @cached_property
    def reading_lists(self) -> ReadingLists:
        """``client.reading_lists``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.reading_lists import ReadingLists

        return ReadingLists(self)

    @cached_property
    def recommendations(self) -> Recommendations:
        """``client.recommendations``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.recommendations import Recommendations

        return Recommendations(self)

    @cached_property
    def search(self) -> Search:
        """``client.search``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.search import Search

        return Search(self)

    @cached_property
    def sessions(self) -> Sessions:
        """``client.sessions``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.sessions import Sessions

        return Sessions(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> Client:
        """A client with some options changed, sharing this one's connection pool.

        ``client.with_options(max_retries=0).<resource>.<method>(...)`` changes them for one call.
        """
        return Client(
            api_key=api_key if api_key is not None else self._api_key,
            base_url=base_url or str(self.base_url),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            max_response_bytes=(
                self.max_response_bytes
                if isinstance(max_response_bytes, NotGiven)
                else max_response_bytes
            ),
            default_headers={**self._default_headers, **(default_headers or {})},
            http_client=self._client,
            strict_response_validation=(
                self.strict_response_validation
                if strict_response_validation is None
                else strict_response_validation
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Shelf Bookshop.

    The API key comes from ``api_key`` or the ``ACEDATACLOUD_API_TOKEN`` environment variable; the
    base URL from ``base_url``, the ``KITCHENSINK_BASE_URL`` environment variable, or the spec's server.
    Failed requests are retried ``max_retries`` times (connection errors, timeouts, 408, 409, 429
    and 5xx) with exponential backoff, honouring ``Retry-After``. The read timeout bounds the whole
    body too; a body, or one event of a stream, over ``max_response_bytes`` (None: no limit)
    raises ``APIResponseTooLargeError``. Responses are parsed leniently: a field that does not
    match the spec keeps the value that arrived, and one left out stays unset; with
    ``strict_response_validation=True`` any mismatch raises ``APIResponseValidationError``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not api_key:
            raise SDKError(
                f"No API key: pass api_key= or set the {API_KEY_ENV} environment variable."
            )
        self._api_key = api_key
        super().__init__(
            http_client=http_client,
            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            auth_headers={"X-API-Key": api_key or ""},
            auth_query={},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            user_agent=USER_AGENT,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def activity(self) -> AsyncActivity:
        """``client.activity``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.activity import AsyncActivity

        return AsyncActivity(self)

    @cached_property
    def assistant(self) -> AsyncAssistant:
        """``client.assistant``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.assistant import AsyncAssistant

        return AsyncAssistant(self)

    @cached_property
    def authors(self) -> AsyncAuthors:
        """``client.authors``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.authors import AsyncAuthors

        return AsyncAuthors(self)

    @cached_property
    def books(self) -> AsyncBooks:
        """``client.books``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.books import AsyncBooks

        return AsyncBooks(self)

    @cached_property
    def categories(self) -> AsyncCategories:
        """``client.categories``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.categories import AsyncCategories

        return AsyncCategories(self)

    @cached_property
    def health(self) -> AsyncHealth:
        """``client.health``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.health import AsyncHealth

        return AsyncHealth(self)

    @cached_property
    def inventory(self) -> AsyncInventoryResource:
        """``client.inventory``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.inventory import AsyncInventoryResource

        return AsyncInventoryResource(self)

    @cached_property
    def orders(self) -> AsyncOrders:
        """``client.orders``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.orders import AsyncOrders

        return AsyncOrders(self)

    @cached_property
    def reading_lists(self) -> AsyncReadingLists:
        """``client.reading_lists``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.reading_lists import AsyncReadingLists

        return AsyncReadingLists(self)

    @cached_property
    def recommendations(self) -> AsyncRecommendations:
        """``client.recommendations``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.recommendations import AsyncRecommendations

        return AsyncRecommendations(self)

    @cached_property
    def search(self) -> AsyncSearch:
        """``client.search``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.search import AsyncSearch

        return AsyncSearch(self)

    @cached_property
    def sessions(self) -> AsyncSessions:
        """``client.sessions``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        max_response_bytes: int | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncClient:
        """A client with some options changed, sharing this one's connection pool.

        ``client.with_options(max_retries=0).<resource>.<method>(...)`` changes them for one call.
        """
        return AsyncClient(
            api_key=api_key if api_key is not None else self._api_key,
            base_url=base_url or str(self.base_url),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            max_response_bytes=(
                self.max_response_bytes
                if isinstance(max_response_bytes, NotGiven)
                else max_response_bytes
            ),
            default_headers={**self._default_headers, **(default_headers or {})},
            http_client=self._client,
            strict_response_validation=(
                self.strict_response_validation
                if strict_response_validation is None
                else strict_response_validation
            ),
        )
