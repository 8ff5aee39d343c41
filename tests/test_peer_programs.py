"""Programs written as openai and anthropic SDK users write them (tests/peer_programs/), only the
import and the client changed, type-check under mypy --strict and pyright strict as they are,
and run against ``specgen mock``: the generated client takes what its peers take."""

from __future__ import annotations

import importlib.util
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.peer_harness import (
    FOLDER,
    TASKS,
    Task,
    mock_server,
    mypy_errors,
    printed_in_order,
    pyright_errors,
    run_programs,
)

PROGRAMS = [task.program for task in TASKS]


def test_every_program_in_the_folder_is_a_task() -> None:
    found = {path for path in FOLDER.glob("*.py") if path.name != "measure.py"}
    assert found == set(PROGRAMS)


def test_mypy_strict_finds_nothing(mypy_cache: str) -> None:
    errors = mypy_errors(PROGRAMS, mypy_cache)
    assert not any(errors.values()), "\n".join(e for found in errors.values() for e in found)


@pytest.mark.skipif(importlib.util.find_spec("pyright") is None, reason="pyright is not installed")
def test_pyright_strict_finds_nothing(tmp_path: Path) -> None:
    errors = pyright_errors(PROGRAMS, tmp_path)
    assert not any(errors.values()), "\n".join(e for found in errors.values() for e in found)


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[Path, subprocess.CompletedProcess[str]]]:
    """Every program, run against one mock server."""
    log = tmp_path_factory.mktemp("mock") / "stderr.log"
    with mock_server(log) as base_url:
        yield run_programs(PROGRAMS, base_url)


@pytest.mark.parametrize("task", TASKS, ids=[task.name for task in TASKS])
def test_program_runs_against_the_mock(
    task: Task, runs: dict[Path, subprocess.CompletedProcess[str]]
) -> None:
    result = runs[task.program]
    assert result.returncode == 0, result.stdout + result.stderr
    assert printed_in_order(result.stdout, task.expected), (task.expected, result.stdout)
