"""The changelog entry ``specgen update`` writes: what a maintainer would write for a release.

``## VERSION (DATE)``, then ``For the API spec X (was Y).`` when the spec's ``info.version``
changed, then:

- In a major release, ``### Breaking changes`` first: each break of the SDK with what to do
  about it ("Argument `top_k` of `client.messages.create()` was removed: stop passing it."),
  a rename as a rename (a method removed and one added on the same operation is one), with its
  cause when the change knows it; types removed together, one line naming each; then the
  breaking changes on the wire.
- ``### Deprecations and warnings`` and ``### Additions and other changes``: what changes for
  code written against the SDK, then what changes on the wire ("On the wire:").
- A rule that fires ``GROUP_AT`` times or more in a section is one line: the count, the
  operations and the values, ``LISTED`` of each at most, then "and N more". An entry for a
  typical release fits a screen.
- A release that changes neither the API nor the SDK says which it is: only documentation and
  examples (the two documents differ only in descriptions, summaries, titles and examples), or
  only what neither sees (layout, component names, ``info.version``, keywords no rule compares).

Text from the specs is Markdown-escaped as in ``generator.diff.report``.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from generator.diff.changes import Change, Level, Report
from generator.diff.report import by_level, location, md_code, md_groups, md_sentence, md_text
from generator.render.pysource import literal
from generator.spec import pointer

DOCUMENTATION_ONLY = "Documentation and examples only: no change to the API or the SDK."
UNUSED_TEXT_ONLY = (
    "No change to the API or the SDK (the spec changed only in what neither sees: its layout, "
    "the names of its components, or text the SDK does not use)."
)
GROUP_AT = 4  # this many changes of one rule in a section, or more, are one line
LISTED = 5  # operations or values named on a grouped line before "and N more"

_SECTIONS: tuple[tuple[Level, str], ...] = (
    ("breaking", "Breaking changes"),
    ("warning", "Deprecations and warnings"),
    ("info", "Additions and other changes"),
)
# What a grouped line of SDK changes is about: "New models (12): `A`, `B`, ... and 7 more."
_SDK_GROUPS = {
    "sdk-method-added": "New methods",
    "sdk-argument-added": "New optional arguments",
    "sdk-argument-became-optional": "Arguments that became optional",
    "sdk-argument-type-generalized": "Arguments that accept more types",
    "sdk-model-added": "New models",
    "sdk-field-added": "New fields",
    "sdk-field-became-optional": "Fields that became optional",
    "sdk-field-became-required": "Fields that became required",
    "sdk-field-type-generalized": "Fields that accept more types",
    "sdk-field-type-narrowed": "Fields of narrower types",
    "sdk-enum-added": "New enums",
    "sdk-enum-member-added": "New enum values",
    "sdk-type-alias-added": "New type aliases",
    "sdk-type-alias-changed": "Changed type aliases",
    "sdk-error-class-added": "New exception classes",
}
# Types removed together are one line of the breaking changes: "Models `A` and `B` were ...".
_REMOVED_TYPES = {
    "sdk-model-removed": "Models",
    "sdk-enum-removed": "Enums",
    "sdk-type-alias-removed": "Type aliases",
}
# Keywords that only document: a spec whose documents differ only in these changed its docs.
_DOC_KEYWORDS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "$comment"}
)
# Objects whose keys are names (a property called ``description`` is not documentation).
_NAME_MAPS = frozenset(
    {"paths", "webhooks", "properties", "patternProperties", "dependentSchemas", "$defs",
     "definitions", "schemas", "parameters", "responses", "requestBodies", "headers",
     "securitySchemes", "links", "callbacks", "pathItems", "content", "encoding", "variables",
     "mapping", "scopes"}
)  # fmt: skip
# Keywords whose value is data, kept whole.
_VALUE_KEYWORDS = frozenset({"default", "const", "enum"})


def changelog_entry(
    report: Report,
    version: str,
    day: datetime.date,
    old_spec: str,
    new_spec: str,
    old_document: dict[str, Any] | None = None,
    new_document: dict[str, Any] | None = None,
) -> str:
    """The entry for one release: ``old_spec``/``new_spec`` name the two specs' versions
    (``version 1.0.0``); the documents tell a documentation-only release from the rest."""
    lines = [f"## {version} ({day.isoformat()})", ""]
    if old_spec != new_spec:
        lines += [f"For the API spec {md_text(new_spec)} (was {md_text(old_spec)}).", ""]
    return "\n".join(lines) + "\n" + changelog_body(report, old_document, new_document)


def changelog_body(
    report: Report,
    old_document: dict[str, Any] | None = None,
    new_document: dict[str, Any] | None = None,
) -> str:
    """The entry below its header: ``###`` sections, or one sentence when nothing changed."""
    if not report.wire and not report.sdk:
        if documentation_only(old_document, new_document):
            return DOCUMENTATION_ONLY + "\n"
        return UNUSED_TEXT_ONLY + "\n"
    renames, paired = _method_renames(report.sdk)
    blocks = []
    for level, title in _SECTIONS:
        changes = [c for c in report.sdk if c.level == level and (c in renames or c not in paired)]
        if level == "breaking":
            sdk_lines = _breaking_lines(changes, renames)
        else:
            sdk_lines = _sdk_lines(changes)
        wire = [change for change in report.wire if change.level == level]
        if not sdk_lines and not wire:
            continue
        parts = [f"### {title}\n"]
        if sdk_lines:
            parts.append("\n".join(sdk_lines) + "\n")
        if wire:
            if level == "breaking" and not sdk_lines:
                lead = "Nothing breaks in the SDK's interface, but on the wire:"
            elif not report.sdk:
                lead = "No change to the SDK's interface; on the wire:"
            else:
                lead = "On the wire:"
            parts.append(f"{lead}\n\n" + "\n".join(_wire_lines(wire)) + "\n")
        blocks.append("\n".join(parts))
    return "\n".join(blocks)


