"""The API listing (api.json, api.md): what it holds, that it reads back, that it pins names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.diff import surface
from generator.diff.sdk import diff_apis
from generator.model.build import build_api
from generator.model.listing import listing_json, listing_markdown, read_listing, shipped
from generator.spec.load import load_spec
from tests.helpers import ROOT, build_document, claude_target, json_post, minimal_spec

CLAUDE_OUT = ROOT / "generated" / "claude"


def _claude_listing() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CLAUDE_OUT / "api.json").read_text("utf-8"))
    return data


def test_the_committed_claude_listing_lists_the_public_surface() -> None:
    data = _claude_listing()
    methods = {m["id"]: m for m in data["methods"]}
    assert set(methods) == {
        "chat.completions.create",
        "messages.create",
        "messages.count_tokens",
    }
    create = methods["messages.create"]
    assert create["http"] == "POST /v1/messages"
    assert create["returns"]["type"]["annotation"] == "Message"
    assert create["stream"]["event"]["annotation"] == "MessageStreamEvent"
    assert {a["name"] for a in create["arguments"]} >= {"model", "messages", "max_tokens"}
    models = {m["name"]: m for m in data["models"]}
    usage = {f["name"]: f["type"]["annotation"] for f in models["Usage"]["fields"]}
    assert usage["input_tokens"] == "int"
    assert "POST /v1/messages /responses/200/content/application~1json/schema.usage" in (
        models["Usage"]["places"]
    )
    enums = {e["name"]: e["values"] for e in data["enums"]}
    assert "assistant" in enums["ChatCompletionMessageRole"]
    assert "RateLimitError" in {e["name"] for e in data["exceptions"]}


def test_a_listing_reads_back_as_the_same_surface() -> None:
    target = claude_target()
    api = build_api(load_spec(target.spec, target.overlay), target)
    again = read_listing(listing_json(api), "api.json")
    assert diff_apis(surface(api), again) == []
    assert listing_json(again) == listing_json(api)


def test_the_markdown_listing_holds_every_method_and_model() -> None:
    text = (CLAUDE_OUT / "api.md").read_text("utf-8")
    data = _claude_listing()
    for method in data["methods"]:
        assert f"### `client.{method['id']}()`" in text
    for model in data["models"]:
        assert f"### `{model['name']}`" in text


def test_backticks_in_enum_values_cannot_break_the_markdown(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"mode": {"type": "string", "enum": ["a`b", "``c", "plain"]}},
    }
    api = build_document(minimal_spec({"/x": json_post(schema)}), tmp_path)
    text = listing_markdown(api)
    line = next(line for line in text.splitlines() if line.startswith("- `XMode`"))
    # Each value is one code span whose fence is longer than any run of backticks inside it.
    assert '`` "a`b" ``' in line and '``` "``c" ```' in line and '`"plain"`' in line


def test_a_path_cannot_break_a_line_of_the_markdown(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    api = build_document(minimal_spec({"/x\n# forged": json_post(schema)}), tmp_path)
    text = listing_markdown(api)
    assert "\n# forged" not in text
    assert "`POST /x\\n# forged`" in text


def test_names_of_a_listing_are_kept_when_the_rules_would_rename(tmp_path: Path) -> None:
    """A shipped name is found by place: the schema moved into components under another name,
    and an operationId appeared, yet every name stays."""
    inline = {
        "type": "object",
        "properties": {"detail": {"type": "object", "properties": {"code": {"type": "string"}}}},
    }
    before = build_document(minimal_spec({"/items": json_post(inline)}), tmp_path)
    moved: dict[str, Any] = minimal_spec(
        {"/items": json_post({"$ref": "#/components/schemas/VendorRequest"})}
    )
    moved["paths"]["/items"]["post"]["operationId"] = "V1createItemV1"
    moved["components"] = {
        "schemas": {
            "VendorRequest": {
                "type": "object",
                "properties": {"detail": {"$ref": "#/components/schemas/VendorDetail"}},
            },
            "VendorDetail": {"type": "object", "properties": {"code": {"type": "string"}}},
        }
    }
    fresh = build_document(moved, tmp_path)
    assert {m.name for m in fresh.models} == {"VendorRequest", "VendorDetail"}
    kept = build_document(moved, tmp_path, shipped=shipped(before))
    assert {m.name for m in kept.models} == {m.name for m in before.models}
    assert {op.id for op in kept.operations} == {op.id for op in before.operations}
    assert {m.named_by for m in kept.models} == {"listing"}


def test_an_overlay_name_wins_over_a_shipped_one(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"code": {"type": "string"}}}
    before = build_document(minimal_spec({"/items": json_post(schema)}), tmp_path)
    named = {**schema, "x-specgen-name": "ItemRequest"}
    after = build_document(
        minimal_spec({"/items": json_post(named)}), tmp_path, shipped=shipped(before)
    )
    assert "ItemRequest" in {m.name for m in after.models}
    changes = diff_apis(surface(before), surface(after))
    renamed = [c for c in changes if c.rule == "sdk-model-renamed"]
    assert [(c.old, c.new, c.cause) for c in renamed] == [
        ("ItemCreateParams", "ItemRequest", "named in the overlay")
    ]


def test_of_two_types_one_name_stood_for_the_unchanged_keeps_it(tmp_path: Path) -> None:
    """Two identical error bodies shared one type; one changes: the other keeps the name."""
    error: dict[str, Any] = {"type": "object", "properties": {"message": {"type": "string"}}}

    def spec(second: dict[str, Any]) -> dict[str, Any]:
        operation = json_post({"type": "object", "properties": {"a": {"type": "string"}}})
        responses = operation["post"]["responses"]
        for status, schema in (("400", error), ("404", second)):
            responses[status] = {
                "description": "error",
                "content": {"application/json": {"schema": schema}},
            }
        return minimal_spec({"/items": operation})

    before = build_document(spec(error), tmp_path)
    shared = [m.name for m in before.models if m.name.endswith("ErrorResponse")]
    assert len(shared) == 1
    changed: dict[str, Any] = {
        "type": "object",
        "properties": {"message": {"type": "string"}, "n": {"type": "integer"}},
    }
    after = build_document(spec(changed), tmp_path, shipped=shipped(before))
    kept = next(m for m in after.models if m.name == shared[0])
    assert {f.name for f in kept.fields} == {"message"}


def test_a_method_moved_on_purpose_is_one_rename(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"code": {"type": "string"}}}
    spec = minimal_spec({"/items": json_post(schema)})
    before = build_document(spec, tmp_path)
    spec["paths"]["/items"]["post"]["x-specgen-method"] = "items.make"
    spec["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "properties": {"code": {"type": "string"}, "size": {"type": "integer"}},
    }
    after = build_document(spec, tmp_path, shipped=shipped(before))
    changes = diff_apis(surface(before), surface(after))
    methods = [(c.rule, c.old, c.new) for c in changes if c.pointer.startswith("sdk:/methods")]
    assert methods == [
        ("sdk-method-renamed", "items.create", "items.make"),
        ("sdk-argument-added", None, "int"),
    ]
