"""Applying an OpenAPI Overlay 1.0 document: JSONPath targets, ``update`` merged, ``remove``."""

from __future__ import annotations

import copy
from typing import Any

import jsonpath

from generator import pointer
from generator.errors import SpecError


def apply_overlay(document: dict[str, Any], overlay: Any, file: str) -> dict[str, Any]:
    """Return a patched copy of ``document``; the input is left untouched.

    An action whose target matches nothing is an error: it usually means the upstream spec moved
    and the adjustment silently stopped applying.
    """
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError(file, "/overlay", "not an Overlay 1.x document ('overlay: 1.0.0' missing)")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(file, "/actions", "an overlay needs a non-empty list of actions")
    result = copy.deepcopy(document)
    for index, action in enumerate(actions):
        _apply_action(result, action, file, pointer.join("/actions", index))
    return result


def _apply_action(document: dict[str, Any], action: Any, file: str, where: str) -> None:
    if not isinstance(action, dict) or not isinstance(action.get("target"), str):
        raise SpecError(file, where, "an action needs a 'target' JSONPath string")
    target = action["target"]
    try:
        matches = list(jsonpath.finditer(target, document))
    except jsonpath.JSONPathError as error:
        raise SpecError(file, pointer.join(where, "target"), f"invalid JSONPath: {error}") from None
    if not matches:
        raise SpecError(file, pointer.join(where, "target"), f"{target} matches nothing")
    if action.get("remove") is True:
        # Remove from the deepest/last match first so earlier locations stay valid.
        for match in reversed(matches):
            if match.parent is None:
                raise SpecError(file, pointer.join(where, "target"), "cannot remove the root")
            container: Any = match.parent.obj
            del container[match.parts[-1]]
        return
    if "update" not in action:
        raise SpecError(file, where, "an action needs 'update' or 'remove: true'")
    for match in matches:
        _merge(match.obj, action["update"], file, where)


def _merge(target: Any, update: Any, file: str, where: str) -> None:
    """Overlay 1.0 merge: objects merge recursively, arrays get the update appended."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if isinstance(target.get(key), dict) and isinstance(value, dict):
                _merge(target[key], value, file, where)
            else:
                target[key] = copy.deepcopy(value)
    elif isinstance(target, list):
        target.extend(
            copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)]
        )
    else:
        raise SpecError(file, pointer.join(where, "update"), "target is not an object or array")
