"""What real specs get wrong often enough that the toolkit reads it anyway, saying so: each
quirk is generated, with one warning line naming the file and JSON pointer."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pydantic
import pytest

from generator.project import inspection
from tests.helpers import build_document, invoke_generator, json_post, minimal_spec

INTEGER_CODES = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
        404: {description: missing}
"""


def test_integer_response_codes_are_read_as_strings_with_a_warning_each(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(INTEGER_CODES, encoding="utf-8")
    result = invoke_generator(tmp_path, "generate", "spec.yaml", "--out", "out", "--package", "p")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "warning: spec.yaml#/paths/~1pets/get/responses/200: response code 200 should be a "
        "string; read as '200'",
        "warning: spec.yaml#/paths/~1pets/get/responses/404: response code 404 should be a "
        "string; read as '404'",
    ]
    resource = (tmp_path / "out" / "p" / "resources" / "pets.py").read_text(encoding="utf-8")
    assert "def list(" in resource and "-> PetListResponse:" in resource
    errors = (tmp_path / "out" / "p" / "_exceptions.py").read_text(encoding="utf-8")
    assert "class NotFoundError" in errors


def test_not_is_left_out_of_the_type_and_inspect_says_so(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string", "not": {"enum": ["admin"]}},
            "anything": {"not": {"type": "string"}},
        },
    }
    api = build_document(minimal_spec({"/users": json_post(schema)}), tmp_path)
    [model] = [m for m in api.models if {f.name for f in m.fields} == {"name", "anything"}]
    types = {f.name: f.type.kind for f in model.fields}
    assert types == {"name": "str", "anything": "any"}
    assert [note for _, note in api.notes] == [
        "'not' is not typed: what it excludes is accepted"
    ] * 2
    text = inspection.render_text([inspection.report(api, "t")])
    assert (
        "#/paths/~1users/post/requestBody/content/application~1json/schema/properties/name/not: "
        "'not' is not typed: what it excludes is accepted"
    ) in text.splitlines()


CAT = "#/components/schemas/Cat"
ONE_OF_IN_ALL_OF = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/pets/{id}": {
            "get": {
                "operationId": "getPet",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pet": {
                "allOf": [
                    {
                        "type": "object",
                        "required": ["name"],
                        "properties": {"name": {"type": "string"}},
                    },
                    {"oneOf": [{"$ref": CAT}, {"$ref": "#/components/schemas/Dog"}]},
                ]
            },
            "Cat": {
                "type": "object",
                "required": ["kind", "lives"],
                "properties": {"kind": {"enum": ["cat"]}, "lives": {"type": "integer"}},
            },
            "Dog": {
                "type": "object",
                "required": ["kind", "bark"],
                "properties": {"kind": {"enum": ["dog"]}, "bark": {"type": "string"}},
            },
        }
    },
}  # fmt: skip


def test_a_one_of_inside_all_of_is_kept_as_a_union_of_merged_variants(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(ONE_OF_IN_ALL_OF), encoding="utf-8")
    result = invoke_generator(tmp_path, "generate", "spec.json", "--out", "out", "--package", "p1")
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        models = importlib.import_module("p1.models")
        pet = pydantic.TypeAdapter(models.PetCat | models.PetDog)  # what retrieve returns
        resource = (tmp_path / "out" / "p1" / "resources" / "pets.py").read_text("utf-8")
        assert ") -> PetCat | PetDog:" in resource
        cat = pet.validate_python({"name": "Tom", "kind": "cat", "lives": 9})
        dog = pet.validate_python({"name": "Rex", "kind": "dog", "bark": "woof"})
        assert (type(cat).__name__, cat.name, cat.lives) == ("PetCat", "Tom", 9)
        assert (type(dog).__name__, dog.name, dog.bark) == ("PetDog", "Rex", "woof")
        with pytest.raises(pydantic.ValidationError):
            pet.validate_python({"kind": "cat", "lives": 9})  # the base's required name
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m == "p1" or m.startswith("p1.")]:
            del sys.modules[name]
