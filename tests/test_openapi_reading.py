"""The builder and the differ read a schema alike: nullability by any of its spellings, and the
keywords of ``allOf`` parts that disagree (``generator/spec/openapi.py`` says both once)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.diff import compare
from generator.diff.changes import Report
from generator.model import ir
from generator.model.build import build_api
from generator.spec.openapi import admits_null, by_precedence
from generator.spec.refs import Resolver
from tests.test_diff_rules import (
    Doc,
    base_spec,
    body,
    reply,
    reply_media,
    target,
    to_31,
    write,
)

NULL_BRANCHES = [{"type": "null"}, {"const": None}, {"enum": [None]}]
CHANGED_COUNT = {"type": "boolean"}


def report(tmp_path: Path, old_doc: Doc, new_doc: Doc) -> Report:
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    return compare(old, new, target(tmp_path, new))


def wire(result: Report) -> list[tuple[str, str]]:
    return [(change.rule, change.pointer) for change in result.wire]


def field(tmp_path: Path, document: Doc, model: str, name: str) -> ir.Field:
    """A field of a model as the builder reads ``document``."""
    spec = write(tmp_path, "built", document)
    api = build_api(spec, target(tmp_path, spec))
    found = next(m for m in api.models if m.name == model)
    return next(f for f in found.fields if f.name == name)


# -- the shared reading itself -------------------------------------------------------------------


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "nullable": True},
        {"type": "null"},
        {"type": ["string", "null"]},
        {"const": None},
        {"enum": ["a", None]},
        *({"oneOf": [{"type": "string"}, null]} for null in NULL_BRANCHES),
        {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Nothing"}]},
    ],
)
def test_every_spelling_of_null_admits_null(schema: Doc) -> None:
    document = {"components": {"schemas": {"Nothing": {"enum": [None]}}}}
    follow = Resolver(document, "spec.json").follow
    assert admits_null(schema, "/components/schemas/X", follow)
    assert not admits_null({"type": "string", "enum": ["a"]}, "/x", follow)


def test_own_keywords_win_then_later_parts() -> None:
    first, second = {"maxLength": 1}, {"maxLength": 2}
    schema: dict[str, Any] = {"allOf": [first, second], "title": "T"}
    assert by_precedence(schema) == [(None, {"title": "T"}), (1, second), (0, first)]


# -- nullability ---------------------------------------------------------------------------------


@pytest.mark.parametrize("null", NULL_BRANCHES, ids=["type", "const", "enum"])
def test_a_null_only_branch_makes_a_property_nullable(null: Doc, tmp_path: Path) -> None:
    """Not an alternative added on the wire and ``str | None`` in the SDK: one reading."""
    old_doc = to_31(base_spec())
    new_doc = copy.deepcopy(old_doc)
    reply(new_doc)["properties"]["label"] = {"oneOf": [{"type": "string"}, null]}
    result = report(tmp_path, old_doc, new_doc)
    assert [(c.rule, c.level) for c in result.wire] == [
        ("response-property-became-nullable", "breaking")
    ]
    assert [(c.rule, c.old, c.new) for c in result.sdk] == [
        ("sdk-field-type-changed", "str", "str | None")
    ]


def test_null_among_enum_values_is_nullability(tmp_path: Path) -> None:
    old_doc = base_spec()
    reply(old_doc)["properties"]["status"]["enum"].append(None)
    assert field(tmp_path, old_doc, "Thing", "status").type.nullable
    new_doc = base_spec()
    result = report(tmp_path, old_doc, new_doc)
    assert [(c.rule, c.level) for c in result.wire] == [
        ("response-property-became-not-nullable", "info")
    ]


# -- allOf precedence ----------------------------------------------------------------------------


def split_reply(doc: Doc) -> None:
    """The response as an allOf of two parts that disagree on the type of ``count``: the first
    says integer, the second (which wins) string."""
    thing = reply(doc)
    first = {**thing, "properties": {**thing["properties"], "count": {"type": "integer"}}}
    second = {"type": "object", "properties": {"count": {"type": "string"}}}
    reply_media(doc)["schema"] = {"allOf": [first, second]}


def test_the_later_part_gives_a_property_its_type(tmp_path: Path) -> None:
    old_doc = base_spec()
    split_reply(old_doc)
    assert field(tmp_path, old_doc, "Thing", "count").type.kind == "str"
    new_doc = copy.deepcopy(old_doc)
    reply_media(new_doc)["schema"]["allOf"][1]["properties"]["count"] = CHANGED_COUNT
    result = report(tmp_path, old_doc, new_doc)
    at = "/paths/~1things/post/responses/200/content/application~1json/schema/allOf/1"
    assert wire(result) == [("response-property-type-changed", f"{at}/properties/count")]
    assert [(c.rule, c.old, c.new) for c in result.sdk] == [
        ("sdk-field-type-changed", "str", "bool")
    ]


def test_a_property_an_earlier_part_overrides_changes_nothing(tmp_path: Path) -> None:
    old_doc = base_spec()
    split_reply(old_doc)
    new_doc = copy.deepcopy(old_doc)
    reply_media(new_doc)["schema"]["allOf"][0]["properties"]["count"] = CHANGED_COUNT
    result = report(tmp_path, old_doc, new_doc)
    assert result.wire == () and result.sdk == ()


def split_name(doc: Doc) -> None:
    """The request's ``name`` as an allOf whose parts disagree on ``maxLength``: 100, then 50."""
    body(doc)["properties"]["name"] = {
        "allOf": [{"type": "string", "maxLength": 100}, {"maxLength": 50}]
    }


def test_the_later_part_gives_a_keyword_its_value(tmp_path: Path) -> None:
    old_doc = base_spec()
    split_name(old_doc)
    assert field(tmp_path, old_doc, "ThingCreateParams", "name").type.constraints.max_length == 50
    winning, losing = copy.deepcopy(old_doc), copy.deepcopy(old_doc)
    body(winning)["properties"]["name"]["allOf"][1]["maxLength"] = 60
    body(losing)["properties"]["name"]["allOf"][0]["maxLength"] = 10
    assert [rule for rule, _ in wire(report(tmp_path, old_doc, winning))] == [
        "request-property-max-length-increased"
    ]
    assert wire(report(tmp_path, old_doc, losing)) == []
