"""Wire verdicts that hang on more than one keyword: a response that narrows into a union (each
alternative a case of the old schema) and ``additionalProperties: false``, in both directions.

Each case puts a schema named ``probe`` in the request body or the 200 response of the base spec
of ``test_diff_rules`` (or replaces the whole body), changes it, and checks the verdict."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.diff.changes import Change, Level
from generator.diff.wire import diff_specs
from tests.test_diff_rules import (
    Doc,
    assert_pointers_resolve,
    base_spec,
    body,
    body_media,
    found,
    reply,
    reply_media,
    to_31,
    write,
)

STRING: Doc = {"type": "string"}
PART: Doc = {"type": "object", "properties": {"type": STRING, "text": STRING}}


def tagged(tag: str, required: list[str] | None = None, **properties: Doc) -> Doc:
    """An object alternative tagged ``type: <tag>``, with ``properties`` besides the tag."""
    return {
        "type": "object",
        "required": ["type", *(required or [])],
        "properties": {"type": {"type": "string", "enum": [tag]}, **properties},
    }


def one_of(*alternatives: Doc) -> Doc:
    return {"oneOf": list(alternatives)}


def diff(tmp_path: Path, old_doc: Doc, new_doc: Doc) -> list[Change]:
    old, new = write(tmp_path, "old", old_doc), write(tmp_path, "new", new_doc)
    changes = diff_specs(old, new)
    assert_pointers_resolve(changes, old, new)
    return changes


def probe_diff(
    tmp_path: Path, where: str, before: Doc, after: Doc, v31: bool = False
) -> list[Change]:
    """The changes when the property ``probe`` of the request or response goes from ``before``
    to ``after``."""
    old_doc, new_doc = base_spec(), base_spec()
    schema = body if where == "request" else reply
    schema(old_doc)["properties"]["probe"] = copy.deepcopy(before)
    schema(new_doc)["properties"]["probe"] = copy.deepcopy(after)
    if v31:
        old_doc, new_doc = to_31(old_doc), to_31(new_doc)
    return diff(tmp_path, old_doc, new_doc)


def levels(changes: list[Change]) -> set[Level]:
    return {change.level for change in changes}


# -- a response narrowed to a union ----------------------------------------------------------------


@dataclass(frozen=True)
class Narrowing:
    before: Doc
    after: Doc
    v31: bool = False


NARROWINGS = [
    pytest.param(
        Narrowing(PART, one_of(tagged("text", ["text"], text=STRING), tagged("image", url=STRING))),
        id="object into tagged objects, a subset and a superset of its properties",
    ),
    pytest.param(
        Narrowing(
            {**PART, "required": ["type"]},
            one_of(tagged("text", text=STRING), tagged("refusal", text=STRING, reason=STRING)),
        ),
        id="object with a required tag into tagged objects",
    ),
    pytest.param(
        Narrowing(
            STRING,
            one_of({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]}),
        ),
        id="string into string enums",
    ),
    pytest.param(
        Narrowing(
            {"type": "number", "minimum": 0},
            one_of(
                {"type": "integer", "minimum": 1}, {"type": "number", "maximum": 5, "minimum": 0}
            ),
        ),
        id="number into an integer and a bounded number",
    ),
    pytest.param(
        Narrowing(
            {"type": "string", "enum": ["a", "b", "c"]},
            one_of({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b", "c"]}),
        ),
        id="enum split into its values",
    ),
    pytest.param(
        Narrowing(
            {"type": "array", "items": PART},
            one_of(
                {"type": "array", "items": tagged("text", text=STRING)},
                {"type": "array", "items": tagged("image", url=STRING), "maxItems": 3},
            ),
        ),
        id="array into arrays of narrower items",
    ),
    pytest.param(
        Narrowing(STRING, one_of({"const": "a"}, {"const": "b"}), v31=True),
        id="string into 3.1 consts",
    ),
]


@pytest.mark.parametrize("case", NARROWINGS)
def test_a_response_property_narrowed_to_a_one_of_is_info(case: Narrowing, tmp_path: Path) -> None:
    changes = probe_diff(tmp_path, "response", case.before, case.after, case.v31)
    assert ("response-property-narrowed-to-one-of", "info") in found(changes), changes
    assert levels(changes) == {"info"}, [c.message for c in changes]


def test_a_response_property_narrowed_to_an_any_of_is_info(tmp_path: Path) -> None:
    after = {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string", "format": "uri"}]}
    (change,) = probe_diff(tmp_path, "response", STRING, after)
    assert (change.rule, change.level) == ("response-property-narrowed-to-any-of", "info")
    assert change.message == (
        "200 response property 'probe' narrowed to anyOf alternatives, each allowed before"
    )
    assert change.pointer.endswith("/schema/properties/probe")


def test_a_response_body_narrowed_to_a_one_of_is_info(tmp_path: Path) -> None:
    """Each alternative is the old body plus a required tag: every reply was a valid old one."""
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    thing = reply(old_doc)
    variants = []
    for tag in ("a", "b"):
        variant = copy.deepcopy(thing)
        variant["properties"]["variant"] = {"type": "string", "enum": [tag]}
        variant["required"].append("variant")
        variants.append(variant)
    reply_media(new_doc)["schema"] = one_of(*variants)
    changes = diff(tmp_path, old_doc, new_doc)
    assert found(changes) == {("response-body-narrowed-to-one-of", "info")}


def test_a_recursive_response_narrowed_to_a_one_of_ends(tmp_path: Path) -> None:
    node = {
        "type": "object",
        "properties": {
            "label": STRING,
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    old_doc = base_spec()
    old_doc["components"]["schemas"]["Node"] = node
    reply(old_doc)["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
    new_doc = copy.deepcopy(old_doc)
    reply(new_doc)["properties"]["tree"] = one_of(
        *({"allOf": [{"$ref": "#/components/schemas/Node"}, tagged(tag)]} for tag in "ab")
    )
    changes = diff(tmp_path, old_doc, new_doc)
    assert found(changes) == {("response-property-narrowed-to-one-of", "info")}


BROADER = [
    pytest.param(
        one_of({"type": "string", "enum": ["a"]}, {"type": "integer"}),
        STRING,
        id="an alternative of another type",
    ),
    pytest.param(
        one_of(tagged("text", text={"type": "integer"}), tagged("image", url=STRING)),
        PART,
        id="a property of another type",
    ),
    pytest.param(
        one_of({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["d"]}),
        {"type": "string", "enum": ["a", "b"]},
        id="a value outside the old enum",
    ),
    pytest.param(
        one_of(tagged("text", text=STRING), {"type": "object", "properties": {"text": STRING}}),
        {**PART, "required": ["type"]},
        id="an alternative that may leave out a required property",
    ),
    pytest.param(
        one_of({"type": "integer", "maximum": 20}, {"type": "integer", "maximum": 5}),
        {"type": "integer", "maximum": 10},
        id="a looser bound",
    ),
    pytest.param(
        one_of({"type": "string", "pattern": "^b"}, {"type": "string", "enum": ["a"]}),
        {"type": "string", "pattern": "^a"},
        id="another pattern",
    ),
    pytest.param(
        one_of({"type": "string", "nullable": True}, {"type": "string", "enum": ["a"]}),
        STRING,
        id="a nullable alternative",
    ),
    pytest.param(
        one_of(tagged("text", text=STRING), tagged("image", url=STRING)),
        {**PART, "additionalProperties": False},
        id="a property the old schema forbade",
    ),
]


@pytest.mark.parametrize(("after", "before"), BROADER)
def test_a_response_union_that_may_send_more_still_breaks(
    after: Doc, before: Doc, tmp_path: Path
) -> None:
    changes = probe_diff(tmp_path, "response", before, after)
    breaking = {c.rule for c in changes if c.level == "breaking"}
    assert breaking & {"response-property-wrapped-in-one-of", "response-property-one-of-added"}
    assert not [c for c in changes if "narrowed" in c.rule]


def test_a_response_body_wrapped_in_a_broader_one_of_still_breaks(tmp_path: Path) -> None:
    """The second alternative does not require ``id`` and ``name``, which the old body did."""
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    second = {"type": "object", "properties": {"variant": {"type": "string", "enum": ["b"]}}}
    reply_media(new_doc)["schema"] = one_of(reply(old_doc), second)
    changes = diff(tmp_path, old_doc, new_doc)
    assert ("response-body-wrapped-in-one-of-original-preserved", "warning") in found(changes)
    assert not [c for c in changes if "narrowed" in c.rule]


def test_a_request_narrowed_to_a_one_of_still_breaks(tmp_path: Path) -> None:
    """What the server accepts narrows: a request valid before may be refused now."""
    after = one_of({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]})
    changes = probe_diff(tmp_path, "request", STRING, after)
    assert found(changes) == {("request-property-wrapped-in-one-of", "breaking")}
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    variant = copy.deepcopy(body(old_doc))
    variant["properties"]["variant"] = {"type": "string", "enum": ["a"]}
    variant["required"].append("variant")
    body_media(new_doc)["schema"] = one_of(variant, tagged("b", ["name"], name=STRING))
    changes = diff(tmp_path, old_doc, new_doc)
    assert found(changes) == {("request-body-wrapped-in-one-of", "breaking")}


def test_a_response_narrowed_by_an_error_status_is_info_too(tmp_path: Path) -> None:
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    reply(old_doc, "400")["properties"]["code"] = STRING
    reply(new_doc, "400")["properties"]["code"] = one_of(
        {"type": "string", "enum": ["bad"]}, {"type": "string", "enum": ["worse"]}
    )
    changes = diff(tmp_path, old_doc, new_doc)
    assert found(changes) == {("response-property-narrowed-to-one-of", "info")}


# -- additionalProperties: false -------------------------------------------------------------------


def closed(schema: Doc, extra: Any = False) -> Doc:
    return {**schema, "additionalProperties": extra}


META: Doc = {"type": "object", "properties": {"source": STRING}}


@pytest.mark.parametrize(
    "before",
    [META, closed(META, True), closed(META, {}), closed(META, STRING)],
    ids=["absent", "true", "empty schema", "a schema"],
)
def test_request_additional_properties_disallowed_breaks(before: Doc, tmp_path: Path) -> None:
    (change,) = probe_diff(tmp_path, "request", before, closed(META))
    assert (change.rule, change.level) == (
        "request-property-additional-properties-disallowed",
        "breaking",
    )
    assert change.message == "request property 'probe' no longer allows other properties"
    assert change.pointer.endswith("/properties/probe/additionalProperties")


def test_request_body_additional_properties_disallowed_breaks(tmp_path: Path) -> None:
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    body(new_doc)["additionalProperties"] = False
    changes = diff(tmp_path, old_doc, new_doc)
    assert found(changes) == {("request-body-additional-properties-disallowed", "breaking")}


def test_response_additional_properties_disallowed_is_info(tmp_path: Path) -> None:
    changes = probe_diff(tmp_path, "response", META, closed(META))
    assert found(changes) == {("response-property-additional-properties-disallowed", "info")}
    old_doc = base_spec()
    new_doc = copy.deepcopy(old_doc)
    reply(new_doc)["additionalProperties"] = False
    changes = diff(tmp_path, old_doc, new_doc)
    assert found(changes) == {("response-body-additional-properties-disallowed", "info")}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (closed(META), closed(META)),
        (closed(META), META),
        (closed(META), closed(META, True)),
        (META, closed(META, True)),
        (STRING, closed(STRING)),
    ],
    ids=["still false", "false removed", "false to true", "true added", "not an object"],
)
def test_request_additional_properties_not_disallowed_is_no_break(
    before: Doc, after: Doc, tmp_path: Path
) -> None:
    changes = probe_diff(tmp_path, "request", before, after)
    assert not [c for c in changes if "additional-properties" in c.rule]
    assert "breaking" not in levels(changes)
