"""A schema as the rules compare it: refs followed, ``allOf`` merged, a union of one branch (plus
a branch only ``null`` satisfies) collapsed into that branch, and where each keyword really came
from. Nullability and ``allOf`` precedence are read as the builder reads them (``openapi``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.diff.wire_context import Direction, Side
from generator.diff.wire_shape import is_unconstrained, types_of
from generator.spec import pointer
from generator.spec.openapi import UNIONS, admits_null, by_precedence, is_null


@dataclass(frozen=True)
class Slot:
    """A property as written in its parent: the raw schema and its pointer."""

    raw: Any
    at: str


@dataclass(frozen=True)
class Branch:
    """One alternative of a ``oneOf``/``anyOf``."""

    keyword: str
    index: int
    raw: Any
    at: str


@dataclass
class Node:
    schema: dict[str, Any]  # the merged view: no allOf, no one-branch union
    at: str  # the real pointer of the schema node
    nullable: bool = False
    declared: bool = True  # False for a property named in ``required`` without a schema
    properties: dict[str, Slot] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    branches: tuple[Branch, ...] = ()  # two or more alternatives, null left out
    origin: dict[str, str] = field(default_factory=dict)  # keyword -> pointer of its schema

    def at_of(self, keyword: str) -> str:
        """The pointer of the schema that holds ``keyword``."""
        return self.origin.get(keyword, self.at)

    @property
    def unconstrained(self) -> bool:
        """Any value, null included: ``{}`` or an undeclared property."""
        return not self.declared or (
            is_unconstrained(self.schema)
            and not (self.properties or self.required or self.branches)
        )

    @property
    def is_union(self) -> bool:
        return bool(self.branches)

    @property
    def types(self) -> frozenset[str] | None:
        """The JSON types allowed, null aside; None when the schema does not say."""
        types = types_of(self.schema)
        if types is None and (self.properties or self.required):
            return frozenset({"object"})
        return types

    def slots(self, side: Side, direction: Direction) -> dict[str, Slot]:
        """The properties that travel in ``direction`` (readOnly ones are not sent, writeOnly
        ones not received), plus the names ``required`` lists without describing them."""
        hidden = "readOnly" if direction == "request" else "writeOnly"
        visible = {}
        for name, slot in self.properties.items():
            resolved, _ = side.follow(slot.raw, slot.at)
            if not (isinstance(resolved, dict) and resolved.get(hidden) is True):
                visible[name] = slot
        for name in self.required - set(self.properties):
            visible[name] = Slot(None, self.at)
        return visible


def node(side: Side, raw: Any, at: str) -> Node:
    """The normalised view of the schema at ``raw`` (a ``$ref`` is followed); ``raw`` None is a
    property that ``required`` names but ``properties`` does not describe."""
    if raw is None:
        return Node(schema={}, at=at, declared=False)
    schema, at = side.follow(raw, at)
    if schema is True or not isinstance(schema, dict):
        schema = {} if schema is not False else {"not": {}}
    result = Node(schema={}, at=at, nullable=admits_null(schema, at, side.follow))
    _merge(side, result, schema, at, ())
    branches = _branches(side, schema, at)
    if len(branches) == 1:
        only = branches[0]
        resolved, only_at = side.follow(only.raw, only.at)
        if isinstance(resolved, dict):
            _merge(side, result, resolved, only_at, (at,))
            result.nullable = result.nullable or admits_null(resolved, only_at, side.follow)
    else:
        result.branches = tuple(branches)
    return result


def _branches(side: Side, schema: dict[str, Any], at: str) -> list[Branch]:
    found = []
    for keyword in UNIONS:
        for index, raw in enumerate(schema.get(keyword) or []):
            here = pointer.join(at, keyword, index)
            resolved, _ = side.follow(raw, here)
            if not is_null(resolved):
                found.append(Branch(keyword, index, raw, here))
    return found


def _merge(
    side: Side, target: Node, schema: dict[str, Any], at: str, stack: tuple[str, ...]
) -> None:
    """Add ``schema``'s keywords and properties to ``target``, its own and its allOf parts' in
    the builder's order of precedence (``by_precedence``): the first one seen wins."""
    if at in stack:
        return
    stack = (*stack, at)
    for index, part in by_precedence(schema):
        if index is None:
            _take(target, part, at)
            continue
        resolved, part_at = side.follow(part, pointer.join(at, "allOf", index))
        if isinstance(resolved, dict):
            _merge(side, target, resolved, part_at, stack)
            target.nullable = target.nullable or resolved.get("nullable") is True


def _take(target: Node, schema: dict[str, Any], at: str) -> None:
    """Add what one schema says itself (its union branches aside) and ``target`` lacks."""
    for key, value in schema.items():
        if key in ("properties", "required", *UNIONS):
            continue
        if key not in target.schema:
            target.schema[key] = value
            target.origin[key] = at
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, raw in properties.items():
            target.properties.setdefault(name, Slot(raw, pointer.join(at, "properties", name)))
    required = schema.get("required")
    if isinstance(required, list):
        target.required = target.required | {r for r in required if isinstance(r, str)}
