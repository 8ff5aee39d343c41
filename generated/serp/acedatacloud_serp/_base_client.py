"""The HTTP core shared by every resource: building requests, sending them with retries, and
reading responses, whole or as event streams.

Nothing in this module depends on the API's spec; the generated ``Client`` supplies the base URL,
the authentication and the resources.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
import logging
import os
import random
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypeVar, get_args, overload
from urllib.parse import urlencode

import httpx
import pydantic

from ._encoding import form_fields, multipart, path_segment, query_value, text, to_jsonable
from ._exceptions import (
    APIConnectionError,
    APIInputError,
    APITimeoutError,
    SDKError,
    status_error,
)
from ._parsing import loads, parse, parsed_type
from ._response import ACCEPT_ENCODING, RAW_RESPONSE, APIResponse, aread, read
from ._streaming import AsyncStream, Stream
from ._types import NOT_GIVEN, NotGiven, Timeout, is_dict

T = TypeVar("T")  # what a body is parsed into
E = TypeVar("E")  # the type of each event of a stream
S = TypeVar("S", bound="Stream[Any] | AsyncStream[Any]")  # a stream class, with its event type

DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds, doubled on each retry ...
MAX_RETRY_DELAY = 8.0  # ... up to this
MAX_RETRY_AFTER = 60.0  # a server's Retry-After beyond this is not honoured
RETRY_STATUSES = frozenset({408, 409, 429})  # and every status >= 500
REDACTED = "REDACTED"  # what errors, responses and log lines show in place of a credential

# The package's log: requests at DEBUG, retries at INFO. ``<PACKAGE>_LOG=debug`` (or ``info``)
# prints it on stderr, as ``OPENAI_LOG`` does for the openai SDK.
log = logging.getLogger(__package__ or __name__)
LOG_ENVIRONMENT_VARIABLE = f"{(__package__ or __name__).upper()}_LOG"


def _log_from_environment() -> None:
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(LOG_ENVIRONMENT_VARIABLE, "").lower()
    )
    if level is not None:
        logging.basicConfig(format="[%(asctime)s - %(name)s - %(levelname)s] %(message)s")
        log.setLevel(level)


_log_from_environment()


@dataclass
class RequestOptions:
    """Everything one call sends, before the client's defaults are added."""

    method: str
    path: str
    path_params: Mapping[str, object] = field(default_factory=dict[str, object])
    query: Mapping[str, object] = field(default_factory=dict[str, object])
    headers: Mapping[str, object] = field(default_factory=dict[str, object])
    cookies: Mapping[str, object] = field(default_factory=dict[str, object])
    json_body: object | None = None
    multipart: Mapping[str, object] | None = None  # text fields and files
    form: Mapping[str, object] | None = None  # application/x-www-form-urlencoded fields
    content: bytes | str | NotGiven | None = None  # a raw body, sent with ``content_type``
    content_type: str | None = None
    accept: str | None = None  # the media type of a success body that is not JSON
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN


@dataclass(frozen=True)
class StreamOptions(Generic[S]):
    """How to read a streamed response: the stream class, whose parameter is the type of each
    event (``Stream[ChatCompletionChunk]``), and the payload that ends the stream."""

    stream_cls: type[S]
    terminator: str | None = None
    skip_unknown: bool = False  # pass over events of kinds the spec does not list yet


