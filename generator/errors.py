"""The one error type the toolkit reports to users: a file, a JSON pointer and a message."""

from __future__ import annotations

from urllib.parse import quote


class SpecError(Exception):
    """A problem with an input document, reported as ``file#/json/pointer: message``."""

    def __init__(self, file: str, pointer: str, message: str) -> None:
        self.file = file
        self.pointer = pointer
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        # One line, whatever the message carries (parser messages can span lines); in the
        # pointer, what does not print is %-escaped as in a URI fragment, so that a key
        # holding a line break or a terminal escape cannot forge a line of its own.
        message = _printable(" ".join(self.message.split()), keep="%")
        return f"{self.file}#{_printable(self.pointer)}: {message}"


def _printable(text: str, keep: str = "") -> str:
    """``text`` with each character that does not print (and ``%``, unless kept) %-escaped."""
    return "".join(
        c if c.isprintable() and (c != "%" or c in keep) else quote(c, errors="backslashreplace")
        for c in text
    )
