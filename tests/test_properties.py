"""Property-based tests: random OpenAPI documents either generate a package that compiles (and
type-checks, and whose models read every instance of their schemas) or are refused with a
one-line error; never a traceback, never a half-written output folder.

Bounded for CI: examples are derandomized (the same every run), there is no example database,
and the counts are small. ``SPECGEN_HYPOTHESIS_EXAMPLES=1000`` scales them up locally to hunt
bugs: that many in-process examples, a half of it for the round trip, a tenth through the
command line and a hundredth (in packages) through mypy.
"""

from __future__ import annotations

import datetime
import importlib
import json
import math
import os
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

import pydantic
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, event, given, note, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from generator.cli import main
from generator.config import Target
from generator.errors import SpecError, SpecErrors
from generator.model import contract, ir
from generator.model.build import is_json
from generator.project.output import read_tree
from generator.project.pipeline import build_target, generate_files
from generator.render import pysource
from generator.spec import pointer
from generator.spec.refs import Resolver
from tests.strategies import JSON, documents

SCALE = int(os.environ.get("SPECGEN_HYPOTHESIS_EXAMPLES") or 0)


def scaled(default: int, share: float) -> int:
    """``default`` examples in CI; ``share`` of SPECGEN_HYPOTHESIS_EXAMPLES when it is set."""
    return max(default, round(SCALE * share)) if SCALE else default


IN_PROCESS_EXAMPLES = scaled(100, 1)
ROUND_TRIP_EXAMPLES = scaled(50, 1 / 2)
CLI_EXAMPLES = scaled(20, 1 / 10)
MYPY_PACKAGES = scaled(5, 1 / 100)

BASE = settings(
    derandomize=True,  # the same examples on every run: CI never flakes on a new one
    database=None,  # and never depends on a local example database
    deadline=None,
    print_blob=False,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
)

