"""The wire rules of the semantic spec diff, one minimal before/after pair per rule, with the SDK
verdict each pair should get; plus key-order independence and the real Claude spec history."""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.config import Target
from generator.diff import compare
from generator.diff.changes import Change, Level
from generator.diff.wire import diff_specs
from generator.spec import pointer
from generator.spec.load import Spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
CLAUDE = ROOT / "specs" / "claude.json"
CLAUDE_V1 = ROOT / "tests" / "fixtures" / "history" / "claude.v1.json"  # vendored from shared/
CHAT = ("POST", "/v1/chat/completions")

Doc = dict[str, Any]
Edit = Callable[[Doc], None]


# -- the base spec: POST /things (JSON body, 200 JSON response) and GET /things?limit=… ----------


def base_spec() -> Doc:
    thing_params = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "maxLength": 100, "description": "Its name."},
            "size": {"type": "integer", "minimum": 0, "maximum": 10},
            "kind": {"type": "string", "enum": ["small", "large"]},
            "labels": {
                "type": "array",
                "items": {"type": "string"},
                "minItems": 1,
                "maxItems": 10,
            },
            "color": {"type": "string", "pattern": "^#[0-9a-f]{6}$"},
            "note": {"type": "string", "nullable": True},
            "title": {"type": "string"},
            "value": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]},
        },
    }
    thing = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "status": {"type": "string", "enum": ["active", "archived"]},
            "count": {"type": "integer"},
            "label": {"type": "string"},
            "owner": {"type": "string", "nullable": True},
            "value": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]},
        },
    }
    error = {
        "type": "object",
        "required": ["message"],
        "properties": {"message": {"type": "string"}, "code": {"type": "string"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Things", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "tags": ["things"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "order",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["asc", "desc"]},
                        },
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": _json({"type": "object"})},
                },
                "post": {
                    "operationId": "createThing",
                    "tags": ["things"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": thing_params}},
                    },
                    "responses": {"200": _json(thing), "400": _json(error)},
                },
            }
        },
        "components": {"schemas": {"Unused": {"type": "object"}}},
    }


def _json(schema: Doc) -> Doc:
    return {"description": "a response", "content": {"application/json": {"schema": schema}}}


def post(doc: Doc) -> Doc:
    return doc["paths"]["/things"]["post"]  # type: ignore[no-any-return]


def get(doc: Doc) -> Doc:
    return doc["paths"]["/things"]["get"]  # type: ignore[no-any-return]


def body(doc: Doc) -> Doc:
    """The request body schema of POST /things."""
    found: Doc = post(doc)["requestBody"]["content"]["application/json"]["schema"]
    return found


def reply(doc: Doc, status: str = "200") -> Doc:
    """A response schema of POST /things."""
    found: Doc = post(doc)["responses"][status]["content"]["application/json"]["schema"]
    return found


def param(doc: Doc, name: str) -> Doc:
    return next(p for p in get(doc)["parameters"] if p["name"] == name)


def to_31(node: Any) -> Any:
    """The same document in OpenAPI 3.1: ``nullable: true`` becomes ``type: [..., "null"]``."""
    if isinstance(node, list):
        return [to_31(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: to_31(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") is True and isinstance(node.get("type"), str):
        result["type"] = [node["type"], "null"]
    if isinstance(result.get("openapi"), str):
        result["openapi"] = "3.1.0"
    return result


# -- the edits the cases are made of --------------------------------------------------------------


def nothing(doc: Doc) -> None:
    pass


def add_path(deprecated: bool) -> Edit:
    def edit(doc: Doc) -> None:
        operation: Doc = {"responses": {"200": _json({"type": "object"})}}
        if deprecated:
            operation["deprecated"] = True
        doc["paths"]["/legacy"] = {"get": operation}

    return edit


def remove_path(doc: Doc) -> None:
    del doc["paths"]["/legacy"]


def deprecate_get(doc: Doc) -> None:
    get(doc)["deprecated"] = True


def remove_get(doc: Doc) -> None:
    del doc["paths"]["/things"]["get"]


def add_delete(doc: Doc) -> None:
    doc["paths"]["/things/{id}"] = {
        "delete": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}],
            "responses": {"204": {"description": "gone"}},
        }
    }


