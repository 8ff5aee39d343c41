"""Replacing several files and folders as one step that no kill leaves half done.

Each path to replace gets its new version staged beside it (``.NAME.new-TOKEN``); swapping it in
moves the old one aside (``.NAME.old-TOKEN``) and the new one in: two renames in one folder. A
journal (``.specgen-journal.json``, in a folder the run and the next command agree on) lists
every path before anything is staged, and says how far the run got:

* ``prepare``: some new version may be incomplete. The next command undoes the step: staged
  versions removed, whatever was swapped in early put back.
* ``commit``: every new version is complete. The next command finishes the swaps.

The journal goes when the step is done, so a journal on disk always means an interrupted run.
A lock on the journal's folder (``flock``) keeps two runs from swapping or recovering at once;
the kernel drops it with the process. Files are not fsync'd: this covers a killed process, not a
power cut.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import click

from generator.errors import SpecError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no locking between runs
    fcntl = None  # type: ignore[assignment]

JOURNAL = ".specgen-journal.json"
_TEMPORARY = f"{JOURNAL}.tmp"  # the journal being written, before its atomic rename
PREPARE, COMMIT = "prepare", "commit"
FORMAT = 1
NAME_KEPT = 100  # characters of a name kept in its staged and backup names: they must fit
_TOKEN = r"\d+-[0-9a-f]{8}"  # pid-random: what this module names its staged and backup paths by
# Signals a critical section holds back, and that end a run by an exception rather than on the
# spot (SIGINT raises KeyboardInterrupt already).
_HELD_BACK = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_ENDING = (signal.SIGTERM, signal.SIGHUP)


@dataclass(frozen=True)
class Swap:
    path: Path  # what is replaced: a file or a folder
    staged: Path  # its new version, beside it
    backup: Path  # the old version, beside it, from the swap to the end of the step
    existed: bool  # ``path`` was there when the step began


def swap_of(path: Path, token: str) -> Swap:
    stem = f".{path.name[:NAME_KEPT]}"
    return Swap(
        path,
        path.parent / f"{stem}.new-{token}",
        path.parent / f"{stem}.old-{token}",
        os.path.lexists(path),
    )


class Transaction:
    """Replaces ``paths`` together. Inside the block: write each new version at
    ``staged(path)``, ``apply`` one early where a later step must read it in place, then
    ``commit``. Leaving the block without committing (an error, Ctrl-C, SIGTERM) undoes it
    all; a SIGKILL leaves the journal in ``home`` to the next command."""

    def __init__(self, home: Path, paths: Iterable[Path]) -> None:
        self.home = home
        self.paths = list(paths)
        self.swaps: dict[Path, Swap] = {}
        self._stack = contextlib.ExitStack()
        self._journaled = self._committing = False

    def __enter__(self) -> Transaction:
        self.home.mkdir(parents=True, exist_ok=True)
        self._stack.enter_context(locked(self.home))
        try:
            recover(self.home)  # its journal is the only record of an interrupted run
            token = f"{os.getpid()}-{secrets.token_hex(4)}"
            self.swaps = {path: swap_of(path, token) for path in self.paths}
            for swap in self.swaps.values():
                swap.path.parent.mkdir(parents=True, exist_ok=True)
            with _critical():
                _write_journal(self.home, PREPARE, self.swaps.values())
                self._journaled = True
        except BaseException:
            self._abandon()
            raise
        return self

    def staged(self, path: Path) -> Path:
        return self.swaps[path].staged

    def apply(self, path: Path) -> None:
        """Swap ``path``'s staged version in now: it is undone with the rest if no commit
        follows."""
        with _critical():
            _forward(self.swaps[path])

    def commit(self) -> None:
        with _critical():
            self._committing = True  # from here on, an error leaves the journal to finish it
            _write_journal(self.home, COMMIT, self.swaps.values())
            for swap in self.swaps.values():
                _forward(swap)
            _finish(self.home, self.swaps.values())

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._abandon()

    def _abandon(self) -> None:
        """Undo the step unless it was committed, and let go of the lock."""
        try:
            if self._journaled and not self._committing:
                with _critical(), contextlib.suppress(OSError):  # else the journal stays
                    _undo(self.home, self.swaps.values())
        finally:
            self._stack.close()


def recover(home: Path) -> None:
    """Finish or undo the step that an interrupted run left a journal of in ``home``, and say
    which on stderr."""
    journal = home / JOURNAL
    if not (os.path.lexists(journal) or os.path.lexists(home / _TEMPORARY)):
        return
    with locked(home), _critical():
        (home / _TEMPORARY).unlink(missing_ok=True)
        if not os.path.lexists(journal):  # another run recovered it while we waited
            return
        state, swaps = _read_journal(home)
        names = ", ".join(_shown(swap.path) for swap in swaps)
        if state == COMMIT:
            for swap in swaps:
                _forward(swap)
            _finish(home, swaps)
            done = f"it had written everything, so its changes are now complete: {names}"
        else:
            _undo(home, swaps)
            done = f"it had not written everything, so it was undone: {names} are as before it"
        click.echo(f"specgen: an interrupted run was found ({_shown(journal)}); {done}", err=True)


def sweep(outs: Iterable[Path]) -> None:
    """Put right what a specgen that kept no journal (before this module) left beside each of
    ``outs`` when it was killed while writing: its old folder goes back where the output folder
    is missing; its other staged and backup folders are removed."""
    for out in outs:
        leftovers = _legacy_leftovers(out)
        if not leftovers:
            continue
        olds = [path for path in leftovers if ".old-" in path.name]
        if not os.path.lexists(out) and olds:
            newest = max(olds, key=lambda path: path.lstat().st_mtime)
            os.rename(newest, out)
            leftovers.remove(newest)
            click.echo(f"specgen: put back {_shown(out)}, which a killed run had moved", err=True)
        for path in leftovers:
            _remove(path)
        if leftovers:
            names = ", ".join(path.name for path in leftovers)
            click.echo(
                f"specgen: removed what a killed run left beside {_shown(out)}: {names}", err=True
            )


# The names an older specgen used: ``mkdtemp``'s 8 random characters, or its pid.
_LEGACY = re.compile(r"(new-[A-Za-z0-9_]+|old-(?P<pid>\d+))")


def _legacy_leftovers(out: Path) -> list[Path]:
    prefix = f".{out.name}."
    try:
        entries = list(out.parent.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        match = (
            _LEGACY.fullmatch(path.name[len(prefix) :]) if path.name.startswith(prefix) else None
        )
        if match and not _alive(match.group("pid")):
            found.append(path)
    return sorted(found)


def _alive(pid: str | None) -> bool:
    """Whether the run a leftover's pid names may still be writing it."""
    if pid is None:
        return False
    try:
        os.kill(int(pid), 0)
    except PermissionError:  # another user's process
        return True
    except (OSError, OverflowError):  # none by that number
        return False
    return True


