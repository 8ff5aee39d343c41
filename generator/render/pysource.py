"""Spelling IR values as Python source: type annotations, literals and docstrings.

Spec text reaches generated code only through ``literal`` (a ``repr``-escaped literal) and
``docstring`` (escaped so it cannot end the string early); nothing here decides anything.
"""

from __future__ import annotations

import json
import keyword as python_keyword
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.model import ir, naming, spectext

if TYPE_CHECKING:
    from generator.render.imports import Imports

_SIMPLE = {
    "str": "str", "int": "int", "float": "float", "bool": "bool", "bytes": "bytes",
    "datetime": "datetime.datetime", "date": "datetime.date", "uuid": "str", "any": "Any",
    "file": "FileTypes",
}  # fmt: skip
# What a spelling in _SIMPLE needs imported: (module, name), name None for ``import module``.
_SIMPLE_IMPORTS: dict[str, tuple[str, str | None]] = {
    "datetime": ("datetime", None), "date": ("datetime", None), "any": ("typing", "Any"),
    "file": ("._types", "FileTypes"),
}  # fmt: skip
# Kinds whose Python type is a class (``type[T]`` to a type checker): the runtime's
# ``request()`` takes them as they are; any other type travels as ``pydantic.TypeAdapter[...]``.
_CLASS_KINDS = frozenset({
    "model", "str", "int", "float", "bool", "bytes", "datetime", "date", "uuid", "object",
    "list", "map",
})  # fmt: skip
_BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})
_FLAT_LITERAL = 60  # a longer literal collection is written one item a line
_LINE_END_SPACE = re.compile(r"[ \t]+(?=\n|$)")


def annotation(
    type_ref: ir.TypeRef,
    nullable: bool | None = None,
    open_enums: bool = False,
    shadowed: frozenset[str] = frozenset(),
    imports: Imports | None = None,
    sent: bool = False,
) -> str:
    """The Python annotation of a type, e.g. ``list[ChatCompletionChoice] | None``.

    With ``open_enums``, an enum also admits any string (``ChatModel | str``): a value the
    server starts sending before the spec lists it then parses instead of failing.
    ``shadowed`` names builtins that a class defines methods of (a ``list`` method): inside
    that class they are spelled ``builtins.list``. ``imports`` records what the spelling names.
    ``sent``: the type of what the client sends (see ``sent_container``).
    """
    text = _bare(type_ref, open_enums, shadowed, imports, sent)
    if type_ref.nullable if nullable is None else nullable:
        text += " | None"
    return text


def _bare(
    type_ref: ir.TypeRef,
    open_enums: bool,
    shadowed: frozenset[str],
    imports: Imports | None,
    sent: bool = False,
) -> str:
    def spell(name: str) -> str:
        return builtin(name, shadowed, imports)

    def inner(arg: ir.TypeRef) -> str:
        return annotation(arg, open_enums=open_enums, shadowed=shadowed, imports=imports, sent=sent)

    kind = type_ref.kind
    if sent and kind in ("list", "map", "object"):
        container = sent_container(type_ref)
        _use(imports, *_CONTAINER_IMPORTS[container])
        value = "Any" if kind == "object" else inner(type_ref.args[0])
        if kind == "object":
            _use(imports, "typing", "Any")
        return (
            f"{container}[{spell('str')}, {value}]" if kind != "list" else f"{container}[{value}]"
        )
    if kind == "object":
        _use(imports, "typing", "Any")
        return f"{spell('dict')}[{spell('str')}, Any]"
    if kind in _SIMPLE:
        if kind in _SIMPLE_IMPORTS:
            _use(imports, *_SIMPLE_IMPORTS[kind])
        return spell(_SIMPLE[kind])
    named = kind in ("model", "enum") or (kind == "union" and type_ref.name)
    if named and imports is not None:
        imports.model(type_ref.name)
    if kind == "enum" and open_enums:  # unknown values of the enum's own base types
        bases = sorted({type(value).__name__ for value in type_ref.values} or {"str"})
        return " | ".join([type_ref.name, *(spell(base) for base in bases)])
    if kind in ("model", "enum"):
        return type_ref.name
    if kind == "literal":
        _use(imports, "typing", "Literal")
        return "Literal[" + ", ".join(literal(value) for value in type_ref.values) + "]"
    if kind == "list":
        return f"{spell('list')}[{inner(type_ref.args[0])}]"
    if kind == "map":
        return f"{spell('dict')}[{spell('str')}, {inner(type_ref.args[0])}]"
    if kind == "union" and type_ref.name:
        return type_ref.name
    if kind == "union":
        # Members that differ only in what no annotation shows (constraints, the values of a
        # widened number enum) are spelled once.
        members = " | ".join(dict.fromkeys(inner(arg) for arg in type_ref.args))
        if type_ref.discriminator and not sent:  # pydantic wants the attribute, not the wire name
            attribute = naming.python_identifier(
                type_ref.discriminator, naming.MODEL_ATTRIBUTES, "field"
            )
            _use(imports, "typing", "Annotated")
            _use(imports, "pydantic", "Field")
            return f"Annotated[{members}, Field(discriminator={literal(attribute)})]"
        return members
    raise ValueError(f"unknown type kind {kind!r}")


