"""The streaming helpers (``messages.stream()``, ``chat.completions.stream()``): which operations
get one (the IR recognises the protocol of their events), and what the generated helpers do over
real sockets (``tests/loopback_server.py`` on 127.0.0.1): the events and their text as they
arrive, the final response they add up to, equal to the one the API sends unstreamed, the
connection closed on leaving ``with`` however it is left, and error events raised typed."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from acedatacloud_claude import (
    APIResponseValidationError,
    AsyncClient,
    BadRequestError,
    ChatCompletionStreamEvent,
    ChunkEvent,
    Client,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    RateLimitError,
    RefusalDeltaEvent,
    RefusalDoneEvent,
    TextEvent,
)
from acedatacloud_claude._stream_helpers import ChatCompletionAccumulator, MessageAccumulator
from acedatacloud_claude.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessageParam,
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ContentBlockStopEvent,
    Message,
    MessageDeltaEvent,
    MessageParam,
    MessageStartEvent,
    MessageStopEvent,
    PingEvent,
    ThinkingBlock,
    ToolUseBlock,
)

from generator.errors import SpecError
from generator.model import ir
from generator.render.files import render
from generator.render.streamhelpers import RUNTIME_MODULES
from tests.helpers import ROOT, build_document, minimal_spec
from tests.loopback_server import Events, LoopbackServer, Reply, run, sse
from tests.test_generated_code import mypy_on, needs_pyright, pyright_strict

KEY = "sk-test-secret"
MODEL = "claude-sonnet-4-6"
MESSAGES = [MessageParam(role="user", content="Weather in Paris?")]
CHAT_MESSAGES = [ChatCompletionMessageParam(role="user", content="Weather in Paris?")]
DONE = b"data: [DONE]\n\n"

# -- an Anthropic message streamed: a text block, then a tool call whose input comes in pieces

TOOL_INPUT = {"city": "Paris", "days": 2}
TOOL_JSON = json.dumps(TOOL_INPUT)
MESSAGE_START: dict[str, Any] = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "content": [],
    "model": MODEL,
    "stop_reason": None,
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 1},
}
MESSAGE_EVENTS: list[tuple[str, dict[str, Any]]] = [
    ("message_start", {"type": "message_start", "message": MESSAGE_START}),
    ("ping", {"type": "ping"}),
    (
        "content_block_start",
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    ),
    *(
        (
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": t}},
        )
        for t in ("Let me ", "check", ".")
    ),
    ("content_block_stop", {"type": "content_block_stop", "index": 0}),
    (
        "content_block_start",
        {
            "type": "content_block_start",
            "index": 1,
            "content_block": {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {}},
        },
    ),
    *(
        (
            "content_block_delta",
            {
                "type": "content_block_delta",
                "index": 1,
                "delta": {"type": "input_json_delta", "partial_json": piece},
            },
        )
        for piece in (TOOL_JSON[:7], TOOL_JSON[7:15], TOOL_JSON[15:])
    ),
    ("content_block_stop", {"type": "content_block_stop", "index": 1}),
    (
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use", "stop_sequence": None},
            "usage": {"output_tokens": 42},
        },
    ),
    ("message_stop", {"type": "message_stop"}),
]
TEXTS = ["Let me ", "check", "."]
# What POST /v1/messages answers unstreamed, for the same reply.
WHOLE_MESSAGE = {
    **MESSAGE_START,
    "content": [
        {"type": "text", "text": "Let me check."},
        {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": TOOL_INPUT},
    ],
    "stop_reason": "tool_use",
    "usage": {"input_tokens": 10, "output_tokens": 42},
}
EVENT_TYPES = [
    MessageStartEvent,
    PingEvent,
    ContentBlockStartEvent,
    *[ContentBlockDeltaEvent, TextEvent] * 3,  # anthropic's text event after each text delta
    ContentBlockStopEvent,
    ContentBlockStartEvent,
    *[ContentBlockDeltaEvent] * 3,
    ContentBlockStopEvent,
    MessageDeltaEvent,
    MessageStopEvent,
]


def message_events() -> list[bytes]:
    return [sse(data, name) for name, data in MESSAGE_EVENTS]


# -- an OpenAI chat completion streamed: text, then two tool calls, their arguments in pieces --


def chunk(*choices: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": MODEL,
        "choices": list(choices),
        **extra,
    }


def delta(finish: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"index": 0, "delta": fields, "finish_reason": finish}


def call(index: int, **fields: Any) -> dict[str, Any]:
    return {"index": index, **fields}


USAGE = {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21}
CHUNKS = [
    chunk(delta(role="assistant", content="")),
    chunk(delta(content="Let me ")),
    chunk(delta(content="check.")),
    chunk(
        delta(
            tool_calls=[
                call(0, id="call_1", type="function", function={"name": "weather", "arguments": ""})
            ]
        )
    ),
    chunk(delta(tool_calls=[call(0, function={"arguments": '{"city": '})])),
    chunk(delta(tool_calls=[call(0, function={"arguments": '"Paris"}'})])),
    chunk(
        delta(
            tool_calls=[
                call(1, id="call_2", type="function", function={"name": "time", "arguments": "{}"})
            ]
        )
    ),
    chunk(delta("tool_calls")),
    chunk(usage=USAGE),
]
WHOLE_COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": MODEL,
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Let me check.",
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "weather", "arguments": '{"city": "Paris"}'},
                    },
                    {
                        "id": "call_2",
                        "type": "function",
                        "function": {"name": "time", "arguments": "{}"},
                    },
                ],
            },
            "finish_reason": "tool_calls",
        }
    ],
    "usage": USAGE,
}


def chat_events() -> list[bytes]:
    return [*(sse(c) for c in CHUNKS), DONE]


@pytest.fixture
def client(server: LoopbackServer) -> Iterator[Client]:
    sync_client = Client(api_key=KEY, base_url=server.url, timeout=5.0)
    try:
        yield sync_client
    finally:
        sync_client.close()


# -- messages.stream() ---------------------------------------------------------------------------


def test_message_stream_text_and_final_message(server: LoopbackServer, client: Client) -> None:
    server.script(Events(message_events()))
    with client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream:
        texts = list(stream.text_stream)
        message = stream.get_final_message()
        assert stream.get_final_text() == "Let me check."
    assert texts == TEXTS
    assert message == Message.model_validate(WHOLE_MESSAGE)
    tool_use = message.content[1]
    assert isinstance(tool_use, ToolUseBlock) and tool_use.input == TOOL_INPUT
    assert stream.response.is_closed
    request = server.requests[0]
    assert request.path == "/v1/messages"
    assert request.json()["stream"] is True and "max_tokens" in request.json()


def test_thinking_comes_whole_in_the_final_message(server: LoopbackServer, client: Client) -> None:
    thinking: list[dict[str, Any]] = [
        {"type": "thinking_delta", "thinking": "Paris is "},
        {"type": "thinking_delta", "thinking": "in France."},
        {"type": "signature_delta", "signature": "sig-1"},
    ]
    block = {"type": "thinking", "thinking": "", "signature": ""}
    events = [
        MESSAGE_EVENTS[0],
        (
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        ),
        *(
            ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": d})
            for d in thinking
        ),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
    ]
    server.script(Events([sse(data, name) for name, data in events]))
    with client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream:
        assert list(stream.text_stream) == []  # thinking is not the reply's text
        message = stream.get_final_message()
    (first,) = message.content
    assert isinstance(first, ThinkingBlock)
    assert (first.thinking, first.signature) == ("Paris is in France.", "sig-1")


def test_iterating_a_message_stream_yields_its_events(
    server: LoopbackServer, client: Client
) -> None:
    server.script(Events(message_events()))
    with client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream:
        events = list(stream)
    assert [type(event) for event in events] == EVENT_TYPES
    assert [event for event in events if isinstance(event, TextEvent)] == [
        TextEvent(text="Let me ", snapshot="Let me "),
        TextEvent(text="check", snapshot="Let me check"),
        TextEvent(text=".", snapshot="Let me check."),
    ]
    # read to the end inside ``with``: the message is there after it
    assert stream.get_final_message() == Message.model_validate(WHOLE_MESSAGE)


def test_async_message_stream(server: LoopbackServer) -> None:
    server.script(Events(message_events()))

    async def main() -> tuple[list[str], Message, str, bool]:
        async with AsyncClient(api_key=KEY, base_url=server.url, timeout=5.0) as async_client:
            async with async_client.messages.stream(
                model=MODEL, max_tokens=64, messages=MESSAGES
            ) as stream:
                texts = [text async for text in stream.text_stream]
                message = await stream.get_final_message()
                text = await stream.get_final_text()
            return texts, message, text, stream.response.is_closed

    texts, message, text, closed = run(main())
    assert texts == TEXTS and text == "Let me check." and closed
    assert message == Message.model_validate(WHOLE_MESSAGE)


def test_an_error_event_raises_the_typed_error(server: LoopbackServer, client: Client) -> None:
    error = {"type": "error", "error": {"type": "rate_limit_error", "message": "Slow down"}}
    server.script(Events([*message_events()[:4], sse(error, "error")]))
    texts: list[str] = []
    with (
        pytest.raises(RateLimitError) as raised,
        client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream,
    ):
        texts.extend(stream.text_stream)
    assert texts == TEXTS[:1]  # the text before the error came through
    assert raised.value.status_code == 429 and raised.value.message == "Slow down"
    assert stream.response.is_closed


def test_an_error_status_raises_on_entering_with(server: LoopbackServer) -> None:
    """The manager makes the request on entering ``with``: a refused one never opens a stream."""
    error = {"type": "error", "error": {"type": "invalid_request_error", "message": "No"}}
    server.script(Reply(400, error))
    entered = False
    with Client(api_key=KEY, base_url=server.url, max_retries=0) as no_retries:
        manager = no_retries.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES)
        assert server.requests == []  # nothing sent before ``with``
        with pytest.raises(BadRequestError, match="No"), manager:
            entered = True
    assert not entered and len(server.requests) == 1


def test_the_block_raising_closes_the_connection(server: LoopbackServer, client: Client) -> None:
    server.script(Events(message_events(), interval=0.1))
    with (
        pytest.raises(KeyError),
        client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream,
    ):
        next(iter(stream.text_stream))
        raise KeyError("the caller's own failure")
    assert stream.response.is_closed
    record = server.requests[0]
    assert record.peer_closed.wait(3), "the server did not see the connection close"
    assert len(record.sent) < len(MESSAGE_EVENTS)


def test_leaving_with_early_closes_the_connection_async(server: LoopbackServer) -> None:
    server.script(Events(chat_events(), interval=0.1))

    async def main() -> bool:
        async with AsyncClient(api_key=KEY, base_url=server.url, timeout=5.0) as async_client:
            async with async_client.chat.completions.stream(
                model=MODEL, messages=CHAT_MESSAGES
            ) as stream:
                async for _ in stream:
                    break
            return stream.response.is_closed

    assert run(main())
    record = server.requests[0]
    assert record.peer_closed.wait(3), "the server did not see the connection close"
    assert len(record.sent) < len(CHUNKS) + 1


# -- chat.completions.stream() -------------------------------------------------------------------


def test_chat_completion_stream_text_and_final_completion(
    server: LoopbackServer, client: Client
) -> None:
    server.script(Events(chat_events()))
    with client.chat.completions.stream(model=MODEL, messages=CHAT_MESSAGES) as stream:
        texts = list(stream.text_stream)
        completion = stream.get_final_completion()
    assert texts == ["Let me ", "check."]  # the empty first piece is no text
    assert completion == ChatCompletion.model_validate(WHOLE_COMPLETION)
    assert stream.response.is_closed
    assert server.requests[0].json()["stream"] is True


ChatEvent = ChatCompletionStreamEvent[ChatCompletionChunk, ChatCompletion]

# What iterating the stream of CHUNKS yields beside each chunk's ChunkEvent, chunk by chunk: as
# openai's helper makes them (the content is done when the first tool call begins, each call
# when the next begins or the choice finishes).
WEATHER = '{"city": "Paris"}'
CHUNK_EVENTS: list[list[object]] = [
    [ContentDeltaEvent(delta="", snapshot="")],
    [ContentDeltaEvent(delta="Let me ", snapshot="Let me ")],
    [ContentDeltaEvent(delta="check.", snapshot="Let me check.")],
    [
        ContentDoneEvent(content="Let me check."),
        FunctionToolCallArgumentsDeltaEvent(
            name="weather", index=0, arguments="", arguments_delta=""
        ),
    ],
    [
        FunctionToolCallArgumentsDeltaEvent(
            name="weather", index=0, arguments='{"city": ', arguments_delta='{"city": '
        )
    ],
    [
        FunctionToolCallArgumentsDeltaEvent(
            name="weather", index=0, arguments=WEATHER, arguments_delta='"Paris"}'
        )
    ],
    [
        FunctionToolCallArgumentsDoneEvent(name="weather", index=0, arguments=WEATHER),
        FunctionToolCallArgumentsDeltaEvent(
            name="time", index=1, arguments="{}", arguments_delta="{}"
        ),
    ],
    [FunctionToolCallArgumentsDoneEvent(name="time", index=1, arguments="{}")],
    [],  # the usage: a chunk of no choice
]


def by_chunk(events: list[ChatEvent]) -> list[list[object]]:
    """The events after each ChunkEvent, chunk by chunk."""
    grouped: list[list[object]] = []
    for event in events:
        if event.type == "chunk":
            grouped.append([])
        else:
            grouped[-1].append(event)
    return grouped


def test_iterating_a_chat_completion_stream_yields_openais_events(
    server: LoopbackServer, client: Client
) -> None:
    server.script(Events(chat_events()))
    with client.chat.completions.stream(model=MODEL, messages=CHAT_MESSAGES) as stream:
        events = list(stream)
        completion = stream.get_final_completion()
    assert by_chunk(events) == CHUNK_EVENTS
    chunk_events = [event for event in events if isinstance(event, ChunkEvent)]
    assert [event.chunk for event in chunk_events] == [
        ChatCompletionChunk.model_validate(c) for c in CHUNKS
    ]
    # each snapshot is the completion as far as its chunk: kept as it was, parsed as one
    snapshots = [event.snapshot for event in chunk_events]
    assert all(isinstance(snapshot, ChatCompletion) for snapshot in snapshots)
    assert [s.choices[0].message.content for s in snapshots[:3]] == ["", "Let me ", "Let me check."]
    assert snapshots[2].choices[0].message.tool_calls is None
    assert snapshots[-1] == completion == ChatCompletion.model_validate(WHOLE_COMPLETION)


def test_a_refusal_streams_as_refusal_events(server: LoopbackServer, client: Client) -> None:
    chunks = [
        chunk(delta(role="assistant", refusal="I can't ")),
        chunk(delta(refusal="help with that.")),
        chunk(delta("stop")),
    ]
    server.script(Events([*(sse(c) for c in chunks), DONE]))
    with client.chat.completions.stream(model=MODEL, messages=CHAT_MESSAGES) as stream:
        events = [event for event in stream if event.type != "chunk"]
        assert list(stream.text_stream) == []  # a refusal is not the reply's text
    whole = "I can't help with that."
    assert events == [
        RefusalDeltaEvent(delta="I can't ", snapshot="I can't "),
        RefusalDeltaEvent(delta="help with that.", snapshot=whole),
        RefusalDoneEvent(refusal=whole),
    ]
    assert stream.get_final_completion().choices[0].message.refusal == whole


def test_each_choice_has_its_own_events(server: LoopbackServer, client: Client) -> None:
    """As openai's: the content events of every choice, interleaved as their chunks come."""
    other = {"index": 1, "delta": {"content": "B"}, "finish_reason": "stop"}
    chunks = [chunk(delta(content="A"), other), chunk(delta("stop"))]
    server.script(Events([*(sse(c) for c in chunks), DONE]))
    with client.chat.completions.stream(model=MODEL, messages=CHAT_MESSAGES) as stream:
        assert by_chunk(list(stream)) == [
            [
                ContentDeltaEvent(delta="A", snapshot="A"),
                ContentDeltaEvent(delta="B", snapshot="B"),
                ContentDoneEvent(content="B"),
            ],
            [ContentDoneEvent(content="A")],
        ]


