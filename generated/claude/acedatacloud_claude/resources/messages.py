"""The ``messages`` resource."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._stream_helpers import AsyncMessageStreamManager, MessageStreamManager
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, SequenceNotStr, strip_not_given
from ..models import (
    Message,
    MessageMetadataParam,
    MessageParam,
    MessageStreamEvent,
    MessageTokensCount,
    ThinkingConfigParam,
    ToolChoiceParam,
    ToolParam,
)

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Messages:
    """``client.messages``

    - ``create``: Claude Messages
    - ``count_tokens``: Claude Messages Count Tokens
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return MessagesWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[MessageStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: bool,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[MessageStreamEvent]: ...

    def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[MessageStreamEvent]:
        """Claude Messages

        Send the conversation so far and get the model's next turn: a message of content blocks (text, tool calls, thinking), whole or, with `stream=True`, as a stream of events.

        Args:
            max_tokens: The most tokens the model may generate; it may stop sooner. Each model has its own maximum.
            messages: The conversation so far: turns alternating between `user` and `assistant`, each a string or a list of content blocks. The model answers the last `user` turn, or continues a last `assistant` turn from where it ends.
            model: The model that answers, such as `claude-sonnet-4-6`.
            metadata: About the request: `user_id` is an opaque id of your end user (a hash, never a name, email or phone number), which helps detect abuse.
            stop_sequences: Strings that end the answer when the model generates one: `stop_reason` is then `stop_sequence` and `stop_sequence` says which one.
            stream: Stream the answer as server-sent events while it is generated: the call returns a `Stream` of events instead of a `Message`.
            system: A system prompt: instructions and context for the model, outside the turns of `messages`.
            temperature: How random the answer is, from 0.0 to 1.0 (default 1.0): closer to 0.0 for analytical or multiple-choice tasks, closer to 1.0 for creative ones. Even 0.0 is not fully deterministic.
            thinking: Extended thinking: with `enabled`, the model reasons step by step before it answers, spending at most `budget_tokens`, and returns its reasoning as `thinking` blocks; `adaptive` lets the model decide how much to think; `disabled` turns it off.
            tool_choice: How the model uses `tools`: `auto` (it decides, the default), `any` (it must call one), `tool` (it must call the one named) or `none` (it must not call any).
            tools: Tools the model may call, each with a `name`, a `description` and an `input_schema`. A call comes back as a `tool_use` block; send its result back in a `tool_result` block of the next `user` turn.
            top_p: Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both.
        """
        return self._client.request(
            Message,
            RequestOptions(
                method="POST",
                path="/v1/messages",
                json_body=strip_not_given(
                    {
                        "max_tokens": max_tokens,
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "metadata": metadata,
                        "stop_sequences": as_list(stop_sequences, "stop_sequences"),
                        "stream": stream,
                        "system": system,
                        "temperature": temperature,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": as_list(tools, "tools"),
                        "top_k": top_k,
                        "top_p": top_p,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=(
                StreamOptions(Stream[MessageStreamEvent], terminator=None, skip_unknown=True)
                if stream is True
                else None
            ),
        )

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageStreamManager[Message, MessageStreamEvent]:
        """Claude Messages, streamed.

        ``with`` it for the events as they arrive (``text_stream``: their text alone),
        then ``get_final_message()``: the ``Message`` they add up to.
        """
        return MessageStreamManager(
            lambda: self.create(
                max_tokens=max_tokens,
                messages=messages,
                model=model,
                metadata=metadata,
                stop_sequences=stop_sequences,
                system=system,
                temperature=temperature,
                thinking=thinking,
                tool_choice=tool_choice,
                tools=tools,
                top_k=top_k,
                top_p=top_p,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=True,
            ),
            Message,
        )

    def count_tokens(
        self,
        *,
        messages: Iterable[MessageParam],
        model: str,
        system: str | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Claude Messages Count Tokens

        Count the input tokens of a request as `messages.create` would receive it (messages, system prompt, tools), without creating a message.

        Args:
            messages: The conversation to count, as `messages.create` takes it.
            model: The model to count for: each model counts tokens its own way.
            system: The system prompt, counted with the messages.
            thinking: Extended thinking, counted as `messages.create` would send it.
            tool_choice: How the model uses `tools`, as in `messages.create`.
            tools: The tools the model may call, counted as `messages.create` would send them.
        """
        return self._client.request(
            MessageTokensCount,
            RequestOptions(
                method="POST",
                path="/v1/messages/count_tokens",
                json_body=strip_not_given(
                    {
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "system": system,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": as_list(tools, "tools"),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class MessagesWithRawResponse:
    def __init__(self, resource: Messages) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.count_tokens = to_raw_response_wrapper(resource.count_tokens)


class AsyncMessages:
    """``client.messages``

    - ``create``: Claude Messages
    - ``count_tokens``: Claude Messages Count Tokens
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncMessagesWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[MessageStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: bool,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[MessageStreamEvent]: ...

    async def create(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[MessageStreamEvent]:
        """Claude Messages

        Send the conversation so far and get the model's next turn: a message of content blocks (text, tool calls, thinking), whole or, with `stream=True`, as a stream of events.

        Args:
            max_tokens: The most tokens the model may generate; it may stop sooner. Each model has its own maximum.
            messages: The conversation so far: turns alternating between `user` and `assistant`, each a string or a list of content blocks. The model answers the last `user` turn, or continues a last `assistant` turn from where it ends.
            model: The model that answers, such as `claude-sonnet-4-6`.
            metadata: About the request: `user_id` is an opaque id of your end user (a hash, never a name, email or phone number), which helps detect abuse.
            stop_sequences: Strings that end the answer when the model generates one: `stop_reason` is then `stop_sequence` and `stop_sequence` says which one.
            stream: Stream the answer as server-sent events while it is generated: the call returns a `Stream` of events instead of a `Message`.
            system: A system prompt: instructions and context for the model, outside the turns of `messages`.
            temperature: How random the answer is, from 0.0 to 1.0 (default 1.0): closer to 0.0 for analytical or multiple-choice tasks, closer to 1.0 for creative ones. Even 0.0 is not fully deterministic.
            thinking: Extended thinking: with `enabled`, the model reasons step by step before it answers, spending at most `budget_tokens`, and returns its reasoning as `thinking` blocks; `adaptive` lets the model decide how much to think; `disabled` turns it off.
            tool_choice: How the model uses `tools`: `auto` (it decides, the default), `any` (it must call one), `tool` (it must call the one named) or `none` (it must not call any).
            tools: Tools the model may call, each with a `name`, a `description` and an `input_schema`. A call comes back as a `tool_use` block; send its result back in a `tool_result` block of the next `user` turn.
            top_p: Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both.
        """
        return await self._client.request(
            Message,
            RequestOptions(
                method="POST",
                path="/v1/messages",
                json_body=strip_not_given(
                    {
                        "max_tokens": max_tokens,
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "metadata": metadata,
                        "stop_sequences": as_list(stop_sequences, "stop_sequences"),
                        "stream": stream,
                        "system": system,
                        "temperature": temperature,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": as_list(tools, "tools"),
                        "top_k": top_k,
                        "top_p": top_p,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=(
                StreamOptions(AsyncStream[MessageStreamEvent], terminator=None, skip_unknown=True)
                if stream is True
                else None
            ),
        )

    def stream(
        self,
        *,
        max_tokens: int,
        messages: Iterable[MessageParam],
        model: str,
        metadata: MessageMetadataParam | NotGiven = NOT_GIVEN,
        stop_sequences: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        system: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncMessageStreamManager[Message, MessageStreamEvent]:
        """Claude Messages, streamed.

        ``async with`` it for the events as they arrive (``text_stream``: their text alone),
        then ``get_final_message()``: the ``Message`` they add up to.
        """
        return AsyncMessageStreamManager(
            lambda: self.create(
                max_tokens=max_tokens,
                messages=messages,
                model=model,
                metadata=metadata,
                stop_sequences=stop_sequences,
                system=system,
                temperature=temperature,
                thinking=thinking,
                tool_choice=tool_choice,
                tools=tools,
                top_k=top_k,
                top_p=top_p,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=True,
            ),
            Message,
        )

    async def count_tokens(
        self,
        *,
        messages: Iterable[MessageParam],
        model: str,
        system: str | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfigParam | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: Iterable[ToolParam] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Claude Messages Count Tokens

        Count the input tokens of a request as `messages.create` would receive it (messages, system prompt, tools), without creating a message.

        Args:
            messages: The conversation to count, as `messages.create` takes it.
            model: The model to count for: each model counts tokens its own way.
            system: The system prompt, counted with the messages.
            thinking: Extended thinking, counted as `messages.create` would send it.
            tool_choice: How the model uses `tools`, as in `messages.create`.
            tools: The tools the model may call, counted as `messages.create` would send them.
        """
        return await self._client.request(
            MessageTokensCount,
            RequestOptions(
                method="POST",
                path="/v1/messages/count_tokens",
                json_body=strip_not_given(
                    {
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "system": system,
                        "thinking": thinking,
                        "tool_choice": tool_choice,
                        "tools": as_list(tools, "tools"),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncMessagesWithRawResponse:
    def __init__(self, resource: AsyncMessages) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.count_tokens = async_to_raw_response_wrapper(resource.count_tokens)
