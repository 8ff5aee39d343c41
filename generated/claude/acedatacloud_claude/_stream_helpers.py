"""Streaming helpers: the events of a stream, and the whole response they add up to.

``messages.stream()`` and ``chat.completions.stream()`` return a manager; ``with`` (or
``async with``) makes the request and gives a stream that yields the events as they arrive (a
chat completion's: openai's events made of its chunks, ``_chat_events``; a message's: its events
and anthropic's ``text`` events, ``_message_events``), ``text_stream`` (the
text alone), and ``get_final_message()`` / ``get_final_completion()``: the
response the events add up to, as the same call without streaming returns it.

The accumulators follow each protocol on the events' JSON, not on the spec's types: they build
the response as the API sends it unstreamed, which the response type then parses. Event kinds
and fields they do not know are passed over, as new ones appear before clients know them.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar, cast

import httpx
import pydantic

from ._chat_events import ChatCompletionStreamEvent, ChoiceChange, ChoiceEvents, ChunkEvent
from ._exceptions import APIResponseValidationError
from ._message_events import TextEvent
from ._parsing import loads, parse
from ._streaming import AsyncStream, Stream
from ._types import is_list

ResponseT = TypeVar("ResponseT")
EventT = TypeVar("EventT")
ItemT = TypeVar("ItemT")

JSONObject = dict[str, Any]


class _ProtocolError(Exception):
    """The events break their protocol: they add up to no response."""


class MessageAccumulator:
    """Anthropic's message events into the message they stream (``message_start`` gives it,
    ``content_block_*`` build its content, ``message_delta`` ends it)."""

    def __init__(self) -> None:
        self._message: JSONObject | None = None
        self._input_json: dict[int, list[str]] = {}  # a tool call's input, in pieces, by block

    def add(self, event: JSONObject) -> str | None:
        """Take in one event; the text it adds to the message, if any."""
        kind = event.get("type")
        if kind == "message_start":
            message = _object(event.get("message"))
            if message is None:
                raise _ProtocolError("message_start carries no message")
            self._message = copy.deepcopy(message)
            self._message["content"] = _items(self._message.get("content"))
            self._input_json.clear()
            return None
        if kind not in ("content_block_start", "content_block_delta", "content_block_stop"):
            if kind == "message_delta":
                self._delta(event)
            return None  # ping, message_stop and kinds to come change nothing
        content = self._content(kind)
        index = event.get("index")
        if not isinstance(index, int) or not 0 <= index <= len(content):
            raise _ProtocolError(f"{kind} for content block {index!r}, which is not there")
        if kind == "content_block_start":
            block = _object(event.get("content_block")) or {}
            content[index : index + 1] = [copy.deepcopy(block)]
            return None
        if index == len(content):
            raise _ProtocolError(f"{kind} for content block {index}, which did not start")
        if kind == "content_block_stop":
            self._finish_block(index)
            return None
        started = _object(content[index])
        if started is None:
            raise _ProtocolError(f"content block {index} is not an object")
        return self._block_delta(started, index, _object(event.get("delta")) or {})

    def snapshot(self) -> JSONObject | None:
        """The message so far (a tool call's input as far as it came); None before it began."""
        for index in list(self._input_json):
            self._finish_block(index)
        return self._message

    def block_text(self, index: int) -> str | None:
        """The text of the content block at ``index`` so far; None when it is no text block."""
        content = _items(self._message.get("content")) if self._message is not None else []
        block = _object(content[index]) if 0 <= index < len(content) else None
        if block is None or block.get("type") != "text":
            return None
        return str(block.get("text") or "")

    def text(self) -> str:
        """The text blocks of the message so far, joined."""
        content = _items(self._message.get("content")) if self._message is not None else []
        blocks = [block for block in map(_object, content) if block is not None]
        return "".join(str(b.get("text") or "") for b in blocks if b.get("type") == "text")

    def _content(self, kind: object) -> list[Any]:
        if self._message is None:
            raise _ProtocolError(f"{kind} before message_start")
        content: list[Any] = self._message["content"]
        return content

    def _block_delta(self, block: JSONObject, index: int, delta: JSONObject) -> str | None:
        kind = delta.get("type")
        if kind == "text_delta":
            text = str(delta.get("text") or "")
            block["text"] = str(block.get("text") or "") + text
            return text
        if kind == "input_json_delta":
            self._input_json.setdefault(index, []).append(str(delta.get("partial_json") or ""))
        elif kind == "thinking_delta":
            block["thinking"] = str(block.get("thinking") or "") + str(delta.get("thinking") or "")
        elif kind == "signature_delta":
            block["signature"] = delta.get("signature")
        elif kind == "citations_delta":
            block["citations"] = [*_items(block.get("citations")), delta.get("citation")]
        return None

    def _finish_block(self, index: int) -> None:
        """A tool call's input, its JSON complete: parsed into the block (none sent: kept)."""
        pieces = self._input_json.pop(index, None)
        if pieces is None or self._message is None:
            return
        text = "".join(pieces)
        try:
            value: object = loads(text) if text else {}
        except ValueError:
            raise _ProtocolError(f"the input of content block {index} is not JSON") from None
        block = _object(_items(self._message.get("content"))[index])
        if block is not None:
            block["input"] = value

    def _delta(self, event: JSONObject) -> None:
        if self._message is None:
            raise _ProtocolError("message_delta before message_start")
        self._message.update(copy.deepcopy(_object(event.get("delta")) or {}))  # stop_reason, ...
        usage = _object(event.get("usage"))
        if usage is not None:
            totals = _object(self._message.get("usage")) or {}
            # counts the delta leaves out (null) keep their message_start values
            self._message["usage"] = {**totals, **{k: v for k, v in usage.items() if v is not None}}


class ChatCompletionAccumulator:
    """OpenAI's chat completion chunks into the completion they stream: each choice by its
    index, its delta's text appended (content, refusal, reasoning), tool calls by their index
    with their arguments appended, the last finish reason and usage."""

    def __init__(self) -> None:
        self._completion: JSONObject | None = None
        self._choices: dict[int, JSONObject] = {}
        self._tool_calls: dict[int, dict[int, JSONObject]] = {}  # by choice, then call

    def add(self, chunk: JSONObject) -> str | None:
        """Take in one chunk; the content it adds to the first choice, if any."""
        return _first_content(self.changes(chunk))

    def changes(self, chunk: JSONObject) -> list[ChoiceChange]:
        """Take in one chunk; what it adds to each choice it names."""
        if self._completion is None:
            self._completion = {"object": "chat.completion"}
        for key, value in chunk.items():
            if key not in ("object", "choices") and value is not None:
                self._completion[key] = copy.deepcopy(value)  # id, model, created, usage, ...
        choices = (_object(choice) for choice in _items(chunk.get("choices")))
        return [self._choice(choice) for choice in choices if choice is not None]

    def choice(self, index: int) -> tuple[JSONObject, dict[int, JSONObject], bool]:
        """The choice at ``index`` so far, as it is kept (not copied): its message, tool calls
        apart, its tool calls by index, and whether it has its finish reason."""
        choice = self._choices[index]
        message: JSONObject = choice["message"]
        return message, self._tool_calls.get(index, {}), bool(choice.get("finish_reason"))

    def snapshot(self) -> JSONObject | None:
        """The completion so far; None before its first chunk."""
        if self._completion is None:
            return None
        choices: list[JSONObject] = []
        for index in sorted(self._choices):
            choice = copy.deepcopy(self._choices[index])
            calls = self._tool_calls.get(index)
            if calls:
                message: JSONObject = choice["message"]
                message["tool_calls"] = [copy.deepcopy(calls[i]) for i in sorted(calls)]
            choices.append(choice)
        return {**self._completion, "choices": choices}

    def _choice(self, choice: JSONObject) -> ChoiceChange:
        index = choice.get("index", 0)
        if not isinstance(index, int):
            raise _ProtocolError(f"a choice's index is {index!r}")
        # content is null where no delta carried any, as in a completion sent whole
        message = {"role": "assistant", "content": None}
        snapshot = self._choices.setdefault(
            index, {"index": index, "message": message, "finish_reason": None}
        )
        for key, value in choice.items():
            logprobs = _object(value) if key == "logprobs" else None
            if logprobs is not None:
                snapshot[key] = _joined_lists(snapshot.get(key), logprobs)
            elif key not in ("index", "delta") and value is not None:
                snapshot[key] = copy.deepcopy(value)  # finish_reason, ...
        message = snapshot["message"]
        change = ChoiceChange(index)
        for key, value in (_object(choice.get("delta")) or {}).items():
            if key == "tool_calls":
                change.arguments = self._add_tool_calls(index, _items(value))
            elif isinstance(value, str) and key != "role":
                message[key] = str(message.get(key) or "") + value  # content, refusal, ...
                change.content = value if key == "content" else change.content
                change.refusal = value if key == "refusal" else change.refusal
            elif value is not None:
                message[key] = copy.deepcopy(value)
        return change

    def _add_tool_calls(self, choice: int, deltas: list[Any]) -> list[tuple[int, str]]:
        """The calls' deltas added in; the pieces of arguments they bring, by call index."""
        pieces: list[tuple[int, str]] = []
        calls = self._tool_calls.setdefault(choice, {})
        for position, delta in enumerate(map(_object, deltas)):
            if delta is None:
                continue
            index = delta.get("index", position)
            if not isinstance(index, int):
                raise _ProtocolError(f"a tool call's index is {index!r}")
            call = calls.setdefault(
                index, {"id": "", "type": "function", "function": {"name": "", "arguments": ""}}
            )
            for key, value in delta.items():
                given = _object(value) if key == "function" else None
                if given is not None:
                    function: JSONObject = call["function"]
                    for name, part in given.items():
                        if name == "arguments" and isinstance(part, str):
                            function[name] = str(function.get(name) or "") + part
                        elif part is not None:
                            function[name] = part  # the name comes whole, maybe repeated
                elif key != "index" and value is not None:
                    call[key] = value
            arguments = _object(delta.get("function")) or {}
            piece = arguments.get("arguments")
            pieces.append((index, piece if isinstance(piece, str) else ""))
        return pieces


def _first_content(changes: list[ChoiceChange]) -> str | None:
    """The content the first choice (index 0) was given, if any."""
    return next((c.content for c in changes if c.index == 0 and c.content is not None), None)


def _joined_lists(before: object, after: JSONObject) -> JSONObject:
    """Log probabilities: each list of tokens extended by the chunk's."""
    joined = dict(_object(before) or {})
    for key, value in after.items():
        earlier = joined.get(key)
        if is_list(value) and is_list(earlier):
            joined[key] = [*earlier, *value]
        elif value is not None:
            joined[key] = copy.deepcopy(value)
    return joined


# JSON read from the server: its objects have string keys. The same object, not a copy: the
# accumulators update the blocks and messages this returns in place.
def _object(value: object) -> JSONObject | None:
    """A JSON object as such; None for any other value."""
    return cast(JSONObject, value) if isinstance(value, dict) else None


def _items(value: object) -> list[Any]:
    """A JSON array's items (a new list of the same items); none for any other value."""
    return list[Any](value) if is_list(value) else []


Accumulator = MessageAccumulator | ChatCompletionAccumulator


def _json_of(event: object) -> JSONObject:
    """An event as the JSON the server sent (what the accumulators read)."""
    if isinstance(event, pydantic.BaseModel):
        return event.model_dump(mode="json", by_alias=True, exclude_unset=True)
    as_object = _object(event)
    if as_object is not None:
        return as_object
    raise _ProtocolError(f"an event is {type(event).__name__}, not a JSON object")


Step = tuple[ItemT, str | None]  # what iterating the stream yields, and the text it adds


class _Accumulating(Generic[ResponseT, EventT, ItemT]):
    """A stream whose events are also added up: iterate it for what they make (``_steps_of``),
    or ``text_stream`` for the text; the final response comes when they have run out."""

    def __init__(
        self, stream: Stream[EventT], cast_to: type[ResponseT], accumulator: Accumulator
    ) -> None:
        self._stream = stream
        self._cast_to = cast_to
        self._accumulator = accumulator
        self._steps = self._events()
        self._final: list[ResponseT] = []  # parsed once

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status, headers) whose body the events are."""
        return self._stream.response

    def __iter__(self) -> Iterator[ItemT]:
        for item, _ in self._steps:
            yield item

    def __next__(self) -> ItemT:
        return next(self._steps)[0]

    @property
    def text_stream(self) -> Iterator[str]:
        """The text of the response as it arrives, piece by piece (a chat completion's: of
        its first choice)."""
        return (text for _, text in self._steps if text)

    def until_done(self) -> None:
        """Read the rest of the stream."""
        for _ in self._steps:
            pass

    def close(self) -> None:
        """Stop the stream: no more events, and the connection is released."""
        self._steps.close()
        self._stream.close()

    def _steps_of(self, event: EventT) -> list[Step[ItemT]]:
        raise NotImplementedError

    def _events(self) -> Generator[Step[ItemT]]:
        for event in self._stream:  # closes the response when the events run out or fail
            yield from _in_protocol(self._steps_of, event, self.response)

    def _final_response(self) -> ResponseT:
        self.until_done()
        if not self._final:
            self._final.append(
                _parsed(self._accumulator, self._cast_to, self.response, self._stream.strict)
            )
        return self._final[0]


class _AsyncAccumulating(Generic[ResponseT, EventT, ItemT]):
    """The asynchronous twin of ``_Accumulating``."""

    def __init__(
        self, stream: AsyncStream[EventT], cast_to: type[ResponseT], accumulator: Accumulator
    ) -> None:
        self._stream = stream
        self._cast_to = cast_to
        self._accumulator = accumulator
        self._steps = self._events()
        self._final: list[ResponseT] = []

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status, headers) whose body the events are."""
        return self._stream.response

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for item, _ in self._steps:
            yield item

    async def __anext__(self) -> ItemT:
        return (await anext(self._steps))[0]

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The text of the response as it arrives, piece by piece (a chat completion's: of
        its first choice)."""
        return (text async for _, text in self._steps if text)

    async def until_done(self) -> None:
        """Read the rest of the stream."""
        async for _ in self._steps:
            pass

    async def close(self) -> None:
        """Stop the stream: no more events, and the connection is released."""
        await self._steps.aclose()
        await self._stream.close()

    def _steps_of(self, event: EventT) -> list[Step[ItemT]]:
        raise NotImplementedError

    async def _events(self) -> AsyncGenerator[Step[ItemT]]:
        async for event in self._stream:
            for step in _in_protocol(self._steps_of, event, self.response):
                yield step

    async def _final_response(self) -> ResponseT:
        await self.until_done()
        if not self._final:
            self._final.append(
                _parsed(self._accumulator, self._cast_to, self.response, self._stream.strict)
            )
        return self._final[0]


def _in_protocol(
    steps_of: Callable[[EventT], list[Step[ItemT]]], event: EventT, response: httpx.Response
) -> list[Step[ItemT]]:
    """The steps an event makes: out of protocol, it raises the client's own error."""
    try:
        return steps_of(event)
    except _ProtocolError as error:
        raise APIResponseValidationError(
            response=response, body=event, message=f"The stream is out of protocol: {error}"
        ) from None