def test_async_chat_completion_stream(server: LoopbackServer) -> None:
    server.script(Events(chat_events()), Events(chat_events()))

    async def main() -> tuple[list[ChatEvent], list[str], ChatCompletion]:
        async with AsyncClient(api_key=KEY, base_url=server.url, timeout=5.0) as async_client:
            chat = async_client.chat.completions
            async with chat.stream(model=MODEL, messages=CHAT_MESSAGES) as stream:
                events = [event async for event in stream]
                completion = await stream.get_final_completion()
            async with chat.stream(model=MODEL, messages=CHAT_MESSAGES) as again:
                texts = [text async for text in again.text_stream]
            return events, texts, completion

    events, texts, completion = run(main())
    assert by_chunk(events) == CHUNK_EVENTS
    assert texts == ["Let me ", "check."]
    assert completion == ChatCompletion.model_validate(WHOLE_COMPLETION)


@pytest.mark.parametrize("strict", [False, True])
def test_the_final_completion_is_validated_as_the_client_asks(
    strict: bool, server: LoopbackServer
) -> None:
    """A stream cut before its finish reason adds up to a completion that lacks one: returned
    as far as it fits, or refused with ``strict_response_validation``."""
    server.script(Events([sse(chunk(delta(content="Hi"))), DONE]))
    with (
        Client(api_key=KEY, base_url=server.url, strict_response_validation=strict) as checked,
        checked.chat.completions.stream(model=MODEL, messages=CHAT_MESSAGES) as stream,
    ):
        if strict:
            with pytest.raises(APIResponseValidationError, match="streamed response"):
                stream.get_final_completion()
        else:
            assert stream.get_final_completion().choices[0].message.content == "Hi"