# What a container the client sends is spelled with, and where that name is imported from.
_CONTAINER_IMPORTS = {
    "Iterable": ("collections.abc", "Iterable"),
    "SequenceNotStr": ("._types", "SequenceNotStr"),
    "Sequence": ("collections.abc", "Sequence"),
    "Mapping": ("collections.abc", "Mapping"),
}


def sent_container(type_ref: ir.TypeRef) -> str:
    """The container a list, map or object the client sends is typed as: one that takes what
    callers have, as the OpenAI and Anthropic SDKs do, for ``list`` and ``dict`` are invariant
    (a ``list[TextParam]`` is no ``list[TextParam | ImageParam]``).

    A map or an object: ``Mapping``. A list of TypedDicts (or unions of them, or containers):
    ``Iterable``, so that a tuple or a generator of messages goes too. A list whose items may be
    any string: ``SequenceNotStr``, a ``Sequence`` that a ``str`` is not, for a ``str`` is
    itself a sequence of strings: as ``Iterable[str]`` or ``Sequence[str]``, ``stop="END"``
    for ``stop=["END"]`` would type-check. Other lists (numbers, enums, dates, files):
    ``Sequence``, which no string passes for and whose item type a list literal takes on
    (a protocol would leave ``["a", "b"]`` a ``list[str]``, no list of an enum's values).
    """
    if type_ref.kind != "list":
        return "Mapping"
    item = type_ref.args[0]
    members = item.args if item.kind == "union" else (item,)
    if all(m.kind in ("model", "list", "map", "object") for m in members):
        return "Iterable"
    if any(m.kind in ("str", "uuid", "any") for m in members):
        return "SequenceNotStr"
    return "Sequence"


def builtin(name: str, shadowed: frozenset[str], imports: Imports | None = None) -> str:
    """A builtin type's name, as ``builtins.name`` where a method of the class shadows it."""
    if name not in shadowed:
        return name
    _use(imports, "builtins")
    return f"builtins.{name}"


def _use(imports: Imports | None, module: str, name: str | None = None) -> None:
    """Record an import: ``import module`` (name None), or ``from module import name``."""
    if imports is None:
        return
    if name is None:
        imports.module(module)
    else:
        imports.name(module, name)


def shadowed_builtins(resource: ir.Resource) -> frozenset[str]:
    """Builtin type names that the resource's own methods shadow in its class body."""
    return frozenset(op.method_name for op in resource.operations) & _BUILTIN_TYPES


def alias_value(alias: ir.TypeRef, imports: Imports | None = None) -> str:
    """What a named union stands for: its members, spelled out."""
    return annotation(replace(alias, name=""), open_enums=True, imports=imports)


