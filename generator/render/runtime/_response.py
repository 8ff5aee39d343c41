"""Raw responses: ``client.<resource>.with_raw_response.<method>(...)`` returns an
``APIResponse`` with the status, the headers and a ``parse()`` for the typed result."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

P = ParamSpec("P")
R = TypeVar("R")

# Asks the base client for the raw response; removed before the request is sent.
RAW_RESPONSE_HEADER = "X-Specgen-Raw-Response"


class APIResponse(Generic[R]):
    """An HTTP response and, on demand, its typed body."""

    def __init__(self, *, response: httpx.Response, parser: Callable[[], R]) -> None:
        self.http_response = response
        self._parser = parser
        self._parsed: list[R] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> R:
        """The typed body (parsed once)."""
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}]>"


def _asking_raw(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    extra: Mapping[str, str] = kwargs.get("extra_headers") or {}
    headers = {**extra, RAW_RESPONSE_HEADER: "true"}
    return {**kwargs, "extra_headers": headers}


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        return cast(APIResponse[R], func(*args, **_asking_raw(kwargs)))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        return cast(APIResponse[R], await func(*args, **_asking_raw(kwargs)))

    return wrapped
