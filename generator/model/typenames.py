"""Naming shapes: the name a person would choose, by rules that do not depend on key order.

- A root gets the name its context gives (``ChatCompletionCreateParams``, ``ChatCompletion``);
  a component keeps its own name; ``x-specgen-name`` (set from the overlay) wins over both.
- A nested schema is named from its parent's stem and its role there: a property adds the
  property name (``ChatCompletion`` + ``usage``), an array item the singular (``choices`` ->
  ``Choice``), a discriminated union variant the discriminator value (``Text``, ``ImageUrl``).
  Models nested in a request body end in ``Param``.
- A model both sent and received is two types (see ``sides``): the model the server returns
  keeps the shape's name, the TypedDict the client sends takes it plus ``Param``
  (``param_name``).
- Words of the role that repeat the end of the parent's stem are dropped (``Error`` + ``error``).
- A shape that appears in several places takes the shortest of its candidate names.
- A shape the last generation already named (found by its places in the API, see ``places``)
  keeps that name (``pin_names``): moving its schema or adding an operationId renames nothing.
  ``x-specgen-name`` still wins: a rename on purpose.
- Two different shapes that want one name: the one named on purpose, else the one the last
  generation gave it, else a component, else the one used most, keeps it; the others take their
  parent's full name plus their role, or else their operation's name as a prefix; only if that
  still collides do words from their location get added.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from generator.model import naming
from generator.model.schemas import Occurrence, Shape

PARAM_SUFFIXES = ("Params", "Param")


@dataclass(frozen=True)
class PinnedType:
    """A model or enum as the last generation shipped it (from the API listing)."""

    name: str
    kind: str  # "model" or "enum"
    places: tuple[str, ...]
    content: tuple[str, ...]  # its fields' wire names, or its values: what it holds


def shape_content(shape: Shape) -> tuple[str, ...]:
    """What a shape holds, as ``PinnedType.content`` spells it."""
    if shape.kind == "model":
        return tuple(sorted(f.name for f in shape.fields))
    return tuple(sorted(repr(value) for value in shape.values))


def pin_names(
    shapes: dict[str, Shape],
    shape_places: dict[str, tuple[str, ...]],
    pinned: Sequence[PinnedType],
) -> dict[str, str]:
    """The shipped name each shape keeps: the name of a shipped type of its kind found at one of
    its places. Where several compete, a shape that holds what the shipped type held comes
    first, then the one sharing more places with it, so that when one of two types a name
    stood for changes, the unchanged one keeps the name."""
    by_place: dict[str, list[PinnedType]] = defaultdict(list)
    for entry in pinned:
        for place in entry.places:
            by_place[place].append(entry)
    candidates = []
    for key in sorted(shapes):
        shape = shapes[key]
        places = set(shape_places.get(key, ()))
        entries = {e for place in places for e in by_place.get(place, ()) if e.kind == shape.kind}
        for entry in entries:
            same = entry.content == shape_content(shape)
            overlap = len(places & set(entry.places))
            candidates.append(((not same, -overlap, entry.name, key), key, entry.name))
    pins: dict[str, str] = {}
    used: set[str] = set()
    for _, key, name in sorted(candidates):
        if key not in pins and name not in used:
            pins[key] = name
            used.add(name)
    return pins


def assign_names(
    shapes: dict[str, Shape], shape_at: dict[str, str], pins: dict[str, str] | None = None
) -> dict[str, str]:
    """Map every shape key to its final, unique type name; ``pins`` are names to keep."""
    namer = _Namer(shapes, shape_at, pins or {})
    names = {key: namer.name(key) for key in sorted(shapes)}
    return _resolve_collisions(names, shapes, namer)


class _Namer:
    def __init__(
        self, shapes: dict[str, Shape], shape_at: dict[str, str], pins: dict[str, str]
    ) -> None:
        self.shapes = shapes
        self.shape_at = shape_at
        self.pins = pins
        self._chosen: dict[str, tuple[str, str]] = {}

    def name(self, key: str) -> str:
        return self._choose(key)[0]

    def stem(self, key: str) -> str:
        return self._choose(key)[1]

    def _choose(self, key: str) -> tuple[str, str]:
        if key not in self._chosen:
            self._chosen[key] = ("", "")  # guards against a cycle; components break real ones
            shape = self.shapes[key]
            if shape.forced_names:
                name = naming.type_name(min(shape.forced_names))
                candidates = {(name, _strip_param(name))}
            elif key in self.pins:
                name = self.pins[key]
                candidates = {(name, _strip_param(name))}
            elif shape.component is not None:
                name = naming.type_name(shape.component)
                candidates = {(name, name)}
            else:
                candidates = {self._candidate(shape, o) for o in shape.occurrences}
            self._chosen[key] = min(candidates, key=lambda pair: (len(pair[0]), pair))
        return self._chosen[key]

    def _candidate(self, shape: Shape, occurrence: Occurrence) -> tuple[str, str]:
        if occurrence.parent is None:
            root = occurrence.root
            assert root is not None, occurrence.pointer
            if not occurrence.role:
                return naming.type_name(root.name), naming.type_name(root.stem)
            base, parent_name = root.stem, root.name
        else:
            parent_key = self.shape_at[occurrence.parent]
            base, parent_name = self.stem(parent_key), self.name(parent_key)
        role = _without_overlap(base, naming.pascal(*occurrence.role))
        suffix = "Param" if occurrence.request and shape.kind == "model" else ""
        stem = base + role
        if occurrence.role and not role and base + suffix == parent_name:
            stem = base + "Detail"  # the role only repeated the parent's name
        return naming.type_name(stem + suffix), stem

    def alternatives(self, key: str) -> list[str]:
        """Longer names for a shape that lost its name to another: from its parent's full name
        (``ContentBlockParam`` + ``type``), then from its operation (``MessageCreate`` + name)."""
        shape = self.shapes[key]
        occurrence = min(shape.occurrences, key=lambda o: o.pointer)
        name = self.name(key)
        if occurrence.parent is not None:
            parent_name = self.name(self.shape_at[occurrence.parent])
        else:
            parent_name = occurrence.root.name if occurrence.root and occurrence.role else ""
        suffix = "Param" if occurrence.request and shape.kind == "model" else ""
        qualifier = self.qualifier(occurrence)
        result = []
        if parent_name:
            result.append(naming.type_name(parent_name + naming.pascal(*occurrence.role) + suffix))
        if not name.startswith(qualifier):
            result.append(naming.type_name(qualifier + name))
        return result or [name]

    def qualifier(self, occurrence: Occurrence) -> str:
        """The qualifier of the root an occurrence hangs from (its operation: MessageCreate)."""
        while occurrence.parent is not None:
            parent = self.shapes[self.shape_at[occurrence.parent]]
            occurrence = min(parent.occurrences, key=lambda o: o.pointer)
        return occurrence.root.qualifier if occurrence.root else ""


def param_name(name: str, taken: Collection[str]) -> str:
    """The name of the TypedDict the client sends for a model the server also returns: the
    model's name plus ``Param``, as in the OpenAI SDK (``ChatCompletionMessageToolCall`` and
    ``ChatCompletionMessageToolCallParam``); ``InputParam`` when another type has that name,
    then ``Alt`` as for any last resort."""
    for candidate in (name + "Param", name + "InputParam"):
        if candidate not in taken:
            return candidate
    number = 1
    while (candidate := f"{name}InputParamAlt{number if number > 1 else ''}") in taken:
        number += 1
    return candidate


def _without_overlap(base: str, role: str) -> str:
    """``role`` minus the words that already end ``base``: no stutter (``Message`` + ``message``
    is ``Message``, the ``error`` of an ``Error...`` stem is just ``Error``)."""
    base_words, role_words = naming.words(base), naming.words(role)
    for size in range(min(len(base_words), len(role_words)), 0, -1):
        if base_words[-size:] == role_words[:size]:
            return naming.pascal(*role_words[size:])
    return role


def _strip_param(name: str) -> str:
    for suffix in PARAM_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _resolve_collisions(
    names: dict[str, str], shapes: dict[str, Shape], namer: _Namer
) -> dict[str, str]:
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        by_name[name].append(key)
    result = dict(names)
    # How many shapes have each name now, kept as shapes move: a set of every name made
    # afresh for each clash was O(shapes) a clash, quadratic for a wide spec.
    in_use = Counter(result.values())
    for name, keys in sorted(by_name.items()):
        if len(keys) < 2:
            continue
        keepers = _keepers(keys, shapes, namer)
        free = set() if keepers else {name}  # no one keeps it: any of them may take it back
        for key in sorted(set(keys) - keepers):
            for alternative in namer.alternatives(key):
                if alternative in free or not in_use[alternative]:
                    break
            free.discard(alternative)
            in_use[result[key]] -= 1
            in_use[alternative] += 1
            result[key] = alternative
    return _last_resort(result, shapes)


def _keepers(keys: list[str], shapes: dict[str, Shape], namer: _Namer) -> set[str]:
    """Of shapes that want one name, the one that keeps it, if one does: a name given on
    purpose wins, then a shipped one, then a component's own; else the shape used most."""

    def priority(key: str) -> int:
        shape = shapes[key]
        return 0 if shape.forced_names else 1 if key in namer.pins else 2 if shape.component else 3

    best = min(priority(k) for k in keys)
    first = [k for k in keys if priority(k) == best]
    counts = sorted(((len(shapes[k].occurrences), k) for k in first), reverse=True)
    if len(first) == 1:
        return set(first)
    if best == 3 and counts[0][0] > counts[1][0]:
        return {counts[0][1]}
    return set()


def _last_resort(result: dict[str, str], shapes: dict[str, Shape]) -> dict[str, str]:
    """Names that still clash take words from their location, then ``Alt`` (``Alt2``,
    ``Alt3``... for more clashes: appending ``Alt`` each time cost O(n²) for n of them)."""
    final: dict[str, str] = {}
    alts: dict[str, int] = {}
    for key in sorted(result, key=lambda k: (result[k], shapes[k].first_pointer)):
        name = result[key]
        if name in final:
            tail = naming.pascal(*shapes[key].first_pointer.split("/")[-3:])
            stem = naming.type_name(name + tail)
            name, number = stem, alts.get(stem, 1)
            while name in final:
                name = f"{stem}Alt{number if number > 1 else ''}"
                number += 1
            alts[stem] = number
        final[name] = key
        result[key] = name
    return result
