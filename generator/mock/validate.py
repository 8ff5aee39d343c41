"""Request checks: required parameters, and the body against the spec's own request schema."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from generator.mock.limits import TooSlow, time_limit
from generator.model import ir
from generator.spec import pointer

_META = Draft202012Validator(
    Draft202012Validator.META_SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER
)
# Keywords whose value is a schema, and those whose value holds schemas by name or by position:
# the walk from an error to the keyword at fault steps over them.
_SCHEMA_VALUED = frozenset(
    {
        "not", "if", "then", "else", "items", "contains", "additionalProperties",
        "propertyNames", "unevaluatedItems", "unevaluatedProperties",
    }
)  # fmt: skip
_SCHEMAS_VALUED = frozenset(
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
        "allOf", "anyOf", "oneOf", "prefixItems",
    }
)  # fmt: skip
_REPAIR_PASSES = 10  # a repair can uncover an error below it; each pass removes something


def body_validator(op: ir.Operation) -> tuple[Draft202012Validator | None, list[str]]:
    """A validator of the operation's body, and what of its schema it leaves unchecked.

    The generator takes schemas that JSON Schema's metaschema refuses (``pattern: "(["``,
    ``required`` naming a property twice, ``type: []``); the mock starts on them too: repeats
    are dropped, and any other keyword at fault is left out, constraining nothing.
    """
    schema = op.request_schema
    if not isinstance(schema, dict):
        return None, []
    schema = copy.deepcopy(schema)  # the IR's own copy stays as the spec says
    notes: list[str] = []
    for _ in range(_REPAIR_PASSES):
        errors = {tuple(e.absolute_path): e for e in _META.iter_errors(schema)}
        if not errors:
            return Draft202012Validator(schema), notes
        for place, error in errors.items():
            notes.extend(_repair(schema, place, error.message))
    return None, [*notes, "/: still not valid after repairs; not checked"]


def _repair(schema: dict[str, Any], place: tuple[str | int, ...], message: str) -> list[str]:
    """Make the schema valid at the part at fault for an error at ``place``; what was done."""
    at_fault, is_schema = _at_fault(place)
    where = pointer.join("", *at_fault) or "/"
    if not at_fault:
        schema.clear()  # the whole schema: nothing is checked
        return [f"{where}: {message}; not checked"]
    container = _node(schema, at_fault[:-1])
    key = at_fault[-1]
    if not _holds(container, key):
        return []  # gone with an enclosing part repaired in this pass
    if is_schema:
        container[key] = True
    elif (unique := _unique(container[key])) is not None:
        container[key] = unique
        return [f"{where}: {message}; repeats dropped"]
    else:
        del container[key]
    return [f"{where}: {message}; not checked"]


def _at_fault(place: Sequence[str | int]) -> tuple[tuple[str | int, ...], bool]:
    """The innermost keyword on ``place``, or the subschema ``place`` ends at (True)."""
    index = 0
    while index < len(place):
        keyword = place[index]
        step = 1 if keyword in _SCHEMA_VALUED else 2 if keyword in _SCHEMAS_VALUED else 0
        if step == 0 or index + step > len(place):
            return tuple(place[: index + 1]), False
        index += step
    return tuple(place), True


def _node(schema: Any, place: Sequence[str | int]) -> Any:
    """The part of ``schema`` at ``place``; None when it is not there."""
    for key in place:
        if not _holds(schema, key):
            return None
        schema = schema[key]
    return schema


def _holds(node: Any, key: str | int) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(node, list) and isinstance(key, int) and key < len(node)


def _unique(items: Any) -> list[Any] | None:
    """The list ``items`` without repeats; None when it has none, or is no list."""
    if not isinstance(items, list):
        return None
    seen: set[str] = set()
    unique = []
    for item in items:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique if len(unique) < len(items) else None


def parse_body(raw: bytes) -> tuple[ir.JSON, str | None]:
    """The JSON body, or why it cannot be read (as a violation)."""
    try:
        return json.loads(raw), None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"$: the body is not valid JSON ({error})"
    except RecursionError:  # [[[[... deeper than Python's parser goes
        return None, "$: the body nests too deeply to read"
    except ValueError:  # int() refuses to read numbers this long (CVE-2020-10735)
        limit = sys.get_int_max_str_digits()
        return None, f"$: the body holds an integer of more than {limit} digits"


def missing_parameters(
    op: ir.Operation,
    headers: Mapping[str, str],
    query: Mapping[str, str],
    cookies: Mapping[str, str],
) -> list[str]:
    """One violation per required header, query or cookie parameter the request lacks
    (``headers`` must look names up case-insensitively, as Starlette's do)."""
    sources = {"header": headers, "query": query, "cookie": cookies}
    return [
        f"{argument.location} {argument.name!r}: required parameter is missing"
        for argument in op.arguments
        if argument.required
        and argument.location in sources
        and argument.name not in sources[argument.location]
    ]


def body_violations(validator: Draft202012Validator, body: Any, seconds: float) -> list[str]:
    """Every violation of the body, each as ``JSON-path: message``, in a stable order; a check
    that takes over ``seconds`` (a pattern backtracking without end) is one violation itself."""
    try:
        with time_limit(seconds):
            described = {_describe(error) for error in validator.iter_errors(body)}
    except TooSlow:
        return [f"$: checking the body took over {seconds:.1f} s (a pattern that backtracks?)"]
    except RecursionError:
        return ["$: the body nests too deeply to check"]
    except OverflowError:  # a huge integer against a float bound or multipleOf
        return ["$: a number in the body is too large to check"]
    return [f"{path}: {message}" for path, message in sorted(described)]


def _describe(error: ValidationError) -> tuple[str, str]:
    """Path and message of ``error``; for ``anyOf``/``oneOf``, of the branch that explains it.

    jsonschema says "'hot' is not valid under any of the given schemas" for a nullable number;
    the branches say what was expected.
    """
    if not error.context:
        return error.json_path, error.message
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    # A branch whose only complaint is the instance's type was never a candidate.
    candidates = [errors for errors in branches.values() if not _type_only(errors)]
    if len(candidates) == 1:
        best = best_match(candidates[0])
        if best is not None:
            return _describe(best)
    if not candidates:
        expected = _names(sub.validator_value for errors in branches.values() for sub in errors)
        return error.json_path, f"{error.instance!r} is not of type {expected}"
    return error.json_path, error.message


def _type_only(errors: list[ValidationError]) -> bool:
    return all(e.validator == "type" and not e.relative_path for e in errors)


def _names(types: Iterable[Any]) -> str:
    names: list[str] = []
    for value in types:
        for name in value if isinstance(value, list) else [value]:
            if repr(name) not in names:
                names.append(repr(name))
    return " or ".join(names)
