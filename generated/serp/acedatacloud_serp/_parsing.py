"""Parsing JSON bodies into the generated types."""

from __future__ import annotations

import json
from typing import Any, get_args, get_origin

import httpx
import pydantic

from ._exceptions import APIResponseValidationError

_ADAPTERS: dict[str, pydantic.TypeAdapter[Any]] = {}


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


def parse(cast_to: Any, body: object, response: httpx.Response) -> Any:
    """``body`` as ``cast_to`` (a model class or any type expression); a body that does not fit
    raises ``APIResponseValidationError`` carrying it."""
    try:
        if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
            return cast_to.model_validate(body)
        return _adapter(cast_to).validate_python(body)
    except pydantic.ValidationError as error:
        raise APIResponseValidationError(
            response=response,
            body=body,
            message=f"The response body does not match the spec: {error.error_count()} errors",
        ) from error
    except (ValueError, RecursionError) as error:  # data too deep or too big to validate
        raise APIResponseValidationError(
            response=response,
            body=body,
            message=f"The response body cannot be validated: {type(error).__name__}",
        ) from None


def _adapter(cast_to: Any) -> pydantic.TypeAdapter[Any]:
    """A cached TypeAdapter for a type that is not a model (a list, a union, a scalar)."""
    key = repr(cast_to)  # some annotations (Annotated[..., Field()]) are not hashable
    if key not in _ADAPTERS:
        _ADAPTERS[key] = pydantic.TypeAdapter(cast_to)
    return _ADAPTERS[key]