def add_query(required: bool) -> Edit:
    def edit(doc: Doc) -> None:
        new = {"name": "since", "in": "query", "required": required, "schema": {"type": "string"}}
        get(doc)["parameters"].append(new)

    return edit


def remove_query(name: str) -> Edit:
    def edit(doc: Doc) -> None:
        get(doc)["parameters"] = [p for p in get(doc)["parameters"] if p["name"] != name]

    return edit


def set_in(target: Callable[[Doc], Doc], **values: Any) -> Edit:
    """Set keys of the object ``target`` finds (a value of ``...`` deletes the key)."""

    def edit(doc: Doc) -> None:
        node = target(doc)
        for key, value in values.items():
            if value is ...:
                node.pop(key, None)
            else:
                node[key] = value

    return edit


def at_param(name: str) -> Callable[[Doc], Doc]:
    return lambda doc: param(doc, name)


def at_param_schema(name: str) -> Callable[[Doc], Doc]:
    return lambda doc: param(doc, name)["schema"]


def at_body_prop(name: str) -> Callable[[Doc], Doc]:
    return lambda doc: body(doc)["properties"][name]


def at_reply_prop(name: str, status: str = "200") -> Callable[[Doc], Doc]:
    return lambda doc: reply(doc, status)["properties"][name]


def add_body_prop(name: str, required: bool) -> Edit:
    def edit(doc: Doc) -> None:
        body(doc)["properties"][name] = {"type": "string"}
        if required:
            body(doc)["required"].append(name)

    return edit


def add_reply_prop(name: str, required: bool) -> Edit:
    def edit(doc: Doc) -> None:
        reply(doc)["properties"][name] = {"type": "string"}
        if required:
            reply(doc)["required"].append(name)

    return edit


def remove_prop(schema: Callable[[Doc], Doc], name: str) -> Edit:
    def edit(doc: Doc) -> None:
        node = schema(doc)
        del node["properties"][name]
        node["required"] = [r for r in node.get("required", []) if r != name]
        if not node["required"]:
            del node["required"]  # 3.0 wants at least one name

    return edit


def required_list(schema: Callable[[Doc], Doc], names: list[str]) -> Edit:
    return lambda doc: schema(doc).__setitem__("required", names)


def wrap_in_one_of(schema: Callable[[Doc], Doc], owner: Callable[[Doc], Doc]) -> Edit:
    """Replace the object schema by a oneOf of two objects, neither of which is the old one."""

    def edit(doc: Doc) -> None:
        old = schema(doc)
        first = {**copy.deepcopy(old), "required": [*old.get("required", []), "variant"]}
        first["properties"]["variant"] = {"type": "string", "enum": ["a"]}
        second = {"type": "object", "properties": {"variant": {"type": "string", "enum": ["b"]}}}
        owner(doc)["schema"] = {"oneOf": [first, second]}

    return edit


def body_media(doc: Doc) -> Doc:
    found: Doc = post(doc)["requestBody"]["content"]["application/json"]
    return found


def reply_media(doc: Doc) -> Doc:
    found: Doc = post(doc)["responses"]["200"]["content"]["application/json"]
    return found


def add_media(owner: Callable[[Doc], Doc], media: str) -> Edit:
    return lambda doc: owner(doc)["content"].__setitem__(media, {"schema": {"type": "string"}})


def remove_media(owner: Callable[[Doc], Doc], media: str) -> Edit:
    return lambda doc: owner(doc)["content"].pop(media)


def request_body(doc: Doc) -> Doc:
    found: Doc = post(doc)["requestBody"]
    return found


def response(status: str) -> Callable[[Doc], Doc]:
    return lambda doc: post(doc)["responses"][status]


def add_status(status: str) -> Edit:
    return lambda doc: post(doc)["responses"].__setitem__(status, {"description": "more"})


