"""Bad input through the real command line: one ``error: FILE#/pointer: message`` line, exit 2.

Every case runs ``python -m generator generate SPEC --out DIR`` in a subprocess, so the exit code,
stderr and the absence of a traceback are what a user sees. The output folder must be left byte
for byte as it was (or not created at all when it did not exist).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from generator.project.lock import LOCK_NAME
from tests.helpers import invoke_generator, run_generator

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60
EXIT_BAD_INPUT = 2
PACKAGE = "petstore"
SENTINEL = "keep-me.txt"
SENTINEL_BYTES = b"written before the run; must survive it byte for byte\n"

# A minimal valid OpenAPI 3.1 document: one GET operation returning a small object. Every bad
# case below is a small deviation from it, so each one fails for the reason it is named after.
VALID_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Pet Store", "version": "1.0.0"},
    "paths": {
        "/pets/{pet_id}": {
            "get": {
                "operationId": "getPet",
                "parameters": [
                    {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "The pet",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Pet"},
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "tag": {"type": "string"},
                },
            }
        }
    },
}

VALID_OVERLAY = """\
overlay: 1.0.0
info: {title: adjustments, version: 1.0.0}
actions:
  - target: $.components.schemas.Pet
    update: {x-specgen-name: Animal}
"""


def spec_json(**changes: Any) -> str:
    """The valid spec as JSON, with top-level keys replaced (a value of None deletes the key)."""
    document = copy.deepcopy(VALID_SPEC)
    for key, value in changes.items():
        if value is None:
            document.pop(key, None)
        else:
            document[key] = value
    return json.dumps(document, indent=2)


def spec_with_pet_property(name: str, schema: dict[str, Any]) -> str:
    document = copy.deepcopy(VALID_SPEC)
    document["components"]["schemas"]["Pet"]["properties"][name] = schema
    return json.dumps(document, indent=2)


def swagger_2() -> str:
    document = {
        "swagger": "2.0",
        "info": {"title": "Pet Store", "version": "1.0.0"},
        "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    return json.dumps(document, indent=2)


@dataclass(frozen=True)
class Case:
    """Files written into the working folder, and what the single error line must say."""

    files: dict[str, str]  # name -> text, written into the working folder
    spec: str = "spec.json"  # the SPEC argument (need not exist)
    overlay: str | None = None  # the --overlay argument
    blamed: str = ""  # the file the error line must name; defaults to ``spec``
    pointer: str | None = None  # the exact JSON pointer expected after '#', when it matters
    pointer_suffix: str | None = None
    fragments: tuple[str, ...] = field(default=())  # case-insensitive parts of the message

    @property
    def blamed_file(self) -> str:
        return self.blamed or self.spec


CASES: dict[str, Case] = {
    "invalid-json": Case(
        files={"spec.json": '{"openapi": "3.1.0", "info": {"title": "x",\n'},
        pointer="",
        fragments=("json",),
    ),
    "invalid-yaml": Case(
        files={"spec.yaml": "openapi: 3.1.0\ninfo: {title: x, version: '1'\npaths:\n  - [\n"},
        spec="spec.yaml",
        pointer="",
        fragments=("yaml",),
    ),
    "broken-local-ref": Case(
        files={"spec.json": spec_with_pet_property("owner", {"$ref": "#/components/schemas/Own"})},
        pointer="/components/schemas/Pet/properties/owner/$ref",
        pointer_suffix="/$ref",
        fragments=("#/components/schemas/Own",),
    ),
    "remote-ref": Case(
        files={
            "spec.json": spec_with_pet_property("owner", {"$ref": "https://example.com/x.json#/A"})
        },
        pointer="/components/schemas/Pet/properties/owner/$ref",
        pointer_suffix="/$ref",
        fragments=("remote",),
    ),
    "no-paths": Case(files={"spec.json": spec_json(paths=None)}, fragments=("paths",)),
    "empty-paths": Case(files={"spec.json": spec_json(paths={})}, fragments=("paths",)),
    "openapi-2.0.0": Case(
        files={"spec.json": spec_json(openapi="2.0.0")}, pointer="/openapi", fragments=("2.0.0",)
    ),
    "openapi-4.0.0": Case(
        files={"spec.json": spec_json(openapi="4.0.0")}, pointer="/openapi", fragments=("4.0.0",)
    ),
    "swagger-2.0": Case(files={"spec.json": swagger_2()}, fragments=("swagger",)),
    "missing-spec-file": Case(files={}, spec="nowhere.json", fragments=("not found",)),
    "spec-not-an-object": Case(
        files={"spec.json": json.dumps([VALID_SPEC])}, pointer="", fragments=("object",)
    ),
    "nested-too-deeply": Case(
        files={"spec.json": '{"openapi": "3.1.0", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"},
        pointer="",
        fragments=("deeply",),
    ),
    "overlay-matches-nothing": Case(
        files={
            "spec.json": spec_json(),
            "overlay.yaml": VALID_OVERLAY.replace("schemas.Pet", "schemas.Dog"),
        },
        overlay="overlay.yaml",
        blamed="overlay.yaml",
        pointer="/actions/0/target",
        fragments=("matches nothing",),
    ),
    "overlay-invalid-jsonpath": Case(
        files={
            "spec.json": spec_json(),
            "overlay.yaml": VALID_OVERLAY.replace(
                "$.components.schemas.Pet", "'$.components[?(@.x ==]'"
            ),
        },
        overlay="overlay.yaml",
        blamed="overlay.yaml",
        pointer="/actions/0/target",
        fragments=("jsonpath",),
    ),
}


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every entry under ``root`` by relative path: a file's bytes, None for a folder."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
    }


def write_files(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def generate_args(case: Case, out: str) -> list[str]:
    args = ["generate", case.spec, "--out", out, "--package", PACKAGE]
    if case.overlay is not None:
        args += ["--overlay", case.overlay]
    return args


def parse_error_line(line: str) -> tuple[str, str, str]:
    """``error: FILE#POINTER: MESSAGE`` -> (FILE, POINTER, MESSAGE)."""
    assert line.startswith("error: "), line
    file, hash_sign, rest = line[len("error: ") :].partition("#")
    assert hash_sign == "#", line
    pointer, separator, message = rest.partition(": ")
    assert separator == ": ", line
    assert message.strip(), line
    return file, pointer, message


