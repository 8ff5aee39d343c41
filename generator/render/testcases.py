"""The data of the generated package's tests: per operation, a call, what it must send, what the
server answers, and per documented error status, which exception it must raise."""

from __future__ import annotations

import json
from dataclasses import dataclass

from generator.model import ir
from generator.render import pysource
from generator.render.examples import Examples


@dataclass(frozen=True)
class ErrorCase:
    status: int
    exception: str
    body: ir.JSON
    code: str | None
    message: str | None
    trace_id: str | None


@dataclass(frozen=True)
class StreamCase:
    events: tuple[ir.JSON, ...]  # what the server streams, in order
    classes: tuple[str, ...]  # the model each event must parse into; () when they are not models
    text: bool  # the events are strings, sent as they are rather than as JSON
    terminator: str | None
    flag: str | None  # the argument that turns streaming on, None when it always streams
    error_event: ir.JSON  # an error event sent after the first event ...
    error_exception: str  # ... and the exception it must raise
    error_status: int


@dataclass(frozen=True)
class OperationCase:
    operation: ir.Operation
    test_name: str
    call: str  # e.g. "chat.completions.create"
    arguments: tuple[tuple[str, str], ...]  # (python name, Python expression)
    path: str  # the request path the call must produce
    query: dict[str, str | list[str]]  # a list: the name repeats
    headers: dict[str, str]
    cookies: dict[str, str]
    request_body: ir.JSON  # what the client must send, None without a body
    # A multipart or urlencoded body, as the fields it must carry: name -> values as text.
    request_fields: dict[str, list[str]] | None
    response_status: int
    response_body: ir.JSON
    errors: tuple[ErrorCase, ...]
    models: tuple[str, ...]  # model names the test module must import
    stream: StreamCase | None = None
    response_wire: str = "json"  # how the success body travels: "json", "text" or "bytes"
    response_content_type: str = "application/json"

    @property
    def body_encoding(self) -> str | None:
        """How the request body travels ("json", "multipart", "form", "raw"), None without."""
        body = self.operation.body
        return body.encoding if body is not None and self.request_body is not None else None

    @property
    def result(self) -> str:
        """What a successful call returns, as its test checks it: "model" (an instance of
        ``returned_model``), "text", "bytes", "value" (another type: not None) or "none"."""
        response = self.operation.response
        if response is None or response.type is None:
            return "none"
        if response.type.kind == "model":
            return "model"
        return self.response_wire if self.response_wire in ("text", "bytes") else "value"

    @property
    def returned_model(self) -> str | None:
        response = self.operation.response
        return response.type.name if self.result == "model" and response and response.type else None

    @property
    def always_streams(self) -> bool:
        """The operation answers only with an event stream (no JSON to test)."""
        return self.operation.always_streams


def operation_cases(api: ir.Api) -> list[OperationCase]:
    examples = Examples(api)
    models = {model.name: model for model in api.models}
    cases = []
    for op in api.operations:
        used: set[str] = set()
        arguments, body, path, query, headers, cookies = [], {}, op.path, {}, {}, {}
        for argument, value, expression in call_arguments(op, examples, models, used):
            arguments.append((argument.python_name, expression))
            if argument.location == "body":
                if op.body is not None and op.body.flattened:
                    body[argument.name] = value
                else:
                    body = value  # type: ignore[assignment]
            elif argument.location == "path":
                path = path.replace("{" + argument.name + "}", _style_text(argument, value))
            elif argument.location == "query":
                query.update(_query_wire(argument, value))
            elif argument.location == "header":
                headers[argument.name.lower()] = _style_text(argument, value)
            elif argument.location == "cookie":
                cookies[argument.name] = _style_text(argument, value)
        encoding = op.body.encoding if op.body is not None else None
        response = op.response
        response_body = (
            examples.value(response.type, full=True) if response and response.type else None
        )
        stream = _stream_case(op, examples, api)
        errors = []
        for error in op.errors:
            if error.has_example:  # the spec's own: each status says its own code
                error_body = error.example
            else:
                error_body = examples.value(error.type, full=True) if error.type else None
            code, message, trace_id = error_fields(error_body)
            exception = api.exception_for(error.status)
            errors.append(ErrorCase(error.status, exception, error_body, code, message, trace_id))
        cases.append(
            OperationCase(
                operation=op,
                test_name=op.id.replace(".", "_"),
                call=op.id,
                arguments=tuple(arguments),
                path=path,
                query=query,
                headers=headers,
                cookies=cookies,
                request_body=body if op.body is not None else None,
                request_fields=_fields(body) if encoding in ("multipart", "form") else None,
                response_status=response.status if response else 200,
                response_body=response_body,
                errors=tuple(errors),
                models=tuple(
                    sorted(used | _response_models(op) | set(stream.classes if stream else ()))
                ),
                stream=stream,
                response_wire=_wire(op.response),
                response_content_type=(op.response.content_type if op.response else None)
                or "application/json",
            )
        )
    return cases


