"""What the wire rules share: the two documents, where a comparison stands, and levels."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from generator.diff.changes import Change, Level
from generator.model import ir
from generator.spec.load import Spec
from generator.spec.refs import Resolver

Direction = Literal["request", "response"]
# How a change moves the set of valid values: wider, narrower, or neither contains the other.
Effect = Literal["widens", "narrows", "changes"]
Area = Literal["parameter", "body"]

JSON_MEDIA_TYPE = "application/json"


@dataclass(frozen=True)
class Side:
    """One of the two documents, with the means to follow its local ``$ref``s."""

    document: dict[str, Any]
    resolver: Resolver

    @classmethod
    def of(cls, spec: Spec) -> Side:
        return cls(spec.document, Resolver(spec.document, spec.file))

    def follow(self, node: Any, at: str) -> tuple[Any, str]:
        """The node a chain of ``$ref``s ends at, and its real pointer."""
        return self.resolver.follow(node, at)


def level_of(direction: Direction, effect: Effect) -> Level:
    """Narrowing what may be sent breaks requests; widening what may come back breaks clients."""
    if effect == "changes":
        return "breaking"
    harmful: Effect = "narrows" if direction == "request" else "widens"
    return "breaking" if effect == harmful else "info"


@dataclass(frozen=True)
class Context:
    """Where a schema comparison stands: the operation, the direction and the property path."""

    method: str
    path: str
    direction: Direction
    area: Area
    owner: str  # "request", "200 response", "query parameter 'limit'"
    media_type: str = JSON_MEDIA_TYPE
    error: bool = False  # inside a 4xx, 5xx or default response
    name: str = ""  # the property path inside the body, "" at its root: "messages[].content"

    @property
    def root(self) -> bool:
        return self.name == ""

    @property
    def scope(self) -> tuple[str, str, str, str, bool]:
        """What a (old, new) schema pair is compared once per."""
        return (self.method, self.path, self.direction, self.area, self.error)

    def child(self, segment: str) -> Context:
        """The context of a property (``name``), items (``[]``) or branch (``/oneOf[1]``)."""
        if not self.name:
            return replace(self, name=segment.removeprefix("/"))
        if segment.startswith(("[", "{", "/")):
            return replace(self, name=self.name + segment)
        return replace(self, name=f"{self.name}.{segment}")

    def rule(self, suffix: str) -> str:
        """The oasdiff rule id: ``request-parameter-…``, ``request-body-…``, ``…-property-…``."""
        if self.area == "parameter":
            return f"request-parameter-{suffix}"
        return f"{self.direction}-{'body' if self.root else 'property'}-{suffix}"

    @property
    def subject(self) -> str:
        """``request property 'messages[].content'``, ``200 response body``, …"""
        media = "" if self.media_type == JSON_MEDIA_TYPE else f" ({self.media_type})"
        if self.area == "parameter":
            inner = f" property '{self.name}'" if self.name else ""
            return f"{self.owner}{inner}"
        if self.root:
            return f"{self.owner} body{media}"
        return f"{self.owner} property '{self.name}'{media}"

    def change(
        self,
        rule: str,
        level: Level,
        message: str,
        pointer: str,
        old: ir.JSON = None,
        new: ir.JSON = None,
    ) -> Change:
        """A change here; inside an error response a breaking change is lowered to a warning."""
        if self.error and level == "breaking":
            level = "warning"
        return Change(rule, level, message, self.method, self.path, pointer, old, new)

    def effect_change(
        self,
        suffix: str,
        effect: Effect,
        message: str,
        pointer: str,
        old: ir.JSON = None,
        new: ir.JSON = None,
    ) -> Change:
        """A change whose level follows from its effect and the direction."""
        return self.change(
            self.rule(suffix), level_of(self.direction, effect), message, pointer, old, new
        )
