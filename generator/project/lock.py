"""``specgen.lock``: what an output folder was generated from, so ``check`` can skip rendering.

``specgen generate`` writes the lock beside the files it generates, as one more output file. It
holds the sha256 of every input that shapes the output (the spec and every file it pulled in,
the overlay, the changelog, every template, every source file of the generator that shapes
the output, the target's configuration, black's version) and of every other output file. The
text is a function of those hashes alone: sorted keys, fixed indentation, relative paths, so it
is the same on every machine.

``check`` first rebuilds that text from the files as they are now and compares it with the lock
on disk, byte for byte. Equal means every input is what the lock recorded and every output file
is what that generation wrote, no file more or less: nothing can have changed, and rendering is
skipped. Anything else (an input or output edited, added or removed, the lock itself edited,
unreadable or missing) falls back to the full render-and-diff, which also compares the lock as
an output file, so the change is reported with a readable diff. The lock only ever speeds up a
pass; it never turns a difference into one.

The lock trusts that it was written by ``specgen generate``: a lock forged to match hand-edited
files passes the fast path (``specgen check --full`` always renders).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.config import Target
from generator.project.output import tree_files

LOCK_NAME = "specgen.lock"
FORMAT = 1

GENERATOR = Path(__file__).resolve().parent.parent
TEMPLATES = GENERATOR / "render" / "templates"  # as generator.render.files reads them
# Sources of the toolkit that do not shape what ``generate`` writes: the commands around it, the
# differ, the mock server. An edit there leaves every lock valid.
_NOT_SHAPING = (
    "__main__.py",
    "cli.py",
    "console.py",
    "diff/",
    "mock/",
    "project/changelog.py",
    "project/init.py",
    "project/inspection.py",
    "project/journal.py",
    "project/pyproject.py",
    "project/update.py",
    "project/vendor.py",
    "spec/follow.py",
)
MISSING = "missing"  # the hash of an input that cannot be read

# Fields of the target that are not inputs: where the output goes, and the label a target is
# chosen by on the command line (the build reads it only as a fallback title where the spec has
# none, which validation rules out). Paths (spec, overlay, changelog) are recorded relative to the
# output folder, and the files they name are hashed as sources.
_NOT_INPUTS = frozenset({"name", "out"})


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str:
    try:
        return sha256(path.read_bytes())
    except OSError:
        return MISSING


def text_hashes(files: Mapping[str, str]) -> dict[str, str]:
    """The hashes of rendered files, as ``write_tree`` will write them (UTF-8)."""
    return {name: sha256(text.encode("utf-8")) for name, text in files.items() if name != LOCK_NAME}


def tree_hashes(root: Path) -> dict[str, str] | None:
    """The hashes of the files under ``root`` that ``read_tree`` sees, the lock excepted;
    ``None`` when one cannot be read."""
    hashes = {}
    for relative, path in tree_files(root):
        if relative == LOCK_NAME:
            continue
        try:
            hashes[relative] = sha256(path.read_bytes())
        except OSError:
            return None
    return hashes


@dataclasses.dataclass(frozen=True)
class Toolkit:
    """The inputs every target shares: templates, the generator's sources, black's version."""

    templates: dict[str, str]
    generator: dict[str, str]
    tools: dict[str, str]


def toolkit() -> Toolkit:
    return Toolkit(
        templates=_folder_hashes(TEMPLATES, "*"),
        generator={
            name: digest
            for name, digest in _folder_hashes(GENERATOR, "*.py").items()
            if not name.startswith(_NOT_SHAPING)
        },
        tools={"black": _black_version()},
    )


def source_path(path: Path, out: Path) -> str:
    """How the lock of ``out`` names an input file: relative to ``out``, with ``/``."""
    return Path(os.path.relpath(path.resolve(), out.resolve())).as_posix()


def lock_text(
    target: Target,
    sources: Mapping[str, str],
    outputs: Mapping[str, str],
    kit: Toolkit | None = None,
) -> str:
    """The lock of ``target``: ``sources`` are the hashes of the files read to build it (by
    ``source_path``), ``outputs`` those of the files generated (by path in the output folder)."""
    kit = kit or toolkit()
    config = {
        field.name: _config_value(getattr(target, field.name), target.out)
        for field in dataclasses.fields(target)
        if field.name not in _NOT_INPUTS
    }
    config["resolved_base_url_env"] = target.resolved_base_url_env
    body: dict[str, Any] = {
        "format": FORMAT,
        "target": config,
        "sources": dict(sorted(sources.items())),
        "templates": kit.templates,
        "generator": kit.generator,
        "tools": kit.tools,
        "outputs": dict(sorted(outputs.items())),
    }
    # Binds the lock together: a hand edit that drops a source from the list, say, no longer
    # matches what the rest of the lock says.
    body["digest"] = sha256(_dump(body).encode("utf-8"))
    return _dump(body)


def stale_reason(target: Target, kit: Toolkit | None = None) -> str | None:
    """``None`` when the lock in ``target.out`` proves its files are what generating now would
    write, else the first reason it does not (what ``check --verbose`` shows). A reason is no
    verdict: the caller renders and compares."""
    try:
        recorded = (target.out / LOCK_NAME).read_bytes()
        listed = json.loads(recorded)["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return f"no readable {LOCK_NAME}"
    if not isinstance(listed, dict) or not all(isinstance(name, str) for name in listed):
        return f"{LOCK_NAME} lists no sources"
    # The files the spec pulled in are known from the lock; the configured ones from the target.
    names = set(listed)
    for path in (target.spec, target.overlay, target.changelog):
        if path is not None:
            names.add(source_path(path, target.out))
    sources = {name: file_hash(target.out / name) for name in names}
    outputs = tree_hashes(target.out)
    if outputs is None:
        return "an output file cannot be read"
    current = lock_text(target, sources, outputs, kit)
    if current.encode("utf-8") == recorded:
        return None
    return _first_difference(json.loads(recorded), json.loads(current))


def _first_difference(recorded: Any, current: dict[str, Any]) -> str:
    if not isinstance(recorded, dict):
        return f"{LOCK_NAME} is not an object"
    for section, now in current.items():
        then = recorded.get(section)
        if then == now or section == "digest":
            continue
        if not (isinstance(then, dict) and isinstance(now, dict)):
            return f"{section} changed"
        changed = sorted(key for key in then.keys() | now.keys() if then.get(key) != now.get(key))
        what = (
            "added" if changed[0] not in then else "removed" if changed[0] not in now else "changed"
        )
        more = f" (and {len(changed) - 1} more)" if len(changed) > 1 else ""
        return f"{section}: {changed[0]} {what}{more}"
    return f"{LOCK_NAME} was edited"


def _config_value(value: object, out: Path) -> object:
    if isinstance(value, Path):
        return source_path(value, out)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return repr(value)


def _folder_hashes(root: Path, pattern: str) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): file_hash(path)
        for path in sorted(root.rglob(pattern))
        if path.is_file() and "__pycache__" not in path.relative_to(root).parts
    }


def _black_version() -> str:
    # black's own version module: importing black itself takes longer than a fast check.
    try:
        return str(importlib.import_module("_black_version").version)
    except (ImportError, AttributeError):  # pragma: no cover - a black without that module
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as distribution_version

        try:
            return distribution_version("black")
        except PackageNotFoundError:
            return MISSING


def _dump(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
