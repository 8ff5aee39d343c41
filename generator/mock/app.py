"""The Starlette application: one route per path template, answering from the IR.

Per request, in order: an explicit ``Prefer: code=N`` answers that documented status (so a
client's error handling can be tried without building a valid request); then the body is read
within the limits (413 when too large, 408 when too slow to arrive); then the request is
validated (400 listing every violation); then the success answer, or an event stream when the
operation streams and the request turned streaming on.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Mapping

from jsonschema import Draft202012Validator
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from generator.mock.envelope import (
    FALLBACK_CODE,
    common_error_type,
    error_body,
    error_type,
)
from generator.mock.events import StreamRequest, stream_events
from generator.mock.limits import DEFAULT_LIMITS, BodyTooLarge, Limits, read_body
from generator.mock.validate import (
    body_validator,
    body_violations,
    missing_parameters,
    parse_body,
)
from generator.mock.values import ValueSource
from generator.model import ir
from generator.model.build import is_json
from generator.render.examples import Examples

DEFAULT_DELAY = 0.02  # seconds between streamed events


def create_app(
    api: ir.Api,
    seed: int | None = None,
    delay: float = DEFAULT_DELAY,
    limits: Limits = DEFAULT_LIMITS,
) -> Starlette:
    """A mock of ``api``: ``seed`` varies the answers reproducibly; ``delay`` paces streams.

    ``app.state.unchecked`` says which parts of the request schemas are not checked (the spec
    breaks JSON Schema there), one line each.
    """
    state = _State(api, seed, delay, limits)
    by_path: dict[str, list[ir.Operation]] = {}
    for op in api.operations:
        by_path.setdefault(op.path, []).append(op)
    routes = [
        Route(
            _route_path(path),
            _PathHandler(by_path[path], state).handle,
            methods=[op.http_method for op in by_path[path]],
        )
        # Literal segments before parameters: /pets/mine must not be taken as /pets/{id}.
        for path in sorted(by_path, key=_specificity)
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: state.http_error})
    app.router.redirect_slashes = False  # an unknown path is a 404, as in the spec, not a redirect
    app.state.unchecked = state.unchecked
    return app


class _State:
    """What every handler shares: the IR, value builders and validators."""

    def __init__(self, api: ir.Api, seed: int | None, delay: float, limits: Limits) -> None:
        self.api = api
        self.delay = delay
        self.limits = limits
        self.values = ValueSource(api, seed)
        self.examples = Examples(api)  # error bodies are always the documented examples
        self.validators: dict[str, Draft202012Validator | None] = {}
        self.unchecked: list[str] = []
        for op in api.operations:
            self.validators[op.id], notes = body_validator(op)
            where = f"{op.http_method} {op.path}: request body"
            self.unchecked.extend(f"{where} {note}" for note in notes)
        self.envelope = common_error_type(api)

    async def http_error(self, request: Request, exc: Exception) -> Response:
        """404 and 405 from the router, in the API's usual error envelope."""
        assert isinstance(exc, HTTPException)
        where = f"{request.method} {request.url.path}"
        if exc.status_code == 404:
            code, message = "not_found", f"no operation matches {where}"
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow", "")
            code, message = "method_not_allowed", f"{where} is not allowed; allowed: {allowed}"
        else:
            code, message = FALLBACK_CODE, f"{where}: {exc.detail}"
        body = error_body(self.examples, self.envelope, code, message)
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


