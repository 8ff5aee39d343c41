"""Spec input that parsed but went wrong later (issue 15): keys written twice, amplification by
YAML aliases and by wide schemas, numbers Python or JSON cannot hold, generated packages that
failed their own checks, and spec text that does not run but still harms a reader.

In process: spec text in, the loader's error or the built IR and rendered files out. The corpus
(tests/test_hostile_corpus.py, fixtures/hostile) runs the same attacks through the command line
and the generated packages through ruff, mypy and their own tests.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.config import Target
from generator.errors import SpecError, SpecErrors
from generator.model import ir
from generator.model.build import build_api
from generator.project.inspection import render_text, report
from generator.project.output import diff_trees
from generator.render.examples import Examples
from generator.render.files import render
from generator.render.imports import Imports
from generator.render.testcases import operation_cases
from generator.spec.load import load_spec, read_document
from tests.helpers import build_document, invoke_generator, json_post, minimal_spec

EXIT_BAD_INPUT = 2
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
# What must never reach a generated file raw: controls a terminal obeys, line separators, bidi.
UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI}]")
PUNCTUATION = "!#$%&()*+,-.:;<=>?@[]^`{|}~"


def read_text(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def refused(tmp_path: Path, name: str, text: str) -> SpecError:
    """The one error reading ``text`` (as the file ``name``) raises."""
    with pytest.raises(SpecError) as caught:
        read_text(tmp_path, name, text)
    return caught.value


def build_yaml(tmp_path: Path, text: str) -> ir.Api:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    target = Target("t", spec, None, "pkg", "pkg", tmp_path / "out")
    return build_api(load_spec(spec), target)


def build_refused(tmp_path: Path, document: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as caught:
        build_document(document, tmp_path)
    return caught.value


def spelled(index: int) -> str:
    """A distinct string of punctuation for each index: no letter, no digit."""
    text = ""
    while True:
        text += PUNCTUATION[index % len(PUNCTUATION)]
        index //= len(PUNCTUATION)
        if not index:
            return text


def rendered(api: ir.Api) -> dict[str, str]:
    return render(api, "0.1.0")


# -- 11: a key written twice --------------------------------------------------------------------


def test_repeated_keys_in_json_are_refused_one_line_each(tmp_path: Path) -> None:
    """The parser keeps the last value: GET /a vanished, exit 0. Now each repeated key is a
    line of its own, at its pointer, and nothing is written."""
    get = '{"responses": {"200": {"description": "ok"}}}'
    text = (
        '{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {'
        f'"/a": {{"get": {get}}}, "/a": {{"post": {get}}}, '
        f'"/b": {{"get": {get}, "parameters": [{{"name": "x", "name": "y", "in": "query"}}]}}'
        "}}"
    )
    (tmp_path / "spec.json").write_text(text, encoding="utf-8")
    result = invoke_generator(tmp_path, "generate", "spec.json", "--out", "out", "-q")
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    assert result.stderr.splitlines() == [
        "error: spec.json#/paths/~1a: duplicate key '/a'",
        "error: spec.json#/paths/~1b/parameters/0/name: duplicate key 'name'",
    ]
    assert not (tmp_path / "out").exists()


def test_repeated_keys_in_yaml_are_refused(tmp_path: Path) -> None:
    text = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get: {responses: {"200": {description: ok}}}
  /a:
    post: {responses: {"200": {description: ok}}}
"""
    error = refused(tmp_path, "spec.yaml", text)
    assert (error.pointer, error.message) == ("/paths/~1a", "duplicate key '/a'")


def test_yaml_keys_that_json_spells_alike_are_repeated_keys(tmp_path: Path) -> None:
    """``200`` and ``"200"`` are two keys to YAML, one once written as JSON."""
    text = 'responses:\n  200: {description: a}\n  "200": {description: b}\n'
    error = refused(tmp_path, "spec.yaml", text)
    assert (error.pointer, error.message) == ("/responses/200", "duplicate key '200'")


def test_several_repeated_keys_are_all_reported(tmp_path: Path) -> None:
    text = "a: 1\nb: {x: 1, x: 2}\na: 2\nc: [{y: 1, y: 2}]\n"
    with pytest.raises(SpecErrors) as caught:
        read_text(tmp_path, "spec.yaml", text)
    assert [(e.pointer, e.message) for e in caught.value.errors] == [
        ("/a", "duplicate key 'a'"),
        ("/b/x", "duplicate key 'x'"),
        ("/c/0/y", "duplicate key 'y'"),
    ]


