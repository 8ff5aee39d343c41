"""``specgen init`` on a copy of the project: a new target that generates and passes its tests.

The end-to-end case runs ``python -m generator init petstore --spec ...`` in a copy of the
project (pyproject.toml, specs/) in ``tmp_path``, then ``specgen generate`` there,
and the new package's own tests.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from generator.project.pyproject import append_target
from tests.helpers import ROOT, invoke_generator, run_package_tests

PETSTORE = ROOT / "tests/fixtures/real/petstore.yaml"
CACHES = shutil.ignore_patterns("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    for folder in ("specs",):
        shutil.copytree(ROOT / folder, copy / folder, ignore=CACHES)
    return copy


def snapshot(project: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(project)): path.read_bytes()
        for path in sorted(project.rglob("*"))
        if path.is_file()
    }


def targets(project: Path) -> list[dict[str, str]]:
    data = tomllib.loads((project / "pyproject.toml").read_text("utf-8"))
    entries: list[dict[str, str]] = data["tool"]["specgen"]["targets"]
    return entries


def test_init_then_generate_and_the_package_tests_pass(project: Path) -> None:
    before = (project / "pyproject.toml").read_text("utf-8")
    result = invoke_generator(project, "init", "petstore", "--spec", str(PETSTORE))
    assert result.returncode == 0, result.stderr
    assert (project / "specs/petstore.yaml").read_bytes() == PETSTORE.read_bytes()
    assert (project / "specs/petstore.overlay.yaml").is_file()

    after = (project / "pyproject.toml").read_text("utf-8")
    assert after.startswith(before.split("[tool.mypy]")[0].rstrip("\n"))
    assert after.endswith("[tool.mypy]" + before.split("[tool.mypy]")[1])  # the rest is kept
    entry = targets(project)[-1]
    assert entry == {
        "name": "petstore",
        "spec": "specs/petstore.yaml",
        "overlay": "specs/petstore.overlay.yaml",
        "package": "petstore",
        "distribution": "petstore",
        "out": "generated/petstore",
        "version": "0.1.0",
    }
    assert [t["name"] for t in targets(project)[:-1]] == [
        t["name"] for t in tomllib.loads(before)["tool"]["specgen"]["targets"]
    ]

    generated = invoke_generator(project, "generate")
    assert generated.returncode == 0, generated.stderr
    assert "generated generated/petstore" in generated.stdout
    out = project / "generated/petstore"
    assert (out / "petstore").is_dir()
    assert " passed" in run_package_tests(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["init", "claude", "--spec", str(PETSTORE)], "target 'claude' exists"),
        (["init", "Bad Name", "--spec", str(PETSTORE)], "a target name is lowercase"),
        (["init", "pets", "--spec", "missing.yaml"], "missing.yaml"),
        (["init", "pets", "--spec", str(ROOT / "pyproject.toml")], "pyproject.toml"),
    ],
)
def test_refusals_print_one_line_and_write_nothing(
    project: Path, args: list[str], message: str
) -> None:
    before = snapshot(project)
    result = invoke_generator(project, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr
    assert snapshot(project) == before


def test_an_existing_file_is_not_overwritten(project: Path) -> None:
    (project / "specs/petstore.overlay.yaml").write_text("# mine\n", encoding="utf-8")
    before = snapshot(project)
    result = invoke_generator(project, "init", "petstore", "--spec", str(PETSTORE))
    assert result.returncode == 2
    assert "already exists" in result.stderr and result.stderr.count("\n") == 1
    assert snapshot(project) == before


def test_package_and_distribution_options(project: Path) -> None:
    result = invoke_generator(
        project, "init", "pet-store", "--spec", str(PETSTORE), "--package", "acme_pets"
    )
    assert result.returncode == 0, result.stderr
    entry = targets(project)[-1]
    assert (entry["name"], entry["package"], entry["distribution"]) == (
        "pet-store",
        "acme_pets",
        "acme-pets",
    )


def test_append_entry_at_the_end_or_after_the_last_target() -> None:
    entry = '\n[[tool.specgen.targets]]\nname = "b"\n'
    assert append_target('[project]\nname = "x"\n', entry, "pyproject.toml", "b") == (
        '[project]\nname = "x"\n\n[[tool.specgen.targets]]\nname = "b"\n'
    )
    text = '[[tool.specgen.targets]]\nname = "a"\n\n# tools\n[tool.mypy]\nstrict = true\n'
    assert append_target(text, entry, "pyproject.toml", "b") == (
        '[[tool.specgen.targets]]\nname = "a"\n\n[[tool.specgen.targets]]\nname = "b"'
        "\n\n# tools\n[tool.mypy]\nstrict = true\n"
    )


def test_help_has_an_example() -> None:
    result = invoke_generator(ROOT, "init", "--help")
    assert result.returncode == 0
    assert "specgen init petstore --spec" in result.stdout
