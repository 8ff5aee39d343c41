"""Parsing JSON bodies into the generated types: leniently unless strict validation is asked for."""

from __future__ import annotations

import json
from typing import Any, get_args, get_origin

import httpx
import pydantic
from pydantic_core import ErrorDetails

from ._exceptions import APIResponseValidationError
from ._lenient import built, problems, validate

# How much of the validation errors a message shows: the body's keys may be long or many.
MAX_ERRORS_SHOWN = 10
MAX_LOCATION_CHARS = 80
MAX_REASON_CHARS = 120


def parsed_type(cast_to: object) -> object:
    """The type a ``cast_to`` stands for: ``pydantic.TypeAdapter[X]`` carries ``X`` (a union, a
    Literal, ``Any``: a type that is not a class, which type checkers read from it all the same);
    anything else stands for itself."""
    if get_origin(cast_to) is pydantic.TypeAdapter:
        return get_args(cast_to)[0]
    return cast_to


def loads(text: str | bytes) -> object:
    """JSON text as Python values. Whatever cannot be read raises ``ValueError``: text that is not
    JSON, but also JSON beyond what Python reads, nested past the recursion limit (which
    ``json`` reports as ``RecursionError``) or with integers of more digits than
    ``sys.get_int_max_str_digits()``."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to read") from None


def parse(
    cast_to: Any,
    body: object,
    response: httpx.Response,
    *,
    strict: bool = False,
    subject: str = "The response body",
) -> Any:
    """``body`` as ``cast_to`` (a model class or any type expression).

    A body that validates is returned as pydantic reads it. One that does not raises
    ``APIResponseValidationError`` naming each mismatch with ``strict``; without it, the body is
    built as far as it fits (``_lenient``), and raises only when it does not take the type's
    shape at all (an object where a list is expected, a scalar that does not fit, an event of
    a kind the spec does not list).
    """
    try:
        return validate(cast_to, body)
    except pydantic.ValidationError as error:
        errors = problems(error)
        mismatch = error
    except (ValueError, RecursionError) as error:  # data too deep or too big to validate
        raise _cannot_validate(subject, body, response, error) from None
    if not strict:
        try:
            value, took_shape = built(cast_to, body, errors)
        except (ValueError, RecursionError) as error:
            raise _cannot_validate(subject, body, response, error) from None
        if took_shape:
            return value
    message = f"{subject} does not match the spec: {_listed(errors)}"
    raise APIResponseValidationError(response=response, body=body, message=message) from mismatch


def _cannot_validate(
    subject: str, body: object, response: httpx.Response, error: Exception
) -> APIResponseValidationError:
    return APIResponseValidationError(
        response=response,
        body=body,
        message=f"{subject} cannot be validated: {type(error).__name__}",
    )


def _listed(errors: list[ErrorDetails]) -> str:
    """Each mismatch as ``location: reason``, within bounds: no value of the body is shown but
    its keys, clipped."""
    shown = [
        f"{_clip(_location(error['loc']), MAX_LOCATION_CHARS)}: {_reason(error['msg'])}"
        for error in errors[:MAX_ERRORS_SHOWN]
    ]
    if len(errors) > MAX_ERRORS_SHOWN:
        shown.append(f"and {len(errors) - MAX_ERRORS_SHOWN} more")
    return "; ".join(shown)


def _location(loc: tuple[int | str, ...]) -> str:
    return ".".join(_clip(str(step), MAX_LOCATION_CHARS) for step in loc) or "(top level)"


def _reason(message: str) -> str:
    """pydantic's message, lowercase like the rest of the line ("field required")."""
    return _clip(message[:1].lower() + message[1:], MAX_REASON_CHARS)


def _clip(text: str, limit: int) -> str:
    """``text`` on one printable line of at most ``limit`` characters."""
    text = "".join(char if char.isprintable() else "?" for char in text[: limit + 1])
    return text if len(text) <= limit else text[: limit - 1] + "…"
