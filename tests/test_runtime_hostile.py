"""Generated clients against hostile servers and careless inputs (issue 15), over real sockets on
127.0.0.1: credentials never leave their origin, every read is bounded in size and time, every
failure is the package's typed error, event streams decode in linear time, path parameters stay in
their segment, and no secret reaches a message, a log line or a traceback.

The kitchensink package sends its key in a header (``X-API-Key``), the Claude package as a bearer
token; a tiny package generated here from ``QUERY_KEY_SPEC`` sends it in the query.
"""

from __future__ import annotations

import functools
import importlib
import json
import logging
import socket
import struct
import subprocess
import sys
import time
import traceback
import zlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from acedatacloud_claude import APIResponseValidationError as ClaudeValidationError
from acedatacloud_claude import Client as ClaudeClient
from acedatacloud_claude import SDKError as ClaudeSDKError
from acedatacloud_claude._exceptions import APIResponseTooLargeError as ClaudeTooLargeError
from acedatacloud_claude.models import ChatCompletionMessageParam
from kitchensink import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    SDKError,
)
from kitchensink._exceptions import APIResponseTooLargeError
from kitchensink._streaming import SSEDecoder
from kitchensink.models import Author

from .helpers import ROOT, invoke_generator
from .loopback_server import Events, LoopbackServer, Reply, run, running

KEY = "sk-hostile-secret-7f3a"
AUTHOR = {"id": "a1", "name": "Ursula"}
MIB = 1024 * 1024

QUERY_KEY_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Keyed", "version": "1"},
    "servers": [{"url": "https://keyed.example"}],
    "components": {
        "securitySchemes": {"QueryKey": {"type": "apiKey", "in": "query", "name": "key"}}
    },
    "security": [{"QueryKey": []}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"type": "string"}}
                            }
                        },
                    }
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from ``QUERY_KEY_SPEC``, imported from its output folder."""
    folder = tmp_path_factory.mktemp("keyed")
    (folder / "spec.json").write_text(json.dumps(QUERY_KEY_SPEC), encoding="utf-8")
    result = invoke_generator(folder, "generate", "spec.json", "--out", "out", "--package", "keyed")
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(folder / "out"))
    try:
        yield importlib.import_module("keyed")
    finally:
        sys.path.remove(str(folder / "out"))


def client(url: str, **options: Any) -> Client:
    return Client(api_key=KEY, base_url=url, **{"max_retries": 0, "timeout": 5.0, **options})


def async_client(url: str, **options: Any) -> AsyncClient:
    return AsyncClient(api_key=KEY, base_url=url, **{"max_retries": 0, "timeout": 5.0, **options})


def list_authors(flavour: str, url: str, **options: Any) -> object:
    """``client.authors.list()`` with a sync or an async kitchensink client."""
    if flavour == "sync":
        with client(url, **options) as sync_client:
            return sync_client.authors.list()

    async def call() -> object:
        async with async_client(url, **options) as asynchronous:
            return await asynchronous.authors.list()

    return run(call())


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def shown(error: BaseException) -> str:
    """Everything an exception shows: its message, repr and whole traceback, chain included."""
    return str(error) + repr(error) + "".join(traceback.format_exception(error))


# -- 1. credentials never leave their origin -------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_header_key_is_not_sent_to_another_origin(flavour: str) -> None:
    """A redirect within the origin keeps the key; the next one, to another port, must not."""
    with running() as origin, running() as other:
        origin.script(
            Reply(308, None, headers={"Location": "/moved/authors"}),
            Reply(307, None, headers={"Location": f"{other.url}/authors"}),
        )
        other.script(Reply(200, [AUTHOR]))
        assert list_authors(flavour, origin.url) == [Author.model_validate(AUTHOR)]
    assert [(r.path, r.header("X-API-Key")) for r in origin.requests] == [
        ("/authors", KEY),
        ("/moved/authors", KEY),
    ]
    (hop,) = other.requests
    assert hop.path == "/authors"
    assert KEY not in json.dumps(hop.headers)


def test_a_query_key_is_not_sent_to_another_origin(keyed: ModuleType) -> None:
    """A redirect that carries the query along (as trailing-slash redirects do) must not take the
    key to another host."""
    with running() as origin, running() as other:
        origin.script(Reply(301, None, headers={"Location": f"{other.url}/things/?key={KEY}"}))
        other.script(Reply(200, ["ok"]))
        with keyed.Client(api_key=KEY, base_url=origin.url, max_retries=0) as keyed_client:
            assert keyed_client.things.list() == ["ok"]
    assert origin.requests[0].path == f"/things?key={KEY}"
    assert KEY not in other.requests[0].path


# -- 2. every read is bounded in size --------------------------------------------------------------

# A client in a process of its own, its address space capped (a runaway read fails there, not
# here): what the call raised, how long it took and how much its peak memory grew.
CHILD = """
import asyncio, json, resource, sys, time
cap = 3 * 1024**3
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from kitchensink import AsyncClient, Client
url, flavour, options = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])

