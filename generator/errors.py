"""The error type the toolkit reports to users: a file, a JSON pointer and a message; and a
bundle of them, for a check that is more use listing every problem than stopping at the first."""

from __future__ import annotations

from collections.abc import Iterable
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


class SpecWarning(UserWarning):
    """A problem the toolkit works around, reported like a ``SpecError`` (``warnings.warn``
    carries it to the command line, which prints it as one line)."""

    def __init__(self, file: str, pointer: str, message: str) -> None:
        super().__init__(str(SpecError(file, pointer, message)))


class SpecErrors(Exception):
    """Several ``SpecError``s found together, one line each: e.g. every overlay action that a
    new version of the spec leaves behind, so that one run shows all the work to do."""

    def __init__(self, errors: Iterable[SpecError]) -> None:
        self.errors = tuple(errors)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def _printable(text: str, keep: str = "") -> str:
    """``text`` with each character that does not print (and ``%``, unless kept) %-escaped."""
    return "".join(
        c if c.isprintable() and (c != "%" or c in keep) else quote(c, errors="backslashreplace")
        for c in text
    )
