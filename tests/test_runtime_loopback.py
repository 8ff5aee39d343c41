"""The generated Claude client over real sockets: a scripted HTTP/1.1 server on 127.0.0.1
(``tests/loopback_server.py``) streams, fails, stalls and resets, and the client must deliver
typed results or typed exceptions, promptly, without leaking its API key."""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import random
import socket
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from acedatacloud_claude import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    RateLimitError,
    SDKError,
)
from acedatacloud_claude.models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessageParam,
    ChatModel,
    CompletionUsage,
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ContentBlockStopEvent,
    MessageDeltaEvent,
    MessageParam,
    MessageStartEvent,
    MessageStopEvent,
    PingEvent,
    TextDelta,
)

from .loopback_server import Events, LoopbackServer, Recorded, Reply, Reset, run, sse

KEY = "sk-test-secret"
MODEL: ChatModel = "claude-sonnet-4-6"
MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hi"}]
CLAUDE_MESSAGES: list[MessageParam] = [{"role": "user", "content": "Hi"}]
DONE = b"data: [DONE]\n\n"


@pytest.fixture
def client(server: LoopbackServer) -> Iterator[Client]:
    sync_client = Client(api_key=KEY, base_url=server.url, timeout=5.0)
    try:
        yield sync_client
    finally:
        sync_client.close()


def completion(content: str = "Hello!", **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "claude-sonnet-4-6",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        **extra,
    }


def chunk(content: str | None, **extra: Any) -> dict[str, Any]:
    choices = [] if content is None else [{"index": 0, "delta": {"content": content}}]
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "claude-sonnet-4-6",
        "choices": choices,
        **extra,
    }


PIECES = ["Hel", "lo", ", ", "wor", "ld"]
USAGE = {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}


def chat_chunks() -> list[bytes]:
    """Five content chunks, one usage chunk (no choices), then the terminator: 7 writes."""
    return [sse(chunk(piece)) for piece in PIECES] + [sse(chunk(None, usage=USAGE)), DONE]


def error_body(kind: str, message: str = "failed") -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}}


def create(client: Client, **options: Any) -> ChatCompletion:
    result = client.chat.completions.create(messages=MESSAGES, model=MODEL, **options)
    assert isinstance(result, ChatCompletion)
    return result


def gaps(requests: list[Recorded]) -> list[float]:
    return [later.time - earlier.time for earlier, later in itertools.pairwise(requests)]


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- 1. streaming over the socket ------------------------------------------------------------------


def _check_chat_stream(received: list[tuple[float, ChatCompletionChunk]], record: Recorded) -> None:
    assert record.finished.wait(5)
    assert len(record.sent) == 7
    # the first chunk reached the caller while the server was still streaming
    assert received[0][0] < record.sent[-2] < record.sent[-1]
    assert received[0][0] < record.sent[2]
    chunks = [item for _, item in received]
    assert all(isinstance(item, ChatCompletionChunk) for item in chunks)
    assert len(chunks) == 6  # iteration ended at [DONE]
    assert "".join(item.choices[0].delta.content or "" for item in chunks[:5]) == "Hello, world"
    last = chunks[-1]
    assert last.choices == []
    assert isinstance(last.usage, CompletionUsage)
    assert last.usage.total_tokens == 8
    assert record.method == "POST" and record.path == "/v1/chat/completions"
    assert record.header("Accept") == "text/event-stream"
    assert record.header("Authorization") == f"Bearer {KEY}"
    assert record.json()["stream"] is True


def test_chat_stream_sync(server: LoopbackServer, client: Client) -> None:
    server.script(Events(chat_chunks(), interval=0.1))
    stream = client.chat.completions.create(messages=MESSAGES, model=MODEL, stream=True)
    received = [(time.monotonic(), item) for item in stream]
    _check_chat_stream(received, server.requests[0])
    assert stream.response.is_closed


