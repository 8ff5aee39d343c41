"""The HTTP core shared by every resource: building requests, sending them, reading responses.

Nothing in this module depends on the API's spec; the generated ``Client`` supplies the base URL,
the authentication and the resources.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import pydantic

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)
from ._types import NOT_GIVEN, NotGiven, Timeout

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)


@dataclass
class RequestOptions:
    """Everything one call sends, before the client's defaults are added."""

    method: str
    path: str
    path_params: Mapping[str, object] = field(default_factory=dict)
    query: Mapping[str, object] = field(default_factory=dict)
    headers: Mapping[str, object] = field(default_factory=dict)
    json_body: object | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN


class BaseClient:
    """Configuration and the request/response logic shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str,
        auth_headers: Mapping[str, str],
        auth_query: Mapping[str, str],
        timeout: Timeout,
        default_headers: Mapping[str, str] | None,
        user_agent: str,
    ) -> None:
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self.timeout = timeout
        # Kept private so that the key never shows in repr() or attribute listings.
        self._auth_headers = dict(auth_headers)
        self._auth_query = dict(auth_query)
        self._default_headers = {"User-Agent": user_agent, **(default_headers or {})}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _build_request(
        self, client: httpx.Client | httpx.AsyncClient, options: RequestOptions
    ) -> httpx.Request:
        path = options.path
        for name, value in options.path_params.items():
            path = path.replace("{" + name + "}", quote(_text(value), safe=""))
        url = self.base_url.join(path.lstrip("/"))
        headers = {
            "Accept": "application/json",
            **self._default_headers,
            **self._auth_headers,
            **{name: _text(value) for name, value in options.headers.items()},
            **(options.extra_headers or {}),
        }
        params = {
            **self._auth_query,
            **{name: _query_value(value) for name, value in options.query.items()},
            **(options.extra_query or {}),
        }
        body = to_jsonable(options.json_body)
        if options.extra_body:
            body = {**(body if isinstance(body, dict) else {}), **to_jsonable(options.extra_body)}
        content = None
        if body is not None:
            headers.setdefault("Content-Type", "application/json")
            content = json.dumps(body, ensure_ascii=False).encode()
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        return client.build_request(
            options.method,
            url,
            params=params or None,
            headers=headers,
            content=content,
            timeout=timeout,
        )

    def _process_response(self, cast_to: Any, response: httpx.Response) -> Any:
        body = _decode(response)
        if not response.is_success:
            raise status_error(response, body)
        if cast_to is None:
            return None
        try:
            if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
                return cast_to.model_validate(body)
            return _adapter(cast_to).validate_python(body)
        except pydantic.ValidationError as error:
            raise APIResponseValidationError(
                response=response,
                body=body,
                message=f"Invalid response body: {error.error_count()} errors",
            ) from error


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = http_client or httpx.Client(timeout=self.timeout, follow_redirects=True)

    def request(self, cast_to: Any, options: RequestOptions) -> Any:
        request = self._build_request(self._client, options)
        try:
            response = self._client.send(request)
        except httpx.TimeoutException as error:
            raise APITimeoutError(request=request) from error
        except httpx.TransportError as error:
            raise APIConnectionError(request=request) from error
        try:
            response.read()
        finally:
            response.close()
        return self._process_response(cast_to, response)

    def close(self) -> None:
        self._client.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = http_client or httpx.AsyncClient(timeout=self.timeout, follow_redirects=True)

    async def request(self, cast_to: Any, options: RequestOptions) -> Any:
        request = self._build_request(self._client, options)
        try:
            response = await self._client.send(request)
        except httpx.TimeoutException as error:
            raise APITimeoutError(request=request) from error
        except httpx.TransportError as error:
            raise APIConnectionError(request=request) from error
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self._process_response(cast_to, response)

    async def close(self) -> None:
        await self._client.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def to_jsonable(value: Any) -> Any:
    """Models, containers and dates as JSON-ready data; models send only the fields set."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {key: to_jsonable(item) for key, item in value.items() if item is not NOT_GIVEN}
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


_ADAPTERS: dict[str, pydantic.TypeAdapter[Any]] = {}


def _adapter(cast_to: Any) -> pydantic.TypeAdapter[Any]:
    """A cached TypeAdapter for a non-model response type (a list, a union, a scalar)."""
    key = repr(cast_to)  # some annotations (Annotated[..., Field()]) are not hashable
    if key not in _ADAPTERS:
        _ADAPTERS[key] = pydantic.TypeAdapter(cast_to)
    return _ADAPTERS[key]


def _decode(response: httpx.Response) -> object:
    if not response.content:
        return None
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.text


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


def _query_value(value: object) -> Any:
    if isinstance(value, list | tuple):
        return [_text(item) for item in value]
    return _text(value)