def call_arguments(
    op: ir.Operation,
    examples: Examples,
    models: dict[str, ir.Model],
    used: set[str],
    *,
    optional: bool = True,
) -> list[tuple[ir.Argument, ir.JSON, str]]:
    """The arguments of an example call of ``op``, from the spec's examples: each argument, its
    value and that value as Python source (the model classes it builds are added to ``used``).

    Required arguments, and with ``optional`` those the spec gives an example of.
    """
    whole_body = op.body is not None and not op.body.flattened
    arguments = []
    for argument in op.arguments:
        # an optional body that is not flattened is sent all the same: the test checks it
        sent = argument.required or (optional and argument.has_example)
        if not (sent or (whole_body and argument.location == "body")):
            continue
        value = _argument_value(argument, examples)
        arguments.append((argument, value, _expression(argument.type, value, models, used)))
    return arguments


def stream_flag(op: ir.Operation) -> str | None:
    """The python name of the argument that turns streaming on (see ``stream_switch``)."""
    switch = op.stream_switch
    return switch.python_name if switch is not None else None


# The error type a test's stream error event carries, and the status it stands for.
STREAM_ERROR_TYPE, STREAM_ERROR_STATUS = "rate_limit_error", 429


def _stream_case(op: ir.Operation, examples: Examples, api: ir.Api) -> StreamCase | None:
    """Events of every kind the stream declares (one per union member, else three), and an
    error event of the kind servers send mid-stream."""
    stream = op.stream
    if stream is None:
        return None
    members = stream.event.args if stream.event.kind == "union" else (stream.event,) * 3
    events, classes = [], []
    error_event: ir.JSON = None
    given = stream.has_example and stream.event.kind != "union"
    for member in members:
        if given and examples.fits(member, stream.example):
            value = stream.example
        else:
            value = examples.value(member, full=True)
        if isinstance(value, dict) and value.get("type") == "error":
            error_event = value
            continue
        events.append(value)
        if member.kind == "model":
            classes.append(member.name)
    detail = error_event.get("error") if isinstance(error_event, dict) else None
    if isinstance(error_event, dict) and isinstance(detail, dict):
        error_event = {**error_event, "error": {**detail, "type": STREAM_ERROR_TYPE}}
    else:
        error_event = {"error": {"type": STREAM_ERROR_TYPE, "message": "Slow down."}}
    return StreamCase(
        events=tuple(events),
        classes=tuple(classes) if len(classes) == len(events) else (),
        text=stream.event.kind == "str",
        terminator=stream.terminator,
        flag=stream_flag(op),
        error_event=error_event,
        error_exception=api.exception_for(STREAM_ERROR_STATUS),
        error_status=STREAM_ERROR_STATUS,
    )


def _argument_value(argument: ir.Argument, examples: Examples) -> ir.JSON:
    """An example argument; parameters fill their objects and repeat their array items, so that
    the test sees how their style spells them."""
    if argument.location == "body":
        return examples.field(argument, full=False)
    value = examples.field(argument, full=True)
    limit = argument.type.constraints.max_items
    if isinstance(value, list) and len(value) == 1 and (limit is None or limit >= 2):
        value = value * 2
    return value


def error_fields(body: ir.JSON) -> tuple[str | None, str | None, str | None]:
    """code, message and trace_id of an error body, read as the generated runtime reads them:
    ``{"error": {"code" (or "type"), "message"}, "trace_id"}``."""
    if not isinstance(body, dict):
        return None, None, None
    error = body.get("error")
    detail = error if isinstance(error, dict) else body
    code = detail.get("code", detail.get("type"))
    message = detail.get("message")
    trace_id = body.get("trace_id")
    return (
        code if isinstance(code, str) else None,
        message if isinstance(message, str) else None,
        trace_id if isinstance(trace_id, str) else None,
    )


