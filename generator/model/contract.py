"""The spec's own request schemas as JSON Schema, for the generated contract tests.

The generated tests validate what the client sends against these, not against our types, so a
mistake in the intermediate model shows up as a failing test instead of agreeing with itself.
"""

from __future__ import annotations

from typing import Any

from generator.model import ir
from generator.model.schemas import is_open_enum
from generator.spec import pointer
from generator.spec.openapi import checkable_pattern
from generator.spec.refs import Resolver

_DROPPED = frozenset({"example", "examples", "discriminator", "xml", "externalDocs", "nullable"})


def request_schema(schema: Any, at: str, resolver: Resolver) -> ir.JSON:
    """A self-contained JSON Schema (2020-12) for the body schema at ``at``."""
    definitions: dict[str, Any] = {}
    converted = _convert(schema, at, resolver, definitions, set())
    if definitions:
        converted = {"allOf": [converted], "$defs": definitions}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **_as_object(converted)}


def _as_object(schema: Any) -> dict[str, Any]:
    return schema if isinstance(schema, dict) else {"allOf": [schema]}


def _convert(
    node: Any, at: str, resolver: Resolver, definitions: dict[str, Any], active: set[str]
) -> Any:
    if isinstance(node, list):
        return [
            _convert(item, pointer.join(at, i), resolver, definitions, active)
            for i, item in enumerate(node)
        ]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str):
        target = resolver.target(node["$ref"], at)
        # The definition's key is the target's pointer with dots; the reference to it escapes
        # that key as a pointer token (a target under /paths holds "~1", written "~01" there).
        name = target.strip("/").replace("/", ".")
        if name not in definitions and target not in active:
            definitions[name] = {}  # placeholder while converting, for recursive schemas
            definitions[name] = _convert(
                resolver.lookup(target, at), target, resolver, definitions, active | {target}
            )
        return {"$ref": f"#/$defs/{pointer.escape(name)}"}
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED or key.startswith("x-"):
            continue
        if key in ("properties", "patternProperties", "$defs", "definitions") and isinstance(
            value, dict
        ):
            result[key] = {
                name: _convert(sub, pointer.join(at, key, name), resolver, definitions, active)
                for name, sub in value.items()
            }
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(value, bool):
            bound = "minimum" if key == "exclusiveMinimum" else "maximum"
            if value and bound in node:
                result[key] = node[bound]
        elif key == "enum" and is_open_enum(node):
            continue  # the known values, not a limit: any string goes
        elif key in ("enum", "default", "const"):
            result[key] = value
        elif key == "pattern":  # kept only when the tests' jsonschema can compile it
            if checkable_pattern(value) is not None:
                result[key] = value
        elif key == "oneOf" and "anyOf" not in node:
            # Checked as anyOf: real specs' variants often overlap (or differ only by a
            # discriminator the client already chose), and the client cannot make them exclusive.
            result["anyOf"] = _convert(value, pointer.join(at, key), resolver, definitions, active)
        else:
            result[key] = _convert(value, pointer.join(at, key), resolver, definitions, active)
    if node.get("exclusiveMinimum") is True:
        result.pop("minimum", None)
    if node.get("exclusiveMaximum") is True:
        result.pop("maximum", None)
    if node.get("nullable") is True:
        return {"anyOf": [result, {"type": "null"}]}
    return result
