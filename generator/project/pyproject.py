"""Edit the ``[[tool.specgen.targets]]`` entries of a ``pyproject.toml`` as text.

The file belongs to the project: a TOML writer would re-format all of it (comments, order,
quoting), so ``init`` and ``update`` edit the text instead and keep every other byte. A text
edit can slip (a header in a string, a table the scanner did not expect), so each one is
checked by parsing: the data after must be the data before with exactly the intended change,
or the edit is refused with a ``SpecError`` and nothing is written.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecError

TARGETS = ("tool", "specgen", "targets")
TARGETS_POINTER = "/tool/specgen/targets"

# One part of a dotted key: bare, "basic" or 'literal'.
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
# A table header line, [table] or [[array.of.tables]]: spaces allowed around the key and its
# dots, a comment allowed after it.
_HEADER = re.compile(
    rf"^[ \t]*(\[\[?)[ \t]*({_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*)[ \t]*(\]\]?)"
    r"[ \t]*(?:#[^\n]*)?$",
    re.M,
)
# The blank and comment lines that end a stretch of text (they lead into what follows).
_TRAILING = re.compile(r"(?:\n(?:[ \t]*(?:#[^\n]*)?))*\n?$")
_VERSION_LINE = re.compile(r"""^([ \t]*version[ \t]*=[ \t]*)(["'])([^"'\n]*)\2""", re.M)
# Control characters a TOML basic string cannot hold as they are (tab it can).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")

Change = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class Block:
    """One ``[[tool.specgen.targets]]`` table: its header line and its keys, up to the next
    header (or the end of the text)."""

    header: int
    start: int
    end: int


def target_blocks(text: str) -> list[Block]:
    """The ``[[tool.specgen.targets]]`` tables of ``text``, in order. The key is compared as
    TOML reads it, so ``[[ tool."specgen".targets ]]`` is one of them too."""
    headers = list(_HEADER.finditer(text))
    blocks = []
    for index, header in enumerate(headers):
        end = headers[index + 1].start() if index + 1 < len(headers) else len(text)
        is_array = header.group(1) == "[[" and header.group(3) == "]]"
        if is_array and _key_path(header.group(2)) == TARGETS:
            blocks.append(Block(header.start(), header.end(), end))
    return blocks


def _key_path(key: str) -> tuple[str, ...]:
    """The names of a dotted key, unquoted; none when it is not a valid key after all."""
    try:
        value: Any = tomllib.loads(f"{key} = 0")
    except tomllib.TOMLDecodeError:
        return ()
    path = []
    while isinstance(value, dict):
        ((name, value),) = value.items()
        path.append(name)
    return tuple(path)


def append_target(text: str, entry: str, file: str, name: str) -> str:
    """``text`` with ``entry`` (one ``[[tool.specgen.targets]]`` table, named ``name``) after
    the last targets table, where the targets are read together, or at the end of the file
    when there is none."""
    added = tomllib.loads(entry)
    new = added["tool"]["specgen"]["targets"]
    if [target.get("name") for target in new] != [name]:
        raise ValueError(f"the entry is not one target named {name!r}: {entry!r}")
    edited = _placed(text, entry)

    def change(data: dict[str, Any]) -> None:
        _targets(data).extend(new)

    check_edit(
        text,
        edited,
        change,
        file,
        TARGETS_POINTER,
        unparsable="the edit would break the file",
        refused=f"the edit did not add {name!r}",
    )
    return edited


def _placed(text: str, entry: str) -> str:
    """``text`` with ``entry`` after the last targets table, before the comments and blank
    lines that lead into the next table."""
    blocks = target_blocks(text)
    if not blocks or blocks[-1].end == len(text):
        return text.rstrip("\n") + "\n" + entry
    cut = blocks[-1].end
    trailing = _TRAILING.search(text, 0, cut)
    start = trailing.start() if trailing else cut
    return text[:start].rstrip("\n") + "\n" + entry.rstrip("\n") + text[start:]


def set_version(text: str, target: str, version: str, file: str = "pyproject.toml") -> str:
    """``text`` with the ``version`` of the target named ``target`` replaced (or, when it has
    none, written after its name), keeping the line's quotes, spacing and comment."""
    where = f"{TARGETS_POINTER} (name = {target!r})"
    name_line = re.compile(
        rf"""^[ \t]*name[ \t]*=[ \t]*(["']){re.escape(target)}\1[ \t]*(?:#[^\n]*)?$""", re.M
    )
    blocks = target_blocks(text)
    found = [block for block in blocks if name_line.search(text, block.start, block.end)]
    if len(found) != 1:
        raise SpecError(file, where, f"expected one target named {target!r}, found {len(found)}")
    start, end = found[0].start, found[0].end
    block = text[start:end]
    matches = list(_VERSION_LINE.finditer(block))
    if len(matches) > 1:
        raise SpecError(file, where, "the target has more than one version line")
    if matches:
        match = matches[0]
        block = block[: match.start(3)] + version + block[match.end(3) :]
    else:  # the default version: write one after the name
        named = name_line.search(block)
        assert named is not None
        line = f"\nversion = {basic_string(version)}"
        block = block[: named.end()] + line + block[named.end() :]
    edited = text[:start] + block + text[end:]

    def change(data: dict[str, Any]) -> None:
        for entry in _targets(data):
            if entry.get("name") == target:
                entry["version"] = version

    check_edit(
        text,
        edited,
        change,
        file,
        where,
        unparsable="cannot edit the version safely",
        refused="cannot edit the version line safely; edit it by hand",
    )
    return edited


def _targets(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The targets list of parsed pyproject data, made empty when there is none yet."""
    targets: list[dict[str, Any]] = (
        data.setdefault("tool", {}).setdefault("specgen", {}).setdefault("targets", [])
    )
    return targets


def check_edit(
    text: str,
    edited: str,
    change: Change,
    file: str,
    pointer: str,
    *,
    unparsable: str,
    refused: str,
) -> None:
    """Both texts parse, and the data of ``edited`` is that of ``text`` with ``change`` made
    and nothing else; otherwise ``SpecError(file, pointer, ...)``: ``unparsable`` with the
    parser's message, or ``refused``."""
    try:
        before, after = tomllib.loads(text), tomllib.loads(edited)
    except tomllib.TOMLDecodeError as error:
        raise SpecError(file, pointer, f"{unparsable}: {error}") from None
    change(before)
    if after != before:
        raise SpecError(file, pointer, refused)


def basic_string(value: str) -> str:
    """``value`` as a TOML basic string: quote, backslash and control characters escaped, so
    that any value reads back as itself."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04X}", escaped)
    return f'"{escaped}"'