def _parsed(
    accumulator: Accumulator,
    cast_to: type[ResponseT],
    response: httpx.Response,
    strict: bool,
    subject: str = "The streamed response",
) -> Any:
    """What the events add up to, parsed as the response sent whole would be (strictly with
    ``strict``, as the client's ``strict_response_validation`` asks)."""
    try:
        snapshot = accumulator.snapshot()
    except _ProtocolError as error:
        raise APIResponseValidationError(
            response=response, body=None, message=f"The stream is out of protocol: {error}"
        ) from None
    if snapshot is None:
        raise APIResponseValidationError(
            response=response, body=None, message="The stream ended before the response began"
        )
    return parse(cast_to, snapshot, response, strict=strict, subject=subject)


class MessageStream(_Accumulating[ResponseT, EventT, EventT | TextEvent]):
    """The events of a streamed message (``for event in stream``: each one the server sent, and
    after each piece of text a ``TextEvent``, as anthropic's helper has it), its text as it
    arrives (``stream.text_stream``), and the message they add up to
    (``stream.get_final_message()``)."""

    def __init__(self, stream: Stream[EventT], cast_to: type[ResponseT]) -> None:
        self._messages = MessageAccumulator()
        super().__init__(stream, cast_to, self._messages)

    def get_final_message(self) -> ResponseT:
        """The whole message, the rest of the stream read first (once the stream is
        closed, the message as far as it came)."""
        return self._final_response()

    def get_final_text(self) -> str:
        """The text blocks of the whole message, joined ("" when it has none)."""
        self.until_done()
        return self._messages.text()

    def _steps_of(self, event: EventT) -> list[Step[EventT | TextEvent]]:
        return _message_steps(self._messages, event)


