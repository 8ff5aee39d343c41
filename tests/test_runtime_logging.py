"""The generated client's log: requests at DEBUG, retries at INFO, switched on by
``<PACKAGE>_LOG`` as ``OPENAI_LOG`` switches on openai's; never a key in it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import httpx
import pytest
from acedatacloud_claude import Client

KEY = "sk-test-secret-key-0123456789"
ANSWER = {"input_tokens": 3}


def overloaded_once() -> httpx.MockTransport:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:  # retried at once: the server asks for no wait
            return httpx.Response(529, headers={"retry-after-ms": "0"}, json={"error": {}})
        return httpx.Response(200, json=ANSWER)

    return httpx.MockTransport(handler)


def count_tokens(client: Client) -> int:
    result = client.messages.count_tokens(
        model="claude-sonnet-4-6", messages=[{"role": "user", "content": "Hi"}]
    )
    return result.input_tokens


def test_a_retry_is_logged_at_info_without_the_key(caplog: pytest.LogCaptureFixture) -> None:
    http = httpx.Client(transport=overloaded_once())
    client = Client(api_key=KEY, base_url="http://127.0.0.1:9", http_client=http)
    with caplog.at_level(logging.INFO, logger="acedatacloud_claude"):
        assert count_tokens(client) == ANSWER["input_tokens"]
    retries = [r for r in caplog.records if r.name == "acedatacloud_claude"]
    assert len(retries) == 1 and retries[0].levelno == logging.INFO
    message = retries[0].getMessage()
    assert message.startswith("Retrying POST /v1/messages/count_tokens in 0.00 s (retry 1 of")
    assert message.endswith("after status 529")
    assert KEY not in caplog.text


def test_the_environment_variable_prints_requests_on_stderr() -> None:
    program = textwrap.dedent("""
        import httpx
        from acedatacloud_claude import Client
        from tests.test_runtime_logging import KEY, count_tokens, overloaded_once

        http = httpx.Client(transport=overloaded_once())
        count_tokens(Client(api_key=KEY, base_url="http://127.0.0.1:9", http_client=http))
        """)
    env = {**os.environ, "ACEDATACLOUD_CLAUDE_LOG": "debug"}
    run = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, env=env
    )
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stderr.splitlines() if "acedatacloud_claude" in line]
    assert len(lines) == 3, run.stderr  # two requests, one retry
    assert "DEBUG] Request: POST http://127.0.0.1:9/v1/messages/count_tokens" in lines[0]
    assert "INFO] Retrying POST" in lines[1]
    assert KEY not in run.stderr
