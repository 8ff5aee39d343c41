"""The peer programs (tests/peer_programs/): small programs written as users of the official
openai and anthropic SDKs write them, only the import and the client changed to the generated
Claude client. Here: what each program is, what it prints against ``specgen mock``, and how it
is measured (lines of code, mypy --strict and pyright strict errors, a run against the mock).

``tests/peer_programs/before/`` holds, under the same file names, the shortest programs doing
the same that type-check against the client as generated before issue 16's work: the "before"
of the before/after comparison (``python -m tests.peer_programs.measure`` prints it)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tokenize
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT, first_line, stop

FOLDER = ROOT / "tests" / "peer_programs"
BEFORE = FOLDER / "before"
TIMEOUT = 60.0  # seconds, for one type checker run or one program run
MOCK_PREFIX = "mock server listening on "
# What the programs read: the generated client's own environment variables.
API_KEY_ENV = "ACEDATACLOUD_API_TOKEN"
BASE_URL_ENV = "ACEDATACLOUD_CLAUDE_BASE_URL"


@dataclass(frozen=True)
class Task:
    name: str  # the program's file stem, in tests/peer_programs/ and before/
    title: str
    # Lines the program prints against the mock (its plain, unseeded examples), in order.
    expected: tuple[str, ...]

    @property
    def program(self) -> Path:
        return FOLDER / f"{self.name}.py"

    @property
    def before(self) -> Path:
        return BEFORE / f"{self.name}.py"


MOCK_TEXT = "Hello from the mock server."  # what the mock streams, piece by piece

TASKS: tuple[Task, ...] = (
    Task("chat_completion", "chat completion", ("string",)),
    Task("chat_stream", "streamed chat completion", (MOCK_TEXT,)),
    Task("messages_system", "messages with a system prompt", ("string",)),
    Task("tool_round_trip", "tool round trip", ("no tool call: string",)),
    Task("count_tokens", "count_tokens with create's messages", ("input tokens: 1",)),
    Task(
        "messages_stream_helper",
        "anthropic stream helper",
        (MOCK_TEXT, "stop reason: end_turn", f"final text: {MOCK_TEXT}"),
    ),
    Task(
        "chat_stream_helper",
        "openai stream helper",
        (MOCK_TEXT, f"final: {MOCK_TEXT}", MOCK_TEXT),
    ),
    Task(
        "errors_retries_timeouts",
        "errors, retries, timeouts",
        (
            "answer: string",
            "rate limited (429), try again later",
            "the request timed out",
            "the API could not be reached: Connection error.",
        ),
    ),
    Task(
        "async_stream_cancel",
        "async stream, break and cancel",
        (
            "first stream closed: True",
            "first pieces: ['Hello', ' from']",
            "second stream closed: True",
            "cancelled",
        ),
    ),
    Task("unlisted_model", "a model the spec does not list", ("chat: string", "messages: string")),
)


def lines_of_code(path: Path) -> int:
    """Lines holding code: not blank, not only a comment, not the module's docstring."""
    source = path.read_text(encoding="utf-8")
    lines: set[int] = set()
    at_start = True  # a string before any other code is the docstring
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER):
            continue
        if token.type in (tokenize.INDENT, tokenize.DEDENT):
            continue
        if at_start and token.type == tokenize.STRING:
            at_start = False
            continue
        at_start = False
        lines.update(range(token.start[0], token.end[0] + 1))
    return len(lines)


def mypy_errors(files: Iterable[Path], cache: str) -> dict[Path, list[str]]:
    """mypy --strict's errors in each of ``files``, in one run (the files must have different
    names: each is a top-level module)."""
    files = list(files)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache,
         "--no-error-summary", "--show-absolute-path", *map(str, files)],
        capture_output=True, text=True, timeout=TIMEOUT, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2: mypy itself failed
    errors: dict[Path, list[str]] = {path: [] for path in files}
    for line in result.stdout.splitlines():
        file, _, rest = line.partition(":")
        if ": error: " in rest and Path(file) in errors:
            errors[Path(file)].append(line)
    return errors


def pyright_errors(files: Iterable[Path], config_folder: Path) -> dict[Path, list[str]]:
    """pyright's strict-mode errors in each of ``files``, in one run; its configuration is
    written in ``config_folder``. The generated package is found installed in this Python."""
    files = list(files)
    config = config_folder / "pyrightconfig.json"
    settings = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.11",
        "include": [os.path.relpath(path, config_folder) for path in files],
    }
    config.write_text(json.dumps(settings), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable,
         "-p", str(config)],
        capture_output=True, text=True, timeout=TIMEOUT, cwd=config_folder,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(files), result.stdout + result.stderr
    errors: dict[Path, list[str]] = {path: [] for path in files}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            path = Path(diagnostic["file"])
            line = diagnostic["range"]["start"]["line"] + 1
            errors[path].append(f"{path}:{line}: {diagnostic['message']}")
    return errors


@contextmanager
def mock_server(log: Path) -> Iterator[str]:
    """``specgen mock`` for the claude target on 127.0.0.1, a free port; its base URL."""
    command = [sys.executable, "-m", "generator", "mock", "specs/claude.json"]
    options = ["--overlay", "specs/claude.overlay.yaml", "--port", "0"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [*command, *options],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            line = first_line(process, TIMEOUT, log)
            assert line.startswith(MOCK_PREFIX), (line, log.read_text())
            yield line.strip().removeprefix(MOCK_PREFIX)
        finally:
            stop(process, TIMEOUT)


def run_program(path: Path, base_url: str) -> subprocess.CompletedProcess[str]:
    """One program run as a user runs it, the client configured by environment variables."""
    env = {**os.environ, API_KEY_ENV: "fake-key-for-the-mock", BASE_URL_ENV: base_url}
    return subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=TIMEOUT, env=env
    )


def run_programs(
    paths: Iterable[Path], base_url: str
) -> dict[Path, subprocess.CompletedProcess[str]]:
    """Every program run against ``base_url``, a few at a time (each mostly waits: on imports,
    on the mock's paced streams)."""
    paths = list(paths)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = pool.map(lambda path: run_program(path, base_url), paths)
        return dict(zip(paths, results, strict=True))


def printed_in_order(stdout: str, expected: Iterable[str]) -> bool:
    """Each expected line printed, in that order (other lines may come between)."""
    lines = iter(stdout.splitlines())
    return all(any(line.strip() == want for line in lines) for want in expected)
