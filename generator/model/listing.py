"""The API listing: the public surface of a generated package, committed beside it.

Two files in the package's folder, both written by generation and checked by ``check``:

- ``api.json``: every client method (client path, HTTP method and path, arguments with their
  types, return and stream types), model (fields, places in the API), enum (values, places),
  type alias and exception class. Generation reads it back to keep shipped names (``shipped``),
  and the SDK verdict of ``diff`` and ``update`` compares two of them (``read_listing``): what
  was shipped against what will ship, whatever changed in between (the spec, the overlay, the
  templates or the generator).
- ``api.md``: the same, for people reviewing a pull request.

Only the surface is written: what code calling the package can see. Descriptions, examples and
where a schema sits in the document are not, so a change to those leaves the listing alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.model import ir
from generator.model.spectext import code_span
from generator.model.typenames import PinnedType
from generator.render.pysource import annotation

LISTING_JSON = "api.json"
LISTING_MARKDOWN = "api.md"
FORMAT = 1


@dataclass(frozen=True)
class Shipped:
    """The names the last generation shipped, for generation to keep."""

    types: tuple[PinnedType, ...] = ()
    methods: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)


NOTHING_SHIPPED = Shipped()


# -- writing ------------------------------------------------------------------------------------


def listing_json(api: ir.Api) -> str:
    """``api.json``: sorted, indented, one value a line where it helps review diffs."""
    data = {
        "format": FORMAT,
        "package": api.package,
        "client": {
            "base_url": api.base_url,
            "auth": api.auth.kind,
            "auth_parameter": api.auth.parameter,
            "api_key_env": api.api_key_env,
            "base_url_env": api.base_url_env,
        },
        "methods": [_operation(op) for op in sorted(api.operations, key=lambda o: o.id)],
        "models": [_model(model) for model in sorted(api.models, key=lambda m: m.name)],
        "enums": [
            {
                "name": e.name,
                "values": list(e.values),
                "named_by": e.named_by,
                "places": list(e.places),
            }
            for e in sorted(api.enums, key=lambda e: e.name)
        ],
        "aliases": [_type(alias) for alias in api.aliases],
        "exceptions": [
            {"name": e.class_name, "status": e.status}
            for e in sorted(api.error_classes, key=lambda e: e.class_name)
        ],
    }
    return json.dumps(data, indent=1, ensure_ascii=True) + "\n"


def _operation(op: ir.Operation) -> dict[str, Any]:
    return {
        "id": op.id,
        "http": f"{op.http_method} {op.path}",
        "deprecated": op.deprecated,
        "arguments": [
            {
                "name": a.python_name,
                "wire": a.name,
                "in": a.location,
                "type": _type(a.type, sent=True),
                "required": a.required,
                **({"default": a.default} if a.has_default else {}),
            }
            for a in op.arguments
        ],
        "body": _body(op.body),
        "returns": _response(op.response),
        "errors": [_response(error) for error in op.errors],
        "stream": _stream(op.stream),
    }


def _body(body: ir.Body | None) -> dict[str, Any] | None:
    if body is None:
        return None
    return {
        "content_type": body.content_type,
        "type": _type(body.type, sent=True),
        "required": body.required,
        "flattened": body.flattened,
        "encoding": body.encoding,
    }


def _response(response: ir.Response | None) -> dict[str, Any] | None:
    if response is None:
        return None
    return {
        "status": response.status,
        "content_type": response.content_type,
        "type": _type(response.type) if response.type else None,
    }


def _stream(stream: ir.Stream | None) -> dict[str, Any] | None:
    if stream is None:
        return None
    return {
        "event": _type(stream.event),
        "flag": stream.flag,
        "terminator": stream.terminator,
        "content_type": stream.content_type,
    }


def _model(model: ir.Model) -> dict[str, Any]:
    return {
        "name": model.name,
        "fields": [
            {
                "name": f.python_name,
                "wire": f.name,
                "type": _type(f.type, sent=model.sent),
                "required": f.required,
                **({"deprecated": True} if f.deprecated else {}),
            }
            for f in model.fields
        ],
        "additional": _type(model.additional, sent=model.sent) if model.additional else None,
        "received": model.received,
        "sent": model.sent,
        **({"param_of": model.param_of} if model.param_of else {}),
        "named_by": model.named_by,
        "places": list(model.places),
    }


def _type(type_ref: ir.TypeRef, sent: bool = False) -> dict[str, Any]:
    """A type as data: its annotation for people (as the package spells it: ``sent``, what the
    client sends), and its parts for the tools."""
    data: dict[str, Any] = {"annotation": annotation(type_ref, sent=sent), "kind": type_ref.kind}
    if type_ref.name:
        data["name"] = type_ref.name
    if type_ref.args:
        data["args"] = [_type(arg, sent) for arg in type_ref.args]
    if type_ref.values and type_ref.kind != "enum":
        data["values"] = list(type_ref.values)
    if type_ref.nullable:
        data["nullable"] = True
    if type_ref.discriminator:
        data["discriminator"] = type_ref.discriminator
    return data


# -- reading ------------------------------------------------------------------------------------


def read_listing(text: str, file: str) -> ir.Api:
    """The surface an ``api.json`` lists, as an intermediate model holding only that (no
    descriptions, examples or schemas): what the SDK verdict compares."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise SpecError(file, "/format", f"not an API listing of format {FORMAT}")
        return _api(data)
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise SpecError(file, "", f"not a readable API listing ({type(error).__name__})") from None