@pytest.mark.parametrize("out_exists", [True, False], ids=["out-prefilled", "out-absent"])
@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_bad_input_is_one_error_line_and_exit_2(
    case: Case, out_exists: bool, tmp_path: Path
) -> None:
    write_files(tmp_path, case.files)
    out = tmp_path / "out"
    if out_exists:
        (out / "nested").mkdir(parents=True)
        (out / SENTINEL).write_bytes(SENTINEL_BYTES)
        (out / "nested" / "module.py").write_bytes(b"x = 1\n")
    before = snapshot(tmp_path)

    result = invoke_generator(tmp_path, *generate_args(case, "out"))

    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    assert result.returncode == EXIT_BAD_INPUT, (result.returncode, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert result.stderr.strip() == lines[0]
    line = lines[0]
    assert line.startswith("error: ")
    assert f"{case.blamed_file}#" in line
    file, pointer, message = parse_error_line(line)
    assert Path(file).name == Path(case.blamed_file).name
    if case.pointer is not None:
        assert pointer == case.pointer, line
    if case.pointer_suffix is not None:
        assert pointer.endswith(case.pointer_suffix), line
    for fragment in case.fragments:
        assert fragment.lower() in message.lower(), line

    # The output folder (and everything else in the working folder) is exactly as it was:
    # no files changed, none added (no leftover temporary folders), none removed.
    assert snapshot(tmp_path) == before
    if out_exists:
        assert (out / SENTINEL).read_bytes() == SENTINEL_BYTES
    else:
        assert not out.exists()


def test_broken_ref_names_the_schema_location(tmp_path: Path) -> None:
    """The pointer leads to the ``$ref`` itself, inside the schema that holds it."""
    case = CASES["broken-local-ref"]
    write_files(tmp_path, case.files)
    result = invoke_generator(tmp_path, *generate_args(case, "out"))
    assert result.returncode == EXIT_BAD_INPUT
    _, pointer, _ = parse_error_line(result.stderr.strip())
    assert pointer.endswith("/$ref")
    assert pointer.startswith("/components/schemas/Pet/")
    assert "/properties/owner/" in pointer


def test_control_a_valid_spec_generates(tmp_path: Path) -> None:
    """The harness can pass: the spec every bad case derives from generates, and exits 0."""
    write_files(tmp_path, {"spec.json": spec_json()})
    result = run_generator(tmp_path, "generate", "spec.json", "--out", "out", "--package", PACKAGE)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Traceback" not in result.stdout
    out = tmp_path / "out"
    for name in ("pyproject.toml", "README.md", f"{PACKAGE}/__init__.py", f"{PACKAGE}/models.py"):
        assert (out / name).is_file(), name
    models = (out / PACKAGE / "models.py").read_text(encoding="utf-8")
    assert "class Pet(" in models
    compile(models, "models.py", "exec")
    # The temporary folder of the swap is gone: only the spec and the output folder remain.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out", "spec.json"]


def test_control_a_valid_overlay_applies(tmp_path: Path) -> None:
    """The overlay cases fail because of their target, not because overlays cannot load."""
    write_files(tmp_path, {"spec.json": spec_json(), "overlay.yaml": VALID_OVERLAY})
    args = ["generate", "spec.json", "--out", "out", "--package", PACKAGE]
    result = invoke_generator(tmp_path, *args, "--overlay", "overlay.yaml")

    assert result.returncode == 0, result.stderr
    models = (tmp_path / "out" / PACKAGE / "models.py").read_text(encoding="utf-8")
    assert "class Animal(" in models


def test_control_valid_spec_replaces_a_prefilled_out_folder(tmp_path: Path) -> None:
    """Success, unlike bad input, replaces the folder (one specgen wrote: it has a lock): the
    sentinel check tells them apart."""
    write_files(tmp_path, {"spec.json": spec_json()})
    out = tmp_path / "out"
    out.mkdir()
    (out / SENTINEL).write_bytes(SENTINEL_BYTES)
    (out / LOCK_NAME).write_text("{}\n", encoding="utf-8")

    result = run_generator(tmp_path, "generate", "spec.json", "--out", "out", "--package", PACKAGE)

    assert result.returncode == 0, result.stderr
    assert not (out / SENTINEL).exists()
    assert (out / PACKAGE / "models.py").is_file()


def test_an_out_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    write_files(tmp_path, {"spec.json": spec_json(), "notes.txt": "my notes\n"})
    result = invoke_generator(tmp_path, "generate", "spec.json", "--out", "notes.txt")
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    file, _, message = parse_error_line(result.stderr.strip())
    assert file.endswith("notes.txt") and "not a folder" in message
    assert (tmp_path / "notes.txt").read_text() == "my notes\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt", "spec.json"]


