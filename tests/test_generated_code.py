"""The generated code is exact: every import is used and none is silenced, resources return
precisely typed values without casts, and a program using the SDK type-checks against it."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers import ROOT, invoke_generator

# Type checkers and generator runs in subprocesses: the full suite's, not `make test-fast`'s.
pytestmark = pytest.mark.slow

GENERATED = ROOT / "generated"
PACKAGES = sorted(path.parent for path in GENERATED.glob("*/pyproject.toml"))
CLAUDE = GENERATED / "claude"
# Fixture specs whose packages use what the real ones do not: discriminated unions and other
# non-class response types, deprecated operations, parameter styles, uploads, event streams.
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "features").glob("*.yaml"))


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


def python_files(package: Path) -> list[Path]:
    return sorted(path for path in package.rglob("*.py") if "cache" not in str(path))


@pytest.fixture(scope="module")
def fixture_packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The feature fixtures, generated."""
    root = tmp_path_factory.mktemp("fixtures")
    packages = []
    for spec in FIXTURES:
        name = "fx_" + spec.stem
        out = root / spec.stem
        result = invoke_generator(root, "generate", str(spec), "--out", str(out), "--package", name)
        assert result.returncode == 0, result.stderr
        packages.append(out)
    return packages


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_no_noqa_and_no_cast_in_generated_code(package: Path) -> None:
    for path in python_files(package):
        text = path.read_text(encoding="utf-8")
        assert "noqa" not in text, path
        if path.parent.name == "resources":
            assert 'cast("' not in text and "cast(" not in text, path
            assert "type: ignore" not in text, path


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_every_import_is_used(package: Path) -> None:
    """ruff with the package's own rules (isort's order among them) and F401, any ``noqa``
    ignored: nothing is imported that the module does not use."""
    ruff = run(
        "ruff", "check", "--no-cache", "--ignore-noqa", "--extend-select", "F401", ".",
        cwd=package,
    )  # fmt: skip
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def test_every_import_is_used_in_the_fixture_packages(fixture_packages: list[Path]) -> None:
    sources = "".join(path.read_text() for p in fixture_packages for path in python_files(p))
    assert "pydantic.TypeAdapter[" in sources  # a response type that is not a class
    assert "@deprecated(" in sources
    for package in fixture_packages:
        assert "noqa" not in sources
        ruff = run(
            "ruff", "check", "--no-cache", "--ignore-noqa", "--extend-select", "F401", ".",
            cwd=package,
        )  # fmt: skip
        assert ruff.returncode == 0, ruff.stdout + ruff.stderr


# A program written against the Claude SDK: ``assert_type`` fails on a type that is merely
# compatible (``Any`` is compatible with everything), so the calls must be typed exactly.
USER_PROGRAM = """
from typing import Final, assert_type

from acedatacloud_claude import AsyncClient, Client
from acedatacloud_claude._response import APIResponse
from acedatacloud_claude._streaming import AsyncStream, Stream
from acedatacloud_claude.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessageParam,
    Message,
    MessageParam,
    MessageStreamEvent,
    MessageTokensCount,
)

MODEL: Final = "claude-sonnet-4-6"
MESSAGES: list[MessageParam] = [{"role": "user", "content": "Hello"}]
CHAT: list[ChatCompletionMessageParam] = []


def call(client: Client, flag: bool) -> None:
    m: Message = client.messages.create(model=MODEL, max_tokens=256, messages=MESSAGES)
    s: Stream[MessageStreamEvent] = client.messages.create(
        model=MODEL, max_tokens=256, messages=MESSAGES, stream=True
    )
    assert_type(m, Message)
    assert_type(s, Stream[MessageStreamEvent])
    assert_type(
        client.messages.create(model=MODEL, max_tokens=256, messages=MESSAGES, stream=False),
        Message,
    )
    assert_type(
        client.messages.create(model=MODEL, max_tokens=256, messages=MESSAGES, stream=flag),
        Message | Stream[MessageStreamEvent],
    )
    assert_type(
        client.messages.count_tokens(
            model=MODEL, messages=[{"role": "user", "content": "Hi"}]
        ),
        MessageTokensCount,
    )
    assert_type(
        client.messages.with_raw_response.create(model=MODEL, max_tokens=256, messages=MESSAGES),
        APIResponse[Message],
    )
    raw = client.messages.with_raw_response.create(
        model=MODEL, max_tokens=256, messages=MESSAGES, stream=True
    )
    assert_type(raw.parse(), Stream[MessageStreamEvent])
    with client.messages.create(
        model=MODEL, max_tokens=256, messages=MESSAGES, stream=True
    ) as events:
        for event in events:
            assert_type(event, MessageStreamEvent)
    assert_type(
        client.chat.completions.create(model=MODEL, messages=CHAT, stream=True),
        Stream[ChatCompletionChunk],
    )
    assert_type(client.chat.completions.create(model=MODEL, messages=CHAT), ChatCompletion)


async def call_async(client: AsyncClient) -> None:
    assert_type(
        await client.messages.create(model=MODEL, max_tokens=256, messages=MESSAGES), Message
    )
    assert_type(
        await client.messages.create(model=MODEL, max_tokens=256, messages=MESSAGES, stream=True),
        AsyncStream[MessageStreamEvent],
    )
    raw = await client.messages.with_raw_response.count_tokens(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}]
    )
    assert_type(raw.parse(), MessageTokensCount)
"""

