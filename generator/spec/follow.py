"""Following an overlay to a new version of its spec (DESIGN.md: "The vendored spec stays
upstream").

When upstream reorganises its document (an inline schema moved into ``components``, a response
made a ``$ref``), the overlay's JSONPath targets stop matching, though what each action meant is
still there: at the same *place* in the API (``places``), which such moves keep. So the overlay
is replayed on both versions side by side, action by action, since an action may target what an
earlier one added: a target that matches nothing in the new version is pointed at the node at
the same place there, and the overlay's own ``$ref``s move the same way. The file is edited where
the targets and references are written, so its comments and layout stay for review.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.errors import SpecError, SpecErrors
from generator.spec import overlay, pointer
from generator.spec.load import parse_text
from generator.spec.openapi import is_null
from generator.spec.places import Place, document_places
from generator.spec.refs import Resolver

# An update made only of these documents its node and changes no type: when the new spec no
# longer has the node, there is nothing left to document, and the action is dropped like a
# removal of what is gone (a maintainer describing every parameter would otherwise see each
# routine removal upstream stop ``update``).
DOCUMENTATION_KEYS = frozenset({"description", "summary", "title", "example", "examples"})

_RE_SERIALISED = (
    "the overlay was written out again, without its comments: editing its text in place would "
    "not have given the intended overlay"
)


@dataclass(frozen=True)
class Followed:
    """The overlay's new text (None when nothing had to change) and one note per change made
    or per action the new spec makes redundant, for the maintainer to review."""

    text: str | None
    notes: tuple[str, ...]
    retargeted: int = 0  # actions pointed at where their target moved
    references: int = 0  # $refs of the overlay's own schemas pointed at where they moved
    redundant: int = 0  # actions the new spec makes redundant


def follow_overlay(
    old_document: dict[str, Any], overlay_text: str, overlay_file: str, new_document: dict[str, Any]
) -> Followed:
    """The overlay of ``old_document`` made to apply to ``new_document`` (both bundled, neither
    overlaid). Raises ``SpecErrors`` naming every action that cannot follow, and ``SpecError``
    when the overlay does not even apply to ``old_document``."""
    data = parse_text(overlay_text, overlay_file)
    replay = _Replay(old_document, new_document, overlay_file)
    changes = [
        replay.action(index, action)
        for index, action in enumerate(overlay.overlay_actions(data, overlay_file))
    ]
    if replay.errors:
        raise SpecErrors(replay.errors)
    notes = tuple(note for change in changes for note in change.notes)
    counts = (
        sum(1 for change in changes if change.target is not None),
        sum(len(change.refs) for change in changes),
        sum(1 for change in changes if change.redundant),
    )
    if not any(change.edits_file for change in changes):
        return Followed(None, notes, *counts)
    text = _edited(overlay_text, changes)
    expected = _changed(data, changes)
    if text is None or not _reads_as(text, expected):
        text = yaml.safe_dump(expected, sort_keys=False, allow_unicode=True)
        notes += (_RE_SERIALISED,)
    _check(text, new_document, overlay_file)
    return Followed(text, notes, *counts)


# -- following each action ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Change:
    """What following did to one action of the overlay."""

    target: str | None = None  # its new target, when the old one lost its node
    refs: Mapping[str, str] = field(default_factory=dict)  # $refs of its update: old -> new
    dropped: bool = False  # a removal or a documentation of what the new spec no longer has
    redundant: bool = False  # the new spec already does what it did (a dropped removal too)
    notes: tuple[str, ...] = ()

    @property
    def edits_file(self) -> bool:
        return self.target is not None or bool(self.refs) or self.dropped


class _Unfollowable(Exception):
    """An action that cannot follow; the replay collects these to report them all at once."""

    def __init__(self, error: SpecError) -> None:
        super().__init__(str(error))
        self.error = error


class _Replay:
    """The overlay's actions applied one by one to the old and the new document."""

    def __init__(
        self, old_document: dict[str, Any], new_document: dict[str, Any], file: str
    ) -> None:
        self.old = _Layout(old_document, file)
        self.new = _Layout(new_document, file)
        self.file = file
        self.errors: list[SpecError] = []

    def action(self, index: int, action: Any) -> _Change:
        """Follow one action, then apply it to both documents, to the new one as followed."""
        where = pointer.join("/actions", index)
        old_at = overlay.targets(self.old.document, action, self.file, where)
        try:
            change, followed, new_at = self._follow(index, action, where, old_at)
        except _Unfollowable as problem:
            self.errors.append(problem.error)
            change, followed, new_at = _Change(), None, []
        self.old.patch(action, old_at, where)
        if followed is not None and new_at:
            self.new.patch(followed, new_at, where)
        return change

    def _follow(
        self, index: int, action: dict[str, Any], where: str, old_at: list[str]
    ) -> tuple[_Change, dict[str, Any] | None, list[str]]:
        name = f"actions/{index}"
        removal = action.get("remove") is True
        documents = not removal and _documents_only(action.get("update"))
        refs = {} if removal else self._moved_refs(action.get("update"), where)
        notes = [f"{name}: $ref {old} moved to {new}" for old, new in refs.items()]
        followed = _with(action, None, refs)
        new_at = overlay.matches(self.new.document, followed, self.file, where)
        target = None
        lost = self._lost(old_at, new_at)
        if lost is not None:
            new_at = self._relocated(action, where, old_at, removal, lost, documents)
            if not new_at:
                what = "documents" if documents else "removes"
                note = f"{name} is redundant: the new spec no longer has what it {what}"
                change = _Change(dropped=True, redundant=True, notes=(f"{note} {_DROPPED}",))
                return change, None, []
            target = self._target(action, where, new_at, lost)
            followed["target"] = target
            notes.insert(0, f"{name}: target moved to {target}")
        redundant = not removal and all(
            _holds(self.new.node(at), followed.get("update")) for at in new_at
        )
        if redundant:
            notes.append(f"{name} is redundant: the new spec already has this")
        return _Change(target, refs, redundant=redundant, notes=tuple(notes)), followed, new_at

    def _lost(self, old_at: list[str], new_at: list[str]) -> str | None:
        """Why the action's target no longer reaches its nodes in the new document, if so: it
        matches nothing, or only the ``$ref`` a schema left where it was (whatever an update
        sets beside a ``$ref`` is ignored)."""
        if not new_at:
            return "matches nothing in the new spec"
        if any(
            at in old_at and self.new.is_reference(at) and not self.old.is_reference(at)
            for at in new_at
        ):
            return "matches only the $ref left where its node was in the new spec"
        return None

    def _relocated(
        self,
        action: dict[str, Any],
        where: str,
        old_at: list[str],
        removal: bool,
        lost: str,
        documents: bool = False,
    ) -> list[str]:
        """The nodes at the places of the action's old matches (for a removal or an update that
        only documents, those still there: the others are gone already)."""
        found: list[str] = []
        for at in old_at:
            spot = _locate(at, self.old, self.new, removal, may_vanish=documents)
            if spot.problem is not None:
                raise self._unfollowable(where, action, f"{lost}, and {spot.problem}")
            found += [new_at for new_at in spot.at if new_at not in found]
        return found

    def _target(self, action: dict[str, Any], where: str, new_at: list[str], lost: str) -> str:
        """One JSONPath for the nodes ``new_at``, checked to match exactly those."""
        target = _jsonpath(new_at)
        if target is None or set(
            overlay.matches(self.new.document, {"target": target}, self.file, where)
        ) != set(new_at):
            nodes = ", ".join(f"#{at}" for at in new_at)
            problem = f"{lost}, and no one JSONPath names where its nodes are now ({nodes})"
            raise self._unfollowable(where, action, problem)
        return target

    def _unfollowable(self, where: str, action: dict[str, Any], problem: str) -> _Unfollowable:
        error = SpecError(self.file, pointer.join(where, "target"), f"{action['target']} {problem}")
        return _Unfollowable(error)

    def _moved_refs(self, update: Any, where: str) -> dict[str, str]:
        """The ``$ref``s of an action's update whose node is elsewhere in the new document."""
        moved: dict[str, str] = {}
        for path, ref in _references(update):
            new_ref = self._moved_ref(ref, pointer.join(where, "update", *path))
            if new_ref != ref:
                moved[ref] = new_ref
        return moved

    def _moved_ref(self, ref: str, at: str) -> str:
        """``ref`` pointing at the node at its place in the new document. One to something the
        overlay adds itself, or to no place, stays as written (``_check`` sees it resolves)."""
        target = self.old.reference_target(ref, at)
        if target is None or not self.old.exists(target):
            return ref
        spot = _locate(target, self.old, self.new, removal=False)
        if spot.problem is None and spot.at:
            moved = spot.at[0]
            return ref if moved == target else pointer.to_fragment(moved)
        if self.new.exists(target):
            return ref
        problem = spot.problem or "nothing is at its place any more"
        message = f"$ref {ref} points at nothing in the new spec, and {problem}"
        raise _Unfollowable(SpecError(self.file, pointer.join(at, "$ref"), message))