def test_deepseek_chat_completions_stream_keeps_the_reasoning(server: LoopbackServer) -> None:
    from acedatacloud_deepseek import Client as DeepSeek
    from acedatacloud_deepseek.models import ChatCompletionMessageParam as DeepSeekMessage

    reasoning = [chunk(delta(reasoning_content=piece)) for piece in ("Paris is ", "in France.")]
    answer = [chunk(delta(content="Sunny.")), chunk(delta("stop"))]
    server.script(Events([*(sse(c) for c in [*reasoning, *answer]), DONE]))
    with DeepSeek(api_key=KEY, base_url=server.url, timeout=5.0) as deepseek:
        messages = [DeepSeekMessage(role="user", content="Weather?")]
        with deepseek.chat.completions.stream(model="deepseek-v3", messages=messages) as stream:
            texts = list(stream.text_stream)
            completion = stream.get_final_completion()
    assert texts == ["Sunny."]
    message = completion.choices[0].message
    assert message.content == "Sunny." and completion.choices[0].finish_reason == "stop"
    assert message.model_extra == {"reasoning_content": "Paris is in France."}


# -- the accumulators, on the JSON of the events ----------------------------------------------


def test_thinking_and_signature_deltas_build_a_thinking_block() -> None:
    accumulator = MessageAccumulator()
    deltas: list[dict[str, Any]] = [
        {"type": "thinking_delta", "thinking": "Hm"},
        {"type": "thinking_delta", "thinking": "m."},
        {"type": "signature_delta", "signature": "sig"},
        {"type": "a_delta_to_come", "x": 1},
    ]
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": MESSAGE_START},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "thinking"}},
        *({"type": "content_block_delta", "index": 0, "delta": d} for d in deltas),
        {"type": "content_block_stop", "index": 0},
        {"type": "an_event_to_come"},
    ]
    assert [accumulator.add(event) for event in events] == [None] * len(events)
    snapshot = accumulator.snapshot()
    assert snapshot is not None
    assert snapshot["content"] == [{"type": "thinking", "thinking": "Hmm.", "signature": "sig"}]
    assert accumulator.text() == ""
    assert MESSAGE_START["content"] == []  # the event's own message is left as it came