def test_yaml_merge_keys_are_overridden_not_repeated(tmp_path: Path) -> None:
    text = "base: &base {a: 1, b: 2}\nuse:\n  <<: *base\n  b: 3\n"
    assert read_text(tmp_path, "spec.yaml", text)["use"] == {"a": 1, "b": 3}


# -- 12: amplification -------------------------------------------------------------------------


def test_yaml_aliases_are_bounded_by_the_text_they_add(tmp_path: Path) -> None:
    """Within the alias and node bounds (200 aliases, 10,100 nodes), 20 MB of text from a file
    of 3 KB: measured on the graph, refused before anything is expanded."""
    a = "lol" * 700
    b = "[" + ", ".join(["*a"] * 100) + "]"
    c = "[" + ", ".join(["*b"] * 100) + "]"
    text = f'x-a: &a "{a}"\nx-b: &b {b}\nx-c: &c {c}\n'
    started = time.perf_counter()
    error = refused(tmp_path, "spec.yaml", text)
    assert time.perf_counter() - started < 10  # milliseconds today; expanded, minutes
    assert "characters" in error.message and "alias" in error.message, error.message


def test_yaml_aliases_are_counted_with_either_parser(tmp_path: Path) -> None:
    text = "x: &x 1\ny: [" + ", ".join(["*x"] * 1001) + "]\n"
    assert "more than 1000 YAML aliases" in refused(tmp_path, "spec.yaml", text).message


@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_nesting_is_bounded_whichever_parser_reads_it(suffix: str, tmp_path: Path) -> None:
    """libyaml nests without Python's recursion: the bound is the checker's, for both."""
    depth = 400
    text = '{"a": ' * depth + "1" + "}" * depth
    if suffix == "yaml":
        text = "a: " + "{a: " * depth + "1" + "}" * depth + "\n"
    assert "nest" in refused(tmp_path, f"spec.{suffix}", text).message


def test_names_colliding_as_identifiers_stay_short(tmp_path: Path) -> None:
    """3,000 properties whose names have no letter (all ``field`` as identifiers): each took
    the last name plus ``_``, 3,000 characters at the end, and time growing with the square."""
    count = 3000
    properties = {spelled(i): {"type": "string"} for i in range(count)}
    schema = {"type": "object", "properties": properties}
    started = time.perf_counter()
    api = build_document(minimal_spec({"/x": json_post(schema)}), tmp_path)
    assert time.perf_counter() - started < 30  # about 2 s; quadratic, about 15 s
    fields = api.models[0].fields
    arguments = api.operations[0].arguments
    for names in ({f.python_name for f in fields}, {a.python_name for a in arguments}):
        assert len(names) == count
        assert max(map(len, names)) <= len(f"value_body_{count}")  # with the place


def test_type_names_colliding_stay_short(tmp_path: Path) -> None:
    """300 enums named alike (``e0``, ``e-0``, ``e.0``...): the last resort added ``Alt`` once
    per clash, ``AltAltAlt...`` 900 characters long."""
    properties = {
        f"e{spelled(i)}0": {"type": "string", "enum": [f"a{i}", f"b{i}"]} for i in range(300)
    }
    document = minimal_spec({"/x": json_post({"type": "object", "properties": properties})})
    api = build_document(document, tmp_path)
    names = [enum.name for enum in api.enums]
    assert len(set(names)) == 300
    assert max(map(len, names)) < 60, max(names, key=len)


@pytest.mark.parametrize(
    ("schema", "at"),
    [
        ({"type": "string", "enum": [f"v{i}" for i in range(10_001)]}, "/enum"),
        (
            {"type": "object", "properties": {f"p{i}": {"type": "string"} for i in range(10_001)}},
            "/properties",
        ),
        ({"anyOf": [{"type": "string", "enum": [f"v{i}"]} for i in range(10_001)]}, "/anyOf"),
    ],
)
def test_schemas_wider_than_the_bound_are_refused(
    schema: dict[str, Any], at: str, tmp_path: Path
) -> None:
    """Black's time grows faster than one statement's length: a 100,000-value enum took
    minutes, a million did not finish. Past 10,000 members, one line instead."""
    error = build_refused(tmp_path, minimal_spec({"/x": json_post(schema)}))
    assert error.pointer.endswith("/requestBody/content/application~1json/schema" + at)
    assert "10,001" in error.message and "at most 10,000" in error.message


