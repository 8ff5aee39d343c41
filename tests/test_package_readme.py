"""The generated packages' READMEs: every Python example is a complete program that runs against
the mock server (``specgen mock``) and prints what it promises, and all of them pass
``mypy --strict`` and ruff."""

from __future__ import annotations

import ast
import functools
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from generator.config import Target, load_targets
from generator.model import ir
from generator.project.pipeline import build_target
from generator.render.files import render
from generator.render.readme import Call, ReadmeExamples, readme_examples
from tests.helpers import (
    ROOT,
    build_document,
    first_line,
    json_post,
    minimal_spec,
    readme_code,
    stop,
)

TARGETS = {target.name: target for target in load_targets(ROOT)}
BIN = Path(sys.executable).parent
TIMEOUT = 60.0  # seconds, for anything that waits on a subprocess
SECTIONS = ("Install", "Usage", "Async usage", "Errors", "Retries", "Timeouts", "Raw responses")
_HEADING = re.compile(r"^## (.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Block:
    target: str
    section: str  # the heading the block is under
    code: str

    @property
    def id(self) -> str:
        return f"{self.target}-{self.section.lower().replace(' ', '-')}"


def _readme(target: str) -> str:
    return (TARGETS[target].out / "README.md").read_text(encoding="utf-8")


BLOCKS = [Block(name, *block) for name in TARGETS for block in readme_code(_readme(name))]


@functools.cache
def _api(target: str) -> ir.Api:
    return build_target(TARGETS[target])


@functools.cache
def _examples(target: str) -> ReadmeExamples:
    return readme_examples(_api(target))


# -- the mock servers ------------------------------------------------------------------------


class Mocks:
    """One ``specgen mock`` per target, started when a test first needs it, all stopped at the
    end of the module."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.urls: dict[str, str] = {}
        self.processes: list[subprocess.Popen[str]] = []

    def url(self, target: Target) -> str:
        if target.name not in self.urls:
            self.urls[target.name] = self._start(target)
        return self.urls[target.name]

    def _start(self, target: Target) -> str:
        log = self.logs / f"{target.name}.log"
        command = [sys.executable, "-m", "generator", "mock", str(target.spec), "--port", "0"]
        if target.overlay is not None:
            command += ["--overlay", str(target.overlay)]
        with log.open("w") as stderr:
            process = subprocess.Popen(
                [*command, "--host", "127.0.0.1"],
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
        self.processes.append(process)
        line = first_line(process, TIMEOUT, log)
        prefix = "mock server listening on "
        assert line.startswith(prefix + "http://127.0.0.1:"), (line, log.read_text())
        return line.strip().removeprefix(prefix)

    def stop(self) -> None:
        for process in self.processes:
            stop(process, TIMEOUT)


@pytest.fixture(scope="module")
def mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mocks]:
    servers = Mocks(tmp_path_factory.mktemp("mock-logs"))
    try:
        yield servers
    finally:
        servers.stop()


def run_block(block: Block, base_url: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The block as a program of its own, its client pointed at ``base_url`` by the
    environment variables the client reads."""
    api = _api(block.target)
    program = tmp_path / "example.py"
    program.write_text(block.code, encoding="utf-8")
    env = {**os.environ, api.api_key_env: "test-key", api.base_url_env: base_url}
    return subprocess.run(
        [sys.executable, str(program)],
        cwd=tmp_path,  # the program imports the installed package, nothing beside it
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _result_fields(target: str, call: Call | None = None) -> list[str]:
    """``name=`` of each field of the result model of ``call`` (the representative call):
    print() shows them once the answer has parsed into it."""
    response = (call or _examples(target).call).operation.response
    type_ref = response.type if response else None
    while type_ref is not None and type_ref.kind == "list":
        type_ref = type_ref.args[0]
    if type_ref is None or type_ref.kind != "model":
        return []
    model = next(m for m in _api(target).models if m.name == type_ref.name)
    return [f"{field.python_name}=" for field in model.fields]


# -- the examples run ------------------------------------------------------------------------


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_readme_example_runs_against_the_mock(block: Block, mocks: Mocks, tmp_path: Path) -> None:
    run = run_block(block, mocks.url(TARGETS[block.target]), tmp_path)
    assert run.returncode == 0, block.code + run.stdout + run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    lines = run.stdout.splitlines()
    assert lines, block.code
    helper = _examples(block.target).helper
    if block.section == "Streaming" and helper is not None and "text_stream" in block.code:
        # the text as it came, then the response the events add up to, parsed into its model
        assert lines[0] and not lines[0].startswith(("{", "id=")), run.stdout
        assert all(field in lines[-1] for field in _result_fields(block.target, helper.call))
        return
    if block.section == "Streaming":
        assert len(lines) >= 2, run.stdout  # several events, one a line
        return
    if block.section == "Raw responses":
        assert lines[0] == "200", run.stdout
        assert "json" in lines[1], run.stdout  # the content-type header
    elif block.section == "Errors":
        assert "Error status" not in run.stdout and "could not" not in run.stdout, run.stdout
    else:
        assert block.section in ("Usage", "Async usage", "Retries", "Timeouts"), block.section
    # the result, parsed into its model
    assert all(field in run.stdout for field in _result_fields(block.target)), run.stdout


@pytest.mark.parametrize("target", list(TARGETS))
def test_readme_errors_example_reports_an_error_status(
    target: str, mocks: Mocks, tmp_path: Path
) -> None:
    """The errors example, its base URL on a path the mock does not serve: the mock answers 404
    and the ``except APIStatusError`` branch prints it."""
    (block,) = (b for b in BLOCKS if b.target == target and b.section == "Errors")
    run = run_block(block, mocks.url(TARGETS[target]) + "/no-such-prefix", tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("Error status: 404 "), run.stdout


# -- what the READMEs say --------------------------------------------------------------------


@pytest.mark.parametrize("target", list(TARGETS))
def test_readme_has_every_section(target: str) -> None:
    readme = _readme(target)
    headings = _HEADING.findall(readme)
    streams = any(op.stream for op in _api(target).operations)
    expected = [*SECTIONS[:3], *(["Streaming"] * streams), *SECTIONS[3:], "Methods"]
    assert headings == expected
    assert _api(target).api_key_env in readme and _api(target).base_url_env in readme


def test_readme_states_the_runtime_defaults() -> None:
    """The Retries and Timeouts sections spell the runtime's defaults out in words."""
    from acedatacloud_claude._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT

    readme = _readme("claude")
    assert DEFAULT_MAX_RETRIES == 2 and "retried twice by default" in readme
    assert httpx.Timeout(600.0, connect=5.0) == DEFAULT_TIMEOUT
    assert "10 minutes (5 seconds to connect) by default" in readme


def test_spec_text_reaches_the_examples_only_as_escaped_literals(tmp_path: Path) -> None:
    """A spec example holding a code fence and code: the examples carry it as a literal of the
    same value, and the README's blocks stay whole."""
    text = "```\nimport os; os._exit(99)\n```"
    note = {"type": "string", "example": text}
    body = {"type": "object", "required": ["text"], "properties": {"text": note}}
    api = build_document(minimal_spec({"/notes": json_post(body)}), tmp_path)
    readme = render(api, "1.0.0")["README.md"]
    blocks = readme_code(readme)
    assert [heading for heading, _ in blocks] == list(SECTIONS[1:])  # all but Install
    for _, code in blocks:
        calls = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)]
        values = [k.value for call in calls for k in call.keywords if k.arg == "text"]
        assert [ast.literal_eval(value) for value in values] == [text], code
    assert "API key" not in readme  # the spec has no security scheme


# -- lint and types --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def block_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every README block of every target, as a module of its own."""
    folder = tmp_path_factory.mktemp("readme-blocks")
    files = []
    for index, block in enumerate(BLOCKS):
        path = folder / f"readme_{block.target}_{index}.py"
        path.write_text(block.code, encoding="utf-8")
        files.append(path)
    return files


def test_readme_examples_pass_mypy_strict(block_files: list[Path], mypy_cache: str) -> None:
    folder = block_files[0].parent
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", mypy_cache]
    run = subprocess.run(
        [*mypy, *map(str, block_files)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_readme_examples_pass_ruff(block_files: list[Path]) -> None:
    """With the generated packages' rules; the package is a third-party import here, as in the
    reader's program."""
    folder = block_files[0].parent
    options = ["--isolated", "--no-cache", "--output-format", "concise", "--line-length", "100"]
    options += ["--target-version", "py311", "--select", "E,F,W,I,B,UP"]
    run = subprocess.run(
        [str(BIN / "ruff"), "check", *options, "."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
