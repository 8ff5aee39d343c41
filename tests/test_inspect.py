"""``specgen inspect``: how a spec maps to the SDK, as tables and as JSON."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonpath
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.project import inspection
from generator.project.pipeline import build_target
from generator.spec import pointer
from generator.spec.load import load_spec
from tests.helpers import ROOT, build_document, claude_target, minimal_spec

OPERATIONS = {
    "chat.completions.create": "POST /v1/chat/completions",
    "messages.create": "POST /v1/messages",
    "messages.count_tokens": "POST /v1/messages/count_tokens",
}


@cache
def _claude_json() -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["inspect", "claude", "--json", "--project", str(ROOT)])
    assert result.exit_code == 0, result.output
    data: list[dict[str, Any]] = json.loads(result.output)
    return data


def test_json_lists_the_three_operations_with_their_method_paths() -> None:
    [data] = _claude_json()
    assert data["target"] == "claude"
    got = {op["id"]: f"{op['http_method']} {op['path']}" for op in data["operations"]}
    assert got == OPERATIONS
    for op in data["operations"]:
        assert op["call"] == "client." + op["id"]
        assert op["errors"], op["id"]
    streams = {op["id"]: op["stream"] for op in data["operations"]}
    assert streams["messages.count_tokens"] is None
    assert streams["messages.create"] == {"event": "MessageStreamEvent", "flag": "stream"}


def test_every_model_has_a_pointer_that_resolves_in_the_spec() -> None:
    [data] = _claude_json()
    target = claude_target()
    document = load_spec(target.spec, target.overlay).document
    api = build_target(target)
    listed = {m["name"]: m for m in data["models"] + data["enums"]}
    assert set(listed) == {m.name for m in api.models} | {e.name for e in api.enums}
    for name, entry in listed.items():
        assert entry["pointer"].startswith("/"), name
        assert isinstance(pointer.resolve(document, entry["pointer"]), dict), name
    named_by = {m["named_by"] for m in data["models"]}
    assert named_by == {"overlay", "rule"}


def test_every_overlay_target_finds_exactly_the_schema_of_its_pointer() -> None:
    """The ``overlay_target`` is what to paste into the overlay to rename the type."""
    target = claude_target()
    document = load_spec(target.spec, target.overlay).document
    [data] = _claude_json()
    for entry in data["models"] + data["enums"]:
        matches = [match.obj for match in jsonpath.finditer(entry["overlay_target"], document)]
        assert matches == [pointer.resolve(document, entry["pointer"])], entry


@pytest.mark.parametrize(
    ("json_pointer", "path"),
    [
        ("", "$"),
        ("/paths/~1v1~1chat/post/responses/200", "$.paths['/v1/chat'].post.responses['200']"),
        (
            "/components/schemas/a~0b/oneOf/1/allOf/0",
            "$.components.schemas['a~b'].oneOf[1].allOf[0]",
        ),
        ("/x/it's \\ odd/parameters/2", "$.x['it\\'s \\\\ odd'].parameters[2]"),
        ("/x/né", "$.x['né']"),
    ],
)
def test_a_pointer_becomes_a_jsonpath(json_pointer: str, path: str) -> None:
    assert pointer.to_jsonpath(json_pointer) == path


def test_overlay_names_are_marked_as_such() -> None:
    [data] = _claude_json()
    target = claude_target()
    document = load_spec(target.spec, target.overlay).document
    for entry in data["models"] + data["enums"]:
        schema = pointer.resolve(document, entry["pointer"])
        if schema.get("x-specgen-name") == entry["name"]:
            assert entry["named_by"] == "overlay", entry["name"]


def test_json_is_deterministic() -> None:
    runner = CliRunner()
    args = ["inspect", "claude", "--json", "--project", str(ROOT)]
    assert runner.invoke(main, args).output == json.dumps(_claude_json(), indent=2) + "\n"


def test_text_lists_each_operation() -> None:
    result = CliRunner().invoke(main, ["inspect", "claude", "--project", str(ROOT)])
    assert result.exit_code == 0, result.output
    for op_id, route in OPERATIONS.items():
        assert f"client.{op_id}" in result.output
        assert route in result.output
    assert "overlay" in result.output and "rule" in result.output


def test_a_method_named_apart_from_another_says_so(tmp_path: Path) -> None:
    ok = {"200": {"description": "ok"}}
    document = minimal_spec(
        {
            "/v1/accounts": {"get": {"operationId": "GetAccounts", "responses": ok}},
            "/v1/accounts/{account}": {
                "get": {
                    "operationId": "GetAccountsAccount",
                    "parameters": [
                        {"name": "account", "in": "path", "required": True,
                         "schema": {"type": "string"}}
                    ],
                    "responses": ok,
                }
            },
        }
    )  # fmt: skip
    api = build_document(document, tmp_path)
    assert {op.id for op in api.operations} == {"accounts.list", "accounts.retrieve"}
    text = inspection.render_text([inspection.report(api, "t")])
    assert (
        "client.accounts.list: named apart from GET /v1/accounts/{account} "
        "(was accounts.get) by the HTTP verb"
    ) in text.splitlines()
    [report] = json.loads(inspection.render_json([inspection.report(api, "t")]))
    notes = {op["id"]: op["naming_note"] for op in report["operations"]}
    assert notes["accounts.retrieve"] == (
        "named apart from GET /v1/accounts (was accounts.get) by the HTTP verb"
    )
