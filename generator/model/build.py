"""Building the intermediate model from a validated spec: operations, arguments, types, errors."""

from __future__ import annotations

import dataclasses
import http
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from generator.config import Target
from generator.errors import SpecError, SpecErrors
from generator.model import contract, ir, naming
from generator.model.listing import NOTHING_SHIPPED, Shipped
from generator.model.protocols import DECLARABLE, PROTOCOL_EXTENSION, stream_protocol
from generator.model.routes import METHOD_EXTENSION, Route, client_paths
from generator.model.schemas import (
    Context,
    Root,
    ShapeBuilder,
    check_width,
    has_schema_example,
    schema_example,
)
from generator.model.sides import split_sides
from generator.model.typenames import assign_names, pin_names
from generator.spec import pointer
from generator.spec.load import Spec
from generator.spec.openapi import HTTP_METHODS, is_ignored_parameter
from generator.spec.places import document_places, ordered
from generator.spec.refs import Resolver

_T = TypeVar("_T")
_R = TypeVar("_R")

STREAM_TYPE = "text/event-stream"
TERMINATOR_EXTENSION = "x-specgen-terminator"  # on a stream's media type: the final data payload
FLAG_EXTENSION = "x-specgen-stream-flag"  # on a stream's media type: the body flag turning it on
JSON_TYPES = ("application/json",)


def is_json(content_type: str) -> bool:
    """application/json, and the JSON-based types such as application/problem+json."""
    return content_type in JSON_TYPES or content_type.endswith("+json")


# Keyword arguments every generated method has; a spec parameter of that name gets a suffix.
# So are the names a method body uses (``cast``, ``strip_not_given``, ``list``...).
RESERVED_ARGUMENTS = (
    frozenset({"self", "timeout", "extra_headers", "extra_query", "extra_body"}) | naming.CODE_NAMES
)

# The exception classes every client has, as in the OpenAI SDK; statuses >= 500 share the last.
STANDARD_ERRORS: tuple[tuple[int | None, str, str], ...] = (
    (400, "BadRequestError", "The request was malformed or invalid (HTTP 400)."),
    (401, "AuthenticationError", "The API key is missing or invalid (HTTP 401)."),
    (403, "PermissionDeniedError", "The API key may not do this (HTTP 403)."),
    (404, "NotFoundError", "The resource does not exist (HTTP 404)."),
    (409, "ConflictError", "The request conflicts with the resource's state (HTTP 409)."),
    (422, "UnprocessableEntityError", "The request was well-formed but not valid (HTTP 422)."),
    (429, "RateLimitError", "Too many requests (HTTP 429)."),
    (None, "InternalServerError", "The server failed (HTTP 5xx)."),
)


@dataclass
class _Draft:
    """An operation before its types are named."""

    route: Route
    client_path: tuple[str, ...]
    raw: dict[str, Any]
    arguments: list[ir.Argument]
    body: ir.Body | None
    body_schema: tuple[Any, str] | None
    response: ir.Response | None
    errors: list[ir.Response]
    stream: ir.Stream | None = None
    stream_name: str = ""  # for the union of a stream's event types
    stream_protocol: str | None = None  # as x-specgen-stream-protocol declares it
    naming_note: str | None = None  # why its method name is not the rules' first choice
    body_example: tuple[bool, ir.JSON] = (False, None)  # (found, value), for a whole-body argument


def build_api(spec: Spec, target: Target, shipped: Shipped = NOTHING_SHIPPED) -> ir.Api:
    """The intermediate model of a spec; names ``shipped`` before are kept (see ``listing``)."""
    return _Builder(spec, target, shipped).build()


