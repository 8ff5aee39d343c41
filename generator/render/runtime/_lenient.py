"""Lenient parsing: a JSON value that does not match its type, built as far as it fits.

A server that leaves out a required field, sends a string where the spec says integer, or
nests a new shape must not cost the caller the whole response, as the openai and anthropic SDKs
return it too. Where a part fits its type it is validated as usual (nested objects become models,
datetimes are parsed, a tagged union takes the member its tag names); where it does not, the
value stays as it arrived; a required field that is missing stays unset (reading it raises an
``AttributeError`` that names it), and fields the spec does not list are kept.

Only a value that failed validation comes here. Its errors say which parts failed, so the parts
that did not are validated once each and the walk descends only where something is wrong.
"""

from __future__ import annotations

import types
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, TypeGuard, Union, get_args, get_origin

import pydantic
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from ._models import BaseModel
from ._types import is_dict, is_list

# Objects and arrays nested deeper than this are kept as they arrived: the walk is recursive.
MAX_DEPTH = 64

_ADAPTERS: dict[str, pydantic.TypeAdapter[Any]] = {}
_FIELD_TYPES: dict[tuple[type[pydantic.BaseModel], str], object] = {}


def adapter(cast_to: Any) -> pydantic.TypeAdapter[Any]:
    """A cached TypeAdapter for a type that is not a model (a list, a union, a scalar)."""
    key = repr(cast_to)  # some annotations (Annotated[..., Field()]) are not hashable
    if key not in _ADAPTERS:
        _ADAPTERS[key] = pydantic.TypeAdapter(cast_to)
    return _ADAPTERS[key]


def validate(cast_to: Any, value: object) -> Any:
    """``value`` as ``cast_to``, strictly: a ``pydantic.ValidationError`` where it does not fit."""
    if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
        return cast_to.model_validate(value)
    return adapter(cast_to).validate_python(value)


def problems(error: pydantic.ValidationError) -> list[ErrorDetails]:
    """What failed, where, without copies of the input (which may be large)."""
    return error.errors(include_url=False, include_context=False, include_input=False)


def built(cast_to: Any, value: object, errors: Sequence[ErrorDetails]) -> tuple[object, bool]:
    """``value`` as ``cast_to`` where it fits, kept as it arrived where it does not, given the
    ``errors`` its validation raised; and whether it took the type's shape (an object became a
    model, an array a list) rather than staying as it arrived as a whole."""
    result = _built(cast_to, value, errors, 0)
    return result, result is not value


def _fitted(cast_to: object, value: object, depth: int) -> object:
    try:
        return validate(cast_to, value)
    except pydantic.ValidationError as error:
        return _built(cast_to, value, problems(error), depth)


def _built(cast_to: object, value: object, errors: Sequence[ErrorDetails], depth: int) -> object:
    if depth > MAX_DEPTH:
        return value
    cast_to, metadata = _unannotated(cast_to)
    origin = get_origin(cast_to)
    if origin is Union or origin is types.UnionType:
        return _union(get_args(cast_to), _discriminator(metadata), value, depth)
    if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel) and is_dict(value):
        return _model(cast_to, value, errors, depth)
    if origin is list and is_list(value):
        (item,) = get_args(cast_to) or (Any,)
        return _list(item, value, errors, depth)
    if origin is dict and is_dict(value):
        _, item = get_args(cast_to) or (Any, Any)
        return _dict(item, value, errors, depth)
    return value  # a scalar that does not fit, or a shape the type does not take


def _model(
    cls: type[pydantic.BaseModel],
    value: Mapping[object, object],
    errors: Sequence[ErrorDetails],
    depth: int,
) -> pydantic.BaseModel:
    failed = _by_first_step(errors)
    fields: dict[str, object] = {}
    used: set[object] = set()
    for name, field in _fields(cls).items():
        key = field.alias if field.alias is not None and field.alias in value else name
        if key not in value:
            continue  # a default fills it, or it stays unset
        used.add(key)
        field_type = _field_type(cls, name, field)
        if key in failed:
            fields[name] = _built(field_type, value[key], failed[key], depth + 1)
        else:
            fields[name] = _fitted(field_type, value[key], depth + 1)
    instance = cls.model_construct(set(fields), **fields)
    if instance.__pydantic_extra__ is not None:  # fields the spec does not list yet
        extra = {key: item for key, item in value.items() if key not in used}
        instance.__pydantic_extra__.update({str(key): item for key, item in extra.items()})
    return instance


