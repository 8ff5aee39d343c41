"""Where ``specgen`` may write: bad names, folders it did not write, paths it cannot take.

Each refusal is exit 2 with one line (``error: FILE#POINTER: MESSAGE``) and leaves every file as
it was: package names that would leave the output folder, output folders of the user's (a thesis,
a ``.git``), the project's own folders, output folders inside files, names no file system takes,
numbers Python will not convert. What an interrupted run left is put right by the next command.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Invocation, copy_project, invoke_generator, minimal_spec

EXIT_BAD_INPUT = 2
THESIS = b"Chapter 1. Four years of work, in no other copy.\n"
GIT_HEAD = b"ref: refs/heads/main\n"
DEAD_PID = 999_999_999  # above any pid_max: no process has it
JOURNAL = ".specgen-journal.json"  # where an interrupted run's journal is


def spec(paths: dict[str, Any] | None = None) -> str:
    operation = {"get": {"operationId": "getPet", "responses": {"200": {"description": "ok"}}}}
    return json.dumps(minimal_spec(paths or {"/pets": operation}))


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) under ``root``, hidden ones included."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
        if "__pycache__" not in path.parts
    }


def assert_refused(result: Invocation, blamed: str, *fragments: str) -> str:
    """Exit 2 and one error line blaming a file whose name ends with ``blamed``."""
    assert result.returncode == EXIT_BAD_INPUT, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    file = lines[0][len("error: ") :].partition("#")[0]
    assert file.endswith(blamed), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """``tmp_path/work`` holding ``spec.json``; ``tmp_path`` also holds a file of the user's,
    ``victim.txt``, beside the working folder (where ``--package ..`` once wrote)."""
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "spec.json").write_text(spec(), encoding="utf-8")
    (tmp_path / "victim.txt").write_bytes(THESIS)
    (folder / "__init__.py").write_bytes(THESIS)  # where a package of ".." lands in out/..
    return folder


# -- 8. package names ---------------------------------------------------------------------------


@pytest.mark.parametrize("package", ["..", "../evil", "a/b", "a.b", "class", "1st", "é/.."])
def test_a_package_name_that_is_no_identifier_is_refused(
    work: Path, tmp_path: Path, package: str
) -> None:
    before = snapshot(tmp_path)
    result = invoke_generator(work, "generate", "spec.json", "--out", "out", "--package", package)
    assert_refused(result, "--package", repr(package))
    assert snapshot(tmp_path) == before


def test_a_configured_package_name_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace('package = "acedatacloud_serp"', 'package = ".."'))
    before = snapshot(tmp_path)
    result = invoke_generator(project, "generate")
    line = assert_refused(result, "pyproject.toml", "/tool/specgen/targets/2/package")
    assert "not a Python identifier" in line
    assert snapshot(tmp_path) == before


# -- 9. folders specgen did not write -----------------------------------------------------------


def test_a_folder_of_the_users_is_never_emptied(work: Path, tmp_path: Path) -> None:
    thesis = tmp_path / "thesis"
    (thesis / ".git").mkdir(parents=True)
    (thesis / "thesis.tex").write_bytes(THESIS)
    (thesis / ".git" / "HEAD").write_bytes(GIT_HEAD)
    before = snapshot(tmp_path)
    result = invoke_generator(work, "generate", "spec.json", "--out", str(thesis))
    assert_refused(result, "thesis", "not replaced", "specgen.lock")
    assert snapshot(tmp_path) == before
    assert (thesis / "thesis.tex").read_bytes() == THESIS
    assert (thesis / ".git" / "HEAD").read_bytes() == GIT_HEAD


def test_an_empty_folder_or_one_specgen_wrote_is_replaced(work: Path) -> None:
    (work / "empty").mkdir()
    for out in ("empty", "empty", "new"):  # empty; then written by specgen; then created
        result = invoke_generator(work, "generate", "spec.json", "--out", out, "--package", "p")
        assert result.returncode == 0, result.stderr
        assert (work / out / "specgen.lock").is_file()
    (work / "new" / "mine.txt").write_bytes(THESIS)  # a file added to a folder specgen wrote
    result = invoke_generator(work, "generate", "spec.json", "--out", "new", "--package", "p")
    assert result.returncode == 0, result.stderr
    assert not (work / "new" / "mine.txt").exists()
    hidden = sorted(path.name for path in work.iterdir() if path.name.startswith("."))
    assert hidden == [], "a journal, staged or backup folder was left behind"
    # A folder of the user's next to them is still refused.
    (work / "notes").mkdir()
    (work / "notes" / "todo.txt").write_bytes(THESIS)
    result = invoke_generator(work, "generate", "spec.json", "--out", "notes", "--package", "p")
    assert_refused(result, "notes", "not replaced")


@pytest.mark.parametrize(
    ("out", "fragment"),
    [
        ("specs", "is in specs/"),
        ("specs/sub", "is in specs/"),
        (".", "holds the project folder"),
        ("..", "holds the project folder"),
        ("generated", "holds the out of target"),
        ("generated/claude/inner", "holds the out of target"),
        ("generated/claude", "holds the out of target"),
    ],
)
def test_a_configured_out_that_would_replace_the_project_is_refused(
    tmp_path: Path, out: str, fragment: str
) -> None:
    project = copy_project(tmp_path)
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace('out = "generated/serp"', f'out = "{out}"'))
    before = snapshot(tmp_path)
    result = invoke_generator(project, "generate")
    assert_refused(result, "pyproject.toml", "/out: ", fragment)
    assert snapshot(tmp_path) == before


def test_an_out_holding_an_input_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    text = text.replace('spec = "specs/serp.json"', 'spec = "generated/serp/serp.json"')
    pyproject.write_text(text)
    (project / "specs" / "serp.json").rename(project / "generated" / "serp" / "serp.json")
    before = snapshot(tmp_path)
    result = invoke_generator(project, "generate")
    assert_refused(result, "pyproject.toml", "holds", "an input")
    assert snapshot(tmp_path) == before


# -- 13. paths specgen cannot take ----------------------------------------------------------------


def test_an_out_inside_a_file_is_refused(work: Path, tmp_path: Path) -> None:
    (work / "afile").write_bytes(THESIS)
    before = snapshot(tmp_path)
    result = invoke_generator(work, "generate", "spec.json", "--out", "afile/sub")
    assert_refused(result, "afile", "not a folder")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("spec_inside", [True, False], ids=["spec-in-out", "spec-elsewhere"])
def test_the_current_folder_as_out_is_refused(
    work: Path, tmp_path: Path, spec_inside: bool
) -> None:
    cwd = work if spec_inside else tmp_path / "empty"
    cwd.mkdir(exist_ok=True)
    before = snapshot(tmp_path)
    result = invoke_generator(cwd, "generate", str(work / "spec.json"), "--out", ".")
    assert_refused(result, ".", "holds")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("where", ["tag", "path"])
def test_a_name_too_long_for_a_file_is_one_line(work: Path, tmp_path: Path, where: str) -> None:
    long = "x" * 300
    operation: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if where == "tag":
        paths = {"/pets": {"get": {**operation, "operationId": "getPet", "tags": [long]}}}
    else:
        paths = {f"/{long}": {"get": operation}}
    (work / "spec.json").write_text(spec(paths), encoding="utf-8")
    before = snapshot(tmp_path)
    result = invoke_generator(work, "generate", "spec.json", "--out", "out", "--package", "p")
    line = assert_refused(result, "spec.json", "longer than 255 bytes", "x-specgen-method")
    assert "#/paths/" in line
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_an_integer_of_5000_digits_is_bad_input(work: Path, tmp_path: Path, suffix: str) -> None:
    text = spec().replace('"info": {', '"info": {"x-big": ' + "9" * 5000 + ", ", 1)
    if suffix == "yaml":
        text = "---\n" + text  # YAML, as a flow mapping
    (work / f"big.{suffix}").write_text(text, encoding="utf-8")
    before = snapshot(tmp_path)
    result = invoke_generator(work, "generate", f"big.{suffix}", "--out", "out", "--package", "p")
    assert_refused(result, f"big.{suffix}", "digits")
    assert snapshot(tmp_path) == before


def test_update_to_a_spec_with_an_integer_of_5000_digits_is_bad_input(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    text = (project / "specs" / "serp.json").read_text(encoding="utf-8")
    new = tmp_path / "serp.json"
    new.write_text(text.replace('"info": {', '"info": {"x-big": ' + "9" * 5000 + ", ", 1))
    before = snapshot(project)
    result = invoke_generator(project, "update", str(new), "--target", "serp")
    assert_refused(result, "serp.json", "digits")
    assert snapshot(project) == before


# -- 10. what an interrupted run left -------------------------------------------------------------


def test_what_a_killed_older_run_left_is_put_back(tmp_path: Path) -> None:
    """A run killed between its two renames (before the journal) left the target missing, its
    old folder and a staged one beside it: the next command puts the old one back."""
    project = copy_project(tmp_path)
    generated = project / "generated"
    before = snapshot(generated / "claude")
    (generated / "claude").rename(generated / f".claude.old-{DEAD_PID}")
    (generated / ".claude.new-k3j4h5l2" / "partial").mkdir(parents=True)
    result = invoke_generator(project, "check", "--target", "claude")
    assert result.returncode == 0, result.stderr
    assert "put back generated/claude" in result.stderr
    assert snapshot(generated / "claude") == before
    assert sorted(path.name for path in generated.iterdir()) == [
        "claude",
        "deepseek",
        "kitchensink",
        "serp",
    ]


def test_a_journal_naming_paths_it_does_not_own_is_refused(tmp_path: Path) -> None:
    """Recovery removes only what a journal's own naming allows: a journal pointing its
    "staged" copy at a file of the user's is refused, and the file stays."""
    project = copy_project(tmp_path)
    journal = {
        "format": 1,
        "state": "prepare",
        "swaps": [{"path": "claude", "staged": "../../victim.txt", "backup": "x", "existed": True}],
    }
    (project / "generated" / JOURNAL).write_text(json.dumps(journal), encoding="utf-8")
    (tmp_path / "victim.txt").write_bytes(THESIS)
    result = invoke_generator(project, "check", "--target", "serp")
    assert_refused(result, JOURNAL, "cannot be used")
    assert (tmp_path / "victim.txt").read_bytes() == THESIS
    assert (project / "generated" / "claude" / "specgen.lock").is_file()
