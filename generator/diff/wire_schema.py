"""Comparing two schemas in one direction: a walker pairs up their nodes (properties, items,
additionalProperties, union alternatives), and one rule function per concern judges each pair."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from generator.diff.changes import Change, Level
from generator.diff.wire_context import Context, Effect, Side, level_of
from generator.diff.wire_match import Candidate, Matching, match
from generator.diff.wire_node import Branch, Node, node
from generator.diff.wire_shape import (
    BOUNDS,
    bound_of,
    branch_key,
    describe,
    enum_of,
    json_key,
    tag_signature,
    type_effect,
    type_text,
)
from generator.diff.wire_subtype import Subtyping
from generator.spec import pointer

Reshape = Literal["wrapped", "unwrapped"]


@dataclass(frozen=True)
class Pair:
    old: Node
    new: Node
    ctx: Context
    branch: bool = False  # a whole schema against one alternative of the union it became

    @property
    def reshaped(self) -> Reshape | None:
        """Whether a plain schema became a union ("wrapped") or the other way round."""
        if self.old.unconstrained or self.new.unconstrained:
            return None
        if self.new.is_union and not self.old.is_union:
            return "wrapped"
        if self.old.is_union and not self.new.is_union:
            return "unwrapped"
        return None

    @property
    def comparable(self) -> bool:
        """Both sides constrain values the same way, so keyword rules apply."""
        return not (self.old.unconstrained or self.new.unconstrained or self.reshaped)


class SchemaDiff:
    """The schema comparisons of one diff; a (old, new) pair is compared once per scope."""

    def __init__(self, old: Side, new: Side) -> None:
        self.old = old
        self.new = new
        self.subtyping = Subtyping(old, new)
        self._seen: set[tuple[Any, ...]] = set()

    def changes(self, old: Any, old_at: str, new: Any, new_at: str, ctx: Context) -> list[Change]:
        start = Pair(node(self.old, old, old_at), node(self.new, new, new_at), ctx)
        return [
            change for pair in self.walk(start) for rule in RULES for change in rule(self, pair)
        ]

    # -- the walker ----------------------------------------------------------------------------

    def walk(self, pair: Pair) -> Iterator[Pair]:
        """``pair`` and every pair below it, each (old pointer, new pointer) once (cycles end)."""
        key = (pair.ctx.scope, pair.old.at, pair.new.at, pair.branch)
        if key in self._seen:
            return
        self._seen.add(key)
        yield pair
        for child in self.children(pair):
            yield from self.walk(child)

    def children(self, pair: Pair) -> Iterator[Pair]:
        old, new, ctx = pair.old, pair.new, pair.ctx
        if old.unconstrained or new.unconstrained:
            return
        if pair.reshaped or (old.is_union and new.is_union):
            for old_branch, new_branch in self.match(pair).pairs:
                yield Pair(
                    self._branch_node(self.old, old_branch, old),
                    self._branch_node(self.new, new_branch, new),
                    ctx.child(_branch_name(new_branch or old_branch)),
                    branch=pair.reshaped is not None,
                )
            if pair.reshaped:
                return
        for keyword, segment in (("items", "[]"), ("additionalProperties", "{}")):
            old_sub, new_sub = old.schema.get(keyword), new.schema.get(keyword)
            if isinstance(old_sub, dict) and isinstance(new_sub, dict):
                old_at = pointer.join(old.at_of(keyword), keyword)
                new_at = pointer.join(new.at_of(keyword), keyword)
                yield Pair(
                    node(self.old, old_sub, old_at),
                    node(self.new, new_sub, new_at),
                    ctx.child(segment),
                )
        old_slots = old.slots(self.old, ctx.direction)
        new_slots = new.slots(self.new, ctx.direction)
        for name in sorted(old_slots.keys() & new_slots.keys()):
            old_slot, new_slot = old_slots[name], new_slots[name]
            yield Pair(
                node(self.old, old_slot.raw, old_slot.at),
                node(self.new, new_slot.raw, new_slot.at),
                ctx.child(name),
            )

    def match(self, pair: Pair) -> Matching[Branch | None]:
        """The alternatives of the two unions paired up; None stands for the plain side."""
        return match(self._candidates(self.old, pair.old), self._candidates(self.new, pair.new))

    def narrowed(self, pair: Pair) -> bool:
        """Whether a response that became a union only sends what it sent before: each
        alternative is within the old schema. (A request that does so refuses what it took.)"""
        return pair.ctx.direction == "response" and self.subtyping.alternatives_within(
            pair.old, pair.new
        )

    def preserves(self, pair: Pair) -> bool:
        """Whether one alternative of the new union is the old plain schema, unchanged."""
        (whole,) = self._candidates(self.old, pair.old)
        return any(c.structure == whole.structure for c in self._candidates(self.new, pair.new))

    def _candidates(self, side: Side, of: Node) -> list[Candidate[Branch | None]]:
        if not of.is_union:
            raw = pointer.resolve(side.document, of.at)
            return [Candidate(None, branch_key(side, raw, of.at), _signature(side, raw, of.at))]
        return [
            Candidate(b, branch_key(side, b.raw, b.at), _signature(side, b.raw, b.at))
            for b in of.branches
        ]

    @staticmethod
    def _branch_node(side: Side, branch: Branch | None, whole: Node) -> Node:
        return whole if branch is None else node(side, branch.raw, branch.at)


def _signature(side: Side, raw: Any, at: str) -> str:
    schema, at = side.follow(raw, at)
    return tag_signature(side, schema, at) if isinstance(schema, dict) else json_key(schema)


def _branch_name(branch: Branch | None) -> str:
    return "" if branch is None else f"/{branch.keyword}[{branch.index}]"


# -- rules, one concern each ---------------------------------------------------------------------


def type_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    old, new, ctx = pair.old, pair.new, pair.ctx
    if old.unconstrained != new.unconstrained:
        effect: Effect | None = "widens" if new.unconstrained else "narrows"
    elif not pair.comparable or old.is_union or new.is_union:
        return
    else:
        effect = type_effect(
            old.types, new.types, old.schema.get("format"), new.schema.get("format")
        )
    if effect is None:
        return
    before = "any" if old.unconstrained else type_text(old.types, old.schema.get("format"))
    after = "any" if new.unconstrained else type_text(new.types, new.schema.get("format"))
    verb = {"widens": "generalized", "narrows": "specialized", "changes": "changed"}[effect]
    if ctx.direction == "request" and effect == "narrows":
        verb = "changed"  # oasdiff has no request-side "specialized": it breaks like a change
    yield ctx.effect_change(
        f"type-{verb}",
        effect,
        f"{ctx.subject} type {verb} from '{before}' to '{after}'",
        new.at_of("type"),
        before,
        after,
    )


def nullable_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    old, new, ctx = pair.old, pair.new, pair.ctx
    if pair.branch or old.unconstrained or new.unconstrained or old.nullable == new.nullable:
        return
    became = "nullable" if new.nullable else "not-nullable"
    yield ctx.effect_change(
        f"became-{became}",
        "widens" if new.nullable else "narrows",
        f"{ctx.subject} became {became.replace('-', ' ')}",
        new.at,
        old.nullable,
        new.nullable,
    )


def enum_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    old, new, ctx = pair.old, pair.new, pair.ctx
    if not pair.comparable:
        return
    before, after = enum_of(old.schema), enum_of(new.schema)
    if before is None and after is None:
        return
    added_level: Level = "info" if ctx.direction == "request" else "warning"
    if before is None and after is not None:
        message = f"{ctx.subject} became an enum of {len(after)} values"
        yield ctx.effect_change("became-enum", "narrows", message, new.at_of("enum"), None, after)
    elif after is None and before is not None:
        message = f"{ctx.subject} is no longer an enum"
        at = old.at_of("enum")
        yield ctx.change(ctx.rule("no-longer-enum"), added_level, message, at, before, None)
    elif before is not None and after is not None:
        kept = {json_key(v) for v in after}
        for value in before:
            if json_key(value) not in kept:
                message = f"{ctx.subject} enum value {json_key(value)} removed"
                at = _enum_pointer(old, value)
                yield ctx.effect_change("enum-value-removed", "narrows", message, at, value, None)
        had = {json_key(v) for v in before}
        for value in after:
            if json_key(value) not in had:
                message = f"{ctx.subject} enum value {json_key(value)} added"
                rule = ctx.rule("enum-value-added")
                yield ctx.change(rule, added_level, message, _enum_pointer(new, value), None, value)


def _enum_pointer(of: Node, value: Any) -> str:
    """Where ``value`` sits: ``…/enum/3``, or ``…/const``."""
    if "const" in of.schema:
        return pointer.join(of.at_of("const"), "const")
    values = [json_key(v) for v in of.schema.get("enum") or []]
    return pointer.join(of.at_of("enum"), "enum", values.index(json_key(value)))


def bound_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    old, new, ctx = pair.old, pair.new, pair.ctx
    if not pair.comparable:
        return
    for keyword, stem, upper in BOUNDS:
        before, after = bound_of(old.schema.get(keyword)), bound_of(new.schema.get(keyword))
        if before == after:
            continue
        at = new.at_of(keyword) if after is not None else old.at_of(keyword)
        verb, effect, text = _bound_move(before, after, upper)
        message = f"{ctx.subject} {keyword} {text}"
        yield ctx.effect_change(f"{stem}-{verb}", effect, message, at, before, after)


def _bound_move(
    before: int | float | None, after: int | float | None, upper: bool
) -> tuple[str, Effect, str]:
    """The verb of a bound's move (``set``, ``unset``, ``increased``, ``decreased``), whether it
    widens or narrows the allowed values, and how to say it."""
    if before is None:
        return "set", "narrows", f"set to {after}"
    if after is None:
        return "unset", "widens", f"removed (was {before})"
    verb = "increased" if after > before else "decreased"
    return (
        verb,
        "widens" if (after > before) == upper else "narrows",
        f"{verb} from {before} to {after}",
    )


def pattern_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    old, new, ctx = pair.old, pair.new, pair.ctx
    before, after = old.schema.get("pattern"), new.schema.get("pattern")
    if not pair.comparable or before == after:
        return
    if before is None:
        message = f"{ctx.subject} pattern {after!r} added"
        yield ctx.effect_change(
            "pattern-added", "narrows", message, new.at_of("pattern"), None, after
        )
    elif after is None:
        message = f"{ctx.subject} pattern {before!r} removed"
        at = old.at_of("pattern")
        yield ctx.effect_change("pattern-removed", "widens", message, at, before, None)
    else:
        # Neither pattern is known to contain the other: the request side breaks (it may refuse
        # what was valid), the response side is a warning, as in oasdiff.
        level: Level = "breaking" if ctx.direction == "request" else "warning"
        message = f"{ctx.subject} pattern changed from {before!r} to {after!r}"
        at = new.at_of("pattern")
        yield ctx.change(ctx.rule("pattern-changed"), level, message, at, before, after)


def property_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    old, new, ctx = pair.old, pair.new, pair.ctx
    if not pair.comparable or not (_object_like(old) and _object_like(new)):
        return
    old_slots = old.slots(diff.old, ctx.direction)
    new_slots = new.slots(diff.new, ctx.direction)
    for name in sorted(old_slots.keys() | new_slots.keys()):
        here = ctx.child(name)
        if name not in old_slots:
            yield _property_added(here, name in new.required, _slot_pointer(new, name))
        elif name not in new_slots:
            yield _property_removed(here, name in old.required, _slot_pointer(old, name))
        elif (name in old.required) != (name in new.required):
            yield _requiredness(here, name in new.required, _slot_pointer(new, name))


def _object_like(of: Node) -> bool:
    return of.types is None or "object" in of.types


def _slot_pointer(of: Node, name: str) -> str:
    slot = of.properties.get(name)
    return slot.at if slot is not None else of.at


def _property_added(ctx: Context, required: bool, at: str) -> Change:
    kind = "required" if required else "optional"
    message = f"{ctx.subject} added ({kind})"
    if ctx.direction == "request":
        level: Level = "breaking" if required else "info"
        return ctx.change(f"new-{kind}-request-property", level, message, at, None, ctx.name)
    return ctx.change(f"response-{kind}-property-added", "info", message, at, None, ctx.name)


def _property_removed(ctx: Context, required: bool, at: str) -> Change:
    kind = "required" if required else "optional"
    if ctx.direction == "request":
        message = f"{ctx.subject} removed"
        return ctx.change("request-property-removed", "warning", message, at, ctx.name, None)
    level: Level = "breaking" if required else "warning"
    message = f"{ctx.subject} removed (was {kind})"
    return ctx.change(f"response-{kind}-property-removed", level, message, at, ctx.name, None)


def _requiredness(ctx: Context, required: bool, at: str) -> Change:
    became = "required" if required else "optional"
    effect: Effect = "narrows" if required else "widens"
    rule = f"{ctx.direction}-property-became-{became}"
    message = f"{ctx.subject} became {became}"
    return ctx.change(rule, level_of(ctx.direction, effect), message, at, not required, required)


def additional_properties_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    """``additionalProperties: false`` where other properties were allowed: a request that sent
    one is now refused (breaking); a response sends fewer (info). Its reverse is left unsaid: an
    old client ignores properties it does not know, and an old request stays valid."""
    old, new, ctx = pair.old, pair.new, pair.ctx
    if not pair.comparable or not (_object_like(old) and _object_like(new)):
        return
    before = old.schema.get("additionalProperties", True)
    if new.schema.get("additionalProperties") is False and before is not False:
        message = f"{ctx.subject} no longer allows other properties"
        at = pointer.join(new.at_of("additionalProperties"), "additionalProperties")
        rule = "additional-properties-disallowed"
        yield ctx.effect_change(rule, "narrows", message, at, before, False)


def union_rule(diff: SchemaDiff, pair: Pair) -> Iterator[Change]:
    old, new, ctx = pair.old, pair.new, pair.ctx
    reshaped = pair.reshaped
    if not (reshaped or (old.is_union and new.is_union)):
        return
    if reshaped == "wrapped" and diff.narrowed(pair):
        yield _narrowed(pair)
        return
    matching = diff.match(pair)
    if reshaped == "wrapped" and (ctx.root or matching.removed):
        yield _wrapped(diff, pair)
        return
    if reshaped == "unwrapped" and matching.added:
        message = f"{ctx.subject} changed from a union to type '{type_text(new.types)}'"
        yield ctx.effect_change("type-changed", "changes", message, new.at, "union", None)
        return
    for branch in matching.removed:
        if branch is not None:
            text = describe(diff.old, branch.raw, branch.at)
            message = f"{ctx.subject} {branch.keyword} alternative '{text}' removed"
            rule = f"{_slug(branch.keyword)}-removed"
            yield ctx.effect_change(rule, "narrows", message, branch.at, text, None)
    for branch in matching.added:
        if branch is not None:
            text = describe(diff.new, branch.raw, branch.at)
            message = f"{ctx.subject} {branch.keyword} alternative '{text}' added"
            rule = f"{_slug(branch.keyword)}-added"
            yield ctx.effect_change(rule, "widens", message, branch.at, None, text)


def _wrapped(diff: SchemaDiff, pair: Pair) -> Change:
    """A plain schema became a union: oasdiff's ``*-body-wrapped-in-one-of`` (breaking), or
    ``…-original-preserved`` (a warning) when one alternative is the old schema unchanged."""
    ctx, keyword = pair.ctx, pair.new.branches[0].keyword
    preserved = diff.preserves(pair)
    rule = ctx.rule(f"wrapped-in-{_slug(keyword)}")
    if preserved:
        message = f"{ctx.subject} wrapped in a {keyword}; one alternative is the old schema"
        return ctx.change(f"{rule}-original-preserved", "warning", message, pair.new.at)
    message = f"{ctx.subject} wrapped in a {keyword}; no alternative is the old schema"
    return ctx.change(rule, "breaking", message, pair.new.at)


def _narrowed(pair: Pair) -> Change:
    """A response became a union of cases of the old schema: what an old client reads is still
    valid for it, so no alternative counts as added (oasdiff would say ``one-of-added``)."""
    ctx, keyword = pair.ctx, pair.new.branches[0].keyword
    rule = ctx.rule(f"narrowed-to-{_slug(keyword)}")
    message = f"{ctx.subject} narrowed to {keyword} alternatives, each allowed before"
    return ctx.change(rule, "info", message, pair.new.at)


def _slug(keyword: str) -> str:
    return {"oneOf": "one-of", "anyOf": "any-of"}.get(keyword, keyword)


Rule = Callable[[SchemaDiff, Pair], Iterator[Change]]
RULES: tuple[Rule, ...] = (
    type_rule,
    nullable_rule,
    enum_rule,
    bound_rule,
    pattern_rule,
    property_rule,
    additional_properties_rule,
    union_rule,
)
