"""Example values for IR types: the spec's own examples where it gives them, else built to fit.

Used for the generated tests: requests built from the spec's examples, response bodies built
from the response schemas. Every value is plain JSON and deterministic.
"""

from __future__ import annotations

import datetime
import math

from generator.model import ir

MAX_DEPTH = 4  # below this, optional fields are left out so recursive models stay finite
DEAD_END_DEPTH = 16  # below this, a model that requires itself is cut short

_FORMATTED = {
    "datetime": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "file": "file content",
}


class Examples:
    def __init__(self, api: ir.Api) -> None:
        self.models = {model.name: model for model in api.models}
        self.enums = {enum.name: enum for enum in api.enums}

    def value(self, type_ref: ir.TypeRef, *, full: bool, depth: int = 0) -> ir.JSON:
        """A value of ``type_ref``; ``full`` fills optional fields too (for responses)."""
        kind, constraints = type_ref.kind, type_ref.constraints
        if kind in _FORMATTED:
            return _FORMATTED[kind]
        if kind == "str":
            return "x" * constraints.min_length if constraints.min_length else "string"
        if kind in ("int", "float") and type_ref.values:  # an enum of numbers: a member
            return type_ref.values[0]
        if kind in ("int", "float"):
            low, high = constraints.minimum, constraints.maximum
            if low is not None:
                value = math.floor(low) + 1 if constraints.exclusive_minimum else math.ceil(low)
                return value if high is None or value <= high else low
            if high is not None and high < 1:
                return math.floor(high) - 1 if constraints.exclusive_maximum else math.floor(high)
            return 1
        if kind == "bool":
            return True
        if kind == "bytes":
            return "Ynl0ZXM="
        if kind in ("any", "object"):
            return {}
        if kind == "literal":
            return type_ref.values[0]
        if kind == "enum":
            return self.enums[type_ref.name].values[0]
        if depth > MAX_DEPTH and type_ref.nullable:
            return None  # a way out of a recursive schema
        if kind == "list":
            if depth > MAX_DEPTH and not constraints.min_items:
                return []
            count = max(constraints.min_items or 1, 1)
            return [self.value(type_ref.args[0], full=full, depth=depth + 1)] * count
        if kind == "map":
            if depth > MAX_DEPTH:
                return {}
            return {"key": self.value(type_ref.args[0], full=full, depth=depth + 1)}
        if kind == "union":
            return self.value(type_ref.args[0], full=full, depth=depth)
        return self.model(self.models[type_ref.name], full=full, depth=depth)

    def model(self, model: ir.Model, *, full: bool, depth: int = 0) -> dict[str, ir.JSON]:
        result: dict[str, ir.JSON] = {}
        if depth > DEAD_END_DEPTH:  # a required cycle with no way out: no finite value exists
            return result
        for field in model.fields:
            if field.required or field.has_example or (full and depth < MAX_DEPTH):
                result[field.name] = self.field(field, full=full, depth=depth + 1)
        return result

    def field(self, field: ir.Field, *, full: bool, depth: int = 0) -> ir.JSON:
        """The spec's example of a field when it fits the field's type, else one built."""
        if field.has_example and self.fits(field.type, field.example):
            return field.example
        return self.value(field.type, full=full, depth=depth)

    def fits(self, type_ref: ir.TypeRef, value: ir.JSON) -> bool:
        """Whether a spec's example is a value of the type: for a model, an object of its
        fields only, the required ones included (union members that are models are built)."""
        if value is None:
            return type_ref.nullable
        kind = type_ref.kind
        if kind in ("str", "uuid"):
            return isinstance(value, str)
        if kind in ("datetime", "date"):
            return isinstance(value, str) and _iso(kind, value)
        if kind in ("int", "float"):
            number = isinstance(value, int | float) and not isinstance(value, bool)
            member = not type_ref.values or value in type_ref.values
            return number and member and (kind == "float" or isinstance(value, int))
        if kind == "bool":
            return isinstance(value, bool)
        if kind in ("any", "object"):
            return kind == "any" or isinstance(value, dict)
        if kind == "literal":
            return value in type_ref.values
        if kind == "enum":
            return value in self.enums[type_ref.name].values
        if kind == "list":
            return isinstance(value, list) and all(self.fits(type_ref.args[0], v) for v in value)
        if kind == "map":
            return isinstance(value, dict) and all(
                self.fits(type_ref.args[0], v) for v in value.values()
            )
        if kind == "union":
            return any(self.fits(arg, value) for arg in type_ref.args if arg.kind != "model")
        if kind == "model" and isinstance(value, dict):
            fields = {field.name: field for field in self.models[type_ref.name].fields}
            return all(f in value for f, field in fields.items() if field.required) and all(
                key in fields and self.fits(fields[key].type, item) for key, item in value.items()
            )
        return False  # files and bytes are built to fit


def _iso(kind: str, text: str) -> bool:
    parse = datetime.datetime if kind == "datetime" else datetime.date
    try:
        parse.fromisoformat(text)
    except ValueError:
        return False
    return True
