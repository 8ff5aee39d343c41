"""``specgen init``: add a generation target for a new API, ready for ``make generate``.

Three things are written, and only once every check has passed (the name is new, no file is in
the way, the spec loads): the spec, vendored byte for byte as ``specs/<name><suffix>`` (a spec
whose ``$ref``s pull in other files goes, with them, into ``specs/<name>/``); an
overlay stub, ``specs/<name>.overlay.yaml``; and a ``[[tool.specgen.targets]]`` entry appended
to ``pyproject.toml`` as text, every other byte of the file kept. If writing fails half way,
the files written so far are removed and ``pyproject.toml`` is put back.

The overlay stub: ``generator.spec.overlay`` refuses an overlay without actions (an empty list
usually means a mistake), so the stub holds one action that changes nothing, an empty
``update`` of ``$.info`` (which every valid spec has), and a commented example of a real one.
That way the target's configuration names its overlay from the start, and ``specgen mock``,
which applies the overlay beside a spec on its own, accepts it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.config import Target, load_targets
from generator.errors import SpecError
from generator.project.pyproject import append_target, basic_string
from generator.project.vendor import copy_files, spec_files
from generator.spec.load import load_spec

Echo = Callable[[str], None]

# A target name: lowercase letters, digits, '_' and '-', starting with a letter.
_NAME = re.compile(r"[a-z][a-z0-9_-]*")
_PACKAGE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DEFAULT_VERSION = "0.1.0"

OVERLAY_STUB = """\
# Local adjustments to the vendored {name} spec ({spec}, never edited by hand).
# Overlay 1.0: https://spec.openapis.org/overlay/v1.0.0.html
overlay: 1.0.0
info: {{title: specgen adjustments for the {name} API, version: 1.0.0}}
actions:
  # An overlay needs at least one action: this one changes nothing (an empty update of $.info).
  # Replace it with real adjustments, for example a method name for an operation:
  #   - target: $.paths['/pets'].get
  #     update: {{x-specgen-method: pets.list}}
  - target: $.info
    update: {{}}
"""


@dataclass(frozen=True)
class Plan:
    """What ``init`` writes: the files, and the pyproject.toml text after the edit."""

    name: str
    spec: Path
    overlay: Path
    pyproject: Path
    entry: str


def init(
    project: Path,
    name: str,
    spec: Path,
    package: str | None,
    distribution: str | None,
    echo: Echo,
) -> Plan:
    """Vendor ``spec`` as target ``name`` of ``project``, with an overlay stub and its config."""
    pyproject = project / "pyproject.toml"
    if not _NAME.fullmatch(name):
        raise SpecError(
            name, "", "a target name is lowercase letters, digits, '_' or '-', from a letter"
        )
    package = package or name.replace("-", "_")
    if not _PACKAGE.fullmatch(package):
        raise SpecError(package, "", "not a Python import name (use --package)")
    distribution = distribution or package.replace("_", "-")
    taken = {target.name for target in _existing_targets(pyproject, project)}
    if name in taken:
        raise SpecError(str(pyproject), "/tool/specgen/targets", f"target {name!r} exists")
    out = Path("generated") / name
    # The spec must load (valid, local $refs resolve) before anything is written.
    files = spec_files(spec)
    if files.others:  # a spec in several files gets a folder of its own, its layout kept
        vendored = Path("specs") / name / spec.name
    else:
        vendored = Path("specs") / f"{name}{''.join(spec.suffixes[-1:]) or '.json'}"
    copies = files.destinations(project / vendored)
    overlay = Path("specs") / f"{name}.overlay.yaml"
    for path in (*copies, project / overlay, project / out):
        if path.exists():
            raise SpecError(str(path), "", "already exists: not overwritten")
    stub = OVERLAY_STUB.format(name=name, spec=vendored.as_posix())

    entry = (
        "\n[[tool.specgen.targets]]\n"
        f"name = {basic_string(name)}\n"
        f"spec = {basic_string(vendored.as_posix())}\n"
        f"overlay = {basic_string(overlay.as_posix())}\n"
        f"package = {basic_string(package)}\n"
        f"distribution = {basic_string(distribution)}\n"
        f"out = {basic_string(out.as_posix())}\n"
        f"version = {basic_string(DEFAULT_VERSION)}\n"
    )
    original = pyproject.read_bytes()
    text = original.decode("utf-8")
    edited = append_target(text, entry, str(pyproject), name)

    written: list[Path] = []
    try:
        (project / "specs").mkdir(exist_ok=True)
        written += copies
        copy_files(copies)
        # The overlay must hold for this spec: check it before the config names it.
        (project / overlay).write_text(stub, encoding="utf-8")
        written.append(project / overlay)
        load_spec(project / vendored, project / overlay)
        pyproject.write_bytes(edited.encode("utf-8"))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        _remove_empty_folders(written, project / "specs")
        pyproject.write_bytes(original)
        raise
    also = f" with {len(files.others)} files it refers to" if files.others else ""
    echo(f"vendored {spec} as {vendored.as_posix()}{also}")
    echo(f"wrote the overlay stub {overlay.as_posix()}")
    echo(f"added target {name!r} to pyproject.toml (package {package}, out {out.as_posix()})")
    echo("next: `make generate` (or `specgen generate`), then commit specs/ and generated/")
    return Plan(name, project / vendored, project / overlay, pyproject, entry)


def _existing_targets(pyproject: Path, project: Path) -> list[Target]:
    """The configured targets; none when pyproject.toml has no target yet."""
    try:
        return load_targets(project)
    except SpecError as error:
        if error.pointer == "/tool/specgen/targets" and pyproject.is_file():
            return []  # no targets configured yet: this is the first
        raise


def _remove_empty_folders(files: list[Path], root: Path) -> None:
    """The folders under ``root`` that writing ``files`` created, if they are empty again."""
    for folder in sorted({parent for path in files for parent in path.parents}, reverse=True):
        inside = folder.is_relative_to(root) and folder != root
        if inside and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