class AsyncMessageStream(_AsyncAccumulating[ResponseT, EventT, EventT | TextEvent]):
    """The asynchronous twin of ``MessageStream``."""

    def __init__(self, stream: AsyncStream[EventT], cast_to: type[ResponseT]) -> None:
        self._messages = MessageAccumulator()
        super().__init__(stream, cast_to, self._messages)

    async def get_final_message(self) -> ResponseT:
        """The whole message, the rest of the stream read first (once the stream is
        closed, the message as far as it came)."""
        return await self._final_response()

    async def get_final_text(self) -> str:
        """The text blocks of the whole message, joined ("" when it has none)."""
        await self.until_done()
        return self._messages.text()

    def _steps_of(self, event: EventT) -> list[Step[EventT | TextEvent]]:
        return _message_steps(self._messages, event)


def _message_steps(messages: MessageAccumulator, event: EventT) -> list[Step[EventT | TextEvent]]:
    """The event, and the ``TextEvent`` of the text it adds to a text block, if any."""
    sent = _json_of(event)
    text = messages.add(sent)
    index = sent.get("index")
    snapshot = messages.block_text(index) if isinstance(index, int) else None
    steps: list[Step[EventT | TextEvent]] = [(event, text)]
    if text is not None and snapshot is not None:
        steps.append((TextEvent(text=text, snapshot=snapshot), None))
    return steps