def equals(value: object) -> str:
    """The comparison with ``value`` in an assert: ``is`` for the singletons (ruff E711/E712)."""
    if value is None or isinstance(value, bool):
        return f"is {value!r}"
    return f"== {literal(value)}"


def literal(value: object) -> str:
    """A Python literal for a JSON value; strings are escaped by ``repr``.

    Written as black writes it, so that formatting has little left to do: double quotes where
    they need no escapes, and a long dict or list one item a line with a trailing comma.
    """
    if isinstance(value, str):
        text = repr(value)
        return f'"{text[1:-1]}"' if text[0] == "'" and '"' not in value else text
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'
    if isinstance(value, dict):
        items = [f"{literal(k)}: {literal(v)}" for k, v in value.items()]
        return _collection("{", items, "}")
    if isinstance(value, list):
        return _collection("[", [literal(item) for item in value], "]")
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def _collection(opening: str, items: list[str], closing: str) -> str:
    flat = opening + ", ".join(items) + closing
    if len(flat) <= _FLAT_LITERAL:
        return flat
    return opening + "\n" + "".join(f"{item},\n" for item in items) + closing


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes, and ``\\u`` ones for the characters no spec text
    may bring raw (``spectext.UNSAFE``: DEL, which TOML also forbids, C1, bidi controls)."""
    return json_document(value)  # a JSON string is a TOML basic string


def json_document(value: object, indent: int | None = None) -> str:
    """A JSON file's text of ``value`` (spec text in it): non-ASCII as written, but what no
    spec text may bring raw (``spectext.UNSAFE``) ``\\u``-escaped, as ``ensure_ascii`` would."""
    return spectext.json_escape_unsafe(json.dumps(value, indent=indent, ensure_ascii=False))


def docstring(content: str | None) -> str:
    """A triple-quoted docstring whose content cannot close it, break the source, or show
    otherwise than it reads (``spectext.UNSAFE``: controls, bidi controls)."""
    if not content:
        return ""
    body = content.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = spectext.escape_unsafe(body)  # controls and bidi controls as escapes: same docstring
    # Whitespace ending a line (Markdown line breaks) is spelled out: linters refuse it raw.
    body = _LINE_END_SPACE.sub(lambda m: m.group().replace(" ", "\\x20").replace("\t", "\\t"), body)
    if body.endswith('"'):  # spelled \\x22 so that black does not pad the closing quotes
        body = body[:-1] + "\\x22"
    return f'"""{body}"""'


def docstring_text(content: str | None) -> str:
    """Text to place inside a docstring the template writes itself."""
    return docstring(content)[3:-3]


def field_declaration(field: ir.Field, model: ir.Model, imports: Imports | None = None) -> str:
    """An annotation plus its default: ``int | None = None``, ``str = Field(alias="x-id")``."""
    optional = not field.required
    nullable = field.type.nullable or optional
    text = annotation(field.type, nullable, open_enums=model.received, imports=imports)
    alias = field.python_name != field.name
    if alias:
        _use(imports, "pydantic", "Field")
    if alias and optional:
        return f"{text} = Field(default=None, alias={literal(field.name)})"
    if alias:
        return f"{text} = Field(alias={literal(field.name)})"
    return f"{text} = None" if optional else text


def typed_dict_value(field: ir.Field, imports: Imports | None = None) -> str:
    """A TypedDict key's type: ``Required[...]`` for a required key (the TypedDict is
    ``total=False``), ``| None`` only where the spec admits null."""
    text = annotation(field.type, imports=imports, sent=True)
    if not field.required:
        return text
    _use(imports, "typing", "Required")
    return f"Required[{text}]"


_IDENTIFIER_IN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING_IN = re.compile(r""""(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'""")


