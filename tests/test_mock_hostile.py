"""The mock server against hostile specs and clients: it starts on every spec the generator
takes, and no single request (a backtracking pattern, a huge or deeply nested body, a client
that stalls) holds it for long. Each test checks the server still answers afterwards."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from acedatacloud_claude import models as generated

from generator.mock import Limits, create_app
from generator.project.pipeline import build_target
from tests.helpers import claude_target, first_line, json_post, minimal_spec, stop

with warnings.catch_warnings():
    # Starlette 1.x asks for httpx2 in its test client, on import; httpx still works.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.slow  # servers in subprocesses

ROOT = Path(__file__).resolve().parent.parent
PATH = "/things"
TIMEOUT = 15.0  # seconds, for anything that waits on a server that may be stuck
REQUEST_TIMEOUT = 1  # the servers' --request-timeout
MAX_BODY = 200_000  # the servers' --max-body-bytes
SLACK = 1.5  # seconds a deadline may overrun on a busy machine
BACKTRACKING = "^(a+)+$"
THING: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "pattern": BACKTRACKING},
        "count": {"type": "integer"},
    },
}


def _write_spec(folder: Path, schema: dict[str, Any]) -> Path:
    """A 3.1 spec with one operation, ``POST /things``, whose JSON body is ``schema``."""
    spec = {**minimal_spec({PATH: json_post(schema)}), "openapi": "3.1.0"}
    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@contextmanager
def _mock(spec: Path) -> Iterator[tuple[str, Path]]:
    """``specgen mock SPEC`` on a free port: its URL, and the file its stderr goes to."""
    log = spec.with_suffix(".log")
    command = [sys.executable, "-m", "generator", "mock", str(spec), "--port", "0"]
    limits = ["--request-timeout", str(REQUEST_TIMEOUT), "--max-body-bytes", str(MAX_BODY)]
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [*command, *limits], cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True
        )
        try:
            line = first_line(process, TIMEOUT, log)
            assert line.startswith("mock server listening on "), log.read_text()
            yield line.strip().removeprefix("mock server listening on "), log
        finally:
            stop(process, TIMEOUT)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The mock of ``POST /things`` taking ``THING``, shared by the tests of requests."""
    with _mock(_write_spec(tmp_path_factory.mktemp("hostile"), THING)) as running:
        yield running


@pytest.fixture(scope="module")
def url(server: tuple[str, Path]) -> str:
    return server[0]


def _post(url: str, body: Any = None, content: bytes | None = None) -> httpx.Response:
    """POST /things, as JSON (``body``) or as raw bytes said to be JSON (``content``)."""
    headers = {"content-type": "application/json"}
    with httpx.Client(base_url=url, timeout=TIMEOUT) as http:
        if content is not None:
            return http.post(PATH, content=content, headers=headers)
        return http.post(PATH, json=body)


def _assert_still_answers(url: str) -> None:
    response = _post(url, {"name": "aaa", "count": 1})
    assert response.status_code == 200, response.text


def _error_message(response: httpx.Response) -> str:
    """The message of the error envelope (the spec documents none: the fallback one)."""
    assert response.headers["content-type"] == "application/json"
    message = response.json()["error"]["message"]
    assert isinstance(message, str)
    return message


# -- specs the generator takes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "body", "warning"),
    [
        pytest.param(
            {"type": "object", "properties": {"name": {"type": "string", "pattern": "(["}}},
            {"name": "anything"},
            None,  # the builder drops a pattern Python cannot compile: nothing left to warn of
            id="invalid-regex",
        ),
        pytest.param(
            {"type": "object", "required": ["a", "a"], "properties": {"a": {"type": "string"}}},
            {"a": "x"},
            "/required: ['a', 'a'] has non-unique elements; repeats dropped",
            id="duplicate-required",
        ),
        pytest.param(
            {"type": "object", "properties": {"a": {"type": []}}},
            {"a": 5},
            "/properties/a/type: [] is not valid under any of the given schemas; not checked",
            id="empty-type-list",
        ),
    ],
)
def test_the_mock_starts_on_schemas_json_schema_refuses(
    tmp_path: Path, schema: dict[str, Any], body: dict[str, Any], warning: str | None
) -> None:
    with _mock(_write_spec(tmp_path, schema)) as (address, log):
        if warning is None:
            assert "warning:" not in log.read_text()
        else:
            assert f"warning: POST {PATH}: request body {warning}\n" in log.read_text()
        assert _post(address, body).status_code == 200
        # Only the keyword at fault is let go: the rest of the schema still holds.
        wrong = _post(address, [])
        assert wrong.status_code == 400
        assert _error_message(wrong) == "$: [] is not of type 'object'"


def test_duplicate_required_names_are_required_once(tmp_path: Path) -> None:
    schema = {"type": "object", "required": ["a", "a"]}
    with _mock(_write_spec(tmp_path, schema)) as (address, _):
        response = _post(address, {})
        assert response.status_code == 400
        assert _error_message(response) == "$: 'a' is a required property"


# -- requests that cost too much ---------------------------------------------------------------


def test_a_backtracking_pattern_is_cut_short(url: str) -> None:
    start = time.monotonic()
    # Without a limit, ^(a+)+$ tries 2**32 ways to split the a's before giving up.
    response = _post(url, {"name": "a" * 32 + "!"})
    assert time.monotonic() - start < 2
    assert response.status_code == 400
    assert "checking the body took over 1.0 s" in _error_message(response)
    _assert_still_answers(url)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"[" * 100_000, "$: the body nests too deeply to read", id="deep"),
        pytest.param(
            b'{"count": ' + b"7" * 5000 + b"}",
            f"$: the body holds an integer of more than {sys.get_int_max_str_digits()} digits",
            id="huge-integer",
        ),
    ],
)
def test_a_body_python_cannot_read_is_a_400(url: str, content: bytes, message: str) -> None:
    response = _post(url, content=content)
    assert response.status_code == 400
    assert _error_message(response) == message
    _assert_still_answers(url)