class _PathHandler:
    """The operations of one path template, dispatched by method."""

    def __init__(self, operations: list[ir.Operation], state: _State) -> None:
        self.operations = {op.http_method: _OperationHandler(op, state) for op in operations}

    async def handle(self, request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await self.operations[method].handle(request)


class _OperationHandler:
    def __init__(self, op: ir.Operation, state: _State) -> None:
        self.op = op
        self.state = state
        self.validator: Draft202012Validator | None = state.validators[op.id]

    async def handle(self, request: Request) -> Response:
        op = self.op
        preferences = _preferences(request.headers.get("prefer", ""))
        if "code" in preferences:
            preferred = self._preferred(preferences["code"])
            if preferred is not None:
                return preferred
        content_type = request.headers.get("content-type", "")
        raw = await self._read(request)
        if isinstance(raw, Response):
            return raw
        expected = op.body.content_type if op.body is not None else None
        if raw and content_type and expected and not _same_media(content_type, expected):
            return self._error(
                415, "unsupported_media_type", f"expected {expected}, not {content_type}"
            )
        body, violations = self._check(request, raw)
        if violations:
            return self._error(400, FALLBACK_CODE, "; ".join(violations))
        values = self.state.values.for_request(op)
        if op.stream is not None and (
            op.stream.flag is None or (isinstance(body, dict) and body.get(op.stream.flag) is True)
        ):
            return self._stream(op.stream, values, body, preferences)
        response = op.response
        if response is None:
            return Response(status_code=204)
        if response.type is None:
            return Response(status_code=response.status)
        return JSONResponse(values.value(response.type, full=True), status_code=response.status)

    def _check(self, request: Request, raw: bytes) -> tuple[ir.JSON, list[str]]:
        """The parsed body and every violation of the request."""
        op = self.op
        violations = missing_parameters(op, request.headers, request.query_params, request.cookies)
        body: ir.JSON = None
        if op.body is None:
            return body, violations
        if not raw.strip():
            if op.body.required:
                violations.append("$: the request body is required")
            return body, violations
        if op.body.encoding != "json":  # forms, files and raw bodies are taken as they come
            return body, violations
        body, unreadable = parse_body(raw)
        if unreadable is not None:
            violations.append(unreadable)
        elif self.validator is not None:
            budget = self.state.limits.check_budget(len(raw))
            violations.extend(body_violations(self.validator, body, budget))
        return body, violations

    async def _read(self, request: Request) -> bytes | Response:
        """The body, or the answer when it is too large or too slow to arrive: then the rest of
        it is not read, so the connection closes."""
        limits = self.state.limits
        try:
            return await read_body(request, limits)
        except BodyTooLarge:
            message = f"the body is larger than {limits.max_body_bytes} bytes"
            return self._error(413, "request_too_large", message, close=True)
        except TimeoutError:
            message = f"the body did not arrive within {limits.timeout} s"
            return self._error(408, "request_timeout", message, close=True)
        except ClientDisconnect:  # the client hung up mid-body: nobody to answer, nothing to log
            return Response(status_code=400)

    def _preferred(self, text: str) -> Response | None:
        """The documented answer for ``Prefer: code=N``; None for the success status, which then
        takes the ordinary way (validation, streaming)."""
        op = self.op
        documented: dict[int, ir.Response] = {e.status: e for e in op.errors}
        if op.response is not None:
            documented[op.response.status] = op.response
        status = int(text) if text.isascii() and text.isdigit() else None
        if status is None or status not in documented:
            listed = ", ".join(str(s) for s in sorted(documented)) or "none"
            message = f"Prefer: code={text} is not documented for {op.http_method} {op.path}"
            return self._error(400, FALLBACK_CODE, f"{message}; documented: {listed}")
        if op.response is not None and status == op.response.status:
            return None
        answer = documented[status]
        if answer.has_example:
            return JSONResponse(answer.example, status_code=status)
        if answer.type is None:
            return Response(status_code=status)
        return JSONResponse(self.state.examples.value(answer.type, full=True), status_code=status)

    def _error(self, status: int, code: str, message: str, close: bool = False) -> JSONResponse:
        type_ref = error_type(self.op, status, self.state.envelope)
        return JSONResponse(
            error_body(self.state.examples, type_ref, code, message),
            status_code=status,
            headers={"connection": "close"} if close else None,
        )

    def _stream(
        self,
        stream: ir.Stream,
        values: Examples,
        body: ir.JSON,
        preferences: Mapping[str, str],
    ) -> StreamingResponse:
        options = body.get("stream_options") if isinstance(body, dict) else None
        request = StreamRequest(
            include_usage=isinstance(options, dict) and options.get("include_usage") is True,
            ping=_truthy(preferences.get("ping")),
            error=_truthy(preferences.get("stream-error")),
        )
        events = stream_events(stream, values, request)
        return StreamingResponse(
            _sse(events, stream.terminator, self.state.delay),
            status_code=self.op.response.status if self.op.response else 200,
            media_type=stream.content_type,
            headers={"cache-control": "no-cache"},
        )


async def _sse(events: list[ir.JSON], terminator: str | None, delay: float) -> AsyncIterator[bytes]:
    """Server-sent events, one at a time with ``delay`` between them, as a live API sends."""
    frames = [_frame(event) for event in events]
    if terminator is not None:
        frames.append(f"data: {terminator}\n\n")
    for index, frame in enumerate(frames):
        if index:
            await asyncio.sleep(delay)
        yield frame.encode()


def _frame(event: ir.JSON) -> str:
    """One event: text as it is (a stream of strings), anything else as JSON."""
    if isinstance(event, str):
        data = event
    else:
        data = json.dumps(event, separators=(",", ":"), ensure_ascii=False)
    kind = event.get("type") if isinstance(event, dict) else None
    prefix = f"event: {kind}\n" if isinstance(kind, str) else ""
    # SSE ends a line at CR, LF or CRLF: each line of the text is a data line of its own.
    lines = "".join(f"data: {line}\n" for line in re.split(r"\r\n|\r|\n", data))
    return f"{prefix}{lines}\n"


def _preferences(header: str) -> dict[str, str]:
    """``Prefer: code=429, ping`` as ``{"code": "429", "ping": ""}`` (RFC 7240, loosely)."""
    result: dict[str, str] = {}
    for item in header.replace(";", ",").split(","):
        name, _, value = item.partition("=")
        if name.strip():
            result[name.strip().lower()] = value.strip().strip('"')
    return result


def _truthy(value: str | None) -> bool:
    return value is not None and value.lower() not in ("false", "0", "no")


def _same_media(content_type: str, expected: str) -> bool:
    """Whether a request's Content-Type is the one the body is declared with; any JSON type
    will do for JSON."""
    media = content_type.split(";")[0].strip().lower()
    if is_json(expected):
        return is_json(media)
    return media == expected.lower()


def _route_path(template: str) -> str:
    """The OpenAPI template with parameters renamed for Starlette, which only takes identifiers
    (``{pet-id}`` is a valid OpenAPI name); values are not needed, only the match."""
    parts = template.split("{")
    renamed = [parts[0]]
    for index, part in enumerate(parts[1:]):
        _, _, rest = part.partition("}")
        renamed.append(f"{{p{index}}}{rest}")
    return "".join(renamed)


def _specificity(template: str) -> list[tuple[bool, str]]:
    return [("{" in segment, segment) for segment in template.split("/")]