class _Builder:
    def __init__(self, spec: Spec, target: Target, shipped: Shipped) -> None:
        self.document = spec.document
        self.file = spec.file
        self.target = target
        self.shipped = shipped
        self.resolver = Resolver(spec.document, spec.file)
        self.shapes = ShapeBuilder(self.resolver)

    def build(self) -> ir.Api:
        routes = self._routes()
        paths = client_paths([route for route, _ in routes], self.file, self.shipped.methods)
        # Each operation's problems are collected, so that one run lists all of them.
        problems: dict[str, SpecError] = {}
        drafts = _each(problems, lambda r: self._operation(r[0], r[1], paths[r[0]]), routes)
        _raise_all(problems)  # naming takes every shape whole: a refused operation may leave some
        for draft in drafts:
            draft.naming_note = paths.notes.get(draft.route)
        shapes, shape_at = self.shapes.shapes, self.shapes.shape_at
        places = self._shape_places()
        by_rule = assign_names(shapes, shape_at)
        pins = pin_names(shapes, places, self.shipped.types)
        names = assign_names(shapes, shape_at, pins) if pins else by_rule
        operations = tuple(_each(problems, lambda d: self._finish(d, names), drafts))
        _raise_all(problems)
        models, enums = self._types(names, by_rule, places)
        operations = _with_protocols(operations, drafts, models)
        operations, models = split_sides(operations, models, (e.name for e in enums))
        type_names = {m.name for m in models} | {e.name for e in enums}
        info = self.document.get("info", {})
        return ir.Api(
            title=str(info.get("title", self.target.name)),
            version=str(info.get("version", "")),
            description=_text(info.get("description")),
            base_url=self._base_url(),
            auth=self._auth(),
            package=self.target.package,
            distribution=self.target.distribution,
            api_key_env=self.target.api_key_env,
            base_url_env=self.target.resolved_base_url_env,
            operations=operations,
            resources=_resources(operations, type_names),
            models=models,
            enums=enums,
            aliases=self._aliases(operations, models, type_names),
            error_classes=_error_classes(operations),
            notes=tuple(sorted(self.shapes.notes.items())),
        )

    # -- operations ----------------------------------------------------------------------------

    def _routes(self) -> list[tuple[Route, dict[str, Any]]]:
        routes = []
        for path, item in sorted(self.document["paths"].items()):
            item, at = self.resolver.follow(item, pointer.join("/paths", path))
            if not isinstance(item, dict):
                raise SpecError(self.file, at, "a path item must be an object")
            for method in HTTP_METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                where = pointer.join(at, method)
                override = operation.get(METHOD_EXTENSION)
                operation_id = operation.get("operationId")
                tags = operation.get("tags")
                route = Route(
                    method,
                    path,
                    where,
                    override if isinstance(override, str) else None,
                    operation_id if isinstance(operation_id, str) else None,
                    tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
                )
                merged = dict(operation)
                merged["parameters"] = self._parameters(item, operation, at, where)
                routes.append((route, merged))
        return routes

    def _parameters(
        self, item: dict[str, Any], operation: dict[str, Any], at: str, where: str
    ) -> list[tuple[dict[str, Any], str]]:
        """Path-level parameters overridden by operation-level ones of the same name and place."""
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner, base in ((item, at), (operation, where)):
            for index, raw in enumerate(owner.get("parameters") or []):
                at_index = pointer.join(base, "parameters", index)
                parameter, ref_at = self.resolver.follow(raw, at_index)
                if not (
                    isinstance(parameter, dict)
                    and isinstance(parameter.get("name"), str)
                    and isinstance(parameter.get("in"), str)
                ):
                    raise SpecError(self.file, ref_at, "not a parameter (no 'name' and 'in')")
                if not is_ignored_parameter(parameter):
                    merged[(parameter["name"], parameter["in"])] = (parameter, ref_at)
        check_width(len(merged), "parameters", self.file, pointer.join(where, "parameters"))
        return list(merged.values())

    def _operation(self, route: Route, raw: dict[str, Any], client_path: tuple[str, ...]) -> _Draft:
        resource_words = [
            naming.singular(w) if i == len(client_path) - 2 else w
            for i, w in enumerate(client_path[:-1])
        ]
        resource = naming.pascal(*resource_words)
        method = naming.pascal(client_path[-1])
        qualifier = resource + method
        draft = _Draft(route, client_path, raw, [], None, None, None, [])
        for parameter, at in raw["parameters"]:
            draft.arguments.append(self._parameter(parameter, at, qualifier))
        if "requestBody" in raw:
            self._request_body(
                draft, raw["requestBody"], route.pointer, resource, method, qualifier
            )
        self._responses(
            draft, raw.get("responses") or {}, route.pointer, resource, client_path[-1], qualifier
        )
        return draft

    def _parameter(self, parameter: dict[str, Any], at: str, qualifier: str) -> ir.Argument:
        location = parameter["in"]
        if location not in ("path", "query", "header", "cookie"):
            raise SpecError(
                self.file, pointer.join(at, "in"), f"unknown parameter location {location!r}"
            )
        schema, schema_at, style = self._parameter_schema(parameter, at)
        name = str(parameter["name"])
        root = Root(
            qualifier + naming.pascal(name), qualifier + naming.pascal(name), True, qualifier
        )
        type_ref = self.shapes.type_of(schema, schema_at, Context((), root=root, request=True))
        explode = parameter.get("explode", style == "form") is True
        if style != "json":
            self._check_style(type_ref, location, style, at)
        resolved, _ = self.resolver.follow(schema, at)
        resolved = resolved if isinstance(resolved, dict) else {}
        example = parameter["example"] if "example" in parameter else schema_example(resolved)
        return ir.Argument(
            name=name,
            python_name=name,
            location=location,
            type=type_ref,
            required=bool(parameter.get("required")) or location == "path",
            description=naming.describes(
                _text(parameter.get("description")), pointer.join(at, name)
            ),
            default=resolved.get("default"),
            has_default="default" in resolved,
            example=example,
            has_example="example" in parameter or has_schema_example(resolved),
            deprecated=parameter.get("deprecated") is True,
            style=style,
            explode=explode,
        )

    def _parameter_schema(self, parameter: dict[str, Any], at: str) -> tuple[Any, str, str]:
        """The schema of a parameter, where it is, and its style: a ``content`` parameter is
        sent as JSON text."""
        if "schema" in parameter:
            default = "form" if parameter["in"] in ("query", "cookie") else "simple"
            style = parameter.get("style", default)
            return parameter["schema"], pointer.join(at, "schema"), str(style)
        content = parameter.get("content") or {}
        media = next((t for t in sorted(content) if is_json(t)), None)
        if media is None:
            kinds = ", ".join(sorted(content)) or "none"
            raise SpecError(
                self.file, pointer.join(at, "content"), f"unsupported parameter content ({kinds})"
            )
        schema_at = pointer.join(at, "content", media, "schema")
        return content[media].get("schema", {}), schema_at, "json"

    def _check_style(self, type_ref: ir.TypeRef, location: str, style: str, at: str) -> None:
        """Refuse, by name, a style the runtime cannot spell for this place and type."""
        allowed = {
            "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
            "path": ("simple",),
            "header": ("simple",),
            "cookie": ("form",),
        }[location]
        if style not in allowed:
            raise SpecError(
                self.file,
                pointer.join(at, "style"),
                f"{location} parameter style {style!r} is not supported "
                f"(supported: {', '.join(allowed)})",
            )
        structured = type_ref.kind in ("model", "map", "object") or (
            type_ref.kind == "list" and type_ref.args[0].kind in ("model", "map", "object", "list")
        )
        if structured and not (location == "query" and type_ref.kind != "list"):
            raise SpecError(
                self.file,
                pointer.join(at, "schema"),
                f"{location} parameters holding objects or nested arrays are not supported",
            )

    def _request_body(
        self, draft: _Draft, raw: Any, at: str, resource: str, method: str, qualifier: str
    ) -> None:
        body, body_at = self.resolver.follow(raw, pointer.join(at, "requestBody"))
        content = body.get("content") or {}
        if not isinstance(content, dict) or not content:
            raise SpecError(self.file, pointer.join(body_at, "content"), "no request content type")
        content_type, encoding = _body_encoding(content)
        required = body.get("required") is True
        draft.body_example = self._example(content[content_type], body_at)
        if encoding == "raw":  # sent as given: text for text/*, else bytes
            kind: ir.TypeKind = "str" if content_type.startswith("text/") else "bytes"
            draft.body = ir.Body(content_type, ir.TypeRef(kind), required, False, encoding)
            return
        schema_at = pointer.join(body_at, "content", content_type, "schema")
        schema = content[content_type].get("schema", {})
        root = Root(resource + method + "Params", resource, True, qualifier)
        type_ref = self.shapes.type_of(schema, schema_at, Context((), root=root, request=True))
        flattened = type_ref.kind == "model" and not type_ref.nullable
        if encoding != "json" and not flattened:
            raise SpecError(
                self.file, schema_at, f"a body sent as {content_type} must be an object schema"
            )
        draft.body = ir.Body(content_type, type_ref, required, flattened, encoding)
        if encoding == "json":
            draft.body_schema = (schema, schema_at)

    def _responses(
        self,
        draft: _Draft,
        responses: dict[str, Any],
        at: str,
        resource: str,
        method: str,
        qualifier: str,
    ) -> None:
        statuses = sorted((str(s) for s in responses), key=lambda s: (len(s), s))
        success = next((s for s in statuses if s.isdigit() and 200 <= int(s) < 300), None)
        for status in statuses:
            if not status.isdigit():
                continue  # "default" and "4XX" ranges name no single exception
            code = int(status)
            if status != success and code < 400:
                continue
            response, response_at = self.resolver.follow(
                responses[status], pointer.join(at, "responses", status)
            )
            content = response.get("content") or {}
            if status == success and STREAM_TYPE in content:
                where = pointer.join(response_at, "content", STREAM_TYPE)
                draft.stream = self._stream(draft, content[STREAM_TYPE], where, resource, qualifier)
                content = {key: value for key, value in content.items() if key != STREAM_TYPE}
            content_type = next(
                (t for t in sorted(content, key=lambda t: t not in JSON_TYPES) if is_json(t)),
                next(iter(sorted(content)), None),
            )
            type_ref = None
            if content_type is not None and is_json(content_type):
                schema = content[content_type].get("schema", {})
                schema_at = pointer.join(response_at, "content", content_type, "schema")
                root = self._response_root(
                    schema, resource, method, qualifier, success=status == success
                )
                type_ref = self.shapes.type_of(schema, schema_at, Context((), root=root))
            elif content_type is not None and status == success:
                # Not JSON: text comes back as str, anything else (files, images) as bytes.
                type_ref = ir.TypeRef("str" if content_type.startswith("text/") else "bytes")
            media = content.get(content_type) if content_type and is_json(content_type) else None
            found, example = self._example(media, response_at)
            description = _text(response.get("description"))
            entry = ir.Response(code, content_type, type_ref, description, example, found)
            if status == success:
                draft.response = entry
            else:
                draft.errors.append(entry)

    def _stream(
        self, draft: _Draft, media: dict[str, Any], at: str, resource: str, qualifier: str
    ) -> ir.Stream:
        """A ``text/event-stream`` response: its event type, terminator and on-switch."""
        schema = media.get("schema", {})
        name = self._const_name(schema) or resource + "StreamEvent"
        draft.stream_name = name
        root = Root(name, name, False, qualifier)
        event = self.shapes.type_of(schema, pointer.join(at, "schema"), Context((), root=root))
        terminator = media.get(TERMINATOR_EXTENSION)
        flag = media.get(FLAG_EXTENSION)
        if flag is None and draft.body is not None and draft.body.flattened:
            fields = self.shapes.shapes[draft.body.type.name].fields
            if any(f.name == "stream" and f.type.kind == "bool" for f in fields):
                flag = "stream"
        found, example = self._example(media, at)
        terminator = terminator if isinstance(terminator, str) else None
        protocol = media.get(PROTOCOL_EXTENSION)
        if protocol is not None and protocol not in DECLARABLE:
            raise SpecError(
                self.file,
                pointer.join(at, PROTOCOL_EXTENSION),
                f"{PROTOCOL_EXTENSION} must be one of {', '.join(DECLARABLE)}",
            )
        draft.stream_protocol = protocol
        return ir.Stream(event, terminator, flag, example=example, has_example=found)

    def _response_root(
        self, schema: Any, resource: str, method: str, qualifier: str, success: bool
    ) -> Root:
        if not success:
            return Root("ErrorResponse", "Error", False, qualifier)
        named = self._const_name(schema)
        if named is not None:
            return Root(named, named, False, qualifier)
        if method == "create":
            return Root(resource, resource, False, qualifier)
        name = resource + naming.pascal(method) + "Response"
        return Root(name, name, False, qualifier)

    def _example(self, media: Any, at: str) -> tuple[bool, ir.JSON]:
        """The first example a media type gives: its own ``example`` or ``examples``, its
        schema's ``example``, or the example of the schema's first ``oneOf``/``anyOf`` variant."""
        if not isinstance(media, dict):
            return False, None
        if "example" in media:
            return True, media["example"]
        examples = media.get("examples")
        if isinstance(examples, dict) and examples:
            first, _ = self.resolver.follow(examples[sorted(examples)[0]], at)
            if isinstance(first, dict) and "value" in first:
                return True, first["value"]
        schema, _ = self.resolver.follow(media.get("schema"), at)
        for _ in range(8):  # a chain of first variants, not a walk of the whole schema
            if not isinstance(schema, dict):
                break
            if "example" in schema:
                return True, schema["example"]
            variants = schema.get("oneOf") or schema.get("anyOf") or schema.get("allOf")
            if not isinstance(variants, list) or not variants:
                break
            schema, _ = self.resolver.follow(variants[0], at)
        return False, None

    def _const_name(self, schema: Any) -> str | None:
        """``ChatCompletion`` for an object whose ``object`` (or ``type``) is "chat.completion"."""
        resolved, _ = self.resolver.follow(schema, "")
        properties = resolved.get("properties") if isinstance(resolved, dict) else None
        for key in ("object", "type"):
            prop = (properties or {}).get(key)
            values = prop.get("enum") if isinstance(prop, dict) else None
            if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
                return naming.type_name(values[0])
        return None

    # -- naming types ---------------------------------------------------------------------------

    def _finish(self, draft: _Draft, names: dict[str, str]) -> ir.Operation:
        arguments = [replace(a, type=_named(a.type, names)) for a in draft.arguments]
        body = draft.body
        if body is not None:
            body = replace(body, type=_named(body.type, names))
            if body.flattened:
                model = self.shapes.shapes[draft.body.type.name]  # type: ignore[union-attr]
                for field in model.fields:
                    argument = _body_argument(field, names)
                    if body.encoding == "multipart":
                        argument = replace(argument, type=_files(argument.type))
                    arguments.append(argument)
            else:
                found, example = draft.body_example
                arguments.append(
                    ir.Argument(
                        name="body",
                        python_name="body",
                        type=body.type,
                        required=body.required,
                        location="body",
                        example=example,
                        has_example=found,
                    )
                )
        response = draft.response
        if response is not None and response.type is not None:
            response = replace(response, type=_named(response.type, names))
        errors = tuple(
            replace(e, type=_named(e.type, names) if e.type else None) for e in draft.errors
        )
        stream = draft.stream
        if stream is not None:
            event = _named(stream.event, names)
            if event.kind == "union":  # several kinds of event: name the union
                name = naming.type_name(draft.stream_name)
                event = replace(event, name=name)
            stream = replace(stream, event=event)
            if response is not None and response.type is not None and stream.flag is None:
                raise SpecError(
                    self.file,
                    draft.route.pointer,
                    "the success response is both JSON and an event stream, and no boolean "
                    f"'stream' body property chooses between them; set {FLAG_EXTENSION}",
                )
        schema = None
        if draft.body_schema is not None:
            schema = contract.request_schema(*draft.body_schema, self.resolver)
        raw = draft.raw
        return ir.Operation(
            id=".".join(draft.client_path),
            resource=draft.client_path[:-1],
            method_name=draft.client_path[-1],
            http_method=draft.route.http_method.upper(),
            path=draft.route.path,
            summary=_text(raw.get("summary")),
            description=_text(raw.get("description")),
            deprecated=raw.get("deprecated") is True,
            arguments=_ordered(_unique_arguments(arguments)),
            body=body,
            response=response,
            errors=errors,
            request_schema=schema,
            stream=stream,
            naming_note=draft.naming_note,
        )

    def _shape_places(self) -> dict[str, tuple[str, ...]]:
        """Where the operations reach each shape, from every schema it was made of."""
        found = document_places(self.document, self.file)
        return {
            key: ordered([p for o in shape.occurrences for p in found.get(o.pointer, ())])
            for key, shape in self.shapes.shapes.items()
        }

    def _types(
        self, names: dict[str, str], by_rule: dict[str, str], places: dict[str, tuple[str, ...]]
    ) -> tuple[tuple[ir.Model, ...], tuple[ir.Enum, ...]]:
        models, enums = [], []
        for key, shape in self.shapes.shapes.items():
            named_by: ir.NamedBy = "overlay" if shape.forced_names else "rule"
            if named_by == "rule" and names[key] != by_rule[key]:
                named_by = "listing"
            if shape.kind == "model":
                fields = tuple(replace(f, type=_named(f.type, names)) for f in shape.fields)
                additional = _named(shape.additional, names) if shape.additional else None
                models.append(
                    ir.Model(
                        names[key],
                        fields,
                        shape.description,
                        additional,
                        pointer=shape.first_pointer,
                        named_by=named_by,
                        places=places[key],
                    )
                )
            else:
                enums.append(
                    ir.Enum(
                        names[key],
                        shape.values,
                        shape.description,
                        pointer=shape.first_pointer,
                        named_by=named_by,
                        places=places[key],
                    )
                )
        return tuple(sorted(models, key=lambda m: m.name)), tuple(
            sorted(enums, key=lambda e: e.name)
        )

    def _aliases(
        self, operations: tuple[ir.Operation, ...], models: tuple[ir.Model, ...], taken: set[str]
    ) -> tuple[ir.TypeRef, ...]:
        """Named unions: the event type of a stream that sends several kinds of event, and the
        unions an overlay names with ``x-specgen-name``."""
        roots = [t for op in operations for t in (*op.sent_types, *op.received_types)]
        roots.extend(t for model in models for t in model.types)
        aliases: dict[str, ir.TypeRef] = {}
        for type_ref in ir.walk_types(roots):
            if type_ref.kind != "union" or not type_ref.name:
                continue
            alias = replace(type_ref, nullable=False)
            if type_ref.name in taken or aliases.get(type_ref.name, alias) != alias:
                raise SpecError(self.file, "/paths", f"{type_ref.name} names two different types")
            aliases[type_ref.name] = alias
        return tuple(aliases[name] for name in sorted(aliases))

    # -- document-level ------------------------------------------------------------------------

    def _base_url(self) -> str:
        """The first server's URL, its variables at their defaults: the client's default."""
        servers = self.document.get("servers") or [{"url": "http://localhost"}]
        url = str(servers[0].get("url", "http://localhost"))
        for name, variable in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        problem = _base_url_problem(url)
        if problem is not None:
            raise SpecError(self.file, "/servers/0/url", problem)
        return url.rstrip("/")

    def _auth(self) -> ir.Auth:
        """How the API key travels: the first scheme the spec requires (document-wide, else
        on its operations, else the only one it declares) that a key can satisfy."""
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        for name in self._required_schemes(schemes):
            scheme, _ = self.resolver.follow(schemes.get(name, {}), "/components/securitySchemes")
            if not isinstance(scheme, dict):
                continue
            kind = scheme.get("type")
            bearer = kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
            if bearer or kind in ("oauth2", "openIdConnect"):  # a token is sent as a bearer
                return ir.Auth("bearer")
            if kind == "apiKey" and scheme.get("in") in ("header", "query"):
                return ir.Auth(scheme["in"], str(scheme.get("name", "")))
        return ir.Auth("none")

    def _required_schemes(self, schemes: dict[str, Any]) -> list[str]:
        requirements = self.document.get("security")
        if not requirements:
            requirements = [
                requirement
                for _, item in sorted(self.document["paths"].items())
                if isinstance(item, dict)
                for method in HTTP_METHODS
                if isinstance(item.get(method), dict)
                for requirement in item[method].get("security") or []
            ]
        names = [
            name
            for requirement in requirements
            if isinstance(requirement, dict)
            for name in sorted(requirement)
        ]
        return names or (sorted(schemes) if len(schemes) == 1 else [])