def typed_dict_class_form(keys: Iterable[str], values: Iterable[str]) -> bool:
    """Whether a TypedDict can be written as a class, its keys as names: each must be an
    identifier as Python reads it (NFKC-normalized: ``ﬁle`` would be the key ``file``), not a
    keyword, not ``__private`` (mangled in a class body), and not a name its annotations use
    (``str: str`` would stand for itself). Else the call form takes them as strings."""
    spelled = (_STRING_IN.sub("", value) for value in values)  # a Literal's values name nothing
    used = {name for value in spelled for name in _IDENTIFIER_IN.findall(value)}
    return all(
        key.isidentifier()
        and unicodedata.normalize("NFKC", key) == key
        and not python_keyword.iskeyword(key)
        and not key.startswith("__")
        and key not in used
        for key in keys
    )


def argument_declaration(
    argument: ir.Argument, shadowed: frozenset[str] = frozenset(), imports: Imports | None = None
) -> str:
    """A keyword argument: required ones as their type, optional ones defaulting to NOT_GIVEN."""
    # A discriminator helps parsing, not calling: what the client sends is typed plainly.
    text = annotation(argument.type, shadowed=shadowed, imports=imports, sent=True)
    return text if argument.required else f"{text} | {_not_given(imports)}"


def _not_given(imports: Imports | None) -> str:
    """The type and default of an argument that may be left out."""
    _use(imports, "._types", "NotGiven")
    _use(imports, "._types", "NOT_GIVEN")
    return "NotGiven = NOT_GIVEN"


def return_annotation(
    operation: ir.Operation, shadowed: frozenset[str] = frozenset(), imports: Imports | None = None
) -> str:
    response = operation.response
    if response is None or response.type is None:
        return "None"
    return annotation(response.type, shadowed=shadowed, imports=imports)


def method_docstring(operation: ir.Operation) -> str:
    parts = [operation.summary or f"{operation.http_method} {operation.path}"]
    if operation.description and operation.description != operation.summary:
        parts.append(operation.description)
    if operation.deprecated:
        parts.append("Deprecated: this operation may be removed.")
    documented = [a for a in operation.arguments if a.description]
    if documented:
        parts.append(
            "Args:\n"
            + "\n".join(f"    {a.python_name}: {_one_line(a.description)}" for a in documented)
        )
    return docstring("\n\n".join(parts) + "\n")


def deprecation(operation: ir.Operation) -> str:
    """The message of a deprecated method's ``@deprecated``: type checkers show it to callers
    and calling it warns."""
    return f"{operation.http_method} {operation.path} is deprecated by the API"


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def import_order(names: Iterable[str]) -> list[str]:
    """Names in the order isort (and ruff) expect: CONSTANTS, then Classes, then functions,
    each group in natural order, letter case aside (``Item9`` before ``Item10``)."""

    def key(name: str) -> tuple[int, tuple[object, ...], tuple[object, ...]]:
        group = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
        return group, naming.natural_key(name.lower()), naming.natural_key(name)

    return sorted(set(names), key=key)


@dataclass(frozen=True)
class Signature:
    """One signature of a client method: an ``@overload`` or the implementation."""

    overload: bool
    returns: str
    declarations: tuple[tuple[str, str], ...]  # (python name, "annotation = default")


