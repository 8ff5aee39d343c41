"""How argument values are spelled on the wire: parameter styles, form fields and file parts.

Resources call ``delimited``, ``deep_object``, ``exploded`` and ``json_text`` where the spec
asks for a style other than the default; the base client calls the rest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from pydantic_core import to_jsonable_python

from ._types import NOT_GIVEN, NotGiven, is_array, is_list, is_mapping


def to_jsonable(value: object) -> Any:
    """Models, containers and dates as JSON-ready data; models send only the fields set."""
    model_dump = getattr(value, "model_dump", None)
    if model_dump is not None:
        return model_dump(mode="json", by_alias=True, exclude_unset=True)
    if is_mapping(value):
        return {key: to_jsonable(item) for key, item in value.items() if item is not NOT_GIVEN}
    if is_array(value):
        return [to_jsonable(item) for item in value]
    return to_jsonable_python(value)  # dates as ISO 8601, as pydantic writes them in bodies


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
