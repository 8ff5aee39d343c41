"""Overlay 1.0: JSONPath targets, recursive merge, array append, removal, and strictness."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.errors import SpecError
from generator.spec.overlay import apply_overlay

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/a": {
            "post": {"tags": ["x"], "x-keep": 1, "schema": {"type": "number", "description": "n"}}
        },
        "/b": {"get": {"tags": ["y"], "schema": {"type": "number"}}},
    }
}


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_recursively_and_replaces_scalars() -> None:
    result = apply_overlay(
        DOCUMENT,
        overlay({"target": "$.paths['/a'].post", "update": {"schema": {"type": "integer"}}}),
        "o",
    )
    assert result["paths"]["/a"]["post"]["schema"] == {"type": "integer", "description": "n"}
    assert result["paths"]["/a"]["post"]["x-keep"] == 1


def test_update_appends_to_arrays_and_reaches_every_match() -> None:
    result = apply_overlay(DOCUMENT, overlay({"target": "$.paths.*.*.tags", "update": "z"}), "o")
    assert result["paths"]["/a"]["post"]["tags"] == ["x", "z"]
    assert result["paths"]["/b"]["get"]["tags"] == ["y", "z"]


def test_remove_deletes_every_match() -> None:
    result = apply_overlay(DOCUMENT, overlay({"target": "$.paths.*.*.schema", "remove": True}), "o")
    assert "schema" not in result["paths"]["/a"]["post"]
    assert "schema" not in result["paths"]["/b"]["get"]


def test_actions_apply_in_order_and_the_input_is_untouched() -> None:
    before = copy.deepcopy(DOCUMENT)
    result = apply_overlay(
        DOCUMENT,
        overlay(
            {"target": "$.paths['/b'].get.schema", "update": {"type": "string"}},
            {"target": "$.paths['/b'].get.schema", "update": {"format": "date"}},
        ),
        "o",
    )
    assert result["paths"]["/b"]["get"]["schema"] == {"type": "string", "format": "date"}
    assert before == DOCUMENT


@pytest.mark.parametrize(
    ("document", "pointer"),
    [
        (overlay({"target": "$.paths['/nope']", "update": {}}), "/actions/0/target"),
        (overlay({"target": "$[[", "update": {}}), "/actions/0/target"),
        (overlay({"target": "$.paths['/a']"}), "/actions/0"),
        ({"actions": []}, "/overlay"),
        ({"overlay": "1.0.0", "actions": []}, "/actions"),
    ],
)
def test_bad_overlays_name_the_action(document: dict[str, Any], pointer: str) -> None:
    with pytest.raises(SpecError) as caught:
        apply_overlay(DOCUMENT, document, "claude.overlay.yaml")
    assert caught.value.file == "claude.overlay.yaml"
    assert caught.value.pointer == pointer
    assert "\n" not in str(caught.value)
