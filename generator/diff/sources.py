"""The two sides of a diff: a spec file, or ``git:REV:path``, a version from the repository.

``git:REV:path`` reads ``path`` as it was at revision ``REV`` (``git:HEAD:specs/claude.json``,
``git:v1.0.0:./claude.json``) with ``git show``, run in the project folder, so ``path`` is
relative to the repository root (or to the project folder when it starts with ``./``).
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from generator.config import Target, load_targets
from generator.errors import SpecError
from generator.model import ir
from generator.model.listing import (
    LISTING_JSON,
    NOTHING_SHIPPED,
    Shipped,
    load_shipped,
    read_listing,
)
from generator.spec.load import Spec, load_spec

GIT_PREFIX = "git:"
GIT_TIMEOUT = 60  # seconds


def load_source(source: str, overlay: str | None, project: Path) -> Spec:
    """Read, patch and validate the spec ``source`` names, with the overlay source ``overlay``
    (a file, or ``git:REV:path`` too); errors name the sources."""
    with materialized(source, project) as path, _optional(overlay, project) as overlay_path:
        try:
            spec = load_spec(path, overlay_path)
        except SpecError as error:
            for given, read in ((source, path), (overlay, overlay_path)):
                if given is not None and error.file == str(read) and str(read) != given:
                    raise SpecError(given, error.pointer, error.message) from None
            raise
    return replace(spec, file=source)


def read_source(source: str, project: Path) -> bytes | None:
    """The bytes a source names, or None when there is no such file (at that revision)."""
    try:
        with materialized(source, project) as path:
            return path.read_bytes()
    except (SpecError, FileNotFoundError):
        return None


def at_revision(source: str, path: Path, project: Path) -> str:
    """``path`` as the same kind of source as ``source``: from the same revision when
    ``source`` is ``git:REV:...``, else the file itself."""
    if not source.startswith(GIT_PREFIX):
        return str(path)
    revision, _, _ = source[len(GIT_PREFIX) :].partition(":")
    relative = path.resolve().relative_to(project.resolve()) if path.is_absolute() else path
    return f"{GIT_PREFIX}{revision}:./{PurePosixPath(*relative.parts)}"


@contextmanager
def _optional(source: str | None, project: Path) -> Iterator[Path | None]:
    if source is None:
        yield None
        return
    with materialized(source, project) as path:
        yield path


@dataclass(frozen=True)
class Sides:
    """How to read both sides of a diff: overlays, the names shipped, the old listing."""

    old_overlay: str | None
    new_overlay: str | None
    target: Target | None = None
    shipped: Shipped = NOTHING_SHIPPED
    old_surface: ir.Api | None = None


def target_of(
    old: str,
    new: str,
    project: Path,
    overlay: str | None = None,
    old_overlay: str | None = None,
    new_overlay: str | None = None,
) -> Sides:
    """The sides of ``diff OLD NEW``. Overlays given win (``overlay`` for both sides); when
    OLD or NEW is a configured target's spec, the rest comes from that target: its overlay
    read at each side's revision, its shipped names, and, when OLD is the target's spec, the
    API listing committed beside it at that revision."""
    old_overlay = old_overlay or overlay
    new_overlay = new_overlay or overlay
    target = _configured(project, old, new)
    if target is None:
        return Sides(old_overlay, new_overlay)
    if target.overlay is not None:
        old_overlay = old_overlay or _existing(at_revision(old, target.overlay, project), project)
        new_overlay = new_overlay or _existing(at_revision(new, target.overlay, project), project)
    old_surface = None
    if _names(old, project) == target.spec.resolve():
        listing = at_revision(old, target.out / LISTING_JSON, project)
        text = read_source(listing, project)
        if text is not None:
            old_surface = read_listing(text.decode("utf-8", errors="replace"), listing)
    return Sides(old_overlay, new_overlay, target, load_shipped(target.out), old_surface)


def _configured(project: Path, *sources: str) -> Target | None:
    """The configured target whose spec one of the sources names (NEW first), if any."""
    try:
        targets = load_targets(project)
    except SpecError:  # no project here: plain files
        return None
    for source in reversed(sources):
        named = _names(source, project)
        for target in targets:
            if target.spec.resolve() == named:
                return target
    return None


def _names(source: str, project: Path) -> Path:
    """The file a source stands for in the working tree."""
    path = source_path(source)
    if source.startswith(GIT_PREFIX):
        return (project / str(path).removeprefix("./")).resolve()
    return path.resolve()


def _existing(source: str, project: Path) -> str | None:
    return source if read_source(source, project) is not None else None


def source_path(source: str) -> Path:
    """The file a source names: the path of ``git:REV:path``, or the source itself."""
    if source.startswith(GIT_PREFIX):
        _, _, path = source[len(GIT_PREFIX) :].partition(":")
        return Path(path)
    return Path(source)


@contextmanager
def materialized(source: str, project: Path) -> Iterator[Path]:
    """A file holding the source: the file itself, or a temporary copy of a git blob with the
    same name (so its suffix still says JSON or YAML), removed afterwards."""
    if not source.startswith(GIT_PREFIX):
        yield Path(source)
        return
    revision, _, path = source[len(GIT_PREFIX) :].partition(":")
    if not revision or not path:
        raise SpecError(source, "", "expected git:REV:path, e.g. git:HEAD:specs/claude.json")
    if revision.startswith("-"):  # would be read as an option of git
        raise SpecError(source, "", f"not a git revision: {revision!r}")
    if not project.is_dir():
        raise SpecError(source, "", f"the project folder {project} does not exist")
    kind = _git(source, project, "cat-file", "-t", f"{revision}:{path}").decode().strip()
    if kind != "blob":
        raise SpecError(source, "", f"{path} is a {kind} at {revision}, not a file")
    content = _git(source, project, "show", f"{revision}:{path}")
    name = PurePosixPath(path).name or "spec"
    with tempfile.TemporaryDirectory(prefix="specgen-diff-") as folder:
        copy = Path(folder) / name
        copy.write_bytes(content)
        yield copy


def _git(source: str, project: Path, *args: str) -> bytes:
    try:
        result = subprocess.run(
            ["git", *args],
            cwd=project,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise SpecError(source, "", "git is not installed") from None
    except subprocess.TimeoutExpired:
        raise SpecError(source, "", f"git {args[0]} took more than {GIT_TIMEOUT} s") from None
    if result.returncode != 0:
        lines = result.stderr.decode(errors="replace").strip().splitlines()
        reason = lines[-1] if lines else f"git {args[0]} failed"
        raise SpecError(source, "", reason.removeprefix("fatal: "))
    return result.stdout
