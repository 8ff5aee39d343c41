"""Vendoring a spec: its file and every local file its ``$ref``s pull in, byte for byte.

``init`` and ``update`` copy a spec into ``specs/``; a spec split over several files must arrive
whole, each file at the same place relative to the main one, or the vendored copy would resolve
its references against whatever happens to lie beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.spec.load import load_spec, read_document


@dataclass(frozen=True)
class SpecFiles:
    """A spec as files: the main one, and the others relative to its folder."""

    main: Path
    others: tuple[Path, ...]  # relative, sorted

    def destinations(self, main: Path) -> dict[Path, Path]:
        """Where each file goes (to: from) when the main file is vendored as ``main``."""
        folder = self.main.absolute().parent.resolve()
        copies = {main: self.main}
        for relative in self.others:
            copies[main.parent / relative] = folder / relative
        return copies


def spec_files(spec: Path) -> SpecFiles:
    """The files of ``spec``, found by loading it (which also validates it)."""
    read: list[Path] = []

    def reader(path: Path) -> Any:
        read.append(path)
        return read_document(path)

    load_spec(spec, None, reader)
    folder = spec.absolute().parent.resolve()
    # The bundler reads the main file first, then each other file once, by its resolved path.
    others = sorted({path.resolve().relative_to(folder) for path in read[1:]})
    return SpecFiles(spec, tuple(others))


def copy_files(copies: dict[Path, Path]) -> None:
    for destination, source in copies.items():
        try:
            content = source.read_bytes()
        except OSError as error:
            raise SpecError(str(source), "", f"cannot read file: {error.strerror}") from None
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(content)
