"""Which side of the wire each model is on: what the client sends, what the server returns.

What the client sends (a method's arguments and request body, and every model inside them) is
a TypedDict, so that the dict literals people write for the OpenAI and Anthropic SDKs type-check;
what the server returns (responses, error bodies, stream events, and what they hold) is a
pydantic model. A schema on both sides becomes two types: the model keeps its name and the
TypedDict takes ``typenames.param_name`` of it; the same for a named union on both sides that
holds such a model. Sent positions (arguments, the fields of sent models) then name the
TypedDicts, received ones the models: templates only spell what they find.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from generator.model import ir
from generator.model.typenames import param_name


def split_sides(
    operations: tuple[ir.Operation, ...], models: tuple[ir.Model, ...], taken: Iterable[str]
) -> tuple[tuple[ir.Operation, ...], tuple[ir.Model, ...]]:
    """The operations with their arguments and bodies naming what the client sends, and the
    models marked ``sent`` or ``received``, with a TypedDict twin for each model on both sides.
    ``taken``: the other type names (enums), which a twin's name must not take."""
    by_name = {model.name: model for model in models}
    sent = _reached((t for op in operations for t in op.request_types), by_name, sending=True)
    received = _reached((t for op in operations for t in op.received_types), by_name)
    names = {*by_name, *taken, *sent, *received}
    params: dict[str, str] = {}
    for name in sorted(sent.keys() & received.keys()):
        if name in by_name or _holds_model(sent[name]):
            params[name] = param_name(name, names)
            names.add(params[name])

    def to_sent(type_ref: ir.TypeRef) -> ir.TypeRef:
        if type_ref.as_received:
            return type_ref
        args = tuple(to_sent(arg) for arg in type_ref.args)
        named = type_ref.kind in ("model", "union") and type_ref.name
        name = params.get(type_ref.name, type_ref.name) if named else type_ref.name
        return replace(type_ref, name=name, args=args)

    def sent_model(model: ir.Model, param_of: str = "") -> ir.Model:
        fields = tuple(replace(f, type=to_sent(f.type)) for f in model.fields)
        additional = to_sent(model.additional) if model.additional is not None else None
        name = params[param_of] if param_of else model.name
        return replace(
            model,
            name=name,
            fields=fields,
            additional=additional,
            sent=True,
            received=False,
            param_of=param_of,
        )

    result = []
    for model in models:
        if model.name in params:
            result.append(replace(model, received=True, sent=False))
            result.append(sent_model(model, param_of=model.name))
        elif model.name in sent:
            result.append(sent_model(model))
        else:
            result.append(replace(model, received=model.name in received, sent=False))
    sides = tuple(
        replace(
            op,
            arguments=tuple(replace(a, type=to_sent(a.type)) for a in op.arguments),
            body=replace(op.body, type=to_sent(op.body.type)) if op.body is not None else None,
        )
        for op in operations
    )
    return sides, tuple(sorted(result, key=lambda m: m.name))


def _reached(
    roots: Iterable[ir.TypeRef], models: Mapping[str, ir.Model], sending: bool = False
) -> dict[str, ir.TypeRef]:
    """The models and named unions reached from ``roots``, by name; ``sending``: not those the
    client sends back as it received them."""
    skip = (lambda t: t.as_received) if sending else None
    return {
        t.name: t
        for t in ir.walk_types(roots, models, skip)
        if (t.kind == "model" and t.name in models) or (t.kind == "union" and t.name)
    }


def _holds_model(union: ir.TypeRef) -> bool:
    """Whether a named union has a model among its members (then it names the TypedDict on the
    side the client sends); a union of scalars and enums is the same on both sides."""
    return any(t.kind == "model" for t in ir.walk_types(union.args))
