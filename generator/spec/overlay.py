"""Applying an OpenAPI Overlay 1.0 document: JSONPath targets, ``update`` merged, ``remove``.

The steps are public one action at a time for ``follow``, which replays an overlay on two
versions of a spec side by side to see where each action's target went.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonpath

from generator.errors import SpecError
from generator.spec import pointer


def apply_overlay(document: dict[str, Any], overlay: Any, file: str) -> dict[str, Any]:
    """Return a patched copy of ``document``; the input is left untouched.

    An action whose target matches nothing is an error: it usually means the upstream spec moved
    and the adjustment silently stopped applying.
    """
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay_actions(overlay, file)):
        where = pointer.join("/actions", index)
        patch(result, action, targets(result, action, file, where), file, where)
    return result


def overlay_actions(overlay: Any, file: str) -> list[Any]:
    """The actions of an Overlay 1.x document (each is checked when it is applied)."""
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError(file, "/overlay", "not an Overlay 1.x document ('overlay: 1.0.0' missing)")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(file, "/actions", "an overlay needs a non-empty list of actions")
    return actions


def matches(document: Any, action: Any, file: str, where: str) -> list[str]:
    """The JSON pointers of what the action at ``where`` targets in ``document``, maybe none."""
    if not isinstance(action, dict) or not isinstance(action.get("target"), str):
        raise SpecError(file, where, "an action needs a 'target' JSONPath string")
    try:
        found = list(jsonpath.finditer(action["target"], document))
    except jsonpath.JSONPathError as error:
        raise SpecError(file, pointer.join(where, "target"), f"invalid JSONPath: {error}") from None
    return [pointer.join("", *match.parts) for match in found]


def targets(document: Any, action: Any, file: str, where: str) -> list[str]:
    """What the action targets, which must be something: see ``apply_overlay``."""
    found = matches(document, action, file, where)
    if not found:
        raise SpecError(file, pointer.join(where, "target"), f"{action['target']} matches nothing")
    return found


def patch(document: Any, action: dict[str, Any], at: list[str], file: str, where: str) -> None:
    """Apply the action at ``where`` to the nodes ``at`` (its targets), in place."""
    if action.get("remove") is True:
        # Remove from the deepest/last match first so earlier locations stay valid.
        for target in reversed(at):
            if not target:
                raise SpecError(file, pointer.join(where, "target"), "cannot remove the root")
            parent, _, token = target.rpartition("/")
            container = pointer.resolve(document, parent)
            key = pointer.unescape(token)
            del container[int(key) if isinstance(container, list) else key]
        return
    if "update" not in action:
        raise SpecError(file, where, "an action needs 'update' or 'remove: true'")
    for target in at:
        _merge(pointer.resolve(document, target), action["update"], file, where)


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
