"""The intermediate model: everything the templates see, and nothing from the raw spec.

Types are named here once (models and enums); ``nullable``, ``required`` and defaults are
resolved here once, so templates never re-derive them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

JSON = None | bool | int | float | str | list["JSON"] | dict[str, "JSON"]

TypeKind = Literal[
    "str", "int", "float", "bool", "bytes", "file", "datetime", "date", "uuid", "any",
    "object", "model", "enum", "literal", "list", "map", "union",
]  # fmt: skip


@dataclass(frozen=True)
class Constraints:
    """Validation keywords kept for examples, documentation and spec diffs."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None


@dataclass(frozen=True)
class TypeRef:
    """A reference to a type: a primitive, a named model or enum, or a container of types.

    ``name`` is set for ``model`` and ``enum``, and for a ``union`` that has a name of its own
    (an alias such as ``MessageStreamEvent``); ``args`` holds the item type of a list, the value
    type of a map, or the members of a union; ``values`` holds the values of a literal or an
    enum, and of an ``int`` or ``float`` that an enum of numbers ``Literal`` cannot hold widened
    to (its only values).
    """

    kind: TypeKind
    name: str = ""
    args: tuple[TypeRef, ...] = ()
    values: tuple[str | int | float | bool, ...] = ()
    nullable: bool = False
    discriminator: str | None = None
    constraints: Constraints = field(default_factory=Constraints)
    # A model the client sends back as it received it (``x-specgen-also-accepts``: a response's
    # content block in the next request), where a request otherwise takes TypedDicts.
    as_received: bool = False


ParameterLocation = Literal["path", "query", "header", "cookie", "body"]


@dataclass(frozen=True)
class Field:
    name: str  # as on the wire
    python_name: str
    type: TypeRef
    required: bool
    description: str | None = None
    default: JSON = None
    has_default: bool = False
    example: JSON = None
    has_example: bool = False
    deprecated: bool = False


# Where a model's or enum's name came from: a naming rule, or ``x-specgen-name`` (an overlay).
NamedBy = Literal["rule", "overlay", "listing"]


@dataclass(frozen=True)
class Model:
    name: str
    fields: tuple[Field, ...]
    description: str | None = None
    # The value type of properties not listed, when the schema declares one.
    additional: TypeRef | None = None
    # Appears in what the server sends (a response, a stream event, an error body): its enum
    # fields then also accept values the spec does not list yet.
    received: bool = False
    # What the client sends (an argument, a request body, or inside one): a TypedDict whose keys
    # are the wire names, so that dict literals type-check. Never both: a schema on both sides
    # is two types (see ``model.sides``), and ``param_of`` then names the received model the
    # TypedDict was made for (its name is derived from that model's, never pinned on its own).
    sent: bool = False
    param_of: str = ""
    # The JSON pointer of the schema it came from (the least of its occurrences), and whether
    # its name came from a naming rule or from ``x-specgen-name`` (an overlay): for inspection.
    pointer: str = ""
    named_by: NamedBy = "rule"
    # Where the operations reach it (``places``): what identifies the type from one version of
    # the spec to the next, wherever the document puts its schema.
    places: tuple[str, ...] = ()

    @property
    def types(self) -> tuple[TypeRef, ...]:
        """The types its values hold: its fields', and that of properties not listed."""
        extra = (self.additional,) if self.additional is not None else ()
        return (*(f.type for f in self.fields), *extra)


@dataclass(frozen=True)
class Enum:
    name: str
    values: tuple[str | int | float | bool, ...]
    description: str | None = None
    pointer: str = ""  # as for Model
    named_by: NamedBy = "rule"
    places: tuple[str, ...] = ()  # as for Model


@dataclass(frozen=True, kw_only=True)
class Argument(Field):
    """One keyword argument of a client method: a parameter or a flattened body property."""

    location: ParameterLocation
    # How a parameter is spelled on the wire (OpenAPI ``style``/``explode``, defaults resolved):
    # "form" (query, cookie), "simple" (path, header), "spaceDelimited", "pipeDelimited",
    # "deepObject", or "json" for a parameter whose ``content`` is JSON. Empty for the body.
    style: str = ""
    explode: bool = False

    @property
    def separator(self) -> str:
        """What joins the items of an array (or an object's keys and values) left unexploded."""
        return {"spaceDelimited": " ", "pipeDelimited": "|"}.get(self.style, ",")


BodyEncoding = Literal["json", "multipart", "form", "raw"]


@dataclass(frozen=True)
class Body:
    content_type: str
    type: TypeRef
    required: bool
    # True when the body is a model whose properties became the method's keyword arguments.
    flattened: bool
    # json; multipart/form-data (files and fields); application/x-www-form-urlencoded; or raw
    # bytes or text sent as they are with ``content_type`` (an image, a CSV, XML).
    encoding: BodyEncoding = "json"


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str | None
    type: TypeRef | None
    description: str | None = None
    # The spec's own example of this response: responses that share a type (the error
    # envelopes) each keep what they say (a 429's code is "too_many_requests").
    example: JSON = None
    has_example: bool = False


# The streaming protocols the runtime can rebuild a whole response from: OpenAI's chat completion
# chunks (``choices[].delta``) and Anthropic's message events (message_start, content_block_*,
# message_delta, ...).
StreamProtocol = Literal["chat.completions", "messages"]