class BaseClient:
    """Configuration and the request/response logic shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str,
        auth_headers: Mapping[str, str],
        auth_query: Mapping[str, str],
        timeout: Timeout,
        max_retries: int,
        max_response_bytes: int | None,
        default_headers: Mapping[str, str] | None,
        user_agent: str,
        strict_response_validation: bool = False,
    ) -> None:
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        # The segments of its path, as sent (percent-encoded), for ``_after_base``.
        base_path = self.base_url.raw_path.decode("ascii").partition("?")[0]
        self._base_segments = [segment for segment in base_path.split("/") if segment]
        if not all(_sendable(value) for value in [*auth_headers.values(), *auth_query.values()]):
            # httpx would fail on it at the first request, quoting the key in its message
            raise SDKError(
                "The API key has a character that cannot be sent: a newline or another control"
                " character (as a key read from a file may end with), or one that is not ASCII."
            )
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_response_bytes = max_response_bytes
        self.strict_response_validation = strict_response_validation
        # Kept private so that the key never shows in repr() or attribute listings.
        self._auth_headers = dict(auth_headers)
        self._auth_query = dict(auth_query)
        if auth_query:  # httpx logs each request's URL, the key with it
            _SECRET_PARAMETERS.update(auth_query)
            logging.getLogger("httpx").addFilter(_REDACT_URLS)
        self._default_headers = {
            "Accept-Encoding": ACCEPT_ENCODING,
            "User-Agent": user_agent,
            **(default_headers or {}),
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"

    def _build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        options: RequestOptions,
        stream: StreamOptions[Any] | None,
    ) -> tuple[httpx.Request, bool]:
        """The request to send, and whether the caller asked for the raw response."""
        path = options.path
        for name, value in options.path_params.items():
            segment = path_segment(value)
            if not segment:  # "/items/" is another path than "/items/{id}"
                raise APIInputError(f"The path parameter {name!r} is empty.")
            path = path.replace("{" + name + "}", segment)
        url = self.base_url.join(_after_base(self._base_segments, path))
        # Later sources win, whatever the letter case of their names.
        accept = "text/event-stream" if stream else options.accept or "application/json"
        headers = httpx.Headers({"Accept": accept})
        for source in (
            self._default_headers,
            self._auth_headers,
            {name: text(value) for name, value in options.headers.items()},
            options.extra_headers or {},
        ):
            headers.update(source)
        raw = RAW_RESPONSE.get()
        if options.cookies:  # sent with this request only, not kept in the client's jar
            cookie = "; ".join(f"{name}={text(value)}" for name, value in options.cookies.items())
            headers["Cookie"] = cookie
        params: dict[str, Any] = {
            **self._auth_query,
            **{name: query_value(value) for name, value in options.query.items()},
            **(options.extra_query or {}),
        }
        body, content_type = _body(options)
        if content_type is not None and "content-type" not in headers:
            headers["Content-Type"] = content_type
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        request = client.build_request(
            options.method, url, params=params or None, headers=headers, timeout=timeout, **body
        )
        return request, raw

    def _next_hop(
        self,
        client: httpx.Client | httpx.AsyncClient,
        first: httpx.Request,
        response: httpx.Response,
        hops: int,
    ) -> httpx.Request | None:
        """The request that follows a redirect, or None to stop at this response: the client
        follows redirects itself, to keep credentials on their origin (httpx strips only
        Authorization); past the http client's ``max_redirects``, the redirect is the answer."""
        hop = response.next_request
        if hop is None or not client.follow_redirects or hops >= client.max_redirects:
            return None
        if _origin(hop.url) != _origin(first.url):
            for name in ("Authorization", *self._auth_headers):
                hop.headers.pop(name, None)
            hop.url = _without(hop.url, self._auth_query)
        return hop

    def _redacted(self, request: httpx.Request) -> httpx.Request:
        """``request`` as errors and responses show it, with its credentials masked."""
        headers = httpx.Headers(request.headers)
        for name in self._auth_headers:
            if name in headers:
                headers[name] = REDACTED
        url = _masked(request.url, self._auth_query)
        return httpx.Request(
            request.method,
            url,
            headers=headers,
            stream=request.stream,
            extensions=request.extensions,
        )

    def _should_retry(self, response: httpx.Response) -> bool:
        return response.status_code in RETRY_STATUSES or response.status_code >= 500

    def _retry_delay(
        self, request: httpx.Request, attempt: int, failure: httpx.Response | Exception
    ) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based), after ``failure`` (a
        retryable response or a transport error); the retry is logged at INFO."""
        asked = _retry_after(failure.headers) if isinstance(failure, httpx.Response) else None
        if asked is not None and 0 <= asked <= MAX_RETRY_AFTER:
            delay = asked
        else:  # with jitter: clients do not retry in lockstep
            delay = min(INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1), MAX_RETRY_DELAY)
            delay *= 1 - 0.25 * random.random()
        reason = (
            f"status {failure.status_code}"
            if isinstance(failure, httpx.Response)
            else type(failure).__name__
        )
        log.info(
            "Retrying %s %s in %.2f s (retry %d of %d) after %s",
            request.method, request.url.path, delay, attempt, self.max_retries, reason,
        )  # fmt: skip
        return delay

    def _result(
        self,
        cast_to: object,
        response: httpx.Response,
        stream: StreamOptions[Any] | None,
        raw: bool,
    ) -> Any:
        """The value a call returns, from a response whose status is final."""
        if stream is not None:
            arguments = get_args(stream.stream_cls)  # Stream[Event]: its parameter
            event_type: object = arguments[0] if arguments else Any
            events = stream.stream_cls(
                cast_to=event_type,
                response=response,
                terminator=stream.terminator,
                skip_unknown=stream.skip_unknown,
                max_event_bytes=self.max_response_bytes,
                strict=self.strict_response_validation,
            )
            return APIResponse(response=response, parser=lambda: events) if raw else events
        cast_to = parsed_type(cast_to)
        body = _decode(response)

        def parser() -> Any:
            if cast_to is None:
                return None
            if cast_to is bytes:  # a file or an image: the body as it came
                return response.content
            if cast_to is str and "json" not in response.headers.get("content-type", ""):
                return response.text
            return parse(cast_to, body, response, strict=self.strict_response_validation)

        return APIResponse(response=response, parser=parser) if raw else parser()


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = http_client or httpx.Client(timeout=self.timeout, follow_redirects=True)

    @overload
    def request(
        self,
        cast_to: type[pydantic.TypeAdapter[T]],
        options: RequestOptions,
        *,
        stream: None = None,
    ) -> T: ...

    @overload
    def request(self, cast_to: type[T], options: RequestOptions, *, stream: None = None) -> T: ...

    @overload
    def request(self, cast_to: None, options: RequestOptions, *, stream: None = None) -> None: ...

    @overload
    def request(
        self, cast_to: None, options: RequestOptions, *, stream: StreamOptions[Stream[E]]
    ) -> Stream[E]: ...

    @overload
    def request(
        self,
        cast_to: type[pydantic.TypeAdapter[T]],
        options: RequestOptions,
        *,
        stream: StreamOptions[Stream[E]] | None,
    ) -> T | Stream[E]: ...

    @overload
    def request(
        self,
        cast_to: type[T],
        options: RequestOptions,
        *,
        stream: StreamOptions[Stream[E]] | None,
    ) -> T | Stream[E]: ...

    def request(
        self,
        cast_to: object,
        options: RequestOptions,
        *,
        stream: StreamOptions[Stream[Any]] | None = None,
    ) -> Any:
        """Send a request, retrying as configured, and return its result: the body parsed into
        ``cast_to`` (a class, ``pydantic.TypeAdapter[X]`` for any other type ``X``, or None for
        no body), or with ``stream``, the events as a ``Stream`` of the class it names."""
        request, raw = self._build_request(self._client, options, stream)
        attempt = 0
        while True:
            attempt += 1
            deadline = _deadline(request)
            response = None
            try:
                response = self._send(request)
                if stream is None or not response.is_success:
                    read(response, self.max_response_bytes, deadline)
            except httpx.RequestError as error:
                if response is not None:
                    response.close()
                if attempt > self.max_retries or not isinstance(error, httpx.TransportError):
                    raise _connection_error(error, self._redacted(request)) from _cause(error)
                time.sleep(self._retry_delay(request, attempt, error))
                continue
            if response.is_success:
                return self._result(cast_to, response, stream, raw)
            if attempt <= self.max_retries and self._should_retry(response):
                response.close()
                time.sleep(self._retry_delay(request, attempt, response))
                continue
            response.close()
            raise status_error(response, _decode(response))

    def _send(self, request: httpx.Request) -> httpx.Response:
        """The response to ``request``, its redirects followed; its body is not read yet."""
        log.debug("Request: %s %s", request.method, _masked(request.url, self._auth_query))
        response = self._client.send(request, stream=True, follow_redirects=False)
        hops = 0
        while (hop := self._next_hop(self._client, request, response, hops)) is not None:
            response.close()
            response = self._client.send(hop, stream=True, follow_redirects=False)
            hops += 1
        response.request = self._redacted(response.request)
        return response

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = http_client or httpx.AsyncClient(timeout=self.timeout, follow_redirects=True)

    @overload
    async def request(
        self,
        cast_to: type[pydantic.TypeAdapter[T]],
        options: RequestOptions,
        *,
        stream: None = None,
    ) -> T: ...

    @overload
    async def request(
        self, cast_to: type[T], options: RequestOptions, *, stream: None = None
    ) -> T: ...

    @overload
    async def request(
        self, cast_to: None, options: RequestOptions, *, stream: None = None
    ) -> None: ...

    @overload
    async def request(
        self, cast_to: None, options: RequestOptions, *, stream: StreamOptions[AsyncStream[E]]
    ) -> AsyncStream[E]: ...

    @overload
    async def request(
        self,
        cast_to: type[pydantic.TypeAdapter[T]],
        options: RequestOptions,
        *,
        stream: StreamOptions[AsyncStream[E]] | None,
    ) -> T | AsyncStream[E]: ...

    @overload
    async def request(
        self,
        cast_to: type[T],
        options: RequestOptions,
        *,
        stream: StreamOptions[AsyncStream[E]] | None,
    ) -> T | AsyncStream[E]: ...

    async def request(
        self,
        cast_to: object,
        options: RequestOptions,
        *,
        stream: StreamOptions[AsyncStream[Any]] | None = None,
    ) -> Any:
        """Send a request, retrying as configured, and return its result: the body parsed into
        ``cast_to`` (a class, ``pydantic.TypeAdapter[X]`` for any other type ``X``, or None for
        no body), or with ``stream``, the events as an ``AsyncStream`` of the class it names."""
        request, raw = self._build_request(self._client, options, stream)
        attempt = 0
        while True:
            attempt += 1
            deadline = _deadline(request)
            response = None
            try:
                response = await self._send(request)
                if stream is None or not response.is_success:
                    await aread(response, self.max_response_bytes, deadline)
            except httpx.RequestError as error:
                if response is not None:
                    await response.aclose()
                if attempt > self.max_retries or not isinstance(error, httpx.TransportError):
                    raise _connection_error(error, self._redacted(request)) from _cause(error)
                await asyncio.sleep(self._retry_delay(request, attempt, error))
                continue
            if response.is_success:
                return self._result(cast_to, response, stream, raw)
            if attempt <= self.max_retries and self._should_retry(response):
                await response.aclose()
                await asyncio.sleep(self._retry_delay(request, attempt, response))
                continue
            await response.aclose()
            raise status_error(response, _decode(response))

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """The response to ``request``, its redirects followed; its body is not read yet."""
        log.debug("Request: %s %s", request.method, _masked(request.url, self._auth_query))
        response = await self._client.send(request, stream=True, follow_redirects=False)
        hops = 0
        while (hop := self._next_hop(self._client, request, response, hops)) is not None:
            await response.aclose()
            response = await self._client.send(hop, stream=True, follow_redirects=False)
            hops += 1
        response.request = self._redacted(response.request)
        return response

    async def close(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _body(options: RequestOptions) -> tuple[dict[str, Any], str | None]:
    """The body arguments of ``httpx.build_request`` and the Content-Type they need, if any."""
    extra = to_jsonable(options.extra_body or {})
    if options.multipart is not None:  # httpx writes the multipart Content-Type and boundary
        return {"files": multipart({**options.multipart, **extra})}, None
    if options.form is not None:
        form = urlencode(form_fields({**options.form, **extra}))
        return {"content": form}, "application/x-www-form-urlencoded"
    if options.content is not None and not isinstance(options.content, NotGiven):
        return {"content": options.content}, options.content_type
    body = None if isinstance(options.json_body, NotGiven) else to_jsonable(options.json_body)
    if extra:
        body = {**(body if is_dict(body) else {}), **extra}
    if body is None:
        return {}, None
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return {"content": content}, "application/json"


def _connection_error(error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """Timeouts, broken connections, and what else httpx fails a request with (a header it
    cannot send, a body that does not decode): retried only when the transport failed."""
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=request)
    if isinstance(error, httpx.NetworkError):
        return APIConnectionError(request=request)
    return APIConnectionError(request=request, message=f"Request failed: {type(error).__name__}.")


def _after_base(base: list[str], path: str) -> str:
    """``path`` relative to a base URL whose path segments (``base``) may already end with its
    first ones: ``base_url="https://host/v1"``, as the openai SDK's users write it, and
    ``/v1/chat`` make ``https://host/v1/chat``, not ``…/v1/v1/chat``."""
    segments = path.lstrip("/").split("/")
    for overlap in range(min(len(base), len(segments) - 1), 0, -1):
        if base[-overlap:] == segments[:overlap]:
            return "/".join(segments[overlap:])
    return "/".join(segments)


