"""Rule-by-rule comparison of two resolved specs (the wire level), after oasdiff's catalogue.

``diff_specs(old, new)`` pairs up the two documents' operations (by path, with template
parameter names ignored, and method), parameters (by place and name; path parameters by their
position in the template), request bodies and responses (by status, then media type), and walks
each pair of schemas after following local ``$ref``s (a pair of pointers is compared once, so
cyclic schemas end): properties, ``items``, ``additionalProperties``, ``oneOf``/``anyOf``
alternatives (paired by equal structure, then by a unique signature of types and constant tags,
then by position when as many are left on both sides), with ``allOf`` merged into one schema.

Levels follow the direction. What makes an old *request* invalid breaks requests (a new required
property, a narrower type, a removed enum value, a tighter bound); what lets the server send
something an old client does not expect breaks *responses* (a required field that may now be
missing, a nullable or wider type, a new union alternative); the mirror images are ``info``.
Rule ids and levels are oasdiff's (the catalogue in the research note ``drift-rules.md``), with
these choices:

- ``response-property-enum-value-added`` is a warning, as is a response property that is no
  longer an enum (``response-property-no-longer-enum``); ``response-optional-property-removed``
  and ``request-property-removed`` / ``request-parameter-removed`` are warnings.
- ``request-property-pattern-changed`` breaks (a changed pattern may refuse what was valid);
  ``response-property-pattern-changed`` is a warning.
- A schema at the root of a body uses oasdiff's ``request-body-…``/``response-body-…`` ids
  (``response-body-became-nullable``); below it, ``…-property-…``; in a parameter,
  ``request-parameter-…``.
- A body that becomes a union is ``…-body-wrapped-in-one-of`` (breaking), or
  ``…-wrapped-in-one-of-original-preserved`` (a warning) when one alternative is the old schema.
  A property that becomes a union is ``…-property-one-of-added`` for each new alternative when one
  of them is the old schema, else ``…-property-wrapped-in-one-of`` (breaking).
- A response body or property that becomes a union whose every alternative the old schema allows
  (same types, required and typed properties, enum values and bounds within the old ones; see
  ``wire_subtype``) is ``response-…-narrowed-to-one-of`` (or ``-any-of``), info: the server sends
  a case of what it sent. In a request the same change refuses what was valid, and keeps the
  verdicts above.
- ``additionalProperties: false`` where other properties were allowed is
  ``…-additional-properties-disallowed`` (not in oasdiff's catalogue): breaking in a request,
  info in a response.
- Inside an error response (4xx, 5xx, ``default``) every breaking change is lowered to a
  warning: the generated SDK raises on those statuses and keeps their body as it came, so a
  change there does not break a call that succeeds; it is still reported.
- A property that ``required`` names without describing it allows any value; describing it later
  is a type specialization (``response-property-type-specialized``, info) in a response.

Descriptions, summaries, titles, examples, defaults and ``x-`` extensions never produce changes.
3.0 ``nullable: true`` and 3.1 ``type: [..., "null"]`` (or a ``{"type": "null"}`` alternative)
are the same thing. Not compared: ``not``, ``if``/``then``/``else``, ``prefixItems``,
``patternProperties``, 3.0's boolean ``exclusiveMaximum``/``exclusiveMinimum``, security.

Removals point into the old document, everything else into the new one, at the real location of
the node (after ``$ref``s). The result is sorted and free of duplicates, so it depends on neither
key order nor formatting.
"""

from __future__ import annotations

import json

from generator.diff.changes import Change
from generator.diff.wire_context import Side
from generator.diff.wire_operations import (
    document_rules,
    operation_rules,
    parameter_rules,
    request_body_rules,
    response_rules,
)
from generator.diff.wire_schema import SchemaDiff
from generator.diff.wire_walk import operations
from generator.spec.load import Spec

AREA_RULES = (parameter_rules, request_body_rules, response_rules)


def diff_specs(old: Spec, new: Spec) -> list[Change]:
    """Every wire-level change from ``old`` to ``new``, sorted."""
    old_side, new_side = Side.of(old), Side.of(new)
    schemas = SchemaDiff(old_side, new_side)
    changes = list(document_rules(old_side, new_side))
    for op in operations(old_side, new_side):
        changes.extend(operation_rules(op))
        if op.old is not None and op.new is not None:
            for rules in AREA_RULES:
                changes.extend(rules(op, op.old, op.new, old_side, new_side, schemas))
    return sort_changes(changes)


def sort_changes(changes: list[Change]) -> list[Change]:
    """By method, path, pointer, rule, then the values; duplicates dropped."""
    unique = {_sort_key(change): change for change in changes}
    return [unique[key] for key in sorted(unique)]


def _sort_key(change: Change) -> tuple[str, ...]:
    return (
        change.method or "",
        change.path or "",
        change.pointer,
        change.rule,
        json.dumps(change.new, sort_keys=True),
        json.dumps(change.old, sort_keys=True),
        change.level,
        change.message,
    )
