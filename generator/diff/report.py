"""A diff report for people and machines: text, Markdown, JSON, GitHub annotations.

Changes carry text from the specs (property names, enum values), so every format neutralises
what its medium would interpret: control characters in the terminal, markup in Markdown,
workflow-command syntax in GitHub annotations.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from generator.diff.changes import LEVELS, Change, Level, Report

Format = Literal["text", "markdown", "json", "github"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "json", "github")

# Highest first: the order of every listing.
_DESCENDING: tuple[Level, ...] = tuple(reversed(LEVELS))
_COLORS = {"breaking": "\x1b[1;31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD, _DIM, _GREEN, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[0m"
# C0 and C1 controls (ESC among them) and Unicode line breaks: never raw on a terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MAX_COLUMN = 40  # a longer location or rule id does not widen the whole column
_SECTIONS: tuple[tuple[Level, str], ...] = (
    ("breaking", "Breaking changes"),
    ("warning", "Deprecations and warnings"),
    ("info", "Additions and other changes"),
)
_SDK_GROUPS = {
    "models": "Models",
    "enums": "Enums",
    "aliases": "Type aliases",
    "errors": "Exceptions",
    "client": "The client",
}


def render_report(
    report: Report, fmt: Format, old_label: str, new_label: str, color: bool = False
) -> str:
    """The report in one format; every format but ``github`` ends with a newline."""
    if fmt == "text":
        return _text(report, old_label, new_label, color)
    if fmt == "markdown":
        return _markdown(report, old_label, new_label)
    if fmt == "json":
        return _json(report, old_label, new_label)
    if fmt == "github":
        return _github(report)
    raise ValueError(f"unknown report format {fmt!r}")


def summary(report: Report) -> dict[str, object]:
    """Counts per level on each axis, and the two verdicts."""
    return {
        "wire": _counts(report.wire),
        "sdk": _counts(report.sdk),
        "wire_breaking": report.wire_breaking,
        "sdk_breaking": report.sdk_breaking,
    }


def _counts(changes: Iterable[Change]) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(_DESCENDING, 0)
    for change in changes:
        counts[change.level] += 1
    return counts


def by_level(changes: Iterable[Change]) -> list[Change]:
    """Highest level first; within a level, the order the rules reported them in."""
    return sorted(changes, key=lambda change: _DESCENDING.index(change.level))


def location(change: Change) -> str:
    """``POST /v1/chat/completions``, or ``-`` for a change outside any operation."""
    if change.method and change.path:
        return f"{change.method} {change.path}"
    return change.path or change.method or "-"


# -- text ----------------------------------------------------------------------------------


def _text(report: Report, old_label: str, new_label: str, color: bool) -> str:
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    lines = [f"Comparing {_plain(old_label)} with {_plain(new_label)}", ""]
    sections = (
        ("Wire", "what changes on the wire", report.wire),
        ("SDK", "what changes for code written against the generated client", report.sdk),
    )
    for title, about, changes in sections:
        lines.append(paint(_BOLD, title) + f" ({about})")
        ordered = by_level(changes)
        if not ordered:
            lines.append("  no changes")
        where_width = min(_MAX_COLUMN, max((len(location(c)) for c in ordered), default=0))
        rule_width = min(_MAX_COLUMN, max((len(c.rule) for c in ordered), default=0))
        for change in ordered:
            level = paint(_COLORS[change.level], change.level.upper().ljust(8))
            where = _plain(location(change)).ljust(where_width)
            rule = paint(_DIM, _plain(change.rule).ljust(rule_width))
            lines.append(f"{level}  {where}  {rule}  {_plain(change.message)}".rstrip())
        lines.append("")
    wire = _counts(report.wire)
    verdict = (
        paint(_COLORS["breaking"], "SDK: breaking")
        if report.sdk_breaking
        else paint(_GREEN, "SDK: compatible")
    )
    counts = ", ".join(f"{n} {level}" for level, n in wire.items())
    sdk = ", ".join(f"{n} {level}" for level, n in _counts(report.sdk).items())
    lines.append(f"Wire: {counts}; {verdict} ({sdk})")
    return "\n".join(lines) + "\n"


def _plain(text: str) -> str:
    """One line of text that cannot move the cursor or change colours."""
    return _CONTROL.sub(lambda m: _escape_control(m.group()), text)


def _escape_control(char: str) -> str:
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return " "
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# -- markdown --------------------------------------------------------------------------------


def _markdown(report: Report, old_label: str, new_label: str) -> str:
    heading = f"## {md_text(new_label)} (compared with {md_text(old_label)})"
    return f"{heading}\n\n{markdown_sections(report)}"


def markdown_sections(report: Report) -> str:
    """The Markdown report below its heading: ``###`` sections, or "No changes.". (The
    changelog entry ``specgen update`` writes is ``generator.project.changelog``'s.)"""
    if not report.wire and not report.sdk:
        return "No changes.\n"
    blocks: list[str] = []
    for level, title in _SECTIONS:
        changes = [change for change in report.wire if change.level == level]
        if changes:
            blocks.append(f"### {title}\n\n" + md_groups(changes, marked=False))
    if report.sdk:
        verdict = (
            "Code written against the previous version may need changes."
            if report.sdk_breaking
            else "Code written against the previous version keeps working."
        )
        groups = md_groups(by_level(report.sdk), marked=True)
        blocks.append(f"### For SDK users\n\n{verdict}\n\n{groups}")
    return "\n".join(blocks)