def _base_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the generated client's default base URL, if it cannot. Refused,
    not repaired: the package is committed and published, so a password in the URL would be
    too, and a scheme other than HTTP's (``javascript:``, ``file:``) is no API to call. A URL
    without a scheme (``/v1``, relative to where the spec is served) is kept as written."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as error:
        return f"not a URL: {error}"
    if parts.scheme and parts.scheme.lower() not in ("http", "https"):
        return f"the server URL's scheme {parts.scheme!r} is not http or https"
    if parts.username is not None or parts.password is not None:
        return (
            "the server URL holds credentials (user:password@), which would be published in "
            "the package; remove them (the client takes its API key at run time)"
        )
    return None


def _body_encoding(content: dict[str, Any]) -> tuple[str, ir.BodyEncoding]:
    """The media type a client sends, JSON first, and how it is encoded."""
    ranked: list[tuple[str, ir.BodyEncoding]] = []
    for content_type in sorted(content):
        if is_json(content_type):
            ranked.append((content_type, "json"))
        elif content_type == "multipart/form-data":
            ranked.append((content_type, "multipart"))
        elif content_type == "application/x-www-form-urlencoded":
            ranked.append((content_type, "form"))
        else:
            ranked.append((content_type, "raw"))
    order = ("json", "multipart", "form", "raw")
    return min(ranked, key=lambda item: (order.index(item[1]), item[0] not in JSON_TYPES))