def _cause(error: httpx.RequestError) -> httpx.RequestError | None:
    """The httpx error to chain to the typed one: only a network error or a timeout, which say
    what the OS said. Others may quote what was sent (h11 quotes a header value it refuses)."""
    return error if isinstance(error, httpx.NetworkError | httpx.TimeoutException) else None


def _deadline(request: httpx.Request) -> float | None:
    """When the response must be in whole: its read timeout bounds the whole body as well as each
    wait for more of it, or a server sending a byte a second would hold the call forever."""
    seconds = request.extensions.get("timeout", {}).get("read")
    return None if seconds is None else time.monotonic() + seconds


def _sendable(credential: str) -> bool:
    """Whether a credential can travel in a header or a query as it is: printable ASCII."""
    return credential.isascii() and credential.isprintable()


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port  # httpx spells a scheme's default port as None


def _without(url: httpx.URL, names: Iterable[str]) -> httpx.URL:
    for name in names:
        url = url.copy_remove_param(name)
    return url


def _masked(url: httpx.URL, names: Iterable[str]) -> httpx.URL:
    for name in names:
        if name in url.params:
            url = url.copy_set_param(name, REDACTED)
    return url


_SECRET_PARAMETERS: set[str] = set()  # the query parameters that carry a key, in any client


class _RedactedURLs(logging.Filter):
    """Masks the keys in the URLs that httpx logs ("HTTP Request: GET https://…?key=…")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _masked(arg, _SECRET_PARAMETERS) if isinstance(arg, httpx.URL) else arg
                for arg in record.args
            )
        return True


_REDACT_URLS = _RedactedURLs()


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from ``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP date."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # asctime dates and "-0000" carry no zone: HTTP dates are GMT
        when = when.replace(tzinfo=datetime.UTC)
    now = datetime.datetime.now(datetime.UTC)
    return max((when - now).total_seconds(), 0.0)


def _decode(response: httpx.Response) -> object:
    """A read body as JSON, or as text where it cannot be read as JSON."""
    if not response.content:
        return None
    try:
        return loads(response.content)
    except ValueError:
        return response.text