_DROPPED = "(dropped from the overlay, where it would match nothing)"


def _with(action: dict[str, Any], target: str | None, refs: Mapping[str, str]) -> dict[str, Any]:
    """A copy of the action with its new target and its update's ``$ref``s moved."""
    result = copy.deepcopy(action)
    if target is not None:
        result["target"] = target
    for node in _reference_holders(result.get("update")):
        node["$ref"] = refs.get(node["$ref"], node["$ref"])
    return result


def _reference_holders(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in ``data`` with a string ``$ref``."""
    for _, holder in _walk_references(data, ()):
        yield holder


def _references(data: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string ``$ref`` in ``data``, with the path to the object holding it."""
    for path, holder in _walk_references(data, ()):
        yield path, holder["$ref"]


def _walk_references(
    data: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    if isinstance(data, dict):
        if isinstance(data.get("$ref"), str):
            yield path, data
        for key, value in data.items():
            yield from _walk_references(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk_references(value, (*path, index))


def _documents_only(update: Any) -> bool:
    """Whether an update only documents its target (``DOCUMENTATION_KEYS``)."""
    return isinstance(update, dict) and bool(update) and update.keys() <= DOCUMENTATION_KEYS


def _holds(node: Any, update: Any) -> bool:
    """Whether merging ``update`` into ``node`` would change nothing (overlay.py's merge:
    objects merge recursively, anything else is replaced, a target array gets items appended,
    which the array must then have already)."""
    if isinstance(node, list):
        return all(item in node for item in (update if isinstance(update, list) else [update]))
    if not isinstance(node, dict) or not isinstance(update, dict):
        return False
    return all(
        key in node
        and (
            _holds(node[key], value)
            if isinstance(node[key], dict) and isinstance(value, dict)
            else node[key] == value
        )
        for key, value in update.items()
    )


def _jsonpath(pointers: list[str]) -> str | None:
    """The JSONPath of these nodes: a single one, or siblings as a union (``['a','b']``)."""
    if len(pointers) == 1:
        return pointer.to_jsonpath(pointers[0])
    parents = {at.rpartition("/")[0] for at in pointers}
    if len(parents) != 1:
        return None
    prefix = pointer.to_jsonpath(parents.pop())
    selectors = []
    for at in pointers:
        segment = pointer.to_jsonpath(at)[len(prefix) :]  # .name, ['name'] or [index]
        selectors.append(f"'{segment[1:]}'" if segment.startswith(".") else segment[1:-1])
    return f"{prefix}[{','.join(selectors)}]"


# -- places -------------------------------------------------------------------------------------


class _Layout:
    """A document as the overlay's actions patch it, and which of its nodes are where in the
    API. Places are computed when first asked for after a change: most actions need none."""

    def __init__(self, document: dict[str, Any], file: str) -> None:
        self.document = copy.deepcopy(document)
        self.file = file
        self.resolver = Resolver(self.document, file)
        self._places: dict[str, tuple[Place, ...]] | None = None
        self._nodes: dict[Place, list[str]] = {}

    def patch(self, action: dict[str, Any], at: list[str], where: str) -> None:
        overlay.patch(self.document, action, at, self.file, where)
        self._places = None

    def places(self, at: str) -> tuple[Place, ...]:
        return self._indexed().get(at, ())

    def nodes(self, place: Place) -> list[str]:
        self._indexed()
        return self._nodes.get(place, [])

    def _indexed(self) -> dict[str, tuple[Place, ...]]:
        if self._places is None:
            self._places = document_places(self.document, self.file)
            self._nodes = {}
            for at, places in self._places.items():
                for place in places:
                    self._nodes.setdefault(place, []).append(at)
        return self._places

    def exists(self, at: str) -> bool:
        try:
            pointer.resolve(self.document, at)
        except KeyError:
            return False
        return True

    def node(self, at: str) -> Any:
        """The node at ``at``, None if there is none."""
        return pointer.resolve(self.document, at) if self.exists(at) else None

    def is_reference(self, at: str) -> bool:
        node = self.node(at)
        return isinstance(node, dict) and "$ref" in node

    def reference_target(self, ref: Any, at: str) -> str | None:
        """The pointer a local ``$ref`` names; None for any other (the loader reports those)."""
        try:
            return self.resolver.target(ref, at)
        except SpecError:
            return None

    def roots(self, place: Place) -> list[str]:
        """The nodes at ``place`` that no other node there leads to: a ``$ref`` to a component
        and the component share a place, as do a wrapper (``allOf`` of one, a nullable
        ``oneOf``) and what it wraps; the first of each such chain is the root."""
        nodes = self.nodes(place)
        inner = {self._referenced(at) for at in nodes}
        inner |= {at for at in nodes for outer in nodes if at.startswith(outer + "/")}
        return [at for at in nodes if at not in inner]

    def chain(self, root: str) -> list[str]:
        """``root`` and the nodes it wraps, one inside the other, down to the schema itself."""
        chain = [root]
        while (inner := self._wrapped(chain[-1])) is not None and inner not in chain:
            chain.append(inner)
        return chain

    def _referenced(self, at: str) -> str | None:
        node = self.node(at)
        return self.reference_target(node["$ref"], at) if self.is_reference(at) else None

    def _wrapped(self, at: str) -> str | None:
        """What the node at ``at`` only wraps, adding no place of its own (as places.py reads
        a ``$ref``, an ``allOf`` of one part, a ``oneOf``/``anyOf`` of one non-null variant)."""
        node = self.node(at)
        if not isinstance(node, dict):
            return None
        if "$ref" in node:
            return self._referenced(at)
        parts = node.get("allOf")
        if isinstance(parts, list) and len(parts) == 1 and not node.get("properties"):
            return pointer.join(at, "allOf", 0)
        for keyword in ("oneOf", "anyOf"):
            variants = node.get(keyword)
            if isinstance(variants, list):
                real = [
                    index
                    for index, variant in enumerate(variants)
                    if not is_null(self._followed(variant, pointer.join(at, keyword, index)))
                ]
                if len(real) == 1:
                    return pointer.join(at, keyword, real[0])
        return None

    def _followed(self, node: Any, at: str) -> Any:
        try:
            return self.resolver.follow(node, at)[0]
        except SpecError:
            return None


@dataclass(frozen=True)
class _Spot:
    """Where a node of the old document is in the new one, by its places."""

    at: tuple[str, ...]  # the nodes at its places in the new document
    places: tuple[Place, ...]  # its places in the old document
    crowded: tuple[Place, ...]  # of those, the ones where the new document has several nodes
    may_vanish: bool  # a removal, or an update that only documents

    @property
    def problem(self) -> str | None:
        """Why the node cannot be followed, if it cannot (see ``may_vanish``: may find
        nothing)."""
        if not self.places:
            return "no operation reaches what it matched, so it has no place to follow"
        if self.crowded:
            return f"its place ({self.crowded[0]}) holds several nodes in the new spec"
        if len(self.at) > 1:
            nodes = ", ".join(f"#{at}" for at in self.at)
            return f"what was at its places is at several nodes in the new spec ({nodes})"
        if not self.at and not self.may_vanish:
            return f"nothing is at its place ({self.places[0]}) any more"
        return None


def _locate(at: str, old: _Layout, new: _Layout, removal: bool, may_vanish: bool = False) -> _Spot:
    """The node of ``new`` that is where ``at`` is in ``old``: at the same places, and in the
    same position in its chain of wrappers (see ``_Layout.roots``): an update follows the
    schema a ``$ref`` leads to, a removal the property or item that holds it."""
    found: list[str] = []
    crowded: list[Place] = []
    places = old.places(at)
    for place in places:
        innermost = _innermost(at, place, old, removal)
        roots = new.roots(place)
        if innermost is None or not roots:
            continue
        if len(roots) > 1:
            crowded.append(place)
            continue
        moved = new.chain(roots[0])[-1] if innermost else roots[0]
        if moved not in found:
            found.append(moved)
    return _Spot(tuple(found), places, tuple(crowded), removal or may_vanish)


def _innermost(at: str, place: Place, layout: _Layout, removal: bool) -> bool | None:
    """True if ``at`` is the schema at the end of its chain at ``place``, False if the chain's
    root, None if neither; a node that is both counts as its root for a removal."""
    for root in layout.roots(place):
        end = layout.chain(root)[-1]
        if at == end and not (removal and at == root):
            return True
        if at == root:
            return False
    return None


# -- the overlay's text -------------------------------------------------------------------------


def _changed(data: dict[str, Any], changes: list[_Change]) -> dict[str, Any]:
    """The overlay's data with the changes made: what its new text must read as."""
    result = dict(data)
    result["actions"] = [
        _with(action, change.target, change.refs)
        for action, change in zip(data["actions"], changes, strict=True)
        if not change.dropped
    ]
    return result


def _reads_as(text: str, expected: Any) -> bool:
    try:
        return bool(yaml.safe_load(text) == expected)
    except yaml.YAMLError:
        return False


def _edited(text: str, changes: list[_Change]) -> str | None:
    """``text`` with each moved target and ``$ref`` rewritten where it is written, and each
    dropped action's lines deleted; None where the text cannot be edited that way."""
    items = _action_nodes(yaml.compose(text, Loader=yaml.SafeLoader))
    if items is None or len(items) != len(changes):
        return None
    edits: dict[tuple[int, int], str] = {}
    for item, change in zip(items, changes, strict=True):
        for start, end, replacement in _action_edits(text, item, change):
            if edits.setdefault((start, end), replacement) != replacement:
                return None  # one node (a YAML alias) asked to say two things
    spans = sorted(edits)
    if any(previous[1] > following[0] for previous, following in itertools.pairwise(spans)):
        return None
    for start, end in reversed(spans):
        text = text[:start] + edits[(start, end)] + text[end:]
    return text


def _action_nodes(root: yaml.Node | None) -> list[yaml.Node] | None:
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if key.value == "actions" and isinstance(value, yaml.SequenceNode):
            return list(value.value)
    return None


def _action_edits(text: str, item: yaml.Node, change: _Change) -> Iterator[tuple[int, int, str]]:
    if not isinstance(item, yaml.MappingNode):
        return
    if change.dropped:
        yield _item_lines(text, item)
        return
    for key, value in item.value:
        if key.value == "target" and change.target is not None:
            yield _scalar_edit(value, change.target, bool(item.flow_style))
        elif key.value == "update":
            yield from _reference_edits(value, change.refs, bool(item.flow_style))


def _reference_edits(
    node: yaml.Node, refs: Mapping[str, str], flow: bool
) -> Iterator[tuple[int, int, str]]:
    flow = flow or bool(getattr(node, "flow_style", False))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "$ref" and isinstance(value, yaml.ScalarNode) and value.value in refs:
                yield _scalar_edit(value, refs[value.value], flow)
            else:
                yield from _reference_edits(value, refs, flow)
    elif isinstance(node, yaml.SequenceNode):
        for value in node.value:
            yield from _reference_edits(value, refs, flow)


def _scalar_edit(node: yaml.Node, value: str, flow: bool) -> tuple[int, int, str]:
    """Replace the scalar ``node`` by ``value``, quoted as it was when it still can be."""
    style = getattr(node, "style", None)
    if style is None and _plain(value, flow):
        written = value
    elif style == '"' or not value.isprintable():
        written = json.dumps(value, ensure_ascii=False)
    else:
        written = "'" + value.replace("'", "''") + "'"
    return node.start_mark.index, node.end_mark.index, written


def _plain(value: str, flow: bool) -> bool:
    """Whether ``value`` reads back as itself unquoted (in a flow collection or a block)."""
    return _reads_as(f"{{k: {value}}}" if flow else f"k: {value}", {"k": value})


def _item_lines(text: str, item: yaml.Node) -> tuple[int, int, str]:
    """Delete a sequence item's lines, from its ``-`` to its last line; the comments after it,
    which a block mapping's end includes, belong to what follows."""
    start = text.rfind("\n", 0, item.start_mark.index) + 1
    lines = text[start : item.end_mark.index].splitlines(keepends=True)
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        lines.pop()
    end = start + sum(len(line) for line in lines)
    if lines and not lines[-1].endswith("\n"):  # a flow item ends mid-line
        end = text.find("\n", end) + 1 or len(text)
    return start, end, ""


def _check(text: str, new_document: dict[str, Any], file: str) -> None:
    """The rewritten overlay must apply to the new document, and its ``$ref``s resolve there:
    ``follow`` is only done when the spec loads with it."""
    data = parse_text(text, file)
    patched = overlay.apply_overlay(new_document, data, file)
    resolver = Resolver(patched, file)
    for index, action in enumerate(data["actions"]):
        for path, ref in _references(action.get("update")):
            at = pointer.join("/actions", index, "update", *path)
            resolver.lookup(resolver.target(ref, at), at)