def test_chat_stream_async(server: LoopbackServer) -> None:
    server.script(Events(chat_chunks(), interval=0.1))

    async def main() -> list[tuple[float, ChatCompletionChunk]]:
        async_client = AsyncClient(api_key=KEY, base_url=server.url, timeout=5.0)
        try:
            stream = await async_client.chat.completions.create(
                messages=MESSAGES, model=MODEL, stream=True
            )
            async with stream:
                received = [(time.monotonic(), item) async for item in stream]
            assert stream.response.is_closed
            return received
        finally:
            await async_client.close()

    _check_chat_stream(run(main()), server.requests[0])


MESSAGE_EVENTS: list[tuple[str, dict[str, Any]]] = [
    (
        "message_start",
        {
            "type": "message_start",
            "message": {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "content": [],
                "model": "claude-sonnet-4-6",
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": 10, "output_tokens": 1},
            },
        },
    ),
    (
        "content_block_start",
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    ),
    ("ping", {"type": "ping"}),
    (
        "content_block_delta",
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}},
    ),
    (
        "content_block_delta",
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "!"}},
    ),
    ("content_block_stop", {"type": "content_block_stop", "index": 0}),
    (
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn", "stop_sequence": None},
            "usage": {"output_tokens": 2},
        },
    ),
    ("message_stop", {"type": "message_stop"}),
]
MESSAGE_TYPES = [
    MessageStartEvent,
    ContentBlockStartEvent,
    PingEvent,
    ContentBlockDeltaEvent,
    ContentBlockDeltaEvent,
    ContentBlockStopEvent,
    MessageDeltaEvent,
    MessageStopEvent,
]


def _check_message_events(events: list[object]) -> None:
    assert [type(event) for event in events] == MESSAGE_TYPES
    text = ""
    for event in events:
        if isinstance(event, ContentBlockDeltaEvent):
            assert isinstance(event.delta, TextDelta)
            text += event.delta.text
    assert text == "Hi!"
    start, delta = events[0], events[6]
    assert isinstance(start, MessageStartEvent) and start.message.id == "msg_1"
    assert isinstance(delta, MessageDeltaEvent) and delta.delta.stop_reason == "end_turn"


def test_messages_stream_sync(server: LoopbackServer, client: Client) -> None:
    server.script(Events([sse(data, name) for name, data in MESSAGE_EVENTS], interval=0.02))
    stream = client.messages.create(
        max_tokens=64, messages=CLAUDE_MESSAGES, model="claude-sonnet-4-6", stream=True
    )
    with stream:
        events: list[object] = list(stream)
    _check_message_events(events)
    assert stream.response.is_closed
    assert server.requests[0].path == "/v1/messages"


def test_messages_stream_async(server: LoopbackServer) -> None:
    server.script(Events([sse(data, name) for name, data in MESSAGE_EVENTS], interval=0.02))

    async def main() -> list[object]:
        async_client = AsyncClient(api_key=KEY, base_url=server.url, timeout=5.0)
        try:
            stream = await async_client.messages.create(
                max_tokens=64, messages=CLAUDE_MESSAGES, model="claude-sonnet-4-6", stream=True
            )
            async with stream:
                return [event async for event in stream]
        finally:
            await async_client.close()

    _check_message_events(run(main()))


def test_break_closes_the_stream_sync(server: LoopbackServer, client: Client) -> None:
    server.script(Events(chat_chunks(), interval=0.1), Reply(200, completion()))
    stream = client.chat.completions.create(messages=MESSAGES, model=MODEL, stream=True)
    for index, _ in enumerate(stream):
        if index == 1:
            break
    assert stream.response.is_closed
    record = server.requests[0]
    assert record.peer_closed.wait(3), "the server did not see the connection close"
    assert record.finished.wait(3)
    assert len(record.sent) < 7
    # the client is still usable afterwards
    assert isinstance(create(client), ChatCompletion)