def signatures(
    operation: ir.Operation,
    flavour: str,
    shadowed: frozenset[str] = frozenset(),
    imports: Imports | None = None,
) -> list[Signature]:
    """The overloads and the implementation of a method, each with the per-call options every
    method takes; a streaming switch gets overloads so that ``stream=True`` is typed as
    returning ``Stream[Event]``."""

    def declare(argument: ir.Argument) -> tuple[str, str]:
        return argument.python_name, argument_declaration(argument, shadowed, imports)

    declarations = [*map(declare, operation.arguments), *_call_options(shadowed, imports)]
    returns = return_annotation(operation, shadowed, imports)
    stream = operation.stream
    if stream is None:
        return [Signature(False, returns, tuple(declarations))]
    _use(imports, "._streaming", f"{flavour}Stream")
    events = f"{flavour}Stream[{annotation(stream.event, shadowed=shadowed, imports=imports)}]"
    flag = operation.stream_switch
    if flag is None:
        return [Signature(False, events, tuple(declarations))]

    def with_flag(declaration: str) -> tuple[tuple[str, str], ...]:
        return tuple((n, declaration if n == flag.python_name else d) for n, d in declarations)

    _use(imports, "typing", "overload")
    _use(imports, "typing", "Literal")
    either = f"{returns} | {events}"
    off = annotation(
        ir.TypeRef("literal", values=(False,), nullable=flag.type.nullable), imports=imports
    )
    switch = annotation(ir.TypeRef("bool"), shadowed=shadowed, imports=imports)
    return [
        Signature(True, returns, with_flag(f"{off} | {_not_given(imports)}")),
        Signature(True, events, with_flag("Literal[True]")),
        Signature(True, either, with_flag(switch)),
        Signature(False, either, tuple(declarations)),
    ]


def _call_options(shadowed: frozenset[str], imports: Imports | None) -> list[tuple[str, str]]:
    """The keyword arguments every method takes after the operation's own."""
    for name in ("Headers", "Query", "Body"):
        _use(imports, "._types", name)
    _use(imports, "httpx")
    seconds = builtin("float", shadowed, imports)
    timeout = f"{seconds} | httpx.Timeout | None | {_not_given(imports)}"
    return [
        ("extra_headers", "Headers | None = None"),
        ("extra_query", "Query | None = None"),
        ("extra_body", "Body | None = None"),
        ("timeout", timeout),
    ]


def stream_options(operation: ir.Operation, flavour: str, imports: Imports | None = None) -> str:
    """The ``stream=`` argument of the runtime's ``request()`` for this operation: the stream
    class of the method's flavour, whose parameter is the type of each event."""
    stream = operation.stream
    if stream is None:
        return "None"
    _use(imports, "._base_client", "StreamOptions")
    _use(imports, "._streaming", f"{flavour}Stream")
    several = stream.event.kind == "union"  # new kinds of event may appear: skip them
    events = f"{flavour}Stream[{annotation(stream.event, imports=imports)}]"
    options = f"StreamOptions({events}, terminator={literal(stream.terminator)}" + (
        ", skip_unknown=True)" if several else ")"
    )
    flag = operation.stream_switch
    if flag is None:
        return options
    return f"{options} if {flag.python_name} is True else None"


def json_annotation(value: object) -> str:
    """How a generated test declares a JSON value it holds: an object or an array as such, so
    that type checkers read an empty one inside it as JSON too; anything else as ``Any``."""
    if isinstance(value, dict):
        return "dict[str, Any]"
    if isinstance(value, list):
        return "list[Any]"
    return "Any"


def accept(operation: ir.Operation) -> str | None:
    """The ``Accept`` of an operation whose success body is not JSON (a file, plain text)."""
    response = operation.response
    content_type = response.content_type if response else None
    return content_type if content_type and "json" not in content_type else None


def response_type(operation: ir.Operation, imports: Imports | None = None) -> str:
    """The ``cast_to`` of the runtime's ``request()``: what the success body is parsed into.

    A class as it is (``Message``, ``list[Item]``); any other type (a union, a Literal alias,
    ``Any``, anything nullable) as ``pydantic.TypeAdapter[...]``, which type checkers read as
    that type too; ``None`` when there is no body to parse, or the operation always streams.
    """
    response = operation.response
    if response is None or response.type is None:
        return "None"
    if operation.always_streams:
        return "None"
    text = annotation(response.type, imports=imports)
    if response.type.kind in _CLASS_KINDS and not response.type.nullable:
        return text
    _use(imports, "pydantic")
    return f"pydantic.TypeAdapter[{text}]"