@pytest.mark.parametrize(
    "event",
    [
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "x"}},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn"}},
    ],
)
def test_events_before_message_start_are_out_of_protocol(
    event: dict[str, Any], server: LoopbackServer, client: Client
) -> None:
    server.script(Events([sse(event, str(event["type"]))]))
    with (
        pytest.raises(APIResponseValidationError, match="before message_start"),
        client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream,
    ):
        stream.until_done()


def test_a_stream_without_a_message_has_no_final_message(
    server: LoopbackServer, client: Client
) -> None:
    server.script(Events([sse({"type": "ping"}, "ping")]))
    with (
        client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream,
        pytest.raises(APIResponseValidationError, match="ended before"),
    ):
        stream.get_final_message()


def test_tool_call_input_that_is_not_json_is_out_of_protocol(
    server: LoopbackServer, client: Client
) -> None:
    broken = {"type": "input_json_delta", "partial_json": '{"city": '}
    tool = {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {}}
    events = [
        MESSAGE_EVENTS[0],
        ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": tool}),
        ("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": broken}),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
    ]
    server.script(Events([sse(data, name) for name, data in events]))
    with (
        client.messages.stream(model=MODEL, max_tokens=64, messages=MESSAGES) as stream,
        pytest.raises(APIResponseValidationError, match="content block 0 is not JSON"),
    ):
        stream.get_final_message()


