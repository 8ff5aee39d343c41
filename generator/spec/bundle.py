"""Bundling a spec split over local files into one document whose ``$ref``s all start with ``#``.

A ``$ref`` to another file (``pet.yaml``, ``./common.json#/components/schemas/Error``) becomes a
local reference to a copy of its target in the main document, so everything after this step
(overlay, ref check, validation, build) sees one self-contained document, as it always has.

- Where a copy goes: ``file#/components/<section>/<Name>`` keeps its section and name; any other
  target goes to the section its use calls for (a schema to ``schemas``, a list item of
  ``parameters`` to ``parameters``, ...), named after its last pointer token or else its file; a
  main-document component that is nothing but ``{$ref: file}`` takes the content itself.
- Path items, and references in places that have no components section, are copied in place: the
  builder does not follow path item references, and OpenAPI 3.0 has no ``pathItems`` section.
- A name already taken by different content gets the file's name in front (``CommonError``);
  identical content shares the entry. Names depend on files and pointers, never on walk order.
- References inside another file are relative to that file. A target inside another target is
  reached through its copy, and every target is placed before anything is copied, so cycles
  across files become recursive components rather than endless copying.
- Never read: URLs of any scheme, absolute paths, files outside the main spec's folder (symbolic
  links are followed before that check), and more than ``MAX_FILES`` files.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote

from generator.errors import SpecError
from generator.model import naming
from generator.spec import pointer
from generator.spec.openapi import HTTP_METHODS
from generator.spec.refs import is_remote

MAX_FILES = 1000  # other files one spec may pull in

Reader = Callable[[Path], Any]  # load.read_document, passed in: load.py imports this module

# Kinds of node, by their place in an OpenAPI document. A kind that has a components section is
# spelled as that section, so a reference's kind is where its copy goes.
SCHEMAS = "schemas"
PARAMETERS = "parameters"
RESPONSES = "responses"
REQUEST_BODIES = "requestBodies"
HEADERS = "headers"
EXAMPLES = "examples"
LINKS = "links"
CALLBACKS = "callbacks"
SECURITY_SCHEMES = "securitySchemes"
PLACED = (  # in this order of preference when one target is used as several kinds
    SCHEMAS, PARAMETERS, RESPONSES, REQUEST_BODIES, HEADERS, EXAMPLES, LINKS, CALLBACKS,
    SECURITY_SCHEMES,
)  # fmt: skip
PATH_ITEM = "pathItems"
DOCUMENT = "document"
COMPONENTS = "components"
OPERATION = "operation"
MEDIA_TYPE = "mediaType"
ENCODING = "encoding"
DISCRIMINATOR = "discriminator"
MAPPING = "mapping"  # discriminator mapping: its values are references too
OTHER = "other"  # extensions and anything unknown: walked, references there copied in place
DATA = "data"  # example values, defaults, enums: a "$ref" key there is just data

# "map:K" is an object whose every value is a K; "list:K" a list of K.
_MAP, _LIST = "map:", "list:"
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
_SUBSCHEMA = (
    "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema",
)  # fmt: skip
_PARAMETER_FIELDS = {"schema": SCHEMAS, "content": _MAP + MEDIA_TYPE, "examples": _MAP + EXAMPLES}
_FIELDS: dict[str, dict[str, str]] = {
    DOCUMENT: {
        "paths": _MAP + PATH_ITEM,
        "webhooks": _MAP + PATH_ITEM,
        "components": COMPONENTS,
    },
    COMPONENTS: {section: _MAP + section for section in (*PLACED, PATH_ITEM)},
    PATH_ITEM: {"parameters": _LIST + PARAMETERS} | {m: OPERATION for m in HTTP_METHODS},
    OPERATION: {
        "parameters": _LIST + PARAMETERS,
        "requestBody": REQUEST_BODIES,
        "responses": _MAP + RESPONSES,
        "callbacks": _MAP + CALLBACKS,
    },
    PARAMETERS: _PARAMETER_FIELDS,
    HEADERS: _PARAMETER_FIELDS,
    MEDIA_TYPE: {"schema": SCHEMAS, "examples": _MAP + EXAMPLES, "encoding": _MAP + ENCODING},
    ENCODING: {"headers": _MAP + HEADERS},
    REQUEST_BODIES: {"content": _MAP + MEDIA_TYPE},
    RESPONSES: {"headers": _MAP + HEADERS, "content": _MAP + MEDIA_TYPE, "links": _MAP + LINKS},
    EXAMPLES: {"value": DATA},
    SCHEMAS: {key: SCHEMAS for key in _SUBSCHEMA}
    | {key: _MAP + SCHEMAS for key in ("properties", "patternProperties", "dependentSchemas")}
    | {key: _MAP + SCHEMAS for key in ("$defs", "definitions")}
    | {key: _LIST + SCHEMAS for key in ("allOf", "anyOf", "oneOf", "prefixItems")}
    | {"discriminator": DISCRIMINATOR},
    DISCRIMINATOR: {"mapping": MAPPING},
}
# Containers whose entries are named definitions: a target there gets a component of its own
# even when an enclosing target is copied too (``#/definitions/Tag`` inside a copied file).
_DEFINITIONS = frozenset({"definitions", "$defs"})

_VALID_NAME = re.compile(r"[^A-Za-z0-9._-]")  # what OpenAPI allows in a component name


def bundle(document: dict[str, Any], path: Path, read: Reader) -> dict[str, Any]:
    """``document`` (read from ``path``) with every reference to another file made local.

    A document without such references is returned as it is.
    """
    bundler = _Bundler(document, path, read)
    try:
        if not bundler.discover():
            return document
        bundler.place()
        return bundler.emit()
    except RecursionError:
        raise SpecError(str(path), "", "the document nests too deeply to bundle") from None


@dataclass(frozen=True, order=True)
class _Key:
    """A node in one of the files: its path from the main spec's folder ("" for the main spec)."""

    file: str
    pointer: str