@dataclass(frozen=True)
class RequestPart:
    """One keyword of the runtime's ``RequestOptions``: a whole value, or mapping entries."""

    keyword: str
    value: str = ""  # Python source of the whole value, when it is not a mapping
    entries: tuple[str, ...] = ()  # ``"name": value`` lines, or ``**spread(...)``


_PLACES = {"path": "path_params", "query": "query", "header": "headers", "cookie": "cookies"}
_BODIES = {"json": "json_body", "multipart": "multipart", "form": "form", "raw": "content"}


def request_parts(operation: ir.Operation, imports: Imports | None = None) -> list[RequestPart]:
    """What a method passes to ``RequestOptions``, place by place."""
    parts = []
    for location, keyword in _PLACES.items():
        arguments = [a for a in operation.arguments if a.location == location]
        entries = tuple(parameter_entry(a, imports) for a in arguments)
        if entries:
            parts.append(RequestPart(keyword, entries=entries))
    body = operation.body
    arguments = [a for a in operation.arguments if a.location == "body"]
    if body is not None and arguments:
        keyword = _BODIES[body.encoding]
        if body.flattened:
            entries = tuple(f"{literal(a.name)}: {sent_value(a, imports)}" for a in arguments)
            parts.append(RequestPart(keyword, entries=entries))
        else:
            parts.append(RequestPart(keyword, value=sent_value(arguments[0], imports)))
        if body.encoding == "raw":
            parts.append(RequestPart("content_type", value=literal(body.content_type)))
    if any(part.entries for part in parts):
        _use(imports, "._types", "strip_not_given")
    return parts


def sent_value(argument: ir.Argument, imports: Imports | None = None) -> str:
    """What a method passes on for an argument: a list as a list (``as_list``), whatever
    iterable the caller gave, and a string given for it refused; anything else as it is."""
    if argument.type.kind != "list":
        return argument.python_name
    _use(imports, "._encoding", "as_list")
    return f"as_list({argument.python_name}, {literal(argument.python_name)})"


def parameter_entry(argument: ir.Argument, imports: Imports | None = None) -> str:
    """A parameter's entry in its mapping, spelled in the style the spec asks for."""
    name, value = literal(argument.name), sent_value(argument, imports)
    kind = argument.type.kind
    if argument.style == "json":
        _use(imports, "._encoding", "json_text")
        return f"{name}: json_text({value})"
    if argument.style == "deepObject":
        _use(imports, "._encoding", "deep_object")
        return f"**deep_object({name}, {value})"
    if kind in ("model", "map", "object") and argument.style == "form" and argument.explode:
        _use(imports, "._encoding", "exploded")
        return f"**exploded({value})"
    delimited_style = argument.style in ("spaceDelimited", "pipeDelimited")
    if kind in ("list", "model", "map", "object") and (delimited_style or not argument.explode):
        _use(imports, "._encoding", "delimited")
        return f"{name}: delimited({value}, {literal(argument.separator)})"
    return f"{name}: {value}"


def auth_headers(auth: ir.Auth) -> str:
    """The client's ``auth_headers=`` value: where the API key travels in headers."""
    if auth.kind == "bearer":
        return '{"Authorization": f"Bearer {api_key}"}'
    if auth.kind == "header":
        return "{" + literal(auth.parameter) + ': api_key or ""}'
    return "{}"


def auth_query(auth: ir.Auth) -> str:
    """The client's ``auth_query=`` value: where the API key travels in the query."""
    return "{" + literal(auth.parameter) + ': api_key or ""}' if auth.kind == "query" else "{}"


def auth_check(auth: ir.Auth) -> str:
    """What a generated test asserts of a request to show the key was sent ("" without one)."""
    if auth.kind == "bearer":
        return 'request.headers["authorization"] == f"Bearer {API_KEY}"'
    if auth.kind == "header":
        return f"request.headers[{literal(auth.parameter.lower())}] == API_KEY"
    if auth.kind == "query":
        return f"request.url.params[{literal(auth.parameter)}] == API_KEY"
    return ""
