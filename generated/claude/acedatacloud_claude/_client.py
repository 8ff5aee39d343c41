"""Claude AI client: ``Client`` and ``AsyncClient``."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx

from ._base_client import DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._exceptions import SDKError
from ._types import Timeout
from .resources.chat import AsyncChat, Chat
from .resources.messages import AsyncMessages, Messages

__all__ = ["Client", "AsyncClient"]

DEFAULT_BASE_URL = "https://api.acedata.cloud"
API_KEY_ENV = "ACEDATACLOUD_API_TOKEN"
BASE_URL_ENV = "ACEDATACLOUD_CLAUDE_BASE_URL"
USER_AGENT = "acedatacloud-claude/1.0.0"


class Client(SyncAPIClient):
    """Synchronous client for Claude AI.

    The API key comes from ``api_key`` or the ``ACEDATACLOUD_API_TOKEN`` environment variable; the
    base URL from ``base_url``, the ``ACEDATACLOUD_CLAUDE_BASE_URL`` environment variable, or the spec's server.
    """

    chat: Chat

    messages: Messages

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not api_key:
            raise SDKError(
                f"No API key: pass api_key= or set the {API_KEY_ENV} environment variable."
            )
        super().__init__(
            http_client=http_client,
            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            auth_headers={"Authorization": f"Bearer {api_key}"},
            auth_query={},
            timeout=timeout,
            default_headers=default_headers,
            user_agent=USER_AGENT,
        )
        self.chat = Chat(self)
        self.messages = Messages(self)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for Claude AI.

    The API key comes from ``api_key`` or the ``ACEDATACLOUD_API_TOKEN`` environment variable; the
    base URL from ``base_url``, the ``ACEDATACLOUD_CLAUDE_BASE_URL`` environment variable, or the spec's server.
    """

    chat: AsyncChat

    messages: AsyncMessages

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not api_key:
            raise SDKError(
                f"No API key: pass api_key= or set the {API_KEY_ENV} environment variable."
            )
        super().__init__(
            http_client=http_client,
            base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            auth_headers={"Authorization": f"Bearer {api_key}"},
            auth_query={},
            timeout=timeout,
            default_headers=default_headers,
            user_agent=USER_AGENT,
        )
        self.chat = AsyncChat(self)
        self.messages = AsyncMessages(self)