# -- the journal ----------------------------------------------------------------------------


def _write_journal(home: Path, state: str, swaps: Iterable[Swap]) -> None:
    """Write the journal whole or not at all: a temporary file, synced, renamed over it."""
    data = {
        "format": FORMAT,
        "state": state,
        "swaps": [
            {
                "path": _relative(swap.path, home),
                "staged": _relative(swap.staged, home),
                "backup": _relative(swap.backup, home),
                "existed": swap.existed,
            }
            for swap in swaps
        ],
    }
    temporary = home / _TEMPORARY
    with temporary.open("w", encoding="utf-8") as file:
        json.dump(data, file, indent=2)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, home / JOURNAL)
    _sync_folder(home)


def _read_journal(home: Path) -> tuple[str, list[Swap]]:
    journal = home / JOURNAL
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        state = data["state"]
        if data["format"] != FORMAT or state not in (PREPARE, COMMIT):
            raise ValueError(f"unknown format or state {state!r}")
        return state, [_swap_from(entry, home) for entry in data["swaps"]]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SpecError(
            str(journal),
            "",
            f"the journal of an interrupted run cannot be used ({error}): put the paths it "
            "lists right by hand, then remove it",
        ) from None


def _swap_from(entry: dict[str, Any], home: Path) -> Swap:
    """A swap as the journal lists it, refused unless its staged and backup paths are named
    as this module names them: whatever a journal says, recovery only removes those."""
    path = home / entry["path"]
    swap = Swap(path, home / entry["staged"], home / entry["backup"], bool(entry["existed"]))
    stem = re.escape(f".{path.name[:NAME_KEPT]}")
    for kind, named in (("new", swap.staged), ("old", swap.backup)):
        if named.parent != path.parent or not re.fullmatch(f"{stem}.{kind}-{_TOKEN}", named.name):
            raise ValueError(f"{entry['path']!r} is listed with {named.name!r}")
    return swap