def test_break_closes_the_stream_async(server: LoopbackServer) -> None:
    server.script(Events(chat_chunks(), interval=0.1))

    async def main() -> bool:
        async_client = AsyncClient(api_key=KEY, base_url=server.url, timeout=5.0)
        try:
            stream = await async_client.chat.completions.create(
                messages=MESSAGES, model=MODEL, stream=True
            )
            async with stream:
                index = 0
                async for _ in stream:
                    if index == 1:
                        break
                    index += 1
            return stream.response.is_closed
        finally:
            await async_client.close()

    assert run(main())
    record = server.requests[0]
    assert record.peer_closed.wait(3), "the server did not see the connection close"
    assert len(record.sent) < 7


def test_stream_reset_midway_raises_connection_error(
    server: LoopbackServer, client: Client
) -> None:
    server.script(Events(chat_chunks(), interval=0.05, drop_after=3, drop_reset=True))
    stream = client.chat.completions.create(messages=MESSAGES, model=MODEL, stream=True)
    received: list[ChatCompletionChunk] = []
    with pytest.raises(APIConnectionError) as caught:
        received.extend(stream)
    assert not isinstance(caught.value, APITimeoutError)
    assert 2 <= len(received) <= 3
    assert stream.response.is_closed


def test_stream_closed_midway_raises_connection_error_async(server: LoopbackServer) -> None:
    server.script(Events(chat_chunks(), interval=0.02, drop_after=2))

    async def main() -> list[ChatCompletionChunk]:
        async_client = AsyncClient(api_key=KEY, base_url=server.url, timeout=5.0)
        received: list[ChatCompletionChunk] = []
        try:
            stream = await async_client.chat.completions.create(
                messages=MESSAGES, model=MODEL, stream=True
            )
            with pytest.raises(APIConnectionError):
                async with stream:
                    async for item in stream:
                        received.append(item)
            return received
        finally:
            await async_client.close()

    assert len(run(main())) == 2


# -- 2. retries ------------------------------------------------------------------------------------


def test_429_with_retry_after_is_retried_once_after_that_delay(
    server: LoopbackServer, client: Client
) -> None:
    server.script(
        Reply(429, error_body("rate_limit_error"), headers={"Retry-After": "1"}),
        Reply(200, completion()),
    )
    assert isinstance(create(client), ChatCompletion)
    requests = server.requests
    assert len(requests) == 2
    assert 0.9 <= gaps(requests)[0] <= 2.0


def test_400_is_not_retried(server: LoopbackServer, client: Client) -> None:
    server.script(
        Reply(400, error_body("invalid_request_error", "bad model")), Reply(200, completion())
    )
    with pytest.raises(BadRequestError) as caught:
        create(client)
    assert caught.value.status_code == 400
    assert caught.value.code == "invalid_request_error"
    assert caught.value.message == "bad model"
    assert len(server.requests) == 1


def test_reset_connection_is_retried(server: LoopbackServer, client: Client) -> None:
    server.script(Reset(), Reply(200, completion("after reset")))
    result = create(client)
    assert result.choices[0].message.content == "after reset"
    assert len(server.requests) == 2


@pytest.mark.parametrize("how", ["constructor", "with_options"])
def test_max_retries_zero(server: LoopbackServer, client: Client, how: str) -> None:
    server.script(Reply(500, error_body("api_error")), Reply(200, completion()))
    if how == "constructor":
        no_retry = Client(api_key=KEY, base_url=server.url, timeout=5.0, max_retries=0)
    else:
        no_retry = client.with_options(max_retries=0)
    with pytest.raises(InternalServerError) as caught:
        create(no_retry)
    assert caught.value.status_code == 500
    assert len(server.requests) == 1
    assert isinstance(create(no_retry), ChatCompletion)  # the queued 200 was still there
    assert client.max_retries == 2  # with_options did not change the original
    if how == "constructor":
        no_retry.close()


def test_retry_after_ms(server: LoopbackServer, client: Client) -> None:
    server.script(
        Reply(503, error_body("overloaded_error"), headers={"retry-after-ms": "200"}),
        Reply(200, completion()),
    )
    assert isinstance(create(client), ChatCompletion)
    assert len(server.requests) == 2
    assert 0.15 <= gaps(server.requests)[0] <= 0.6


