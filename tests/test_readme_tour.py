"""The README's five-minute tour, run as written on a git copy of the project.

The set-up block (``make generate``, activating ``.venv``) is what the environment running these
tests already did, so it is only checked to be there. The ``specgen mock`` block is what the
README runs in a second terminal: here it is a background process, waited for until it listens.
Every other block runs, in order, in one bash with ``set -euo pipefail``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import find_target, load_targets
from tests.helpers import ROOT, first_line, stop

SECTION = "## Five-minute tour"
TIMEOUT = 120  # seconds for the whole tour; it takes about 15
GIT = ["git", "-c", "user.name=tour", "-c", "user.email=tour@example.test"]


def tour_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```sh\n(.*?)^```$", section, flags=re.S | re.M)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A git repository holding the project's configuration, specs and generated packages (the
    toolkit itself is the one installed in this environment)."""
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    for folder in ("specs", "generated"):
        shutil.copytree(
            ROOT / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__", "*_cache")
        )
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=copy, check=True)
    subprocess.run([*GIT, "commit", "-qm", "before the tour"], cwd=copy, check=True)
    return copy


@pytest.fixture
def environment() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ["PATH"], "NO_COLOR": "1"}


def test_the_tour_runs_as_written(project: Path, environment: dict[str, str]) -> None:
    blocks = tour_blocks()
    setup, *steps = blocks
    assert "make generate" in setup and ". .venv/bin/activate" in setup
    servers = [block for block in steps if block.startswith("specgen mock ")]
    assert len(servers) == 1, servers
    mock = subprocess.Popen(
        ["bash", "-c", f"exec {servers[0].strip()}"],
        cwd=project,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert first_line(mock, 30).startswith("mock server listening on http://127.0.0.1:4010")
        script = "set -euo pipefail\n" + "\n".join(b for b in steps if b not in servers)
        run = subprocess.run(
            ["bash", "-c", script],
            cwd=project,
            env=environment,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        stop(mock, 10)
    output = run.stdout
    assert run.returncode == 0, output + run.stderr
    assert "client.messages.create" in output  # inspect
    assert "Hello from the mock server.\n" in output  # the streamed reply, as it arrived
    assert "check failed with exit code 1" in output
    assert "+++ generated/claude/acedatacloud_claude/resources/messages.py" in output
    assert "sdk-argument-removed" in output and "top_k" in output  # diff explains
    version = find_target(load_targets(ROOT), "claude", ROOT).version
    major = int(version.split(".")[0])
    assert f"claude: version {version} -> {major + 1}.0.0" in output  # update: a major release
    assert "generated/claude is up to date" in output
    assert "-- `top_k`: `int`, optional" in output  # the listing's diff shows the break
    # The tour ends where it began.
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=project, capture_output=True, text=True, check=True
    )
    assert status.stdout == ""