def read_listing_file(folder: Path) -> ir.Api | None:
    """The surface a generated package's folder lists; None before its first listing."""
    path = folder / LISTING_JSON
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # nothing generated there yet
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(str(path), "", f"cannot read the API listing: {error}") from None
    return read_listing(text, str(path))


def load_shipped(folder: Path) -> Shipped:
    """The names shipped in a generated package's folder; none if it has no listing yet."""
    listed = read_listing_file(folder)
    return NOTHING_SHIPPED if listed is None else shipped(listed)


def shipped(api: ir.Api) -> Shipped:
    # A received model's TypedDict twin is named from the model (``sides``), not pinned.
    types = [
        PinnedType(m.name, "model", m.places, tuple(sorted(f.name for f in m.fields)))
        for m in api.models
        if not m.param_of
    ]
    types += [
        PinnedType(e.name, "enum", e.places, tuple(sorted(repr(v) for v in e.values)))
        for e in api.enums
    ]
    methods = {(op.http_method, op.path): tuple(op.id.split(".")) for op in api.operations}
    return Shipped(tuple(types), methods)


def _api(data: dict[str, Any]) -> ir.Api:
    client = data["client"]
    operations = tuple(_read_operation(op) for op in data["methods"])
    return ir.Api(
        title="",
        version="",
        description=None,
        base_url=client["base_url"],
        auth=ir.Auth(client["auth"], client["auth_parameter"]),
        package=data["package"],
        distribution="",
        api_key_env=client["api_key_env"],
        base_url_env=client["base_url_env"],
        operations=operations,
        resources=(),
        models=tuple(_read_model(m) for m in data["models"]),
        enums=tuple(
            ir.Enum(
                e["name"], tuple(e["values"]), named_by=e["named_by"], places=tuple(e["places"])
            )
            for e in data["enums"]
        ),
        aliases=tuple(_read_type(alias) for alias in data["aliases"]),
        error_classes=tuple(ir.ErrorClass(e["status"], e["name"], "") for e in data["exceptions"]),
    )


def _read_operation(data: dict[str, Any]) -> ir.Operation:
    http_method, _, path = data["http"].partition(" ")
    parts = tuple(data["id"].split("."))
    body = data["body"]
    stream = data["stream"]
    return ir.Operation(
        id=data["id"],
        resource=parts[:-1],
        method_name=parts[-1],
        http_method=http_method,
        path=path,
        summary=None,
        description=None,
        deprecated=data["deprecated"],
        arguments=tuple(
            ir.Argument(
                name=a["wire"],
                python_name=a["name"],
                type=_read_type(a["type"]),
                required=a["required"],
                default=a.get("default"),
                has_default="default" in a,
                location=a["in"],
            )
            for a in data["arguments"]
        ),
        body=(
            None
            if body is None
            else ir.Body(
                body["content_type"],
                _read_type(body["type"]),
                body["required"],
                body["flattened"],
                body["encoding"],
            )
        ),
        response=_read_response(data["returns"]),
        errors=tuple(r for r in map(_read_response, data["errors"]) if r is not None),
        stream=(
            None
            if stream is None
            else ir.Stream(
                _read_type(stream["event"]),
                stream["terminator"],
                stream["flag"],
                stream["content_type"],
            )
        ),
    )