def test_exponential_backoff_without_retry_after(server: LoopbackServer, client: Client) -> None:
    server.script(
        Reply(500, error_body("api_error")),
        Reply(500, error_body("api_error")),
        Reply(200, completion()),
    )
    assert isinstance(create(client), ChatCompletion)
    assert len(server.requests) == 3
    first, second = gaps(server.requests)
    assert 0.35 <= first <= 1.3
    assert 0.35 <= second <= 1.3
    assert second > 0.6
    assert second > first


def test_retries_exhausted_raise_the_last_status(server: LoopbackServer) -> None:
    server.script(*[Reply(429, error_body("rate_limit_error"), {"Retry-After": "0"})] * 3)
    limited = Client(api_key=KEY, base_url=server.url, timeout=5.0, max_retries=2)
    try:
        with pytest.raises(RateLimitError):
            create(limited)
    finally:
        limited.close()
    assert len(server.requests) == 3


@pytest.mark.parametrize("style", ["imf-fixdate", "asctime"])
def test_retry_after_as_http_date(server: LoopbackServer, client: Client, style: str) -> None:
    # RFC 9110 section 5.6.7: recipients must accept IMF-fixdate and the obsolete asctime form.
    when = time.time() + 2
    date = (
        email.utils.formatdate(when, usegmt=True)
        if style == "imf-fixdate"
        else time.asctime(time.gmtime(when))
    )
    server.script(
        Reply(429, error_body("rate_limit_error"), headers={"Retry-After": date}),
        Reply(200, completion()),
    )
    assert isinstance(create(client), ChatCompletion)
    assert len(server.requests) == 2
    assert 0.6 <= gaps(server.requests)[0] <= 2.5


# -- 3. a fault run --------------------------------------------------------------------------------

SEED = 20_240_611
FAULT_RATE = 0.3
CALL_TIMEOUT = 0.3
SLOW = 0.9  # longer than CALL_TIMEOUT
MAX_BACKOFF = 0.5  # the first retry's delay, before jitter
RETRIED = {"500", "429", "reset", "slow"}
OUTCOME = {
    "ok": "ok",
    "500": "InternalServerError",
    "429": "RateLimitError",
    "reset": "APIConnectionError",
    "slow": "APITimeoutError",
    "malformed": "APIResponseValidationError",
    "drop": "APIConnectionError",
    "stall": "APITimeoutError",
}


def fault(call: int, attempt: int, streaming: bool) -> str:
    """What the server does for attempt ``attempt`` (0-based) of call ``call``: seeded."""
    rng = random.Random(f"{SEED}:{call}:{attempt}")
    if rng.random() >= FAULT_RATE:
        return "ok"
    kinds = ["500", "429", "reset", "slow", "malformed"]
    return rng.choice([*kinds, "drop", "stall"] if streaming else kinds)


def predicted(call: int, retries: int, streaming: bool) -> tuple[str, int]:
    """The outcome the client must report, and how many requests it takes."""
    for attempt in range(retries + 1):
        kind = fault(call, attempt, streaming)
        if kind in RETRIED and attempt < retries:
            continue
        return OUTCOME[kind], attempt + 1
    raise AssertionError("unreachable")


def fault_action(kind: str, streaming: bool) -> Reply | Events | Reset:
    stream_ok = [sse(chunk("a")), sse(chunk("b")), sse(chunk(None, usage=USAGE)), DONE]
    if kind == "ok":
        return Events(stream_ok, interval=0.005) if streaming else Reply(200, completion())
    if kind == "500":
        return Reply(500, error_body("api_error"))
    if kind == "429":
        return Reply(429, error_body("rate_limit_error"), {"Retry-After": "0"})
    if kind == "reset":
        return Reset()
    if kind == "slow":
        return Reply(200, completion(), delay=SLOW)
    if kind == "malformed":
        if streaming:
            return Events([sse(chunk("a")), b'data: {"id": "chatcmpl-1", "choi\n\n', DONE])
        return Reply(200, b'{"id": "chatcmpl-1", "object": "chat.completion", "choi')
    if kind == "drop":
        return Events(stream_ok, interval=0.005, drop_after=2)
    assert kind == "stall"
    return Events(stream_ok, stall_after=2, stall=SLOW)


