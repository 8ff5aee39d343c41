"""Naming rules: the names a person would choose, stable whatever the order of the spec's keys."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.model import naming
from generator.model.build import build_api
from generator.project.pipeline import build_target
from generator.spec.load import load_spec
from tests.helpers import build_document, claude_target, json_post, minimal_spec, model_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chat.completion", "ChatCompletion"),
        ("tool_calls", "ToolCalls"),
        ("HTTPResponse", "HttpResponse"),
        ("x-rate-limit", "XRateLimit"),
        ("Über name", "UberName"),
    ],
)
def test_pascal(text: str, expected: str) -> None:
    assert naming.pascal(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("choices", "choice"),
        ("messages", "message"),
        ("tool_calls", "tool_call"),
        ("status", "status"),
        ("addresses", "address"),
        ("content", "content"),
        ("categories", "category"),
        ("data", "data"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert naming.singular(word) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("class", "class_"),
        ("from", "from_"),
        ("match", "match_"),
        ("2fa", "value_2_fa"),
        ("x-api-key", "x_api_key"),
        ("camelCase", "camel_case"),
        ("__dunder__", "dunder"),
        ("type", "type"),
        ("", "value"),
    ],
)
def test_python_identifier(wire: str, expected: str) -> None:
    name = naming.python_identifier(wire)
    assert name == expected
    assert name.isidentifier()


def test_type_name_avoids_runtime_names() -> None:
    assert naming.type_name("client") == "ClientModel"
    assert naming.type_name("BaseModel") == "BaseModelModel"
    assert naming.type_name("3d point") == "Model3DPoint"


def _reorder(node: Any) -> Any:
    """The same document with the keys of every object in reverse order."""
    if isinstance(node, dict):
        return {key: _reorder(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [_reorder(item) for item in node]
    return node


def test_names_do_not_depend_on_key_order(tmp_path: Path) -> None:
    target = claude_target()
    original = build_target(target)
    reordered_spec = tmp_path / "claude.json"
    reordered_spec.write_text(json.dumps(_reorder(json.loads(target.spec.read_text()))))
    reordered = build_api(load_spec(reordered_spec, target.overlay), target)
    assert model_names(reordered) == model_names(original)
    assert {e.name: e.values for e in reordered.enums} == {e.name: e.values for e in original.enums}
    fields = {m.name: sorted(f.name for f in m.fields) for m in original.models}
    assert {m.name: sorted(f.name for f in m.fields) for m in reordered.models} == fields
    assert [op.id for op in reordered.operations] == [op.id for op in original.operations]


def test_claude_types_read_like_a_hand_written_sdk() -> None:
    api = build_target(claude_target())
    aliases = {alias.name for alias in api.aliases}
    names = model_names(api) | {enum.name for enum in api.enums} | aliases
    for name in names:
        # No number a naming rule made up (a digit ending a name); "Base64" is a word of the API.
        assert not re.search(r"\d$", name), name
        assert not re.search(r"V1|Post|Items|Properties|OneOf|Schema\d", name), name
    expected = {
        "ChatCompletionCreateParams",
        "ChatCompletion",
        "ChatCompletionChoice",
        "ChatCompletionMessage",
        "ChatCompletionMessageParam",
        "ChatCompletionMessageToolCall",
        "ChatCompletionContentPartTextParam",
        "ChatCompletionContentPartImageParam",
        "ChatCompletionToolParam",
        "CompletionUsage",
        "ChatModel",
        "MessageCreateParams",
        "Message",
        "MessageParam",
        "ContentBlock",
        "ContentBlockParam",
        "TextBlock",
        "ToolUseBlock",
        "ToolParam",
        "MessageCountTokensParams",
        "MessageTokensCount",
        "ErrorResponse",
        "Error",
    }
    assert expected <= names
    ops = {op.id: op for op in api.operations}
    assert set(ops) == {"chat.completions.create", "messages.create", "messages.count_tokens"}
    assert ops["chat.completions.create"].response.type.name == "ChatCompletion"  # type: ignore[union-attr]
    assert ops["messages.create"].response.type.name == "Message"  # type: ignore[union-attr]


def test_rules_name_inline_schemas_without_an_overlay() -> None:
    target = claude_target()
    api = build_api(load_spec(target.spec, None), target)
    names = model_names(api)
    # request body, const-named response, singular array item, request-side Param suffix,
    # discriminator values naming union variants, and the un-stuttered error detail
    for name in (
        "ChatCompletionCreateParams",
        "ChatCompletion",
        "ChatCompletionChoice",
        "ChatCompletionMessageParam",
        "ChatCompletionResponseFormatTextParam",
        "ChatCompletionResponseFormatJsonSchemaParam",
        "MessageCountTokensResponse",
        "ErrorResponse",
        "Error",
        "Message",
    ):
        assert name in names, name
    for name in names:
        assert not re.search(r"\d", name), name


def test_nested_names_follow_parent_and_role(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {
            "items": {
                "type": "array",
                "items": {"type": "object", "properties": {"a": {"type": "string"}}},
            },
            "owner": {"type": "object", "properties": {"b": {"type": "string"}}},
        },
    }
    response = {
        "type": "object",
        "properties": {
            "owner": schema["properties"]["owner"],  # type: ignore[index]
            "id": {"type": "string"},
        },
    }
    api = build_document(minimal_spec({"/v2/widgets": json_post(schema, response)}), tmp_path)
    assert [op.id for op in api.operations] == ["widgets.create"]
    # The owner object appears in the request and the response: one schema, the shorter name,
    # for the model; the TypedDict the client sends takes it plus Param.
    assert model_names(api) == {
        "WidgetCreateParams", "WidgetItemParam", "WidgetOwner", "WidgetOwnerParam", "Widget"
    }  # fmt: skip


def test_overlay_names_win(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "object", "properties": {"b": {"type": "string"}}}},
    }
    overlay = """
