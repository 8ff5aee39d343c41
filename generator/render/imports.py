"""The imports of a generated module, collected from what its code uses, written in the order
isort (and ruff's ``I`` rules) expect.

Whatever spells a name into a module (an annotation, a call to a runtime helper) records the
import that name needs here; a module then imports exactly what it uses, with no ``# noqa``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from generator.model import naming
from generator.render.pysource import import_order

# isort's sections, in order; "local" is the package's own modules (relative imports).
_SECTIONS = ("future", "stdlib", "thirdparty", "local")
_STDLIB = frozenset(sys.stdlib_module_names)


@dataclass
class Imports:
    """What one module imports.

    A module of the package is named from the package's root with a leading dot (``._types``,
    ``.models``); ``depth`` is how deep the importing module sits (1: ``_client.py``, 2: a
    resource module), which sets the dots it is written with. ``models`` is False in the module
    that defines the spec's types, which need no import there.
    """

    depth: int
    models: bool = True
    _modules: dict[bool, set[str]] = field(default_factory=lambda: {False: set(), True: set()})
    _names: dict[bool, dict[str, set[str]]] = field(default_factory=lambda: {False: {}, True: {}})

    def module(self, module: str) -> None:
        """``import module``."""
        self._modules[False].add(module)

    def name(self, module: str, name: str, *, type_checking: bool = False) -> None:
        """``from module import name``; with ``type_checking``, under ``if TYPE_CHECKING:``."""
        self._names[type_checking].setdefault(module, set()).add(name)
        if type_checking:
            self.name("typing", "TYPE_CHECKING")

    def model(self, name: str) -> None:
        """A spec type (model, enum or named union), from the package's ``models`` module."""
        if self.models:
            self.name(".models", name)

    def lines(self, *, type_checking: bool = False) -> list[str]:
        """The import statements, a blank line between sections; those for type checkers only
        with ``type_checking``."""
        sections: dict[str, list[str]] = {section: [] for section in _SECTIONS}
        for module in sorted(self._modules[type_checking], key=_module_key):
            sections[_section(module)].append(f"import {module}")
        names = self._names[type_checking]
        for module in sorted(names, key=_module_key):
            spelled = self._spell(module)
            members = ", ".join(import_order(names[module]))
            sections[_section(module)].append(f"from {spelled} import {members}")
        lines: list[str] = []
        for section in _SECTIONS:
            if sections[section]:
                lines += [*([""] if lines else []), *sections[section]]
        return lines

    def _spell(self, module: str) -> str:
        return "." * (self.depth - 1) + module if module.startswith(".") else module


def _section(module: str) -> str:
    if module == "__future__":
        return "future"
    if module.startswith("."):
        return "local"
    return "stdlib" if module.split(".")[0] in _STDLIB else "thirdparty"


def _module_key(module: str) -> tuple[int, tuple[object, ...]]:
    """isort's order of modules in a section: natural, case aside; relative ones furthest
    first."""
    dots = len(module) - len(module.lstrip("."))
    return -dots, naming.natural_key(module.lstrip(".").lower())
