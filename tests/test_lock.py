"""``specgen.lock``: ``check`` passes without rendering when nothing changed, and any edit to an
input or an output still fails it, with a diff.

Each test works on a copy of the project (pyproject.toml, specs/, generator/ with its templates,
generated/) whose generated/ was regenerated once for the module, so its locks are fresh.
``check`` runs in process (``CliRunner``, with the generator of this checkout, whose templates
and sources are byte for byte those of the copy); the edits to the generator's own sources or
templates run ``python -m generator`` from the copy, in a subprocess.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import generator.project.pipeline
from generator.cli import main
from generator.config import load_targets
from generator.project import lock
from generator.project.output import tree_files
from generator.render import files as render
from tests.helpers import ROOT

OUT = "generated/claude"
PACKAGE = "acedatacloud_claude"
MODELS = f"{OUT}/{PACKAGE}/models.py"
LOCK = f"{OUT}/specgen.lock"
EXIT_DRIFT = 1
CACHES = shutil.ignore_patterns(
    "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "build", "dist", "*.egg-info"
)
MULTIFILE = ROOT / "tests" / "fixtures" / "multifile"


def check(project: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["check", "--project", str(project), *extra])


def generate(project: Path) -> None:
    result = CliRunner().invoke(main, ["generate", "--project", str(project)])
    assert result.exit_code == 0, result.output


def assert_passes(result: Result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output
    assert f"{OUT} is up to date" in result.stdout
    assert "---" not in result.stdout


def assert_drift(result: Result, *files: str) -> None:
    """Exit 1 with a unified diff that names each of ``files`` (project-relative)."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == EXIT_DRIFT, result.output
    assert "@@ " in result.stdout, result.stdout
    for file in files:
        assert f"--- {file}" in result.stdout or f"+++ {file}" in result.stdout, (file, result)


def changed_lock_sections(project: Path) -> set[str]:
    """The sections of claude's lock (the digest aside) that generating now would change."""
    target = next(t for t in load_targets(project) if t.name == "claude")
    old = json.loads((target.out / lock.LOCK_NAME).read_text("utf-8"))
    new = json.loads(generator.project.pipeline.generate_files(target)[lock.LOCK_NAME])
    return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)} - {"digest"}


