"""How argument values are spelled on the wire: parameter styles, form fields and file parts.

Resources call ``as_list`` for every argument typed as a list, and ``delimited``,
``deep_object``, ``exploded`` and ``json_text`` where the spec asks for a style other than the
default; the base client calls the rest.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from pydantic_core import to_jsonable_python

from ._exceptions import APIInputError
from ._types import NOT_GIVEN, NotGiven, is_array, is_iterable, is_list, is_mapping

# Sent as they are: a str is iterable, and bytes go as pydantic writes them (UTF-8 text).
_SCALARS = (str, bytes, bytearray, int, type(None))


def to_jsonable(value: object) -> Any:
    """What the client sends, as JSON-ready data: mappings (TypedDicts, dicts) without their
    ``NOT_GIVEN`` entries; any other iterable (a list, a tuple, a generator) as a list; dates in
    ISO 8601; a pydantic model (a response's, passed back) as its fields set, by wire name.

    What JSON cannot carry (NaN, a file, an arbitrary object, a structure holding itself) raises
    ``APIInputError`` naming its type, never its value, which may be a secret."""
    try:
        return _jsonable(value)
    except RecursionError:
        raise APIInputError("A value to send is nested too deeply, or contains itself.") from None


def _jsonable(value: object) -> Any:
    if isinstance(value, _SCALARS):  # bool is an int
        return to_jsonable_python(value) if isinstance(value, bytes | bytearray) else value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise APIInputError("NaN and infinite numbers cannot be sent as JSON.")
        return value
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        try:
            dumped = model_dump(mode="json", by_alias=True, exclude_unset=True)
        except (TypeError, ValueError):
            raise APIInputError(f"A {type(value).__name__} could not be sent as JSON.") from None
        return _jsonable(dumped)
    if is_mapping(value):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if item is NOT_GIVEN:
                continue
            if not isinstance(key, str):
                raise APIInputError(f"JSON object keys are strings, not {type(key).__name__}.")
            result[key] = _jsonable(item)
        return result
    if hasattr(value, "read"):
        raise APIInputError("A file can only be sent as a part of a multipart body.")
    if is_iterable(value):
        return [_jsonable(item) for item in value]
    try:
        data = to_jsonable_python(value)  # dates as ISO 8601, as pydantic writes them in bodies
    except (TypeError, ValueError):
        raise APIInputError(f"A {type(value).__name__} cannot be sent as JSON.") from None
    return _jsonable(data)


def as_list(value: object, name: str) -> object:
    """An argument typed as a list, as a list: whatever iterable it was (a tuple, a generator)
    is read once, here, before a retry could find it drained. A string, bytes, a mapping or a
    model is refused: each is iterable, and would go as the list of its characters or keys."""
    if value is NOT_GIVEN or value is None:
        return value
    given = type(value).__name__
    one = isinstance(value, str | bytes | bytearray) or is_mapping(value)
    if one or hasattr(value, "model_dump") or not is_iterable(value):
        raise APIInputError(f"{name} must be a list, not a {given}.")
    return list(value)


def text(value: object) -> str:
    """One value as parameter text: booleans in JSON spelling, dates in ISO 8601."""
    value = to_jsonable(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def path_segment(value: object) -> str:
    """A path parameter's value, percent-encoded so that it stays one segment of the documented
    path: ``/``, ``?``, ``#`` and ``%`` are escaped, and so are ``.`` and ``..``, which URL
    resolution would otherwise take as "this" and "the parent" segment (RFC 3986, 5.2.4)."""
    segment = quote(text(value), safe="")
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def query_value(value: object) -> str | list[str]:
    """A query value in the default style (form, exploded): a list repeats the name."""
    if is_array(value):
        return [text(item) for item in value]
    return text(value)


def delimited(value: object, separator: str) -> str | NotGiven:
    """``a,b`` (form unexploded, simple), ``a b`` (spaceDelimited) or ``a|b`` (pipeDelimited);
    an object as its keys and values in turn."""
    if value is NOT_GIVEN:
        return NOT_GIVEN
    data: object = to_jsonable(value)
    if is_mapping(data):
        data = [part for pair in data.items() for part in pair]
    if is_list(data):
        return separator.join(text(item) for item in data)
    return text(data)


def exploded(value: object) -> dict[str, object]:
    """An object in form style, exploded: each property is a query parameter of its own."""
    if value is NOT_GIVEN:
        return {}
    return {key: item for key, item in to_jsonable(value).items() if item is not None}


def deep_object(name: str, value: object) -> dict[str, object]:
    """An object in deepObject style: ``name[key]=value``."""
    if value is NOT_GIVEN:
        return {}
    return {f"{name}[{key}]": item for key, item in to_jsonable(value).items() if item is not None}


def json_text(value: object) -> str | NotGiven:
    """A parameter whose content is JSON: the value as JSON text."""
    if value is NOT_GIVEN:
        return NOT_GIVEN
    return json.dumps(to_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def form_fields(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """Fields of a form: a list repeats the name; objects travel as JSON text."""
    fields: list[tuple[str, str]] = []
    for name, value in values.items():
        items = value if is_array(value) else [value]
        fields.extend((name, text(item)) for item in items)
    return fields


def multipart(values: Mapping[str, object]) -> list[tuple[str, Any]]:
    """The parts of a multipart/form-data body, as httpx ``files``: a list repeats the name.

    Text fields are parts without a filename, so that httpx writes multipart even when no file
    is given (``data=`` alone would make it a urlencoded form).
    """
    parts: list[tuple[str, Any]] = []
    for name, value in values.items():
        for item in value if is_list(value) else [value]:
            parts.append((name, item if _is_file(item) else (None, text(item))))
    return parts


def _is_file(value: object) -> bool:
    """Bytes, an open file, or a (filename, content[, content type]) tuple."""
    return isinstance(value, bytes | bytearray | tuple) or hasattr(value, "read")