# -- what to do about a break ------------------------------------------------------------------


def advice(change: Change) -> str:
    """One sentence for a break of the SDK: what changed, why if known, and what to do."""
    rule = _ADVICE.get(change.rule)
    said = rule(change, _sdk_tokens(change)) if rule else None
    if said is None:
        return md_sentence(change.message, change.cause)
    what, todo = said
    return f"{what}{_cause(change)}: {todo}."


Advice = Callable[[Change, list[str]], tuple[str, str] | None]


def _renamed(change: Change, tokens: list[str]) -> tuple[str, str] | None:
    old, new = change.old, change.new
    if not isinstance(old, str) or not isinstance(new, str):
        return None
    return (
        f"`{md_code(old)}` was renamed to `{md_code(new)}`",
        f"replace `{md_code(old)}` with `{md_code(new)}` in your code",
    )


def _removed(kind: str, todo: str) -> Advice:
    def said(change: Change, tokens: list[str]) -> tuple[str, str] | None:
        name = change.old if isinstance(change.old, str) else _at(tokens, 1)
        if name is None:
            return None
        return f"{kind} `{md_code(name)}` was removed", todo

    return said


def _became(what: str, todo: str) -> Advice:
    """A model whose kind changed: ``what`` follows its name."""

    def said(change: Change, tokens: list[str]) -> tuple[str, str] | None:
        model = _at(tokens, 1)
        return None if model is None else (f"`{md_code(model)}` {what}", todo)

    return said


def _method_removed(change: Change, tokens: list[str]) -> tuple[str, str] | None:
    op = change.old if isinstance(change.old, str) else _at(tokens, 1)
    return None if op is None else (f"{_method(op)} was removed", "stop calling it")


def _argument(template: str, todo: str) -> Advice:
    """A change of one argument: ``template`` gets ``{name}``, ``{method}``, ``{old}``,
    ``{new}``."""

    def said(change: Change, tokens: list[str]) -> tuple[str, str] | None:
        op, name = _at(tokens, 1), _at(tokens, 3)
        if op is None or name is None or _at(tokens, 2) != "arguments":
            return None
        values = {
            "name": f"`{md_code(name)}`",
            "method": _method(op),
            "old": f"`{md_code(str(change.old))}`",
            "new": f"`{md_code(str(change.new))}`",
        }
        return template.format(**values), todo.format(**values)

    return said