def no_rendering(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("check rendered although the lock shows nothing changed")


def run_copy(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` with the copy's own generator and templates."""
    env = dict(os.environ, PYTHONPATH=str(project))
    return subprocess.run(
        [sys.executable, "-m", "generator", *args, "--project", str(project)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project, generated once with the generator of this checkout."""
    copy = tmp_path_factory.mktemp("fresh") / "project"
    copy.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    for folder in ("specs", "generator", "generated"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=CACHES)
    generate(copy)
    return copy


@pytest.fixture
def project(fresh: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(fresh, copy)
    return copy


# -- nothing changed: no rendering ------------------------------------------------------------


def test_unchanged_project_passes_without_rendering(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.project.pipeline, "generate_files", no_rendering)
    monkeypatch.setattr(generator.project.pipeline, "render", no_rendering)
    monkeypatch.setattr(generator.project.pipeline, "build_target", no_rendering)
    result = check(project)
    assert_passes(result)
    for target in ("generated/deepseek", "generated/serp"):
        assert f"{target} is up to date" in result.stdout


def test_full_renders_even_when_the_lock_matches(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[str] = []
    original = generator.project.pipeline.generate_files

    def spy(target: Any, jobs: int = 1) -> dict[str, str]:
        rendered.append(target.name)
        return original(target, jobs)

    monkeypatch.setattr(generator.project.pipeline, "generate_files", spy)
    assert_passes(check(project, "--full"))
    assert rendered == ["claude", "deepseek", "serp", "kitchensink"]


def test_the_fast_check_imports_neither_loader_nor_renderer(project: Path) -> None:
    code = (
        "import sys\n"
        "from generator.cli import main\n"
        "try:\n"
        f"    main(['check', '--project', {str(project)!r}])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code in (0, None), exit.code\n"
        "heavy = {'generator.render.files', 'generator.spec.load', 'black', 'jinja2',"
        " 'openapi_pydantic'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]", result.stdout


def test_every_target_has_a_deterministic_sorted_lock(project: Path) -> None:
    for target in load_targets(project):
        text = (target.out / lock.LOCK_NAME).read_text("utf-8")
        data = json.loads(text)
        assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        assert data["format"] == lock.FORMAT
        spec = lock.source_path(target.spec, target.out)
        assert data["target"]["spec"] == spec == f"../../specs/{target.spec.name}"
        assert spec in data["sources"]
        assert "package/_client.py.jinja" in data["templates"]
        shaping = {"project/lock.py", "render/files.py", "model/schemas.py"}
        assert "render/runtime/_streaming.py" in data["generator"]
        assert shaping <= data["generator"].keys()
        assert not {"cli.py", "project/update.py"} & data["generator"].keys()
        assert not any(name.startswith(("mock/", "diff/")) for name in data["generator"])
        assert data["tools"]["black"]
        on_disk = {path for path, _ in tree_files(target.out)} - {lock.LOCK_NAME}
        assert set(data["outputs"]) == on_disk
        assert all(len(digest) == 64 for digest in data["outputs"].values())
        assert generator.project.pipeline.generate_files(target)[lock.LOCK_NAME] == text


def test_the_lock_hashes_the_templates_the_renderer_reads() -> None:
    assert lock.TEMPLATES == render.TEMPLATES


# -- inputs -----------------------------------------------------------------------------------


def test_a_spec_byte_fails(project: Path) -> None:
    spec = project / "specs" / "claude.json"
    data = spec.read_bytes()
    assert data.endswith(b"\n")
    spec.write_bytes(data + b"\n")  # the same document: the output is the same, the input not

    result = check(project)

    assert_drift(result, LOCK)
    assert changed_lock_sections(project) == {"sources"}
    assert "generated/deepseek is up to date" in result.stdout


def test_a_spec_change_fails_with_the_generated_diff(project: Path) -> None:
    spec = project / "specs" / "claude.json"
    document = json.loads(spec.read_text("utf-8"))
    document["info"]["description"] = "A description the generated client has not seen"
    spec.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")

    result = check(project)

    assert_drift(result, LOCK, f"{OUT}/README.md")
    assert {"sources", "outputs"} <= changed_lock_sections(project)


def test_the_overlay_fails(project: Path) -> None:
    with (project / "specs" / "claude.overlay.yaml").open("a", encoding="utf-8") as file:
        file.write("# a comment\n")

    result = check(project)

    assert_drift(result, LOCK)
    assert changed_lock_sections(project) == {"sources"}


def test_the_changelog_fails(project: Path) -> None:
    with (project / "specs" / "claude.changelog.md").open("a", encoding="utf-8") as file:
        file.write("\nOne more line.\n")

    result = check(project)

    assert_drift(result, LOCK, f"{OUT}/CHANGELOG.md")


def test_the_configuration_fails(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    edited = text.replace('distribution = "acedatacloud-claude"', 'distribution = "claude-sdk"')
    assert edited != text
    pyproject.write_text(edited, "utf-8")

    result = check(project)

    assert_drift(result, LOCK, f"{OUT}/pyproject.toml")
    assert "target" in changed_lock_sections(project)


def test_a_template_fails(project: Path) -> None:
    assert run_copy(project, "check").returncode == 0
    template = project / "generator" / "render" / "templates" / "package" / "_client.py.jinja"
    with template.open("a", encoding="utf-8") as file:
        file.write("{# a comment: the output stays the same #}\n")

    result = run_copy(project, "check")

    assert result.returncode == EXIT_DRIFT, result.stdout + result.stderr
    assert f"--- {LOCK}" in result.stdout
    assert '"package/_client.py.jinja"' in result.stdout
    assert "Traceback" not in result.stderr


def test_a_generator_source_file_fails(project: Path) -> None:
    source = project / "generator" / "model" / "naming.py"
    with source.open("a", encoding="utf-8") as file:
        file.write("# a comment: the output stays the same\n")

    result = run_copy(project, "check")

    assert result.returncode == EXIT_DRIFT, result.stdout + result.stderr
    assert f"--- {LOCK}" in result.stdout
    assert '+    "model/naming.py"' in result.stdout
    # Regenerating with the edited generator makes the check pass again, from the lock.
    assert run_copy(project, "generate").returncode == 0
    assert run_copy(project, "check").returncode == 0


def test_a_source_that_does_not_shape_the_output_leaves_the_lock_valid(project: Path) -> None:
    """The mock server, the differ and the commands around generation are not inputs."""
    for name in ("mock/server.py", "diff/sdk.py", "cli.py"):
        with (project / "generator" / name).open("a", encoding="utf-8") as file:
            file.write("# a comment\n")

    result = run_copy(project, "check", "--verbose")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "rendering" not in result.stderr


def test_a_file_the_spec_refers_to_fails(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(MULTIFILE, project / "specs")
    (project / "pyproject.toml").write_text(
        "[[tool.specgen.targets]]\n"
        'name = "pets"\n'
        'spec = "specs/api.yaml"\n'
        'package = "pets"\n'
        'out = "generated/pets"\n',
        encoding="utf-8",
    )
    generate(project)
    sources = json.loads((project / "generated/pets/specgen.lock").read_text("utf-8"))["sources"]
    assert "../../specs/schemas/pet.yaml" in sources
    assert "../../specs/common.json" in sources
    assert check(project).exit_code == 0

    with (project / "specs" / "schemas" / "pet.yaml").open("a", encoding="utf-8") as file:
        file.write("# a comment\n")
    result = check(project)

    assert result.exit_code == EXIT_DRIFT, result.output
    assert "../../specs/schemas/pet.yaml" in result.stdout


# -- outputs ----------------------------------------------------------------------------------


def test_an_edited_output_file_fails(project: Path) -> None:
    with (project / MODELS).open("a", encoding="utf-8") as file:
        file.write("HAND_EDITED = True\n")

    result = check(project)

    assert_drift(result, MODELS)
    assert f"--- {LOCK}" not in result.stdout  # the lock on disk is the one generated


def test_an_added_file_fails(project: Path) -> None:
    extra = f"{OUT}/{PACKAGE}/extra.py"
    (project / extra).write_text("EXTRA = 1\n", encoding="utf-8")

    assert_drift(check(project), extra)


def test_a_removed_file_fails(project: Path) -> None:
    (project / f"{OUT}/README.md").unlink()

    assert_drift(check(project), f"{OUT}/README.md")


def test_caches_are_not_outputs(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = project / OUT / PACKAGE / "__pycache__"
    cache.mkdir()
    (cache / "models.cpython-311.pyc").write_bytes(b"\0")
    monkeypatch.setattr(generator.project.pipeline, "generate_files", no_rendering)

    assert_passes(check(project))


# -- the lock itself --------------------------------------------------------------------------


def test_an_edited_lock_fails(project: Path) -> None:
    path = project / LOCK
    data = json.loads(path.read_text("utf-8"))
    name = f"{PACKAGE}/models.py"
    data["outputs"][name] = "0" * 64
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    result = check(project)

    assert_drift(result, LOCK)
    assert f'-    "{name}": "{"0" * 64}",' in result.stdout


def test_a_lock_without_a_source_fails(project: Path) -> None:
    path = project / LOCK
    data = json.loads(path.read_text("utf-8"))
    del data["sources"]["../../specs/claude.overlay.yaml"]
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")

    assert_drift(check(project), LOCK)


@pytest.mark.parametrize("text", ["", "{", '{"sources": []}\n'])
def test_a_broken_lock_fails(project: Path, text: str) -> None:
    (project / LOCK).write_text(text, encoding="utf-8")

    assert_drift(check(project), LOCK)


def test_a_reformatted_lock_fails(project: Path) -> None:
    path = project / LOCK
    path.write_text(json.dumps(json.loads(path.read_text("utf-8"))) + "\n", encoding="utf-8")

    assert_drift(check(project), LOCK)


def test_a_removed_lock_fails(project: Path) -> None:
    (project / LOCK).unlink()

    result = check(project)

    assert_drift(result, LOCK)
    assert "--- /dev/null" in result.stdout


# -- what check says ----------------------------------------------------------------------------


def test_quiet_check_says_nothing_when_up_to_date(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--quiet", "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert result.output == ""


def test_verbose_check_says_why_it_renders(project: Path) -> None:
    (project / OUT / "README.md").write_text("edited\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-v", "check", "--project", str(project)])
    assert_drift(result, f"{OUT}/README.md")
    assert f"{OUT}: rendering, as the lock does not settle it: outputs: README.md changed\n" in (
        result.stderr
    )
    assert "render and format: " in result.stderr
    # The other targets settled from their locks, so they rendered nothing.
    assert result.stderr.count("render and format: ") == 1


def test_the_stale_reason_names_the_input(project: Path) -> None:
    target = next(t for t in load_targets(project) if t.name == "claude")
    assert lock.stale_reason(target) is None
    target.spec.write_bytes(target.spec.read_bytes() + b"\n")
    assert lock.stale_reason(target) == "sources: ../../specs/claude.json changed"
    (target.out / lock.LOCK_NAME).unlink()
    assert lock.stale_reason(target) == "no readable specgen.lock"


def test_check_and_generate_take_only_the_targets_named(project: Path) -> None:
    spec = project / "specs" / "claude.json"
    spec.write_bytes(spec.read_bytes() + b"\n")  # claude is now stale: a lock input changed
    only_serp = check(project, "--target", "serp")
    assert only_serp.exit_code == 0, only_serp.output
    assert only_serp.stdout == "generated/serp is up to date\n"
    assert_drift(check(project, "--target", "serp", "--target", "claude"), LOCK)

    result = CliRunner().invoke(main, ["generate", "--target", "claude", "--project", str(project)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()  # claude alone
    assert line.startswith(f"generated {project / OUT} (")
    assert_passes(check(project))
