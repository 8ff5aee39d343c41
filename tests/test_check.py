"""``specgen check`` and ``specgen generate`` on a copy of the project, through the command line.

The copy (pyproject.toml, specs/, generated/) lives in ``tmp_path``; each test edits
the copy and runs ``python -m generator check --project COPY`` in a subprocess.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Invocation, invoke_generator, run_generator

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60
EXIT_DRIFT = 1

OUT = "generated/claude"
PACKAGE = "acedatacloud_claude"
MODELS = f"{OUT}/{PACKAGE}/models.py"
CHAT_PATH = "/v1/chat/completions"
CACHES = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist"})


def check(project: Path) -> Invocation:
    return invoke_generator(project.parent, "check", "--project", str(project))


def generate(project: Path) -> subprocess.CompletedProcess[str]:
    result = run_generator(project.parent, "generate", "--project", str(project))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def diff_lines(output: str, sign: str) -> list[str]:
    """The added (``+``) or removed (``-``) lines of a unified diff, file headers excluded."""
    header = sign * 3 + " "
    return [
        line[1:]
        for line in output.splitlines()
        if line.startswith(sign) and not line.startswith(header)
    ]


def file_headers(output: str) -> list[str]:
    """The ``---``/``+++`` header lines of a unified diff."""
    return [line for line in output.splitlines() if line.startswith(("--- ", "+++ "))]


def assert_drift(result: Invocation) -> None:
    assert "Traceback" not in result.stderr
    assert result.returncode == EXIT_DRIFT, (result.returncode, result.stdout, result.stderr)
    assert "@@ " in result.stdout, result.stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project: its configuration, specs, templates and generated packages."""
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    for folder in ("specs", "generated"):
        shutil.copytree(ROOT / folder, copy / folder, symlinks=True)
    return copy


def chat_request_schema(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][CHAT_PATH]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return schema


def edit_spec(project: Path, change: Any) -> None:
    """Load the copy's specs/claude.json, let ``change`` modify it, write it back."""
    path = project / "specs" / "claude.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    change(spec)
    path.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def test_clean_copy_is_up_to_date(project: Path) -> None:
    result = check(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{OUT} is up to date" in result.stdout
    assert "---" not in result.stdout


def test_hand_edit_of_a_generated_file_is_drift(project: Path) -> None:
    edited = "HAND_EDITED = True  # not from the spec"
    with (project / MODELS).open("a", encoding="utf-8") as file:
        file.write(edited + "\n")

    result = check(project)

    assert_drift(result)
    assert f"--- {MODELS}" in file_headers(result.stdout)
    assert f"+++ {MODELS} (generated)" in file_headers(result.stdout)
    assert edited in diff_lines(result.stdout, "-")
    assert diff_lines(result.stdout, "+") == []
    assert "out of date" in result.stderr


def test_an_extra_file_is_drift(project: Path) -> None:
    extra = f"{OUT}/{PACKAGE}/extra.py"
    (project / extra).write_text("EXTRA = 1\n", encoding="utf-8")

    result = check(project)

    assert_drift(result)
    headers = file_headers(result.stdout)
    assert f"--- {extra}" in headers
    assert "+++ /dev/null" in headers
    assert "EXTRA = 1" in diff_lines(result.stdout, "-")


def test_a_removed_file_is_drift(project: Path) -> None:
    readme = f"{OUT}/README.md"
    text = (project / readme).read_text(encoding="utf-8")
    (project / readme).unlink()

    result = check(project)

    assert_drift(result)
    headers = file_headers(result.stdout)
    assert "--- /dev/null" in headers
    assert f"+++ {readme} (generated)" in headers
    assert diff_lines(result.stdout, "+") == text.splitlines()


def test_a_new_spec_property_is_drift(project: Path) -> None:
    def add_property(spec: dict[str, Any]) -> None:
        schema = chat_request_schema(spec)
        assert "brand_new_field" not in schema["properties"]
        schema["properties"]["brand_new_field"] = {
            "type": "string",
            "description": "A field the generated client does not know yet",
        }

    edit_spec(project, add_property)
    result = check(project)

    assert_drift(result)
    added = [line for line in diff_lines(result.stdout, "+") if "brand_new_field" in line]
    assert added, result.stdout
    assert not [line for line in diff_lines(result.stdout, "-") if "brand_new_field" in line]
    assert f"+++ {MODELS} (generated)" in file_headers(result.stdout)


def test_a_new_enum_value_is_drift(project: Path) -> None:
    new_model = "claude-test-model-9"

    def add_enum_value(spec: dict[str, Any]) -> None:
        enum = chat_request_schema(spec)["properties"]["model"]["enum"]
        assert new_model not in enum
        enum.append(new_model)

    edit_spec(project, add_enum_value)
    result = check(project)

    assert_drift(result)
    assert [line for line in diff_lines(result.stdout, "+") if new_model in line], result.stdout
    assert not [line for line in diff_lines(result.stdout, "-") if new_model in line]


def test_generate_is_deterministic_and_then_check_passes(project: Path) -> None:
    # Start from a spec change, so generate really rewrites files rather than finding them equal.
    edit_spec(
        project,
        lambda spec: chat_request_schema(spec)["properties"].update(
            brand_new_field={"type": "string"}
        ),
    )
    generated = project / "generated"
    generate(project)
    first = tree_bytes(generated)
    generate(project)
    second = tree_bytes(generated)

    assert first.keys() == second.keys()
    for name, content in first.items():
        assert content == second[name], name
    assert any(b"brand_new_field" in content for content in first.values())

    result = check(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{OUT} is up to date" in result.stdout


def test_generate_on_an_unchanged_project_rewrites_the_same_bytes(project: Path) -> None:
    # Caches of tools run on the package are not generated; the generator skips them too.
    tracked = {
        name: content
        for name, content in tree_bytes(project / OUT).items()
        if not CACHES.intersection(name.split("/"))
    }
    generate(project)
    assert tree_bytes(project / OUT) == tracked


def test_generate_leaves_no_temporary_folders(project: Path) -> None:
    generated = project / "generated"
    before = {path.name for path in generated.iterdir()}
    assert not [name for name in before if name.startswith(".")]

    generate(project)
    generate(project)

    after = {path.name for path in generated.iterdir()}
    assert after == before
    assert not [name for name in after if name.startswith(".")]
    # Nothing hidden beside the project's own folders either.
    assert sorted(path.name for path in project.iterdir()) == [
        "generated",
        "pyproject.toml",
        "specs",
    ]


def test_a_missing_final_newline_gives_a_well_formed_diff(project: Path) -> None:
    models = project / MODELS
    last_line = models.read_text(encoding="utf-8").splitlines()[-1]
    models.write_bytes(models.read_bytes().rstrip(b"\n"))

    result = check(project)

    assert_drift(result)
    # The other targets report themselves up to date; the rest is the diff.
    lines = [line for line in result.stdout.splitlines() if not line.endswith("is up to date")]
    assert "\\ No newline at end of file" in lines
    # Every line of a unified diff starts with a marker; nothing is glued onto a removed line.
    markers = ("---", "+++", "@@", " ", "-", "+", "\\")
    assert all(line.startswith(markers) for line in lines if line), result.stdout
    assert "-" + last_line in lines and "+" + last_line in lines
