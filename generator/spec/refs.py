"""Following local ``$ref`` pointers inside one document; remote references are refused.

References to other local files are gone by the time a document gets here: bundle.py copies
their targets in (see load.py). URLs are never fetched, anywhere.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from generator.errors import SpecError
from generator.spec import pointer

COMPONENT_SCHEMAS = "/components/schemas/"

# A URI scheme (RFC 3986: "http:", "file:", also "C:") or a network path ("//host/x").
_REMOTE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")


def is_remote(ref: str) -> bool:
    """A ``$ref`` naming a URL rather than a place in a local file."""
    return _REMOTE.match(ref) is not None


class Resolver:
    def __init__(self, document: dict[str, Any], file: str) -> None:
        self.document = document
        self.file = file

    def follow(self, node: Any, at: str) -> tuple[Any, str]:
        """The node a chain of ``$ref``s ends at, with its pointer; ``node`` itself if no ref."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            target = self.target(node["$ref"], at)
            if target in seen:
                raise SpecError(self.file, at, f"$ref cycle with no schema in it: {node['$ref']}")
            seen.add(target)
            node, at = self.lookup(target, at), target
        return node, at

    def target(self, ref: Any, at: str) -> str:
        """The local JSON pointer a ``$ref`` value names."""
        where = pointer.join(at, "$ref")
        if not isinstance(ref, str):
            raise SpecError(self.file, where, "$ref must be a string")
        if is_remote(ref):
            raise SpecError(
                self.file, where, f"remote $ref {ref!r} is not supported (only '#/...' references)"
            )
        if not ref.startswith("#"):  # left by an overlay, or in data the bundler does not read
            raise SpecError(self.file, where, f"$ref {ref!r} to another file is not supported here")
        return unquote(ref[1:])  # a URI fragment: %-escapes are allowed

    def lookup(self, target: str, at: str) -> Any:
        try:
            return pointer.resolve(self.document, target)
        except KeyError:
            raise SpecError(
                self.file, pointer.join(at, "$ref"), f"broken $ref: nothing at #{target}"
            ) from None


def component_name(target: str) -> str | None:
    """``X`` for ``/components/schemas/X``, else None."""
    if target.startswith(COMPONENT_SCHEMAS) and "/" not in target[len(COMPONENT_SCHEMAS) :]:
        return pointer.unescape(target[len(COMPONENT_SCHEMAS) :])
    return None
