"""Putting rendered files on disk, and comparing them with what is there.

Writing goes to a temporary folder beside the target, which then replaces the target in two
renames, so an interrupted run never leaves a half-written package behind.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path

from generator.errors import SpecError


def write_tree(files: dict[str, str], out: Path) -> None:
    """Make ``out`` contain exactly ``files`` (relative path -> text)."""
    if out.exists() and not out.is_dir():
        raise SpecError(str(out), "", "the output path exists and is not a folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        staging.chmod(0o755)
        previous = out.parent / f".{out.name}.old-{os.getpid()}"
        if out.exists():
            out.rename(previous)
        staging.rename(out)
        shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def read_tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative path -> text), skipping caches and build leftovers.

    The lock (``specgen.lock``) is one of the files: it is generated like the others."""
    return {
        relative: path.read_bytes().decode("utf-8", errors="replace")
        for relative, path in tree_files(root)
    }


def tree_files(root: Path) -> list[tuple[str, Path]]:
    """(relative path with ``/``, path) of every file under ``root`` that ``read_tree`` reads,
    sorted."""
    if not root.is_dir():
        return []
    files = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not any(part in IGNORED for part in relative.parts):
            files.append((relative.as_posix(), path))
    return files


# Produced by running or installing the generated package, not by the generator.
IGNORED = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist"})


def diff_trees(expected: dict[str, str], actual: dict[str, str], label: str) -> str:
    """A unified diff turning ``actual`` (on disk) into ``expected`` (freshly generated)."""
    chunks: list[str] = []
    for relative in sorted(expected.keys() | actual.keys()):
        old, new = actual.get(relative), expected.get(relative)
        if old == new:
            continue
        lines = difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            fromfile=f"{label}/{relative}" if old is not None else "/dev/null",
            tofile=f"{label}/{relative} (generated)" if new is not None else "/dev/null",
        )
        chunks.extend(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines
        )
    return "".join(chunks)
