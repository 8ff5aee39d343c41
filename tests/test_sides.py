"""Which side of the wire a model is on (``model.sides``): what the client sends is a TypedDict,
what the server returns a pydantic model, and a schema on both sides is both, the TypedDict
named from the model; how each is written in ``models.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.model import ir
from generator.model.listing import listing_json, read_listing, shipped
from generator.render.files import models_module, render
from generator.render.pysource import typed_dict_class_form
from tests.helpers import build_document, json_post, minimal_spec

THING = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "string", "description": "Its identifier."},
        "part": {"type": "object", "properties": {"n": {"type": "integer"}}},
    },
}
# A component whose name is what the twin of Thing would take.
THING_PARAM = {"type": "object", "properties": {"other": {"type": "string"}}}
ODD_KEYS = {
    "type": "object",
    "required": ["class"],
    "properties": {
        "class": {"type": "string"},
        "dewey-class": {"type": "string"},
        "str": {"type": "integer"},
    },
}


def _document() -> dict[str, Any]:
    request = {
        "type": "object",
        "properties": {
            "thing": {"$ref": "#/components/schemas/Thing"},
            "extra": {"$ref": "#/components/schemas/ThingParam"},
            "odd": {"$ref": "#/components/schemas/OddKeys"},
        },
    }
    response = {"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Thing"}}}
    document = minimal_spec({"/things": json_post(request, response)})
    document["components"] = {
        "schemas": {"Thing": THING, "ThingParam": THING_PARAM, "OddKeys": ODD_KEYS}
    }
    return document


def _models(api: ir.Api) -> dict[str, ir.Model]:
    return {model.name: model for model in api.models}


def test_a_schema_sent_and_received_is_a_model_and_a_typeddict_named_from_it(
    tmp_path: Path,
) -> None:
    api = build_document(_document(), tmp_path)
    models = _models(api)
    # ThingParam is taken (a component of its own): the twin takes the next name of the rule.
    assert models["Thing"].received and not models["Thing"].sent
    twin = models["ThingInputParam"]
    assert (twin.sent, twin.received, twin.param_of) == (True, False, "Thing")
    assert models["ThingParam"].sent and not models["ThingParam"].param_of
    # Inside, the same: the part the server returns and the part the client sends.
    assert next(f for f in models["Thing"].fields if f.name == "part").type.name == "ThingPart"
    assert next(f for f in twin.fields if f.name == "part").type.name == "ThingPartParam"
    (op,) = api.operations
    sent = {a.name: a.type.name for a in op.arguments}
    assert sent == {"thing": "ThingInputParam", "extra": "ThingParam", "odd": "OddKeys"}
    assert op.response is not None and op.response.type is not None
    returned = _models(api)[op.response.type.name]
    assert returned.fields[0].type.name == "Thing"


def test_typeddicts_are_classes_unless_a_key_cannot_be_a_name(tmp_path: Path) -> None:
    api = build_document(_document(), tmp_path)
    views = {view.name: view for view in models_module(api).models}
    assert views["Thing"].form == "model"
    assert views["ThingInputParam"].form == "class"
    # A keyword, a key that is no identifier, and one its own annotations use (``str``).
    assert views["OddKeys"].form == "call"
    source = render(api, "0.1.0")["pkg/models.py"]
    assert "class ThingInputParam(TypedDict, total=False):" in source
    assert '    id: Required[str]\n    """Its identifier."""' in source
    assert "    part: ThingPartParam\n" in source
    assert "class Thing(BaseModel):" in source
    assert 'OddKeys = TypedDict(\n    "OddKeys",\n' in source
    assert '"class": "Required[str]",' in source and '"dewey-class": "str",' in source


def test_the_twin_is_listed_but_never_pinned(tmp_path: Path) -> None:
    """A twin's name follows its model's: the listing records whose twin it is, and what was
    shipped keeps the model's name without offering the twin's to another shape."""
    api = build_document(_document(), tmp_path)
    listed = read_listing(listing_json(api), "api.json")
    assert _models(listed)["ThingInputParam"].param_of == "Thing"
    assert _models(listed)["ThingInputParam"].sent
    pinned = {entry.name for entry in shipped(listed).types}
    assert "Thing" in pinned and "ThingInputParam" not in pinned
    again = build_document(_document(), tmp_path, shipped=shipped(listed))
    assert _models(again).keys() == _models(api).keys()


@pytest.mark.parametrize(
    ("key", "value", "as_class"),
    [
        ("type", 'Required[Literal["text"]]', True),  # a Literal's value names nothing
        ("name", "str", True),
        ("class", "str", False),  # a keyword
        ("dewey-class", "str", False),  # no identifier
        ("str", "str", False),  # the annotation would name the key
        ("__secret", "int", False),  # mangled in a class body
        ("\ufb01le", "str", False),  # Python reads it as "file"
    ],
)
def test_the_class_form_only_where_each_key_reads_back_as_itself(
    key: str, value: str, as_class: bool
) -> None:
    assert typed_dict_class_form([key], [value]) is as_class


def test_a_request_union_also_accepts_what_the_server_sent_as_it_came(tmp_path: Path) -> None:
    """``x-specgen-also-accepts``: a response's block goes back in the next request as the model
    it is, not as a TypedDict twin (the assistant turn of a tool round trip)."""
    block = {
        "type": "object",
        "required": ["type", "text"],
        "properties": {"type": {"enum": ["text"]}, "text": {"type": "string"}},
    }
    request = {
        "type": "object",
        "properties": {
            "content": {
                "type": "array",
                "items": {
                    "oneOf": [{"$ref": "#/components/schemas/BlockParam"}],
                    "x-specgen-also-accepts": [{"$ref": "#/components/schemas/Block"}],
                },
            }
        },
    }
    response = {"type": "object", "properties": {"content": {"type": "array", "items": {
        "$ref": "#/components/schemas/Block"}}}}  # fmt: skip
    document = minimal_spec({"/echo": json_post(request, response)})
    document["components"] = {"schemas": {"Block": block, "BlockParam": block}}
    api = build_document(document, tmp_path)
    models = {model.name: model for model in api.models}
    assert not models["Block"].sent and models["Block"].received
    assert models["BlockParam"].sent
    assert not any(model.param_of == "Block" for model in api.models)  # no TypedDict twin
    [content] = [a for a in api.operations[0].arguments if a.name == "content"]
    members = {(m.name, m.as_received) for m in content.type.args[0].args}
    assert members == {("BlockParam", False), ("Block", True)}
