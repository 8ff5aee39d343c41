"""The toolkit installs like a package: a built wheel, and the repository installed the way
pre-commit installs a ``language: python`` hook, each in a fresh virtual environment outside the
checkout, run every command.

No network: the wheel is built without build isolation, installed without dependencies, and the
fresh environment borrows the test environment's installed dependencies through a ``.pth`` line
(which adds a folder to ``sys.path`` but runs none of its ``.pth`` files, so the editable
install of this checkout stays out). Each test asserts that ``generator`` comes from the fresh
environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
import yaml

from tests.helpers import CACHES, ROOT, copy_project, first_line, stop

TIMEOUT = 180


# The fresh environment must find the toolkit only where it was installed.
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


def run(*args: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=ENVIRONMENT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def source_copy(tmp_path: Path) -> Path:
    """What a clean clone holds of the toolkit (building writes build/ beside the sources)."""
    copy = tmp_path / "source"
    copy.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, copy / name)
    shutil.copytree(ROOT / "generator", copy / "generator", ignore=CACHES)
    return copy


def fresh_environment(tmp_path: Path, *install: str | Path) -> Path:
    """A new virtual environment with ``pip install --no-deps INSTALL``; its bin folder. This
    environment's pip installs into it (``--python``): bootstrapping a pip of its own costs
    seconds and tests nothing of ours."""
    home = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / "bin" / "python"
    site = run(
        python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
    )
    (Path(site.strip()) / "borrowed-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        *install,
        cwd=tmp_path,
    )
    where = run(python, "-c", "import generator; print(generator.__file__)", cwd=tmp_path)
    assert Path(where.strip()).is_relative_to(home), where
    return home / "bin"


def test_a_built_wheel_runs_every_command(tmp_path: Path) -> None:
    source = source_copy(tmp_path)
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
        "-w", wheels, source, cwd=source)  # fmt: skip
    (wheel,) = wheels.glob("specgen-*.whl")
    bin_dir = fresh_environment(tmp_path, wheel)
    specgen = bin_dir / "specgen"
    project = copy_project(tmp_path)

    run(specgen, "generate", "--target", "claude", "--project", project, cwd=tmp_path)
    assert "is up to date" in run(specgen, "check", "--full", "--project", project, cwd=tmp_path)
    spec = project / "specs" / "claude.json"
    diff = run(specgen, "diff", spec, spec, "--project", project, cwd=tmp_path)
    assert "Wire: 0 breaking" in diff
    mock = subprocess.Popen(
        [str(specgen), "mock", str(spec), "--port", "0"],
        cwd=tmp_path,
        env=ENVIRONMENT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert first_line(mock, 30).startswith("mock server listening on http://127.0.0.1:")
    finally:
        stop(mock, 10)


@pytest.mark.parametrize("hook_id", ["specgen-check"])
def test_the_pre_commit_hook_installs_from_the_repository_and_runs(
    tmp_path: Path, hook_id: str
) -> None:
    """pre-commit installs a ``language: python`` hook with ``pip install .`` of the repository
    into an environment of its own, then runs the hook's entry in the user's repository."""
    source = source_copy(tmp_path)
    (hook,) = [
        h
        for h in yaml.safe_load((source / ".pre-commit-hooks.yaml").read_text())
        if h["id"] == hook_id
    ]
    assert hook["language"] == "python"
    bin_dir = fresh_environment(tmp_path, source)
    project = copy_project(tmp_path)
    command, *arguments = hook["entry"].split()
    result = subprocess.run(
        [str(bin_dir / command), *arguments],
        cwd=project,
        env=ENVIRONMENT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/claude is up to date" in result.stdout