def fault_responder(streaming_calls: set[int]) -> Any:
    lock = threading.Lock()
    attempts: Counter[int] = Counter()

    def respond(record: Recorded) -> Reply | Events | Reset:
        call = int(record.header("X-Call-Id") or "-1")
        with lock:
            attempt = attempts[call]
            attempts[call] += 1
        return fault_action(fault(call, attempt, call in streaming_calls), call in streaming_calls)

    return respond


def classify(error: BaseException) -> str:
    kinds: tuple[type[SDKError], ...] = (
        APITimeoutError,
        APIConnectionError,
        RateLimitError,
        InternalServerError,
        APIResponseValidationError,
        APIStatusError,
    )
    for kind in kinds:
        if isinstance(error, kind):
            return kind.__name__
    return f"ESCAPED {type(error).__module__}.{type(error).__qualname__}: {error}"


def call_bound(retries: int, streaming: bool) -> float:
    margin = 1.0
    return CALL_TIMEOUT * (retries + 1) + MAX_BACKOFF * retries + (0.1 if streaming else 0) + margin


def check_result(result: object, streaming: bool) -> str:
    if streaming:
        assert isinstance(result, list) and len(result) == 3
        assert all(isinstance(item, ChatCompletionChunk) for item in result)
    else:
        assert isinstance(result, ChatCompletion)
    return "ok"


SYNC_CALLS = 300
ASYNC_CALLS = 60


def test_fault_run(server: LoopbackServer) -> None:
    calls = range(SYNC_CALLS + ASYNC_CALLS)
    streaming_calls = {call for call in calls if call % 5 == 0}
    retries_of = {call: 1 if call % 4 == 0 else 0 for call in calls}
    server.responder = fault_responder(streaming_calls)
    outcomes: dict[int, str] = {}
    durations: dict[int, float] = {}
    started = time.monotonic()

    base = Client(api_key=KEY, base_url=server.url, timeout=CALL_TIMEOUT, max_retries=0)
    try:
        for call in range(SYNC_CALLS):
            streaming = call in streaming_calls
            one = base.with_options(max_retries=retries_of[call])
            headers = {"X-Call-Id": str(call)}
            begin = time.monotonic()
            try:
                if streaming:
                    result: object = list(
                        one.chat.completions.create(
                            messages=MESSAGES, model=MODEL, stream=True, extra_headers=headers
                        )
                    )
                else:
                    result = create(one, extra_headers=headers)
                outcomes[call] = check_result(result, streaming)
            except Exception as error:
                outcomes[call] = classify(error)
            durations[call] = time.monotonic() - begin
    finally:
        base.close()

    async def one_async(
        async_base: AsyncClient, call: int, gate: asyncio.Semaphore
    ) -> tuple[int, str, float]:
        streaming = call in streaming_calls
        async with gate:
            one = async_base.with_options(max_retries=retries_of[call])
            headers = {"X-Call-Id": str(call)}
            begin = time.monotonic()
            try:
                if streaming:
                    stream = await one.chat.completions.create(
                        messages=MESSAGES, model=MODEL, stream=True, extra_headers=headers
                    )
                    async with stream:
                        result: object = [item async for item in stream]
                else:
                    result = await one.chat.completions.create(
                        messages=MESSAGES, model=MODEL, extra_headers=headers
                    )
                outcome = check_result(result, streaming)
            except Exception as error:
                outcome = classify(error)
            return call, outcome, time.monotonic() - begin

    async def run_async_share() -> list[tuple[int, str, float]]:
        gate = asyncio.Semaphore(6)
        async_base = AsyncClient(
            api_key=KEY, base_url=server.url, timeout=CALL_TIMEOUT, max_retries=0
        )
        try:
            return await asyncio.gather(
                *(one_async(async_base, call, gate) for call in calls[SYNC_CALLS:])
            )
        finally:
            await async_base.close()

    for call, outcome, duration in run(run_async_share(), timeout=40):
        outcomes[call] = outcome
        durations[call] = duration
    elapsed = time.monotonic() - started

    escaped = {call: outcome for call, outcome in outcomes.items() if "ESCAPED" in outcome}
    assert not escaped, f"untyped exceptions escaped: {escaped}"
    wrong = {
        call: (outcomes[call], predicted(call, retries_of[call], call in streaming_calls)[0])
        for call in calls
        if outcomes[call] != predicted(call, retries_of[call], call in streaming_calls)[0]
    }
    assert not wrong, f"outcome differs from the scripted faults (got, expected): {wrong}"
    requests_per_call = Counter(int(r.header("X-Call-Id") or "-1") for r in server.requests)
    wrong_attempts = {
        call: (requests_per_call[call], expected)
        for call in calls
        if requests_per_call[call]
        != (expected := predicted(call, retries_of[call], call in streaming_calls)[1])
    }
    assert not wrong_attempts, f"requests per call (got, expected): {wrong_attempts}"
    slow_calls = {
        call: round(durations[call], 3)
        for call in calls
        if durations[call] > call_bound(retries_of[call], call in streaming_calls)
    }
    assert not slow_calls, f"calls over their time bound: {slow_calls}"
    counts = Counter(outcomes.values())
    for kind in set(OUTCOME.values()):
        assert counts[kind] > 0, f"no {kind} in {counts}"
    assert counts["ok"] > len(calls) // 2
    assert elapsed < 45, f"the fault run took {elapsed:.1f} s"


