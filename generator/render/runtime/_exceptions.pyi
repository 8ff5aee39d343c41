"""The part of a generated package's ``_exceptions`` module the runtime uses, so that the runtime
type-checks here. The real module is rendered per spec (templates/package/_exceptions.py.jinja);
this stand-in is not copied, and ``mypy --strict`` on each generated package checks the real one
against the runtime's use of it."""

import httpx

class SDKError(Exception): ...
class APIInputError(SDKError, ValueError): ...

class APIError(SDKError):
    message: str
    request: httpx.Request
    body: object | None
    def __init__(
        self, message: str, *, request: httpx.Request, body: object | None = None
    ) -> None: ...

class APIConnectionError(APIError):
    def __init__(self, *, request: httpx.Request, message: str = ...) -> None: ...

class APITimeoutError(APIConnectionError):
    def __init__(self, *, request: httpx.Request) -> None: ...

class APIResponseValidationError(APIError):
    response: httpx.Response
    status_code: int
    def __init__(self, *, response: httpx.Response, body: object, message: str) -> None: ...

class APIResponseTooLargeError(APIResponseValidationError): ...

class APIStatusError(APIError):
    response: httpx.Response
    status_code: int
    code: str | None
    trace_id: str | None

def status_error(
    response: httpx.Response, body: object, status_code: int | None = None
) -> APIStatusError: ...
def stream_error(
    event: str | None, payload: object, response: httpx.Response
) -> APIStatusError | None: ...