def test_chat_choices_merge_by_index_and_log_probabilities_join() -> None:
    accumulator = ChatCompletionAccumulator()
    second = {"index": 1, "delta": {"content": "B"}, "logprobs": {"content": [{"token": "B"}]}}
    first = {"index": 0, "delta": {"content": "A"}, "logprobs": {"content": [{"token": "A"}]}}
    assert accumulator.add(chunk(second)) is None  # only the first choice's text is streamed
    assert accumulator.add(chunk(first)) == "A"
    assert accumulator.add(chunk({**first, "logprobs": {"content": [{"token": "a"}]}})) == "A"
    snapshot = accumulator.snapshot()
    assert snapshot is not None
    assert [c["message"]["content"] for c in snapshot["choices"]] == ["AA", "B"]
    assert snapshot["choices"][0]["logprobs"] == {"content": [{"token": "A"}, {"token": "a"}]}
    assert snapshot["object"] == "chat.completion"


# -- which operations get a helper ---------------------------------------------------------------


def _operations(api: ir.Api) -> dict[str, ir.Operation]:
    return {op.id: op for op in api.operations}


def test_the_claude_and_deepseek_streams_are_recognised() -> None:
    from generator.config import load_targets
    from generator.project.pipeline import build_target

    operations = {target.name: build_target(target).operations for target in load_targets(ROOT)}
    helpers = {name: {op.id: op.stream_helper for op in ops} for name, ops in operations.items()}
    assert helpers["claude"] == {
        "chat.completions.create": "chat.completions",
        "messages.create": "messages",
        "messages.count_tokens": None,  # no stream
    }
    assert helpers["deepseek"] == {"chat.completions.create": "chat.completions"}
    assert set(helpers["kitchensink"].values()) == {None}  # streams of other kinds of event