def md_groups(changes: Sequence[Change], marked: bool) -> str:
    """A bullet per operation (or kind of type), a sub-bullet per change."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(_group(change), []).append(change)
    lines = []
    for label, members in groups.items():
        lines.append(f"- {label}")
        for change in members:
            mark = {"breaking": "**Breaking:** ", "warning": "**Warning:** "}.get(change.level)
            prefix = mark if marked and mark else ""
            sentence = md_sentence(change.message, change.cause)
            lines.append(f"  - {prefix}{sentence} `{md_code(change.rule)}`")
    return "\n".join(lines) + "\n"


def _group(change: Change) -> str:
    if change.method or change.path:
        return f"`{md_code(location(change))}`"
    if change.pointer.startswith("sdk:/"):
        kind = change.pointer[len("sdk:/") :].split("/", 1)[0]
        return _SDK_GROUPS.get(kind, "Other")
    return "The API as a whole"


def md_sentence(message: str, cause: str | None = None) -> str:
    """A message as a sentence: a capital (unless it starts with a name) and a full stop, with
    the change's cause, if known, in parentheses before it."""
    text = md_text(" ".join(message.split()))
    first = text.split(" ", 1)[0]
    if first.isalpha() and first.islower():
        text = text[0].upper() + text[1:]
    end = text[-1] if text.endswith((".", "!", "?")) else "."
    text = text.removesuffix(end)
    if cause:
        text += f" ({md_text(' '.join(cause.split()))})"
    return text + end


_CODE_SPAN = re.compile(r"`[^`\n]*`")
# Backslash escapes work for any ASCII punctuation (CommonMark); these are the characters that
# start emphasis, links, HTML, entities or code. An underscore inside a word is literal.
# A "[" that could open a link is escaped (so a "]" never closes one), but not the "[]" of
# "choices[].message": empty brackets followed by neither "(", "[" nor ":" are plain text.
_MARKUP = re.compile(r"[\\*<>&~`]|\[(?!\](?![(\[:]))|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def md_text(text: str) -> str:
    """Spec text as literal Markdown: code spans kept, markup and HTML outside them escaped."""
    text = _plain(text)
    parts, end = [], 0
    for match in _CODE_SPAN.finditer(text):
        parts.append(_escape_markup(text[end : match.start()]))
        parts.append(match.group())
        end = match.end()
    parts.append(_escape_markup(text[end:]))
    return "".join(parts)


def _escape_markup(text: str) -> str:
    return _MARKUP.sub(lambda match: "\\" + match.group(), text)


def md_code(text: str) -> str:
    """Text inside a single-backtick code span, which cannot contain a backtick."""
    return _plain(text).replace("`", "'")


# -- json ------------------------------------------------------------------------------------


def _json(report: Report, old_label: str, new_label: str) -> str:
    changes = [_json_change(c, "wire") for c in report.wire]
    changes += [_json_change(c, "sdk") for c in report.sdk]
    document = {
        "old": old_label,
        "new": new_label,
        "summary": summary(report),
        "changes": changes,
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _json_change(change: Change, kind: Literal["wire", "sdk"]) -> dict[str, object]:
    return {
        "fingerprint": change.fingerprint,
        "rule": change.rule,
        "level": change.level,
        "kind": kind,
        "method": change.method,
        "path": change.path,
        "pointer": change.pointer,
        "message": change.message,
        "old": change.old,
        "new": change.new,
        "cause": change.cause,
    }


# -- github ----------------------------------------------------------------------------------

_COMMANDS = {"breaking": "error", "warning": "warning", "info": "notice"}


def _github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per change."""
    lines = []
    for change in (*by_level(report.wire), *by_level(report.sdk)):
        where = location(change)
        text = f"{where}: {change.message}" if where != "-" else change.message
        command = _COMMANDS[change.level]
        lines.append(f"::{command} title={_gh_property(change.rule)}::{_gh_data(text)}")
    return "".join(line + "\n" for line in lines)


def _gh_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return _plain(text)  # no other control character (an ESC would colour the log)


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")