def _method_change(template: str, todo: str) -> Advice:
    def said(change: Change, tokens: list[str]) -> tuple[str, str] | None:
        op = _at(tokens, 1)
        if op is None or _at(tokens, 0) != "methods":
            return None
        values = {
            "method": _method(op),
            "old": f"`{md_code(str(change.old))}`",
            "new": f"`{md_code(str(change.new))}`",
        }
        return template.format(**values), todo.format(**values)

    return said


def _field(template: str, todo: str) -> Advice:
    """A change of one field: ``{field}`` is ``Model.name``, ``{model}`` the model."""

    def said(change: Change, tokens: list[str]) -> tuple[str, str] | None:
        model, name = _at(tokens, 1), _at(tokens, 3)
        if model is None or name is None or _at(tokens, 2) != "fields":
            return None
        values = {
            "field": f"`{md_code(f'{model}.{name}')}`",
            "name": f"`{md_code(name)}`",
            "model": f"`{md_code(model)}`",
            "old": f"`{md_code(str(change.old))}`",
            "new": f"`{md_code(str(change.new))}`",
        }
        return template.format(**values), todo.format(**values)

    return said


def _enum_value_removed(change: Change, tokens: list[str]) -> tuple[str, str] | None:
    enum = _at(tokens, 1)
    if enum is None or change.old is None:
        return None
    value = f"`{md_code(literal(change.old))}`"
    return f"Enum `{md_code(enum)}` no longer has the value {value}", "stop using it"


_ADVICE: dict[str, Advice] = {
    "sdk-method-removed": _method_removed,
    "sdk-model-renamed": _renamed,
    "sdk-enum-renamed": _renamed,
    "sdk-model-removed": _removed("Model", "stop importing it"),
    "sdk-enum-removed": _removed("Enum", "stop importing it"),
    "sdk-type-alias-removed": _removed("Type alias", "stop importing it"),
    "sdk-error-class-removed": _removed(
        "Exception class", "catch `APIStatusError` and check its `status_code` instead"
    ),
    "sdk-argument-removed": _argument("Argument {name} of {method} was removed", "stop passing it"),
    "sdk-argument-added-required": _argument(
        "{method} has a new required argument {name}", "pass it in every call"
    ),
    "sdk-argument-became-required": _argument(
        "Argument {name} of {method} is now required", "pass it in every call"
    ),
    "sdk-argument-type-changed": _argument(
        "Argument {name} of {method} now takes {new} (was {old})", "pass a value of type {new}"
    ),
    "sdk-return-type-changed": _method_change(
        "{method} now returns {new} (was {old})", "update the code that uses what it returns"
    ),
    "sdk-stream-removed": _method_change(
        "{method} no longer streams", "use what it returns instead of iterating over events"
    ),
    "sdk-stream-event-type-changed": _method_change(
        "{method} now streams {new} events (was {old})",
        "update the code that handles its events",
    ),
    "sdk-field-removed": _field("Field {field} was removed", "stop reading or setting it"),
    "sdk-field-added-required": _field(
        "{model} has a new required field {name}", "set it wherever you build a {model}"
    ),
    "sdk-field-became-required": _field(
        "Field {field} is now required", "set it wherever you build a {model}"
    ),
    "sdk-field-became-optional": _field(
        "Field {field} is now optional", "handle `None` where you read it"
    ),
    "sdk-field-type-changed": _field(
        "Field {field} changed type from {old} to {new}",
        "update the code that reads or sets it",
    ),
    "sdk-enum-member-removed": _enum_value_removed,
    "sdk-model-became-typeddict": _became(
        "is now a `TypedDict`, no longer a model",
        'build it as a dict literal and read it by key (`value["key"]`), not by attribute',
    ),
    "sdk-typeddict-became-model": _became(
        "is now a pydantic model, no longer a `TypedDict`",
        "build it with keyword arguments and read its attributes",
    ),
}


