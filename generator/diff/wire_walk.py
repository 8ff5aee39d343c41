"""Pairing up the parts of two documents: operations (by path and method), parameters (by place
and name), request and response media types, response statuses and headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.diff.wire_context import Side
from generator.spec import pointer
from generator.spec.openapi import HTTP_METHODS

_TEMPLATE = re.compile(r"\{[^}/]*\}")


@dataclass(frozen=True)
class Part:
    """A resolved object of one document (an operation, a parameter…) and its pointer."""

    value: dict[str, Any]
    at: str


@dataclass(frozen=True)
class Operation:
    method: str  # "POST"
    path: str  # the new document's spelling, or the old one's for a removed operation
    old: Part | None
    new: Part | None
    old_item: Part | None  # the path items, for their shared parameters
    new_item: Part | None
    old_path: str  # each document's spelling of the path
    new_path: str
    path_removed: bool = False  # the whole path is gone from the new document


def operations(old: Side, new: Side) -> Iterator[Operation]:
    """Every operation of either document, paired with its counterpart (``/a/{id}`` and
    ``/a/{name}`` are the same path)."""
    old_paths, new_paths = _paths(old), _paths(new)
    for key in sorted(old_paths.keys() | new_paths.keys()):
        old_path, old_item = old_paths.get(key, ("", None))
        new_path, new_item = new_paths.get(key, ("", None))
        for method in HTTP_METHODS:
            old_op, new_op = _part(old_item, method), _part(new_item, method)
            if old_op is None and new_op is None:
                continue
            path = new_path if new_op is not None else old_path
            yield Operation(
                method.upper(),
                path,
                old_op,
                new_op,
                old_item,
                new_item,
                old_path,
                new_path,
                path_removed=new_item is None,
            )


def _paths(side: Side) -> dict[str, tuple[str, Part | None]]:
    """Path items by their template with parameter names left out."""
    found: dict[str, tuple[str, Part | None]] = {}
    paths = side.document.get("paths") or {}
    for path in sorted(paths):
        item, at = side.follow(paths[path], pointer.join("/paths", path))
        if not isinstance(item, dict):
            continue
        key = _TEMPLATE.sub("{}", path)
        found[key if key not in found else path] = (path, Part(item, at))
    return found


def _part(item: Part | None, method: str) -> Part | None:
    if item is None or not isinstance(item.value.get(method), dict):
        return None
    return Part(item.value[method], pointer.join(item.at, method))


def parameters(side: Side, item: Part | None, operation: Part, path: str) -> dict[str, Part]:
    """The parameters of an operation (path-level ones overridden by its own) by place and name;
    a path parameter by its position in the template, so renaming it is no change."""
    names = [name[1:-1] for name in _TEMPLATE.findall(path)]
    merged: dict[str, Part] = {}
    for owner in (item, operation):
        if owner is None:
            continue
        for index, raw in enumerate(owner.value.get("parameters") or []):
            value, at = side.follow(raw, pointer.join(owner.at, "parameters", index))
            if isinstance(value, dict):
                merged[_parameter_key(value, names)] = Part(value, at)
    return merged


def _parameter_key(parameter: dict[str, Any], template: list[str]) -> str:
    place, name = str(parameter.get("in")), str(parameter.get("name"))
    if place == "path" and name in template:
        return f"path #{template.index(name)}"
    return f"{place} {name.lower() if place == 'header' else name}"


def parameter_schema(parameter: Part) -> tuple[Any, str] | None:
    """The schema of a parameter, from ``schema`` or from its single ``content`` entry."""
    if "schema" in parameter.value:
        return parameter.value["schema"], pointer.join(parameter.at, "schema")
    content = parameter.value.get("content")
    if isinstance(content, dict) and content:
        media = sorted(content)[0]
        entry = content[media]
        if isinstance(entry, dict) and "schema" in entry:
            return entry["schema"], pointer.join(parameter.at, "content", media, "schema")
    return None


def resolved(side: Side, owner: Part, key: str) -> Part | None:
    """``owner[key]`` with its ``$ref`` followed, if it is an object."""
    raw = owner.value.get(key)
    if raw is None:
        return None
    value, at = side.follow(raw, pointer.join(owner.at, key))
    return Part(value, at) if isinstance(value, dict) else None


def entries(side: Side, owner: Part | None, key: str) -> dict[str, Part]:
    """The resolved entries of the map ``owner[key]`` by name: media types and headers in lower
    case, statuses as ``200``, ``2XX`` or ``default``."""
    if owner is None:
        return {}
    found: dict[str, Part] = {}
    mapping = owner.value.get(key)
    if not isinstance(mapping, dict):
        return found
    for name in sorted(mapping, key=str):
        value, at = side.follow(mapping[name], pointer.join(owner.at, key, str(name)))
        if isinstance(value, dict):
            found[_entry_name(key, str(name))] = Part(value, at)
    return found


def _entry_name(key: str, name: str) -> str:
    if key == "responses":
        return name if name.lower() == "default" else name.upper()
    return name.lower()


def media_schema(media: Part) -> tuple[Any, str] | None:
    if "schema" not in media.value:
        return None
    return media.value["schema"], pointer.join(media.at, "schema")
