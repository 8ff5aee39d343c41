"""Whether a new schema allows only values an old one allowed, read as what a server sends: a
structural subtype check. It tells a response that narrows into a union (each alternative a case
of what was sent before) from one that widens. It answers yes only when the structure shows it;
a keyword it does not read must be kept unchanged, so anything unclear keeps a breaking verdict."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.diff.wire_context import Side
from generator.diff.wire_node import Node, node
from generator.diff.wire_shape import (
    BOUNDS,
    bound_of,
    covers,
    enum_of,
    format_effect,
    is_doc_keyword,
    json_key,
    structure,
)
from generator.spec import pointer

# The keywords the checks below read; any other keyword of the old schema must stay as it was.
READ = frozenset(
    {
        "type",
        "format",
        "enum",
        "const",
        "nullable",
        "items",
        "additionalProperties",
        "readOnly",
        "writeOnly",
        "discriminator",
        *(keyword for keyword, _, _ in BOUNDS),
    }
)
# The JSON type of an enum value (bool before int: True is an int in Python).
VALUE_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)

Seen = frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Subtyping:
    """Compares a schema of the old document with one of the new."""

    old: Side
    new: Side

    def alternatives_within(self, old: Node, union: Node) -> bool:
        """Whether every alternative of ``union`` is within ``old``; the union's own
        nullability is left out (``nullable_rule`` reports it)."""
        return self._branches_within(old, union, frozenset())

    def within(self, old: Node, new: Node, seen: Seen = frozenset()) -> bool:
        """Whether every value ``new`` allows, ``old`` allows too."""
        if old.unconstrained or _allows_nothing(new):
            return True
        if new.unconstrained or (new.nullable and not old.nullable):
            return False
        if (old.at, new.at) in seen:
            return True  # a recursive schema: assumed within while its own body is compared
        seen = seen | {(old.at, new.at)}
        if old.is_union:
            return self._same(old, new)
        if new.is_union:
            return self._branches_within(old, new, seen)
        return all(check(old, new) for check in CHECKS) and self._parts_within(old, new, seen)

    def _branches_within(self, old: Node, union: Node, seen: Seen) -> bool:
        """A value of a union is a value of one of its alternatives."""
        return all(
            self.within(old, node(self.new, branch.raw, branch.at), seen)
            for branch in union.branches
        )

    def _same(self, old: Node, new: Node) -> bool:
        """An old union is trusted only unchanged: a narrower value may match two of its
        alternatives, which a ``oneOf`` refuses."""
        before = structure(self.old, pointer.resolve(self.old.document, old.at), old.at)
        after = structure(self.new, pointer.resolve(self.new.document, new.at), new.at)
        return before == after

    def _parts_within(self, old: Node, new: Node, seen: Seen) -> bool:
        return self._items_within(old, new, seen) and self._properties_within(old, new, seen)

    def _items_within(self, old: Node, new: Node, seen: Seen) -> bool:
        before, after = old.schema.get("items"), new.schema.get("items")
        if before is None:
            return True
        if not (isinstance(before, dict) and isinstance(after, dict)):
            return json_key(before) == json_key(after)
        old_items, new_items = _part(self.old, old, "items"), _part(self.new, new, "items")
        return self.within(old_items, new_items, seen)

    def _properties_within(self, old: Node, new: Node, seen: Seen) -> bool:
        """Each property ``new`` describes is within the old one of that name (or within what
        the old schema allowed for other names); ``new`` requires what ``old`` required. A
        property the old schema describes and ``new`` does not is one ``new`` does not send: an
        optional one may be missing (a removed optional response property is no break either)."""
        if not old.required <= new.required:
            return False
        old_slots, new_slots = old.slots(self.old, "response"), new.slots(self.new, "response")
        old_other = _part(self.old, old, "additionalProperties")
        new_other = _part(self.new, new, "additionalProperties")
        for name, slot in new_slots.items():
            before = old_slots.get(name)
            allowed = old_other if before is None else node(self.old, before.raw, before.at)
            if not self.within(allowed, node(self.new, slot.raw, slot.at), seen):
                return False
        return self.within(old_other, new_other, seen)


def _part(side: Side, of: Node, keyword: str) -> Node:
    """The schema of ``items`` or ``additionalProperties``; absent, it allows anything."""
    raw = of.schema.get(keyword, True)
    return node(side, raw, pointer.join(of.at_of(keyword), keyword))


def _allows_nothing(of: Node) -> bool:
    """``false`` (``node`` reads it as ``{"not": {}}``), or any schema with ``not: {}``."""
    return of.declared and of.schema.get("not") == {}


def _types_within(old: Node, new: Node) -> bool:
    if old.types is None:
        return True
    types = new.types if new.types is not None else _value_types(enum_of(new.schema))
    return types is not None and covers(old.types, types)


def _value_types(values: list[Any] | None) -> frozenset[str] | None:
    """The JSON types of the values of an enum or const without a ``type``."""
    if values is None:
        return None
    return frozenset(
        next(name for kind, name in VALUE_TYPES if isinstance(value, kind)) for value in values
    )


def _format_within(old: Node, new: Node) -> bool:
    return format_effect(old.schema.get("format"), new.schema.get("format")) in (None, "narrows")


def _values_within(old: Node, new: Node) -> bool:
    before, after = enum_of(old.schema), enum_of(new.schema)
    if before is None:
        return True
    allowed = {json_key(value) for value in before}
    return after is not None and all(json_key(value) in allowed for value in after)


def _bounds_within(old: Node, new: Node) -> bool:
    """Each bound of ``old`` is kept in ``new``, at least as tight."""
    for keyword, _, upper in BOUNDS:
        before, after = old.schema.get(keyword), new.schema.get(keyword)
        if before is None:
            continue
        was, now = bound_of(before), bound_of(after)
        if was is None or now is None:  # 3.0's boolean exclusive bounds, or the bound dropped
            if json_key(before) != json_key(after):
                return False
        elif (now > was) if upper else (now < was):
            return False
    return True


def _kept(old: Node, new: Node) -> bool:
    """Every keyword not read above (``pattern``, ``multipleOf``, ``uniqueItems``…) is kept."""
    return all(
        json_key(new.schema.get(key)) == json_key(value)
        for key, value in old.schema.items()
        if key not in READ and not is_doc_keyword(key)
    )


CHECKS: tuple[Callable[[Node, Node], bool], ...] = (
    _types_within,
    _format_within,
    _values_within,
    _bounds_within,
    _kept,
)