def _chat_spec(stream_media: dict[str, Any], method: str = "create") -> dict[str, Any]:
    """A chat-completions-like operation: JSON answer, or chunk events with ``stream``."""
    chunk_schema = {
        "type": "object",
        "required": ["id", "choices"],
        "properties": {
            "id": {"type": "string"},
            "choices": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"index": {"type": "integer"}, "delta": {"type": "object"}},
                },
            },
        },
    }
    body = {
        "type": "object",
        "required": ["prompt"],
        "properties": {"prompt": {"type": "string"}, "stream": {"type": "boolean"}},
    }
    answer = {"type": "object", "properties": {"id": {"type": "string"}}}
    operation = {
        "operationId": method,
        "x-specgen-method": f"chat.{method}",
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {"schema": answer},
                    "text/event-stream": {"schema": chunk_schema, **stream_media},
                },
            }
        },
    }
    return minimal_spec({f"/chat/{method}": {"post": operation}})


def test_a_chunk_stream_with_a_switch_gets_a_helper(tmp_path: Path) -> None:
    api = build_document(_chat_spec({}), tmp_path)
    assert _operations(api)["chat.create"].stream_helper == "chat.completions"
    resource = render(api, "1.0.0")["pkg/resources/chat.py"]
    assert "def stream(" in resource and "ChatCompletionStreamManager[" in resource