@dataclass(frozen=True)
class Stream:
    """A response sent as server-sent events, one typed event per ``data:`` payload."""

    event: TypeRef  # a model, or a union of models discriminated by their "type"
    terminator: str | None  # a data payload that ends the stream, e.g. "[DONE]"
    # The boolean body property that turns streaming on ("stream"); None: the operation always
    # streams.
    flag: str | None
    content_type: str = "text/event-stream"
    example: JSON = None  # an event, as the spec gives one
    has_example: bool = False
    # The protocol its events follow, when it is one the runtime knows (recognised from the
    # event type, or declared by ``x-specgen-stream-protocol``); None: events only.
    protocol: StreamProtocol | None = None


@dataclass(frozen=True)
class Operation:
    id: str  # dotted client path, e.g. "chat.completions.create"
    resource: tuple[str, ...]  # e.g. ("chat", "completions")
    method_name: str  # e.g. "create"
    http_method: str  # upper case
    path: str
    summary: str | None
    description: str | None
    deprecated: bool
    arguments: tuple[Argument, ...]
    body: Body | None
    response: Response | None
    errors: tuple[Response, ...]
    # The request body schema as JSON Schema (draft 2020-12), for contract tests.
    request_schema: JSON = None
    stream: Stream | None = None
    # Why the method has the name it has, when the naming rules had to name it apart from
    # another operation's (``routes.client_paths``): for ``inspect``.
    naming_note: str | None = None

    @property
    def stream_switch(self) -> Argument | None:
        """The argument that turns streaming on, when the operation can also answer without
        streaming; None when it always streams, or never does."""
        if self.stream is None or self.response is None or self.response.type is None:
            return None
        return next((a for a in self.arguments if a.name == self.stream.flag), None)

    @property
    def stream_helper(self) -> StreamProtocol | None:
        """The protocol of the streaming helper the operation gets (``messages.stream()``),
        which rebuilds the non-streaming response from the events: only an operation that can
        answer both ways has one."""
        response = self.response.type if self.response is not None else None
        if self.stream is None or self.stream_switch is None or response is None:
            return None
        if response.kind != "model" or response.nullable:  # what the events rebuild: a class
            return None
        return self.stream.protocol

    @property
    def always_streams(self) -> bool:
        return self.stream is not None and self.stream_switch is None

    @property
    def sent_types(self) -> tuple[TypeRef, ...]:
        """The types of its arguments: what the client sends."""
        return tuple(argument.type for argument in self.arguments)

    @property
    def request_types(self) -> tuple[TypeRef, ...]:
        """Every type the client sends: its arguments', and the request body's (a flattened
        body's model stands for the keyword arguments made of its properties)."""
        body = (self.body.type,) if self.body is not None else ()
        return (*self.sent_types, *body)

    @property
    def received_types(self) -> tuple[TypeRef, ...]:
        """The types the server sends back: success body, error bodies, stream events."""
        bodies = (r.type for r in (self.response, *self.errors) if r is not None and r.type)
        events = (self.stream.event,) if self.stream is not None else ()
        return (*bodies, *events)


@dataclass(frozen=True)
class Resource:
    """A namespace on the client (``client.chat``), holding operations and sub-resources."""

    name: str  # attribute name
    class_name: str
    path: tuple[str, ...]
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]

    def stream_helper_name(self, operation: Operation) -> str | None:
        """The name of an operation's streaming helper: ``stream`` beside ``create``, else
        ``<method>_stream``; None when it has no helper, or a method or sub-resource has that
        name."""
        if operation.stream_helper is None:
            return None
        name = "stream" if operation.method_name == "create" else f"{operation.method_name}_stream"
        # distinct methods give distinct names: only a member of the resource's own can clash
        members = {op.method_name for op in self.operations} | {c.name for c in self.children}
        return None if name in members else name


FALLBACK_ERROR = "APIStatusError"  # the base class: a status no class of its own covers


@dataclass(frozen=True)
class ErrorClass:
    status: int | None  # None for the catch-all of a status range
    class_name: str
    description: str


@dataclass(frozen=True)
class Auth:
    kind: Literal["bearer", "header", "query", "none"]
    parameter: str = ""  # header or query parameter name for API-key schemes


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str | None
    base_url: str
    auth: Auth
    package: str  # import name
    distribution: str  # pip name
    api_key_env: str
    base_url_env: str
    operations: tuple[Operation, ...]
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    aliases: tuple[TypeRef, ...]  # named unions
    error_classes: tuple[ErrorClass, ...]
    # What the types leave out of the spec, as (JSON pointer, note): for ``inspect``.
    notes: tuple[tuple[str, str], ...] = ()

    def exception_for(self, status: int) -> str:
        """The exception class the client raises for ``status`` (as the runtime's
        ``status_error`` chooses): its own class, the 5xx catch-all, else the base class."""
        by_status = {c.status: c.class_name for c in self.error_classes}
        if status in by_status:
            return by_status[status]
        if status >= 500 and None in by_status:
            return by_status[None]
        return FALLBACK_ERROR


def walk_types(
    roots: Iterable[TypeRef],
    models: Mapping[str, Model] | None = None,
    skip: Callable[[TypeRef], bool] | None = None,
) -> Iterator[TypeRef]:
    """Every type in ``roots`` and, within each, the types it is made of (a union's members, a
    list's items); with ``models``, also the types of every model reached, each model once: the
    one walk over the type graph. A type ``skip`` is true of is left out, with what is in it."""
    pending = list(roots)
    entered: set[str] = set()
    while pending:
        type_ref = pending.pop()
        if skip is not None and skip(type_ref):
            continue
        yield type_ref
        pending.extend(type_ref.args)
        if models is not None and type_ref.kind == "model" and type_ref.name not in entered:
            entered.add(type_ref.name)
            model = models.get(type_ref.name)
            pending.extend(model.types if model is not None else ())