def remove_status(status: str) -> Edit:
    return lambda doc: post(doc)["responses"].pop(status)


def edits(*steps: Edit) -> Edit:
    def edit(doc: Doc) -> None:
        for step in steps:
            step(doc)

    return edit


# -- the table ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    change: Edit  # turns the old document into the new one
    rule: str
    level: Level
    sdk_breaking: bool  # the expected SDK verdict
    setup: Edit = nothing  # turns the base into the old document
    openapi31: bool = False


def case(
    id: str,
    change: Edit,
    rule: str,
    level: Level,
    sdk_breaking: bool,
    setup: Edit = nothing,
    openapi31: bool = False,
) -> Any:
    return pytest.param(Case(change, rule, level, sdk_breaking, setup, openapi31), id=id)


CASES = [
    # operations
    case("endpoint added", add_delete, "endpoint-added", "info", False),
    case(
        "path removed",
        remove_path,
        "api-path-removed-without-deprecation",
        "breaking",
        True,
        setup=add_path(deprecated=False),
    ),
    case(
        "deprecated path removed",
        remove_path,
        "api-path-removed-with-deprecation",
        "info",
        True,
        setup=add_path(deprecated=True),
    ),
    case("operation removed", remove_get, "api-removed-without-deprecation", "breaking", True),
    case(
        "deprecated operation removed",
        remove_get,
        "api-removed-with-deprecation",
        "info",
        True,
        setup=deprecate_get,
    ),
    case("operation deprecated", deprecate_get, "endpoint-deprecated", "info", False),
    case(
        "operationId changed",
        set_in(get, operationId="findThings"),
        "api-operation-id-removed",
        "info",  # nothing changes on the wire ...
        True,  # ... but the method is named after it: client.things.list() becomes .find()
    ),
    case("tag removed", set_in(get, tags=[]), "api-tag-removed", "info", False),
    case(
        "component schema removed",
        lambda doc: doc["components"]["schemas"].pop("Unused"),
        "api-schema-removed",
        "info",
        False,
    ),
    # parameters
    case(
        "required parameter added",
        add_query(True),
        "new-required-request-parameter",
        "breaking",
        True,
    ),
    case(
        "optional parameter added",
        add_query(False),
        "new-optional-request-parameter",
        "info",
        False,
    ),
    case("parameter removed", remove_query("q"), "request-parameter-removed", "warning", True),
    case(
        "parameter became required",
        set_in(at_param("limit"), required=True),
        "request-parameter-became-required",
        "breaking",
        True,
    ),
    case(
        "parameter became optional",
        set_in(at_param("limit"), required=...),
        "request-parameter-became-optional",
        "info",
        False,
        setup=set_in(at_param("limit"), required=True),
    ),
    case(
        "parameter type changed",
        set_in(at_param_schema("limit"), type="string"),
        "request-parameter-type-changed",
        "breaking",
        True,
    ),
    case(
        "parameter type generalized",
        set_in(at_param_schema("limit"), type="number"),
        "request-parameter-type-generalized",
        "info",
        False,
    ),
    case(
        "parameter enum value removed",
        set_in(at_param_schema("order"), enum=["asc"]),
        "request-parameter-enum-value-removed",
        "breaking",
        True,
    ),
    case(
        "parameter enum value added",
        set_in(at_param_schema("order"), enum=["asc", "desc", "random"]),
        "request-parameter-enum-value-added",
        "info",
        False,
    ),
    case(
        "parameter became enum",
        set_in(at_param_schema("q"), enum=["red", "blue"]),
        "request-parameter-became-enum",
        "breaking",
        True,
    ),
    case(
        "parameter maximum decreased",
        set_in(at_param_schema("limit"), maximum=50),
        "request-parameter-max-decreased",
        "breaking",
        False,
        setup=set_in(at_param_schema("limit"), maximum=100),
    ),
    # request bodies
    case(
        "request body became required",
        set_in(request_body, required=True),
        "request-body-became-required",
        "breaking",
        False,
        setup=set_in(request_body, required=False),
    ),
    case(
        "request media type removed",
        remove_media(request_body, "application/x-www-form-urlencoded"),
        "request-body-media-type-removed",
        "breaking",
        False,
        setup=add_media(request_body, "application/x-www-form-urlencoded"),
    ),
    case(
        "request body wrapped in oneOf",
        wrap_in_one_of(body, body_media),
        "request-body-wrapped-in-one-of",
        "breaking",
        True,
    ),
    case(
        "required request property added",
        add_body_prop("owner", required=True),
        "new-required-request-property",
        "breaking",
        True,
    ),
    case(
        "optional request property added",
        add_body_prop("stream_options", required=False),
        "new-optional-request-property",
        "info",
        False,
    ),
    case(
        "request property became required",
        required_list(body, ["name", "size"]),
        "request-property-became-required",
        "breaking",
        True,
    ),
    case(
        "request property became optional",
        set_in(body, required=...),
        "request-property-became-optional",
        "info",
        False,
    ),
    case(
        "request property removed",
        remove_prop(body, "title"),
        "request-property-removed",
        "warning",
        True,
    ),
    case(
        "request property type changed",
        set_in(at_body_prop("size"), type="string", minimum=..., maximum=...),
        "request-property-type-changed",
        "breaking",
        True,
    ),
    case(
        "request property type generalized",
        set_in(at_body_prop("size"), type="number"),
        "request-property-type-generalized",
        "info",
        False,
    ),
    case(
        "request property enum value removed",
        set_in(at_body_prop("kind"), enum=["small"]),
        "request-property-enum-value-removed",
        "breaking",
        True,
    ),
    case(
        "request property enum value added",
        set_in(at_body_prop("kind"), enum=["small", "large", "huge"]),
        "request-property-enum-value-added",
        "info",
        False,
    ),
    case(
        "request property became enum",
        set_in(at_body_prop("title"), enum=["Mr", "Ms"]),
        "request-property-became-enum",
        "breaking",
        True,
    ),
    case(
        "request property became not nullable (3.0)",
        set_in(at_body_prop("note"), nullable=...),
        "request-property-became-not-nullable",
        "breaking",
        True,
    ),
    case(
        "request property became nullable (3.1)",
        set_in(at_body_prop("title"), type=["string", "null"]),
        "request-property-became-nullable",
        "info",
        False,
        openapi31=True,
    ),
    case(
        "request property oneOf alternative removed",
        set_in(at_body_prop("value"), oneOf=[{"type": "string"}, {"type": "integer"}]),
        "request-property-one-of-removed",
        "breaking",
        True,
    ),
    case(
        "request property oneOf alternative added",
        set_in(
            at_body_prop("value"),
            oneOf=[{"type": "string"}, {"type": "integer"}, {"type": "boolean"}, {"type": "array"}],
        ),
        "request-property-one-of-added",
        "info",
        False,
    ),
    case(
        "request property maxLength decreased",
        set_in(at_body_prop("name"), maxLength=50),
        "request-property-max-length-decreased",
        "breaking",
        False,
    ),
    case(
        "request property maximum decreased",
        set_in(at_body_prop("size"), maximum=5),
        "request-property-max-decreased",
        "breaking",
        False,
    ),
    case(
        "request property minimum increased",
        set_in(at_body_prop("size"), minimum=1),
        "request-property-min-increased",
        "breaking",
        False,
    ),
    case(
        "request property maxItems decreased",
        set_in(at_body_prop("labels"), maxItems=5),
        "request-property-max-items-decreased",
        "breaking",
        False,
    ),
    case(
        "request property minItems increased",
        set_in(at_body_prop("labels"), minItems=2),
        "request-property-min-items-increased",
        "breaking",
        False,
    ),
    case(
        "request property maxLength increased",
        set_in(at_body_prop("name"), maxLength=200),
        "request-property-max-length-increased",
        "info",
        False,
    ),
    case(
        "request property pattern added",
        set_in(at_body_prop("title"), pattern="^[A-Z]"),
        "request-property-pattern-added",
        "breaking",
        False,
    ),
    case(
        "request property pattern changed",
        set_in(at_body_prop("color"), pattern="^#[0-9a-f]{3}$"),
        "request-property-pattern-changed",
        "breaking",
        False,
    ),
    case(
        "request property pattern removed",
        set_in(at_body_prop("color"), pattern=...),
        "request-property-pattern-removed",
        "info",
        False,
    ),
    # responses
    case(
        "success status removed",
        remove_status("201"),
        "response-success-status-removed",
        "breaking",
        False,
        setup=add_status("201"),
    ),
    case(
        "error status removed",
        remove_status("400"),
        "response-non-success-status-removed",
        "info",
        True,  # the only error body was the ErrorResponse model, which goes with it
    ),
    case("success status added", add_status("201"), "response-success-status-added", "info", False),
    case(
        "error status added",
        add_status("404"),
        "response-non-success-status-added",
        "info",
        False,
    ),
    case(
        "response media type removed",
        remove_media(response("200"), "text/plain"),
        "response-media-type-removed",
        "breaking",
        False,
        setup=add_media(response("200"), "text/plain"),
    ),
    case(
        "response media type added",
        add_media(response("200"), "text/plain"),
        "response-media-type-added",
        "info",
        False,
    ),
    case(
        "required response property removed",
        remove_prop(reply, "name"),
        "response-required-property-removed",
        "breaking",
        True,
    ),
    case(
        "optional response property removed",
        remove_prop(reply, "label"),
        "response-optional-property-removed",
        "warning",
        True,
    ),
    case(
        "required property removed from an error response",
        remove_prop(lambda doc: reply(doc, "400"), "message"),
        "response-required-property-removed",
        "warning",  # lowered: an error body
        True,  # the field ErrorResponse.message goes
    ),
    case(
        "response property became optional",
        required_list(reply, ["id"]),
        "response-property-became-optional",
        "breaking",
        True,  # what callers read widens (str -> str | None): strict type checks break
    ),
    case(
        "response property became required",
        required_list(reply, ["id", "name", "count"]),
        "response-property-became-required",
        "info",
        False,
    ),
    case(
        "response property became nullable (3.0)",
        set_in(at_reply_prop("label"), nullable=True),
        "response-property-became-nullable",
        "breaking",
        True,  # what callers read widens (str -> str | None): strict type checks break
    ),
    case(
        "response property became nullable (3.1)",
        set_in(at_reply_prop("label"), type=["string", "null"]),
        "response-property-became-nullable",
        "breaking",
        True,  # what callers read widens (str -> str | None): strict type checks break
        openapi31=True,
    ),
    case(
        "response property became not nullable (3.1)",
        set_in(at_reply_prop("owner"), nullable=...),
        "response-property-became-not-nullable",
        "info",
        False,
        openapi31=True,
    ),
    case(
        "response body became nullable",
        set_in(reply, nullable=True),
        "response-body-became-nullable",
        "breaking",
        True,  # what callers read widens (str -> str | None): strict type checks break
    ),
    case(
        "response property type changed",
        set_in(at_reply_prop("count"), type="string"),
        "response-property-type-changed",
        "breaking",
        True,
    ),
    case(
        "response property type generalized",
        set_in(at_reply_prop("count"), type="number"),
        "response-property-type-generalized",
        "breaking",
        True,
    ),
    case(
        "response enum value added",
        set_in(at_reply_prop("status"), enum=["active", "archived", "deleted"]),
        "response-property-enum-value-added",
        "warning",
        False,
    ),
    case(
        "response enum value removed",
        set_in(at_reply_prop("status"), enum=["active"]),
        "response-property-enum-value-removed",
        "info",
        True,
    ),
    case(
        "response oneOf alternative added",
        set_in(
            at_reply_prop("value"),
            oneOf=[{"type": "string"}, {"type": "integer"}, {"type": "boolean"}, {"type": "array"}],
        ),
        "response-property-one-of-added",
        "breaking",
        True,  # what callers read widens (str -> str | None): strict type checks break
    ),
    case(
        "response oneOf alternative removed",
        set_in(at_reply_prop("value"), oneOf=[{"type": "string"}, {"type": "integer"}]),
        "response-property-one-of-removed",
        "info",
        False,  # a narrower type to read; nothing a caller names goes away
    ),
    case(
        "required response property added",
        add_reply_prop("created", required=True),
        "response-required-property-added",
        "info",
        False,
    ),
    case(
        "optional response property added",
        add_reply_prop("created", required=False),
        "response-optional-property-added",
        "info",
        False,
    ),
    case(
        "response body wrapped in oneOf",
        wrap_in_one_of(reply, reply_media),
        "response-body-wrapped-in-one-of",
        "breaking",
        True,
    ),
]


