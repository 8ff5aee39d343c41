"""Facts of the OpenAPI format that several stages need, written once."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.spec import pointer
from generator.spec.refs import Resolver, component_name

# The operations a path item may hold, in the order the specification lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
UNIONS = ("oneOf", "anyOf")
# Header parameters the specification says to ignore: HTTP sets them (content negotiation, the
# body's media type, the security scheme), so they are no argument of a method.
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})

# Where a chain of ``$ref``s from a node at a pointer ends, and that place's pointer: the
# signature of ``Resolver.follow``, which the builder and the differ each hold one of.
Follow = Callable[[Any, str], tuple[Any, str]]


def checkable_pattern(value: object) -> str | None:
    """A schema's ``pattern`` as far as the generated package checks it: JSON Schema means an
    ECMA-262 regex, and the package's tests check bodies with ``jsonschema``, which compiles
    it with Python's ``re`` and fails on one that does not compile (``[unclosed``, or ECMA-only
    syntax such as ``\\p{L}``). Such a pattern is left out: it constrains nothing there, and
    the spec is still generated rather than refused for a regex dialect."""
    if not isinstance(value, str):
        return None
    try:
        re.compile(value)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    return value


def find_discriminator(
    resolver: Resolver, schema: dict[str, Any], variants: list[Any], at: str
) -> str | None:
    """The property telling object variants apart: declared, or a const each variant sets."""
    declared = schema.get("discriminator")
    if isinstance(declared, dict) and isinstance(declared.get("propertyName"), str):
        return str(declared["propertyName"])
    objects = [resolver.follow(variant, at)[0] for variant in variants]
    objects = [
        variant for variant in objects if isinstance(variant, dict) and "properties" in variant
    ]
    if len(objects) < 2:
        return None
    # Only a property every variant requires: a discriminated union needs the tag to parse.
    candidates = sorted(
        set.intersection(
            *(
                set(variant["properties"]) & set(variant.get("required") or ())
                for variant in objects
            )
        ),
        key=lambda name: (name != "type", name != "object", name),
    )
    for name in candidates:
        values = [single_value(variant["properties"][name]) for variant in objects]
        if all(value is not None for value in values) and len(set(values)) == len(values):
            return str(name)
    return None


def variant_tag(
    resolver: Resolver, schema: dict[str, Any], variant: Any, at: str, discriminator: str
) -> str | int | float | bool | None:
    """The discriminator value of a variant: the constant it sets, else the ``mapping`` key
    naming it, else (OpenAPI's implicit mapping) its component name."""
    resolved, target = resolver.follow(variant, at)
    properties = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
    value = single_value(properties.get(discriminator, {}))
    if value is not None or not isinstance(variant, dict) or "$ref" not in variant:
        return value
    name = component_name(target)
    declared = schema.get("discriminator")
    mapping = declared.get("mapping") if isinstance(declared, dict) else None
    for key, ref in sorted((mapping or {}).items()):
        if ref == variant["$ref"] or (name is not None and ref == name):
            return str(key)
    return name


def is_null(schema: Any) -> bool:
    """A schema only ``null`` satisfies."""
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    return (
        types == "null"
        or types == ["null"]
        or schema.get("enum") == [None]
        or ("const" in schema and schema["const"] is None)
    )


def admits_null(schema: Any, at: str, follow: Follow) -> bool:
    """Whether ``null`` is a value of ``schema`` by any of its spellings: 3.0 ``nullable: true``;
    3.1 ``type: "null"`` or ``type: [..., "null"]``; ``const: null`` or ``null`` among the
    ``enum`` values; a ``oneOf``/``anyOf`` branch that only ``null`` satisfies (``follow``
    resolves a branch that is a ``$ref``). The builder and the differ must agree on it, or a
    spelling one of them misses reads as a new alternative to the other."""
    if not isinstance(schema, dict):
        return False
    types, values = schema.get("type"), schema.get("enum")
    if (
        schema.get("nullable") is True
        or is_null(schema)
        or (isinstance(types, list) and "null" in types)
        or (isinstance(values, list) and None in values)
    ):
        return True
    return any(
        is_null(follow(branch, pointer.join(at, keyword, index))[0])
        for keyword in UNIONS
        for index, branch in enumerate(_listed(schema.get(keyword)))
    )


def by_precedence(schema: dict[str, Any]) -> list[tuple[int | None, Any]]:
    """What an ``allOf`` merge reads, strongest first: the schema's own keywords (index None,
    ``allOf`` left out), then its parts from the last to the first with their indexes. Where
    they disagree on a keyword or a property, the earlier in this list wins; the builder and
    the differ both merge by it, so that they read one schema."""
    own = {key: value for key, value in schema.items() if key != "allOf"}
    parts: list[tuple[int | None, Any]] = list(enumerate(_listed(schema.get("allOf"))))
    return [(None, own), *reversed(parts)]


def _listed(value: Any) -> list[Any]:
    """A schema-list keyword's value; anything that is not a list holds no schemas."""
    return value if isinstance(value, list) else []


def single_value(schema: Any) -> str | int | float | bool | None:
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        value = schema["const"]
    elif isinstance(schema.get("enum"), list) and len(schema["enum"]) == 1:
        value = schema["enum"][0]
    else:
        return None
    return value if isinstance(value, str | int | float | bool) else None


def is_ignored_parameter(parameter: dict[str, Any]) -> bool:
    """A header parameter named ``Accept``, ``Content-Type`` or ``Authorization`` (any case)."""
    name = parameter.get("name")
    return (
        parameter.get("in") == "header"
        and isinstance(name, str)
        and name.lower() in IGNORED_HEADERS
    )