class ChatCompletionEvents(Generic[ResponseT, EventT]):
    """Chunks into the events openai's helper yields for them: each chunk with the completion
    so far, then what it added to each choice (``_chat_events``)."""

    def __init__(self, cast_to: type[ResponseT]) -> None:
        self.completions = ChatCompletionAccumulator()
        self._cast_to = cast_to
        self._choices: dict[int, ChoiceEvents] = {}

    def steps(
        self, chunk: EventT, response: httpx.Response
    ) -> list[Step[ChatCompletionStreamEvent[EventT, ResponseT]]]:
        """The events of ``chunk``; the text it adds to the first choice goes with the first."""
        changes = self.completions.changes(_json_of(chunk))
        # mid-stream the completion lacks what comes last (a finish reason): parsed leniently
        snapshot: ResponseT = _parsed(
            self.completions, self._cast_to, response, False, "The streamed response so far"
        )
        steps: list[Step[ChatCompletionStreamEvent[EventT, ResponseT]]] = [
            (ChunkEvent(chunk=chunk, snapshot=snapshot), _first_content(changes))
        ]
        for change in changes:
            events = self._choices.setdefault(change.index, ChoiceEvents())
            made = events.events(change, *self.completions.choice(change.index))
            steps.extend((event, None) for event in made)
        return steps