PACKAGE = "specgen_props_pkg"
# Unicode line breaks and controls that must never reach generated source unescaped.
UNSAFE_IN_SOURCE = ("\x00", "\x1b", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def write_spec(folder: Path, document: JSON, package: str = PACKAGE) -> Target:
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "spec.json"
    spec.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return Target("props", spec, None, package, package.replace("_", "-"), folder / "out")


def assert_one_line(message: str) -> None:
    assert message.strip(), "an empty error message"
    assert len(message.splitlines()) == 1, f"not one line: {message!r}"
    assert "Traceback" not in message, message


def assert_valid_files(files: dict[str, str]) -> None:
    for path, text in files.items():
        if path.endswith(".py"):
            compile(text, path, "exec", dont_inherit=True)
            unsafe = [c for c in UNSAFE_IN_SOURCE if c in text]
            assert not unsafe, f"{path} holds raw {unsafe!r}"
        elif path.endswith(".json"):
            json.loads(text)


# -- 1. in process: compiles and deterministic, or one SpecError line ----------------------------


@settings(BASE, max_examples=IN_PROCESS_EXAMPLES)
@given(document=documents())
def test_generates_compiling_deterministic_code_or_one_line_error(document: JSON) -> None:
    note(json.dumps(document, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as folder:
        target = write_spec(Path(folder), document)
        try:
            files = generate_files(target)
        except SpecError as error:
            event("refused with a SpecError")
            assert_one_line(str(error))
            return
        except SpecErrors as errors:  # several operations refused: one line each
            event("refused with SpecErrors")
            for problem in errors.errors:
                assert_one_line(str(problem))
            return
        except RecursionError as error:  # fails at varying depths: one place for hypothesis
            raise AssertionError(f"RecursionError in the generator: {where(error)}") from None
        event("generated")
        assert_valid_files(files)
        assert generate_files(target) == files, "two runs on one spec differ"
        # Names never depend on the order of keys in the spec.
        api = build_target(target)
        reordered = write_spec(Path(folder) / "reordered", reverse_keys(document))
        assert type_names(build_target(reordered)) == type_names(api)
        for model in api.models:  # models read fields by name too: no name is another's key
            wires = {f.name for f in model.fields}
            for f in model.fields:
                assert f.python_name == f.name or f.python_name not in wires, (model.name, f)


def where(error: BaseException) -> str:
    """The innermost frame of a traceback, as ``file:line in function``."""
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return f"{frame.filename}:{frame.lineno} in {frame.name}"


def reverse_keys(node: Any) -> Any:
    """The same document with every object's keys in reverse order."""
    if isinstance(node, dict):
        return {key: reverse_keys(node[key]) for key in reversed(node)}
    if isinstance(node, list):
        return [reverse_keys(item) for item in node]
    return node


def type_names(api: ir.Api) -> dict[str, object]:
    """What the names of an API are: operations, models with their fields, enums."""
    return {
        "operations": sorted(
            (op.id, sorted((a.name, a.location, a.python_name) for a in op.arguments))
            for op in api.operations
        ),
        "models": sorted(
            (m.name, sorted((f.name, f.python_name, pysource.annotation(f.type)) for f in m.fields))
            for m in api.models
        ),
        "enums": sorted((e.name, sorted(map(repr, e.values))) for e in api.enums),
    }


# -- 2. through the command line: exit 0 or 2, one line, all or nothing written ------------------

PREVIOUS_OUTPUTS = ("none", "stale", "file")


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) under ``root``, hidden ones included."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
    }


@settings(BASE, max_examples=CLI_EXAMPLES)
@given(document=documents(), previous=st.sampled_from(PREVIOUS_OUTPUTS))
def test_command_line_exits_0_or_2_and_writes_all_or_nothing(document: JSON, previous: str) -> None:
    note(json.dumps(document, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        target = write_spec(root, document)
        out = target.out
        if previous == "stale":
            (out / PACKAGE).mkdir(parents=True)
            (out / PACKAGE / "stale.py").write_text("OLD = 1\n", encoding="utf-8")
            (out / "stale.txt").write_text("left from a previous run\n", encoding="utf-8")
        elif previous == "file":  # the output path is taken by a file: refused, kept as it is
            out.write_text("not a folder\n", encoding="utf-8")
        before = snapshot(root)
        result = CliRunner().invoke(
            main, ["generate", str(target.spec), "--out", str(out), "--package", PACKAGE]
        )
        output = result.stdout + result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit), output
        assert result.exit_code in (0, 2), output
        assert "Traceback" not in output
        if result.exit_code == 2:
            event(f"refused (previous output: {previous})", payload=result.stderr[-70:])
            lines = result.stderr.splitlines()  # one a problem
            assert lines and all(line.startswith("error: ") for line in lines), result.stderr
            assert snapshot(root) == before, "a refused run changed the output folder"
            return
        event(f"generated (previous output: {previous})")
        assert previous != "file"
        assert result.stderr == ""
        files = generate_files(target)
        assert read_tree(out) == files, "the output folder is not exactly what was generated"
        assert sorted(path.name for path in root.iterdir()) == ["out", "spec.json"]
        for path in out.rglob("*"):  # read_tree skips caches: nothing else may be there
            assert path.is_dir() or path.relative_to(out).as_posix() in files, path


# -- 3. mypy --strict and ruff on a batch of generated packages ----------------------------------


def sample_packages(count: int) -> list[tuple[JSON, dict[str, str]]]:
    """``count`` documents that generate, the largest of those the derandomized search finds
    first (its first examples are the simplest) with distinct paths, with their files under
    distinct packages."""
    found: dict[str, JSON] = {}

    @settings(BASE, max_examples=count * 25, phases=[Phase.generate])
    @given(document=documents())
    def collect(document: JSON) -> None:
        with tempfile.TemporaryDirectory() as folder:
            try:
                build_target(write_spec(Path(folder), document))
            except (SpecError, SpecErrors):
                return
        found[json.dumps(document, ensure_ascii=False, sort_keys=True)] = document

    collect()
    chosen: list[JSON] = []
    paths: set[tuple[str, ...]] = set()  # one document per set of paths: mutants look alike
    for text in sorted(found, key=lambda text: (len(text), text), reverse=True):
        if len(chosen) < count and tuple(found[text]["paths"]) not in paths:
            paths.add(tuple(found[text]["paths"]))
            chosen.append(found[text])
    packages = []
    for index, document in enumerate(chosen):
        with tempfile.TemporaryDirectory() as folder:
            target = write_spec(Path(folder), document, package=f"{PACKAGE}_{index}")
            packages.append((document, generate_files(target)))
    return packages


def write_files(folder: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def run_tool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_generated_packages_pass_mypy_strict_and_ruff(tmp_path: Path, mypy_cache: str) -> None:
    packages = sample_packages(MYPY_PACKAGES)
    assert len(packages) >= min(MYPY_PACKAGES, 2), "the strategy hardly generates anything"
    for index, (document, files) in enumerate(packages):
        write_files(tmp_path / f"p{index}", files)
        (tmp_path / f"p{index}" / "spec.json").write_text(
            json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8"
        )
    specs = "\n".join(f"p{index}/spec.json" for index in range(len(packages)))
    # ruff reads each package's own pyproject.toml, as `make lint` does.
    ruff = run_tool("ruff", "check", "--no-cache", ".", cwd=tmp_path)
    assert ruff.returncode == 0, f"{ruff.stdout}{ruff.stderr}\nspecs in {tmp_path}:\n{specs}"
    # One mypy run over every package and its tests (renamed apart: each has its `tests`).
    targets = []
    for index in range(len(packages)):
        tests = tmp_path / f"p{index}" / "tests"
        tests.rename(tests.with_name(f"{PACKAGE}_{index}_tests"))
        targets += [f"p{index}/{PACKAGE}_{index}", f"p{index}/{PACKAGE}_{index}_tests"]
    mypy = run_tool(
        "mypy", "--strict", "--python-version", "3.11", "--cache-dir", mypy_cache, *targets,
        cwd=tmp_path,
    )  # fmt: skip
    assert mypy.returncode == 0, f"{mypy.stdout}{mypy.stderr}\nspecs in {tmp_path}:\n{specs}"


# -- 4. round trip: generated models read every instance of their schemas ------------------------

# Formats hypothesis-jsonschema does not know, as the strings a server could send.
CUSTOM_FORMATS = {
    "binary": st.text(max_size=8),
    "byte": st.sampled_from(["", "Ynl0ZXM=", "AA=="]),
    "password": st.text(max_size=8),
}
MAX_INLINED = 5  # references inlined one inside another (a recursive one twice), then cut


def instance_schema(schema: Any, at: str, resolver: Resolver) -> Any:
    """A JSON Schema for instances of the OpenAPI schema at ``at``: the contract tests' own
    conversion, with references inlined and recursion cut off (``False``: no deeper value)."""
    converted: Any = contract.request_schema(schema, at, resolver)
    definitions: dict[str, Any] = converted.pop("$defs", {})
    converted.pop("$schema", None)

    def inline(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, stack) for item in node]
        if not isinstance(node, dict):
            return node
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/"):
            name = pointer.unescape(reference.removeprefix("#/$defs/"))
            if stack.count(name) >= 2 or len(stack) >= MAX_INLINED:
                return False
            return inline(definitions[name], (*stack, name))
        return {
            key: value if key in ("enum", "const", "default") else inline(value, stack)
            for key, value in node.items()
        }

    return inline(converted, ())


def same_json(expected: Any, actual: Any) -> bool:
    """JSON equality, where numbers compare as numbers and timestamps as the instants they name
    (``Z`` and ``+00:00`` are one time)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            same_json(expected[key], actual[key]) for key in expected
        )
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(map(same_json, expected, actual))
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return math.isclose(expected, actual, rel_tol=1e-15)
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        for parse in (datetime.datetime.fromisoformat, datetime.date.fromisoformat):
            try:
                return bool(parse(expected) == parse(actual))
            except ValueError:
                continue
    return bool(expected == actual)


def import_package(folder: Path, files: dict[str, str]) -> dict[str, Any]:
    """The namespace the generated resource modules evaluate their types in."""
    write_files(folder, files)
    sys.path.insert(0, str(folder))
    try:
        importlib.invalidate_caches()
        models = importlib.import_module(f"{PACKAGE}.models")
    finally:
        sys.path.remove(str(folder))
    namespace = dict(vars(models))
    namespace.update(
        datetime=datetime, Annotated=Annotated, Any=Any, Literal=Literal, Field=pydantic.Field
    )
    return namespace


def forget_package() -> None:
    for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
        del sys.modules[name]


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def json_bodies(api: ir.Api, document: JSON) -> Iterator[tuple[str, ir.TypeRef, Any, str]]:
    """(label, type, schema, pointer) of every JSON body the client parses: responses and
    errors. (Request bodies are TypedDicts, which nothing parses: they are sent as given.)"""
    for op in api.operations:
        method = op.http_method.lower()
        at = f"/paths/{escape(op.path)}/{method}"
        raw = document["paths"][op.path][method]
        for response in (*([op.response] if op.response else []), *op.errors):
            if response.type is None or not is_json(response.content_type or ""):
                continue
            content_type = response.content_type or ""
            media = raw["responses"][str(response.status)]["content"][content_type]
            where = f"{at}/responses/{response.status}/content/{escape(content_type)}/schema"
            yield f"{op.id} {response.status}", response.type, media.get("schema", {}), where


@settings(BASE, max_examples=ROUND_TRIP_EXAMPLES)
@given(document=documents(), data=st.data())
def test_response_models_read_and_give_back_every_instance(document: JSON, data: Any) -> None:
    note(json.dumps(document, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as folder:
        target = write_spec(Path(folder), document)
        try:
            api = build_target(target)
        except (SpecError, SpecErrors):
            event("refused")
            return
        files = generate_files(target)
        bodies = list(json_bodies(api, document))
        if not bodies:
            event("no JSON body")
            return
        try:
            namespace = import_package(Path(folder) / "out", files)
            resolver = Resolver(document, str(target.spec))
            for label, type_ref, schema, at in bodies:
                annotation = pysource.annotation(type_ref)
                adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(
                    eval(annotation, namespace)  # the annotation the generated client parses with
                )
                strategy = from_schema(
                    instance_schema(schema, at, resolver), custom_formats=CUSTOM_FORMATS
                )
                instance = data.draw(strategy, label=f"{label}: {annotation}")
                value = adapter.validate_python(instance)
                back = adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)
                assert same_json(instance, back), f"{label}: {annotation} gave back {back!r}"
                event("round trip checked")
        finally:
            forget_package()