# -- raw sockets: what a well-behaved client would not send ------------------------------------


def _connect(url: str) -> socket.socket:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return socket.create_connection((parts.hostname, parts.port), timeout=TIMEOUT)


def _head(headers: dict[str, str], end: bool = True) -> bytes:
    """The request line and ``headers`` of a POST /things; ``end``: with the blank line."""
    lines = [f"POST {PATH} HTTP/1.1", "host: mock", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n" + ("\r\n" if end else "")).encode()


def _until_closed(sock: socket.socket, within: float, drip: bytes = b"") -> tuple[float, bytes]:
    """Send ``drip`` a byte every 0.2 s until the server closes the connection: how long that
    took (``within`` when it did not) and what the server sent."""
    start, received = time.monotonic(), b""
    sock.settimeout(0.2)
    for index in range(int(within / 0.2) + 1):
        try:
            if drip:
                sock.sendall(bytes([drip[index % len(drip)]]))
            data = sock.recv(65536)
        except TimeoutError:
            continue
        except (BrokenPipeError, ConnectionResetError):
            return time.monotonic() - start, received
        if not data:
            return time.monotonic() - start, received
        received += data
    return within, received


def _parse(raw: bytes) -> tuple[int, dict[str, str], Any]:
    """Status, headers and JSON body of an HTTP/1.1 response."""
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in header_lines)
    return int(status_line.split()[1]), headers, json.loads(body)


def _assert_error(raw: bytes, status: int, fragment: str) -> None:
    """``raw`` is a ``status`` answer in the error envelope, closing the connection."""
    assert raw, "the server answered nothing"
    code, headers, body = _parse(raw)
    assert code == status, raw
    assert headers["connection"] == "close"
    assert fragment in body["error"]["message"]


def test_a_declared_body_over_the_limit_is_refused_unread(url: str) -> None:
    start = time.monotonic()
    with _connect(url) as sock:
        sock.sendall(_head({"content-type": "application/json", "content-length": "200000000"}))
        _, received = _until_closed(sock, TIMEOUT)
    assert time.monotonic() - start < 2  # answered without waiting for the 200 MB
    _assert_error(received, 413, f"larger than {MAX_BODY} bytes")
    _assert_still_answers(url)


def test_a_413_is_in_the_envelope_of_the_operation() -> None:
    """No operation documents 413: each answers it as it answers its other errors."""
    messages = {"model": "m", "max_tokens": 1, "messages": [{"role": "user", "content": "Hi"}]}
    app = create_app(build_target(claude_target()), limits=Limits(max_body_bytes=10))
    with TestClient(app) as client:
        response = client.post("/v1/messages", json=messages)
    assert response.status_code == 413
    body = generated.AnthropicErrorResponse.model_validate(response.json())
    assert body.error is not None and body.error.type == "request_too_large_error"


def test_a_streamed_body_over_the_limit_is_refused_as_it_comes(url: str) -> None:
    chunk = b" " * 10_000
    with _connect(url) as sock:
        sock.sendall(_head({"content-type": "application/json", "transfer-encoding": "chunked"}))
        for _ in range(MAX_BODY // len(chunk) + 1):
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        # No last chunk: the server must answer on what it has, not wait for the end.
        _, received = _until_closed(sock, TIMEOUT)
    _assert_error(received, 413, f"larger than {MAX_BODY} bytes")
    _assert_still_answers(url)


def test_a_stalled_body_is_answered_408_and_dropped(url: str) -> None:
    with _connect(url) as sock:
        sock.sendall(_head({"content-type": "application/json", "content-length": "1000"}))
        sock.sendall(b'{"name": ')
        # A byte now and then must not keep the body's deadline away.
        elapsed, received = _until_closed(sock, TIMEOUT, drip=b" ")
    assert elapsed < REQUEST_TIMEOUT + SLACK
    _assert_error(received, 408, f"did not arrive within {REQUEST_TIMEOUT} s")
    _assert_still_answers(url)


@pytest.mark.parametrize("drip", [b"", b"a"], ids=["silent", "dripping"])
def test_stalled_headers_are_dropped(url: str, drip: bytes) -> None:
    with _connect(url) as sock:
        sock.sendall(_head({"x-slow": ""}, end=False)[:-2])  # inside a header value
        elapsed, received = _until_closed(sock, TIMEOUT, drip=drip)
    assert elapsed < REQUEST_TIMEOUT + SLACK
    assert received == b""
    _assert_still_answers(url)


def test_an_idle_connection_after_an_answer_is_dropped(url: str) -> None:
    with _connect(url) as sock:
        body = b"{}"
        headers = {"content-type": "application/json", "content-length": str(len(body))}
        sock.sendall(_head(headers) + body)
        # The answer, then a few bytes of a next request that never completes.
        elapsed, received = _until_closed(sock, TIMEOUT, drip=b"GET /")
    assert received.startswith(b"HTTP/1.1 200 ")
    assert elapsed < REQUEST_TIMEOUT + SLACK


def test_a_client_hanging_up_mid_body_leaves_no_traceback(server: tuple[str, Path]) -> None:
    url, log = server
    with _connect(url) as sock:
        sock.sendall(_head({"content-type": "application/json", "content-length": "1000"}))
        sock.sendall(b'{"name": ')
    _assert_still_answers(url)
    assert "Traceback" not in log.read_text()
