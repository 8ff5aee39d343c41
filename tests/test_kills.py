"""Killing ``specgen generate`` and ``specgen update`` at seeded random moments.

Each run works on a fresh copy of the project (several targets, versions bumped so that every
target's output changes, or a new claude spec to update to) and is killed with SIGKILL (or, for
``update``, sent SIGTERM) at a moment drawn from a seeded generator: a fraction of an unkilled
run's duration, or a short delay after the run starts staging files, or after it starts its
formatting workers. After each kill the next command (``specgen check``) must leave every
output folder wholly old or wholly new (and all of them the same), ``specs/``, the changelog
and ``pyproject.toml`` consistent with them, no staged or backup folder behind, and no worker
process of the killed run alive.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.project.pyproject import set_version
from tests.helpers import copy_project, generator_environment, run_generator

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes in /proc"),
]

SEED = 20260115
GENERATED = ("claude", "deepseek", "serp")  # several targets, one big enough for workers
GENERATE_KILLS = 8
UPDATE_KILLS = 4
UPDATE_TERMS = 2
JOURNAL = ".specgen-journal.json"
TIMEOUT = 120
DATE = "2026-01-01"


def spawn(cwd: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=generator_environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_generator(cwd, *args, timeout=TIMEOUT)


def tree_hash(folder: Path) -> str:
    """One hash of every file under ``folder`` (path and bytes), caches left out."""
    digest = hashlib.sha256()
    if not folder.is_dir():
        return "missing"
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and "__pycache__" not in relative.parts:
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def leftovers(project: Path) -> list[str]:
    """Staged and backup paths, and journals, anywhere in the project."""
    return sorted(
        str(path.relative_to(project))
        for path in project.rglob(".*")
        if ".new-" in path.name or ".old-" in path.name or path.name.startswith(JOURNAL)
    )


# -- processes ------------------------------------------------------------------------------


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def working_in(folder: Path) -> set[int]:
    """Processes (ours excepted) whose working folder is in ``folder``: a run's leftovers."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                cwd = Path(os.readlink(entry / "cwd"))
            except OSError:
                continue
            if cwd.is_relative_to(folder) and alive(int(entry.name)):
                found.add(int(entry.name))
    return found


def wait_gone(pids: set[int], seconds: float = 3.0) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.05)
    return {pid for pid in pids if alive(pid)}


# -- killing at a moment ----------------------------------------------------------------------


@dataclass
class Kill:
    """What one kill did: whether it hit the run, and the run's workers at that moment."""

    landed: bool
    workers: set[int]


Trigger = Callable[[subprocess.Popen[bytes]], bool]


def after(seconds: float) -> Trigger:
    start = time.monotonic()
    return lambda _: time.monotonic() - start >= seconds


def staging_in(*folders: Path) -> Trigger:
    """As soon as a staged (``.NAME.new-*``) path appears in one of ``folders``."""

    def staged(_: subprocess.Popen[bytes]) -> bool:
        return any(".new-" in entry.name for folder in folders for entry in os.scandir(folder))

    return staged


def with_workers(process: subprocess.Popen[bytes]) -> bool:
    return bool(children(process.pid))


def kill_when(
    process: subprocess.Popen[bytes],
    trigger: Trigger,
    delay: float,
    deadline: float,
    number: int = signal.SIGKILL,
) -> Kill:
    """Send ``number`` ``delay`` seconds after ``trigger`` holds (polled every millisecond),
    or at ``deadline`` seconds, unless the run ended first."""
    give_up = time.monotonic() + deadline
    while process.poll() is None and time.monotonic() < give_up and not trigger(process):
        time.sleep(0.001)
    time.sleep(delay)
    if process.poll() is not None:
        return Kill(False, set())
    workers = children(process.pid)
    process.send_signal(number)
    process.wait(timeout=TIMEOUT)
    return Kill(True, workers)


def moment(rng: random.Random, index: int, duration: float, folders: list[Path]) -> Trigger:
    """The kinds of moment, in turn: any time, just after staging begins, among workers."""
    kind = index % 3
    if kind == 0:
        return after(rng.uniform(0.05, 1.0) * duration)
    if kind == 1:
        return staging_in(*folders)
    return with_workers


def assert_no_orphans(kill: Kill, project: Path) -> None:
    assert not wait_gone(kill.workers), "the killed run's formatting workers outlived it"
    assert not wait_gone(working_in(project)), "a process of the killed run is still running"


# -- generate ---------------------------------------------------------------------------------


