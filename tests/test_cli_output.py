"""What the command line says: ``--quiet`` and ``--verbose``, and one line per error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import generator.project.pipeline
from generator.cli import EXIT_BAD_INPUT, EXIT_INTERNAL, main
from tests.helpers import ROOT

SPEC = ROOT / "tests" / "fixtures" / "features" / "parameters.yaml"


def generate(tmp_path: Path, *options: str) -> Any:
    out = tmp_path / "out"
    args = [*options, "generate", str(SPEC), "--out", str(out)]
    return CliRunner().invoke(main, args)


@pytest.mark.parametrize("options", [[], ["-v"]])
def test_generate_says_what_it_wrote(tmp_path: Path, options: list[str]) -> None:
    result = generate(tmp_path, *options)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"generated {tmp_path / 'out'} (")
    timings = [line for line in result.stderr.splitlines() if line.endswith(" s")]
    stages = [line.split(":")[0].strip() for line in timings]
    assert stages == (["load and build", "render and format", "write"] if options else [])


@pytest.mark.parametrize("position", ["before", "after"])
def test_quiet_generate_says_nothing(tmp_path: Path, position: str) -> None:
    out = str(tmp_path / "out")
    args = ["generate", str(SPEC), "--out", out]
    args = ["--quiet", *args] if position == "before" else [*args, "-q"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert (tmp_path / "out" / "pyproject.toml").is_file()


def test_quiet_and_verbose_exclude_each_other(tmp_path: Path) -> None:
    result = generate(tmp_path, "-q", "-v")
    assert result.exit_code == EXIT_BAD_INPUT
    assert "--quiet and --verbose exclude each other" in result.output
    assert not (tmp_path / "out").exists()


def test_quiet_keeps_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["-q", "generate", str(tmp_path / "nope.json"), "--out", "x"])
    assert result.exit_code == EXIT_BAD_INPUT
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def _broken(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("a bug\nover two lines")


@pytest.mark.parametrize("verbose", [False, True])
def test_an_internal_error_is_one_line_or_a_traceback_with_verbose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, verbose: bool
) -> None:
    monkeypatch.setattr(generator.project.pipeline, "generate_files", _broken)
    result = generate(tmp_path, *(["--verbose"] if verbose else []))
    assert result.exit_code == EXIT_INTERNAL
    last = result.stderr.splitlines()[-1]
    assert last == "internal error: RuntimeError: a bug over two lines"
    assert ("Traceback (most recent call last)" in result.stderr) is verbose
    if not verbose:
        assert result.stderr.count("\n") == 1


def test_an_unknown_inspect_target_is_one_line() -> None:
    result = CliRunner().invoke(main, ["inspect", "nope", "--project", str(ROOT)])
    assert result.exit_code == EXIT_BAD_INPUT
    assert result.stderr == (
        f"error: {ROOT / 'pyproject.toml'}#/tool/specgen/targets: no target 'nope' "
        "(targets: claude, deepseek, serp, kitchensink)\n"
    )
    assert "Usage:" not in result.output
