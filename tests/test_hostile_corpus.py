"""The hostile-input corpus (tests/fixtures/hostile, see its README): spec text is untrusted.

Every case runs through the command line, as a user would run it. A good case generates a
package that parses, passes ruff and ``mypy --strict``, imports without running any spec text,
passes its own generated tests and keeps every wire name, enum value and text as the spec wrote
it (docstrings up to their indentation, which ``inspect.cleandoc`` evens out).
A bad case exits 2 with one line, ``error: FILE#/json/pointer: message``, and no traceback, and
leaves the output folder as it was.

Execution canary: names and texts carry payloads such as ``__import__('os')._exit(99)`` and
``\"\"\"; import os; os._exit(99); \"\"\"``; exit status 99 anywhere means spec text ran. The
generated modules are also checked statically: no ``__import__`` name, no ``_exit`` attribute.

mypy dominates the run time: the good packages share one mypy run.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Target
from generator.model import naming
from generator.model.build import RESERVED_ARGUMENTS
from generator.project.pipeline import build_target
from tests.helpers import readme_code, run_generator

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
EXECUTED = 99  # the exit status of the payloads: seeing it means spec text was executed
EXIT_BAD_INPUT = 2
LONG = ("\"\"\" \\ {{ 7*7 }} ''' " * 6000)[:100_000]  # one line of 100,000 characters
# Characters that must never reach a generated module raw (they are escaped in literals).
RAW_CONTROLS = ("\x00", "\x1b", "\x07", "\x7f", "\r", "\u2028", "\u2029", "\x85")
# Bidirectional controls, which reorder what a line shows (Trojan Source): escaped everywhere.
BIDI_CONTROLS = tuple("\u202a\u202c\u202e\u2066\u2067\u2069\u200e\u200f\u061c")
# Files holding spec text for people to read, besides the modules: no control may reach them raw.
# (tests/request_schemas.json is written by render/files.py, which does not escape them yet.)
READ_FILES = ("README.md", "api.md", "api.json", "pyproject.toml")
LARGE_OPERATIONS = 30  # through the command line, mypy and the package's tests
DEEP_LEVELS = 60  # nested schemas that generate (the generator refuses more than 64)
HUGE_OPERATIONS = 1000  # through loading and building only: rendering is linear, black is slow


# -- running things -----------------------------------------------------------------------------


def run_python(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_not_executed(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != EXECUTED, "spec text was executed:\n" + result.stderr[-2000:]


@dataclass(frozen=True)
class Generated:
    spec: Path  # the spec as generated (a JSON copy when the test built or extended it)
    out: Path
    package: str

    def python_files(self) -> Iterator[tuple[Path, str]]:
        for path in sorted(self.out.rglob("*.py")):
            yield path, path.read_text(encoding="utf-8")


def generate(folder: Path, spec: Path, package: str, timeout: float = 120) -> Generated:
    folder.mkdir(parents=True, exist_ok=True)
    result = run_generator(
        folder, "generate", str(spec), "--out", "out", "--package", package, timeout=timeout
    )
    assert_not_executed(result)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return Generated(spec, folder / "out", package)


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# -- the good cases -----------------------------------------------------------------------------


def text_document() -> Any:
    """text.yaml, with lines of 100,000 characters added to a docstring, a method docstring, a
    field docstring, an enum value and an example."""
    document = read_yaml(HOSTILE / "text.yaml")
    schemas = document["components"]["schemas"]
    operation = document["paths"]["/echo/{id}"]["post"]
    operation["summary"] += LONG
    schemas["EchoRequest"]["description"] = LONG + "\n" + schemas["EchoRequest"]["description"]
    schemas["EchoResponse"]["properties"]["text"]["description"] += LONG
    schemas["EchoResponse"]["properties"]["text"]["example"] = LONG
    schemas["Mode"]["enum"].append(LONG)
    return document


def large_document(operations: int) -> dict[str, Any]:
    """Many operations, each with its own request, response and nested schemas."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for index in range(operations):
        name = f"Item{index}"
        schemas[name] = {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "count": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "child": {
                    "type": "object",
                    "properties": {"x": {"type": "number"}, f"y{index}": {"type": "string"}},
                },
                "kind": {"type": "string", "enum": ["a", "b", f"k{index}"]},
            },
        }
        paths[f"/group{index % 10}/items{index}/{{id}}"] = {
            "post": {
                "operationId": f"touchItem{index}",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "large", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    folder = tmp_path_factory.mktemp("names")
    generated = generate(folder, HOSTILE / "names.yaml", "hostile_names")
    json_copy = write_json(folder / "names.json", read_yaml(HOSTILE / "names.yaml"))
    return Generated(json_copy, generated.out, generated.package)


@pytest.fixture(scope="module")
def text(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    folder = tmp_path_factory.mktemp("text")
    return generate(folder, write_json(folder / "text.json", text_document()), "hostile_text")


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    folder = tmp_path_factory.mktemp("large")
    spec = write_json(folder / "large.json", large_document(LARGE_OPERATIONS))
    return generate(folder, spec, "hostile_large", timeout=300)


@pytest.fixture(scope="module")
def deep(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    folder = tmp_path_factory.mktemp("deep")
    (folder / "deep.json").write_text(deep_json(DEEP_LEVELS), encoding="utf-8")
    return generate(folder, folder / "deep.json", "hostile_deep")


@pytest.fixture(scope="module")
def own_checks(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    folder = tmp_path_factory.mktemp("own_checks")
    return generate(folder, HOSTILE / "own_checks.yaml", "hostile_own_checks")


GOOD = ["names", "text", "large", "deep", "own_checks"]


def test_a_huge_spec_builds_in_bounded_time(tmp_path: Path) -> None:
    """Loading, checking and naming stay near linear (rendering is, and black dominates it)."""
    spec = write_json(tmp_path / "huge.json", large_document(HUGE_OPERATIONS))
    target = Target("huge", spec, None, "huge", "huge", tmp_path / "out")
    started = time.process_time()
    api = build_target(target)
    assert time.process_time() - started < 30  # about 2 s today
    assert len(api.operations) == HUGE_OPERATIONS
    # Each Item and its child, sent and returned: their models and their TypedDict twins.
    assert len(api.models) == 4 * HUGE_OPERATIONS
    assert len(api.enums) == HUGE_OPERATIONS
    names = {model.name for model in api.models} | {enum.name for enum in api.enums}
    assert len(names) == 5 * HUGE_OPERATIONS


def test_every_fixture_says_what_it_attacks_and_expects() -> None:
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    fixtures = sorted(p for p in HOSTILE.iterdir() if p.suffix in (".yaml", ".json"))
    assert fixtures
    for path in fixtures:
        head = path.read_text(encoding="utf-8")[:1500].lower()
        assert "attacks" in head and "expected" in head, path.name
        assert f"`{path.name}`" in readme, path.name


def test_committed_text_yaml_generates_as_is(tmp_path: Path) -> None:
    """text.yaml through the YAML reader, anchors and all (the fixture adds long lines to a JSON
    copy of it)."""
    generated = generate(tmp_path, HOSTILE / "text.yaml", "hostile_text_yaml")
    for path, source in generated.python_files():
        ast.parse(source, filename=str(path))


@pytest.mark.parametrize("case", GOOD)
def test_generated_code_parses_and_holds_spec_text_only_in_literals(
    case: str, request: pytest.FixtureRequest
) -> None:
    generated: Generated = request.getfixturevalue(case)
    readme = generated.out / "README.md"
    examples = [(readme, code) for _, code in readme_code(readme.read_text(encoding="utf-8"))]
    for path, source in [*generated.python_files(), *examples]:
        tree = ast.parse(source, filename=str(path))
        for character in (*RAW_CONTROLS, *BIDI_CONTROLS):
            assert character not in source, (path, repr(character))
        for node in ast.walk(tree):
            # The payloads appear as text; run, they would call __import__ or os._exit.
            assert not (isinstance(node, ast.Name) and node.id == "__import__"), path
            assert not (isinstance(node, ast.Attribute) and node.attr == "_exit"), path
    tomllib.loads((generated.out / "pyproject.toml").read_text(encoding="utf-8"))
    for name in READ_FILES:
        content = (generated.out / name).read_text(encoding="utf-8")
        for character in (*RAW_CONTROLS, *BIDI_CONTROLS):
            assert character not in content, (name, repr(character))


def test_good_packages_pass_ruff_and_mypy_strict(
    names: Generated,
    text: Generated,
    large: Generated,
    deep: Generated,
    own_checks: Generated,
    tmp_path: Path,
    mypy_cache: str,
) -> None:
    """As ``make lint`` holds the committed targets; one mypy run over every package and its
    tests (copied apart, each ``tests`` renamed after its package)."""
    targets, failures = [], []
    for generated in (names, text, large, deep, own_checks):
        ruff = run_python(
            generated.out, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."
        )
        if ruff.returncode != 0:
            failures.append(f"ruff, {generated.spec.name}:\n{ruff.stdout}{ruff.stderr}")
        copy = tmp_path / generated.package
        shutil.copytree(generated.out, copy)
        (copy / "tests").rename(copy / f"{generated.package}_tests")
        targets += [f"{copy.name}/{generated.package}", f"{copy.name}/{generated.package}_tests"]
    mypy_args = ["-m", "mypy", "--strict", "--cache-dir", mypy_cache, *targets]
    mypy = run_python(tmp_path, *mypy_args, timeout=300)
    if mypy.returncode != 0:
        failures.append(f"mypy --strict:\n{mypy.stdout[-6000:]}{mypy.stderr[-2000:]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("case", GOOD)
def test_generated_package_imports_and_passes_its_own_tests(
    case: str, request: pytest.FixtureRequest
) -> None:
    generated: Generated = request.getfixturevalue(case)
    modules = sorted(
        ".".join(path.relative_to(generated.out).with_suffix("").parts)
        for path, _ in generated.python_files()
        if path.relative_to(generated.out).parts[0] == generated.package
    )
    script = "import importlib, sys\nfor module in sys.argv[1:]: importlib.import_module(module)"
    imported = run_python(generated.out, "-W", "error::UserWarning", "-c", script, *modules)
    assert_not_executed(imported)
    assert imported.returncode == 0, imported.stderr[-3000:]
    tests = run_python(
        generated.out, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error::UserWarning"
    )
    assert_not_executed(tests)
    assert tests.returncode == 0, tests.stdout[-6000:] + tests.stderr[-2000:]
    if case == "large":  # every operation is there, sync and async
        assert f"{2 * LARGE_OPERATIONS} passed" in tests.stdout, tests.stdout[-500:]


# -- round trips: what the spec wrote is what the package holds ------------------------------------

NAMES_PROBE = r"""
import inspect, json, keyword, pathlib, sys, typing
import hostile_names, hostile_names.models as m

spec = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
schemas = spec["components"]["schemas"]

def check_identifiers(names):
    for name in names:
        assert name.isidentifier(), name
        assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name), name

# Body properties: every wire name is a field alias, and validate -> dump gives it back.
properties = schemas["Field"]["properties"]
fields = m.FieldModel.model_fields
check_identifiers(fields)
wire = {name if field.alias is None else field.alias: name for name, field in fields.items()}
assert sorted(set(properties) - set(wire)) == [], sorted(set(properties) - set(wire))
assert len(wire) == len(properties)

def sample(name, schema):
    if "$ref" in schema:
        return {"kind": "class", "nested": {"any": {"Any": "x"}}}.get(name, {"x": name})
    return {"integer": 7, "number": 1.5, "boolean": True}.get(
        schema.get("type"), "2024-01-02" if schema.get("format") == "date" else "v " + name
    )

payload = {name: sample(name, schema) for name, schema in properties.items()}
model = m.FieldModel.model_validate(payload)
assert not model.model_extra, model.model_extra
assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload
again = m.FieldModel.model_validate(model.model_dump(mode="json", by_alias=True))
assert again == model

# What the client sends: a TypedDict whose keys are the wire names, each type resolvable.
keys = set(m.FieldModelParam.__annotations__)
assert keys == set(properties), sorted(keys ^ set(properties))
assert set(typing.get_type_hints(m.FieldModelParam)) == keys

# Enum values that are keywords stay what they are.
assert typing.get_args(m.LiteralModel) == tuple(schemas["Literal"]["enum"])

# Parameters: one keyword argument per parameter and body property, all identifiers.
operation = spec["paths"]["/things/{class}/{2fa-code}/{x-api.key}/{naïve}/{日本}"]
parameters = operation["parameters"] + operation["post"]["parameters"]
client = hostile_names.Client(base_url="http://localhost")
signature = inspect.signature(client.things.create)
check_identifiers(signature.parameters)
extras = {"extra_headers", "extra_query", "extra_body", "timeout"}
assert len(signature.parameters) == len(parameters) + len(properties) + len(extras)
assert extras <= set(signature.parameters)
assert isinstance(client.max_retries, int)
assert callable(client.things.with_raw_response.create)
print("ok")
"""


def test_names_keep_their_wire_form(names: Generated) -> None:
    probe = run_python(names.out, "-W", "error::UserWarning", "-c", NAMES_PROBE, str(names.spec))
    assert_not_executed(probe)
    assert probe.returncode == 0 and probe.stdout.strip() == "ok", probe.stderr[-3000:]


def test_spec_types_never_take_a_runtime_name(names: Generated) -> None:
    models = ast.parse((names.out / names.package / "models.py").read_text(encoding="utf-8"))
    defined = {node.name for node in models.body if isinstance(node, ast.ClassDef)} | {
        target.id
        for node in models.body
        if isinstance(node, ast.AnnAssign | ast.Assign)  # a TypeAlias; a TypedDict call
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    for runtime in ("Client", "AsyncClient", "Stream", "BaseModel", "Field", "Literal", "Any"):
        assert runtime not in defined
        assert runtime + "Model" in defined, runtime
    assert not defined & naming.RESERVED_TYPE_NAMES


def test_names_the_generated_modules_import_are_reserved(names: Generated) -> None:
    """Whatever a template imports, a spec name that would shadow it is renamed: PascalCase
    names in every module that also holds spec types, lower-case ones where spec names become
    arguments (resources) or fields (models)."""
    package = names.out / names.package
    modules = {
        "models": [package / "models.py"],
        "resources": sorted((package / "resources").glob("*.py")),
        "other": [package / "_client.py", *sorted((names.out / "tests").glob("test_*.py"))],
    }
    for kind, paths in modules.items():
        for path in paths:
            for name in _imported_names(path, names.package):
                if name[:1].isupper() and not name.isupper():
                    assert naming.type_name(name) != name, (path.name, name)
                elif name.islower() and kind == "resources":
                    assert naming.python_identifier(name, RESERVED_ARGUMENTS) != name, name
                elif name.islower() and kind == "models":
                    assert naming.python_identifier(name, naming.MODEL_ATTRIBUTES) != name, name


def _imported_names(path: Path, package: str) -> set[str]:
    """Names bound by the module's imports, less the spec's own types and resources."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if source == "__future__" or source.endswith("models") or "resources" in source:
                continue
            if path.parent.name == "resources" and node.level == 1:
                continue  # the sibling resource modules
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names - {package}


TEXT_PROBE = r"""
import inspect, json, pathlib, sys, typing
import hostile_text, hostile_text.models as m

spec = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
schemas = spec["components"]["schemas"]

def same(found, text):
    # The IR strips a text's ends; a docstring is re-indented in the source, which cleandoc
    # undoes on both sides.
    found, text = inspect.cleandoc(found), inspect.cleandoc(text.strip())
    where = next((i for i, pair in enumerate(zip(found, text)) if pair[0] != pair[1]), None)
    where = min(len(found), len(text)) if where is None else where
    assert found == text, (where, found[where - 40 : where + 40], text[where - 40 : where + 40])

same(m.EchoRequest.__doc__, schemas["EchoRequest"]["description"])
same(m.EchoResponse.__doc__, schemas["EchoResponse"]["description"])
same(m.Error.__doc__, schemas["Error"]["description"])
request = schemas["EchoRequest"]["properties"]
same(m.EchoRequest.model_fields["text"].description, request["text"]["description"])
same(m.EchoRequest.model_fields["count"].description, request["count"]["description"])
response = schemas["EchoResponse"]["properties"]
same(m.EchoResponse.model_fields["text"].description, response["text"]["description"])
assert typing.get_args(m.Mode) == tuple(dict.fromkeys(schemas["Mode"]["enum"]))
assert typing.get_args(m.Level) == tuple(schemas["Level"]["enum"])
assert typing.get_args(m.EchoRequest.model_fields["kind"].annotation) == (request["kind"]["const"],)
info = spec["info"]
assert hostile_text.__doc__.startswith(info["title"].strip())
assert info["title"].strip() in m.__doc__

client = hostile_text.Client(api_key="k", base_url="http://localhost")
methods = [
    getattr(client.echo, name) for name in dir(client.echo)
    if not name.startswith("_") and name != "with_raw_response"
]
assert len(methods) == 1, methods
operation = spec["paths"]["/echo/{id}"]["post"]
doc = methods[0].__doc__
assert operation["summary"].strip() in doc and operation["description"].strip() in doc

# A response full of hostile text parses back to the same text.
wire = {"text": schemas["EchoResponse"]["properties"]["text"]["example"], "mode": "c\nd"}
assert m.EchoResponse.model_validate(wire).model_dump(by_alias=True, exclude_unset=True) == wire
print("ok")
"""


def test_texts_reach_the_package_unchanged(text: Generated) -> None:
    probe = run_python(text.out, "-W", "error::UserWarning", "-c", TEXT_PROBE, str(text.spec))
    assert_not_executed(probe)
    assert probe.returncode == 0 and probe.stdout.strip() == "ok", probe.stderr[-3000:]


# -- the bad cases ------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, bytes | None]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in sorted(root.rglob("*"))
    }


def refused(folder: Path, spec: str, timeout: float = 30) -> tuple[str, str]:
    """Run a bad case in ``folder``; the (pointer, message) of its single error line, after
    checking the exit status, the one line and that the folder was left as it was."""
    before = snapshot(folder)
    result = run_generator(
        folder, "generate", spec, "--out", "out", "--package", "p", timeout=timeout
    )
    assert_not_executed(result)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == EXIT_BAD_INPUT, (result.returncode, result.stderr)
    assert result.stdout == ""
    assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, repr(result.stderr)
    line = result.stderr[:-1]
    assert line.isprintable(), repr(line)  # no raw CR, ESC, U+2028... that a terminal would obey
    assert line.startswith(f"error: {spec}#"), line
    pointer, separator, message = line[len(f"error: {spec}#") :].partition(": ")
    assert separator and message.strip(), line
    assert pointer == "" or pointer.startswith("/"), line
    assert snapshot(folder) == before
    return pointer, message


BAD = {
    # file: (fragments of the pointer, fragments of the message)
    "ref_cycle.yaml": (("/components/schemas/",), ("cycle",)),
    "ref_self.json": (("/components/schemas/Loop",), ("cycle",)),
    "remote_ref.yaml": (
        ("/components/schemas/Thing/properties/owner/$ref",),
        ("remote", "https://example.com/schemas.json"),
    ),
    "alias_bomb.yaml": ((), ("alias",)),
    "surrogate.yaml": (("/info/title",), ()),
    "pointer_injection.yaml": (("/components/schemas/Thing/properties/",), ("Nowhere",)),
    "ref_wrong_kind.yaml": (("/components/schemas/Thing",), ("not a parameter",)),
    "yaml_tags.yaml": ((), ("yaml", "tag")),
    "alias_text_bomb.yaml": ((), ("alias", "characters")),
    "duplicate_key.yaml": (("/paths/~1things",), ("duplicate key", "/things")),
    "duplicate_key.json": (("/schema/properties/id",), ("duplicate key", "id")),
    "long_integer.json": (("/parameters/0/schema/maximum",), ("digits",)),
    "not_a_number.yaml": (("/parameters/0/schema/default",), ("NaN",)),
    "server_credentials.yaml": (("/servers/0/url",), ("credentials",)),
    "server_scheme.yaml": (("/servers/0/url",), ("scheme", "javascript")),
    "dunder_method.yaml": (("/paths/~1things/get/x-specgen-method",), ("__init__",)),
}


@pytest.mark.parametrize("file", sorted(BAD))
def test_bad_case_is_one_error_line(file: str, tmp_path: Path) -> None:
    shutil.copy(HOSTILE / file, tmp_path / file)
    pointer, message = refused(tmp_path, file)
    pointer_parts, message_parts = BAD[file]
    for part in pointer_parts:
        assert part in pointer, (pointer, message)
    for part in message_parts:
        assert part.lower() in message.lower(), (pointer, message)
    assert not (tmp_path / "out").exists()


def test_a_bad_case_leaves_a_prefilled_out_folder_byte_for_byte(tmp_path: Path) -> None:
    shutil.copy(HOSTILE / "ref_cycle.yaml", tmp_path / "ref_cycle.yaml")
    (tmp_path / "out" / "p").mkdir(parents=True)
    (tmp_path / "out" / "p" / "models.py").write_bytes(b"# mine, not generated\r\n\x00\xff")
    (tmp_path / "out" / "keep.txt").write_bytes(b"keep me")
    refused(tmp_path, "ref_cycle.yaml")  # compares the whole folder before and after


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A TCP server on 127.0.0.1 that records every connection it gets."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(1)
                try:
                    seen.append(connection.recv(1024) or b"<connected>")
                except OSError:
                    seen.append(b"<connected>")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join(timeout=5)
    server.close()


REMOTE_REFS = {
    # kind: (the $ref, a fragment of the message)
    "http": ("http://127.0.0.1:{port}/schemas.json#/components/schemas/Owner", "remote"),
    "https-upper-case": ("HTTPS://127.0.0.1:{port}/schemas.json#/Owner", "remote"),
    "protocol-relative": ("//127.0.0.1:{port}/schemas.json#/Owner", "remote"),
    "file-url": ("file://{outside}/secret.json#/Owner", "remote"),
    "absolute-path": ("{outside}/secret.json#/Owner", ""),
    "outside-the-folder": ("../secret.json#/Owner", "outside"),
    "symbolic-link-outside": ("link.json#/Owner", "outside"),
}


@pytest.mark.parametrize("kind", sorted(REMOTE_REFS))
def test_remote_refs_are_refused_and_never_fetched(
    kind: str, tmp_path: Path, listener: tuple[int, list[bytes]]
) -> None:
    """Each in a schema and as a parameter. The file outside the spec's folder is a FIFO: were it
    opened for reading, the generator would block until the timeout, so it was never read."""
    port, seen = listener
    reference, fragment = REMOTE_REFS[kind]
    ref = reference.format(port=port, outside=tmp_path.as_posix())
    os.mkfifo(tmp_path / "secret.json")
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "link.json").symlink_to(tmp_path / "secret.json")
    document = read_yaml(HOSTILE / "remote_ref.yaml")
    document["components"]["schemas"]["Thing"]["properties"]["owner"] = {"$ref": ref}
    document["paths"]["/things"]["get"]["parameters"] = [{"$ref": ref}]
    write_json(folder / "spec.json", document)
    pointer, message = refused(folder, "spec.json")
    assert pointer.endswith("/$ref"), pointer
    assert ref in message and fragment in message.lower(), message
    assert seen == [], seen


def deep_json(depth: int) -> str:
    """Three operations whose request bodies nest ``depth`` levels: objects, arrays, anyOfs;
    written as text (json.dumps itself would hit the recursion limit)."""
    levels = {
        "objects": ('{"type": "object", "properties": {"a": ', "}}"),
        "arrays": ('{"type": "array", "items": ', "}"),
        "unions": ('{"anyOf": [{"type": "integer"}, ', "]}"),
    }
    paths = []
    for name, (opening, closing) in levels.items():
        schema = opening * depth + '{"type": "string"}' + closing * depth
        paths.append(
            f'"/{name}": {{"post": {{"requestBody": {{"required": true, "content": '
            f'{{"application/json": {{"schema": {schema}}}}}}}, '
            '"responses": {"204": {"description": "none"}}}}'
        )
    return (
        '{"openapi": "3.1.0", "info": {"title": "deep", "version": "1"}, "paths": {'
        + ", ".join(paths)
        + "}}"
    )


def test_schemas_nested_2000_levels_are_refused(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text(deep_json(2000), encoding="utf-8")
    refused(tmp_path, "deep.json")
    nested = "a: " + "{a: " * 2000 + "x" + "}" * 2000
    (tmp_path / "deep.yaml").write_text(f"openapi: 3.0.3\n{nested}\n", encoding="utf-8")
    refused(tmp_path, "deep.yaml")


def test_schemas_nested_200_levels_generate_working_code_or_are_refused(tmp_path: Path) -> None:
    """Past what Python's parser (200 nested brackets) and the generated tests' validators can
    take: refused with one line, or generated as code that parses and whose tests pass."""
    (tmp_path / "deep.json").write_text(deep_json(200), encoding="utf-8")
    result = run_generator(tmp_path, "generate", "deep.json", "--out", "out", "--package", "deep")
    assert_not_executed(result)
    assert "Traceback" not in result.stderr
    if result.returncode == EXIT_BAD_INPUT:
        refused(tmp_path, "deep.json")  # again, checking the line and the untouched folder
        return
    assert result.returncode == 0, result.stderr
    generated = Generated(tmp_path / "deep.json", tmp_path / "out", "deep")
    for path, source in generated.python_files():
        ast.parse(source, filename=str(path))
    tests = run_python(generated.out, "-m", "pytest", "-q", "-p", "no:cacheprovider")
    assert tests.returncode == 0, tests.stdout[-3000:]