def _breaking_lines(changes: Sequence[Change], renames: dict[Change, str]) -> list[str]:
    """A line per break, with what to do; types removed together (the models of a removed
    operation) are one line that names every one of them."""
    removed: dict[str, list[Change]] = {}
    for change in changes:
        if change.rule in _REMOVED_TYPES and not change.cause and isinstance(change.old, str):
            removed.setdefault(change.rule, []).append(change)
    lines = []
    for change in changes:
        together = removed.get(change.rule, [])
        if len(together) < 2 or change not in together:
            lines.append(renames.get(change) or f"- {advice(change)}")
        elif change is together[0]:
            names = [f"`{md_code(str(c.old))}`" for c in together]
            lines.append(
                f"- {_REMOVED_TYPES[change.rule]} {_listing(names, len(names))} were removed: "
                "stop importing them."
            )
    return lines


def _method_renames(changes: Sequence[Change]) -> tuple[dict[Change, str], set[Change]]:
    """A method removed and one added on the same operation: one rename, shown as such.
    Returns the line for each removal that is a rename, and every change the pairs use."""
    removed: dict[tuple[str | None, str | None], list[Change]] = {}
    added: dict[tuple[str | None, str | None], list[Change]] = {}
    for change in changes:
        if change.method and change.path and change.rule == "sdk-method-removed":
            removed.setdefault((change.method, change.path), []).append(change)
        elif change.method and change.path and change.rule == "sdk-method-added":
            added.setdefault((change.method, change.path), []).append(change)
    lines: dict[Change, str] = {}
    paired: set[Change] = set()
    for operation, olds in removed.items():
        news = added.get(operation, [])
        if len(olds) != 1 or len(news) != 1:
            continue
        old, new = olds[0], news[0]
        if not isinstance(old.old, str) or not isinstance(new.new, str):
            continue
        before, after = _method(old.old), _method(new.new)
        cause = _cause(old) or _cause(new)
        where = f"`{md_code(location(old))}`"
        lines[old] = (
            f"- {before} ({where}) was renamed to {after}{cause}: "
            f"replace {before} with {after} in your code."
        )
        paired |= {old, new}
    return lines, paired


# -- grouped lines -----------------------------------------------------------------------------


def _sdk_lines(changes: Sequence[Change]) -> list[str]:
    """A line per change, except a rule that fires ``GROUP_AT`` times or more: one line."""
    by_rule = _by_rule(by_level(changes))
    lines = []
    for rule, members in by_rule.items():
        if len(members) < GROUP_AT:
            lines += [f"- {md_sentence(c.message, c.cause)}" for c in members]
            continue
        label = _SDK_GROUPS.get(rule) or _rule_words(rule)
        subjects = _distinct(_sdk_subject(change) for change in members)
        lines.append(f"- {label} ({len(members)}): {_listing(subjects)}.")
    return lines


def _wire_lines(changes: Sequence[Change]) -> list[str]:
    """Changes of rules that fire fewer than ``GROUP_AT`` times, a bullet per operation; then
    a line for each rule that fires more often."""
    by_rule = _by_rule(changes)
    single = [c for c in changes if len(by_rule[c.rule]) < GROUP_AT]
    lines = [md_groups(single, marked=False).rstrip("\n")] if single else []
    for rule, members in by_rule.items():
        if len(members) >= GROUP_AT:
            lines.append(_wire_group(rule, members))
    return lines


def _wire_group(rule: str, changes: Sequence[Change]) -> str:
    """``Response property enum value added 12 times on 5 operations (`GET /a`, ... and 2
    more): `x`, `y`. `response-property-enum-value-added``"""
    where = _distinct(f"`{md_code(location(c))}`" for c in changes if location(c) != "-")
    line = f"- {_rule_words(rule)} {len(changes)} times"
    if len(where) == 1:
        line += f" on {where[0]}"
    elif where:
        line += f" on {len(where)} operations ({_listing(where)})"
    values = _distinct(f"`{md_code(value)}`" for c in changes if (value := _wire_value(c)))
    if values:
        line += f": {_listing(values)}"
    return f"{line}. `{md_code(rule)}`"


