"""The request schemas of the generated contract tests: self-contained JSON Schemas."""

from __future__ import annotations

from typing import Any

import jsonschema

from generator.model.contract import request_schema
from generator.spec.refs import Resolver

ITEM = {"type": "object", "required": ["role"], "properties": {"role": {"type": "string"}}}
DOCUMENT: dict[str, Any] = {
    "paths": {
        "/a/b": {"post": {"x-body": {"type": "array", "items": ITEM}}},
        "/a/c": {
            "post": {
                "x-body": {
                    "type": "array",
                    # what the claude overlay does: one operation takes another's items
                    "items": {"$ref": "#/paths/~1a~1b/post/x-body/items"},
                }
            }
        },
    }
}


def test_a_reference_into_paths_resolves_in_the_converted_schema() -> None:
    body = DOCUMENT["paths"]["/a/c"]["post"]["x-body"]
    schema = request_schema(body, "/paths/~1a~1c/post/x-body", Resolver(DOCUMENT, "s.json"))
    assert isinstance(schema, dict)
    assert list(schema["$defs"]) == ["paths.~1a~1b.post.x-body.items"]  # type: ignore[arg-type]
    jsonschema.validate([{"role": "user"}], schema)
    try:
        jsonschema.validate([{}], schema)
    except jsonschema.ValidationError as error:
        assert "'role' is a required property" in error.message
    else:
        raise AssertionError("the referenced item schema was not applied")