def test_an_operation_with_too_many_parameters_is_refused(tmp_path: Path) -> None:
    parameters = [
        {"name": f"q{i}", "in": "query", "schema": {"type": "string"}} for i in range(10_001)
    ]
    operation = {"parameters": parameters, "responses": {"204": {"description": "none"}}}
    error = build_refused(tmp_path, minimal_spec({"/x": {"get": operation}}))
    assert error.pointer == "/paths/~1x/get/parameters" and "10,001" in error.message


def test_a_wide_enum_within_the_bound_builds(tmp_path: Path) -> None:
    schema = {"type": "string", "enum": [f"v{i}" for i in range(10_000)]}
    body = {"type": "object", "required": ["e"], "properties": {"e": schema}}
    api = build_document(minimal_spec({"/x": json_post(body)}), tmp_path)
    assert len(api.enums[0].values) == 10_000


# -- 13: numbers --------------------------------------------------------------------------------


def test_an_integer_too_long_for_python_is_bad_input(tmp_path: Path) -> None:
    """It was Python's ValueError, exit 3."""
    document = minimal_spec({"/x": {"get": {"responses": {"204": {"description": "none"}}}}})
    text = json.dumps({**document, "x-big": "BIG"}).replace('"BIG"', "9" * 5000)
    (tmp_path / "spec.json").write_text(text, encoding="utf-8")
    result = invoke_generator(tmp_path, "generate", "spec.json", "--out", "out", "-q")
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    assert result.stderr == "error: spec.json#/x-big: an integer of more than 4,300 digits\n"


@pytest.mark.parametrize("spelling", ["9" * 5000, "0x" + "f" * 4000, "-1_" + "0" * 4400])
def test_yaml_integers_too_long_are_refused_at_their_place(spelling: str, tmp_path: Path) -> None:
    """Hexadecimal ones convert fast, but not back to decimal text."""
    error = refused(tmp_path, "spec.yaml", f"a: [1, {spelling}]\n")
    assert (error.pointer, error.message) == ("/a/1", "an integer of more than 4,300 digits")


def test_an_integer_of_4300_digits_is_kept(tmp_path: Path) -> None:
    assert read_text(tmp_path, "spec.json", '{"a": ' + "9" * 4300 + "}")["a"] == 10**4300 - 1


# -- 14: generated packages that failed their own checks ----------------------------------------


@pytest.mark.parametrize(
    ("suffix", "text", "at", "spelling"),
    [
        ("json", '{"a": {"default": NaN}}', "/a/default", "NaN"),
        ("json", '{"a": [Infinity]}', "/a/0", "Infinity"),
        ("json", '{"a": -Infinity}', "/a", "-Infinity"),
        ("json", '{"a": 1e999}', "/a", "Infinity"),
        ("yaml", "a: {default: .nan}\n", "/a/default", "NaN"),
        ("yaml", "a: [-.inf]\n", "/a/0", "-Infinity"),
    ],
)
def test_numbers_json_cannot_spell_are_refused(
    suffix: str, text: str, at: str, spelling: str, tmp_path: Path
) -> None:
    """``default: NaN`` reached api.json and request_schemas.json as ``NaN``: no JSON."""
    error = refused(tmp_path, f"spec.{suffix}", text)
    assert (error.pointer, error.message.split()[0]) == (at, spelling)


def test_resources_are_in_the_order_ruff_sorts_their_imports(tmp_path: Path) -> None:
    """``item_10`` sorted before ``item_2``: ruff's isort (natural order) refused _client.py
    and resources/__init__.py (I001)."""
    get = {"get": {"responses": {"204": {"description": "none"}}}}
    api = build_document(minimal_spec({"/item1": get, "/item2": get, "/item10": get}), tmp_path)
    assert [resource.name for resource in api.resources] == ["item_1", "item_2", "item_10"]
    out = tmp_path / "pkg"
    for path, text in rendered(api).items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text, encoding="utf-8")
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "I", "."],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def test_imports_sort_modules_naturally() -> None:
    imports = Imports(depth=1)
    for module in (".resources.item_10", ".resources.item_2", ".resources.item_1"):
        imports.name(module, "X")
    assert [line.split()[1] for line in imports.lines()] == [
        ".resources.item_1",
        ".resources.item_2",
        ".resources.item_10",
    ]