def _relative(path: Path, home: Path) -> str:
    """``path`` relative to the journal's folder: the project may move before recovery."""
    return os.path.relpath(os.path.abspath(path), os.path.abspath(home))


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can open a folder
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


# -- one swap, forward and back ---------------------------------------------------------------


def _forward(swap: Swap) -> None:
    """Swap the staged version in, from wherever an earlier attempt stopped."""
    if not os.path.lexists(swap.staged):
        return  # swapped in already
    if os.path.lexists(swap.path) and not os.path.lexists(swap.backup):
        os.rename(swap.path, swap.backup)
    os.rename(swap.staged, swap.path)


def _back(swap: Swap) -> None:
    """Put the old version back, from wherever the forward swap stopped."""
    _remove(swap.staged)
    if os.path.lexists(swap.backup):
        _remove(swap.path)
        os.rename(swap.backup, swap.path)
    elif not swap.existed:
        _remove(swap.path)


def _undo(home: Path, swaps: Iterable[Swap]) -> None:
    for swap in reversed(list(swaps)):
        _back(swap)
    (home / JOURNAL).unlink(missing_ok=True)
    _sync_folder(home)


def _finish(home: Path, swaps: Iterable[Swap]) -> None:
    """The old versions go, then the journal: a kill in between finishes again."""
    for swap in swaps:
        _remove(swap.backup)
    (home / JOURNAL).unlink(missing_ok=True)
    _sync_folder(home)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()


def _shown(path: Path) -> str:
    """A path relative to the working folder when inside it."""
    absolute = Path(os.path.abspath(path))
    cwd = Path.cwd()
    return str(absolute.relative_to(cwd)) if absolute.is_relative_to(cwd) else str(path)


# -- locks and signals ------------------------------------------------------------------------

_held: dict[Path, int] = {}  # folder -> descriptor holding its lock, in this process


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the lock on ``folder`` (re-entrant within the process); wait, saying so, while
    another run holds it."""
    key = folder.resolve()
    if fcntl is None or key in _held:
        yield
        return
    descriptor = os.open(key, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            click.echo(f"specgen: waiting for another run to finish in {_shown(folder)}", err=True)
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        _held[key] = descriptor
        yield
    finally:
        _held.pop(key, None)
        os.close(descriptor)


def _close_held() -> None:
    """In a forked child (a formatting worker): not a holder of the parent's locks."""
    for descriptor in _held.values():
        with contextlib.suppress(OSError):
            os.close(descriptor)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_held)


@contextlib.contextmanager
def _critical() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back until the block is done: a swap, a commit or an undo is
    never left half done by them (SIGKILL still can: the journal is for that)."""
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_BACK)
    except (AttributeError, OSError):  # pragma: no cover - no signal masks here
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def ending_by_exception() -> Iterator[None]:
    """SIGTERM and SIGHUP end the run as Ctrl-C does, by an exception that unwinds it, so
    what it had begun to write is undone rather than left half written."""

    def stop(number: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + number)

    try:
        previous = {number: signal.signal(number, stop) for number in _ENDING}
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