# -- 4. timeouts -----------------------------------------------------------------------------------


def test_per_call_timeout(server: LoopbackServer) -> None:
    server.script(Reply(200, completion(), delay=1.0))
    no_retry = Client(api_key=KEY, base_url=server.url, timeout=30.0, max_retries=0)
    try:
        begin = time.monotonic()
        with pytest.raises(APITimeoutError):
            create(no_retry, timeout=0.2)
        assert time.monotonic() - begin < 0.6
        assert len(server.requests) == 1
    finally:
        no_retry.close()


@pytest.mark.parametrize("how", ["constructor", "with_options"])
def test_per_client_timeout(server: LoopbackServer, client: Client, how: str) -> None:
    server.script(Reply(200, completion(), delay=1.0))
    if how == "constructor":
        short = Client(api_key=KEY, base_url=server.url, timeout=0.2, max_retries=0)
    else:
        short = client.with_options(timeout=0.2, max_retries=0)
    begin = time.monotonic()
    with pytest.raises(APITimeoutError):
        create(short)
    assert time.monotonic() - begin < 0.6
    if how == "constructor":
        short.close()


def test_timeout_is_retried(server: LoopbackServer) -> None:
    server.script(Reply(200, completion(), delay=1.0), Reply(200, completion("second")))
    retrying = Client(api_key=KEY, base_url=server.url, timeout=0.2, max_retries=1)
    try:
        begin = time.monotonic()
        assert create(retrying).choices[0].message.content == "second"
        assert time.monotonic() - begin < 1.2
        assert len(server.requests) == 2
    finally:
        retrying.close()


def test_stream_that_stalls_times_out(server: LoopbackServer) -> None:
    server.script(Events(chat_chunks(), stall_after=2, stall=1.0))
    short = Client(api_key=KEY, base_url=server.url, timeout=0.2, max_retries=0)
    try:
        stream = short.chat.completions.create(messages=MESSAGES, model=MODEL, stream=True)
        received: list[ChatCompletionChunk] = []
        begin = time.monotonic()
        with pytest.raises(APITimeoutError):
            received.extend(stream)
        assert time.monotonic() - begin < 0.6
        assert len(received) == 2
    finally:
        short.close()


def test_async_per_call_timeout(server: LoopbackServer) -> None:
    server.script(Reply(200, completion(), delay=1.0))

    async def main() -> float:
        async_client = AsyncClient(api_key=KEY, base_url=server.url, max_retries=0)
        try:
            begin = time.monotonic()
            with pytest.raises(APITimeoutError):
                await async_client.chat.completions.create(
                    messages=MESSAGES, model=MODEL, timeout=0.2
                )
            return time.monotonic() - begin
        finally:
            await async_client.close()

    assert run(main()) < 0.6