class ChatCompletionStream(
    _Accumulating[ResponseT, EventT, ChatCompletionStreamEvent[EventT, ResponseT]]
):
    """The events of a streamed chat completion, as openai's helper names them (``for event in
    stream``: ``event.type`` is ``chunk``, ``content.delta``, ``content.done``, ...), the first
    choice's text as it arrives (``stream.text_stream``), and the completion the chunks add up
    to (``stream.get_final_completion()``)."""

    def __init__(self, stream: Stream[EventT], cast_to: type[ResponseT]) -> None:
        self._chat = ChatCompletionEvents[ResponseT, EventT](cast_to)
        super().__init__(stream, cast_to, self._chat.completions)

    def get_final_completion(self) -> ResponseT:
        """The whole completion, the rest of the stream read first (once the stream is
        closed, the completion as far as it came)."""
        return self._final_response()

    def _steps_of(self, event: EventT) -> list[Step[ChatCompletionStreamEvent[EventT, ResponseT]]]:
        return self._chat.steps(event, self.response)


class AsyncChatCompletionStream(
    _AsyncAccumulating[ResponseT, EventT, ChatCompletionStreamEvent[EventT, ResponseT]]
):
    """The asynchronous twin of ``ChatCompletionStream``."""

    def __init__(self, stream: AsyncStream[EventT], cast_to: type[ResponseT]) -> None:
        self._chat = ChatCompletionEvents[ResponseT, EventT](cast_to)
        super().__init__(stream, cast_to, self._chat.completions)

    async def get_final_completion(self) -> ResponseT:
        """The whole completion, the rest of the stream read first (once the stream is
        closed, the completion as far as it came)."""
        return await self._final_response()

    def _steps_of(self, event: EventT) -> list[Step[ChatCompletionStreamEvent[EventT, ResponseT]]]:
        return self._chat.steps(event, self.response)


