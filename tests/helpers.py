"""Shared helpers of the toolkit tests: building the IR of small specs and of the real targets."""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.config import Target, load_targets
from generator.model import ir
from generator.model.build import build_api
from generator.model.listing import NOTHING_SHIPPED, Shipped
from generator.spec.load import load_spec

ROOT = Path(__file__).resolve().parent.parent
# What copies of the project leave behind: caches and build leftovers of the generated packages.
CACHES = shutil.ignore_patterns(
    "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist", "*.egg-info"
)


def copy_project(folder: Path) -> Path:
    """``folder/project``: a project using the toolkit (its configuration, specs and generated
    packages, not the toolkit itself)."""
    copy = folder / "project"
    copy.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    for name in ("specs", "generated"):
        shutil.copytree(ROOT / name, copy / name, ignore=CACHES)
    return copy


def claude_target() -> Target:
    return next(t for t in load_targets(ROOT) if t.name == "claude")


def build_document(
    document: dict[str, Any],
    tmp_path: Path,
    overlay: str | None = None,
    shipped: Shipped = NOTHING_SHIPPED,
) -> ir.Api:
    """The IR of an in-memory spec (written to ``tmp_path`` so errors can name a file), names
    ``shipped`` kept."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    overlay_path = None
    if overlay is not None:
        overlay_path = tmp_path / "overlay.yaml"
        overlay_path.write_text(overlay, encoding="utf-8")
    target = Target("t", spec, overlay_path, "pkg", "pkg", tmp_path / "out")
    return build_api(load_spec(spec, overlay_path), target, shipped)


def minimal_spec(paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}


def json_post(schema: dict[str, Any], response: dict[str, Any] | None = None) -> dict[str, Any]:
    """A POST operation with a JSON request body and a JSON 200 response."""
    return {
        "post": {
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": response or {"type": "object"}}},
                }
            },
        }
    }


def model_names(api: ir.Api) -> set[str]:
    return {model.name for model in api.models}


def generator_environment() -> dict[str, str]:
    """The environment in which ``python -m generator`` imports the generator of this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_generator(cwd: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in ``cwd``, importing the generator of this checkout."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=generator_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@dataclass(frozen=True)
class Invocation:
    """What a command did, shaped like ``subprocess.CompletedProcess``."""

    returncode: int
    stdout: str
    stderr: str


def invoke_generator(cwd: Path, *args: str) -> Invocation:
    """``specgen ARGS`` in ``cwd``, in this process: what ``run_generator`` checks, without
    starting Python again (the fast loop's way; a few tests keep the real process)."""
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Invocation(result.exit_code, result.stdout, result.stderr)


def run_package_tests(out: Path, timeout: float = 120) -> str:
    """Run a generated package's own tests in ``out``; pytest's summary, after asserting they
    passed."""
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def generate_and_test(tmp_path: Path, spec: Path, package: str) -> tuple[Path, str]:
    """Generate ``spec`` into ``tmp_path/out`` and run the generated package's own tests there;
    the output folder and pytest's summary, after asserting both steps succeeded."""
    result = run_generator(tmp_path, "generate", str(spec), "--out", "out", "--package", package)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    return out, run_package_tests(out)


def first_line(process: subprocess.Popen[str], timeout: float, log: Path | None = None) -> str:
    """The first line ``process`` prints (a server saying where it listens); the test fails
    after ``timeout`` seconds, with the process's log when there is one."""
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout
    assert stdout is not None
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        detail = f": {log.read_text()}" if log is not None else ""
        pytest.fail(f"the process printed nothing in {timeout} s{detail}")


def stop(process: subprocess.Popen[Any], timeout: float) -> None:
    """Terminate ``process`` (kill it if it lingers) and close its stdout."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)
    if process.stdout is not None:
        process.stdout.close()


_README_HEADING = re.compile(r"^## (.+)$", re.MULTILINE)
_README_CODE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def readme_code(readme: str) -> list[tuple[str, str]]:
    """The ```python blocks of a generated README: (the ``## `` heading above it, its code)."""
    headings = [(m.start(), m.group(1)) for m in _README_HEADING.finditer(readme)]
    return [
        (max((h for h in headings if h[0] < m.start()), default=(0, ""))[1], m.group(1))
        for m in _README_CODE.finditer(readme)
    ]