def test_a_number_enum_sends_a_member(tmp_path: Path) -> None:
    """``[0.5, 1.5]`` is typed ``float`` (``Literal`` holds no float); the generated test sent
    ``1``, which the spec's enum refuses."""
    properties = {
        "scale": {"type": "number", "enum": [0.5, 1.5]},
        "huge": {"type": "integer", "enum": [2**70, 2**71]},
        "mixed": {"enum": ["a", 0.25]},
    }
    body = {"type": "object", "required": list(properties), "properties": properties}
    api = build_document(minimal_spec({"/x": json_post(body)}), tmp_path)
    (case,) = operation_cases(api)
    assert case.request_body == {"scale": 0.5, "huge": 2**70, "mixed": "a"}
    assert dict(case.arguments)["scale"] == "0.5"
    field = next(f for f in api.models[0].fields if f.name == "scale")
    examples = Examples(api)
    assert not examples.fits(field.type, 1) and examples.fits(field.type, 1.5)


def test_patterns_python_cannot_compile_are_left_out(tmp_path: Path) -> None:
    """The generated tests check bodies with jsonschema, which failed on ``[unclosed``."""
    properties = {
        "unclosed": {"type": "string", "pattern": "[unclosed"},
        "ecma": {"type": "string", "pattern": "^\\p{L}+$"},
        "kept": {"type": "string", "pattern": "^[a-z]+$"},
    }
    body = {"type": "object", "properties": properties}
    api = build_document(minimal_spec({"/x": json_post(body)}), tmp_path)
    (op,) = api.operations
    schema: Any = op.request_schema
    jsonschema.Draft202012Validator.check_schema(schema)
    patterns = {name: p.get("pattern") for name, p in schema["properties"].items()}
    assert patterns == {"unclosed": None, "ecma": None, "kept": "^[a-z]+$"}
    constraints = {a.name: a.type.constraints.pattern for a in op.arguments}
    assert constraints == patterns


@pytest.mark.parametrize(
    "method",
    [
        "things.__init__",
        "things._client",
        "__class__.list",
        "things.class",
        "things.with_raw_response",
        "close.list",
        "things.max_response_bytes",
    ],
)
def test_method_names_the_client_uses_are_refused(method: str, tmp_path: Path) -> None:
    """``__init__`` replaced the resource's own (ruff F811, every call failed); a keyword is
    no ``def``."""
    operation = {METHOD: method, "responses": {"204": {"description": "none"}}}
    error = build_refused(tmp_path, minimal_spec({"/things": {"get": operation}}))
    assert error.pointer == f"/paths/~1things/get/{METHOD}", error


METHOD = "x-specgen-method"


def test_a_method_name_of_its_own_is_kept(tmp_path: Path) -> None:
    operation = {METHOD: "things.fetch_all", "responses": {"204": {"description": "none"}}}
    api = build_document(minimal_spec({"/things": {"get": operation}}), tmp_path)
    assert api.operations[0].id == "things.fetch_all"


# -- 15: text that does not run but still harms --------------------------------------------------

HOSTILE_TEXT = (
    "T <!-- hidden `x` | [link](javascript:alert(1)) <script>x</script> \x1b[2J \u202eevil"
)


def hostile_document() -> dict[str, Any]:
    """Markdown, HTML, terminal escapes and bidi controls in every slot spec text reaches."""
    schema = {
        "type": "object",
        "description": HOSTILE_TEXT,
        "required": ["kind"],
        "properties": {
            "kind": {"type": "string", "enum": [f"a{BIDI}", "b"], "description": HOSTILE_TEXT},
            f"name{BIDI}": {"type": "string", "example": f"x{BIDI}\u2028"},
        },
    }
    operation = json_post(schema, schema)
    operation["post"]["summary"] = HOSTILE_TEXT
    operation["post"]["description"] = f"# heading\n\n<!-- {BIDI}"
    document = minimal_spec({f"/things/{BIDI}|`\x1b[31m": operation})
    document["info"] = {"title": HOSTILE_TEXT, "version": HOSTILE_TEXT, "description": "a\n#b"}
    return document


