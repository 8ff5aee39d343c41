"""Response values: the plain deterministic examples, or values varied from a seed.

Seeded values stay inside what the IR says of each type (bounds, lengths, enum and literal
choices), so every answer still validates into the generated models.
"""

from __future__ import annotations

import math
import random
import string
import uuid
from datetime import UTC, datetime, timedelta

from generator.model import ir
from generator.render.examples import Examples

_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_SPAN = 1000  # width of the range drawn from when a number has at most one bound
_MAX_STRING = 12
_MAX_ITEMS = 3

# Words for streamed text: distinct fragments make each event tell apart from the others.
WORDS = (
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
    "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
)  # fmt: skip
PLAIN_FRAGMENTS = ("Hello", " from", " the", " mock", " server.")


class SeededValues(Examples):
    """Like :class:`Examples`, but primitives, choices and list lengths are drawn from ``rng``.

    The spec's own field examples are kept: they are documented values, not placeholders.
    """

    def __init__(self, api: ir.Api, rng: random.Random) -> None:
        super().__init__(api)
        self.rng = rng

    def value(self, type_ref: ir.TypeRef, *, full: bool, depth: int = 0) -> ir.JSON:
        kind, rng = type_ref.kind, self.rng
        if kind == "str":
            return self._string(type_ref.constraints) or super().value(type_ref, full=full)
        if kind == "int":
            return self._integer(type_ref.constraints)
        if kind == "float":
            return self._float(type_ref.constraints)
        if kind == "bool":
            return rng.random() < 0.5
        if kind == "literal":
            return rng.choice(type_ref.values)
        if kind == "enum":
            return rng.choice(self.enums[type_ref.name].values)
        if kind == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if kind == "datetime":
            moment = _EPOCH + timedelta(seconds=rng.randrange(365 * 86400))
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        if kind == "date":
            return (_EPOCH + timedelta(days=rng.randrange(365))).date().isoformat()
        if kind == "list":
            low = type_ref.constraints.min_items or 1
            high = max(low, min(type_ref.constraints.max_items or _MAX_ITEMS, _MAX_ITEMS))
            item = type_ref.args[0]
            return [
                self.value(item, full=full, depth=depth + 1) for _ in range(rng.randint(low, high))
            ]
        if kind == "union":
            return self.value(rng.choice(type_ref.args), full=full, depth=depth)
        return super().value(type_ref, full=full, depth=depth)

    def fragments(self, count: int) -> tuple[str, ...]:
        """``count`` distinct pieces of streamed text."""
        words = self.rng.sample(WORDS, count)
        return tuple(word if i == 0 else " " + word for i, word in enumerate(words))

    def _string(self, constraints: ir.Constraints) -> str | None:
        if constraints.pattern is not None:
            return None  # no general generator for a regex: the plain example is used
        low = constraints.min_length or 1
        high = constraints.max_length if constraints.max_length is not None else _MAX_STRING
        high = max(low, min(high, max(low, _MAX_STRING)))
        length = self.rng.randint(low, high)
        return "".join(self.rng.choice(string.ascii_lowercase) for _ in range(length))

    def _integer(self, constraints: ir.Constraints) -> int:
        low, high = _bounds(constraints)
        low_int = math.floor(low) + 1 if constraints.exclusive_minimum else math.ceil(low)
        high_int = math.ceil(high) - 1 if constraints.exclusive_maximum else math.floor(high)
        return self.rng.randint(low_int, high_int) if low_int <= high_int else low_int

    def _float(self, constraints: ir.Constraints) -> float:
        low, high = _bounds(constraints)
        value = round(self.rng.uniform(low, high), 3)
        # Rounding may land on an excluded bound: the middle is always inside.
        if (constraints.exclusive_minimum and value <= low) or (
            constraints.exclusive_maximum and value >= high
        ):
            return (low + high) / 2
        return min(max(value, low), high)


def _bounds(constraints: ir.Constraints) -> tuple[float, float]:
    low, high = constraints.minimum, constraints.maximum
    if low is None and high is None:
        return 0, _SPAN
    if low is None:
        assert high is not None
        return high - _SPAN, high
    if high is None:
        return low, low + _SPAN
    return low, high


def plain_fragments(count: int) -> tuple[str, ...]:
    """``count`` distinct pieces of streamed text without a seed."""
    pieces = list(PLAIN_FRAGMENTS)
    while len(pieces) < count:
        pieces.append(f" {WORDS[len(pieces) % len(WORDS)]}")
    return tuple(pieces[:count])


class ValueSource:
    """Hands each request its value builder: shared plain examples, or a fresh seeded one.

    A seeded builder's generator is seeded by (seed, operation, how many requests that
    operation has answered), so the same seed gives the same answers in the same order, and
    requests to one operation do not shift the answers of another.
    """

    def __init__(self, api: ir.Api, seed: int | None) -> None:
        self.api = api
        self.seed = seed
        self.plain = Examples(api)
        self.counters: dict[str, int] = {}

    def for_request(self, op: ir.Operation) -> Examples:
        if self.seed is None:
            return self.plain
        count = self.counters.get(op.id, 0)
        self.counters[op.id] = count + 1
        return SeededValues(self.api, random.Random(f"{self.seed}:{op.id}:{count}"))


def fragments(values: Examples, count: int) -> tuple[str, ...]:
    if isinstance(values, SeededValues):
        return values.fragments(count)
    return plain_fragments(count)
