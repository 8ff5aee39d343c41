"""The intermediate model: dedup, nullable/required/defaults, operations and errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.model import ir
from generator.project.pipeline import build_target
from tests.helpers import build_document, claude_target, json_post, minimal_spec, model_names


def _claude() -> ir.Api:
    return build_target(claude_target())


def _argument(op: ir.Operation, name: str) -> ir.Argument:
    return next(a for a in op.arguments if a.python_name == name)


def _field(api: ir.Api, model: str, name: str) -> ir.Field:
    return next(f for m in api.models if m.name == model for f in m.fields if f.name == name)


def test_identical_error_envelopes_are_one_type() -> None:
    api = _claude()
    ops = {op.id: op for op in api.operations}
    for op_id in ("chat.completions.create", "messages.count_tokens"):
        assert {e.type.name for e in ops[op_id].errors if e.type} == {"ErrorResponse"}
    envelopes = [m for m in api.models if {f.name for f in m.fields} == {"error", "trace_id"}]
    assert [m.name for m in envelopes] == ["ErrorResponse"]
    assert [e.status for e in ops["messages.count_tokens"].errors] == [400, 401, 403, 404, 429, 500]


def test_tool_calls_sent_and_received_are_a_model_and_its_param_typeddict() -> None:
    """One schema on both sides: the response model keeps its name, the TypedDict the client
    sends takes it plus ``Param``, and so does every model inside it."""
    api = _claude()
    request = _field(api, "ChatCompletionMessageParam", "tool_calls").type.args[0]
    response = _field(api, "ChatCompletionMessage", "tool_calls").type.args[0]
    assert request.name == "ChatCompletionMessageToolCallParam"
    assert response.name == "ChatCompletionMessageToolCall"
    models = {m.name: m for m in api.models}
    sent, received = models[request.name], models[response.name]
    assert (sent.sent, sent.received, sent.param_of) == (True, False, received.name)
    assert (received.sent, received.received, received.param_of) == (False, True, "")
    assert [f.name for f in sent.fields] == [f.name for f in received.fields]
    assert _field(api, sent.name, "function").type.name == (
        "ChatCompletionMessageToolCallFunctionParam"
    )
    assert _field(api, received.name, "function").type.name == (
        "ChatCompletionMessageToolCallFunction"
    )


def test_descriptions_and_examples_do_not_split_types(tmp_path: Path) -> None:
    def detail(description: str, example: str) -> dict[str, Any]:
        return {
            "type": "object",
            "description": description,
            "properties": {"code": {"type": "string", "example": example}},
        }

    def body(first: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "properties": {"detail": first}}

    paths = {"/x": json_post(body(detail("first", "a"))), "/y": json_post(body(detail("b", "b")))}
    api = build_document(minimal_spec(paths), tmp_path)
    # One shared body and one shared detail (the bare-object responses are dicts, not models).
    assert len(api.models) == 2
    required: dict[str, Any] = {
        "type": "object",
        "required": ["code"],
        "properties": {"code": {"type": "string"}},
    }
    paths["/y"] = json_post(body(required))
    api = build_document(minimal_spec(paths), tmp_path)
    assert len(api.models) == 4


def test_same_values_in_different_roles_are_different_enums(tmp_path: Path) -> None:
    """Two properties that list the same values are two types: a change to one (a value
    removed) leaves the other's type and name alone."""
    sizes = ["low", "medium", "high"]
    schema = {
        "type": "object",
        "properties": {
            "effort": {"type": "string", "enum": sizes},
            "size": {"type": "string", "enum": list(sizes)},
        },
    }
    before = build_document(minimal_spec({"/x": json_post(schema)}), tmp_path)
    schema["properties"]["effort"]["enum"] = ["medium", "high"]  # type: ignore[index]
    after = build_document(minimal_spec({"/x": json_post(schema)}), tmp_path)
    for api in (before, after):
        assert {e.name for e in api.enums} == {"XEffort", "XSize"}
    assert {e.name: e.values for e in after.enums}["XSize"] == tuple(sizes)