def write(tmp_path: Path, name: str, document: Doc) -> Spec:
    file = tmp_path / f"{name}.json"
    file.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return load_spec(file)


def documents(case: Case) -> tuple[Doc, Doc]:
    old = base_spec()
    case.setup(old)
    new = copy.deepcopy(old)
    case.change(new)
    if case.openapi31:
        return to_31(old), to_31(new)
    return old, new


def target(tmp_path: Path, spec: Spec) -> Target:
    return Target("t", Path(spec.file), None, "pkg", "pkg", tmp_path / "out")


def found(changes: list[Change]) -> set[tuple[str, str]]:
    return {(change.rule, change.level) for change in changes}


@pytest.mark.parametrize("case", CASES)
def test_rule(case: Case, tmp_path: Path) -> None:
    old_doc, new_doc = documents(case)
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    changes = diff_specs(old, new)
    assert (case.rule, case.level) in found(changes), [c.message for c in changes]
    assert_pointers_resolve(changes, old, new)
    assert diff_specs(old, old) == [] and diff_specs(new, new) == []
    # The SDK verdict last: it needs generator/diff/sdk.py.
    report = compare(old, new, target(tmp_path, new))
    assert report.sdk_breaking is case.sdk_breaking, [c.message for c in report.sdk]


def assert_pointers_resolve(changes: list[Change], old: Spec, new: Spec) -> None:
    """A removal points into the old document, anything else into the new one."""
    for change in changes:
        removal = any(word in change.rule for word in ("removed", "unset", "no-longer"))
        document = old.document if removal else new.document
        pointer.resolve(document, change.pointer)  # raises KeyError if it points at nothing


