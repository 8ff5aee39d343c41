"""Claude AI client: ``Client`` and ``AsyncClient``."""

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
    from .resources.chat import AsyncChat, Chat
    from .resources.messages import AsyncMessages, Messages

__all__ = ["Client", "AsyncClient"]

DEFAULT_BASE_URL = "https://api.acedata.cloud"
API_KEY_ENV = "ACEDATACLOUD_API_TOKEN"
BASE_URL_ENV = "ACEDATACLOUD_CLAUDE_BASE_URL"
USER_AGENT = "acedatacloud-claude/3.0.0"


class Client(SyncAPIClient):
    """Synchronous client for Claude AI.

    The API key comes from ``api_key`` or the ``ACEDATACLOUD_API_TOKEN`` environment variable; the
    base URL from ``base_url``, the ``ACEDATACLOUD_CLAUDE_BASE_URL`` environment variable, or the spec's server.
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
            auth_headers={"Authorization": f"Bearer {api_key}"},
            auth_query={},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            user_agent=USER_AGENT,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def chat(self) -> Chat:
        """``client.chat``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def messages(self) -> Messages:
        """``client.messages``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.messages import Messages

        return Messages(self)

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
    """Asynchronous client for Claude AI.

    The API key comes from ``api_key`` or the ``ACEDATACLOUD_API_TOKEN`` environment variable; the
    base URL from ``base_url``, the ``ACEDATACLOUD_CLAUDE_BASE_URL`` environment variable, or the spec's server.
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
            auth_headers={"Authorization": f"Bearer {api_key}"},
            auth_query={},
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            default_headers=default_headers,
            user_agent=USER_AGENT,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def chat(self) -> AsyncChat:
        """``client.chat``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        """``client.messages``"""
        # Imported on first use, with its models: the package imports fast.
        from .resources.messages import AsyncMessages

        return AsyncMessages(self)

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
