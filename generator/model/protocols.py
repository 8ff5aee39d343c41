"""Which streaming protocol a stream's events follow: what lets the client rebuild the whole
response from them (``messages.stream()``, ``chat.completions.stream()``).

A protocol is recognised from the event type, or declared on the stream's media type with
``x-specgen-stream-protocol`` (``chat.completions``, ``messages``, or ``none`` to have no
helper):

- ``chat.completions``: one event model whose ``choices`` items carry a ``delta`` (OpenAI's chat
  completion chunks);
- ``messages``: a union told apart by a discriminator whose tags include ``message_start``,
  ``content_block_delta`` and ``message_delta`` (Anthropic's message events).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import get_args

from generator.model import ir

PROTOCOL_EXTENSION = "x-specgen-stream-protocol"
NO_PROTOCOL = "none"  # declared: the events are not to be accumulated
DECLARABLE = (*get_args(ir.StreamProtocol), NO_PROTOCOL)
MESSAGE_TAGS = frozenset({"message_start", "content_block_delta", "message_delta"})


def stream_protocol(
    declared: str | None, event: ir.TypeRef, models: Mapping[str, ir.Model]
) -> ir.StreamProtocol | None:
    """The protocol a stream follows: the declared one (``none``: no protocol), else the one
    its event type is recognised as, else None."""
    if declared == NO_PROTOCOL:
        return None
    if declared == "chat.completions":
        return "chat.completions"
    if declared == "messages":
        return "messages"
    if _is_chat_chunk(event, models):
        return "chat.completions"
    if _is_message_event(event, models):
        return "messages"
    return None


def _is_chat_chunk(event: ir.TypeRef, models: Mapping[str, ir.Model]) -> bool:
    choices = _field(models, event, "choices")
    if choices is None or choices.type.kind != "list" or not choices.type.args:
        return False
    return _field(models, choices.type.args[0], "delta") is not None


def _is_message_event(event: ir.TypeRef, models: Mapping[str, ir.Model]) -> bool:
    if event.kind != "union":
        return False
    tag = event.discriminator or "type"
    tags: set[object] = set()
    for member in event.args:
        field = _field(models, member, tag)
        if field is not None and field.type.kind == "literal":
            tags.update(field.type.values)
    return tags >= MESSAGE_TAGS


def _field(models: Mapping[str, ir.Model], type_ref: ir.TypeRef, name: str) -> ir.Field | None:
    """The field of a model type, by its wire name."""
    model = models.get(type_ref.name) if type_ref.kind == "model" else None
    if model is None:
        return None
    return next((f for f in model.fields if f.name == name), None)
