"""The events of ``chat.completions.stream()``, named and shaped as the openai SDK's: each chunk
as it came with the completion so far (``chunk``), then what it added to a choice's content,
refusal or tool calls (``*.delta``, with the whole so far), and each of those once complete
(``*.done``). They are told apart by ``type``, which type checkers narrow on:

    for event in stream:
        if event.type == "content.delta":
            print(event.delta, end="")

They are made by the client, not read from the server: plain frozen dataclasses, not models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeAlias, TypeVar, cast

ChunkT = TypeVar("ChunkT")
CompletionT = TypeVar("CompletionT")


@dataclass(frozen=True)
class ChunkEvent(Generic[ChunkT, CompletionT]):
    """A chunk as it came, and the completion so far (that chunk added in)."""

    type: Literal["chunk"] = field(default="chunk", init=False)
    chunk: ChunkT
    snapshot: CompletionT


@dataclass(frozen=True)
class ContentDeltaEvent:
    """Content a chunk added to a choice: ``delta``, and the choice's content so far."""

    type: Literal["content.delta"] = field(default="content.delta", init=False)
    delta: str
    snapshot: str


@dataclass(frozen=True)
class ContentDoneEvent:
    """A choice's content, complete: it finished, or went on to call tools."""

    type: Literal["content.done"] = field(default="content.done", init=False)
    content: str


@dataclass(frozen=True)
class RefusalDeltaEvent:
    """Refusal text a chunk added to a choice: ``delta``, and the refusal so far."""

    type: Literal["refusal.delta"] = field(default="refusal.delta", init=False)
    delta: str
    snapshot: str


@dataclass(frozen=True)
class RefusalDoneEvent:
    """A choice's refusal, complete."""

    type: Literal["refusal.done"] = field(default="refusal.done", init=False)
    refusal: str


@dataclass(frozen=True)
class FunctionToolCallArgumentsDeltaEvent:
    """Arguments a chunk added to the function call at ``index`` of a choice's tool calls:
    ``arguments_delta``, and the arguments so far (JSON text, maybe not yet complete)."""

    type: Literal["tool_calls.function.arguments.delta"] = field(
        default="tool_calls.function.arguments.delta", init=False
    )
    name: str
    index: int
    arguments: str
    arguments_delta: str


@dataclass(frozen=True)
class FunctionToolCallArgumentsDoneEvent:
    """The function call at ``index`` of a choice's tool calls, its arguments complete: the
    next call began, or the choice finished."""

    type: Literal["tool_calls.function.arguments.done"] = field(
        default="tool_calls.function.arguments.done", init=False
    )
    name: str
    index: int
    arguments: str


ChoiceEvent: TypeAlias = (
    ContentDeltaEvent
    | ContentDoneEvent
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | FunctionToolCallArgumentsDeltaEvent
    | FunctionToolCallArgumentsDoneEvent
)
"""The events a chunk makes beside its ``ChunkEvent``: they carry text alone, whatever the spec."""

ChatCompletionStreamEvent: TypeAlias = ChunkEvent[ChunkT, CompletionT] | ChoiceEvent
"""What iterating ``chat.completions.stream()`` yields: ``ChatCompletionStreamEvent[
ChatCompletionChunk, ChatCompletion]`` (the spec's chunk and completion types)."""


@dataclass
class ChoiceChange:
    """What one chunk added to one choice: content, refusal, and pieces of the arguments of
    its tool calls (by the call's index; a call's first piece may be "")."""

    index: int
    content: str | None = None
    refusal: str | None = None
    arguments: list[tuple[int, str]] = field(default_factory=list[tuple[int, str]])


class ChoiceEvents:
    """The events of one choice as its chunks come: each delta, with the whole so far; then its
    content, its refusal and each function call once complete (when the choice finishes, or
    goes on to its next tool call), each once."""

    def __init__(self) -> None:
        self._content_done = False
        self._refusal_done = False
        self._calls_done: set[int] = set()
        self._call: int | None = None  # the tool call being streamed

    def events(
        self,
        change: ChoiceChange,
        message: dict[str, Any],
        calls: dict[int, dict[str, Any]],
        finished: bool,
    ) -> list[ChoiceEvent]:
        """The events of ``change``, made to ``message`` (its tool calls apart, in ``calls``, by
        index); ``finished``: the choice has its finish reason."""
        events: list[ChoiceEvent] = []
        content, refusal = message.get("content"), message.get("refusal")
        if change.content is not None and isinstance(content, str):
            events.append(ContentDeltaEvent(delta=change.content, snapshot=content))
        if change.refusal is not None and isinstance(refusal, str):
            events.append(RefusalDeltaEvent(delta=change.refusal, snapshot=refusal))
        for index, piece in change.arguments:
            if index != self._call:  # the next call began: what came before it is complete
                events += self._text_done(message)
                events += self._call_done(calls)
                self._call = index
            function = _function(calls.get(index))
            if function is not None:
                name, arguments = function
                events.append(
                    FunctionToolCallArgumentsDeltaEvent(
                        name=name, index=index, arguments=arguments, arguments_delta=piece
                    )
                )
        if finished:
            events += self._text_done(message)
            events += self._call_done(calls)
        return events

    def _text_done(self, message: dict[str, Any]) -> list[ChoiceEvent]:
        events: list[ChoiceEvent] = []
        content, refusal = message.get("content"), message.get("refusal")
        if isinstance(content, str) and content and not self._content_done:
            self._content_done = True
            events.append(ContentDoneEvent(content=content))
        if isinstance(refusal, str) and not self._refusal_done:
            self._refusal_done = True
            events.append(RefusalDoneEvent(refusal=refusal))
        return events

    def _call_done(self, calls: dict[int, dict[str, Any]]) -> list[ChoiceEvent]:
        index = self._call
        if index is None or index in self._calls_done:
            return []
        self._calls_done.add(index)
        function = _function(calls.get(index))
        if function is None:
            return []
        name, arguments = function
        return [FunctionToolCallArgumentsDoneEvent(name=name, index=index, arguments=arguments)]


def _function(call: dict[str, Any] | None) -> tuple[str, str] | None:
    """A function call's name and arguments so far; None for a tool call of another type."""
    function = call.get("function") if call is not None else None
    if call is None or call.get("type") != "function" or not isinstance(function, dict):
        return None
    given = cast(dict[str, Any], function)
    return str(given.get("name") or ""), str(given.get("arguments") or "")