overlay: 1.0.0
info: {title: names, version: 1.0.0}
actions:
  - target: $.paths['/things'].post.requestBody.content['application/json'].schema.properties.a
    update: {x-specgen-name: Special}
"""
    api = build_document(minimal_spec({"/things": json_post(schema)}), tmp_path, overlay)
    assert "Special" in model_names(api)


def test_colliding_names_are_told_apart_without_numbers(tmp_path: Path) -> None:
    def op(enum: list[str]) -> dict[str, Any]:
        item = {"type": "object", "properties": {"kind": {"type": "string", "enum": enum}}}
        return json_post({"type": "object", "properties": {"entry": item}})

    api = build_document(
        minimal_spec({"/a/things": op(["x", "y"]), "/b/things": op(["p", "q"])}), tmp_path
    )
    names = model_names(api) | {e.name for e in api.enums}
    assert len(api.enums) == 2
    assert all(not re.search(r"\d", name) for name in names)
    assert len(names) == len(api.models) + len(api.enums)


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "expected"),
    [
        ("get", "/v1/pets", "listPets", ("pets", "list")),
        ("post", "/v1/chat/completions", "createChatCompletion", ("chat", "completions", "create")),
        ("get", "/pets/findByTags", "searchPetsByTag", ("pets", "find_by_tags", "search")),
        ("get", "/pets/{id}", None, ("pets", "retrieve")),
        ("get", "/pets/{id}", "pets", ("pets", "retrieve")),  # nothing left: the verb rule
        ("delete", "/pets/{id}", "deletePet", ("pets", "delete")),
    ],
)
def test_operation_ids_name_methods_without_repeating_the_resource(
    method: str, path: str, operation_id: str | None, expected: tuple[str, ...]
) -> None:
    from generator.model.routes import Route, client_paths

    route = Route(method, path, f"/paths/{path}/{method}", None, operation_id)
    assert client_paths([route], "spec.json")[route] == expected


def test_l_is_never_a_name() -> None:
    # `l` reads as `1`: ruff refuses it as a variable, argument or function name (E741, E743).
    assert naming.python_identifier("l") == "l_"
    assert naming.python_identifier("L") == "l_"


@pytest.mark.parametrize(
    ("text", "at", "kept"),
    [
        # titles a FastAPI-style tool makes up from the path and the name: left out
        ("V1 Chat Completions Messages 4", "/paths/~1v1~1chat~1completions/post/x/messages", False),
        ("V1 Chat Completions Response 200 Id", "/paths/~1v1~1chat~1completions/post/id", False),
        ("V1 Chat Completions Param Accept", "/paths/~1v1~1chat~1completions/get/accept", False),
        ("Max Tokens", "/components/schemas/Request/properties/max_tokens", False),
        # anything that says more than the place: kept as written
        ("The model that will answer.", "/components/schemas/R/properties/model", True),
        ("V1 Chat Completions, deprecated", "/paths/~1v1~1chat~1completions/post", True),
        ("Sampling temperature", "/components/schemas/R/properties/temperature", True),
        ("", "/components/schemas/R/properties/x", True),  # nothing to judge: as it was
    ],
)
def test_a_description_that_only_repeats_its_place_is_left_out(
    text: str, at: str, kept: bool
) -> None:
    assert naming.describes(text, at) == (text if kept else None)
