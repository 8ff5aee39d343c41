"""The SDK verdict: what a spec change does to code written against the generated package.

Each case builds the intermediate models of two small specs and compares them.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.diff.changes import Change
from generator.diff.sdk import diff_apis
from generator.model import ir
from tests.helpers import build_document, minimal_spec

Spec = dict[str, Any]


def api(document: Spec, tmp_path: Path, name: str) -> ir.Api:
    folder = tmp_path / name
    folder.mkdir()
    return build_document(document, folder)


def compare(old: Spec, new: Spec, tmp_path: Path) -> list[Change]:
    return diff_apis(api(old, tmp_path, "old"), api(new, tmp_path, "new"))


def summary(changes: list[Change]) -> list[tuple[str, str, str]]:
    return [(c.rule, c.level, c.pointer) for c in changes]


def pet_spec() -> Spec:
    """POST /v1/pets (a body with a required name, an optional tag and a kind enum) answering
    a Pet with an owner; GET /v1/pets/{pet_id} answering the same Pet."""
    owner = {
        "type": "object",
        "x-specgen-name": "Owner",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "email": {"type": "string"}},
    }
    pet = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "status": {"type": "string", "enum": ["available", "sold"]},
            "owner": owner,
        },
    }
    body = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "tag": {"type": "string"},
            "kind": {"type": "string", "enum": ["cat", "dog", "fish"]},
        },
    }

    def ok(schema: Spec) -> Spec:
        return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}

    return minimal_spec(
        {
            "/v1/pets": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": body}},
                    },
                    "responses": ok(pet),
                }
            },
            "/v1/pets/{pet_id}": {
                "get": {
                    "parameters": [
                        {
                            "name": "pet_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                    ],
                    "responses": ok(copy.deepcopy(pet)),
                }
            },
        }
    )


def body_properties(spec: Spec) -> Spec:
    content = spec["paths"]["/v1/pets"]["post"]["requestBody"]["content"]
    properties: Spec = content["application/json"]["schema"]["properties"]
    return properties


def pet_schemas(spec: Spec) -> list[Spec]:
    """The Pet response schema, in both operations."""
    return [
        spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
        for path, method in (("/v1/pets", "post"), ("/v1/pets/{pet_id}", "get"))
    ]


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    assert compare(pet_spec(), pet_spec(), tmp_path) == []


def test_a_removed_method_breaks(tmp_path: Path) -> None:
    new = pet_spec()
    del new["paths"]["/v1/pets/{pet_id}"]
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-method-removed", "breaking", "sdk:/methods/pets.retrieve"),
    ]
    assert (changes[0].method, changes[0].path) == ("GET", "/v1/pets/{pet_id}")
    assert "client.pets.retrieve()" in changes[0].message


def test_a_removed_argument_breaks_callers_passing_it(tmp_path: Path) -> None:
    new = pet_spec()
    del body_properties(new)["tag"]
    changes = compare(pet_spec(), new, tmp_path)
    # The body model's own fields are the method's arguments: reported once, as arguments.
    assert summary(changes) == [
        ("sdk-argument-removed", "breaking", "sdk:/methods/pets.create/arguments/tag"),
    ]
    assert (changes[0].method, changes[0].path) == ("POST", "/v1/pets")
    assert "TypeError" in changes[0].message


def test_an_argument_that_becomes_required_breaks(tmp_path: Path) -> None:
    new = pet_spec()
    new["paths"]["/v1/pets/{pet_id}"]["get"]["parameters"][1]["required"] = True
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        (
            "sdk-argument-became-required",
            "breaking",
            "sdk:/methods/pets.retrieve/arguments/verbose",
        ),
    ]
    assert (changes[0].old, changes[0].new) == (False, True)


def test_a_removed_enum_member_breaks(tmp_path: Path) -> None:
    new = pet_spec()
    body_properties(new)["kind"]["enum"] = ["cat", "fish"]
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-enum-member-removed", "breaking", "sdk:/enums/PetKind/values/dog"),
    ]
    assert changes[0].old == "dog"


def test_an_enum_left_with_one_value_is_a_literal(tmp_path: Path) -> None:
    new = pet_spec()
    body_properties(new)["kind"]["enum"] = ["cat"]
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-argument-type-changed", "breaking", "sdk:/methods/pets.create/arguments/kind"),
        ("sdk-enum-removed", "breaking", "sdk:/enums/PetKind"),
    ]
    assert (changes[0].old, changes[0].new) == ("PetKind", 'Literal["cat"]')


def test_a_renamed_model_is_one_change(tmp_path: Path) -> None:
    new = pet_spec()
    for pet in pet_schemas(new):
        pet["properties"]["owner"]["x-specgen-name"] = "Person"
    changes = compare(pet_spec(), new, tmp_path)
    # Not "Owner removed" plus "Person added", nor "Pet.owner changed type".
    assert summary(changes) == [("sdk-model-renamed", "breaking", "sdk:/models/Owner")]
    assert (changes[0].old, changes[0].new) == ("Owner", "Person")


def test_a_removed_field_breaks(tmp_path: Path) -> None:
    new = pet_spec()
    for pet in pet_schemas(new):
        del pet["properties"]["owner"]["properties"]["email"]
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-field-removed", "breaking", "sdk:/models/Owner/fields/email"),
    ]
    assert changes[0].old == "str"


def test_a_response_field_that_becomes_optional_breaks_readers(tmp_path: Path) -> None:
    new = pet_spec()
    for pet in pet_schemas(new):
        pet["required"] = ["id"]
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-field-became-optional", "breaking", "sdk:/models/Pet/fields/name"),
    ]


def test_a_changed_argument_type_names_both_annotations(tmp_path: Path) -> None:
    new = pet_spec()
    body_properties(new)["tag"] = {"type": "integer"}
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-argument-type-changed", "breaking", "sdk:/methods/pets.create/arguments/tag"),
    ]
    assert (changes[0].old, changes[0].new) == ("str", "int")


def test_an_argument_that_accepts_more_is_compatible(tmp_path: Path) -> None:
    new = pet_spec()
    body_properties(new)["tag"] = {"type": "string", "nullable": True}
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-argument-type-generalized", "info", "sdk:/methods/pets.create/arguments/tag"),
    ]


def test_additions_are_information_not_breaking(tmp_path: Path) -> None:
    new = pet_spec()
    body_properties(new)["age"] = {"type": "integer"}
    body_properties(new)["kind"]["enum"] = ["cat", "dog", "fish", "bird"]
    for pet in pet_schemas(new):
        pet["properties"]["born"] = {"type": "string"}
    new["paths"]["/v1/pets/{pet_id}"]["delete"] = {
        "parameters": [
            {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {"204": {"description": "deleted"}},
    }
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-argument-added", "info", "sdk:/methods/pets.create/arguments/age"),
        ("sdk-method-added", "info", "sdk:/methods/pets.delete"),
        ("sdk-field-added", "info", "sdk:/models/Pet/fields/born"),
        ("sdk-enum-member-added", "info", "sdk:/enums/PetKind/values/bird"),
    ]
    assert all(change.level == "info" for change in changes)


def test_a_new_required_argument_breaks(tmp_path: Path) -> None:
    new = pet_spec()
    new["paths"]["/v1/pets/{pet_id}"]["get"]["parameters"].append(
        {"name": "shop", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    changes = compare(pet_spec(), new, tmp_path)
    assert summary(changes) == [
        ("sdk-argument-added-required", "breaking", "sdk:/methods/pets.retrieve/arguments/shop"),
    ]


def test_the_order_is_stable(tmp_path: Path) -> None:
    new = pet_spec()
    del body_properties(new)["tag"]
    for pet in pet_schemas(new):
        del pet["properties"]["status"]
    del new["paths"]["/v1/pets/{pet_id}"]
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    assert compare(pet_spec(), new, first) == compare(pet_spec(), new, second)
    changes = compare(pet_spec(), new, tmp_path)
    assert [c.rule for c in changes] == [
        "sdk-argument-removed",
        "sdk-method-removed",
        "sdk-field-removed",
        "sdk-enum-removed",
    ]


def test_renames_that_depend_on_each_other_pair_up(tmp_path: Path) -> None:
    new = pet_spec()
    for pet in pet_schemas(new):
        pet["x-specgen-name"] = "Animal"
        pet["properties"]["owner"]["x-specgen-name"] = "Person"
    changes = compare(pet_spec(), new, tmp_path)
    # Animal's fields mention Person and AnimalStatus: it pairs with Pet once Owner is known to
    # be Person and PetStatus (the same values) AnimalStatus.
    assert summary(changes) == [
        ("sdk-model-renamed", "breaking", "sdk:/models/Owner"),
        ("sdk-model-renamed", "breaking", "sdk:/models/Pet"),
        ("sdk-enum-renamed", "breaking", "sdk:/enums/PetStatus"),
    ]
    assert [(c.old, c.new) for c in changes] == [
        ("Owner", "Person"),
        ("Pet", "Animal"),
        ("PetStatus", "AnimalStatus"),
    ]


def test_a_model_that_becomes_a_typeddict_breaks_attribute_access(tmp_path: Path) -> None:
    """An API listing written before TypedDicts lists every model as one; the model the client
    sends is now a TypedDict, the one it receives still a model."""
    old = api(pet_spec(), tmp_path, "old")
    models = tuple(replace(model, sent=False, param_of="") for model in old.models)
    before = replace(old, models=models)
    changes = diff_apis(before, api(pet_spec(), tmp_path, "new"))
    sent = sorted(m.name for m in old.models if m.sent)
    assert sent  # the pets' request body
    assert summary(changes) == [
        ("sdk-model-became-typeddict", "breaking", f"sdk:/models/{name}") for name in sent
    ]
    assert "no longer a pydantic model" in changes[0].message
    reverse = diff_apis(api(pet_spec(), tmp_path, "again"), before)
    assert {c.rule for c in reverse} == {"sdk-typeddict-became-model"}
