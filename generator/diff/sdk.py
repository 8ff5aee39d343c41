"""Comparison of two intermediate models: what changes for code written against the SDK.

The wire verdict (``wire.py``) says what a server change does to requests and responses; this
one says what it does to Python code calling the generated package: a method, keyword argument,
model, field or enum value that disappears, an argument that becomes required, an annotation
that changes. Methods are matched by their client path (``chat.completions.create``), arguments
and fields by their Python names, models and enums by name.

A model (or enum) that reappears under another name with the same fields (values) is one
``sdk-model-renamed`` (``sdk-enum-renamed``), and the types that mention it are compared as if
the old name were already the new one, so a rename is reported once, not once per use.

Where a change's effect depends on which way data flows, the level says so: a new required
field breaks a model that callers build (a request parameter) but not one they only read; a
field that becomes optional breaks readers (its annotation gains ``| None``) but not builders.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple, TypeVar

from generator.diff.changes import Change, Level
from generator.model import ir
from generator.render.pysource import annotation, literal
from generator.spec import pointer

Renames = dict[str, str]  # old type name -> new type name
_Named = TypeVar("_Named", ir.Model, ir.Enum)
_NONE = "None"


def diff_apis(old: ir.Api, new: ir.Api) -> list[Change]:
    """Every change between two generated SDKs that a caller's code can notice, in a stable
    order: methods (by client path), models, enums, type aliases, exception classes, client."""
    renames = _renames(old, new)
    roles = _Roles(old, new, renames)
    changes: list[Change] = []
    changes.extend(_methods(old, new, renames))
    changes.extend(_models(old, new, renames, roles))
    changes.extend(_enums(old, new, renames))
    changes.extend(_aliases(old, new, renames))
    changes.extend(_error_classes(old, new))
    changes.extend(_client(old, new))
    return changes


def sdk_pointer(*tokens: str | int) -> str:
    """A stable pseudo-pointer into the SDK, e.g. ``sdk:/models/ChatCompletion/fields/usage``."""
    return "sdk:" + pointer.join("", *tokens)


# -- methods -----------------------------------------------------------------------------------


def _methods(old: ir.Api, new: ir.Api, renames: Renames) -> list[Change]:
    before = {op.id: op for op in old.operations}
    after = {op.id: op for op in new.operations}
    moved = _moved_methods(before, after)
    changes: list[Change] = []
    for op_id in sorted(before.keys() | after.keys()):
        was, now = before.get(op_id), after.get(op_id)
        if was is not None and op_id in moved:  # the same operation under another name
            now = after[moved[op_id]]
            message = f"Method `client.{op_id}()` was renamed to `client.{now.id}()`."
            changes.append(
                _on(now, "sdk-method-renamed", "breaking", message, old=op_id, new=now.id)
            )
        elif now is None:
            assert was is not None
            message = f"Method `client.{op_id}()` was removed."
            changes.append(_on(was, "sdk-method-removed", "breaking", message, old=op_id))
            continue
        elif was is None:
            if op_id not in moved.values():
                message = f"New method `client.{op_id}()`."
                changes.append(_on(now, "sdk-method-added", "info", message, new=op_id))
            continue
        changes.extend(_arguments(was, now, renames))
        changes.extend(_returns(was, now, renames))
        changes.extend(_streams(was, now, renames))
    return changes


def _moved_methods(
    before: dict[str, ir.Operation], after: dict[str, ir.Operation]
) -> dict[str, str]:
    """Methods that changed client path but not HTTP method and path: old id -> new id."""
    added = {(op.http_method, op.path): op.id for op_id, op in after.items() if op_id not in before}
    return {
        op_id: added[(op.http_method, op.path)]
        for op_id, op in before.items()
        if op_id not in after and (op.http_method, op.path) in added
    }


def _on(
    op: ir.Operation,
    rule: str,
    level: Level,
    message: str,
    *tokens: str | int,
    old: ir.JSON = None,
    new: ir.JSON = None,
) -> Change:
    """A change of one method, located at its operation."""
    return Change(
        rule=rule,
        level=level,
        message=message,
        method=op.http_method,
        path=op.path,
        pointer=sdk_pointer("methods", op.id, *tokens),
        old=old,
        new=new,
    )


def _arguments(was: ir.Operation, now: ir.Operation, renames: Renames) -> list[Change]:
    before = {a.python_name: a for a in was.arguments}
    after = {a.python_name: a for a in now.arguments}
    method = f"`client.{now.id}()`"
    changes: list[Change] = []
    for name in sorted(before.keys() | after.keys()):
        old, new = before.get(name), after.get(name)
        at = ("arguments", name)
        if new is None:
            assert old is not None
            changes.append(
                _on(
                    was,
                    "sdk-argument-removed",
                    "breaking",
                    f"{method} no longer takes `{name}`: calls passing it raise TypeError.",
                    *at,
                    old=_argument_type(old, renames),
                )
            )
            continue
        if old is None:
            typed = _argument_type(new, {})
            spelled = f"`{name}: {typed}`"
            if new.required:
                message = f"{method} has a new required argument {spelled}."
                changes.append(
                    _on(now, "sdk-argument-added-required", "breaking", message, *at, new=typed)
                )
            else:
                message = f"{method} takes a new optional argument {spelled}."
                changes.append(_on(now, "sdk-argument-added", "info", message, *at, new=typed))
            continue
        if new.required and not old.required:
            changes.append(
                _on(
                    now,
                    "sdk-argument-became-required",
                    "breaking",
                    f"Argument `{name}` of {method} is now required.",
                    *at,
                    old=False,
                    new=True,
                )
            )
        elif old.required and not new.required:
            changes.append(
                _on(
                    now,
                    "sdk-argument-became-optional",
                    "info",
                    f"Argument `{name}` of {method} is now optional.",
                    *at,
                    old=True,
                    new=False,
                )
            )
        before_type, after_type = _argument_type(old, renames), _argument_type(new, {})
        if before_type == after_type:
            continue
        level: Level
        if _accepts(new.type, _renamed(old.type, renames)):
            rule, level, verb = "sdk-argument-type-generalized", "info", "now also accepts"
        else:
            rule, level, verb = "sdk-argument-type-changed", "breaking", "changed type to"
        message = f"Argument `{name}` of {method} {verb} `{after_type}` (was `{before_type}`)."
        changes.append(_on(now, rule, level, message, *at, old=before_type, new=after_type))
    return changes


def _argument_type(argument: ir.Argument, renames: Renames) -> str:
    """The annotation a caller sees, without ``| NotGiven`` (as ``argument_declaration``)."""
    return _spell(argument.type, renames)


def _plain(type_ref: ir.TypeRef) -> ir.TypeRef:
    """The type without discriminators, which help parsing but change nothing for callers."""
    return replace(type_ref, discriminator=None, args=tuple(_plain(a) for a in type_ref.args))


def _returns(was: ir.Operation, now: ir.Operation, renames: Renames) -> list[Change]:
    before, after = _returned(was, renames), _returned(now, {})
    if before == after:
        return []
    method = f"`client.{now.id}()`"
    level: Level
    if before == _NONE:
        rule, level = "sdk-return-type-added", "info"
        message = f"{method} now returns `{after}` (returned `None`)."
    elif (
        was.response is not None
        and was.response.type is not None
        and now.response is not None
        and now.response.type is not None
        and _accepts(_renamed(was.response.type, renames), now.response.type)
    ):
        rule, level = "sdk-return-type-narrowed", "info"
        message = f"{method} now returns `{after}`, a narrower type than `{before}`."
    else:
        rule, level = "sdk-return-type-changed", "breaking"
        message = f"{method} now returns `{after}` instead of `{before}`."
    return [_on(now, rule, level, message, "returns", old=before, new=after)]


def _returned(op: ir.Operation, renames: Renames) -> str:
    """What the method returns, as ``return_annotation`` spells it (``None``: no body)."""
    response = op.response
    return _spell(response.type, renames) if response and response.type else _NONE


def _streams(was: ir.Operation, now: ir.Operation, renames: Renames) -> list[Change]:
    method = f"`client.{now.id}()`"
    old, new = was.stream, now.stream
    if old is None and new is None:
        return []
    if new is None:
        assert old is not None
        message = f"{method} no longer streams: it does not return a `Stream` any more."
        return [_on(was, "sdk-stream-removed", "breaking", message, "stream", old=_flag(old))]
    if old is None:
        events = _spell(new.event)
        message = f"{method} can now stream `{events}` events{_switch(new)}."
        return [_on(now, "sdk-stream-added", "info", message, "stream", new=events)]
    changes: list[Change] = []
    before, after = _spell(old.event, renames), _spell(new.event)
    if before != after:
        level: Level
        if _accepts(_renamed(old.event, renames), new.event):
            rule, level = "sdk-stream-event-type-narrowed", "info"
        else:
            rule, level = "sdk-stream-event-type-changed", "breaking"
        message = f"{method} streams `{after}` events instead of `{before}`."
        changes.append(_on(now, rule, level, message, "stream", "event", old=before, new=after))
    if old.flag != new.flag:
        message = f"{method} streams {_when(new)} (it streamed {_when(old)})."
        changes.append(
            _on(
                now,
                "sdk-stream-flag-changed",
                "breaking",
                message,
                "stream",
                "flag",
                old=old.flag,
                new=new.flag,
            )
        )
    return changes


def _switch(stream: ir.Stream) -> str:
    return f" with `{stream.flag}=True`" if stream.flag else ""


def _when(stream: ir.Stream) -> str:
    return f"when called with `{stream.flag}=True`" if stream.flag else "always"


def _flag(stream: ir.Stream) -> str:
    return stream.flag or "always"


# -- models ------------------------------------------------------------------------------------


class _Roles:
    """Which models callers build (reachable from a method's arguments), which they read
    (reachable from what the server sends), and which only stand for a method's keyword
    arguments (a flattened request body no other type mentions), in either version."""

    def __init__(self, old: ir.Api, new: ir.Api, renames: Renames) -> None:
        self.sent = {renames.get(n, n) for n in _sent(old)} | _sent(new)
        self.read = {renames.get(m.name, m.name) for m in old.models if m.received}
        self.read |= {m.name for m in new.models if m.received}
        self.bodies = {renames.get(n, n) for n in _bodies(old)} & _bodies(new)


def _bodies(api: ir.Api) -> set[str]:
    """Models whose fields are exactly some method's keyword arguments, and nothing else."""
    flattened = {op.body.type.name for op in api.operations if op.body and op.body.flattened}
    roots = [t for model in api.models for t in model.types]
    roots.extend(api.aliases)
    roots.extend(t for op in api.operations for t in (*op.sent_types, *op.received_types))
    return flattened - {type_ref.name for type_ref in ir.walk_types(roots)}


def _sent(api: ir.Api) -> set[str]:
    models = {model.name: model for model in api.models}
    sent = (t for op in api.operations for t in op.sent_types)
    return {t.name for t in ir.walk_types(sent, models) if t.kind == "model" and t.name in models}


def _models(old: ir.Api, new: ir.Api, renames: Renames, roles: _Roles) -> list[Change]:
    before = {m.name: m for m in old.models}
    after = {m.name: m for m in new.models}
    renamed_to = {renames[name] for name in before if name in renames}
    changes: list[Change] = []
    for name in sorted(before.keys() | after.keys()):
        was, now = before.get(name), after.get(name)
        at = sdk_pointer("models", name)
        if was is not None and name in renames and renames[name] in after:
            target = renames[name]
            changes.append(
                Change(
                    rule="sdk-model-renamed",
                    level="breaking",
                    message=f"Model `{name}` was renamed to `{target}`: "
                    "imports and annotations of the old name fail.",
                    pointer=at,
                    old=name,
                    new=target,
                    cause=_cause(after[target]),
                )
            )
            if target not in roles.bodies:
                changes.extend(_fields(was, after[target], renames, roles))
        elif now is None:
            changes.append(
                Change(
                    "sdk-model-removed",
                    "breaking",
                    f"Model `{name}` was removed.",
                    pointer=at,
                    old=name,
                )
            )
        elif was is None:
            if name not in renamed_to:
                changes.append(
                    Change("sdk-model-added", "info", f"New model `{name}`.", pointer=at, new=name)
                )
        else:
            changes.extend(_kind(was, now))
            if name not in roles.bodies:  # a flattened body's fields: reported as arguments
                changes.extend(_fields(was, now, renames, roles))
    return changes


def _kind(was: ir.Model, now: ir.Model) -> list[Change]:
    """A model that became a TypedDict (what the client sends), or the reverse: code that reads
    its attributes, or indexes it by key, breaks; building it with keyword arguments named as
    on the wire still works."""
    if was.sent == now.sent:
        return []
    at = sdk_pointer("models", now.name)
    if now.sent:
        return [
            Change(
                "sdk-model-became-typeddict",
                "breaking",
                f"`{now.name}` is now a TypedDict (a dict, keyed by wire names), no longer a "
                "pydantic model: attributes and model methods are gone.",
                pointer=at,
                old="model",
                new="TypedDict",
            )
        ]
    return [
        Change(
            "sdk-typeddict-became-model",
            "breaking",
            f"`{now.name}` is now a pydantic model, no longer a TypedDict: it is built with "
            "keyword arguments and read by attribute, not by key.",
            pointer=at,
            old="TypedDict",
            new="model",
        )
    ]


def _fields(was: ir.Model, now: ir.Model, renames: Renames, roles: _Roles) -> list[Change]:
    before = {f.python_name: f for f in was.fields}
    after = {f.python_name: f for f in now.fields}
    built, read = now.name in roles.sent, now.name in roles.read
    changes: list[Change] = []

    def change(
        rule: str, level: Level, message: str, name: str, old: ir.JSON = None, new: ir.JSON = None
    ) -> None:
        at = sdk_pointer("models", now.name, "fields", name)
        changes.append(Change(rule, level, message, pointer=at, old=old, new=new))

    for name in sorted(before.keys() | after.keys()):
        old, new = before.get(name), after.get(name)
        spelled = f"`{now.name}.{name}`"
        if new is None:
            assert old is not None
            old_type = _field_type(old, renames)
            change(
                "sdk-field-removed", "breaking", f"Field {spelled} was removed.", name, old=old_type
            )
            continue
        new_type = _field_type(new, {})
        if old is None:
            if new.required and built:
                message = (
                    f"New required field {spelled}: `{new_type}`; "
                    f"building `{now.name}` without it fails."
                )
                change("sdk-field-added-required", "breaking", message, name, new=new_type)
            else:
                kind = "required" if new.required else "optional"
                message = f"New {kind} field {spelled}: `{new_type}`."
                change("sdk-field-added", "info", message, name, new=new_type)
            continue
        if new.required != old.required:
            if new.required:
                level: Level = "breaking" if built else "info"
                why = f"; building `{now.name}` without it fails" if built else ""
                message = f"Field {spelled} is now required{why}."
                change("sdk-field-became-required", level, message, name, old=False, new=True)
            else:
                level = "breaking" if read else "info"
                why = "; reading it may now give `None`" if read else ""
                message = f"Field {spelled} is now optional{why}."
                change("sdk-field-became-optional", level, message, name, old=True, new=False)
        old_type = _field_type(old, renames)
        if old_type == new_type:
            continue
        old_ref, new_ref = _renamed(old.type, renames), new.type
        if not read and _accepts(new_ref, old_ref):
            rule, level = "sdk-field-type-generalized", "info"
        elif not built and _accepts(old_ref, new_ref):
            rule, level = "sdk-field-type-narrowed", "info"
        else:
            rule, level = "sdk-field-type-changed", "breaking"
        message = f"Field {spelled} changed type from `{old_type}` to `{new_type}`."
        change(rule, level, message, name, old=old_type, new=new_type)
    return changes


def _field_type(field: ir.Field, renames: Renames) -> str:
    """The field's type, its nullability included (not the ``| None`` of an optional field,
    which ``sdk-field-became-optional`` reports)."""
    return _spell(field.type, renames)


# -- enums, aliases, exceptions, client ------------------------------------------------------


def _enums(old: ir.Api, new: ir.Api, renames: Renames) -> list[Change]:
    before = {e.name: e for e in old.enums}
    after = {e.name: e for e in new.enums}
    renamed_to = {renames[name] for name in before if name in renames}
    changes: list[Change] = []
    for name in sorted(before.keys() | after.keys()):
        was, now = before.get(name), after.get(name)
        at = sdk_pointer("enums", name)
        if was is not None and name in renames and renames[name] in after:
            target = renames[name]
            message = f"Enum `{name}` was renamed to `{target}`."
            cause = _cause(after[target])
            changes.append(
                Change(
                    "sdk-enum-renamed",
                    "breaking",
                    message,
                    pointer=at,
                    old=name,
                    new=target,
                    cause=cause,
                )
            )
        elif now is None:
            message = f"Enum `{name}` was removed."
            changes.append(Change("sdk-enum-removed", "breaking", message, pointer=at, old=name))
        elif was is None:
            if name not in renamed_to:
                message = f"New enum `{name}`."
                changes.append(Change("sdk-enum-added", "info", message, pointer=at, new=name))
        else:
            old_values, new_values = _value_set(was.values), _value_set(now.values)
            for value in _sorted_values(old_values - new_values):
                message = f"Enum `{name}` no longer has the value {_value(value)}."
                changes.append(
                    Change(
                        "sdk-enum-member-removed",
                        "breaking",
                        message,
                        pointer=sdk_pointer("enums", name, "values", str(value)),
                        old=value,
                    )
                )
            for value in _sorted_values(new_values - old_values):
                message = f"Enum `{name}` has a new value {_value(value)}."
                changes.append(
                    Change(
                        "sdk-enum-member-added",
                        "info",
                        message,
                        pointer=sdk_pointer("enums", name, "values", str(value)),
                        new=value,
                    )
                )
    return changes


def _value(value: str | int | float | bool) -> str:
    return f"`{literal(value)}`"


def _value_set(values: Iterable[str | int | float | bool]) -> set[_Value]:
    # Typed: True == 1 in a plain set, but not in a Literal.
    return {_Value(type(value).__name__, value) for value in values}


def _sorted_values(values: Iterable[_Value]) -> list[str | int | float | bool]:
    return [v.value for v in sorted(values, key=lambda v: (v.kind, str(v.value)))]


def _aliases(old: ir.Api, new: ir.Api, renames: Renames) -> list[Change]:
    """Named unions (a stream's event types): removing one breaks imports of it."""
    before = {a.name: a for a in old.aliases}
    after = {a.name: a for a in new.aliases}
    changes: list[Change] = []
    for name in sorted(before.keys() | after.keys()):
        was, now = before.get(name), after.get(name)
        at = sdk_pointer("aliases", name)
        if now is None:
            message = f"Type alias `{name}` was removed."
            changes.append(
                Change("sdk-type-alias-removed", "breaking", message, pointer=at, old=name)
            )
        elif was is None:
            message = f"New type alias `{name}`."
            changes.append(Change("sdk-type-alias-added", "info", message, pointer=at, new=name))
        else:
            was_union = _renamed(replace(was, name=""), renames)
            now_union = replace(now, name="")
            before_value, after_value = _spell(was_union), _spell(now_union)
            if before_value != after_value:
                # A union read from the server gaining a member: exhaustive matches miss it.
                level: Level = "info" if _accepts(was_union, now_union) else "warning"
                message = f"Type alias `{name}` is now `{after_value}` (was `{before_value}`)."
                changes.append(
                    Change(
                        "sdk-type-alias-changed",
                        level,
                        message,
                        pointer=at,
                        old=before_value,
                        new=after_value,
                    )
                )
    return changes


def _error_classes(old: ir.Api, new: ir.Api) -> list[Change]:
    before = {e.class_name: e for e in old.error_classes}
    after = {e.class_name: e for e in new.error_classes}
    changes: list[Change] = []
    for name in sorted(before.keys() | after.keys()):
        at = sdk_pointer("errors", name)
        if name not in after:
            message = f"Exception class `{name}` was removed: `except {name}` fails to import."
            changes.append(
                Change("sdk-error-class-removed", "breaking", message, pointer=at, old=name)
            )
        elif name not in before:
            status = after[name].status
            message = f"New exception class `{name}` (HTTP {status})."
            changes.append(Change("sdk-error-class-added", "info", message, pointer=at, new=name))
    return changes


def _client(old: ir.Api, new: ir.Api) -> list[Change]:
    if old.base_url == new.base_url:
        return []
    message = f"The client's default base URL is now {new.base_url} (was {old.base_url})."
    return [
        Change(
            "sdk-default-base-url-changed",
            "warning",
            message,
            pointer=sdk_pointer("client", "base_url"),
            old=old.base_url,
            new=new.base_url,
        )
    ]


def _cause(renamed: ir.Model | ir.Enum) -> str | None:
    """Why a type has its new name, as far as the listing tells."""
    return {"overlay": "named in the overlay", "rule": "named by the naming rules"}.get(
        renamed.named_by
    )


# -- types -------------------------------------------------------------------------------------


def _spell(type_ref: ir.TypeRef, renames: Renames | None = None) -> str:
    """The annotation of a type, renamed types by their new names, without discriminators."""
    return annotation(_plain(_renamed(type_ref, renames or {})))


def _renamed(type_ref: ir.TypeRef, renames: Renames) -> ir.TypeRef:
    """The type with renamed models and enums spelled by their new names."""
    if not renames:
        return type_ref
    name = type_ref.name
    if type_ref.kind in ("model", "enum"):
        name = renames.get(name, name)
    return replace(type_ref, name=name, args=tuple(_renamed(a, renames) for a in type_ref.args))


def _accepts(wide: ir.TypeRef, narrow: ir.TypeRef) -> bool:
    """Whether every value of ``narrow`` is also a value of ``wide``, judged the way a type
    checker would: by union members, ``None``, literal values and ``int`` in ``float``."""
    wide_options = _options(wide)
    return all(_covered(option, wide_options) for option in _options(narrow))


@dataclass(frozen=True)
class _Option:
    """One alternative a value of a type may be, as a type checker tells them apart: ``None``,
    a type by its annotation (``str``, ``list[Pet]``), or one literal value."""

    annotation: str  # of a literal, that of its value's type: ``Literal[True]`` is a ``bool``
    is_literal: bool = False
    value: str | int | float | bool | None = None  # a literal's; compared with its type


_FLOAT = _Option("float")


def _options(type_ref: ir.TypeRef) -> list[_Option]:
    """The alternatives a value of the type may be."""
    options = [_Option(_NONE)] if type_ref.nullable else []
    bare = _plain(replace(type_ref, nullable=False))
    if bare.kind == "union" and not bare.name:
        for arg in bare.args:
            options.extend(_options(arg))
    elif bare.kind == "literal":
        # The exact type, not isinstance: True is an int too, but Literal[True] is no int.
        options.extend(_Option(type(value).__name__, True, value) for value in bare.values)
    else:
        options.append(_Option(annotation(bare)))
    return options


def _covered(option: _Option, options: Collection[_Option]) -> bool:
    """Whether one of ``options`` accepts ``option``: the same one, the type of a literal
    (``str`` takes ``Literal["a"]``), or ``float`` for an ``int`` (a literal one too)."""
    if option in options or _Option(option.annotation) in options:
        return True
    return option.annotation == "int" and _FLOAT in options


def _renames(old: ir.Api, new: ir.Api) -> Renames:
    """Models and enums that changed name: a removed and an added one at the same place in the
    API (see ``places``), else with the same fields (values), paired when the match is one to
    one. Repeated until nothing new pairs, so that models whose fields mention renamed types
    pair too."""
    renames: Renames = {
        **_placed_pairs(old.models, new.models),
        **_placed_pairs(old.enums, new.enums),
    }
    while True:
        found = {
            **_pairs(old.enums, new.enums, renames, lambda e, _: _enum_signature(e)),
            **_pairs(old.models, new.models, renames, _model_signature),
        }
        if not found:
            return renames
        renames.update(found)


def _placed_pairs(old: Sequence[_Named], new: Sequence[_Named]) -> Renames:
    """Removed and added types that share a place, best overlap first, one to one."""
    old_names = {item.name for item in old}
    new_names = {item.name for item in new}
    added = [item for item in new if item.name not in old_names]
    candidates = sorted(
        (-len(set(was.places) & set(now.places)), was.name, now.name)
        for was in old
        if was.name not in new_names
        for now in added
        if set(was.places) & set(now.places)
    )
    pairs: Renames = {}
    for _, was_name, now_name in candidates:
        if was_name not in pairs and now_name not in pairs.values():
            pairs[was_name] = now_name
    return pairs


def _pairs(
    old: Sequence[_Named],
    new: Sequence[_Named],
    renames: Renames,
    signature: Callable[[_Named, Renames], object],
) -> Renames:
    old_names = {item.name for item in old}
    new_names = {item.name for item in new}
    taken = set(renames.values())
    removed: dict[object, list[str]] = {}
    added: dict[object, list[str]] = {}
    for item in old:
        if item.name not in new_names and item.name not in renames:
            key = signature(item, renames)
            if key is not None:
                removed.setdefault(key, []).append(item.name)
    for item in new:
        if item.name not in old_names and item.name not in taken:
            key = signature(item, {})
            if key is not None:
                added.setdefault(key, []).append(item.name)
    return {
        names[0]: added[key][0]
        for key, names in removed.items()
        if len(names) == 1 and len(added.get(key, ())) == 1
    }


class _Value(NamedTuple):
    kind: str
    value: str | int | float | bool


def _model_signature(model: ir.Model, renames: Renames) -> object:
    if not model.fields:
        return None  # every empty model would look like every other
    return frozenset(
        (f.name, f.python_name, f.required, _spell(f.type, renames)) for f in model.fields
    )


def _enum_signature(enum: ir.Enum) -> object:
    return frozenset(_value_set(enum.values)) or None
