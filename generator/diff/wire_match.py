"""Pairing the alternatives of two unions: equal structure first, then a unique discriminating
signature (types and constant tags), then, when as many are left on both sides, by position."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Candidate(Generic[T]):
    item: T
    structure: str  # equal structure: the same alternative
    signature: str  # the same types and tags: the same alternative, changed


@dataclass(frozen=True)
class Matching(Generic[T]):
    pairs: tuple[tuple[T, T], ...]
    removed: tuple[T, ...]
    added: tuple[T, ...]


def match(old: list[Candidate[T]], new: list[Candidate[T]]) -> Matching[T]:
    pairs: list[tuple[Candidate[T], Candidate[T]]] = []
    old_left, new_left = list(old), list(new)
    for same in (_same_structure, _same_signature):
        found = same(old_left, new_left)
        pairs.extend(found)
        old_left = [c for c in old_left if all(c is not o for o, _ in found)]
        new_left = [c for c in new_left if all(c is not n for _, n in found)]
    if len(old_left) == len(new_left):
        pairs.extend(zip(old_left, new_left, strict=True))
        old_left, new_left = [], []
    return Matching(
        pairs=tuple((o.item, n.item) for o, n in pairs),
        removed=tuple(c.item for c in old_left),
        added=tuple(c.item for c in new_left),
    )


def _same_structure(
    old: list[Candidate[T]], new: list[Candidate[T]]
) -> list[tuple[Candidate[T], Candidate[T]]]:
    found = []
    free = list(new)
    for candidate in old:
        twin = next((n for n in free if n.structure == candidate.structure), None)
        if twin is not None:
            found.append((candidate, twin))
            free = [n for n in free if n is not twin]
    return found


def _same_signature(
    old: list[Candidate[T]], new: list[Candidate[T]]
) -> list[tuple[Candidate[T], Candidate[T]]]:
    """Pairs whose signature is unique on both sides."""
    old_counts = Counter(c.signature for c in old)
    new_counts = Counter(c.signature for c in new)
    found = []
    for candidate in old:
        if old_counts[candidate.signature] == 1 and new_counts[candidate.signature] == 1:
            twin = next(n for n in new if n.signature == candidate.signature)
            found.append((candidate, twin))
    return found