def _files(type_ref: ir.TypeRef) -> ir.TypeRef:
    """A multipart argument's type: binary strings there are files to upload."""
    if type_ref.kind == "bytes":
        return replace(type_ref, kind="file")
    return replace(type_ref, args=tuple(_files(arg) for arg in type_ref.args))


def _named(type_ref: ir.TypeRef, names: dict[str, str]) -> ir.TypeRef:
    """Replace shape keys by type names, all the way down."""
    name = names.get(type_ref.name, type_ref.name)
    args = tuple(_named(arg, names) for arg in type_ref.args)
    return replace(type_ref, name=name, args=args)


def _with_protocols(
    operations: tuple[ir.Operation, ...], drafts: list[_Draft], models: tuple[ir.Model, ...]
) -> tuple[ir.Operation, ...]:
    """The operations, each stream with the protocol its events follow (known once the models
    are named)."""
    by_name = {model.name: model for model in models}
    done = []
    for operation, draft in zip(operations, drafts, strict=True):
        stream = operation.stream
        if stream is not None:
            protocol = stream_protocol(draft.stream_protocol, stream.event, by_name)
            operation = replace(operation, stream=replace(stream, protocol=protocol))
        done.append(operation)
    return tuple(done)


def _body_argument(field: ir.Field, names: dict[str, str]) -> ir.Argument:
    """A property of a flattened body as a keyword argument."""
    values = {f.name: getattr(field, f.name) for f in dataclasses.fields(ir.Field)}
    return ir.Argument(**{**values, "type": _named(field.type, names)}, location="body")