async def call_async():
    async with AsyncClient(api_key="k", base_url=url, max_retries=0, **options) as client:
        await client.authors.list()

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.monotonic()
try:
    if flavour == "sync":
        with Client(api_key="k", base_url=url, max_retries=0, **options) as client:
            client.authors.list()
    else:
        asyncio.run(call_async())
    outcome = "returned"
except BaseException as error:
    outcome = type(error).__name__
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({"outcome": outcome, "seconds": time.monotonic() - start, "grown_mb": grown}))
"""


@functools.cache
def gzip_bomb() -> bytes:
    """About 1 MB of gzip that inflates to 1 GiB of zeros. After a full flush the compressor
    forgets what it saw, so the next 16 MiB of zeros deflate to bytes that can be repeated: a
    second, not the ten that deflating all of it takes."""
    block = bytes(16 * MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw deflate
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    deflated = first + repeated * 63 + compressor.flush()
    crc = 0
    for _ in range(64):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip, deflate, no name or time
    return header + deflated + struct.pack("<II", crc, (64 * 16 * MIB) % 2**32)


def run_child(url: str, flavour: str, **options: Any) -> dict[str, Any]:
    process = subprocess.run(
        [sys.executable, "-c", CHILD, url, flavour, json.dumps(options)],
        capture_output=True,
        text=True,
        timeout=90,
        cwd=ROOT,
    )
    assert process.returncode == 0, process.stderr
    result: dict[str, Any] = json.loads(process.stdout)
    return result


def body_of(case: str) -> Reply | Events:
    if case == "gzip bomb":
        return Reply(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
    if case == "gzip bomb, gzipped again":
        twice = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        body = twice.compress(gzip_bomb()) + twice.flush()
        return Reply(200, body, headers={"Content-Encoding": "gzip, gzip"})
    block = b" " * MIB  # 200 MiB of JSON whitespace, chunked
    return Events([b"["] + [block] * 200 + [b"]"], content_type="application/json")


@pytest.mark.slow
@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", ["gzip bomb", "gzip bomb, gzipped again", "plain 200 MiB"])
def test_a_huge_body_stops_early_with_a_typed_error(
    server: LoopbackServer, case: str, flavour: str
) -> None:
    server.script(body_of(case))
    result = run_child(server.url, flavour, timeout=30)
    assert result["outcome"] == "APIResponseTooLargeError", result
    assert result["seconds"] < 15, result
    assert result["grown_mb"] < 300, result  # the default limit is 100 MiB


def test_the_limit_is_a_client_option(server: LoopbackServer) -> None:
    server.script(Reply(200, [AUTHOR] * 1000), Reply(200, [AUTHOR] * 1000))
    with client(server.url, max_response_bytes=1000) as small:
        with pytest.raises(APIResponseTooLargeError) as caught:
            small.authors.list()
        assert isinstance(caught.value, APIResponseValidationError)
        assert caught.value.status_code == 200
        assert "max_response_bytes" in str(caught.value)
        assert len(small.with_options(max_response_bytes=None).authors.list()) == 1000


CLAUDE_MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hi"}]


def claude_stream(url: str, **options: Any) -> list[object]:
    with ClaudeClient(api_key=KEY, base_url=url, max_retries=0, timeout=5.0, **options) as claude:
        stream = claude.chat.completions.create(
            messages=CLAUDE_MESSAGES, model="claude-sonnet-4-6", stream=True
        )
        return list(stream)


@pytest.mark.parametrize("shape", ["one long line", "one event of many lines"])
def test_a_huge_stream_event_stops_early_with_a_typed_error(
    server: LoopbackServer, shape: str
) -> None:
    if shape == "one long line":
        chunks = [b"data: "] + [b"x" * 65536] * 128  # 8 MiB, no line end
    else:
        chunks = [b"data: x\n" * 8192] * 128  # 8 MiB of data lines, no blank line
    server.script(Events(chunks, interval=0.01))
    begin = time.monotonic()
    with pytest.raises(ClaudeTooLargeError):
        claude_stream(server.url, max_response_bytes=MIB)
    assert time.monotonic() - begin < 3
    record = server.requests[0]
    assert record.finished.wait(5)
    assert len(record.sent) < 128  # the client stopped reading: the server did not send it all


# -- 3. every parse failure is a typed error -------------------------------------------------------

UNREADABLE = {"deep nesting": b"[" * 200_000, "5000-digit integer": b"[" + b"9" * 5000 + b"]"}


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", UNREADABLE)
def test_a_body_python_cannot_read_is_a_typed_error(
    server: LoopbackServer, case: str, flavour: str
) -> None:
    server.script(Reply(200, UNREADABLE[case]))
    with pytest.raises(APIResponseValidationError):
        list_authors(flavour, server.url)
    server.script(Reply(400, UNREADABLE[case]))
    with pytest.raises(BadRequestError):
        list_authors(flavour, server.url)


@pytest.mark.parametrize("case", UNREADABLE)
def test_a_stream_event_python_cannot_read_is_a_typed_error(
    server: LoopbackServer, case: str
) -> None:
    server.script(Events([b"data: " + UNREADABLE[case] + b"\n\n"]))
    with pytest.raises(ClaudeValidationError):
        claude_stream(server.url)


# -- 4. a deadline for the whole response ----------------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_body_that_trickles_in_times_out_at_the_deadline(
    server: LoopbackServer, flavour: str
) -> None:
    # headers at once, then one byte every 0.5 s for 10 s: each read is quick, the whole is not
    server.script(Events([b"["] + [b" "] * 20, interval=0.5, content_type="application/json"))
    begin = time.monotonic()
    with pytest.raises(APITimeoutError):
        list_authors(flavour, server.url, timeout=2.0)
    assert 1.9 < time.monotonic() - begin < 3.5
    assert len(server.requests) == 1


# -- 5. event streams decode in linear time --------------------------------------------------------


def test_the_event_decoder_is_linear_in_the_length_of_a_line() -> None:
    chunks = [b"data: "] + [b"x" * 16384] * 1024 + [b"\n\n"]  # 16 MiB on one line
    begin = time.monotonic()
    (event,) = SSEDecoder().iter_bytes(chunks)
    assert time.monotonic() - begin < 1.0  # quadratic decoding took about 8 s
    assert len(event.data) == 16 * MIB


# -- 6. path parameters stay in their segment ------------------------------------------------------

SEGMENTS = {
    "..": "%2E%2E",
    ".": "%2E",
    "../admin": "..%2Fadmin",
    "a/b": "a%2Fb",
    "what?x=1#top": "what%3Fx%3D1%23top",
    "%2E%2E": "%252E%252E",
}


@pytest.mark.parametrize("value", SEGMENTS)
def test_a_path_parameter_stays_in_its_segment(server: LoopbackServer, value: str) -> None:
    server.script(Reply(200, AUTHOR))
    with client(server.url) as sync_client:
        sync_client.authors.get(author_id=value)
    assert server.requests[0].path == f"/authors/{SEGMENTS[value]}"


def test_an_empty_path_parameter_is_refused(server: LoopbackServer) -> None:
    with client(server.url) as sync_client, pytest.raises(ValueError, match="author_id"):
        sync_client.authors.get(author_id="")
    assert server.requests == []


# -- 7. no secret in any message, log line or traceback --------------------------------------------


@pytest.mark.parametrize(
    "bad_key",
    [KEY + "\n", KEY + "\r\n", "\t" + KEY, KEY[:6] + "\x00" + KEY[6:], KEY + "\u00e9"],
    ids=["newline", "crlf", "tab", "nul", "non-ascii"],
)
def test_a_key_that_cannot_be_sent_is_refused_without_showing_it(
    keyed: ModuleType, bad_key: str
) -> None:
    makers = [
        (Client, SDKError),
        (AsyncClient, SDKError),
        (ClaudeClient, ClaudeSDKError),
        (keyed.Client, keyed.SDKError),
    ]
    for make, error in makers:
        with pytest.raises(error) as caught:
            make(api_key=bad_key, base_url="http://127.0.0.1:9")
        assert KEY not in shown(caught.value) and KEY[3:12] not in shown(caught.value)
    with client("http://127.0.0.1:9") as good, pytest.raises(SDKError):
        good.with_options(api_key=bad_key)


def test_a_query_key_is_redacted_in_logs_and_errors(
    server: LoopbackServer, keyed: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    server.script(
        Reply(200, ["ok"]),
        Reply(500, {"error": {"message": "boom"}}),
        Reply(200, ["late"], delay=1.0),
    )
    with keyed.Client(api_key=KEY, base_url=server.url, max_retries=0, timeout=0.3) as keyed_client:
        assert keyed_client.things.list() == ["ok"]
        failures: list[Any] = []  # the keyed package's errors, imported at run time
        for expected in (keyed.InternalServerError, keyed.APITimeoutError):
            with pytest.raises(expected) as caught:
                keyed_client.things.list()
            failures.append(caught.value)
    with keyed.Client(api_key=KEY, base_url=closed_port_url(), max_retries=0) as unreachable:
        with pytest.raises(keyed.APIConnectionError) as refused:
            unreachable.things.list()
        failures.append(refused.value)
    assert all(record.path == f"/things?key={KEY}" for record in server.requests)
    assert "HTTP Request: GET" in caplog.text and "key=REDACTED" in caplog.text
    assert KEY not in caplog.text
    for failure in failures:
        assert KEY not in shown(failure)
        assert KEY not in str(failure.request.url) + repr(failure.request)
        response = getattr(failure, "response", None)
        assert response is None or KEY not in str(response.request.url)


OTHER_SECRET = "other-secret-91c2"


def test_a_header_that_cannot_be_sent_is_not_shown_in_the_chain(server: LoopbackServer) -> None:
    """httpx refuses a header value with a newline, quoting it; the typed error must not carry
    that quote along in its chain."""
    session = {"X-Session": OTHER_SECRET + "\n"}
    with client(server.url) as sync_client, pytest.raises(APIConnectionError) as caught:
        sync_client.authors.list(extra_headers=session)
    assert not isinstance(caught.value, APITimeoutError)
    assert OTHER_SECRET not in shown(caught.value)
    assert server.requests == []


def test_errors_of_a_header_key_do_not_show_it(server: LoopbackServer) -> None:
    server.script(Reply(500, {"error": {"message": "boom"}}))
    with client(server.url) as sync_client, pytest.raises(InternalServerError) as caught:
        sync_client.authors.list()
    assert server.requests[0].header("X-API-Key") == KEY
    assert KEY not in shown(caught.value) + repr(dict(caught.value.request.headers))