ANY = ir.TypeRef("any")


def _expression(
    type_ref: ir.TypeRef, value: ir.JSON, models: dict[str, ir.Model], used: set[str]
) -> str:
    """Python source for ``value`` as an argument of ``type_ref``, as people write it for the
    OpenAI and Anthropic SDKs: a model (a TypedDict, being sent) as a dict literal keyed by wire
    names, its values spelled by their own types (bytes, dates); ``used`` collects the names
    of the spec's types the source needs imported (none, so far)."""
    if type_ref.kind == "model" and isinstance(value, dict):
        fields = {field.name: field.type for field in models[type_ref.name].fields}
        entries = (
            f"{pysource.literal(key)}: {_expression(fields.get(key, ANY), item, models, used)}"
            for key, item in value.items()
        )
        return "{" + ", ".join(entries) + "}"
    if type_ref.kind == "list" and isinstance(value, list):
        return (
            "["
            + ", ".join(_expression(type_ref.args[0], item, models, used) for item in value)
            + "]"
        )
    if type_ref.kind == "map" and isinstance(value, dict):
        entries = (
            f"{pysource.literal(key)}: {_expression(type_ref.args[0], item, models, used)}"
            for key, item in value.items()
        )
        return "{" + ", ".join(entries) + "}"
    if type_ref.kind == "union":
        return _expression(_member_for(type_ref, value, models), value, models, used)
    if type_ref.kind in ("bytes", "file"):
        return repr(_wire_text(value).encode())
    if type_ref.kind in ("datetime", "date") and isinstance(value, str):
        return f"datetime.{type_ref.kind}.fromisoformat({pysource.literal(value)})"
    return pysource.literal(value)


def _member_for(union: ir.TypeRef, value: ir.JSON, models: dict[str, ir.Model]) -> ir.TypeRef:
    for member in union.args:
        if member.kind == "model" and isinstance(value, dict):
            model = models[member.name]
            tag = union.discriminator
            literal = next((f.type.values for f in model.fields if f.name == tag), None)
            if tag is None or (literal and value.get(tag) in literal):
                return member
        if member.kind == "list" and isinstance(value, list):
            return member
    return union.args[0]


def _response_models(op: ir.Operation) -> set[str]:
    if op.response and op.response.type and op.response.type.kind == "model":
        return {op.response.type.name}
    return set()


def _wire(response: ir.Response | None) -> str:
    if response is None or response.type is None or response.type.kind not in ("str", "bytes"):
        return "json"
    if response.content_type and "json" in response.content_type:
        return "json"
    return "text" if response.type.kind == "str" else "bytes"


def _wire_text(value: ir.JSON) -> str:
    """A value as the runtime spells it in a parameter or form field."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _style_text(argument: ir.Argument, value: ir.JSON) -> str:
    """A non-exploded parameter: arrays and objects as delimited text, or JSON content."""
    if argument.style == "json":
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, dict):
        value = [part for pair in value.items() for part in pair]
    if isinstance(value, list):
        return argument.separator.join(_wire_text(item) for item in value)
    return _wire_text(value)


def _query_wire(argument: ir.Argument, value: ir.JSON) -> dict[str, str | list[str]]:
    """The query entries a parameter becomes, in its style."""
    name = argument.name
    if argument.style == "deepObject" and isinstance(value, dict):
        return {f"{name}[{key}]": _wire_text(item) for key, item in value.items()}
    if argument.style == "form" and argument.explode:
        if isinstance(value, dict):
            return {key: _wire_text(item) for key, item in value.items()}
        if isinstance(value, list):
            return {name: [_wire_text(item) for item in value]}
    return {name: _style_text(argument, value)}


def _fields(body: ir.JSON) -> dict[str, list[str]]:
    """Form or multipart fields: a list repeats the name; files are sent as their text."""
    fields: dict[str, list[str]] = {}
    for name, value in (body if isinstance(body, dict) else {}).items():
        for item in value if isinstance(value, list) else [value]:
            fields.setdefault(name, []).append(_wire_text(item))
    return fields