def _list(
    item: object, value: list[object], errors: Sequence[ErrorDetails], depth: int
) -> list[object]:
    failed = _by_first_step(errors)
    good = [entry for index, entry in enumerate(value) if index not in failed]
    try:  # the entries that fit, validated at once
        fitting = iter(adapter(list[item]).validate_python(good))  # type: ignore[valid-type]
    except pydantic.ValidationError:
        fitting = iter([_fitted(item, entry, depth + 1) for entry in good])
    return [
        _built(item, entry, failed[index], depth + 1) if index in failed else next(fitting)
        for index, entry in enumerate(value)
    ]


def _dict(
    item: object, value: dict[object, object], errors: Sequence[ErrorDetails], depth: int
) -> dict[object, object]:
    failed = _by_first_step(errors)
    return {
        key: (
            _built(item, entry, failed[key], depth + 1)
            if key in failed
            else _fitted(item, entry, depth + 1)
        )
        for key, entry in value.items()
    }


def _union(
    members: tuple[object, ...], discriminator: str | None, value: object, depth: int
) -> object:
    """The member a tag names, else the member of the value's shape it misses least; a value no
    member takes stays as it arrived."""
    if discriminator is not None:
        member = _tagged(members, discriminator, value)
        if member is not None:
            return _fitted(member, value, depth)
        if depth == 0 or not _string_keys(value):
            return value  # a whole body or event of a kind the spec does not list: refused
        # Inside one, a kind the spec does not list yet: a model of what arrived, whose tag and
        # fields read as its siblings' do (``delta.type``), though it is none of them. Its keys
        # go in as extra fields, not as arguments (a key may be "_fields_set").
        unknown = BaseModel.model_construct()
        if unknown.__pydantic_extra__ is not None:
            unknown.__pydantic_extra__.update(value)
        return unknown
    best: tuple[int, object, list[ErrorDetails]] | None = None
    for member in members:
        if not _takes(member, value):
            continue
        try:
            return validate(member, value)
        except pydantic.ValidationError as error:
            if best is None or error.error_count() < best[0]:
                best = (error.error_count(), member, problems(error))
    return value if best is None else _built(best[1], value, best[2], depth)


def _tagged(members: tuple[object, ...], discriminator: str, value: object) -> object | None:
    """The member whose discriminator field's literal is the value's tag, if any."""
    if not is_dict(value):
        return None
    for member in members:
        cls, _ = _unannotated(member)
        if not (isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)):
            continue
        field = _fields(cls).get(discriminator)
        if field is None:
            continue
        tag = value.get(field.alias or discriminator, value.get(discriminator))
        if tag is not None and tag in get_args(field.annotation):
            return member
    return None


def _string_keys(value: object) -> TypeGuard[dict[str, Any]]:
    return is_dict(value) and all(isinstance(key, str) for key in value)


def _takes(member: object, value: object) -> bool:
    """Whether a union member is of the value's shape: an object, or an array."""
    member, _ = _unannotated(member)
    origin = get_origin(member)
    if origin is Union or origin is types.UnionType:
        return any(_takes(inner, value) for inner in get_args(member))
    if (isinstance(member, type) and issubclass(member, pydantic.BaseModel)) or origin is dict:
        return is_dict(value)
    return origin is list and is_list(value)


def _unannotated(cast_to: object) -> tuple[object, tuple[object, ...]]:
    """``Annotated[X, ...]`` as ``X`` and its metadata."""
    if get_origin(cast_to) is Annotated:
        inner, *metadata = get_args(cast_to)
        return inner, tuple(metadata)
    return cast_to, ()


def _discriminator(metadata: tuple[object, ...]) -> str | None:
    for entry in metadata:
        if isinstance(entry, FieldInfo) and isinstance(entry.discriminator, str):
            return entry.discriminator
    return None


def _fields(cls: type[pydantic.BaseModel]) -> dict[str, FieldInfo]:
    """A model's fields, their annotations resolved: pydantic resolves a model's forward
    references when it first validates with it, and one only ever validated nested in another
    has not been yet."""
    if not cls.__pydantic_complete__:
        cls.model_rebuild()
    return cls.__pydantic_fields__


def _field_type(cls: type[pydantic.BaseModel], name: str, field: FieldInfo) -> object:
    """A model field's type with its constraints and discriminator, as pydantic validates it."""
    key = (cls, name)
    if key not in _FIELD_TYPES:
        field_type = field.rebuild_annotation()
        if field.discriminator is not None:
            field_type = Annotated[field_type, pydantic.Field(discriminator=field.discriminator)]
        _FIELD_TYPES[key] = field_type
    return _FIELD_TYPES[key]


def _by_first_step(errors: Sequence[ErrorDetails]) -> dict[object, list[ErrorDetails]]:
    """The errors under each key or index, located from there on."""
    steps: dict[object, list[ErrorDetails]] = {}
    for error in errors:
        if error["loc"]:
            first, *rest = error["loc"]
            steps.setdefault(first, []).append({**error, "loc": tuple(rest)})
    return steps
