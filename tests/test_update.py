"""``specgen update`` on a copy of the project, and the version and changelog edits it makes.

The end-to-end cases run ``python -m generator update NEW --project COPY`` in a subprocess on a
copy (pyproject.toml, specs/, generated/) in ``tmp_path``, then ``specgen check``.
"""

from __future__ import annotations

import datetime
import json
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

import generator.diff
import generator.project.update
from generator.diff.changes import Change, Level, Report
from generator.errors import SpecError
from generator.project.pyproject import set_version
from generator.project.update import next_version, update
from generator.spec.load import Spec
from tests.helpers import copy_project, invoke_generator

OUT = "generated/claude"
MODELS = f"{OUT}/acedatacloud_claude/models.py"
CHAT = "/v1/chat/completions"
COUNT_TOKENS = "/v1/messages/count_tokens"
DATE = "2026-01-01"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


def claude(project: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((project / "specs/claude.json").read_text("utf-8"))
    return document


def write_spec(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def bumped(version: str, part: str) -> str:
    """``version`` with its major, minor or patch number raised (what ``update`` should choose)."""
    major, minor, patch = (int(n) for n in version.split("."))
    return {
        "major": f"{major + 1}.0.0",
        "minor": f"{major}.{minor + 1}.0",
        "patch": f"{major}.{minor}.{patch + 1}",
    }[part]


def target_version(project: Path) -> str:
    data = tomllib.loads((project / "pyproject.toml").read_text("utf-8"))
    entry = next(t for t in data["tool"]["specgen"]["targets"] if t["name"] == "claude")
    version: str = entry["version"]
    return version


def run_update(project: Path, spec: Path, *extra: str) -> Any:
    """``specgen update`` for the claude target (the project has several)."""
    target = () if "--target" in extra else ("--target", "claude")
    return invoke_generator(
        project.parent,
        "update",
        str(spec),
        "--project",
        str(project),
        "--date",
        DATE,
        *target,
        *extra,
    )


def snapshot(project: Path) -> dict[str, bytes]:
    return {
        path.relative_to(project).as_posix(): path.read_bytes()
        for path in sorted(project.rglob("*"))
        if path.is_file()
    }


# -- end to end ------------------------------------------------------------------------------


def test_an_added_optional_property_is_a_minor_release(project: Path, tmp_path: Path) -> None:
    document = claude(project)
    body = document["paths"][CHAT]["post"]["requestBody"]["content"]["application/json"]
    body["schema"]["properties"]["verbosity"] = {
        "type": "string",
        "description": "How much the model says.",
    }
    new = write_spec(tmp_path / "claude-new.json", document)
    shipped = target_version(project)

    result = run_update(project, new)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "SDK: compatible" in result.stdout
    assert target_version(project) == bumped(shipped, "minor")
    assert (project / "specs/claude.json").read_bytes() == new.read_bytes()

    changelog = (project / "specs/claude.changelog.md").read_text("utf-8")
    assert changelog.startswith(f"## {bumped(shipped, 'minor')} ({DATE})\n")
    entry = changelog.split(f"\n## {shipped}", 1)[0]
    assert "### Additions and other changes" in entry and "verbosity" in entry
    assert "### Breaking changes" not in entry
    assert f"\n## {shipped} (" in changelog and "\n## 1.0.0 (" in changelog  # earlier ones stay
    packaged = (project / OUT / "CHANGELOG.md").read_text("utf-8")
    assert packaged == "# Changelog\n\n" + changelog
    assert "    verbosity: str\n" in (project / MODELS).read_text("utf-8")  # a TypedDict key
    pyproject = (project / OUT / "pyproject.toml").read_text("utf-8")
    assert f'version = "{bumped(shipped, "minor")}"' in pyproject

    check = invoke_generator(project.parent, "check", "--project", str(project))
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_removed_operation_is_a_major_release(project: Path, tmp_path: Path) -> None:
    document = claude(project)
    del document["paths"][COUNT_TOKENS]
    new = write_spec(tmp_path / "claude-new.json", document)
    # The overlay's actions on the removed operation would match nothing: a maintainer removes
    # them with the operation.
    overlay_file = project / "specs/claude.overlay.yaml"
    overlay = yaml.safe_load(overlay_file.read_text("utf-8"))
    overlay["actions"] = [a for a in overlay["actions"] if COUNT_TOKENS not in a["target"]]
    overlay_file.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")

    shipped = target_version(project)
    result = run_update(project, new)
    assert result.returncode == 0, result.stderr
    assert "SDK: breaking" in result.stdout
    assert target_version(project) == bumped(shipped, "major")
    changelog = (project / "specs/claude.changelog.md").read_text("utf-8")
    assert changelog.startswith(f"## {bumped(shipped, 'major')} ({DATE})\n")
    entry = changelog.split(f"\n## {shipped}", 1)[0]
    assert "### Breaking changes" in entry and f"`POST {COUNT_TOKENS}`" in entry
    assert "`client.messages.count_tokens()` was removed" in entry
    assert "count_tokens" not in (
        project / OUT / "acedatacloud_claude/resources/messages.py"
    ).read_text("utf-8")
    check = invoke_generator(project.parent, "check", "--project", str(project))
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_same_spec_changes_nothing(project: Path, tmp_path: Path) -> None:
    same = tmp_path / "same.json"
    shutil.copy2(project / "specs/claude.json", same)
    before = snapshot(project)
    result = run_update(project, same)
    assert result.returncode == 0, result.stderr
    assert "nothing to do" in result.stdout
    assert snapshot(project) == before


def test_a_bad_new_spec_changes_nothing(project: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"openapi": "3.0.0", "paths": {', encoding="utf-8")
    before = snapshot(project)
    result = run_update(project, bad)
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {bad}#: invalid JSON at line 1")
    assert len(result.stderr.splitlines()) == 1
    assert snapshot(project) == before


def test_an_unknown_target_is_one_line(project: Path, tmp_path: Path) -> None:
    result = run_update(project, project / "specs/claude.json", "--target", "nope")
    assert result.returncode == 2
    assert "no target 'nope' (targets: claude, deepseek, serp, kitchensink)" in result.stderr


# -- in process, with a stand-in wire verdict ------------------------------------------------


def no_wire_changes(old: Spec, new: Spec) -> list[Change]:
    return []


def test_a_failure_after_vendoring_puts_every_file_back(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.diff, "diff_specs", no_wire_changes)

    def broken(target: object, fresh_names: bool = False) -> dict[str, str]:
        raise RuntimeError("rendering failed")

    monkeypatch.setattr(generator.project.update, "generate_files", broken)
    document = claude(project)
    document["info"]["version"] = "1.0.1"
    new = write_spec(tmp_path / "claude-new.json", document)
    before = snapshot(project)
    with pytest.raises(RuntimeError, match="rendering failed"):
        update(project, new, "claude", datetime.date(2026, 1, 1), echo=lambda _: None)
    assert snapshot(project) == before


def test_a_changed_description_is_a_patch_release(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.diff, "diff_specs", no_wire_changes)
    document = claude(project)
    document["info"]["version"] = "1.0.1"
    document["paths"][CHAT]["post"]["summary"] = "Create a chat completion"
    new = write_spec(tmp_path / "claude-new.json", document)
    lines: list[str] = []
    shipped = target_version(project)
    outcome = update(project, new, "claude", datetime.date(2026, 1, 2), echo=lines.append)
    assert (outcome.old_version, outcome.new_version) == (shipped, bumped(shipped, "patch"))
    changelog = (project / "specs/claude.changelog.md").read_text("utf-8")
    assert changelog.startswith(
        f"## {bumped(shipped, 'patch')} (2026-01-02)\n\nFor the API spec version 1.0.1 (was "
        "version 1.0.0).\n\nDocumentation and examples only: no change to the API or the SDK."
        f"\n\n## {shipped} ("
    )
    assert "Create a chat completion" in (
        project / OUT / "acedatacloud_claude/resources/chat.py"
    ).read_text("utf-8")


# -- versions --------------------------------------------------------------------------------


def report(*levels: Level) -> Report:
    wire = tuple(Change(f"r{i}", level, "m") for i, level in enumerate(levels))
    return Report(wire=wire, sdk=())


def test_next_version() -> None:
    assert next_version("1.4.2", report()) == "1.4.3"
    assert next_version("1.4.2", report("info")) == "1.5.0"
    assert next_version("1.4.2", report("warning", "info")) == "1.5.0"
    assert next_version("1.4.2", report("info", "breaking")) == "2.0.0"
    sdk_only = Report(wire=(), sdk=(Change("sdk-method-removed", "breaking", "m"),))
    assert next_version("0.9.9", sdk_only) == "1.0.0"
    with pytest.raises(SpecError, match=r"not MAJOR\.MINOR\.PATCH"):
        next_version("1.0", report())


PYPROJECT = """\
[project]
name = "x"
version = "0.1.0"   # the toolkit's own version: not a target's

# targets
[[tool.specgen.targets]]
name = "other"
version = "3.2.1"

[[tool.specgen.targets]]
spec = "specs/claude.json"
name = 'claude'  # the one
version   =   "1.0.0"  # bumped by specgen update
out = "generated/claude"

[tool.black]
version = "9.9.9"
"""


def test_set_version_edits_one_line_of_one_target() -> None:
    edited = set_version(PYPROJECT, "claude", "1.1.0")
    assert edited == PYPROJECT.replace(
        'version   =   "1.0.0"  # bumped', 'version   =   "1.1.0"  # bumped'
    )
    assert set_version(PYPROJECT, "other", "4.0.0") == PYPROJECT.replace('"3.2.1"', '"4.0.0"')


def test_set_version_adds_a_missing_version_after_the_name() -> None:
    text = '[[tool.specgen.targets]]\nname = "claude"\nout = "x"\n'
    assert set_version(text, "claude", "0.2.0") == (
        '[[tool.specgen.targets]]\nname = "claude"\nversion = "0.2.0"\nout = "x"\n'
    )


def test_set_version_refuses_what_it_cannot_edit_safely() -> None:
    with pytest.raises(SpecError, match="expected one target named 'nope', found 0"):
        set_version(PYPROJECT, "nope", "1.0.0")
    twice = PYPROJECT.replace('out = "generated/claude"', 'version = "1.0.0"')
    with pytest.raises(SpecError, match="more than one version line"):
        set_version(twice, "claude", "1.1.0")


def test_the_target_is_found_by_the_new_spec_file_name(tmp_path: Path) -> None:
    from generator.config import Target
    from generator.project.update import _choose

    targets = [
        Target(name, tmp_path / f"specs/{name}.json", None, name, name, tmp_path / name)
        for name in ("claude", "serp")
    ]
    assert _choose(targets, None, tmp_path, tmp_path / "downloads" / "serp.json").name == "serp"
    with pytest.raises(SpecError, match="several targets"):
        _choose(targets, None, tmp_path, tmp_path / "new.json")