# Each of these must be refused: a stream is not a Message, nor a Message a stream.
WRONG_PROGRAM = """
from acedatacloud_claude import Client
from acedatacloud_claude._streaming import Stream
from acedatacloud_claude.models import Message, MessageParam, MessageStreamEvent

MESSAGES: list[MessageParam] = [{"role": "user", "content": "Hello"}]


def call(client: Client) -> None:
    s: Stream[MessageStreamEvent] = client.messages.create(
        model="m", max_tokens=1, messages=MESSAGES
    )
    m: Message = client.messages.create(model="m", max_tokens=1, messages=MESSAGES, stream=True)
"""


def mypy_on(program: str, tmp_path: Path, cache: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "program.py").write_text(textwrap.dedent(program), encoding="utf-8")
    return run(
        "mypy", "--strict", "--cache-dir", cache, "program.py",
        cwd=tmp_path, env={"MYPYPATH": str(CLAUDE)},
    )  # fmt: skip


def test_a_program_using_the_sdk_gets_precise_types_from_mypy(
    tmp_path: Path, mypy_cache: str
) -> None:
    mypy = mypy_on(USER_PROGRAM, tmp_path, mypy_cache)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


def test_mypy_refuses_a_stream_taken_for_a_message(tmp_path: Path, mypy_cache: str) -> None:
    mypy = mypy_on(WRONG_PROGRAM, tmp_path, mypy_cache)
    assert mypy.returncode == 1, mypy.stdout + mypy.stderr
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, mypy.stdout
    assert all("Incompatible types in assignment" in line for line in errors), mypy.stdout


# pyright is not a dependency of the toolkit: these run where it is installed.
needs_pyright = pytest.mark.skipif(
    importlib.util.find_spec("pyright") is None, reason="pyright is not installed"
)


def pyright_strict(config_folder: Path, *roots: Path, extra: tuple[Path, ...] = ()) -> str:
    """pyright's report on every folder of ``roots`` in strict mode, or "" when it finds
    nothing. One run for all (pyright reads the standard library, httpx and pydantic once),
    each root its own execution environment since every package has its own ``tests``; the
    configuration is written in ``config_folder``, never among the generated files."""
    config = config_folder / "pyrightconfig.json"
    relative = [os.path.relpath(root, config_folder) for root in roots]  # as pyright requires
    settings = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "include": relative,
        "executionEnvironments": [
            {"root": root, "extraPaths": [root, *map(str, extra)]} for root in relative
        ],
    }
    config.write_text(json.dumps(settings), encoding="utf-8")
    pyright = run(
        "pyright", "--outputjson", "--pythonpath", sys.executable, "-p", str(config),
        cwd=config_folder,
    )  # fmt: skip
    report = json.loads(pyright.stdout)
    assert report["summary"]["filesAnalyzed"] >= len(roots), pyright.stdout + pyright.stderr
    return "\n".join(
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    )


@needs_pyright
def test_a_program_using_the_sdk_gets_precise_types_from_pyright(tmp_path: Path) -> None:
    program = tmp_path / "program"
    program.mkdir()
    (program / "program.py").write_text(textwrap.dedent(USER_PROGRAM), encoding="utf-8")
    assert pyright_strict(tmp_path, program, extra=(CLAUDE,)) == ""


@needs_pyright
def test_generated_and_fixture_packages_pass_pyright_strict(
    fixture_packages: list[Path], tmp_path: Path
) -> None:
    assert pyright_strict(tmp_path, *PACKAGES, *fixture_packages) == ""


def test_a_resource_says_what_its_methods_do() -> None:
    from acedatacloud_claude.resources.messages import AsyncMessages, Messages

    for resource in (Messages, AsyncMessages):
        assert resource.__doc__ is not None
        lines = [line.strip() for line in resource.__doc__.splitlines()]
        assert lines[0] == "``client.messages``"
        assert "- ``create``: Claude Messages" in lines
        assert "- ``count_tokens``: Claude Messages Count Tokens" in lines
