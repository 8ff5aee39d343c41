"""A spec split over several files is vendored whole, by ``init`` and by ``update``: each file
the spec pulls in lands where the vendored main file expects it, so the vendored copy never
resolves its references against stale or missing neighbours."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.project.vendor import spec_files
from tests.helpers import ROOT, invoke_generator

MULTIFILE = ROOT / "tests" / "fixtures" / "multifile"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project with a target ``pets`` made by ``init`` from the multi-file spec."""
    copy = tmp_path / "project"
    copy.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", copy / "pyproject.toml")
    shutil.copytree(ROOT / "specs", copy / "specs")
    result = invoke_generator(copy, "init", "pets", "--spec", str(MULTIFILE / "api.yaml"))
    assert result.returncode == 0, result.stderr
    assert "with 7 files it refers to" in result.stdout
    return copy


def new_version(tmp_path: Path) -> Path:
    """The multi-file spec with a property added to a file the main one refers to."""
    folder = tmp_path / "new"
    shutil.copytree(MULTIFILE, folder)
    pet = folder / "schemas" / "pet.yaml"
    schema = yaml.safe_load(pet.read_text("utf-8"))
    schema["properties"]["nickname"] = {"type": "string"}
    pet.write_text(yaml.safe_dump(schema), encoding="utf-8")
    return folder / "api.yaml"


def test_spec_files_lists_what_the_refs_pull_in() -> None:
    files = spec_files(MULTIFILE / "api.yaml")
    assert [path.as_posix() for path in files.others] == [
        "common.json", "parameters.yaml", "paths/pet.yaml", "people.yaml", "responses.yaml",
        "schemas/pet.yaml", "schemas.yaml",
    ]  # fmt: skip
    copies = files.destinations(Path("specs/pets/api.yaml"))
    assert copies[Path("specs/pets/schemas/pet.yaml")] == (MULTIFILE / "schemas/pet.yaml").resolve()


def test_init_vendors_every_file_into_a_folder_of_its_own(project: Path) -> None:
    vendored = project / "specs" / "pets"
    for source in spec_files(MULTIFILE / "api.yaml").destinations(vendored / "api.yaml").values():
        relative = source.relative_to(MULTIFILE.resolve())
        assert (vendored / relative).read_bytes() == source.read_bytes(), relative
    generated = invoke_generator(project, "generate")
    assert generated.returncode == 0, generated.stderr
    check = invoke_generator(project, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_update_vendors_the_changed_file_beside_the_main_one(project: Path, tmp_path: Path) -> None:
    assert invoke_generator(project, "generate").returncode == 0
    new = new_version(tmp_path)
    result = invoke_generator(project, "update", str(new), "--target", "pets")
    assert result.returncode == 0, result.stderr
    assert "nickname" in result.stdout  # the diff saw the change inside the other file
    vendored = project / "specs" / "pets" / "schemas" / "pet.yaml"
    assert vendored.read_bytes() == (new.parent / "schemas" / "pet.yaml").read_bytes()
    models = (project / "generated" / "pets" / "pets" / "models.py").read_text("utf-8")
    assert "nickname: str | None = None" in models
    check = invoke_generator(project, "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_update_does_not_overwrite_a_file_the_current_spec_does_not_use(
    project: Path, tmp_path: Path
) -> None:
    new = new_version(tmp_path)
    main = yaml.safe_load(new.read_text("utf-8"))
    main["components"]["schemas"]["Extra"] = {"$ref": "notes.yaml"}
    new.write_text(yaml.safe_dump(main), encoding="utf-8")
    (new.parent / "notes.yaml").write_text("type: string\n", encoding="utf-8")
    unrelated = project / "specs" / "pets" / "notes.yaml"
    unrelated.write_text("someone else's notes\n", encoding="utf-8")
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}

    result = invoke_generator(project, "update", str(new), "--target", "pets")

    assert result.returncode == 2, result.stdout + result.stderr
    assert (
        result.stderr
        == "error: specs/pets/notes.yaml#: not overwritten: specs/pets/api.yaml does not use it\n"
    )
    assert {path: path.read_bytes() for path in project.rglob("*") if path.is_file()} == before