def test_readme_shows_spec_text_as_text(tmp_path: Path) -> None:
    """An unclosed ``<!--`` in the title hid the rest of the README; now every character of
    Markdown's or HTML's syntax is escaped, and the table keeps its columns."""
    readme = rendered(build_document(hostile_document(), tmp_path))["README.md"]
    prose = "\n".join(line for line in readme.splitlines() if not line.startswith(("|", "    ")))
    assert re.search(r"(?<!\\)[<`\[]!?-?-?[a-z ]", prose.split("## Install")[0]) is None
    assert "\\<\\!-- hidden" in readme and "\\<script\\>" in readme
    for heading in ("## Install", "## Usage", "## Errors", "## Methods"):
        assert heading in readme
    (row,) = [line for line in readme.splitlines() if line.startswith("| `client.")]
    assert len(re.split(r"(?<!\\)\|", row)) == 5, row  # four columns' edges: no cell split


def test_no_generated_file_holds_a_control_raw(tmp_path: Path) -> None:
    """Bidi controls reached docstrings raw (Trojan Source: the code reads otherwise than it
    runs), and README.md, api.md and pyproject.toml; a terminal showing a diff of them obeyed
    ESC. Docstrings still hold the same text: the escapes mean the characters."""
    api = build_document(hostile_document(), tmp_path)
    files = rendered(api)
    for path, text in files.items():
        if path != "tests/request_schemas.json":  # see the test below
            assert UNSAFE.search(text) is None, (path, UNSAFE.search(text))
    model = ast.parse(files["pkg/models.py"]).body
    classes = [node for node in model if isinstance(node, ast.ClassDef)]
    assert ast.get_docstring(classes[0], clean=False) == HOSTILE_TEXT
    assert "pyproject.toml" in files and "README.md" in files
    shown = {path: text for path, text in files.items() if path != "tests/request_schemas.json"}
    assert UNSAFE.search(diff_trees(shown, {}, "out")) is None  # what check would print


def test_request_schemas_json_holds_no_control_raw(tmp_path: Path) -> None:
    files = rendered(build_document(hostile_document(), tmp_path))
    assert UNSAFE.search(files["tests/request_schemas.json"]) is None


def test_inspect_shows_terminal_escapes_as_text(tmp_path: Path) -> None:
    """A path key holding ESC or U+202E moved the terminal's cursor or reordered the line."""
    text = render_text([report(build_document(hostile_document(), tmp_path), "t")])
    assert UNSAFE.search(text) is None
    assert "\\x1b[31m" in text and "\\u202e" in text


@pytest.mark.parametrize(
    ("server", "fragment"),
    [
        ({"url": "https://admin:secret@api.example.com/v1"}, "credentials"),
        ({"url": "https://token@api.example.com"}, "credentials"),
        ({"url": "javascript:alert(1)"}, "'javascript'"),
        ({"url": "file:///etc/passwd"}, "'file'"),
        (
            {"url": "https://{who}api.example.com", "variables": {"who": {"default": "a:b@"}}},
            "credentials",
        ),
    ],
)
def test_a_server_url_unfit_for_a_default_is_refused(
    server: dict[str, Any], fragment: str, tmp_path: Path
) -> None:
    """It became DEFAULT_BASE_URL in a published package (and the README's default)."""
    get = {"get": {"responses": {"204": {"description": "none"}}}}
    error = build_refused(tmp_path, {**minimal_spec({"/x": get}), "servers": [server]})
    assert error.pointer == "/servers/0/url" and fragment in error.message, error


@pytest.mark.parametrize(
    ("url", "base"),
    [("https://api.example.com/v1/", "https://api.example.com/v1"), ("/v1", "/v1")],
)
def test_http_and_relative_server_urls_are_kept(url: str, base: str, tmp_path: Path) -> None:
    get = {"get": {"responses": {"204": {"description": "none"}}}}
    api = build_document({**minimal_spec({"/x": get}), "servers": [{"url": url}]}, tmp_path)
    assert api.base_url == base


def test_yaml_is_read_by_libyaml_where_pyyaml_has_it(tmp_path: Path) -> None:
    """libyaml reads about ten times faster; PyYAML's own parser still has the last word on
    what libyaml refuses (``\\ud800`` escapes, reported at their place)."""
    error = refused(tmp_path, "spec.yaml", 'info: {title: "lone \\uD800"}\n')
    assert error.pointer == "/info/title" and "surrogate" in error.message
    api = build_yaml(
        tmp_path,
        'openapi: 3.0.3\ninfo: {title: T, version: "1"}\n'
        "paths: {/x: {get: {responses: {'204': {description: none}}}}}\n",
    )
    assert api.operations[0].path == "/x"
