"""Request checks: required parameters, and the body against the spec's own request schema."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from generator.model import ir


def body_validator(op: ir.Operation) -> Draft202012Validator | None:
    """A validator of the operation's body; the schema is checked once, at start-up."""
    schema = op.request_schema
    if not isinstance(schema, dict):
        return None
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


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


def body_violations(validator: Draft202012Validator, body: Any) -> list[str]:
    """Every violation of the body, each as ``JSON-path: message``, in a stable order."""
    described = (_describe(error) for error in validator.iter_errors(body))
    return [f"{path}: {message}" for path, message in sorted(set(described))]


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