def _unique_arguments(arguments: list[ir.Argument]) -> list[ir.Argument]:
    """Python names for arguments; body properties keep plain names, parameters yield."""
    names = naming.UniqueNames()
    result = []
    for argument in sorted(arguments, key=lambda a: (a.location != "body", a.location, a.name)):
        name = naming.python_identifier(argument.name, RESERVED_ARGUMENTS)
        if not names.free(name):
            name = f"{name}_{argument.location}"
        result.append(replace(argument, python_name=names.take(name)))
    return result


def _ordered(arguments: list[ir.Argument]) -> tuple[ir.Argument, ...]:
    """Required arguments first; path, then query, header, cookie, body; by name within each."""
    places = {"path": 0, "query": 1, "header": 2, "cookie": 3, "body": 4}
    return tuple(
        sorted(arguments, key=lambda a: (not a.required, places[a.location], a.python_name))
    )


def _resources(operations: tuple[ir.Operation, ...], taken: set[str]) -> tuple[ir.Resource, ...]:
    """The resource tree, in natural order (``item2`` before ``item10``); a class name that a
    model or enum already has gets ``Resource``."""

    def build(prefix: tuple[str, ...]) -> tuple[ir.Resource, ...]:
        names = sorted(
            {
                op.resource[len(prefix)]
                for op in operations
                if op.resource[: len(prefix)] == prefix and len(op.resource) > len(prefix)
            },
            key=naming.natural_key,  # the order isort wants their modules imported in
        )
        resources = []
        for name in names:
            path = (*prefix, name)
            resources.append(
                ir.Resource(
                    name=name,
                    class_name=_resource_class(naming.pascal(*path), taken),
                    path=path,
                    operations=tuple(op for op in operations if op.resource == path),
                    children=build(path),
                )
            )
        return tuple(resources)

    return build(())


