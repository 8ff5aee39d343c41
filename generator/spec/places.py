"""Where a node sits in the API, whatever the layout of the document: its *places*.

A place starts at an operation and follows what its requests and responses hold, as if every
``$ref`` were written inline::

    POST /v1/messages /requestBody/content/application~1json/schema.messages[].content|#1[]

The operation (``METHOD /path``), then the JSON pointer inside the operation down to a schema,
then the way into the schema: ``.name`` a property, ``[]`` an array's items, ``{}`` a map's
values, ``|tag`` the variant of a union with that discriminator value (``|#1`` the second
variant where no tag tells them apart). ``allOf`` parts, ``$ref``s and single-variant wrappers
(``nullable`` spelt as ``oneOf``) add nothing.

So moving an inline schema into ``components``, renaming a component, adding an operationId or
a ``discriminator`` to variants that already carry a constant tag change no place. Places are
what identify a type from one version of a spec to the next (``typenames`` pins names by them)
and what an overlay action is followed by (``follow``).

A schema reached in many ways (a component used by every operation; a recursive one) keeps the
few best places: the shortest, then the least. That bound keeps the walk linear in the
document; shorter places compose into shorter places, so the kept ones are the same whatever
order the document is walked in.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from typing import Any

from generator.errors import SpecError
from generator.spec import pointer
from generator.spec.openapi import HTTP_METHODS, find_discriminator, is_null, variant_tag
from generator.spec.refs import Resolver

Place = str
KEPT = 8  # places kept per node

_PLAIN_TOKEN = re.compile(r"^[A-Za-z0-9_\-@$]+$")


def document_places(document: dict[str, Any], file: str = "") -> dict[str, tuple[Place, ...]]:
    """Every node of the document an operation reaches (by JSON pointer), with its places."""
    walker = _Walker(document, file)
    walker.walk()
    return {at: tuple(kept) for at, kept in walker.places.items()}


def ordered(places: set[Place] | list[Place] | tuple[Place, ...]) -> tuple[Place, ...]:
    """The best ``KEPT`` places, shortest first."""
    return tuple(sorted(set(places), key=_rank)[:KEPT])


def _rank(place: Place) -> tuple[int, str]:
    return len(place), place


def _token(value: object) -> str:
    """A property name or tag as a place spells it: quoted when it is not a plain word."""
    text = str(value)
    return text if _PLAIN_TOKEN.match(text) else json.dumps(text, ensure_ascii=True)


class _Walker:
    def __init__(self, document: dict[str, Any], file: str) -> None:
        self.document = document
        self.resolver = Resolver(document, file)
        self.places: dict[str, list[Place]] = {}

    def _admit(self, at: str, place: Place) -> bool:
        """Keep ``place`` for the node at ``at`` if it is among its best; True if kept (its
        children then need walking with it)."""
        kept = self.places.setdefault(at, [])
        if place in kept:
            return False
        index = bisect.bisect_left(kept, _rank(place), key=_rank)
        if index >= KEPT:
            return False
        kept.insert(index, place)
        del kept[KEPT:]
        return True

    def _follow(self, node: Any, at: str) -> tuple[Any, str] | None:
        try:
            return self.resolver.follow(node, at)
        except SpecError:  # a broken reference is the builder's to report, not ours
            return None

    # -- operations ----------------------------------------------------------------------------

    def walk(self) -> None:
        paths = self.document.get("paths")
        if not isinstance(paths, dict):
            return
        for path in sorted(paths, key=str):
            followed = self._follow(paths[path], pointer.join("/paths", path))
            if followed is None or not isinstance(followed[0], dict):
                continue
            item, item_at = followed
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    op_at = pointer.join(item_at, method)
                    self._operation(item, item_at, operation, op_at, f"{method.upper()} {path}")

    def _operation(
        self, item: dict[str, Any], item_at: str, operation: dict[str, Any], at: str, name: str
    ) -> None:
        self._admit(at, name)
        for owner, owner_at in ((item, item_at), (operation, at)):
            raw = owner.get("parameters")
            for index, parameter in enumerate(raw if isinstance(raw, list) else []):
                self._parameter(parameter, pointer.join(owner_at, "parameters", index), name)
        if "requestBody" in operation:
            self._container(
                operation["requestBody"], pointer.join(at, "requestBody"), name, "/requestBody"
            )
        responses = operation.get("responses")
        if isinstance(responses, dict):
            self._admit(pointer.join(at, "responses"), name + " /responses")
            for status in sorted(responses, key=str):
                logical = pointer.join("/responses", str(status))
                where = pointer.join(at, "responses", str(status))
                self._container(responses[status], where, name, logical)

    def _parameter(self, raw: Any, at: str, name: str) -> None:
        followed = self._follow(raw, at)
        if followed is None or not isinstance(followed[0], dict):
            return
        parameter, at = followed
        logical = pointer.join("/parameters", f"{parameter.get('in')}:{parameter.get('name')}")
        self._admit(at, name + " " + logical)
        if "schema" in parameter:
            schema_place = name + " " + pointer.join(logical, "schema")
            self._schema(parameter["schema"], pointer.join(at, "schema"), schema_place)
        self._content(parameter, at, name, logical)

    def _container(self, raw: Any, at: str, name: str, logical: str) -> None:
        """A request body or a response: its media types and their schemas."""
        followed = self._follow(raw, at)
        if followed is None or not isinstance(followed[0], dict):
            return
        container, at = followed
        self._admit(at, name + " " + logical)
        self._content(container, at, name, logical)

    def _content(self, owner: dict[str, Any], at: str, name: str, logical: str) -> None:
        content = owner.get("content")
        if not isinstance(content, dict):
            return
        self._admit(pointer.join(at, "content"), name + " " + pointer.join(logical, "content"))
        for media_type in sorted(content, key=str):
            media = content[media_type]
            media_at = pointer.join(at, "content", media_type)
            media_logical = pointer.join(logical, "content", media_type)
            self._admit(media_at, name + " " + media_logical)
            if isinstance(media, dict) and "schema" in media:
                schema_place = name + " " + pointer.join(media_logical, "schema")
                self._schema(media["schema"], pointer.join(media_at, "schema"), schema_place)

    # -- schemas -------------------------------------------------------------------------------

    def _schema(self, schema: Any, at: str, place: Place) -> None:
        pending = [(schema, at, place)]
        while pending:
            node, where, here = pending.pop()
            if not self._admit(where, here):
                continue
            if isinstance(node, dict) and "$ref" in node:
                followed = self._follow(node, where)
                if followed is not None:
                    pending.append((followed[0], followed[1], here))
                continue
            if isinstance(node, dict):
                pending.extend(reversed(list(self._children(node, where, here))))

    def _children(
        self, node: dict[str, Any], at: str, place: Place
    ) -> Iterator[tuple[Any, str, Place]]:
        parts = node.get("allOf")
        if isinstance(parts, list):
            for index, part in enumerate(parts):
                yield part, pointer.join(at, "allOf", index), place
            if len(parts) > 1 or node.get("properties"):
                # The builder reads a merged allOf as one object whose properties sit here.
                for name, child in self._merged_properties(node, at, {at}).items():
                    yield child, pointer.join(at, "properties", name), f"{place}.{_token(name)}"
        for keyword in ("oneOf", "anyOf"):
            variants = node.get(keyword)
            if isinstance(variants, list):
                yield from self._variants(node, keyword, variants, at, place)
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, child in properties.items():
                where = pointer.join(at, "properties", name)
                yield child, where, f"{place}.{_token(name)}"
        if isinstance(node.get("items"), dict):
            yield node["items"], pointer.join(at, "items"), place + "[]"
        if isinstance(node.get("additionalProperties"), dict):
            yield node["additionalProperties"], pointer.join(
                at, "additionalProperties"
            ), place + "{}"

    def _variants(
        self, node: dict[str, Any], keyword: str, variants: list[Any], at: str, place: Place
    ) -> Iterator[tuple[Any, str, Place]]:
        real = []
        for index, variant in enumerate(variants):
            where = pointer.join(at, keyword, index)
            followed = self._follow(variant, where)
            if followed is None or not is_null(followed[0]):
                real.append((variant, where))
        if len(real) == 1:  # nullable spelt as a union: the variant is the type
            yield real[0][0], real[0][1], place
            return
        try:
            discriminator = find_discriminator(self.resolver, node, variants, at)
        except SpecError:
            discriminator = None
        for index, (variant, where) in enumerate(real):
            tag = None
            if discriminator is not None:
                try:
                    tag = variant_tag(self.resolver, node, variant, where, discriminator)
                except SpecError:
                    tag = None
            token = _token(tag) if tag is not None else f"#{index}"
            yield variant, where, f"{place}|{token}"

    def _merged_properties(self, node: dict[str, Any], at: str, active: set[str]) -> dict[str, Any]:
        """The properties of every allOf part, nested parts too; later parts win."""
        merged: dict[str, Any] = {}
        raw = node.get("allOf")
        parts: list[Any] = raw if isinstance(raw, list) else []
        for index, part in enumerate([*parts, node]):
            where = pointer.join(at, "allOf", index) if index < len(parts) else at
            followed = self._follow(part, where) if part is not node else (node, at)
            if followed is None or not isinstance(followed[0], dict):
                continue
            resolved, target = followed
            if resolved is not node and "allOf" in resolved and target not in active:
                merged.update(self._merged_properties(resolved, target, active | {target}))
            properties = resolved.get("properties")
            if isinstance(properties, dict):
                merged.update(properties)
        return merged
