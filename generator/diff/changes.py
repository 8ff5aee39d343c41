"""What a spec diff reports: changes with a stable rule id, a level and a location."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Literal

from generator.model import ir

Level = Literal["breaking", "warning", "info"]
LEVELS: tuple[Level, ...] = ("info", "warning", "breaking")  # in rising order


@dataclass(frozen=True)
class Change:
    """One change between two versions.

    Wire changes use oasdiff's rule ids where one exists (``request-property-became-required``);
    SDK changes, found by comparing the two intermediate models, use ``sdk-...`` ids.
    """

    rule: str
    level: Level
    message: str  # one line, for people
    method: str | None = None  # "POST"; None for document-level changes
    path: str | None = None  # "/v1/chat/completions"
    pointer: str = ""  # JSON pointer of the changed node (in the new spec; the old one if removed)
    old: ir.JSON = None
    new: ir.JSON = None
    cause: str | None = None  # why, when known: "renamed in the overlay"

    @property
    def fingerprint(self) -> str:
        """Stable across runs and key order: the rule and the location, not the wording."""
        key = json.dumps([self.rule, self.method, self.path, self.pointer])
        return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Report:
    wire: tuple[Change, ...]  # what changed on the wire, levelled by direction
    sdk: tuple[Change, ...]  # what changes for code written against the generated SDK

    @property
    def sdk_breaking(self) -> bool:
        return any(change.level == "breaking" for change in self.sdk)

    @property
    def wire_breaking(self) -> bool:
        return any(change.level == "breaking" for change in self.wire)

    def at_least(self, level: Level) -> bool:
        """Whether any change (wire or SDK) is at ``level`` or above."""
        floor = LEVELS.index(level)
        return any(LEVELS.index(c.level) >= floor for c in (*self.wire, *self.sdk))
