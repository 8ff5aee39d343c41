"""What a schema allows, read independently of how it is written: types, nullability, enums,
bounds, and a canonical form for telling two schemas apart (docs dropped, refs followed)."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.wire_context import Effect, Side
from generator.model import ir
from generator.spec import pointer
from generator.spec.openapi import UNIONS

# Keywords that document a schema without constraining it; they never produce a change.
DOC_KEYWORDS = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "externalDocs",
        "default",
        "deprecated",
        "xml",
        "$comment",
    }
)
SCHEMA_KEYWORDS = frozenset(
    {"items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"}
)
SCHEMA_MAP_KEYWORDS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
SCHEMA_LIST_KEYWORDS = frozenset({"oneOf", "anyOf", "allOf", "prefixItems"})
SET_KEYWORDS = frozenset({"required", "enum", "type", "oneOf", "anyOf", "allOf"})
COMPOSITIONS = (*UNIONS, "allOf")

# A format that only widens the values of another one (integer -> number is handled by type).
FORMAT_WIDENINGS = frozenset({("int32", "int64"), ("float", "double")})

# (keyword, rule stem, True for an upper bound)
BOUNDS: tuple[tuple[str, str, bool], ...] = (
    ("maximum", "max", True),
    ("exclusiveMaximum", "exclusive-max", True),
    ("minimum", "min", False),
    ("exclusiveMinimum", "exclusive-min", False),
    ("maxLength", "max-length", True),
    ("minLength", "min-length", False),
    ("maxItems", "max-items", True),
    ("minItems", "min-items", False),
    ("maxProperties", "max-properties", True),
    ("minProperties", "min-properties", False),
)


def json_key(value: Any) -> str:
    """A stable text for a JSON value, independent of key order."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def is_doc_keyword(key: str) -> bool:
    return key in DOC_KEYWORDS or key.startswith("x-")


def structure(side: Side, node: Any, at: str) -> str:
    """The canonical JSON of a schema: refs followed, docs dropped, sets sorted."""
    return json_key(_canonical(side, node, at, ()))


def _canonical(side: Side, node: Any, at: str, stack: tuple[str, ...]) -> ir.JSON:
    node, at = side.follow(node, at)
    if not isinstance(node, dict):
        return node  # type: ignore[no-any-return]
    if at in stack:
        return {"$cycle": at}
    stack = (*stack, at)
    result: dict[str, ir.JSON] = {}
    for key, value in node.items():
        if is_doc_keyword(key):
            continue
        here = pointer.join(at, key)
        if key in SCHEMA_MAP_KEYWORDS and isinstance(value, dict):
            result[key] = {
                name: _canonical(side, schema, pointer.join(here, name), stack)
                for name, schema in value.items()
            }
        elif key in SCHEMA_LIST_KEYWORDS and isinstance(value, list):
            result[key] = [
                _canonical(side, schema, pointer.join(here, index), stack)
                for index, schema in enumerate(value)
            ]
        elif key in SCHEMA_KEYWORDS:
            result[key] = _canonical(side, value, here, stack)
        else:
            result[key] = value
        if key in SET_KEYWORDS and isinstance(result[key], list):
            result[key] = sorted(result[key], key=json_key)  # type: ignore[arg-type]
    return result


def types_of(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows, ``null`` aside; None when it does not say."""
    declared = schema.get("type")
    if isinstance(declared, str):
        types = frozenset({declared})
    elif isinstance(declared, list):
        types = frozenset(t for t in declared if isinstance(t, str))
    elif "properties" in schema or "additionalProperties" in schema:
        types = frozenset({"object"})
    elif "items" in schema:
        types = frozenset({"array"})
    else:
        return None
    if types == {"null"}:
        return frozenset()  # only null
    return (types - {"null"}) or None


def is_composite(schema: dict[str, Any]) -> bool:
    """A schema whose type, if any, comes from its oneOf/anyOf/allOf branches."""
    return "type" not in schema and any(key in schema for key in COMPOSITIONS)


def is_unconstrained(schema: dict[str, Any]) -> bool:
    """``{}`` with only docs: any value, null included."""
    return all(is_doc_keyword(key) or key in ("readOnly", "writeOnly") for key in schema)


def enum_of(schema: dict[str, Any]) -> list[ir.JSON] | None:
    """The values an ``enum`` (or ``const``) allows, null aside (nullability says that)."""
    if "const" in schema:
        values = [schema["const"]]
    elif isinstance(schema.get("enum"), list):
        values = list(schema["enum"])
    else:
        return None
    return [value for value in values if value is not None]


def bound_of(value: Any) -> int | float | None:
    """A numeric bound; 3.0's boolean exclusiveMaximum/exclusiveMinimum are not bounds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def type_text(types: frozenset[str] | None, format_: Any = None) -> str:
    """``integer``, ``integer|string``, ``string(date-time)``, ``any``."""
    text = "|".join(sorted(types)) if types else "any"
    return f"{text}({format_})" if isinstance(format_, str) else text


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every type of ``narrow`` is allowed by ``wide`` (a number allows an integer)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def type_effect(
    old: frozenset[str] | None, new: frozenset[str] | None, old_format: Any, new_format: Any
) -> Effect | None:
    """How the allowed types moved: "widens", "narrows", "changes", or None if they did not."""
    if old == new:
        return format_effect(old_format, new_format)
    if new is None:
        return "widens"
    if old is None:
        return "narrows"
    if covers(new, old):
        return "widens"
    if covers(old, new):
        return "narrows"
    return "changes"


def format_effect(old: Any, new: Any) -> Effect | None:
    if old == new:
        return None
    if new is None or (old, new) in FORMAT_WIDENINGS:
        return "widens"
    if old is None or (new, old) in FORMAT_WIDENINGS:
        return "narrows"
    return "changes"


def tag_signature(side: Side, schema: dict[str, Any], at: str) -> str:
    """The types and constant-valued properties of a union branch (its discriminating tag)."""
    tags: dict[str, ir.JSON] = {}
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, raw in properties.items():
            resolved, _ = side.follow(raw, pointer.join(at, "properties", name))
            values = enum_of(resolved) if isinstance(resolved, dict) else None
            if values is not None and len(values) == 1:
                tags[name] = values[0]
    return json_key([sorted(types_of(schema) or ()), tags])


def branch_key(side: Side, raw: Any, at: str) -> str:
    """The structure of a union alternative, or of a schema about to become one: its own
    nullability left out (the union as a whole carries it)."""
    canonical = _canonical(side, raw, at, ())
    if isinstance(canonical, dict):
        canonical = {k: v for k, v in canonical.items() if k != "nullable"}
        declared = canonical.get("type")
        if isinstance(declared, list) and "null" in declared:
            rest = [t for t in declared if t != "null"]
            canonical["type"] = rest[0] if len(rest) == 1 else rest
    return json_key(canonical)


def describe(side: Side, raw: Any, at: str) -> str:
    """A short name for a union alternative: its component, or its types and constant tags."""
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
        return str(raw["$ref"]).rsplit("/", 1)[-1]
    schema, at = side.follow(raw, at)
    if not isinstance(schema, dict):
        return json_key(schema)
    tags = []
    properties = schema.get("properties")
    for name, sub in sorted(properties.items()) if isinstance(properties, dict) else []:
        resolved, _ = side.follow(sub, pointer.join(at, "properties", name))
        values = enum_of(resolved) if isinstance(resolved, dict) else None
        if values is not None and len(values) == 1:
            tags.append(f"{name}={json_key(values[0])}")
    text = type_text(types_of(schema))
    return f"{text} ({', '.join(tags)})" if tags else text
