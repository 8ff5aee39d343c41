"""The one error type the toolkit reports to users: a file, a JSON pointer and a message."""

from __future__ import annotations


class SpecError(Exception):
    """A problem with an input document, reported as ``file#/json/pointer: message``."""

    def __init__(self, file: str, pointer: str, message: str) -> None:
        self.file = file
        self.pointer = pointer
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        # One line, whatever the message carries (parser messages can span lines).
        message = " ".join(self.message.split())
        return f"{self.file}#{self.pointer}: {message}"
