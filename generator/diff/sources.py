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
from dataclasses import replace
from pathlib import Path, PurePosixPath

from generator.errors import SpecError
from generator.load import Spec, load_spec

GIT_PREFIX = "git:"
GIT_TIMEOUT = 60  # seconds


def load_source(source: str, overlay: Path | None, project: Path) -> Spec:
    """Read, patch and validate the spec ``source`` names; errors in it name ``source``."""
    with materialized(source, project) as path:
        try:
            spec = load_spec(path, overlay)
        except SpecError as error:
            if error.file != str(path) or str(path) == source:
                raise
            raise SpecError(source, error.pointer, error.message) from None
    return replace(spec, file=source)


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