def bumped(project: Path) -> None:
    """Every generated target at a new version: each of their outputs changes."""
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    for name in GENERATED:
        text = set_version(text, name, "1.0.1", str(pyproject))
    pyproject.write_text(text, encoding="utf-8")


def outputs(project: Path) -> dict[str, str]:
    return {name: tree_hash(project / "generated" / name) for name in GENERATED}


def test_generate_killed_leaves_all_targets_old_or_all_new(tmp_path: Path) -> None:
    pristine = copy_project(tmp_path)
    bumped(pristine)
    old = outputs(pristine)
    untouched = tree_hash(pristine / "generated" / "kitchensink")
    args = ["generate", *(f"--target={name}" for name in GENERATED)]

    reference = shutil.copytree(pristine, tmp_path / "reference")
    start = time.monotonic()
    assert run(reference, *args).returncode == 0
    duration = time.monotonic() - start
    new = outputs(reference)
    assert all(new[name] != old[name] for name in GENERATED)

    rng = random.Random(SEED)
    landed = 0
    for index in range(GENERATE_KILLS):
        project = shutil.copytree(pristine, tmp_path / f"run-{index}")
        trigger = moment(rng, index, duration, [project / "generated"])
        process = spawn(project, *args)
        kill = kill_when(process, trigger, rng.uniform(0, 0.03), duration * 2)
        landed += kill.landed
        assert_no_orphans(kill, project)
        interrupted = (project / "generated" / JOURNAL).exists()

        after_kill = run(project, "check", "--target", "serp")

        assert after_kill.returncode in (0, 1), after_kill.stderr
        if interrupted:
            assert "interrupted run" in after_kill.stderr
        state = outputs(project)
        assert state in (old, new), f"kill {index}: some targets old, some new or broken"
        assert tree_hash(project / "generated" / "kitchensink") == untouched
        assert leftovers(project) == [], f"kill {index}"
        assert not working_in(project)
    assert landed >= GENERATE_KILLS // 2, "most kills came after the run had ended"


# -- update -----------------------------------------------------------------------------------


def claude_files(project: Path) -> tuple[str, ...]:
    """What ``update`` changes, as hashes: spec, changelog, overlay, pyproject, package."""
    specs = project / "specs"
    return (
        tree_hash(specs),
        hashlib.sha256((project / "pyproject.toml").read_bytes()).hexdigest(),
        tree_hash(project / "generated" / "claude"),
    )


def new_claude_spec(pristine: Path, folder: Path) -> Path:
    text = (pristine / "specs" / "claude.json").read_text(encoding="utf-8")
    spec = folder / "claude.json"
    # A new info.version and summary: a patch or minor release, every file touched.
    spec.write_text(text.replace('"version": "', '"version": "9.', 1), encoding="utf-8")
    return spec


def update_args(spec: Path) -> list[str]:
    return ["update", str(spec), "--target", "claude", "--date", DATE, "--project", "."]


@pytest.mark.parametrize("number", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_update_stopped_is_undone_or_completed_as_a_whole(tmp_path: Path, number: int) -> None:
    pristine = copy_project(tmp_path)
    spec = new_claude_spec(pristine, tmp_path)
    old = claude_files(pristine)
    others = outputs(pristine)

    reference = shutil.copytree(pristine, tmp_path / "reference")
    start = time.monotonic()
    done = run(reference, *update_args(spec))
    assert done.returncode == 0, done.stderr
    duration = time.monotonic() - start
    new = claude_files(reference)
    assert all(before != after for before, after in zip(old, new, strict=True))

    rng = random.Random(SEED + number)
    kills = UPDATE_KILLS if number == signal.SIGKILL else UPDATE_TERMS
    for index in range(kills):
        project = shutil.copytree(pristine, tmp_path / f"run-{index}")
        folders = [project / "specs", project / "generated"]
        trigger = moment(rng, index % 2, duration, folders)  # no workers: one small target
        process = spawn(project, *update_args(spec))
        kill = kill_when(process, trigger, rng.uniform(0, 0.05), duration * 2, number)
        assert_no_orphans(kill, project)
        if number == signal.SIGTERM:  # undone (or completed) by the run itself
            assert leftovers(project) == [], f"SIGTERM {index}"
            assert claude_files(project) in (old, new), f"SIGTERM {index}"

        after_kill = run(project, "check", "--target", "serp")

        assert after_kill.returncode in (0, 1), after_kill.stderr
        state = claude_files(project)
        assert state in (old, new), f"kill {index}: spec, version and package disagree"
        assert outputs(project)["serp"] == others["serp"]
        assert leftovers(project) == [], f"kill {index}"