@dataclass(frozen=True)
class _Use:
    """A reference as written: its text, the pointer of that text, the kind it must name."""

    ref: str
    at: str
    kind: str
    mapping: bool = False  # a discriminator mapping value rather than a "$ref"


def references(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(value, pointer of the object holding it) of every ``$ref`` in an OpenAPI document, read
    by its structure: ``default`` is data in a schema but a response under ``responses``."""
    for use in _uses(document, "", DOCUMENT):
        if not use.mapping:
            yield use.ref, use.at.removesuffix("/$ref")


class _Files:
    """The files a spec refers to, each checked before it is read and read once."""

    def __init__(self, main: Path, document: dict[str, Any], read: Reader) -> None:
        self.main = str(main)
        self.main_real = main.resolve()
        # References are relative to the folder the spec was given in, with symbolic links
        # resolved, and nothing outside that folder is read.
        self.folder = main.absolute().parent.resolve()
        self.documents: dict[str, Any] = {"": document}
        self.read = read

    def display(self, file: str) -> str:
        """A file as the user would name it: beside the main spec as it was given."""
        if not file:
            return self.main
        return str(Path(self.main).parent / file)

    def locate(self, ref: str, base: str, at: str) -> _Key:
        """The node ``ref``, written at ``at`` in ``base``, names; its file is read if it is new.
        Nothing is known to be at the pointer yet: ``node`` checks that."""
        path_part, _, fragment = ref.partition("#")
        target = unquote(fragment)  # a URI fragment: %-escapes are allowed
        if not path_part:
            return _Key(base, target)
        where = self.display(base)
        if is_remote(ref):
            raise SpecError(
                where, at, f"remote $ref {ref!r} is not supported (URLs are never fetched)"
            )
        relative = unquote(path_part)
        if relative.startswith("/") or "\\" in relative or "\0" in relative:
            raise SpecError(
                where, at, f"$ref {ref!r}: only relative paths with '/' may name another file"
            )
        try:
            real = (self._folder(base) / relative).resolve()
        except (OSError, RuntimeError) as error:  # a symbolic link loop, a name too long
            raise SpecError(where, at, f"$ref {ref!r}: {error}") from None
        if real == self.main_real:
            return _Key("", target)
        if not real.is_relative_to(self.folder):
            raise SpecError(where, at, f"$ref {ref!r} leads outside the spec's folder")
        file = real.relative_to(self.folder).as_posix()
        if file not in self.documents:
            self._read(file, real, ref, where, at)
        return _Key(file, target)

    def node(self, key: _Key, ref: str, base: str, at: str) -> Any:
        try:
            return pointer.resolve(self.documents[key.file], key.pointer)
        except KeyError:
            raise SpecError(
                self.display(base),
                at,
                f"broken $ref {ref!r}: nothing at {self.display(key.file)}#{key.pointer}",
            ) from None

    def _folder(self, file: str) -> Path:
        return self.folder if not file else (self.folder / file).parent

    def _read(self, file: str, real: Path, ref: str, where: str, at: str) -> None:
        if not real.is_file():
            raise SpecError(where, at, f"$ref {ref!r}: no file {self.display(file)}")
        if len(self.documents) > MAX_FILES:
            raise SpecError(where, at, f"$ref {ref!r}: more than {MAX_FILES} files referenced")
        try:
            self.documents[file] = self.read(real)
        except SpecError as error:  # reported at the reference, naming the file it reads
            raise SpecError(
                where, at, f"$ref {ref!r}: {self.display(file)}: {error.message}"
            ) from None


class _Bundler:
    def __init__(self, document: dict[str, Any], path: Path, read: Reader) -> None:
        self.files = _Files(path, document, read)
        self.kinds: dict[_Key, set[str]] = {}  # targets to place, with the kinds used as
        self.own: set[_Key] = set()  # targets that get an entry (or share one)
        self.owner: dict[_Key, _Key] = {}  # every other target: the own target it is inside
        self.dest: dict[_Key, str] = {}  # own targets: their pointer in the main document
        self.copied: dict[_Key, str] = {}  # own targets copied (not shared): their kind
        self.slots: dict[str, _Key] = {}  # main components that a file's content replaces
        self._canonical: dict[_Key, Any] = {}

    # -- discovery: every target reachable from the main document, each file read once -------

    def discover(self) -> bool:
        """Find every reference to another file, checking it; False if there are none."""
        external = False
        queue: list[tuple[_Key, str]] = [(_Key("", ""), DOCUMENT)]
        seen = set(queue)
        while queue:
            key, kind = queue.pop()
            node = pointer.resolve(self.files.documents[key.file], key.pointer)
            for use in _uses(node, key.pointer, kind):
                if not key.file and use.ref.startswith("#"):
                    continue  # the main spec's own references: refs.py checks those
                external = True
                target = self.files.locate(use.ref, key.file, use.at)
                self.files.node(target, use.ref, key.file, use.at)
                if not target.file:
                    continue  # into the main spec, which is walked already
                if use.kind in PLACED:
                    self.kinds.setdefault(target, set()).add(use.kind)
                if (target, use.kind) not in seen:
                    seen.add((target, use.kind))
                    queue.append((target, use.kind))
        return external

    # -- placement: where each target's copy goes, before any copying --------------------------

    def place(self) -> None:
        for key in self.kinds:
            inside = any(_Key(key.file, p) in self.kinds for p in _ancestors(key.pointer))
            if _is_definition(key.pointer) or not inside:
                self.own.add(key)
        for key in self.kinds.keys() - self.own:
            self.owner[key] = next(
                a for p in _ancestors(key.pointer) if (a := _Key(key.file, p)) in self.own
            )
        claims = self._main_claims()
        for slot, key in self._slots().items():
            self.slots[slot] = key
            self.dest[key] = slot
            self.copied[key] = self._kind(key)
        rest = self.own - self.dest.keys()
        explicit = sorted(key for key in rest if _component(key.pointer))
        derived = sorted(key for key in rest if not _component(key.pointer))
        for key in [*explicit, *derived]:
            self._claim(key, claims)

    def _main_claims(self) -> dict[tuple[str, str], _Key]:
        """The main document's components, by section and class name (``pet`` is ``Pet``)."""
        claims: dict[tuple[str, str], _Key] = {}
        for section, name in _entries(self.files.documents[""]):
            key = _Key("", pointer.join("/components", section, name))
            claims.setdefault((section, naming.type_name(name)), key)
        return claims

    def _slots(self) -> dict[str, _Key]:
        """Main-document components that are nothing but a reference to an own target, with
        that target; of several such components for one target, the first in name order."""
        slots: dict[str, _Key] = {}
        document = self.files.documents[""]
        for section, name in sorted(_entries(document)):
            node = document["components"][section][name]
            if not (isinstance(node, dict) and list(node) == ["$ref"]):
                continue
            ref = node["$ref"]
            at = pointer.join("/components", section, name)
            if not isinstance(ref, str) or ref.startswith("#"):
                continue
            target = self.files.locate(ref, "", pointer.join(at, "$ref"))
            if target in self.own and target not in slots.values():
                slots[at] = target
        return slots

    def _claim(self, key: _Key, claims: dict[tuple[str, str], _Key]) -> None:
        section = _component(key.pointer) or self._kind(key)
        for name in _names(key):
            claimant = claims.setdefault((section, naming.type_name(name)), key)
            if claimant == key:
                self.dest[key] = pointer.join("/components", section, name)
                self.copied[key] = self._kind(key)
                return
            if self._same(claimant, key):
                self.dest[key] = self.dest.get(claimant, claimant.pointer)
                return

    def _kind(self, key: _Key) -> str:
        return min(self.kinds[key], key=PLACED.index)

    def _same(self, first: _Key, second: _Key) -> bool:
        """The two nodes say the same thing: equal once each reference is made absolute."""
        return bool(self._absolute(first) == self._absolute(second))

    def _absolute(self, key: _Key) -> Any:
        if not key.file and key.pointer in self.slots:
            return self._absolute(self.slots[key.pointer])  # its content comes from a file
        if key not in self._canonical:
            node = pointer.resolve(self.files.documents[key.file], key.pointer)
            kind = self._kind(key) if key.file else _component(key.pointer) or SCHEMAS
            self._canonical[key] = self._copy(node, key.file, key.pointer, kind, (), True)
        return self._canonical[key]

    # -- emission: the main document with references rewritten, and the copies added ---------

    def emit(self) -> dict[str, Any]:
        document: dict[str, Any] = self._copy(self.files.documents[""], "", "", DOCUMENT, (), False)
        copies = sorted(self.copied.items(), key=lambda item: _split(self.dest[item[0]]))
        for key, kind in copies:
            section, name = _split(self.dest[key])
            node = pointer.resolve(self.files.documents[key.file], key.pointer)
            _section(document, section, self.files.main)[name] = self._copy(
                node, key.file, key.pointer, kind, (), False
            )
        return document

    def _where(self, key: _Key) -> str:
        """The pointer in the bundled document of a target."""
        if not key.file:
            return key.pointer
        if key in self.dest:
            return self.dest[key]
        owner = self.owner[key]
        return self.dest[owner] + key.pointer[len(owner.pointer) :]

    def _copy(
        self,
        node: Any,
        file: str,
        at: str,
        kind: str,
        active: tuple[tuple[_Key, str], ...],
        canonical: bool,
    ) -> Any:
        """A copy of ``node`` (at ``at`` in ``file``) to put in the main document: references
        rewritten, those in places without a components section replaced by their content, and
        definitions placed elsewhere left out. ``canonical``: references made absolute instead,
        for comparing content. Plain loops, not comprehensions: one stack frame per level."""
        if kind == DATA:
            return copy.deepcopy(node)
        if isinstance(node, list):
            items = []
            for index, value in enumerate(node):
                where = pointer.join(at, index)
                items.append(self._copy(value, file, where, _element(kind), active, canonical))
            return items
        if not isinstance(node, dict):
            return node
        if kind == MAPPING:
            mapping = {}
            for name, value in node.items():
                if _is_mapping_ref(value):
                    value = self._rewrite(value, file, pointer.join(at, name), canonical)
                mapping[name] = value
            return mapping
        ref = _ref_of(node, kind)
        if ref is not None and kind not in PLACED and not canonical:
            return self._inline(node, ref, file, at, kind, active)
        result: dict[str, Any] = {}
        for name, value in node.items():
            where = pointer.join(at, name)
            if file and not canonical and _is_definition(where) and _Key(file, where) in self.own:
                continue  # a definition with an entry of its own
            if name == "$ref" and ref is not None:
                result[name] = self._rewrite(ref, file, where, canonical)
            else:
                child_kind = _child(kind, name)
                result[name] = self._copy(value, file, where, child_kind, active, canonical)
                if name in _DEFINITIONS and value and result[name] == {}:
                    del result[name]  # every definition went to an entry of its own
        return result

    def _rewrite(self, ref: str, file: str, at: str, canonical: bool) -> str:
        if canonical:  # one spelling per target, whatever file or %-escapes wrote it
            target = self.files.locate(ref, file, at)
            return f"{target.file}#{target.pointer}"
        if not file and ref.startswith("#"):
            return ref  # the main spec's own references stay as written
        target = self.files.locate(ref, file, at)
        return pointer.to_fragment(self._where(target))

    def _inline(
        self,
        node: dict[str, Any],
        ref: str,
        file: str,
        at: str,
        kind: str,
        active: tuple[tuple[_Key, str], ...],
    ) -> Any:
        """The content a reference in a place without a components section names, copied here
        (with the reference's other keys over it); references into the main spec stay."""
        where = pointer.join(at, "$ref")
        target = self.files.locate(ref, file, where)
        if not target.file:  # the main spec has it: stays a reference
            result = {}
            for name, value in node.items():
                here = pointer.join(at, name)
                if name == "$ref":
                    result[name] = self._rewrite(ref, file, here, False)
                else:
                    result[name] = self._copy(value, file, here, _child(kind, name), active, False)
            return result
        if (target, kind) in active:
            raise SpecError(
                self.files.display(file),
                where,
                f"$ref {ref!r} includes itself: {self.files.display(target.file)}"
                f"#{target.pointer} is copied in place and refers back to itself",
            )
        content = pointer.resolve(self.files.documents[target.file], target.pointer)
        inner = (*active, (target, kind))
        copied = self._copy(content, target.file, target.pointer, kind, inner, False)
        if isinstance(copied, dict):
            for name, value in node.items():
                if name != "$ref":
                    here = pointer.join(at, name)
                    copied[name] = self._copy(value, file, here, _child(kind, name), active, False)
        return copied


def _uses(node: Any, at: str, kind: str) -> Iterator[_Use]:
    """Every reference under ``node``, with the kind of node it names (iterative: documents can
    nest deeper than the recursion limit allows)."""
    stack = [(node, at, kind)]
    while stack:
        node, at, kind = stack.pop()
        if kind == DATA:
            continue
        if isinstance(node, list):
            stack.extend((v, pointer.join(at, i), _element(kind)) for i, v in enumerate(node))
        elif isinstance(node, dict) and kind == MAPPING:
            for name, value in node.items():
                if _is_mapping_ref(value):
                    yield _Use(value, pointer.join(at, name), SCHEMAS, mapping=True)
        elif isinstance(node, dict):
            ref = _ref_of(node, kind)
            if ref is not None:
                yield _Use(ref, pointer.join(at, "$ref"), kind)
            for name, value in node.items():
                if ref is None or name != "$ref":
                    stack.append((value, pointer.join(at, name), _child(kind, name)))


def _child(kind: str, name: str) -> str:
    """The kind of the value under ``name`` in an object of ``kind``."""
    if kind.startswith((_MAP, _LIST)):
        return kind.partition(":")[2]
    if kind == CALLBACKS:
        return PATH_ITEM  # a callback maps expressions to path items
    fields = _FIELDS.get(kind, {})
    if name in fields:
        return fields[name]
    return DATA if name in _DATA_KEYS else OTHER


def _element(kind: str) -> str:
    """The kind of a list's items: a list where one node was expected holds nodes of that kind
    (``items: [...]`` in old schemas)."""
    return kind.partition(":")[2] if kind.startswith((_MAP, _LIST)) else kind


def _ref_of(node: dict[str, Any], kind: str) -> str | None:
    """The reference a node is, if it is one (in a map, "$ref" is just an entry's name)."""
    ref = node.get("$ref")
    if isinstance(ref, str) and not kind.startswith((_MAP, _LIST)) and kind != MAPPING:
        return ref
    return None


def _is_mapping_ref(value: Any) -> bool:
    """A discriminator mapping value that is a reference we can follow (not a schema name; URLs
    and absolute paths there are left alone, as before: they are never read)."""
    return (
        isinstance(value, str)
        and ("#" in value or "/" in value)
        and not is_remote(value)
        and not value.startswith("/")
    )


def _ancestors(target: str) -> Iterator[str]:
    """The pointers enclosing ``target``, nearest first: ``/a/b`` -> ``/a``, ``""``."""
    while target:
        target = target.rpartition("/")[0]
        yield target


def _component(target: str) -> str | None:
    """The section of a ``/components/<section>/<Name>`` pointer, else None."""
    tokens = target.split("/")
    if len(tokens) == 4 and tokens[1] == COMPONENTS and tokens[2] in PLACED:
        return tokens[2]
    return None


def _is_definition(target: str) -> bool:
    tokens = target.split("/")
    return _component(target) is not None or (len(tokens) >= 3 and tokens[-2] in _DEFINITIONS)


def _names(key: _Key) -> Iterator[str]:
    """Names for a target's entry, best first: its own (a component's name, the last pointer
    token, the file's name), then with ever more of its file path in front, then numbered."""
    parts = PurePosixPath(key.file).with_suffix("").parts
    tokens = [pointer.unescape(token) for token in key.pointer.split("/")[1:]]
    if _component(key.pointer):
        base = _VALID_NAME.sub("_", tokens[-1])
    elif tokens:
        base = naming.pascal(tokens[-1])
        if not base[:1].isalpha():  # "0" of a list, or punctuation only
            base = naming.pascal(parts[-1]) + base
    else:
        base = ""  # a whole file: named after the file
    names = [naming.pascal(*parts[-size:]) + base for size in range(1, len(parts) + 1)]
    names = [name for name in dict.fromkeys([base, *names]) if name] or ["Component"]
    yield from names
    for number in itertools.count(2):  # only if files in several folders share names and paths
        yield f"{names[-1]}{number}"


def _entries(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(section, name) of the main document's components in the placed sections."""
    components = document.get("components")
    if not isinstance(components, dict):
        return
    for section in PLACED:
        entries = components.get(section)
        if isinstance(entries, dict):
            yield from ((section, str(name)) for name in entries)


def _split(target: str) -> tuple[str, str]:
    """``/components/<section>/<Name>`` -> (section, Name)."""
    _, _, section, name = target.split("/")
    return section, pointer.unescape(name)


def _section(document: dict[str, Any], section: str, file: str) -> dict[str, Any]:
    components = document.setdefault("components", {})
    if not isinstance(components, dict):
        raise SpecError(file, "/components", "components must be an object")
    entries = components.setdefault(section, {})
    if not isinstance(entries, dict):
        raise SpecError(file, pointer.join("/components", section), "must be an object")
    return entries
