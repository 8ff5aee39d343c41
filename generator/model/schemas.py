"""Schemas to types: every object or enum schema becomes a *shape*, keyed by its structure.

Walking a schema returns a ``TypeRef`` whose models and enums are named by shape key for now;
``typenames`` later gives each shape the name a person would choose. Two schemas with the same
structure (descriptions and examples don't count) share one shape, hence one generated type.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from generator.errors import SpecError
from generator.model import ir, naming
from generator.spec import pointer
from generator.spec.openapi import (
    UNIONS,
    admits_null,
    by_precedence,
    checkable_pattern,
    find_discriminator,
    is_null,
    variant_tag,
)
from generator.spec.refs import Resolver, component_name

NAME_EXTENSION = "x-specgen-name"
# On a union the client sends: schemas of what the server sends that it also takes, as they came
# (a response's content blocks in the next request, as the Anthropic SDK types them).
ALSO_ACCEPTS_EXTENSION = "x-specgen-also-accepts"
# An enum the API grows faster than its spec (a list of model names): the established
# ``x-extensible-enum: [values]`` in place of ``enum``, or ``x-extensible-enum: true`` beside it
# (what an overlay can add). Typed ``TheEnum | str``: any string goes, the known ones complete.
EXTENSIBLE_ENUM = "x-extensible-enum"
MAX_DEPTH = 64  # schemas nested in one another, inline (a component model starts afresh)
# Properties of one object, values of one enum, variants of one union, parameters of one
# operation. Each becomes a line of one statement or class, and black's time grows faster
# than their number (10,000 enum values on one line: 3 s; 100,000: 150 s): far past what an
# API declares, a spec is refused with one line rather than formatted for minutes.
MAX_MEMBERS = 10_000

_FORMATS: dict[str, ir.TypeKind] = {"date-time": "datetime", "date": "date", "binary": "bytes"}
_PRIMITIVES: dict[str, ir.TypeKind] = {
    "string": "str", "integer": "int", "number": "float", "boolean": "bool",
}  # fmt: skip


def is_open_enum(schema: dict[str, Any]) -> bool:
    """Whether ``schema`` is an enum of strings that takes any other string too
    (``x-extensible-enum``): typed ``TheEnum | str``, and checked as a plain string."""
    values = schema.get("enum", schema.get(EXTENSIBLE_ENUM))
    if schema.get(EXTENSIBLE_ENUM) in (None, False) or not isinstance(values, list):
        return False
    strings = [value for value in values if value is not None]
    return bool(strings) and all(isinstance(value, str) for value in strings)


@dataclass(frozen=True)
class Root:
    """Naming context of a top-level schema (a request body, a response, a component)."""

    name: str
    stem: str  # what nested names start with
    request: bool  # nested request-side models get a ``Param`` suffix
    qualifier: str = ""  # tells apart same-named types of different operations


@dataclass(frozen=True)
class Occurrence:
    """Where a shape appears: under a parent object (by pointer) with a role, or as a root."""

    pointer: str
    role: tuple[str, ...] = ()
    parent: str | None = None  # pointer of the enclosing object schema
    root: Root | None = None
    request: bool = False


@dataclass(eq=False)
class Shape:
    key: str
    kind: str  # "model" or "enum"
    fields: tuple[ir.Field, ...] = ()
    additional: ir.TypeRef | None = None
    values: tuple[str | int | float | bool, ...] = ()
    description: str | None = None
    component: str | None = None
    occurrences: list[Occurrence] = field(default_factory=list)
    forced_names: set[str] = field(default_factory=set)
    first_pointer: str = ""  # the least pointer of all occurrences, kept as they are added

    def add(self, occurrence: Occurrence) -> None:
        if not self.occurrences or occurrence.pointer < self.first_pointer:
            self.first_pointer = occurrence.pointer
        self.occurrences.append(occurrence)


@dataclass(frozen=True)
class Context:
    """How to name what is found at a location: its parent object and its role there."""

    role: tuple[str, ...]
    parent: str | None = None
    root: Root | None = None
    request: bool = False
    component: str | None = None  # set while walking the top of a components/schemas entry

    def child(self, role: tuple[str, ...]) -> Context:
        """The context of a nested schema that is not a property (an item, a variant)."""
        return Context(role=role, parent=self.parent, root=self.root, request=self.request)


class ShapeBuilder:
    """Turns schemas into ``TypeRef``s and collects the shapes they name."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.file = resolver.file
        self.shapes: dict[str, Shape] = {}
        self.shape_at: dict[str, str] = {}  # object-schema pointer -> shape key
        self._components: dict[str, ir.TypeRef] = {}
        # Components being walked, and whether something inside referred back to them.
        self._walking: dict[str, bool] = {}
        self._depth = 0  # schemas nested inside each other, counted from the last named model
        # What the types leave out, by pointer: shown by ``inspect`` (``Api.notes``).
        self.notes: dict[str, str] = {}

    # -- entry point ---------------------------------------------------------------------------

    def type_of(self, schema: Any, at: str, context: Context) -> ir.TypeRef:
        # Python's parser takes 200 nested brackets, validators a few hundred nested schemas:
        # past a bound, a spec is refused instead of generating code that cannot run.
        if self._depth >= MAX_DEPTH:
            raise SpecError(self.file, at, f"schemas nest deeper than {MAX_DEPTH} levels")
        self._depth += 1
        try:
            return self._type_of(schema, at, context)
        finally:
            self._depth -= 1

    def _type_of(self, schema: Any, at: str, context: Context) -> ir.TypeRef:
        if isinstance(schema, bool) or schema == {}:
            return ir.TypeRef("any")
        if not isinstance(schema, dict):
            raise SpecError(self.file, at, "a schema must be an object")
        if "$ref" in schema:
            return self._reference(schema, at, context)
        nullable = schema.get("nullable") is True
        if "allOf" in schema:
            return self._nullable(self._all_of(schema, at, context), nullable)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._nullable(self._union(schema, keyword, at, context), nullable)
        if "not" in schema:
            # No Python type says "anything but": the values it excludes are typed as accepted.
            self.notes[pointer.join(at, "not")] = "'not' is not typed: what it excludes is accepted"
            schema = {key: value for key, value in schema.items() if key != "not"}
        types = schema.get("type")
        if isinstance(types, list):  # OpenAPI 3.1: ["string", "null"]
            nullable = nullable or "null" in types
            kinds = [kind for kind in types if kind != "null"]
            if len(kinds) > 1:
                members = [
                    self.type_of({**schema, "type": kind}, at, context) for kind in sorted(kinds)
                ]
                return self._nullable(ir.TypeRef("union", args=tuple(members)), nullable)
            types = kinds[0] if kinds else None
        if types == "null":
            return ir.TypeRef("any", nullable=True)
        return self._nullable(self._typed(schema, types, at, context), nullable)

    # -- kinds of schema -----------------------------------------------------------------------

    def _typed(self, schema: dict[str, Any], kind: Any, at: str, context: Context) -> ir.TypeRef:
        constraints = _constraints(schema)
        if "const" in schema and not isinstance(schema["const"], dict | list):
            return _literal((schema["const"],))
        if "enum" in schema or isinstance(schema.get(EXTENSIBLE_ENUM), list):
            return self._enum(schema, at, context)
        if kind == "array" or (kind is None and "items" in schema):
            items = schema.get("items", {})
            role = (*context.role[:-1], naming.singular(context.role[-1])) if context.role else ()
            item = self.type_of(items, pointer.join(at, "items"), context.child(role))
            return ir.TypeRef("list", args=(item,), constraints=constraints)
        if kind == "object" or (
            kind is None and ("properties" in schema or "additionalProperties" in schema)
        ):
            return self._object(schema, at, context)
        if kind is None:
            return ir.TypeRef("any")
        if kind not in _PRIMITIVES:
            raise SpecError(self.file, pointer.join(at, "type"), f"unknown schema type {kind!r}")
        primitive = _PRIMITIVES[kind]
        if primitive == "str":
            primitive = _FORMATS.get(str(schema.get("format")), "str")
        return ir.TypeRef(primitive, constraints=constraints)

    def _object(self, schema: dict[str, Any], at: str, context: Context) -> ir.TypeRef:
        properties = schema.get("properties") or {}
        additional = schema.get("additionalProperties")
        additional_type = None
        if isinstance(additional, dict) and additional:
            additional_type = self.type_of(
                additional,
                pointer.join(at, "additionalProperties"),
                context.child((*context.role, "value")),
            )
        if not properties:
            if additional_type is None:
                return ir.TypeRef("object")
            return ir.TypeRef("map", args=(additional_type,))
        if not isinstance(properties, dict):
            raise SpecError(self.file, pointer.join(at, "properties"), "must be an object")
        check_width(len(properties), "properties", self.file, pointer.join(at, "properties"))
        required = set(schema.get("required") or [])
        fields = []
        for name, property_schema in properties.items():
            where = pointer.join(at, "properties", name)
            child = Context(role=(name,), parent=at, request=context.request)
            fields.append(self._field(name, property_schema, where, name in required, child))
        fields = _unique_python_names(fields, naming.MODEL_ATTRIBUTES)
        structure = (sorted(_field_key(f) for f in fields), additional_type)
        shape = self._shape(
            self._key(context, "model", structure, at), "model", at, context, schema
        )
        key = shape.key
        if at == shape.first_pointer:  # descriptions and examples come from one fixed place
            shape.fields, shape.additional = tuple(fields), additional_type
        self.shape_at[at] = key
        return ir.TypeRef("model", name=key)

    def _field(self, name: str, schema: Any, at: str, required: bool, context: Context) -> ir.Field:
        field_type = self.type_of(schema, at, context)
        resolved, target = self.resolver.follow(schema, at)
        resolved = resolved if isinstance(resolved, dict) else {}
        description = _text(schema.get("description") if isinstance(schema, dict) else None)
        return ir.Field(
            name=name,
            python_name=name,  # made a unique identifier by the caller
            type=field_type,
            required=required,
            description=naming.describes(description, at)
            or naming.describes(_text(resolved.get("description")), target),
            default=resolved.get("default"),
            has_default="default" in resolved,
            example=schema_example(resolved),
            has_example=has_schema_example(resolved),
            deprecated=resolved.get("deprecated") is True,
        )

    def _enum(self, schema: dict[str, Any], at: str, context: Context) -> ir.TypeRef:
        keyword = "enum" if "enum" in schema else EXTENSIBLE_ENUM
        closed = self._closed_enum(schema, keyword, at, context)
        if not is_open_enum(schema):
            return closed
        known = replace(closed, nullable=False)
        return ir.TypeRef("union", args=(known, ir.TypeRef("str")), nullable=closed.nullable)

    def _closed_enum(
        self, schema: dict[str, Any], keyword: str, at: str, context: Context
    ) -> ir.TypeRef:
        values = schema[keyword]
        if not isinstance(values, list) or not values:
            where = pointer.join(at, keyword)
            raise SpecError(self.file, where, f"{keyword} must be a non-empty list")
        check_width(len(values), "values", self.file, pointer.join(at, keyword))
        nullable = None in values
        values = [value for value in values if value is not None]
        for index, value in enumerate(values):
            if not isinstance(value, str | int | float | bool):
                where = pointer.join(at, keyword, index)
                raise SpecError(
                    self.file, where, "only string, number and boolean enum values are supported"
                )
        # Distinct by type too: 1, 1.0 and true are equal in Python, not in JSON.
        unique = tuple(value for _, value in dict.fromkeys((type(v), v) for v in values))
        if not unique:  # only null
            return ir.TypeRef("any", nullable=True)
        if len(unique) == 1 or not all(map(_literal_value, unique)):
            return self._nullable(_literal(unique), nullable)
        shape = self._shape(self._key(context, "enum", unique, at), "enum", at, context, schema)
        key = shape.key
        shape.values = unique
        return ir.TypeRef("enum", name=key, values=unique, nullable=nullable)

    def _union(
        self,
        schema: dict[str, Any],
        keyword: str,
        at: str,
        context: Context,
        words: tuple[str, ...] = (),
    ) -> ir.TypeRef:
        """The union of ``schema[keyword]``'s variants; an untagged variant's name takes its
        word from ``words``, when given (one a variant)."""
        variants = schema[keyword]
        if not isinstance(variants, list) or not variants:
            raise SpecError(self.file, pointer.join(at, keyword), "must be a non-empty list")
        check_width(len(variants), "variants", self.file, pointer.join(at, keyword))
        # A {"type": "null"} variant is OpenAPI 3.1's way to say nullable; with one other
        # variant, that one is the type, named as if written here (a component keeps its name).
        places = [(variant, pointer.join(at, keyword, i)) for i, variant in enumerate(variants)]
        word_at = dict(zip((where for _, where in places), words, strict=False))
        others = [(v, where) for v, where in places if not is_null(self.resolver.follow(v, at)[0])]
        null = len(others) < len(places)
        if null and len(others) == 1:
            return self._nullable(self.type_of(*others[0], context), True)
        discriminator = (
            find_discriminator(self.resolver, schema, variants, at) if len(others) > 1 else None
        )
        members: list[ir.TypeRef] = []
        tags: list[str | int | float | bool | None] = []
        for variant, where in others:
            role = context.role
            if discriminator is not None:
                tags.append(variant_tag(self.resolver, schema, variant, where, discriminator))
                role = (*role, str(tags[-1] if tags[-1] is not None else ""))
            elif word_at.get(where):
                role = (*role, word_at[where])
            members.append(self.type_of(variant, where, context.child(role)))
        if not members:
            return ir.TypeRef("any", nullable=True)
        if discriminator is not None:
            discriminator = self._narrow(discriminator, members, tags)
        accepted = self._also_accepted(schema, at)
        if accepted:
            members += accepted
            discriminator = None  # a tag may now name a TypedDict and a model alike
        unique = _flatten_union(members)
        if len(unique) == 1:
            return self._nullable(unique[0], null)
        nullable = null or any(member.nullable for member in unique)
        unique = tuple(dict.fromkeys(replace(member, nullable=False) for member in unique))
        models = all(member.kind == "model" for member in unique)
        return ir.TypeRef(
            "union",
            name=self._union_name(schema, at),
            args=unique,
            nullable=nullable,
            discriminator=discriminator if models else None,
        )

    def _also_accepted(self, schema: dict[str, Any], at: str) -> list[ir.TypeRef]:
        """The types ``x-specgen-also-accepts`` adds to a request union: what the server sent,
        which the client may send back as it is (a content block of a response)."""
        refs = schema.get(ALSO_ACCEPTS_EXTENSION)
        if refs is None:
            return []
        where = pointer.join(at, ALSO_ACCEPTS_EXTENSION)
        if not isinstance(refs, list) or not all(isinstance(r, dict) and "$ref" in r for r in refs):
            raise SpecError(self.file, where, "must be a list of {$ref: ...} to schemas")
        accepted = []
        for index, ref in enumerate(refs):
            type_ref = self.type_of(ref, pointer.join(where, index), Context(()))
            members = type_ref.args if type_ref.kind == "union" else (type_ref,)
            accepted += [replace(member, as_received=True) for member in members]
        return accepted

    def _union_name(self, schema: dict[str, Any], at: str) -> str:
        """A union named with ``x-specgen-name`` becomes a type alias of that name."""
        forced = schema.get(NAME_EXTENSION)
        if forced is None:
            return ""
        if not isinstance(forced, str) or not forced.isidentifier():
            raise SpecError(
                self.file, pointer.join(at, NAME_EXTENSION), "must be a Python identifier"
            )
        return forced

    def _narrow(
        self,
        discriminator: str,
        members: list[ir.TypeRef],
        tags: list[str | int | float | bool | None],
    ) -> str | None:
        """Make each variant's discriminator field the literal of its tag, as pydantic needs;
        the discriminator, or None when some variant cannot take it (the union then parses by
        trying each member)."""
        attribute = naming.python_identifier(discriminator, naming.MODEL_ATTRIBUTES, "field")
        narrowed: list[tuple[Shape, int, ir.Field]] = []
        for member, tag in zip(members, tags, strict=True):
            shape = self.shapes.get(member.name) if member.kind == "model" else None
            if shape is None or tag is None:
                return None
            index = next((i for i, f in enumerate(shape.fields) if f.name == discriminator), None)
            if index is None or shape.fields[index].python_name != attribute:
                return None
            field = shape.fields[index]
            if field.type.kind == "literal" and field.type.values != (tag,):
                return None
            literal = ir.TypeRef("literal", values=(tag,))
            narrowed.append((shape, index, replace(field, type=literal, required=True)))
        for shape, index, field in narrowed:
            shape.fields = (*shape.fields[:index], field, *shape.fields[index + 1 :])
        return discriminator

    def _all_of(self, schema: dict[str, Any], at: str, context: Context) -> ir.TypeRef:
        parts = schema["allOf"]
        if not isinstance(parts, list) or not parts:
            raise SpecError(self.file, pointer.join(at, "allOf"), "must be a non-empty list")
        if len(parts) == 1 and not schema.get("properties"):
            return self.type_of(parts[0], pointer.join(at, "allOf", 0), context)
        merged = self._merged(schema, at, frozenset({at}))
        keyword = next((k for k in UNIONS if k in merged), None)
        if keyword is not None:
            return self._distributed(merged, keyword, self._holder(schema, at, keyword), context)
        if merged.get("type") == "object":
            return self._object(merged, at, context)
        return self.type_of(merged, at, context)

    def _distributed(
        self, merged: dict[str, Any], keyword: str, at: str, context: Context
    ) -> ir.TypeRef:
        """``allOf: [base, {oneOf: [A, B]}]`` is ``base + A`` or ``base + B``: a union of the
        merged variants, built where the ``oneOf`` is (``at``)."""
        base = {k: v for k, v in merged.items() if k not in (keyword, "discriminator")}
        variants = merged[keyword] if isinstance(merged[keyword], list) else []
        union: dict[str, Any] = {keyword: [{"allOf": [base, v]} for v in variants]}
        if "discriminator" in merged:
            union["discriminator"] = merged["discriminator"]
        return self._union(union, keyword, at, context, tuple(map(self._word, variants)))

    def _word(self, variant: Any) -> str:
        """What tells a variant apart in a name: the component it refers to, or its title."""
        if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
            return component_name(variant["$ref"].partition("#")[2]) or ""
        title = variant.get("title") if isinstance(variant, dict) else None
        return title if isinstance(title, str) else ""

    def _holder(self, schema: dict[str, Any], at: str, keyword: str) -> str:
        """The pointer of the ``allOf`` part that holds ``keyword`` (the last that does, as
        ``_merged`` keeps the last), or of the schema itself."""
        holder = at
        for index, part in enumerate(schema.get("allOf") or []):
            resolved, target = self.resolver.follow(part, pointer.join(at, "allOf", index))
            if isinstance(resolved, dict) and keyword in resolved:
                holder = target
        return holder

    def _merged(self, schema: dict[str, Any], at: str, active: frozenset[str]) -> dict[str, Any]:
        """One schema holding the keywords of every ``allOf`` part, nested parts too: object
        parts pool their properties and required names; on other keywords and on a property
        they disagree on, the stronger wins (``by_precedence``: walked weakest first, each
        overwriting what came before)."""
        merged: dict[str, Any] = {"properties": {}, "required": []}
        kinds: set[str] = set()
        for index, part in reversed(by_precedence(schema)):
            where = at if index is None else pointer.join(at, "allOf", index)
            resolved, target = self.resolver.follow(part, where)
            if not isinstance(resolved, dict):
                continue
            if "allOf" in resolved:
                if target in active:
                    raise SpecError(self.file, where, "allOf includes itself")
                resolved = self._merged(resolved, target, active | {target})
            kinds.update(_kinds(resolved))
            for key, value in resolved.items():
                if key == "properties" and isinstance(value, dict):
                    merged["properties"].update(value)
                elif key == "required" and isinstance(value, list):
                    merged["required"].extend(value)
                elif key not in ("type", "properties", "required"):
                    merged[key] = value
        if len(kinds) > 1:
            raise SpecError(
                self.file,
                pointer.join(at, "allOf"),
                f"allOf parts have incompatible types ({', '.join(sorted(kinds))})",
            )
        if kinds:
            merged["type"] = kinds.pop()
        elif merged["properties"] or "additionalProperties" in merged:
            merged["type"] = "object"
        for key in ("properties", "required"):
            if not merged[key]:
                del merged[key]
        return merged

    def _reference(self, schema: dict[str, Any], at: str, context: Context) -> ir.TypeRef:
        target_schema, target = self.resolver.follow(schema, at)
        name = component_name(target)
        if name is None:  # a reference into some other place: read it as if written here
            return self.type_of(target_schema, target, context)
        key = f"component:{name}"
        if target in self._components:
            if target in self._walking:  # a recursive reference: the model being made
                self._walking[target] = True
            return self._components[target]
        # What recursive references get, nullable already when the schema says so at its top.
        nullable = admits_null(target_schema, target, self.resolver.follow)
        placeholder = ir.TypeRef("model", name=key, nullable=nullable)
        self._components[target] = placeholder
        self._walking[target] = False
        root = Root(naming.type_name(name), naming.type_name(name), request=False)
        depth = self._depth
        if _is_object(target_schema):  # a model of its own: what nests in it starts afresh
            self._depth = 0
        try:
            resolved = self.type_of(target_schema, target, Context((), root=root, component=name))
        finally:
            recursive = self._walking.pop(target)
            self._depth = depth
        if key not in self.shapes and recursive:
            # Something inside refers to a model that is not made: the schema is a list, a map
            # or a union, which have no class a reference could name.
            raise SpecError(self.file, target, "a recursive schema must be an object schema")
        self._components[target] = resolved
        return resolved

    # -- helpers -------------------------------------------------------------------------------

    def _shape(
        self, key: str, kind: str, at: str, context: Context, schema: dict[str, Any]
    ) -> Shape:
        """The shape of ``key``, with this occurrence added. A schema named on purpose
        (``x-specgen-name``) never joins a shape that has another such name: both are kept."""
        forced = schema.get(NAME_EXTENSION)
        if forced is not None and (not isinstance(forced, str) or not forced.isidentifier()):
            raise SpecError(
                self.file, pointer.join(at, NAME_EXTENSION), "must be a Python identifier"
            )
        existing = self.shapes.get(key)
        if forced is not None and existing and existing.forced_names - {forced}:
            key = f"{key}/{forced}"
        shape = self.shapes.get(key)
        if shape is None:
            shape = self.shapes[key] = Shape(key=key, kind=kind)
        occurrence = Occurrence(at, context.role, context.parent, context.root, context.request)
        shape.add(occurrence)
        if at == shape.first_pointer:
            shape.description = naming.describes(_text(schema.get("description")), at)
        if forced is not None:
            shape.forced_names.add(forced)
        return shape

    @staticmethod
    def _key(context: Context, kind: str, structure: object, at: str) -> str:
        """Components keep their own identity. Inline shapes are one type when they mean the
        same thing: the same structure in the same role (the property, item or variant they
        describe, read from where the schema is written, so that a ``$ref`` to it is the same
        type) and (see ``_shape``) no different name given on purpose. So an error envelope
        repeated for every status is one type, while two properties that merely list the same
        values stay two types, and a change to one retypes nothing else."""
        if context.component is not None:
            return f"component:{context.component}"
        meaning = (structure, _role(at))
        return f"{kind}:" + hashlib.sha256(repr(meaning).encode()).hexdigest()[:16]

    @staticmethod
    def _nullable(type_ref: ir.TypeRef, nullable: bool) -> ir.TypeRef:
        return replace(type_ref, nullable=True) if nullable and not type_ref.nullable else type_ref


