"""The mock server: answers that validate into the generated models, request validation in the
spec's error envelope, ``Prefer: code``, live event streams, and seeded answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
from acedatacloud_claude import Client
from acedatacloud_claude import models as generated

from generator.config import load_targets
from generator.mock import create_app
from generator.model import ir
from generator.project.pipeline import build_target
from generator.render.examples import Examples
from generator.render.testcases import error_fields
from tests.helpers import build_document, first_line, minimal_spec, stop

with warnings.catch_warnings():
    # Starlette 1.x asks for httpx2 in its test client, on import; httpx still works.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
CHAT = "/v1/chat/completions"
MESSAGES = "/v1/messages"
CHAT_BODY: dict[str, Any] = {
    "model": "claude-sonnet-4-6",
    "messages": [{"role": "user", "content": "Hello"}],
}
MESSAGES_BODY: dict[str, Any] = {
    "model": "claude-sonnet-4-6",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hello"}],
}
ANTHROPIC_ORDER = [
    "message_start",
    "content_block_start",
    *["content_block_delta"] * 5,
    "content_block_stop",
    "message_delta",
    "message_stop",
]
EVENT_MODELS: dict[str, type[pydantic.BaseModel]] = {
    "message_start": generated.MessageStartEvent,
    "content_block_start": generated.ContentBlockStartEvent,
    "content_block_delta": generated.ContentBlockDeltaEvent,
    "content_block_stop": generated.ContentBlockStopEvent,
    "message_delta": generated.MessageDeltaEvent,
    "message_stop": generated.MessageStopEvent,
    "ping": generated.PingEvent,
    "error": generated.ErrorEvent,
}
TIMEOUT = 15.0  # seconds, for anything that waits on the subprocess


@pytest.fixture(scope="module")
def api() -> ir.Api:
    target = next(t for t in load_targets(ROOT) if t.name == "claude")
    return build_target(target)


@pytest.fixture(scope="module")
def client(api: ir.Api) -> Iterator[TestClient]:
    with TestClient(create_app(api, delay=0)) as test_client:
        yield test_client


def _operation(api: ir.Api, op_id: str) -> ir.Operation:
    return next(op for op in api.operations if op.id == op_id)


def _events(text: str) -> list[tuple[str | None, str]]:
    """(event name, data) of each server-sent event in ``text``."""
    events = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields.get("event"), fields["data"]))
    return events


# -- answers -----------------------------------------------------------------------------------


def test_chat_completion_validates_into_the_generated_model(client: TestClient) -> None:
    response = client.post(CHAT, json=CHAT_BODY)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    completion = generated.ChatCompletion.model_validate(response.json())
    assert completion.object == "chat.completion"
    assert completion.choices


def test_every_operation_answers_its_success_model(client: TestClient) -> None:
    count = client.post("/v1/messages/count_tokens", json={"model": "m", "messages": []})
    assert count.status_code == 200
    generated.MessageTokensCount.model_validate(count.json())
    message = client.post(MESSAGES, json=MESSAGES_BODY)
    assert message.status_code == 200
    assert generated.Message.model_validate(message.json()).type == "message"


# -- validation --------------------------------------------------------------------------------


def test_invalid_body_lists_every_violation_in_the_error_envelope(client: TestClient) -> None:
    response = client.post(CHAT, json={"model": "claude-sonnet-4-6", "temperature": "hot"})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    body = generated.ErrorResponse.model_validate(response.json())
    assert body.error is not None and body.error.message is not None
    assert body.error.code == "invalid_request"
    violations = body.error.message.split("; ")
    assert violations == [
        "$: 'messages' is a required property",
        "$.temperature: 'hot' is not of type 'number' or 'null'",
    ]


def test_invalid_body_uses_the_anthropic_envelope_where_documented(client: TestClient) -> None:
    response = client.post(MESSAGES, json={"model": "m", "max_tokens": "many", "messages": []})
    assert response.status_code == 400
    body = generated.AnthropicErrorResponse.model_validate(response.json())
    assert body.type == "error"
    assert body.error is not None and body.error.message is not None
    assert body.error.type == "invalid_request_error"
    assert "$.max_tokens: 'many' is not of type 'integer'" in body.error.message


def test_an_open_enum_takes_a_value_it_does_not_list(client: TestClient) -> None:
    # The claude overlay marks the chat model x-extensible-enum: the API serves models before
    # its spec lists them, and the client types the field ChatModel | str.
    unlisted = client.post(CHAT, json={**CHAT_BODY, "model": "claude-future-model-1"})
    assert unlisted.status_code == 200, unlisted.text
    not_a_string = client.post(CHAT, json={**CHAT_BODY, "model": 7})
    assert not_a_string.status_code == 400
    assert "$.model: 7 is not of type 'string'" in not_a_string.json()["error"]["message"]


def test_a_body_referring_into_another_operation_is_checked(tmp_path: Path) -> None:
    # A $ref into paths (its pointer escapes "/" as ~1), as the claude overlay gives
    # count_tokens the messages of create: the check's own reference must resolve too.
    def body(items: dict[str, Any]) -> dict[str, Any]:
        schema = {"type": "object", "properties": {"messages": {"type": "array", "items": items}}}
        return {"content": {"application/json": {"schema": schema}}}

    item = {"type": "object", "required": ["role"], "properties": {"role": {"type": "string"}}}
    shared = "#/paths/~1v1~1create/post/requestBody/content/application~1json/schema"
    answer = {"204": {"description": "counted"}}
    paths = {
        "/v1/create": {"post": {"requestBody": body(item), "responses": answer}},
        "/v1/count": {
            "post": {"requestBody": body({"$ref": f"{shared}/properties/messages/items"}),
                     "responses": answer}
        },
    }  # fmt: skip
    with TestClient(create_app(build_document(minimal_spec(paths), tmp_path))) as test_client:
        assert (
            test_client.post("/v1/count", json={"messages": [{"role": "user"}]}).status_code == 204
        )
        wrong = test_client.post("/v1/count", json={"messages": [{}]})
        assert wrong.status_code == 400
        assert wrong.json()["error"]["message"] == "$.messages[0]: 'role' is a required property"


def test_a_body_that_is_not_json_is_a_400(client: TestClient) -> None:
    response = client.post(CHAT, content=b"{", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["error"]["message"]


def test_unknown_path_and_wrong_method_answer_json(client: TestClient) -> None:
    missing = client.get("/v1/nothing")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/json"
    assert missing.json()["error"]["code"] == "not_found"
    wrong = client.get(CHAT)
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "POST"
    assert wrong.json()["error"]["code"] == "method_not_allowed"


def test_routes_and_parameters_of_a_small_spec(tmp_path: Path) -> None:
    pet = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}
    answer = {"200": {"description": "ok", "content": {"application/json": {"schema": pet}}}}
    parameters = [
        {"name": "pet-id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}},
        {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"}},
    ]
    paths = {
        "/pets/{pet-id}": {"get": {"parameters": parameters, "responses": answer}},
        "/pets/mine": {"get": {"responses": {"204": {"description": "none"}}}},
    }
    with TestClient(create_app(build_document(minimal_spec(paths), tmp_path))) as test_client:
        assert test_client.get("/pets/mine").status_code == 204  # the literal path wins
        missing = test_client.get("/pets/7")
        assert missing.status_code == 400
        assert missing.json()["error"]["message"].split("; ") == [
            "query 'limit': required parameter is missing",
            "header 'X-Trace': required parameter is missing",
        ]
        found = test_client.get("/pets/7", params={"limit": 1}, headers={"x-trace": "t"})
        assert found.status_code == 200 and found.json() == {"id": 1}
        assert test_client.get("/pets/7/toys").status_code == 404  # one segment per parameter


# -- Prefer: code ------------------------------------------------------------------------------


def test_prefer_code_answers_the_documented_status_and_body(
    api: ir.Api, client: TestClient
) -> None:
    documented = next(
        e for e in _operation(api, "chat.completions.create").errors if e.status == 429
    )
    assert documented.type is not None and documented.has_example
    expected_code, _, _ = error_fields(documented.example)
    response = client.post(CHAT, json=CHAT_BODY, headers={"Prefer": "code=429"})
    assert response.status_code == 429
    body = generated.ErrorResponse.model_validate(response.json())
    assert body.error is not None
    assert body.error.code == expected_code


def test_prefer_code_429_says_what_the_spec_documents_for_429(client: TestClient) -> None:
    spec = json.loads((ROOT / "specs" / "claude.json").read_text(encoding="utf-8"))
    schema = spec["paths"][CHAT]["post"]["responses"]["429"]["content"]["application/json"]
    documented = schema["schema"]["oneOf"][0]["example"]["error"]["code"]
    response = client.post(CHAT, json=CHAT_BODY, headers={"Prefer": "code=429"})
    assert response.json()["error"]["code"] == documented


def test_prefer_an_undocumented_code_is_a_400_naming_the_documented_ones(
    client: TestClient,
) -> None:
    response = client.post(MESSAGES, json=MESSAGES_BODY, headers={"Prefer": "code=429"})
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert "code=429 is not documented" in message
    assert message.endswith("documented: 200, 400")


# -- streams -----------------------------------------------------------------------------------


@pytest.mark.parametrize("include_usage", [False, True])
def test_streamed_chat_completion(client: TestClient, include_usage: bool) -> None:
    request = {**CHAT_BODY, "stream": True}
    if include_usage:
        request["stream_options"] = {"include_usage": True}
    response = client.post(CHAT, json=request)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = _events(response.text)
    assert events[-1] == (None, "[DONE]")
    chunks = [generated.ChatCompletionChunk.model_validate_json(data) for _, data in events[:-1]]
    texts = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(texts) >= 3 and len(set(texts)) == len(texts)
    finishing = [c for c in chunks if c.choices and c.choices[0].finish_reason is not None]
    assert len(finishing) == 1
    if include_usage:
        last = chunks[-1]
        assert last.choices == [] and last.usage is not None
        assert last.usage.total_tokens == last.usage.prompt_tokens + last.usage.completion_tokens
        assert all(c.usage is None for c in chunks[:-1])
    else:
        assert all(c.usage is None for c in chunks)
        assert chunks[-1] is finishing[0]


def test_streamed_message_sends_anthropic_events_in_order(client: TestClient) -> None:
    response = client.post(MESSAGES, json={**MESSAGES_BODY, "stream": True})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = _events(response.text)
    assert [name for name, _ in events] == ANTHROPIC_ORDER
    parsed = []
    for name, data in events:
        assert name is not None
        event = EVENT_MODELS[name].model_validate_json(data)
        assert getattr(event, "type") == name  # noqa: B009 - every event model has one
        parsed.append(event)
    start = parsed[0]
    assert isinstance(start, generated.MessageStartEvent)
    assert start.message.content == [] and start.message.stop_reason is None
    # the block that starts is the text block of the content-block union, as the deltas say
    [block_start] = [e for e in parsed if isinstance(e, generated.ContentBlockStartEvent)]
    assert isinstance(block_start.content_block, generated.TextBlock)
    assert block_start.content_block.text == ""
    deltas = [e for e in parsed if isinstance(e, generated.ContentBlockDeltaEvent)]
    texts = [d.delta.text for d in deltas if isinstance(d.delta, generated.TextDelta)]
    assert len(texts) == 5 and len(set(texts)) == 5


def test_ping_and_error_events_only_on_request(client: TestClient) -> None:
    response = client.post(
        MESSAGES, json={**MESSAGES_BODY, "stream": True}, headers={"Prefer": "ping, stream-error"}
    )
    names = [name for name, _ in _events(response.text)]
    assert names == ["message_start", "ping", "content_block_start", "content_block_delta", "error"]


def test_without_the_flag_the_answer_is_json(client: TestClient) -> None:
    response = client.post(CHAT, json={**CHAT_BODY, "stream": False})
    assert response.headers["content-type"] == "application/json"


# -- seeds -------------------------------------------------------------------------------------


def _answers(api: ir.Api, seed: int | None) -> list[Any]:
    with TestClient(create_app(api, seed=seed, delay=0)) as test_client:
        bodies: list[Any] = [test_client.post(CHAT, json=CHAT_BODY).json() for _ in range(2)]
        bodies.append(test_client.post(MESSAGES, json=MESSAGES_BODY).json())
        bodies.append(test_client.post(CHAT, json={**CHAT_BODY, "stream": True}).text)
    return bodies


def test_a_seed_gives_the_same_answers_and_another_seed_others(api: ir.Api) -> None:
    first, again, other = _answers(api, 7), _answers(api, 7), _answers(api, 8)
    assert first == again
    assert all(a != b for a, b in zip(first, other, strict=True))
    assert first[0] != first[1]  # successive answers vary too
    generated.ChatCompletion.model_validate(first[0])
    generated.Message.model_validate(first[2])
    for _, data in _events(first[3])[:-1]:
        generated.ChatCompletionChunk.model_validate_json(data)


def test_without_a_seed_the_answers_are_the_plain_examples(api: ir.Api) -> None:
    op = _operation(api, "chat.completions.create")
    assert op.response is not None and op.response.type is not None
    expected = Examples(api).value(op.response.type, full=True)
    assert _answers(api, None)[:2] == [expected, expected]


# -- a real socket -----------------------------------------------------------------------------


def test_mock_command_streams_over_a_real_socket(tmp_path: Path) -> None:
    delay = 0.05
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = (tmp_path / "stderr.log").open("w")
    command = [sys.executable, "-m", "generator", "mock", "specs/claude.json"]
    options = ["--overlay", "specs/claude.overlay.yaml", "--port", "0", "--delay", str(delay)]
    process = subprocess.Popen(
        [*command, *options], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=log, text=True
    )
    try:
        line = first_line(process, TIMEOUT)
        prefix = "mock server listening on http://127.0.0.1:"
        assert line.startswith(prefix), (line, (tmp_path / "stderr.log").read_text())
        url = line.strip().removeprefix("mock server listening on ")
        arrivals: list[float] = []
        with (
            httpx.Client(base_url=url, timeout=TIMEOUT) as http,
            http.stream("POST", CHAT, json={**CHAT_BODY, "stream": True}) as response,
        ):
            assert response.status_code == 200
            for text in response.iter_lines():
                if text.startswith("data: "):
                    arrivals.append(time.monotonic())
        assert len(arrivals) >= 4
        # Sent one at a time: the first arrived well before the last was sent.
        assert arrivals[-1] - arrivals[0] >= 3 * delay
        # And the generated client reads the live stream. (Not `with Client(...)`: its
        # __enter__ is typed as returning the base class, which has no resources.)
        sdk = Client(api_key="test", base_url=url, max_retries=0)
        try:
            message = generated.ChatCompletionMessageParam.model_validate(
                {"role": "user", "content": "Hello"}
            )
            stream = sdk.chat.completions.create(
                messages=[message], model="claude-sonnet-4-6", stream=True
            )
            chunks = list(stream)
        finally:
            sdk.close()
        assert all(isinstance(c, generated.ChatCompletionChunk) for c in chunks)
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    finally:
        stop(process, TIMEOUT)
        log.close()
