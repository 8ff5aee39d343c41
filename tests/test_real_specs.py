"""Real public OpenAPI documents, run through the command line as a user would run them.

Each spec in tests/fixtures/real (kept verbatim; SOURCES.md says where each comes from) either
generates a package that exposes every operation of the spec as a client method, passes ruff,
``mypy --strict`` and its own generated tests; or stops with exit status 2 and one line
``error: FILE#/pointer: message`` naming what is unsupported. Every expected refusal is written
down below, so that a regression, or a construct that becomes supported, shows up here.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Target
from generator.project.pipeline import build_target
from tests.helpers import ROOT, Invocation, invoke_generator, readme_code

REAL = ROOT / "tests" / "fixtures" / "real"
BIN = Path(sys.executable).parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Case:
    file: str
    operations: int  # counted by hand in the document; the test counts too
    refusal: tuple[str, ...] = ()  # fragments of the expected error line; () if it generates

    @property
    def package(self) -> str:
        return Path(self.file).stem.replace("-", "_")


CASES = [
    Case("petstore.yaml", 3),
    Case("petstore-expanded.yaml", 4),
    Case("api-with-examples.yaml", 2),
    Case("callback-example.json", 1),
    Case("link-example.yaml", 6),
    Case("uspto.yaml", 3),
    Case("swagger-petstore.yaml", 19),
    Case("non-oauth-scopes.yaml", 1),
    Case("museum.yaml", 8),
    Case("fastapi-template.json", 36),
    Case("readme-polymorphism.yaml", 13),
    Case(
        "readme-schema-types.yaml",
        23,
        refusal=(
            "readme-schema-types.yaml#/paths/~1anything~1quirks~1polymorphism/",
            "/allOf",
            "incompatible types",
        ),
    ),
    Case(
        "webhook-example.yaml",
        0,
        refusal=(
            "webhook-example.yaml#/paths: ",
            "the document has no paths to generate a client from",
        ),
    ),
    Case(
        "text-generation-inference.json",
        12,
        refusal=(
            "text-generation-inference.json#/components/schemas/GenerateParameters/properties/"
            "frequency_penalty/exclusiveMinimum: ",
            "Input should be a valid boolean",  # a number there is OpenAPI 3.1; this doc says 3.0.3
        ),
    ),
]
CASES_BY_FILE = {case.file: case for case in CASES}


def test_every_spec_in_the_folder_has_a_case() -> None:
    on_disk = {path.name for path in REAL.iterdir() if path.suffix in (".json", ".yaml")}
    assert on_disk == set(CASES_BY_FILE)
    listed = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in listed for name in on_disk)


@dataclass(frozen=True)
class Outcome:
    result: Invocation
    out: Path


class Generated:
    """Each spec through ``specgen generate SPEC --out OUT --package NAME``, once,
    when a test first asks for it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.outcomes: dict[str, Outcome] = {}

    def __getitem__(self, file: str) -> Outcome:
        if file not in self.outcomes:
            case = CASES_BY_FILE[file]
            result = invoke_generator(
                self.root,
                "generate",
                str(REAL / case.file),
                "--out",
                case.package,
                "--package",
                case.package,
            )
            self.outcomes[file] = Outcome(result, self.root / case.package)
        return self.outcomes[file]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return Generated(tmp_path_factory.mktemp("real"))


def spec_operations(file: str) -> int:
    """The operations of a document: ``paths.*.{get,put,post,...}``."""
    document = yaml.safe_load((REAL / file).read_text(encoding="utf-8"))
    count = 0
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            target: Any = document
            for token in item["$ref"].removeprefix("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            item = target
        count += sum(1 for method in HTTP_METHODS if isinstance(item.get(method), dict))
    return count


@pytest.mark.parametrize("file", list(CASES_BY_FILE))
def test_real_spec_generates_or_refuses(file: str, generated: Generated) -> None:
    case = CASES_BY_FILE[file]
    outcome = generated[file]
    assert spec_operations(file) == case.operations
    assert "Traceback" not in outcome.result.stderr
    if case.refusal:
        assert outcome.result.returncode == 2, outcome.result.stdout + outcome.result.stderr
        lines = outcome.result.stderr.splitlines()  # one a refused operation
        assert lines and all(line.startswith("error: ") for line in lines), lines
        assert any(all(fragment in line for fragment in case.refusal) for line in lines), lines
        assert not outcome.out.exists()
        return
    assert outcome.result.returncode == 0, outcome.result.stderr
    for _, code in readme_code((outcome.out / "README.md").read_text(encoding="utf-8")):
        ast.parse(code)  # the README's examples (they run in tests/test_package_readme.py)
    exposed = client_methods(outcome.out, case.package)
    ir_ids = sorted(op.id for op in build_target(_target(case, outcome.out)).operations)
    assert len(ir_ids) == case.operations
    assert exposed["Client"] == exposed["AsyncClient"] == ir_ids
    lint = subprocess.run(
        [str(BIN / "ruff"), "check", "--no-cache", "--output-format", "concise", "."],
        cwd=outcome.out,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=outcome.out,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert tests.returncode == 0, tests.stdout[-5000:] + tests.stderr[-2000:]


def test_generated_real_packages_pass_mypy_strict(
    generated: Generated, tmp_path: Path, mypy_cache: str
) -> None:
    """One ``mypy --strict`` over every generated package and its tests (copied apart under
    their own names: each package has a ``tests`` package, mypy would see it twice)."""
    targets = []
    for case in CASES_BY_FILE.values():
        outcome = generated[case.file]
        if case.refusal or outcome.result.returncode != 0:
            continue
        tests = tmp_path / "tests" / f"{case.package}_tests"
        shutil.copytree(outcome.out / "tests", tests)
        targets += [str(outcome.out / case.package), str(tests)]
    assert targets
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            mypy_cache,
            *targets,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr


# -- the client's methods, found by walking a client instance ------------------------------------


def client_methods(out: Path, package: str) -> dict[str, list[str]]:
    """The dotted paths of every method on the resources of ``Client`` and ``AsyncClient``."""
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module(package)
        found = {}
        for name in ("Client", "AsyncClient"):
            client = getattr(module, name)(api_key="key", base_url="http://127.0.0.1:9")
            found[name] = sorted(_walk(client, (), f"{package}.resources"))
        return found
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[name]


def _walk(obj: object, prefix: tuple[str, ...], resources: str) -> Iterator[str]:
    # Resources are attributes, or cached properties that import them on first use.
    lazy = {n for n, d in vars(type(obj)).items() if isinstance(d, functools.cached_property)}
    for name in sorted(set(vars(obj)) | lazy - {"with_raw_response"}):
        value = getattr(obj, name)
        if name.startswith("_") or not type(value).__module__.startswith(resources):
            continue
        path = (*prefix, name)
        for attribute, member in vars(type(value)).items():
            if not attribute.startswith("_") and inspect.isfunction(member):
                yield ".".join((*path, attribute))
        yield from _walk(value, path, resources)


def _target(case: Case, out: Path) -> Target:
    return Target(case.package, REAL / case.file, None, case.package, case.package, out)