def test_two_overlay_names_on_one_structure_are_two_types(tmp_path: Path) -> None:
    def named(name: str) -> dict[str, object]:
        return {"type": "object", "x-specgen-name": name, "properties": {"a": {"type": "string"}}}

    paths = {"/x": json_post(named("First")), "/y": json_post(named("Second"))}
    api = build_document(minimal_spec(paths), tmp_path)
    assert {"First", "Second"} <= model_names(api)


def test_nullable_required_and_defaults_are_resolved_once() -> None:
    api = _claude()
    create = next(op for op in api.operations if op.id == "chat.completions.create")
    n = _argument(create, "n")
    assert (n.required, n.type.kind, n.type.nullable, n.default, n.has_default) == (
        False,
        "int",
        True,
        1,
        True,
    )
    messages = _argument(create, "messages")
    assert messages.required and messages.type.kind == "list" and not messages.type.nullable
    assert messages.type.constraints.min_items == 1
    assert _argument(create, "max_tokens").type.kind == "int"  # fixed by the overlay
    stop_reason = _field(api, "Message", "stop_reason")
    assert stop_reason.required and stop_reason.type.nullable
    content = _field(api, "ChatCompletionMessage", "content")
    assert not content.required and content.type.nullable
    assert _field(api, "ChatCompletion", "created").type.kind == "int"
    assert _field(api, "ChatCompletionChoice", "index").type.kind == "int"


def test_arguments_put_required_first() -> None:
    for op in _claude().operations:
        flags = [a.required for a in op.arguments]
        assert flags == sorted(flags, reverse=True), op.id
        assert len({a.python_name for a in op.arguments}) == len(op.arguments)


def test_operations_and_resources() -> None:
    api = _claude()
    assert [(op.id, op.http_method, op.path) for op in api.operations] == [
        ("chat.completions.create", "POST", "/v1/chat/completions"),
        ("messages.create", "POST", "/v1/messages"),
        ("messages.count_tokens", "POST", "/v1/messages/count_tokens"),
    ]
    assert [(r.name, [c.name for c in r.children]) for r in api.resources] == [
        ("chat", ["completions"]),
        ("messages", []),
    ]
    assert api.base_url == "https://api.acedata.cloud"
    assert api.auth.kind == "bearer"


def test_discriminated_unions_are_marked(tmp_path: Path) -> None:
    def variant(kind: str) -> dict[str, object]:
        return {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string", "enum": [kind]}, kind: {"type": "string"}},
        }

    schema = {
        "type": "object",
        "properties": {"part": {"oneOf": [variant("text"), variant("image")]}},
    }
    api = build_document(minimal_spec({"/parts": json_post(schema)}), tmp_path)
    part = _field(api, "PartCreateParams", "part")
    assert part.type.kind == "union" and part.type.discriminator == "type"
    assert [a.name for a in part.type.args] == ["PartTextParam", "PartImageParam"]


def test_recursive_component_schemas(tmp_path: Path) -> None:
    document = minimal_spec({"/nodes": json_post({"$ref": "#/components/schemas/Node"})})
    document["components"] = {
        "schemas": {
            "Node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
                },
            }
        }
    }
    api = build_document(document, tmp_path)
    node = next(m for m in api.models if m.name == "Node")
    assert node.fields[0].type.args[0].name == "Node"


def _with_security(
    schemes: dict[str, object], operation_security: list[dict[str, list[str]]] | None
) -> dict[str, object]:
    post = json_post({"type": "object", "properties": {"a": {"type": "string"}}})
    if operation_security is not None:
        post["post"]["security"] = operation_security
    return {**minimal_spec({"/things": post}), "components": {"securitySchemes": schemes}}


