"""Error bodies in the spec's own envelope.

The specs use two envelopes: ``{"error": {"code", "message"}, "trace_id"}`` and Anthropic's
``{"type": "error", "error": {"type", "message"}}``. A documented error type's example body is
the template; its message (and code) are replaced to say what went wrong.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from generator.model import ir
from generator.render.examples import Examples

FALLBACK_CODE = "invalid_request"


def error_body(
    examples: Examples, type_ref: ir.TypeRef | None, code: str, message: str
) -> dict[str, Any]:
    """The example of ``type_ref`` saying ``code`` and ``message``; without a documented object
    type, ``{"error": {"code", "message"}}``."""
    body = examples.value(type_ref, full=True) if type_ref is not None else None
    if not isinstance(body, dict):
        return {"error": {"code": code, "message": message}}
    nested = body.get("error")
    detail = nested if isinstance(nested, dict) else body
    detail["message"] = message
    if "code" in detail:
        detail["code"] = code
    elif isinstance(nested, dict) and "type" in nested:
        # Anthropic names its error kinds "<kind>_error" in the nested "type".
        nested["type"] = code if code.endswith("_error") else f"{code}_error"
    return body


def documented_error(op: ir.Operation, status: int) -> ir.Response | None:
    return next((e for e in op.errors if e.status == status), None)


def error_type(op: ir.Operation, status: int, usual: ir.TypeRef | None) -> ir.TypeRef | None:
    """The type of ``op``'s ``status`` answer: the documented one; for a status it does not
    document (413 for a body too large), the envelope of its other errors, else ``usual``."""
    documented = documented_error(op, status)
    if documented is not None:
        return documented.type
    return _most_common(e.type for e in op.errors) or usual


def common_error_type(api: ir.Api) -> ir.TypeRef | None:
    """The error type most operations document: the envelope for answers no operation owns
    (unknown path, wrong method)."""
    return _most_common(e.type for op in api.operations for e in op.errors)


def _most_common(types: Iterable[ir.TypeRef | None]) -> ir.TypeRef | None:
    counts = Counter(t for t in types if t is not None)
    return counts.most_common(1)[0][0] if counts else None
