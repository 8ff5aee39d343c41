"""Spec text on its way to a reader: in a docstring, a Markdown file, a TOML or JSON file, on a
terminal. Spec text is untrusted; wherever it lands, it must show as written and do nothing
else. One list of the characters that must never arrive raw, one spelling for them (a Python
escape: ``\\x1b``, ``\\u202e``), and Markdown's escapes, for every writer to share.
"""

from __future__ import annotations

import re

# Bidirectional controls reorder what a line shows, so that code or text reads otherwise than
# it is (Trojan Source, CVE-2021-42574): embeddings, overrides, isolates and the marks.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# What acts instead of showing: C0 controls (a terminal obeys ESC; tab and line feed, which
# text is made of, excepted), DEL and C1 controls (U+009B is a terminal's CSI too), Unicode's
# line and paragraph separators, and the bidirectional controls.
UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}]")
_CODE_FENCE = re.compile(r"`+")
# What Markdown (CommonMark, GitHub's flavour) or HTML may read as syntax in running text:
# emphasis, code, links and images, HTML and entities, tables, strikethrough, math, headings.
# CommonMark lets any ASCII punctuation be escaped with a backslash, shown as itself.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_\[\]<>#!|&~$]")


def python_escape(char: str) -> str:
    """``char`` as a Python string escape: ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_unsafe(text: str) -> str:
    """``text`` with every ``UNSAFE`` character spelled as a Python escape; line breaks and
    tabs kept. Inside a Python string, the escape means the character itself."""
    return UNSAFE.sub(lambda match: python_escape(match.group()), text)


def json_escape_unsafe(text: str) -> str:
    """JSON or TOML text (``json.dumps(..., ensure_ascii=False)``) with every ``UNSAFE``
    character ``\\u``-escaped: they can only stand inside strings there, where the escape means
    the character itself; the rest of the text is left as written."""
    return UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def one_line(text: str) -> str:
    """``text`` with every character that does not print (line breaks and tabs too, the
    ``UNSAFE`` ones, format characters) spelled as Python would: for a terminal's table cell,
    a Markdown code span."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def code_span(text: str) -> str:
    """``text`` as a Markdown code span on one line, whatever it holds: ``one_line``, and the
    fence outgrows any run of backticks inside (CommonMark, with a space each side then)."""
    text = one_line(text)
    runs = _CODE_FENCE.findall(text)
    if not runs:
        return f"`{text}`"
    fence = "`" * (max(len(run) for run in runs) + 1)
    return f"{fence} {text} {fence}"


def table_cell(markdown: str) -> str:
    """Markdown for a cell of a GitHub table: a ``|`` would end the cell even in a code span,
    unless escaped."""
    return markdown.replace("|", "\\|")


def markdown_text(text: str) -> str:
    """Spec text as running Markdown that shows it as written and does nothing else: on one
    line (a line break could start a heading, a list, a code block or an HTML block), what
    does not print spelled out (``one_line``), each character of Markdown's or HTML's syntax
    backslash-escaped (``<!--`` would hide the rest of the file, ``<script>`` run in some
    viewers, ``[x](url)`` link elsewhere)."""
    flat = one_line(" ".join(text.split()))
    return _MARKDOWN_SYNTAX.sub(lambda match: "\\" + match.group(), flat)
