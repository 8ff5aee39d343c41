"""Rules above the schemas: operations, parameters, request bodies, responses, components."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diff.changes import Change, Level
from generator.diff.wire_context import Context, Side
from generator.diff.wire_schema import SchemaDiff
from generator.diff.wire_walk import (
    Operation,
    Part,
    entries,
    media_schema,
    parameter_schema,
    parameters,
    resolved,
)
from generator.model import ir
from generator.spec import pointer


def _change(
    op: Operation,
    rule: str,
    level: Level,
    message: str,
    at: str,
    old: ir.JSON = None,
    new: ir.JSON = None,
) -> Change:
    return Change(rule, level, message, op.method, op.path, at, old, new)


def _deprecated(part: Part | None) -> bool:
    return part is not None and part.value.get("deprecated") is True


# -- operations ------------------------------------------------------------------------------


def operation_rules(op: Operation) -> Iterator[Change]:
    """Added, removed (with or without deprecation first), deprecated, operationId and tags."""
    if op.new is None and op.old is not None:
        where = "api-path" if op.path_removed else "api"
        how = "with" if _deprecated(op.old) else "without"
        level: Level = "info" if how == "with" else "breaking"
        message = f"{'path' if op.path_removed else 'operation'} removed {how} deprecation"
        yield _change(op, f"{where}-removed-{how}-deprecation", level, message, op.old.at)
    elif op.old is None and op.new is not None:
        yield _change(op, "endpoint-added", "info", "endpoint added", op.new.at)
    elif op.old is not None and op.new is not None:
        yield from _deprecation(op, op.old, op.new)
        yield from _operation_id(op, op.old, op.new)
        yield from _tags(op, op.old, op.new)


def _deprecation(op: Operation, old: Part, new: Part) -> Iterator[Change]:
    if _deprecated(old) != _deprecated(new):
        rule = "endpoint-deprecated" if _deprecated(new) else "endpoint-reactivated"
        message = "endpoint deprecated" if _deprecated(new) else "endpoint no longer deprecated"
        yield _change(op, rule, "info", message, new.at, _deprecated(old), _deprecated(new))


def _operation_id(op: Operation, old: Part, new: Part) -> Iterator[Change]:
    before, after = old.value.get("operationId"), new.value.get("operationId")
    if before == after:
        return
    at = pointer.join(new.at if before is None else old.at, "operationId")
    if before is None:
        message = f"operationId {after!r} added"
        yield _change(op, "api-operation-id-added", "info", message, at, None, after)
        return
    replaced = f" and replaced with {after!r}" if after is not None else ""
    message = f"operationId {before!r} removed{replaced}"
    yield _change(op, "api-operation-id-removed", "info", message, at, before, after)


def _tags(op: Operation, old: Part, new: Part) -> Iterator[Change]:
    before = [t for t in old.value.get("tags") or [] if isinstance(t, str)]
    after = [t for t in new.value.get("tags") or [] if isinstance(t, str)]
    for index, tag in enumerate(before):
        if tag not in after:
            at = pointer.join(old.at, "tags", index)
            yield _change(op, "api-tag-removed", "info", f"tag {tag!r} removed", at, tag, None)
    for index, tag in enumerate(after):
        if tag not in before:
            at = pointer.join(new.at, "tags", index)
            yield _change(op, "api-tag-added", "info", f"tag {tag!r} added", at, None, tag)


# -- parameters ------------------------------------------------------------------------------


def parameter_rules(
    op: Operation, old: Part, new: Part, old_side: Side, new_side: Side, schemas: SchemaDiff
) -> Iterator[Change]:
    before = parameters(old_side, op.old_item, old, op.old_path)
    after = parameters(new_side, op.new_item, new, op.new_path)
    for key in sorted(before.keys() | after.keys()):
        if key not in before:
            yield _parameter_added(op, after[key])
        elif key not in after:
            yield _parameter_removed(op, before[key])
        else:
            yield from _parameter_changed(op, before[key], after[key], schemas)


def _label(parameter: Part) -> str:
    return f"{parameter.value.get('in')} parameter {str(parameter.value.get('name'))!r}"


def _parameter_added(op: Operation, parameter: Part) -> Change:
    name = parameter.value.get("name")
    if parameter.value.get("in") == "path":
        rule, level, kind = "new-request-path-parameter", "breaking", "required"
    elif parameter.value.get("required") is True:
        rule, level, kind = "new-required-request-parameter", "breaking", "required"
    else:
        rule, level, kind = "new-optional-request-parameter", "info", "optional"
    message = f"{_label(parameter)} added ({kind})"
    return _change(op, rule, level, message, parameter.at, None, name)  # type: ignore[arg-type]


def _parameter_removed(op: Operation, parameter: Part) -> Change:
    message = f"{_label(parameter)} removed"
    name = parameter.value.get("name")
    return _change(op, "request-parameter-removed", "warning", message, parameter.at, name, None)


def _parameter_changed(
    op: Operation, old: Part, new: Part, schemas: SchemaDiff
) -> Iterator[Change]:
    before, after = old.value.get("required") is True, new.value.get("required") is True
    if before != after:
        became = "required" if after else "optional"
        level: Level = "breaking" if after else "info"
        message = f"{_label(new)} became {became}"
        rule = f"request-parameter-became-{became}"
        yield _change(op, rule, level, message, new.at, before, after)
    old_schema, new_schema = parameter_schema(old), parameter_schema(new)
    if old_schema is not None and new_schema is not None:
        ctx = Context(op.method, op.path, "request", "parameter", _label(new))
        yield from schemas.changes(*old_schema, *new_schema, ctx)


# -- request bodies --------------------------------------------------------------------------


def request_body_rules(
    op: Operation, old: Part, new: Part, old_side: Side, new_side: Side, schemas: SchemaDiff
) -> Iterator[Change]:
    before, after = resolved(old_side, old, "requestBody"), resolved(new_side, new, "requestBody")
    if before is None and after is None:
        return
    if before is None and after is not None:
        kind = "required" if after.value.get("required") is True else "optional"
        level: Level = "breaking" if kind == "required" else "info"
        message = f"{kind} request body added"
        yield _change(op, f"request-body-added-{kind}", level, message, after.at)
        return
    if after is None and before is not None:
        yield _change(op, "request-body-removed", "breaking", "request body removed", before.at)
        return
    assert before is not None and after is not None
    was, now = before.value.get("required") is True, after.value.get("required") is True
    if was != now:
        became = "required" if now else "optional"
        level = "breaking" if now else "info"
        message = f"request body became {became}"
        yield _change(op, f"request-body-became-{became}", level, message, after.at, was, now)
    base = Context(op.method, op.path, "request", "body", "request")
    yield from _media_types(op, before, after, old_side, new_side, schemas, base)


def _media_types(
    op: Operation,
    old: Part,
    new: Part,
    old_side: Side,
    new_side: Side,
    schemas: SchemaDiff,
    base: Context,
) -> Iterator[Change]:
    """Media types of a request body or of a response, and the schema of each kept one."""
    before, after = entries(old_side, old, "content"), entries(new_side, new, "content")
    kind = "request-body" if base.direction == "request" else "response"
    owner = "request body" if base.direction == "request" else base.owner
    for media in sorted(before.keys() | after.keys()):
        ctx = Context(op.method, op.path, base.direction, "body", base.owner, media, base.error)
        if media not in after:
            message = f"{owner} media type {media!r} removed"
            rule = f"{kind}-media-type-removed"
            yield ctx.change(rule, "breaking", message, before[media].at, media, None)
        elif media not in before:
            message = f"{owner} media type {media!r} added"
            rule = f"{kind}-media-type-added"
            yield ctx.change(rule, "info", message, after[media].at, None, media)
        else:
            old_schema, new_schema = media_schema(before[media]), media_schema(after[media])
            if old_schema is not None and new_schema is not None:
                yield from schemas.changes(*old_schema, *new_schema, ctx)


# -- responses -------------------------------------------------------------------------------


def _success(status: str) -> bool:
    return status.startswith("2")


def _error(status: str) -> bool:
    return status.startswith(("4", "5")) or status == "default"


def response_rules(
    op: Operation, old: Part, new: Part, old_side: Side, new_side: Side, schemas: SchemaDiff
) -> Iterator[Change]:
    before, after = entries(old_side, old, "responses"), entries(new_side, new, "responses")
    for status in sorted(before.keys() | after.keys()):
        kind = "success" if _success(status) else "non-success"
        if status not in after:
            level: Level = "breaking" if _success(status) else "info"
            message = f"{status} response removed"
            rule = f"response-{kind}-status-removed"
            yield _change(op, rule, level, message, before[status].at, status, None)
        elif status not in before:
            message = f"{status} response added"
            rule = f"response-{kind}-status-added"
            yield _change(op, rule, "info", message, after[status].at, None, status)
        else:
            base = Context(
                op.method, op.path, "response", "body", f"{status} response", error=_error(status)
            )
            yield from _headers(op, before[status], after[status], old_side, new_side, base)
            yield from _media_types(
                op, before[status], after[status], old_side, new_side, schemas, base
            )


def _headers(
    op: Operation, old: Part, new: Part, old_side: Side, new_side: Side, base: Context
) -> Iterator[Change]:
    before, after = entries(old_side, old, "headers"), entries(new_side, new, "headers")
    for name in sorted(before.keys() - after.keys()):
        required = before[name].value.get("required") is True
        kind = "required" if required else "optional"
        level: Level = "breaking" if required else "warning"
        message = f"{base.owner} header {name!r} removed (was {kind})"
        rule = f"{kind}-response-header-removed"
        yield base.change(rule, level, message, before[name].at, name, None)


# -- components ------------------------------------------------------------------------------


def document_rules(old: Side, new: Side) -> Iterator[Change]:
    """Schemas removed from components (informational: references to them changed already)."""
    before = _component_schemas(old.document)
    after = _component_schemas(new.document)
    for name in sorted(before.keys() - after.keys()):
        at = pointer.join("/components/schemas", name)
        message = f"schema {name!r} removed"
        yield Change("api-schema-removed", "info", message, None, None, at, name, None)


def _component_schemas(document: dict[str, Any]) -> dict[str, Any]:
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return schemas if isinstance(schemas, dict) else {}