def test_percent_encoded_refs_resolve(tmp_path: Path) -> None:
    document = json.loads(spec_json())
    ref = "#/components/schemas/P%65t"  # %65 is "e": the same schema, Pet
    document["paths"]["/pets/{pet_id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ] = {"$ref": ref}
    write_files(tmp_path, {"spec.json": json.dumps(document)})
    result = run_generator(tmp_path, "generate", "spec.json", "--out", "out", "--package", PACKAGE)
    assert result.returncode == 0, result.stderr
    assert "class Pet(" in (tmp_path / "out" / PACKAGE / "models.py").read_text()


def test_every_refused_operation_is_one_line_of_one_run(tmp_path: Path) -> None:
    """Three operations, each refused for its own reason (a shared bad parameter counted once
    per place it sits): one run lists all of them, and writes nothing."""
    spec = copy.deepcopy(VALID_SPEC)
    nested = {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}
    ok = {"200": {"description": "ok"}}
    spec["paths"]["/forms"] = {
        "post": {
            "requestBody": {
                "content": {"application/x-www-form-urlencoded": {"schema": {"type": "string"}}}
            },
            "responses": ok,
        }
    }
    for path in ("/a", "/b"):
        spec["paths"][path] = {
            "get": {"parameters": [{"name": "q", "in": "query", "schema": nested}], "responses": ok}
        }
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    result = invoke_generator(tmp_path, "generate", "spec.json", "--out", "out")
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    assert result.stderr.splitlines() == [
        "error: spec.json#/paths/~1a/get/parameters/0/schema: query parameters holding objects "
        "or nested arrays are not supported",
        "error: spec.json#/paths/~1b/get/parameters/0/schema: query parameters holding objects "
        "or nested arrays are not supported",
        "error: spec.json#/paths/~1forms/post/requestBody/content/application~1x-www-form-"
        "urlencoded/schema: a body sent as application/x-www-form-urlencoded must be an object "
        "schema",
    ]
    assert not (tmp_path / "out").exists()