def _read_response(data: dict[str, Any] | None) -> ir.Response | None:
    if data is None:
        return None
    type_ref = _read_type(data["type"]) if data["type"] is not None else None
    return ir.Response(data["status"], data["content_type"], type_ref)


def _read_model(data: dict[str, Any]) -> ir.Model:
    return ir.Model(
        name=data["name"],
        fields=tuple(
            ir.Field(
                name=f["wire"],
                python_name=f["name"],
                type=_read_type(f["type"]),
                required=f["required"],
                deprecated=f.get("deprecated", False),
            )
            for f in data["fields"]
        ),
        additional=_read_type(data["additional"]) if data["additional"] else None,
        received=data["received"],
        sent=data.get("sent", False),  # listings written before TypedDicts: all models
        param_of=data.get("param_of", ""),
        named_by=data["named_by"],
        places=tuple(data["places"]),
    )


def _read_type(data: dict[str, Any]) -> ir.TypeRef:
    return ir.TypeRef(
        kind=data["kind"],
        name=data.get("name", ""),
        args=tuple(_read_type(arg) for arg in data.get("args", ())),
        values=tuple(data.get("values", ())),
        nullable=data.get("nullable", False),
        discriminator=data.get("discriminator"),
    )


# -- for people ---------------------------------------------------------------------------------


def listing_markdown(api: ir.Api) -> str:
    """``api.md``: the listing as a reviewer reads it (in the spirit of openai-python's
    ``api.md``), every line built from names and annotations the package really has."""
    lines = [f"# API of {code_span(api.package)}", ""]
    lines += ["## Methods", ""]
    for op in sorted(api.operations, key=lambda o: o.id):
        lines += [f"### {code_span('client.' + op.id + '()')}", ""]
        deprecated = " (deprecated)" if op.deprecated else ""
        lines.append(f"{code_span(op.http_method + ' ' + op.path)}{deprecated}")
        lines.append("")
        for argument in op.arguments:
            need = "required" if argument.required else "optional"
            spelled = code_span(annotation(argument.type, sent=True))
            lines.append(f"- {code_span(argument.python_name)}: {spelled}, {need}")
        if op.arguments:
            lines.append("")
        returned = annotation(op.response.type) if op.response and op.response.type else "None"
        lines.append(f"Returns {code_span(returned)}.")
        if op.stream is not None:
            events = annotation(op.stream.event)
            switch = op.stream_switch
            when = f"with {code_span(switch.python_name + '=True')}" if switch else "always"
            lines.append(f"Streams {code_span('Stream[' + events + ']')} {when}.")
        lines.append("")
    lines += ["## Models", ""]
    for model in sorted(api.models, key=lambda m: m.name):
        lines += [f"### {code_span(model.name)}", ""]
        if model.sent:  # its keys are the wire names, not attributes
            lines += ["A `TypedDict`: what the client sends, written as a dict.", ""]
        for f in model.fields:
            need = "required" if f.required else "optional"
            key = code_span(json.dumps(f.name, ensure_ascii=True) if model.sent else f.python_name)
            spelled = code_span(annotation(f.type, sent=model.sent))
            lines.append(f"- {key}: {spelled}, {need}")
        if model.additional is not None:
            spelled = code_span(annotation(model.additional, sent=model.sent))
            lines.append(f"- other keys: {spelled}")
        if not model.fields and model.additional is None:
            lines.append("- no fields")
        lines.append("")
    if api.enums:
        lines += ["## Enums", ""]
        for enum in sorted(api.enums, key=lambda e: e.name):
            values = ", ".join(code_span(json.dumps(v, ensure_ascii=True)) for v in enum.values)
            lines.append(f"- {code_span(enum.name)}: {values}")
        lines.append("")
    if api.aliases:
        lines += ["## Type aliases", ""]
        for alias in api.aliases:
            spelled = annotation(ir.TypeRef("union", args=alias.args))
            lines.append(f"- {code_span(alias.name)} = {code_span(spelled)}")
        lines.append("")
    lines += ["## Exceptions", ""]
    for error in sorted(api.error_classes, key=lambda e: e.class_name):
        status = f"HTTP {error.status}" if error.status is not None else "HTTP 5xx"
        lines.append(f"- {code_span(error.class_name)}: {status}")
    return "\n".join(lines) + "\n"