def test_the_overlay_extension_declares_or_refuses_a_protocol(tmp_path: Path) -> None:
    spec = _chat_spec({"x-specgen-stream-protocol": "none"})
    assert _operations(build_document(spec, tmp_path))["chat.create"].stream_helper is None
    spec = _chat_spec({"x-specgen-stream-protocol": "messages"})
    assert _operations(build_document(spec, tmp_path))["chat.create"].stream_helper == "messages"
    with pytest.raises(SpecError, match="x-specgen-stream-protocol must be one of"):
        build_document(_chat_spec({"x-specgen-stream-protocol": "websocket"}), tmp_path)


def test_a_stream_that_always_streams_gets_no_helper(tmp_path: Path) -> None:
    spec = _chat_spec({})
    operation = spec["paths"]["/chat/create"]["post"]
    del operation["responses"]["200"]["content"]["application/json"]
    api = build_document(spec, tmp_path)
    assert _operations(api)["chat.create"].stream_helper is None
    assert "def stream(" not in render(api, "1.0.0")["pkg/resources/chat.py"]


def test_a_method_named_stream_keeps_its_name(tmp_path: Path) -> None:
    """A resource with an operation of the helper's name: the helper is left out."""
    spec = _chat_spec({})
    stream_op = _chat_spec({}, method="stream")
    spec["paths"].update(stream_op["paths"])
    api = build_document(spec, tmp_path)
    (chat,) = api.resources
    assert chat.stream_helper_name(_operations(api)["chat.create"]) is None
    assert chat.stream_helper_name(_operations(api)["chat.stream"]) == "stream_stream"
    resource = render(api, "1.0.0")["pkg/resources/chat.py"]
    # the helper of the operation named stream, sync and async; none beside create
    assert resource.count("    def stream_stream(") == 2
    assert resource.count(") -> ChatCompletionStreamManager[") == 1
    assert resource.count(") -> AsyncChatCompletionStreamManager[") == 1


# -- types ---------------------------------------------------------------------------------------