def _resource_class(name: str, taken: set[str]) -> str:
    name = naming.type_name(name)
    return name + "Resource" if name in taken or "Async" + name in taken else name


def _error_classes(operations: tuple[ir.Operation, ...]) -> tuple[ir.ErrorClass, ...]:
    classes = [ir.ErrorClass(status, name, doc) for status, name, doc in STANDARD_ERRORS]
    known = {status for status, _, _ in STANDARD_ERRORS}
    documented = sorted({e.status for op in operations for e in op.errors if e.status < 500})
    for status in documented:
        if status in known:
            continue
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = f"Status {status}"
        classes.append(
            ir.ErrorClass(status, naming.pascal(phrase) + "Error", f"HTTP {status} {phrase}.")
        )
    return tuple(classes)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _raise_all(problems: dict[str, SpecError]) -> None:
    """Refuse with every problem found, one line each."""
    if len(problems) == 1:
        raise next(iter(problems.values()))
    if problems:
        raise SpecErrors(problems.values())


def _each(
    problems: dict[str, SpecError], step: Callable[[_T], _R], items: Iterable[_T]
) -> list[_R]:
    """``step`` of each item that it does not refuse; each refusal is kept in ``problems`` (once:
    a schema two operations share is refused for both)."""
    done = []
    for item in items:
        try:
            done.append(step(item))
        except SpecError as error:
            problems.setdefault(str(error), error)
    return done
