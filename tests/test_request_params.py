"""What the client sends is typed as TypedDicts and covariant containers: the dict literals,
tuples and generators people write for the OpenAI and Anthropic SDKs type-check under mypy
--strict and pyright strict, and mistakes (a string for a list, a missing or unknown key) do
not. At run time any iterable goes as a JSON list, a response model passed back goes by wire
name, and what JSON cannot carry raises the client's own ``APIInputError`` before anything is
sent."""

from __future__ import annotations

import io
import json
import math
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from acedatacloud_claude import APIInputError, Client, SDKError
from acedatacloud_claude._encoding import as_list, to_jsonable
from acedatacloud_claude.models import ChatCompletionMessageToolCall

from tests.test_generated_code import CLAUDE, mypy_on, needs_pyright, pyright_strict

# Written as for the peers: dict literals, a tuple, a generator, a list of a narrower TypedDict.
ACCEPTED_PROGRAM = """
from acedatacloud_claude import Client
from acedatacloud_claude.models import (
    ChatCompletionContentPartTextParam,
    ChatCompletionMessageParam,
    MessageParam,
)


def call(client: Client, texts: list[str]) -> None:
    client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=100,
        messages=[{"role": "user", "content": "Hi"}],
        stop_sequences=["END"],
        metadata={"user_id": "u-1"},
    )
    client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=100,
        messages=({"role": "user", "content": [{"type": "text", "text": "Hi"}]},),
        stop_sequences=("END", "STOP"),
    )
    client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=100,
        messages=({"role": "user", "content": text} for text in texts),
    )
    history: list[MessageParam] = [{"role": "user", "content": "Hi"}]
    client.messages.create(model="claude-sonnet-4-6", max_tokens=100, messages=history)
    parts: list[ChatCompletionContentPartTextParam] = [{"type": "text", "text": "Hi"}]
    chat: list[ChatCompletionMessageParam] = [{"role": "user", "content": parts}]
    client.chat.completions.create(
        model="claude-sonnet-4-6",
        messages=chat,
        stop=["END"],
        tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}],
        tool_choice={"type": "function", "function": {"name": "f"}},
    )
"""

# Each call must be refused: a string for a list of strings or of messages, a message without
# its required content, a key the message does not have.
REFUSED_PROGRAM = """
from acedatacloud_claude import Client


def call(client: Client) -> None:
    client.messages.create(
        model="m", max_tokens=1, messages=[{"role": "user", "content": "Hi"}], stop_sequences="END"
    )
    client.messages.create(model="m", max_tokens=1, messages="Hi")
    client.messages.create(model="m", max_tokens=1, messages=[{"role": "user"}])
    client.messages.create(
        model="m", max_tokens=1, messages=[{"role": "user", "content": "Hi", "bogus": 1}]
    )
"""
REFUSED_CALLS = 4


@pytest.mark.slow
def test_dict_literals_tuples_and_generators_pass_mypy_strict(
    tmp_path: Path, mypy_cache: str
) -> None:
    mypy = mypy_on(ACCEPTED_PROGRAM, tmp_path, mypy_cache)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


@pytest.mark.slow
def test_mypy_refuses_a_string_for_a_list_and_a_wrong_message(
    tmp_path: Path, mypy_cache: str
) -> None:
    mypy = mypy_on(REFUSED_PROGRAM, tmp_path, mypy_cache)
    lines = {line.split(":")[1] for line in mypy.stdout.splitlines() if ": error:" in line}
    assert len(lines) == REFUSED_CALLS, mypy.stdout


@pytest.mark.slow
@needs_pyright
def test_dict_literals_tuples_and_generators_pass_pyright_strict(tmp_path: Path) -> None:
    program = tmp_path / "program"
    program.mkdir()
    (program / "program.py").write_text(textwrap.dedent(ACCEPTED_PROGRAM), encoding="utf-8")
    assert pyright_strict(tmp_path, program, extra=(CLAUDE,)) == ""


@pytest.mark.slow
@needs_pyright
def test_pyright_refuses_a_string_for_a_list_and_a_wrong_message(tmp_path: Path) -> None:
    program = tmp_path / "program"
    program.mkdir()
    (program / "program.py").write_text(textwrap.dedent(REFUSED_PROGRAM), encoding="utf-8")
    report = pyright_strict(tmp_path, program, extra=(CLAUDE,))
    lines = set(re.findall(r"program\.py:(\d+):", report))
    assert len(lines) == REFUSED_CALLS, report


# -- at run time ----------------------------------------------------------------------------