TYPED_PROGRAM = """
from typing import assert_type

from acedatacloud_claude import (
    AsyncClient, ChatCompletionStream, ChatCompletionStreamEvent, Client, TextEvent,
)
from acedatacloud_claude.models import (
    ChatCompletion, ChatCompletionChunk, ChatCompletionMessageParam, ContentBlockDeltaEvent,
    Message, MessageParam, MessageStreamEvent,
)

MESSAGES = [MessageParam(role="user", content="Hello")]
CHAT = [ChatCompletionMessageParam(role="user", content="Hello")]


def sync(client: Client) -> None:
    with client.messages.stream(model="m", max_tokens=8, messages=MESSAGES) as stream:
        for event in stream:
            assert_type(event, MessageStreamEvent | TextEvent)
            if event.type == "text":
                assert_type(event.snapshot, str)
            elif event.type == "content_block_delta":
                assert_type(event, ContentBlockDeltaEvent)
        for text in stream.text_stream:
            assert_type(text, str)
        assert_type(stream.get_final_message(), Message)
        assert_type(stream.get_final_text(), str)
    with client.chat.completions.stream(model="m", messages=CHAT) as chat:
        for chunk_event in chat:
            assert_type(chunk_event, ChatCompletionStreamEvent[ChatCompletionChunk, ChatCompletion])
            if chunk_event.type == "chunk":
                assert_type(chunk_event.chunk, ChatCompletionChunk)
                assert_type(chunk_event.snapshot, ChatCompletion)
            elif chunk_event.type == "content.delta":
                assert_type(chunk_event.delta, str)
                assert_type(chunk_event.snapshot, str)
            elif chunk_event.type == "content.done":
                assert_type(chunk_event.content, str)
            elif chunk_event.type == "refusal.done":
                assert_type(chunk_event.refusal, str)
            elif chunk_event.type == "tool_calls.function.arguments.delta":
                assert_type(chunk_event.arguments_delta, str)
                assert_type(chunk_event.index, int)
            elif chunk_event.type == "tool_calls.function.arguments.done":
                assert_type(chunk_event.name, str)
        for text in chat.text_stream:
            assert_type(text, str)
        assert_type(chat.get_final_completion(), ChatCompletion)


def annotated(stream: ChatCompletionStream[ChatCompletion, ChatCompletionChunk]) -> str:
    for event in stream:
        if event.type == "content.done":
            return event.content
    return ""


async def main(client: AsyncClient) -> None:
    async with client.messages.stream(model="m", max_tokens=8, messages=MESSAGES) as stream:
        async for event in stream:
            assert_type(event, MessageStreamEvent | TextEvent)
        async for text in stream.text_stream:
            assert_type(text, str)
        assert_type(await stream.get_final_message(), Message)
    async with client.chat.completions.stream(model="m", messages=CHAT) as chat:
        async for chunk_event in chat:
            if chunk_event.type == "content.delta":
                assert_type(chunk_event.delta, str)
        assert_type(await chat.get_final_completion(), ChatCompletion)
"""

# Each must be refused: the helper has no stream switch, and a completion is not a message.
WRONG_PROGRAM = """
from acedatacloud_claude import Client
from acedatacloud_claude.models import ChatCompletionMessageParam, Message

CHAT = [ChatCompletionMessageParam(role="user", content="Hello")]


def call(client: Client) -> None:
    client.chat.completions.stream(model="m", messages=CHAT, stream=True)
    with client.chat.completions.stream(model="m", messages=CHAT) as chat:
        message: Message = chat.get_final_completion()
"""


def test_a_program_using_the_helpers_type_checks_with_mypy(tmp_path: Path, mypy_cache: str) -> None:
    mypy = mypy_on(TYPED_PROGRAM, tmp_path, mypy_cache)
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


def test_mypy_refuses_the_helpers_misused(tmp_path: Path, mypy_cache: str) -> None:
    mypy = mypy_on(WRONG_PROGRAM, tmp_path, mypy_cache)
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, mypy.stdout
    assert 'Unexpected keyword argument "stream"' in errors[0], mypy.stdout
    assert "Incompatible types in assignment" in errors[1], mypy.stdout


@needs_pyright
def test_a_program_using_the_helpers_type_checks_with_pyright(tmp_path: Path) -> None:
    program = tmp_path / "program"
    program.mkdir()
    (program / "program.py").write_text(textwrap.dedent(TYPED_PROGRAM), encoding="utf-8")
    assert pyright_strict(tmp_path, program, extra=(ROOT / "generated" / "claude",)) == ""


@pytest.mark.parametrize(
    ("target", "has_helpers"),
    [("claude", True), ("deepseek", True), ("serp", False), ("kitchensink", False)],
)
def test_only_a_client_with_a_helper_ships_the_helpers_runtime(
    target: str, has_helpers: bool
) -> None:
    folder = ROOT / "generated" / target
    [package] = [p for p in folder.iterdir() if (p / "_client.py").is_file()]
    shipped = {name for name in RUNTIME_MODULES if (package / name).is_file()}
    assert shipped == (set(RUNTIME_MODULES) if has_helpers else set())
