"""Exceptions raised by the client: one class per documented status family."""

from __future__ import annotations

import httpx

from ._types import is_dict

__all__ = [
    "SDKError",
    "APIInputError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIResponseTooLargeError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]


class SDKError(Exception):
    """The base of every exception this package raises."""


class APIInputError(SDKError, ValueError):
    """An argument the client cannot send: a value JSON cannot carry (NaN, an arbitrary object),
    or a string where a list is expected. Raised before anything is sent; a ``ValueError``
    too, as the errors it replaces were."""


class APIError(SDKError):
    """A request to the API failed."""

    def __init__(self, message: str, *, request: httpx.Request, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The API could not be reached, or the connection broke."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class APIResponseValidationError(APIError):
    """A successful response whose body does not match the documented schema."""

    def __init__(self, *, response: httpx.Response, body: object, message: str) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIResponseTooLargeError(APIResponseValidationError):
    """A response body, or one event of a stream, over the client's ``max_response_bytes``."""


class APIStatusError(APIError):
    """The API answered with an error status.

    ``code``, ``message`` and ``trace_id`` come from the error envelope,
    ``{"error": {"code": ..., "message": ...}, "trace_id": ...}``, when the body has one.
    """

    def __init__(
        self, *, response: httpx.Response, body: object, status_code: int | None = None
    ) -> None:
        self.response = response
        # A stream that fails after its 200 carries the status its error event stands for.
        self.status_code = status_code or response.status_code
        self.code, detail, self.trace_id = _envelope(body)
        text = detail or response.reason_phrase or "error"
        summary = (
            f"Error code: {self.status_code} - {self.code}: {text}"
            if self.code
            else f"Error code: {self.status_code} - {text}"
        )
        super().__init__(summary, request=response.request, body=body)
        self.message = detail or summary


class BadRequestError(APIStatusError):
    """The request was malformed or invalid (HTTP 400)."""


class AuthenticationError(APIStatusError):
    """The API key is missing or invalid (HTTP 401)."""


class PermissionDeniedError(APIStatusError):
    """The API key may not do this (HTTP 403)."""


class NotFoundError(APIStatusError):
    """The resource does not exist (HTTP 404)."""


class ConflictError(APIStatusError):
    """The request conflicts with the resource's state (HTTP 409)."""


class UnprocessableEntityError(APIStatusError):
    """The request was well-formed but not valid (HTTP 422)."""


class RateLimitError(APIStatusError):
    """Too many requests (HTTP 429)."""


class InternalServerError(APIStatusError):
    """The server failed (HTTP 5xx)."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    response: httpx.Response, body: object, status_code: int | None = None
) -> APIStatusError:
    """The exception for an error response: by status, 5xx sharing one class."""
    status = status_code or response.status_code
    if status in _STATUS_ERRORS:
        return _STATUS_ERRORS[status](response=response, body=body, status_code=status)
    if status >= 500:
        return InternalServerError(response=response, body=body, status_code=status)
    return APIStatusError(response=response, body=body, status_code=status)


# The error types of streamed error events (Anthropic and OpenAI style) and their statuses.
_STREAM_ERROR_STATUS = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "overloaded_error": 529,
}


def stream_error(
    event: str | None, payload: object, response: httpx.Response
) -> APIStatusError | None:
    """The exception an error event in a stream stands for, or None for an ordinary event.

    An error event is ``event: error``, or a payload with an ``error`` object and no other
    ``type`` than "error", as Anthropic and OpenAI-compatible servers send them.
    """
    if not is_dict(payload):
        return None
    error = payload.get("error")
    if event != "error" and not (is_dict(error) and payload.get("type", "error") == "error"):
        return None
    detail = error if is_dict(error) else payload
    given = detail.get("status")
    status = given if isinstance(given, int) else None
    kind = detail.get("type", detail.get("code"))
    status = status or _STREAM_ERROR_STATUS.get(kind if isinstance(kind, str) else "", 500)
    return status_error(response, payload, status_code=status)


def _envelope(body: object) -> tuple[str | None, str | None, str | None]:
    """(code, message, trace_id) from an error body; Anthropic-style bodies name the code "type"."""
    if not is_dict(body):
        return None, None, None
    error = body.get("error")
    detail = error if is_dict(error) else body
    code = detail.get("code", detail.get("type"))
    # RFC 9457 problem details (as mock servers such as Prism send) say it in "detail".
    message = detail.get("message", body.get("detail"))
    trace_id = body.get("trace_id")
    return (
        code if isinstance(code, str) else None,
        message if isinstance(message, str) else None,
        trace_id if isinstance(trace_id, str) else None,
    )
