"""Putting rendered files on disk, and comparing them with what is there.

Each output folder is written whole into a staging folder beside it, then every folder of the
run replaces its old one in one journaled step (``journal.Transaction``): a run that is killed
leaves each of them wholly old or wholly new, and the next command puts that right.

An output folder is only ever replaced when specgen wrote it (it holds ``specgen.lock``) or it is
empty: a folder of the user's is never emptied.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from generator.errors import SpecError
from generator.project.journal import Transaction

NAME_MAX = 255  # bytes in one file name, on the usual file systems

Tree = tuple[Path, Mapping[str, str]]  # an output folder and its files (relative path -> text)


def write_tree(files: Mapping[str, str], out: Path) -> None:
    """Make ``out`` contain exactly ``files`` (relative path -> text)."""
    write_trees([(out, files)])


def write_trees(trees: Sequence[Tree], project: Path | None = None) -> None:
    """Make each output folder contain exactly its files, all replaced in one step (see
    ``journal_home`` for where its journal goes)."""
    outs = [out for out, _ in trees]
    for out in outs:
        check_replaceable(out)
    home = journal_home(outs, project)
    with writing_errors(home), Transaction(home, outs) as step:
        for out, files in trees:
            fill(step.staged(out), files, out)
        step.commit()


@contextmanager
def writing_errors(where: Path) -> Iterator[None]:
    """A system error while writing (a folder not writable, a full disk) as bad input naming
    the path, not an internal error."""
    try:
        yield
    except OSError as error:
        path = str(error.filename) if error.filename is not None else str(where)
        raise SpecError(path, "", f"cannot write: {error.strerror or error}") from None


def journal_home(outs: Sequence[Path], project: Path | None) -> Path:
    """Where a run that writes ``outs`` keeps its journal: the folder that holds them all, or
    the project's when they are spread over several. The next command looks in both."""
    parents = {Path(os.path.abspath(out)).parent for out in outs}
    if len(parents) == 1:
        return parents.pop()
    if project is None:
        raise ValueError("output folders in several folders, and no project to journal in")
    return project


def check_replaceable(out: Path) -> None:
    """Refuse (``SpecError``) an output path that specgen must not replace: anything but a
    new folder, an empty one or one that specgen wrote."""
    _check_ancestors(out)
    if len(os.fsencode(out.name)) > NAME_MAX:
        raise SpecError(str(out), "", f"the folder name is longer than {NAME_MAX} bytes")
    if out.is_symlink():
        raise SpecError(str(out), "", "a symbolic link: give the folder it points to")
    if out.exists() and not out.is_dir():
        raise SpecError(str(out), "", "the output path exists and is not a folder")
    here, absolute = Path.cwd().resolve(), out.resolve()
    if absolute == here or absolute in here.parents:
        raise SpecError(
            str(out), "", "holds the current folder: an output folder is replaced as a whole"
        )
    if out.is_dir() and not _written_by_specgen(out):
        raise SpecError(
            str(out),
            "",
            f"not replaced: the folder is not empty and has no {_lock_name()}, so specgen did "
            "not write it (give a new or empty folder)",
        )


def _check_ancestors(out: Path) -> None:
    """The nearest existing ancestor of ``out`` must be a folder."""
    for ancestor in Path(os.path.abspath(out)).parents:
        if os.path.lexists(ancestor):
            if not ancestor.is_dir():
                raise SpecError(str(ancestor), "", f"not a folder, so it cannot hold {out}")
            return


def _written_by_specgen(out: Path) -> bool:
    try:
        return (out / _lock_name()).is_file() or not any(out.iterdir())
    except OSError as error:
        raise SpecError(str(out), "", f"cannot read the folder: {error.strerror}") from None


def _lock_name() -> str:
    from generator.project.lock import LOCK_NAME  # lock reads trees with this module

    return LOCK_NAME


def fill(folder: Path, files: Mapping[str, str], out: Path) -> None:
    """Write ``files`` into the new folder ``folder``, staged for ``out``: a file that cannot
    be written is reported by its path in ``out``."""
    relative = "."
    try:
        folder.mkdir()
        for relative, text in files.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
    except OSError as error:
        message = error.strerror or str(error)
        raise SpecError(str(out / relative), "", f"cannot write: {message}") from None


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