def check_width(count: int, what: str, file: str, at: str) -> None:
    """Refuse more than ``MAX_MEMBERS`` ``what`` (properties, values...) at ``at``."""
    if count > MAX_MEMBERS:
        raise SpecError(file, at, f"{count:,} {what}: at most {MAX_MEMBERS:,} are supported")


def _role(at: str) -> tuple[str, ...]:
    """What a schema describes, from its pointer: the tokens from the last property name on
    (``content``, ``items``); nothing for the top of a body or response."""
    tokens = at.split("/")
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index] == "properties":
            return tuple(tokens[index + 1 :])
    return ()


def _flatten_union(members: list[ir.TypeRef]) -> tuple[ir.TypeRef, ...]:
    flat: list[ir.TypeRef] = []
    for member in members:
        if member.kind == "union":
            flat.extend(
                replace(arg, nullable=arg.nullable or member.nullable) for arg in member.args
            )
        else:
            flat.append(member)
    if any(member.kind == "any" for member in flat):
        return (ir.TypeRef("any", nullable=any(m.nullable for m in flat)),)
    return tuple(dict.fromkeys(flat))


def _kinds(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema declares (``null`` aside), objects also by their keywords."""
    declared = schema.get("type")
    if isinstance(declared, str):
        kinds = {declared}
    elif isinstance(declared, list):
        kinds = {kind for kind in declared if isinstance(kind, str)}
    else:
        kinds = {"object"} if "properties" in schema or "additionalProperties" in schema else set()
    return kinds - {"null"}


def _literal(values: tuple[Any, ...]) -> ir.TypeRef:
    """The literal type of JSON values. ``Literal`` cannot hold a float (PEP 586), nor can mypy
    spell an int outside 64 bits: such values widen to ``float`` and ``int``, which keep them
    as their ``values`` (what examples may send); ``null`` makes the type nullable."""
    kept = tuple(value for value in values if _literal_value(value))
    widened = [ir.TypeRef("literal", values=kept)] if kept else []
    floats = tuple(value for value in values if isinstance(value, float))
    if floats:
        widened.append(ir.TypeRef("float", values=floats))
    ints = tuple(v for v in values if isinstance(v, int) and not _literal_value(v))
    if ints:
        widened.append(ir.TypeRef("int", values=ints))
    if not widened:
        return ir.TypeRef("any", nullable=True)
    single = widened[0] if len(widened) == 1 else ir.TypeRef("union", args=tuple(widened))
    return replace(single, nullable=None in values)


def _literal_value(value: object) -> bool:
    """A value ``Literal[...]`` can hold, as type checkers read it."""
    if isinstance(value, bool | str):
        return True
    return isinstance(value, int) and abs(value) < 2**63


def _is_object(schema: Any) -> bool:
    """An object schema at its top (it becomes a model)."""
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    return (
        "properties" in schema
        or "allOf" in schema
        or types == "object"
        or (isinstance(types, list) and "object" in types)
    )


def _constraints(schema: dict[str, Any]) -> ir.Constraints:
    def number(key: str) -> float | None:
        value = schema.get(key)
        return value if isinstance(value, int | float) and not isinstance(value, bool) else None

    def count(key: str) -> int | None:
        value = schema.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    minimum, maximum = number("minimum"), number("maximum")
    exclusive_min, exclusive_max = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(exclusive_min, int | float) and not isinstance(exclusive_min, bool):
        minimum, exclusive_min = exclusive_min, True  # 3.1 spells the bound itself
    if isinstance(exclusive_max, int | float) and not isinstance(exclusive_max, bool):
        maximum, exclusive_max = exclusive_max, True
    return ir.Constraints(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_min is True,
        exclusive_maximum=exclusive_max is True,
        min_length=count("minLength"),
        max_length=count("maxLength"),
        pattern=checkable_pattern(schema.get("pattern")),
        min_items=count("minItems"),
        max_items=count("maxItems"),
    )


def _unique_python_names(fields: list[ir.Field], reserved: frozenset[str]) -> list[ir.Field]:
    """Give each field a distinct identifier.

    A wire name that is already a fine identifier is its own; the others avoid every wire name
    of the model: models read a field by its Python name as well as by its alias, so a field
    named after another field's wire name would take that field's value (``fooBar`` as
    ``foo_bar`` next to a ``foo_bar`` property). Among the rest, wire names sorted decide who
    keeps the plain name.
    """
    wires = {f.name for f in fields}
    chosen = {
        wire: wire
        for wire in wires
        if naming.python_identifier(wire, reserved, fallback="field") == wire
    }
    names = naming.UniqueNames(chosen.values(), avoid=wires)
    for wire in sorted(wires - chosen.keys()):
        chosen[wire] = names.take(naming.python_identifier(wire, reserved, fallback="field"))
    return [replace(f, python_name=chosen[f.name]) for f in fields]


def _field_key(f: ir.Field) -> tuple[object, ...]:
    return (f.name, f.python_name, f.type, f.required, repr(f.default), f.has_default)


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None


def has_schema_example(schema: dict[str, Any]) -> bool:
    return "example" in schema or bool(schema.get("examples"))


def schema_example(schema: dict[str, Any]) -> ir.JSON:
    if "example" in schema:
        return schema["example"]  # type: ignore[no-any-return]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]  # type: ignore[no-any-return]
    return None
