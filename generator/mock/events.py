"""The events of a streamed answer, built from the stream's event type in the IR.

Two shapes cover the specs we generate for:

- one event model carrying a text fragment somewhere inside (OpenAI chat completion chunks,
  ``choices[].delta.content``): several chunks with differing fragments, a last chunk with a
  finish reason, and a usage chunk when the request asked for one;
- a union of event models told apart by a discriminator (Anthropic messages): the
  ``message_start`` ... ``message_stop`` order when the union has those tags, else one event
  of each member.

Field names (``content``, ``finish_reason``, ``usage``, ...) are looked up in the IR models, and
only set where the model has them, so other shapes degrade to plain examples instead of failing.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from generator.mock.values import fragments
from generator.model import ir
from generator.render.examples import Examples

FRAGMENT_COUNT = 5
TEXT_FIELDS = ("content", "text")  # where a chunk carries its piece of text
FINISH_FIELDS = ("finish_reason", "stop_reason")
SKIPPED_TAGS = ("ping", "error")  # members sent only on request (Prefer: ping, stream-error)
ANTHROPIC_ORDER = (
    "message_start",
    "content_block_start",
    "content_block_delta",
    "content_block_stop",
    "message_delta",
    "message_stop",
)

JSONObject = dict[str, Any]


@dataclass(frozen=True)
class StreamRequest:
    """What of the request shapes the stream."""

    include_usage: bool = False
    ping: bool = False  # Anthropic: a ping event after message_start
    error: bool = False  # Anthropic: an error event after the first delta, ending the stream


def stream_events(stream: ir.Stream, values: Examples, request: StreamRequest) -> list[ir.JSON]:
    """The data payloads of the stream, in order; the terminator is not among them."""
    event = stream.event
    pieces = fragments(values, FRAGMENT_COUNT)
    if event.kind == "model":
        return _chunks(values.models[event.name], values, pieces, request)
    if event.kind == "union":
        members = _tagged_members(event, values.models)
        if members:
            tag = event.discriminator or "type"
            return _tagged_events(members, tag, values, pieces, request)
    if event.kind == "str":  # a stream of text arrives in pieces
        return list(pieces)
    if stream.has_example and values.fits(event, stream.example):
        return [stream.example]
    return [values.value(event, full=True)]


# -- one chunk model ---------------------------------------------------------------------------


def _chunks(
    model: ir.Model, values: Examples, pieces: tuple[str, ...], request: StreamRequest
) -> list[ir.JSON]:
    path = _text_path(model, values.models, ())
    if path is None:
        return [values.model(model, full=True)]
    usage = _field(model, "usage")
    base: JSONObject = values.model(model, full=False)
    if request.include_usage and usage is not None and usage.type.nullable:
        base["usage"] = None  # as OpenAI sends it: null on every chunk but the last
    chunks: list[ir.JSON] = []
    for index, piece in enumerate(pieces):
        chunk = copy.deepcopy(base)
        holder, holder_model = _holder(chunk, model, path, values)
        if index == 0 and _allows(holder_model, "role", "assistant", values):
            holder["role"] = "assistant"
        holder[path[-1].name] = piece
        chunks.append(chunk)
    final = copy.deepcopy(base)
    holder, _ = _holder(final, model, path, values)
    # The last chunk carries no text, only why the answer ended.
    if holder is final:
        holder.pop(path[-1].name, None)
    else:
        holder.clear()
    _set_finish(final, model, path, values)
    chunks.append(final)
    if request.include_usage and usage is not None and len(path) > 1:
        last = copy.deepcopy(base)
        last[path[0].name] = [] if path[0].type.kind == "list" else None
        last["usage"] = _usage(usage.type, values, len(pieces))
        chunks.append(last)
    return chunks


def _text_path(
    model: ir.Model, models: dict[str, ir.Model], seen: tuple[str, ...]
) -> tuple[ir.Field, ...] | None:
    """Fields leading from ``model`` to a string field that holds streamed text; a model's own
    fields are tried before nested ones (``usage`` is skipped: it counts, it holds no text)."""
    for field in model.fields:
        if field.name in TEXT_FIELDS and field.type.kind == "str":
            return (field,)
    for field in model.fields:
        inner = _model_of(field.type, models)
        if inner is None or inner.name in seen or field.name == "usage":
            continue
        rest = _text_path(inner, models, (*seen, model.name))
        if rest is not None:
            return (field, *rest)
    return None


def _holder(
    chunk: JSONObject, model: ir.Model, path: tuple[ir.Field, ...], values: Examples
) -> tuple[JSONObject, ir.Model]:
    """The object holding the text field, creating the containers on the way (one list item)."""
    current, current_model = chunk, model
    for field in path[:-1]:
        inner = _model_of(field.type, values.models)
        assert inner is not None
        if field.type.kind == "list":
            items = current.get(field.name)
            item = (
                items[0] if isinstance(items, list) and items else values.model(inner, full=False)
            )
            if isinstance(item, dict) and _field(inner, "index") is not None:
                item["index"] = 0
            current[field.name] = [item]
            current = item
        else:
            existing = current.get(field.name)
            current[field.name] = existing if isinstance(existing, dict) else {}
            current = current[field.name]
        current_model = inner
    return current, current_model


def _set_finish(
    chunk: JSONObject, model: ir.Model, path: tuple[ir.Field, ...], values: Examples
) -> None:
    """Set the finish reason on the innermost container above the text that has one."""
    current, current_model = chunk, model
    containers: list[tuple[JSONObject, ir.Model]] = [(current, current_model)]
    for field in path[:-2]:
        inner = _model_of(field.type, values.models)
        value = current.get(field.name)
        value = value[0] if isinstance(value, list) and value else value
        if inner is None or not isinstance(value, dict):
            break
        current, current_model = value, inner
        containers.append((current, current_model))
    for container, container_model in reversed(containers):
        for name in FINISH_FIELDS:
            finish = _field(container_model, name)
            if finish is not None:
                container[name] = _first_value(finish.type, values)
                return


def _usage(type_ref: ir.TypeRef, values: Examples, completion_tokens: int) -> ir.JSON:
    usage = values.value(type_ref, full=False)
    if isinstance(usage, dict) and {"prompt_tokens", "completion_tokens", "total_tokens"} <= set(
        usage
    ):
        prompt = usage["prompt_tokens"]
        prompt = prompt if isinstance(prompt, int) else 1
        usage["completion_tokens"] = completion_tokens
        usage["total_tokens"] = prompt + completion_tokens  # so the numbers add up
    return usage


# -- a discriminated union of event models -----------------------------------------------------


def _tagged_members(union: ir.TypeRef, models: dict[str, ir.Model]) -> dict[str, ir.Model]:
    tag = union.discriminator or "type"
    members: dict[str, ir.Model] = {}
    for member in union.args:
        model = models.get(member.name) if member.kind == "model" else None
        field = _field(model, tag) if model is not None else None
        if model is None or field is None or field.type.kind != "literal":
            return {}  # not a tagged union: the caller falls back to one plain example
        members[str(field.type.values[0])] = model
    return members


def _tagged_events(
    members: dict[str, ir.Model],
    tag: str,
    values: Examples,
    pieces: tuple[str, ...],
    request: StreamRequest,
) -> list[ir.JSON]:
    def event(name: str, **fields: ir.JSON) -> JSONObject:
        model = members[name]
        result = values.model(model, full=True)
        result[tag] = name
        result.update((key, value) for key, value in fields.items() if _field(model, key))
        return result

    if not set(ANTHROPIC_ORDER) <= set(members):
        return [event(name) for name in members if name not in SKIPPED_TAGS]
    events: list[ir.JSON] = [_message_start(event("message_start"), members, values)]
    if request.ping and "ping" in members:
        events.append(event("ping"))
    block = _text_model(_type_of(members["content_block_start"], "content_block"), values.models)
    start_block = _text_block(block, values) if block is not None else None
    events.append(event("content_block_start", index=0, content_block=start_block))
    delta_type = _type_of(members["content_block_delta"], "delta")
    for number, piece in enumerate(pieces):
        delta = _text_delta(delta_type, piece, values)
        events.append(event("content_block_delta", index=0, delta=delta))
        if number == 0 and request.error and "error" in members:
            events.append(_error_event(event("error")))
            return events
    events.append(event("content_block_stop", index=0))
    events.append(_message_delta(event("message_delta"), members["message_delta"], values, pieces))
    events.append(event("message_stop"))
    return events


def _message_start(start: JSONObject, members: dict[str, ir.Model], values: Examples) -> JSONObject:
    """The message as it begins: no content yet, and nothing said about how it stops."""
    for field in members["message_start"].fields:
        inner = _model_of(field.type, values.models)
        message = start.get(field.name)
        if inner is None or field.type.kind != "model" or not isinstance(message, dict):
            continue
        for part in inner.fields:
            if part.name == "content" and part.type.kind == "list":
                message["content"] = []
            elif part.name.startswith("stop") and part.type.nullable:
                message[part.name] = None
    return start


def _text_block(block: ir.Model, values: Examples) -> JSONObject:
    result = values.model(block, full=False)
    if _allows(block, "type", "text", values):
        result["type"] = "text"
    if _field(block, "text") is not None:
        result["text"] = ""
    return result


def _text_delta(type_ref: ir.TypeRef | None, piece: str, values: Examples) -> ir.JSON:
    """A delta carrying ``piece``: the union member with a ``text`` field, else the first."""
    if type_ref is None:
        return piece
    chosen = _text_model(type_ref, values.models)
    if chosen is None or _field(chosen, "text") is None:
        candidates = type_ref.args if type_ref.kind == "union" else (type_ref,)
        return values.value(candidates[0], full=False)
    delta = values.model(chosen, full=False)
    tag = _field(chosen, type_ref.discriminator or "type")
    if tag is not None and tag.type.kind == "literal":
        delta[tag.name] = tag.type.values[0]
    delta["text"] = piece
    return delta


def _message_delta(
    delta_event: JSONObject, model: ir.Model, values: Examples, pieces: tuple[str, ...]
) -> JSONObject:
    delta_model = _model_of(_type_of(model, "delta"), values.models)
    delta = delta_event.get("delta")
    if delta_model is not None and isinstance(delta, dict):
        stop = _field(delta_model, "stop_reason")
        if stop is not None:
            delta["stop_reason"] = _first_value(stop.type, values)
        sequence = _field(delta_model, "stop_sequence")
        if sequence is not None and sequence.type.nullable:
            delta["stop_sequence"] = None
    usage = delta_event.get("usage")
    if isinstance(usage, dict) and "output_tokens" in usage:
        usage["output_tokens"] = len(pieces)
    return delta_event


def _error_event(error: JSONObject) -> JSONObject:
    detail = error.get("error")
    if isinstance(detail, dict):
        if "type" in detail:
            detail["type"] = "overloaded_error"
        detail["message"] = "Overloaded (sent by the mock server on request)"
    return error


# -- IR look-ups -------------------------------------------------------------------------------


def _field(model: ir.Model | None, name: str) -> ir.Field | None:
    if model is None:
        return None
    return next((f for f in model.fields if f.name == name), None)


def _type_of(model: ir.Model, name: str) -> ir.TypeRef | None:
    field = _field(model, name)
    return field.type if field is not None else None


def _model_of(type_ref: ir.TypeRef | None, models: dict[str, ir.Model]) -> ir.Model | None:
    """The model of a model field or of a list of models."""
    if type_ref is None:
        return None
    if type_ref.kind == "list" and type_ref.args:
        type_ref = type_ref.args[0]
    return models.get(type_ref.name) if type_ref.kind == "model" else None


def _text_model(type_ref: ir.TypeRef | None, models: dict[str, ir.Model]) -> ir.Model | None:
    """The model of a model field, or the member of a union of models that carries ``text``
    (a text block among tool-use and thinking blocks), else its first model."""
    if type_ref is None or type_ref.kind != "union":
        return _model_of(type_ref, models)
    members = [models[m.name] for m in type_ref.args if m.kind == "model" and m.name in models]
    return next((m for m in members if _field(m, "text") is not None), next(iter(members), None))


def _allows(model: ir.Model, name: str, value: str, values: Examples) -> bool:
    field = _field(model, name)
    if field is None:
        return False
    if field.type.kind == "enum":
        return value in values.enums[field.type.name].values
    if field.type.kind == "literal":
        return value in field.type.values
    return field.type.kind == "str"


def _first_value(type_ref: ir.TypeRef, values: Examples) -> ir.JSON:
    """The first listed value of an enum or literal: the ordinary case ("stop", "end_turn")."""
    if type_ref.kind == "enum":
        return values.enums[type_ref.name].values[0]
    if type_ref.kind == "literal":
        return type_ref.values[0]
    return values.value(type_ref, full=False)