MESSAGE_REPLY = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "content": [{"type": "text", "text": "Hello"}],
    "model": "claude-sonnet-4-6",
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 1},
}
CHAT_REPLY = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [],
}


def _client(bodies: list[Any], reply: dict[str, Any]) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=reply)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Client(api_key="k", base_url="http://127.0.0.1:9", http_client=http, max_retries=0)


def test_a_generator_and_tuples_are_sent_as_json_lists() -> None:
    bodies: list[Any] = []
    client = _client(bodies, MESSAGE_REPLY)
    texts = ["Hi", "there"]
    client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=100,
        messages=({"role": "user", "content": ({"type": "text", "text": text},)} for text in texts),
        stop_sequences=("END",),
    )
    assert bodies[0]["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
        {"role": "user", "content": [{"type": "text", "text": "there"}]},
    ]
    assert bodies[0]["stop_sequences"] == ["END"]


def test_a_response_model_passed_back_is_sent_by_wire_name() -> None:
    bodies: list[Any] = []
    client = _client(bodies, CHAT_REPLY)
    call = ChatCompletionMessageToolCall.model_validate(
        {"id": "t1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    )
    client.chat.completions.create(
        model="m",
        messages=[
            {"role": "assistant", "tool_calls": [cast(Any, call)]},  # typed as a TypedDict
        ],
    )
    assert bodies[0]["messages"][0]["tool_calls"] == [
        {"id": "t1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    ]


class _Secretive:
    """A value JSON cannot carry whose text is a secret: no error may show it."""

    def __repr__(self) -> str:
        return "sk-secret-value"

    __str__ = __repr__


def _cyclic() -> dict[str, Any]:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    return loop


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ({"temperature": math.nan}, "NaN"),
        ({"temperature": math.inf}, "NaN and infinite"),
        ({"stop_sequences": "END"}, "stop_sequences must be a list, not a str"),
        ({"messages": "Hi"}, "messages must be a list, not a str"),
        ({"messages": {"role": "user", "content": "Hi"}}, "messages must be a list, not a dict"),
        ({"metadata": {"user_id": _Secretive()}}, "cannot be sent as JSON"),
        ({"metadata": {1: "a"}}, "keys are strings, not int"),
        ({"metadata": {"file": io.BytesIO(b"x")}}, "multipart"),
        ({"metadata": _cyclic()}, "contains itself"),
    ],
    ids=[
        "nan",
        "inf",
        "str-for-strings",
        "str-for-messages",
        "dict",
        "object",
        "key",
        "file",
        "cycle",
    ],
)
def test_what_json_cannot_carry_raises_api_input_error_before_sending(
    arguments: dict[str, Any], says: str
) -> None:
    bodies: list[Any] = []
    client = _client(bodies, MESSAGE_REPLY)
    call: dict[str, Any] = {
        "model": "m",
        "max_tokens": 1,
        "messages": [{"role": "user", "content": "Hi"}],
        **arguments,
    }
    with pytest.raises(APIInputError, match=says) as raised:
        client.messages.create(**call)
    assert bodies == []  # nothing was sent
    assert isinstance(raised.value, SDKError) and isinstance(raised.value, ValueError)
    assert "sk-secret" not in str(raised.value)


def test_the_encoder_lists_any_iterable_and_keeps_strings_and_bytes_whole() -> None:
    def numbers() -> Iterator[int]:
        yield from (1, 2)

    data = {"a": (1, 2), "b": numbers(), "c": {"x"}, "d": "text", "e": b"raw", "f": range(2)}
    assert to_jsonable(data) == {
        "a": [1, 2], "b": [1, 2], "c": ["x"], "d": "text", "e": "raw", "f": [0, 1]
    }  # fmt: skip


def test_as_list_reads_a_generator_once_and_refuses_a_single_value() -> None:
    assert as_list((x for x in "ab"), "tags") == ["a", "b"]
    assert as_list(None, "tags") is None
    for single in ("ab", b"ab", {"a": 1}, 3, ChatCompletionMessageToolCall.model_construct()):
        with pytest.raises(APIInputError, match="tags must be a list"):
            as_list(single, "tags")


def test_an_empty_path_parameter_is_an_input_error_before_anything_is_sent() -> None:
    from kitchensink import APIInputError as KitchenInputError
    from kitchensink import Client as KitchenClient

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    transport = httpx.MockTransport(answer)
    with (
        KitchenClient(
            api_key="k",
            base_url="http://127.0.0.1:9",
            http_client=httpx.Client(transport=transport),
        ) as client,
        pytest.raises(KitchenInputError, match="'order_id' is empty"),
    ):
        client.orders.get(order_id="", shelf_session="s")
    assert sent == []