# -- 5. secrets ------------------------------------------------------------------------------------


def assert_hidden(text: str) -> None:
    assert KEY not in text
    assert KEY[3:] not in text


def assert_error_hides_key(error: BaseException) -> None:
    assert_hidden(str(error))
    assert_hidden(repr(error))
    assert_hidden("".join(traceback.format_exception(error)))


def test_client_repr_hides_the_key(server: LoopbackServer, client: Client) -> None:
    assert_hidden(repr(client))
    assert_hidden(str(client))
    derived = client.with_options(max_retries=0, timeout=3.0)
    assert_hidden(repr(derived))
    server.script(Reply(200, completion()))
    assert isinstance(create(derived), ChatCompletion)
    assert server.requests[0].header("Authorization") == f"Bearer {KEY}"

    async def async_repr() -> str:
        async_client = AsyncClient(api_key=KEY, base_url=server.url)
        try:
            return repr(async_client) + repr(async_client.with_options(max_retries=1))
        finally:
            await async_client.close()

    assert_hidden(run(async_repr()))


def test_errors_hide_the_key(server: LoopbackServer) -> None:
    no_retry = Client(api_key=KEY, base_url=server.url, timeout=0.3, max_retries=0)
    server.script(
        Reply(401, error_body("authentication_error", "invalid x-api-key")),
        Reply(500, error_body("api_error", "internal")),
        Reply(200, completion(), delay=1.0),
        Reply(200, ["unexpected", "shape"]),  # not even an object: raises, however lenient
    )
    expected: list[type[SDKError]] = [
        AuthenticationError,
        InternalServerError,
        APITimeoutError,
        APIResponseValidationError,
    ]
    try:
        for kind in expected:
            with pytest.raises(kind) as caught:
                create(no_retry)
            assert_error_hides_key(caught.value)
    finally:
        no_retry.close()
    unreachable = Client(api_key=KEY, base_url=closed_port_url(), timeout=1.0, max_retries=0)
    try:
        with pytest.raises(APIConnectionError) as refused:
            create(unreachable)
        assert not isinstance(refused.value, APITimeoutError)
        assert_error_hides_key(refused.value)
    finally:
        unreachable.close()


# -- 6. raw responses and extra options ------------------------------------------------------------


def test_raw_response_and_extra_options(server: LoopbackServer, client: Client) -> None:
    server.script(Reply(200, completion("raw"), headers={"X-Custom-Header": "custom-value"}))
    raw = client.chat.completions.with_raw_response.create(
        messages=MESSAGES,
        model=MODEL,
        extra_headers={"X-Extra-Header": "extra-value"},
        extra_query={"beta": "true"},
        extra_body={"custom_field": {"nested": [1, 2]}},
    )
    assert raw.status_code == 200
    assert raw.headers["x-custom-header"] == "custom-value"
    parsed = raw.parse()
    assert isinstance(parsed, ChatCompletion)
    assert parsed.choices[0].message.content == "raw"
    assert raw.parse() is parsed
    record = server.requests[0]
    assert record.header("X-Extra-Header") == "extra-value"
    assert record.path == "/v1/chat/completions?beta=true"
    body = record.json()
    assert body["custom_field"] == {"nested": [1, 2]}
    assert body["model"] == MODEL
    assert body["messages"] == [{"role": "user", "content": "Hi"}]
    assert not [name for name, _ in record.headers if "specgen" in name.lower()]


def test_headers_given_in_another_case_replace_the_defaults(
    server: LoopbackServer, client: Client
) -> None:
    """HTTP header names are case-insensitive: an override must not send the header twice."""
    server.script(Reply(200, completion()), Reply(200, completion()))
    create(client, extra_headers={"authorization": "Bearer sk-other", "user-agent": "mine/1"})
    create(client, extra_headers={"ACCEPT": "application/json; q=1"})
    first, second = server.requests
    assert first.header_all("Authorization") == ["Bearer sk-other"]
    assert first.header_all("User-Agent") == ["mine/1"]
    assert second.header_all("Accept") == ["application/json; q=1"]