StreamT = TypeVar("StreamT", bound=_Accumulating[Any, Any, Any])
AsyncStreamT = TypeVar("AsyncStreamT", bound=_AsyncAccumulating[Any, Any, Any])


class _Manager(Generic[StreamT]):
    """``with`` makes the request and gives the stream; leaving it closes the stream, whether
    the block ran out or raised."""

    def __init__(self, open_stream: Callable[[], StreamT]) -> None:
        self._open = open_stream
        self._stream: StreamT | None = None

    def __enter__(self) -> StreamT:
        self._stream = self._open()
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class _AsyncManager(Generic[AsyncStreamT]):
    """The asynchronous twin of ``_Manager``: ``async with``."""

    def __init__(self, open_stream: Callable[[], Awaitable[AsyncStreamT]]) -> None:
        self._open = open_stream
        self._stream: AsyncStreamT | None = None

    async def __aenter__(self) -> AsyncStreamT:
        self._stream = await self._open()
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


class MessageStreamManager(_Manager[MessageStream[ResponseT, EventT]]):
    """What ``messages.stream()`` returns: ``with`` it for a ``MessageStream``."""

    def __init__(self, request: Callable[[], Stream[EventT]], cast_to: type[ResponseT]) -> None:
        super().__init__(lambda: MessageStream(request(), cast_to))


class AsyncMessageStreamManager(_AsyncManager[AsyncMessageStream[ResponseT, EventT]]):
    """What the async ``messages.stream()`` returns: ``async with`` it for an
    ``AsyncMessageStream``."""

    def __init__(
        self, request: Callable[[], Awaitable[AsyncStream[EventT]]], cast_to: type[ResponseT]
    ) -> None:
        async def open_stream() -> AsyncMessageStream[ResponseT, EventT]:
            return AsyncMessageStream(await request(), cast_to)

        super().__init__(open_stream)


class ChatCompletionStreamManager(_Manager[ChatCompletionStream[ResponseT, EventT]]):
    """What ``chat.completions.stream()`` returns: ``with`` it for a ``ChatCompletionStream``."""

    def __init__(self, request: Callable[[], Stream[EventT]], cast_to: type[ResponseT]) -> None:
        super().__init__(lambda: ChatCompletionStream(request(), cast_to))


class AsyncChatCompletionStreamManager(_AsyncManager[AsyncChatCompletionStream[ResponseT, EventT]]):
    """What the async ``chat.completions.stream()`` returns: ``async with`` it for an
    ``AsyncChatCompletionStream``."""

    def __init__(
        self, request: Callable[[], Awaitable[AsyncStream[EventT]]], cast_to: type[ResponseT]
    ) -> None:
        async def open_stream() -> AsyncChatCompletionStream[ResponseT, EventT]:
            return AsyncChatCompletionStream(await request(), cast_to)

        super().__init__(open_stream)