def test_auth_comes_from_operation_requirements_and_token_schemes(tmp_path: Path) -> None:
    oauth = {
        "type": "oauth2",
        "flows": {"implicit": {"authorizationUrl": "https://x/a", "scopes": {}}},
    }
    key = {"type": "apiKey", "in": "header", "name": "X-Key"}
    schemes = {"a_key": key, "z_oauth": oauth}
    required = build_document(_with_security(schemes, [{"z_oauth": []}]), tmp_path)
    assert required.auth == ir.Auth("bearer")  # the operation asks for the oauth2 token
    only = build_document(_with_security({"a_key": key}, None), tmp_path)
    assert only.auth == ir.Auth("header", "X-Key")  # the one scheme declared
    unclear = build_document(_with_security(schemes, None), tmp_path)
    assert unclear.auth == ir.Auth("none")  # two schemes, none required: no guess


def test_an_overlay_name_on_a_union_names_a_type_alias(tmp_path: Path) -> None:
    variants = [
        {"type": "object", "required": ["type"], "properties": {"type": {"enum": ["a"]}}},
        {"type": "object", "required": ["type"], "properties": {"type": {"enum": ["b"]}}},
    ]
    schema = {
        "type": "object",
        "properties": {"part": {"oneOf": variants, "x-specgen-name": "Part"}},
    }
    api = build_document(minimal_spec({"/x": json_post(schema, schema)}), tmp_path)
    # Sent and received: the union of models, and the union of their TypedDicts.
    assert [alias.name for alias in api.aliases] == ["Part", "PartParam"]
    holders = [m for m in api.models if m.fields and m.fields[0].name == "part"]
    assert sorted((m.sent, m.fields[0].type.name) for m in holders) == [
        (False, "Part"),
        (True, "PartParam"),
    ]


def test_a_union_name_that_is_not_an_identifier_is_refused(tmp_path: Path) -> None:
    schema = {"oneOf": [{"type": "string"}, {"type": "integer"}], "x-specgen-name": "a-b"}
    with pytest.raises(SpecError, match="must be a Python identifier"):
        build_document(
            minimal_spec({"/x": json_post({"type": "object", "properties": {"p": schema}})}),
            tmp_path,
        )


def test_header_parameters_openapi_ignores_are_no_arguments(tmp_path: Path) -> None:
    """OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be
    ignored"; as an argument, ``accept`` overrode the Accept that streaming needs."""
    operation = json_post({"type": "object", "properties": {"a": {"type": "string"}}})
    header = {"in": "header", "schema": {"type": "string"}}
    operation["post"]["parameters"] = [
        {**header, "name": name} for name in ("Accept", "content-type", "AUTHORIZATION", "X-Trace")
    ]
    api = build_document(minimal_spec({"/things": operation}), tmp_path)
    (op,) = api.operations
    headers = [argument.name for argument in op.arguments if argument.location == "header"]
    assert headers == ["X-Trace"]


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "x-extensible-enum": ["small", "large"]},  # the established form
        {"type": "string", "enum": ["small", "large"], "x-extensible-enum": True},  # an overlay's
    ],
)
def test_an_extensible_enum_takes_any_string_besides_its_values(
    tmp_path: Path, schema: dict[str, Any]
) -> None:
    body = {"type": "object", "properties": {"size": schema}, "required": ["size"]}
    api = build_document(minimal_spec({"/things": json_post(body)}), tmp_path)
    size = _argument(api.operations[0], "size").type
    assert size.kind == "union"
    known, other = size.args
    assert (known.kind, known.values, other.kind) == ("enum", ("small", "large"), "str")
    assert [enum.values for enum in api.enums] == [("small", "large")]


def test_a_closed_enum_stays_closed(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"size": {"enum": ["small", "large"]}}}
    api = build_document(minimal_spec({"/things": json_post(body)}), tmp_path)
    assert _argument(api.operations[0], "size").type.kind == "enum"