# -- 7. forward compatibility ----------------------------------------------------------------------


def test_unknown_values_and_fields_are_accepted(server: LoopbackServer, client: Client) -> None:
    body = completion(brand_new_field={"nested": [1, 2, 3]})
    body["model"] = "some-model-from-the-future"
    body["choices"][0]["finish_reason"] = "brand_new_reason"
    body["choices"][0]["message"]["annotations"] = [{"type": "citation"}]
    server.script(Reply(200, body))
    result = create(client)
    assert isinstance(result, ChatCompletion)
    assert result.model == "some-model-from-the-future"
    assert result.choices[0].finish_reason == "brand_new_reason"
    assert result.model_extra == {"brand_new_field": {"nested": [1, 2, 3]}}
    assert (result.choices[0].message.model_extra or {})["annotations"] == [{"type": "citation"}]


# -- misbehaving servers beyond the brief ----------------------------------------------------------


@pytest.mark.parametrize("streaming", [False, True], ids=["json", "stream"])
def test_body_that_cannot_be_decoded_gives_a_typed_error(
    server: LoopbackServer, streaming: bool
) -> None:
    """A body declared gzip that is not (a broken proxy) must still end in an SDKError."""
    garbage = {"Content-Encoding": "gzip"}
    if streaming:
        server.script(Events([b"this is not gzip at all\n\n"], headers=garbage))
    else:
        server.script(Reply(200, b"this is not gzip at all", headers=garbage))
    no_retry = Client(api_key=KEY, base_url=server.url, timeout=2.0, max_retries=0)
    try:
        with pytest.raises(SDKError):
            if streaming:
                list(no_retry.chat.completions.create(messages=MESSAGES, model=MODEL, stream=True))
            else:
                create(no_retry)
    finally:
        no_retry.close()


NEW_EVENTS = {
    # the Messages API documents that new event types may appear and should be tolerated
    "new_event_type": ("thinking_budget_update", {"type": "thinking_budget_update", "left": 7}),
    "new_delta_type": (
        "content_block_delta",
        {"type": "content_block_delta", "index": 0, "delta": {"type": "new_delta", "x": 1}},
    ),
}


@pytest.mark.parametrize("case", NEW_EVENTS)
def test_unknown_stream_events_do_not_break_the_stream(
    server: LoopbackServer, client: Client, case: str
) -> None:
    name, data = NEW_EVENTS[case]
    chunks = [sse(payload, event) for event, payload in MESSAGE_EVENTS]
    chunks.insert(3, sse(data, name))
    server.script(Events(chunks))
    stream = client.messages.create(
        max_tokens=64, messages=CLAUDE_MESSAGES, model="claude-sonnet-4-6", stream=True
    )
    with stream:
        events: list[object] = list(stream)
    if case == "new_event_type":  # a whole event of a new kind is passed over
        assert len(events) == len(MESSAGE_TYPES)
    else:  # a known event with a new kind of delta is delivered, the delta read as it arrived
        new = events.pop(3)
        assert isinstance(new, ContentBlockDeltaEvent)
        assert not isinstance(new.delta, TextDelta)
        assert (new.delta.type, new.delta.model_extra) == (
            "new_delta",
            {"type": "new_delta", "x": 1},
        )
    _check_message_events(events)


def test_redirect_loop_gives_a_typed_error(server: LoopbackServer) -> None:
    """The client follows redirects; a loop (a misconfigured proxy) must end in an SDKError."""
    loop = Reply(307, None, headers={"Location": "/v1/chat/completions"})
    server.responder = lambda record: loop
    no_retry = Client(api_key=KEY, base_url=server.url, timeout=2.0, max_retries=0)
    try:
        with pytest.raises(SDKError):
            create(no_retry)
    finally:
        no_retry.close()
    assert len(server.requests) <= 25