def _wire_value(change: Change) -> str | None:
    """The value a wire change is about (an enum value, a property's name), if a plain one."""
    value = change.new if change.new is not None else change.old
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return value if isinstance(value, str) else json.dumps(value)


def _sdk_subject(change: Change) -> str:
    """What an SDK change is about, as Markdown: `client.x()`, `Model.field`, ..."""
    tokens = _sdk_tokens(change)
    kind, name = _at(tokens, 0), _at(tokens, 1)
    if kind == "methods" and name is not None:
        if _at(tokens, 2) == "arguments" and (argument := _at(tokens, 3)) is not None:
            return f"`{md_code(argument)}` of {_method(name)}"
        return _method(name)
    if kind == "models" and name is not None and (field := _at(tokens, 3)) is not None:
        return f"`{md_code(f'{name}.{field}')}`"
    if kind == "enums" and name is not None and _at(tokens, 2) == "values":
        value = change.new if change.new is not None else change.old
        return f"`{md_code(literal(value))}` in `{md_code(name)}`"
    if name is not None:
        return f"`{md_code(name)}`"
    return md_sentence(change.message).removesuffix(".")


def _by_rule(changes: Iterable[Change]) -> dict[str, list[Change]]:
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.rule, []).append(change)
    return groups


def _listing(items: Sequence[str], limit: int = LISTED) -> str:
    """``a, b and c``; past ``limit`` items, ``a, b, c, d, e and 7 more``."""
    if len(items) > limit:
        return ", ".join(items[:limit]) + f" and {len(items) - limit} more"
    if len(items) > 1:
        return ", ".join(items[:-1]) + " and " + items[-1]
    return "".join(items)


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _rule_words(rule: str) -> str:
    """``response-property-enum-value-added`` -> ``Response property enum value added``."""
    words = md_text(rule.removeprefix("sdk-").replace("-", " "))
    return words[:1].upper() + words[1:]


# -- small pieces ------------------------------------------------------------------------------


def _sdk_tokens(change: Change) -> list[str]:
    """``sdk:/methods/messages.create/arguments/top_k`` -> methods, messages.create, ..."""
    if not change.pointer.startswith("sdk:/"):
        return []
    return [pointer.unescape(token) for token in change.pointer[len("sdk:/") :].split("/")]


def _at(tokens: Sequence[str], index: int) -> str | None:
    return tokens[index] if index < len(tokens) else None


def _method(op: str) -> str:
    return f"`client.{md_code(op)}()`"


def _cause(change: Change) -> str:
    return f" ({md_text(' '.join(change.cause.split()))})" if change.cause else ""


# -- a release without changes -----------------------------------------------------------------


def documentation_only(old: dict[str, Any] | None, new: dict[str, Any] | None) -> bool:
    """Whether two documents differ, besides ``info.version``, only in documentation:
    descriptions, summaries, titles, examples."""
    if old is None or new is None:
        return False
    old, new = _without_version(old), _without_version(new)
    return old != new and _without_docs(old) == _without_docs(new)


def _without_version(document: dict[str, Any]) -> dict[str, Any]:
    """The document without ``info.version``, which the entry's header reports."""
    info = document.get("info")
    if not isinstance(info, dict):
        return document
    return {**document, "info": {k: v for k, v in info.items() if k != "version"}}


def _without_docs(node: Any, names: bool = False) -> Any:
    """``node`` without documentation keywords; ``names``: its keys are names, all kept."""
    if isinstance(node, list):
        return [_without_docs(item) for item in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {key: _without_docs(value) for key, value in node.items()}
    return {
        key: (
            value
            if key in _VALUE_KEYWORDS or str(key).startswith("x-")
            else _without_docs(value, key in _NAME_MAPS)
        )
        for key, value in node.items()
        if key not in _DOC_KEYWORDS
    }