def test_the_table_covers_enough_rules() -> None:
    rules = {param.values[0].rule for param in CASES}
    assert len(CASES) >= 34 and len(rules) >= 34


# -- the walk itself ------------------------------------------------------------------------------


def test_messages_name_the_property_by_its_path(tmp_path: Path) -> None:
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    body(new_doc)["properties"]["labels"]["items"] = {
        "type": "object",
        "properties": {"text": {"type": "string"}},
    }
    body(old_doc)["properties"]["labels"]["items"] = {
        "type": "object",
        "properties": {"text": {"type": "string"}, "lang": {"type": "string"}},
    }
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    (change,) = diff_specs(old, new)
    assert change.rule == "request-property-removed" and change.level == "warning"
    assert change.message == "request property 'labels[].lang' removed"
    assert (change.method, change.path) == ("POST", "/things")
    content = "/paths/~1things/post/requestBody/content/application~1json/schema"
    assert change.pointer == f"{content}/properties/labels/items/properties/lang"


def test_refs_are_followed_and_cycles_end(tmp_path: Path) -> None:
    def tree(leaf: Doc) -> Doc:
        doc = base_spec()
        doc["components"]["schemas"]["Node"] = {
            "type": "object",
            "properties": {
                "leaf": leaf,
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            },
        }
        body(doc)["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
        reply(doc)["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
        return doc

    old = write(tmp_path, "old", tree({"type": "integer"}))
    new = write(tmp_path, "new", tree({"type": "number"}))
    changes = diff_specs(old, new)
    leaf = "/components/schemas/Node/properties/leaf"
    assert [(c.rule, c.level, c.pointer) for c in changes] == [
        ("request-property-type-generalized", "info", leaf),
        ("response-property-type-generalized", "breaking", leaf),
    ]
    assert (
        changes[0].message
        == "request property 'tree.leaf' type generalized from 'integer' to 'number'"
    )


def test_descriptions_examples_and_extensions_are_no_change(tmp_path: Path) -> None:
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    body(new_doc)["properties"]["name"].update(
        description="Another text.", example="x", title="T", **{"x-internal": True}
    )
    post(new_doc)["summary"] = "Create a thing"
    reply(new_doc)["example"] = {"id": "1", "name": "a"}
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    assert diff_specs(old, new) == []


def test_renamed_path_parameter_is_no_change(tmp_path: Path) -> None:
    old_doc, new_doc = base_spec(), base_spec()
    add_delete(old_doc)
    add_delete(new_doc)
    item = new_doc["paths"].pop("/things/{id}")
    item["delete"]["parameters"][0]["name"] = "thing_id"
    new_doc["paths"]["/things/{thing_id}"] = item
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    assert diff_specs(old, new) == []


def test_31_null_alternative_is_nullability(tmp_path: Path) -> None:
    old_doc = to_31(base_spec())
    new_doc = copy.deepcopy(old_doc)
    reply(new_doc)["properties"]["label"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    assert [(c.rule, c.level, c.message) for c in diff_specs(old, new)] == [
        (
            "response-property-became-nullable",
            "breaking",
            "200 response property 'label' became nullable",
        )
    ]


def test_all_of_is_merged(tmp_path: Path) -> None:
    """Moving properties into an allOf of a component changes nothing on the wire."""
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    schema = reply(new_doc)
    base = {"type": "object", "required": ["id"], "properties": {"id": schema["properties"]["id"]}}
    new_doc["components"]["schemas"]["Base"] = base
    rest = {k: v for k, v in schema["properties"].items() if k != "id"}
    post(new_doc)["responses"]["200"]["content"]["application/json"]["schema"] = {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {"type": "object", "required": ["name"], "properties": rest},
        ]
    }
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    assert diff_specs(old, new) == []
    del new_doc["components"]["schemas"]["Base"]["required"]
    new = write(tmp_path, "new", new_doc)
    (change,) = diff_specs(old, new)
    assert (change.rule, change.level) == ("response-property-became-optional", "breaking")
    assert change.pointer == "/components/schemas/Base/properties/id"


def test_output_is_sorted_and_deterministic(tmp_path: Path) -> None:
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    for step in (
        remove_get,
        add_body_prop("b", True),
        set_in(at_reply_prop("count"), type="string"),
    ):
        step(new_doc)
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    first, second = diff_specs(old, new), diff_specs(old, new)
    assert first == second
    keys = [(c.method or "", c.path or "", c.pointer, c.rule) for c in first]
    assert keys == sorted(keys)


# -- the real Claude spec ------------------------------------------------------------------------


def reversed_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: reversed_keys(node[key]) for key in reversed(list(node))}
    if isinstance(node, list):
        return [reversed_keys(item) for item in node]
    return node


def test_identical_specs_report_nothing() -> None:
    spec = load_spec(CLAUDE)
    assert diff_specs(spec, spec) == []
    assert diff_specs(spec, load_spec(CLAUDE)) == []


def test_reordered_and_reindented_spec_reports_nothing(tmp_path: Path) -> None:
    document = json.loads(CLAUDE.read_text(encoding="utf-8"))
    shuffled = tmp_path / "claude.json"
    shuffled.write_text(json.dumps(reversed_keys(document), indent=7), encoding="utf-8")
    assert shuffled.read_text(encoding="utf-8") != CLAUDE.read_text(encoding="utf-8")
    assert diff_specs(load_spec(CLAUDE), load_spec(shuffled)) == []
    assert diff_specs(load_spec(shuffled), load_spec(CLAUDE)) == []


ADDED_REQUEST_PROPERTIES = {
    "audio",
    "frequency_penalty",
    "logit_bias",
    "logprobs",
    "max_completion_tokens",
    "metadata",
    "modalities",
    "parallel_tool_calls",
    "prediction",
    "presence_penalty",
    "reasoning_effort",
    "seed",
    "service_tier",
    "stop",
    "store",
    "stream_options",
    "tool_choice",
    "tools",
    "top_logprobs",
    "top_p",
    "user",
    "web_search_options",
    "messages[].name",
    "messages[].refusal",
    "messages[].tool_call_id",
    "messages[].tool_calls",
}


@pytest.fixture(scope="module")
def history() -> list[Change]:
    """claude.v1.json -> specs/claude.json, both without the overlay."""
    return diff_specs(load_spec(CLAUDE_V1), load_spec(CLAUDE))


def of_rule(changes: list[Change], rule: str) -> list[Change]:
    return [change for change in changes if change.rule == rule]


def test_history_touches_only_chat_completions(history: list[Change]) -> None:
    assert {(c.method, c.path) for c in history} == {CHAT}


def test_history_added_request_properties(history: list[Change]) -> None:
    added = of_rule(history, "new-optional-request-property")
    assert {c.new for c in added} == ADDED_REQUEST_PROPERTIES
    assert {c.level for c in added} == {"info"}
    stream_options = next(c for c in added if c.new == "stream_options")
    assert stream_options.message == "request property 'stream_options' added (optional)"
    schema = "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json/schema"
    assert stream_options.pointer == f"{schema}/properties/stream_options"
    assert not of_rule(history, "new-required-request-property")


def test_history_added_enum_values(history: list[Change]) -> None:
    added = of_rule(history, "request-property-enum-value-added")
    assert {(c.message.split("'")[1], c.new, c.level) for c in added} == {
        ("model", "claude-opus-4-8", "info"),
        ("model", "claude-opus-4-7", "info"),
        ("messages[].role", "developer", "info"),
        ("messages[].role", "tool", "info"),
    }
    assert not of_rule(history, "request-property-enum-value-removed")


def test_history_request_shape_changes(history: list[Change]) -> None:
    def named(rule: str) -> set[tuple[str, str]]:
        return {(c.message.split("'")[1], c.level) for c in of_rule(history, rule)}

    # messages[].content: no longer required, and a string or an array of parts
    assert named("request-property-became-optional") == {("messages[].content", "info")}
    assert named("request-property-one-of-added") == {("messages[].content", "info")}
    # response_format: an object with an optional `type` became a oneOf of three objects that
    # each require `type`; `{}` was valid and no longer is
    assert named("request-property-wrapped-in-one-of") == {("response_format", "breaking")}


def test_history_response_requirements(history: list[Change]) -> None:
    response = [c for c in history if c.rule.startswith("response-")]
    assert sorted((c.rule, c.message.split("'")[1], c.level) for c in response) == [
        # `logprobs` was required (without a schema) and `message.content` required; both no
        # longer are: an old client may find them missing
        ("response-optional-property-added", "choices[].message.audio", "info"),
        ("response-optional-property-added", "choices[].message.refusal", "info"),
        ("response-optional-property-added", "choices[].message.tool_calls", "info"),
        ("response-optional-property-added", "usage", "info"),
        ("response-property-became-optional", "choices[].logprobs", "breaking"),
        ("response-property-became-optional", "choices[].message.content", "breaking"),
        ("response-property-type-specialized", "choices[].logprobs", "info"),
    ]


def test_history_counts(history: list[Change]) -> None:
    assert Counter((c.rule, c.level) for c in history) == {
        ("new-optional-request-property", "info"): 26,
        ("request-property-enum-value-added", "info"): 4,
        ("request-property-became-optional", "info"): 1,
        ("request-property-one-of-added", "info"): 1,
        ("request-property-wrapped-in-one-of", "breaking"): 1,
        ("response-optional-property-added", "info"): 4,
        ("response-property-became-optional", "breaking"): 2,
        ("response-property-type-specialized", "info"): 1,
    }
