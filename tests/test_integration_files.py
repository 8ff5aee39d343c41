"""The CI workflow, the pre-commit hook other repositories use, and this repository's
pre-commit configuration: they parse, and hold what makes them work."""

from __future__ import annotations

import re
from typing import Any

import yaml

from tests.helpers import ROOT


def load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def test_workflow_runs_check_diff_and_tests_on_pull_requests() -> None:
    workflow = load(".github/workflows/specgen.yml")
    # YAML 1.1 reads the key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert "pull_request" in triggers
    (job,) = workflow["jobs"].values()
    steps = job["steps"]
    checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch's specs come from git
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert str(python["with"]["python-version"]) == "3.11"
    runs = [step.get("run", "") for step in steps]
    assert any("make check" in run for run in runs)
    assert any("make test" in run for run in runs)
    (diff,) = [run for run in runs if "specgen diff" in run]
    assert "--format github" in diff and "--fail-on breaking" in diff
    assert "git:$BASE:$spec" in diff
    env = next(step for step in steps if step.get("run") == diff)["env"]
    assert env["BASE"] == "origin/${{ github.base_ref }}"


def test_pre_commit_hook_for_other_repositories() -> None:
    (hook,) = load(".pre-commit-hooks.yaml")
    assert hook["id"] == "specgen-check"
    assert hook["entry"] == "specgen check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for path in ("specs/claude.json", "generated/claude/a.py", "pyproject.toml"):
        assert files.search(path), path
    assert not files.search("README.md")


def test_pre_commit_config_of_this_repository() -> None:
    config = load(".pre-commit-config.yaml")
    repos = {repo["repo"]: repo for repo in config["repos"]}
    black = repos["https://github.com/psf/black-pre-commit-mirror"]
    # Pinned revisions (what pip installs later may be newer: bump them together).
    assert re.fullmatch(r"\d+\.\d+\.\d+", black["rev"])
    assert [hook["id"] for hook in black["hooks"]] == ["black"]
    ruff = repos["https://github.com/astral-sh/ruff-pre-commit"]
    assert re.fullmatch(r"v\d+\.\d+\.\d+", ruff["rev"])
    assert [hook["id"] for hook in ruff["hooks"]] == ["ruff-check"]
    (local,) = repos["local"]["hooks"]
    assert local["entry"] == ".venv/bin/specgen check"
    assert local["pass_filenames"] is False
