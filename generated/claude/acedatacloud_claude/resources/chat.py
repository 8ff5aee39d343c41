"""The ``chat`` resource and its sub-resources."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._stream_helpers import AsyncChatCompletionStreamManager, ChatCompletionStreamManager
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, SequenceNotStr, strip_not_given
from ..models import (
    ChatCompletion,
    ChatCompletionAudioParam,
    ChatCompletionChunk,
    ChatCompletionMessageParam,
    ChatCompletionModality,
    ChatCompletionNamedToolChoiceParam,
    ChatCompletionPredictionParam,
    ChatCompletionReasoningEffort,
    ChatCompletionServiceTier,
    ChatCompletionStreamOptionsParam,
    ChatCompletionToolChoiceOption,
    ChatCompletionToolParam,
    ChatCompletionWebSearchOptionsParam,
    ChatModel,
    ResponseFormatJsonObjectParam,
    ResponseFormatJsonSchemaParam,
    ResponseFormatTextParam,
)

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Chat:
    """``client.chat``"""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.completions = ChatCompletions(client)


class ChatCompletions:
    """``client.chat.completions``

    - ``create``: Claude Chat Completions
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChatCompletionsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return ChatCompletionsWithRawResponse(self)

    @overload
    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Claude Chat Completions

        The OpenAI-compatible API: send the conversation so far and get the model's answer as a chat completion, whole or, with `stream=True`, as a stream of chunks.

        Args:
            messages: The conversation so far, oldest first: `system` or `developer` instructions, `user` and `assistant` turns, and `tool` messages answering the assistant's tool calls (by `tool_call_id`).
            model: The model that answers, such as `claude-sonnet-4-6`; a name not listed is sent as given.
            audio: The voice and format of audio output, when `modalities` has `audio`.
            frequency_penalty: From -2.0 to 2.0: positive values penalise tokens by how often they already appear, so the model repeats itself less.
            logit_bias: Token ids mapped to a bias from -100 to 100, added to their logits before sampling: -100 bans a token, 100 all but forces it.
            logprobs: Return the log probability of each output token.
            max_completion_tokens: The most tokens the completion may have, reasoning tokens included.
            max_tokens: The most tokens the completion may have; `max_completion_tokens` is the newer name.
            metadata: String key-value pairs attached to the request.
            modalities: The kinds of output wanted: `text`, or `text` and `audio`.
            n: How many completions (`choices`) to generate.
            parallel_tool_calls: Whether the model may call several tools in one turn.
            prediction: Output known in advance (a file regenerated with small changes), which can make the answer faster.
            presence_penalty: From -2.0 to 2.0: positive values penalise tokens that already appear, so the model moves to new topics.
            reasoning_effort: How much the model reasons before it answers: less is faster and uses fewer tokens.
            response_format: The form of the answer: `text` (the default), any JSON object (`json_object`), or JSON that matches a schema (`json_schema`).
            seed: Best-effort determinism: requests with the same seed and parameters should return the same answer.
            service_tier: The processing tier that serves the request.
            stop: Up to 4 strings that end the completion when generated; they are left out of it.
            store: Whether to store the completion for later retrieval.
            stream: Stream the completion as server-sent chunks while it is generated: the call returns a `Stream` of `ChatCompletionChunk` instead of a `ChatCompletion`.
            stream_options: Options of a stream: `include_usage` adds a last chunk carrying the token usage.
            temperature: How random the answer is, from 0 to 2 (default 1): higher values such as 0.8 vary more, lower ones such as 0.2 stay focused. Set this or `top_p`, not both.
            tool_choice: Whether and which tool the model calls: `none`, `auto` (it decides, the default with tools), `required` (at least one), or a named function.
            tools: Functions the model may call, each with a `name`, a `description` and JSON Schema `parameters`. Calls come back in the message's `tool_calls`; answer each with a `tool` message.
            top_logprobs: With `logprobs`, how many of the most likely tokens to return at each position (0 to 20).
            top_p: Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both.
            user: An id of your end user, which helps detect abuse.
            web_search_options: Search the web for the answer: how much context to gather, and where the user is.
        """
        return self._client.request(
            ChatCompletion,
            RequestOptions(
                method="POST",
                path="/v1/chat/completions",
                json_body=strip_not_given(
                    {
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "audio": audio,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_completion_tokens": max_completion_tokens,
                        "max_tokens": max_tokens,
                        "metadata": metadata,
                        "modalities": as_list(modalities, "modalities"),
                        "n": n,
                        "parallel_tool_calls": parallel_tool_calls,
                        "prediction": prediction,
                        "presence_penalty": presence_penalty,
                        "reasoning_effort": reasoning_effort,
                        "response_format": response_format,
                        "seed": seed,
                        "service_tier": service_tier,
                        "stop": stop,
                        "store": store,
                        "stream": stream,
                        "stream_options": stream_options,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "tools": as_list(tools, "tools"),
                        "top_logprobs": top_logprobs,
                        "top_p": top_p,
                        "user": user,
                        "web_search_options": web_search_options,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=(
                StreamOptions(Stream[ChatCompletionChunk], terminator="[DONE]")
                if stream is True
                else None
            ),
        )

    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionStreamManager[ChatCompletion, ChatCompletionChunk]:
        """Claude Chat Completions, streamed.

        ``with`` it for the events as they arrive (``text_stream``: their text alone),
        then ``get_final_completion()``: the ``ChatCompletion`` they add up to.
        """
        return ChatCompletionStreamManager(
            lambda: self.create(
                messages=messages,
                model=model,
                audio=audio,
                frequency_penalty=frequency_penalty,
                logit_bias=logit_bias,
                logprobs=logprobs,
                max_completion_tokens=max_completion_tokens,
                max_tokens=max_tokens,
                metadata=metadata,
                modalities=modalities,
                n=n,
                parallel_tool_calls=parallel_tool_calls,
                prediction=prediction,
                presence_penalty=presence_penalty,
                reasoning_effort=reasoning_effort,
                response_format=response_format,
                seed=seed,
                service_tier=service_tier,
                stop=stop,
                store=store,
                stream_options=stream_options,
                temperature=temperature,
                tool_choice=tool_choice,
                tools=tools,
                top_logprobs=top_logprobs,
                top_p=top_p,
                user=user,
                web_search_options=web_search_options,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=True,
            ),
            ChatCompletion,
        )


class ChatCompletionsWithRawResponse:
    def __init__(self, resource: ChatCompletions) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncChat:
    """``client.chat``"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.completions = AsyncChatCompletions(client)


class AsyncChatCompletions:
    """``client.chat.completions``

    - ``create``: Claude Chat Completions
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChatCompletionsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncChatCompletionsWithRawResponse(self)

    @overload
    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: bool,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Claude Chat Completions

        The OpenAI-compatible API: send the conversation so far and get the model's answer as a chat completion, whole or, with `stream=True`, as a stream of chunks.

        Args:
            messages: The conversation so far, oldest first: `system` or `developer` instructions, `user` and `assistant` turns, and `tool` messages answering the assistant's tool calls (by `tool_call_id`).
            model: The model that answers, such as `claude-sonnet-4-6`; a name not listed is sent as given.
            audio: The voice and format of audio output, when `modalities` has `audio`.
            frequency_penalty: From -2.0 to 2.0: positive values penalise tokens by how often they already appear, so the model repeats itself less.
            logit_bias: Token ids mapped to a bias from -100 to 100, added to their logits before sampling: -100 bans a token, 100 all but forces it.
            logprobs: Return the log probability of each output token.
            max_completion_tokens: The most tokens the completion may have, reasoning tokens included.
            max_tokens: The most tokens the completion may have; `max_completion_tokens` is the newer name.
            metadata: String key-value pairs attached to the request.
            modalities: The kinds of output wanted: `text`, or `text` and `audio`.
            n: How many completions (`choices`) to generate.
            parallel_tool_calls: Whether the model may call several tools in one turn.
            prediction: Output known in advance (a file regenerated with small changes), which can make the answer faster.
            presence_penalty: From -2.0 to 2.0: positive values penalise tokens that already appear, so the model moves to new topics.
            reasoning_effort: How much the model reasons before it answers: less is faster and uses fewer tokens.
            response_format: The form of the answer: `text` (the default), any JSON object (`json_object`), or JSON that matches a schema (`json_schema`).
            seed: Best-effort determinism: requests with the same seed and parameters should return the same answer.
            service_tier: The processing tier that serves the request.
            stop: Up to 4 strings that end the completion when generated; they are left out of it.
            store: Whether to store the completion for later retrieval.
            stream: Stream the completion as server-sent chunks while it is generated: the call returns a `Stream` of `ChatCompletionChunk` instead of a `ChatCompletion`.
            stream_options: Options of a stream: `include_usage` adds a last chunk carrying the token usage.
            temperature: How random the answer is, from 0 to 2 (default 1): higher values such as 0.8 vary more, lower ones such as 0.2 stay focused. Set this or `top_p`, not both.
            tool_choice: Whether and which tool the model calls: `none`, `auto` (it decides, the default with tools), `required` (at least one), or a named function.
            tools: Functions the model may call, each with a `name`, a `description` and JSON Schema `parameters`. Calls come back in the message's `tool_calls`; answer each with a `tool` message.
            top_logprobs: With `logprobs`, how many of the most likely tokens to return at each position (0 to 20).
            top_p: Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both.
            user: An id of your end user, which helps detect abuse.
            web_search_options: Search the web for the answer: how much context to gather, and where the user is.
        """
        return await self._client.request(
            ChatCompletion,
            RequestOptions(
                method="POST",
                path="/v1/chat/completions",
                json_body=strip_not_given(
                    {
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "audio": audio,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_completion_tokens": max_completion_tokens,
                        "max_tokens": max_tokens,
                        "metadata": metadata,
                        "modalities": as_list(modalities, "modalities"),
                        "n": n,
                        "parallel_tool_calls": parallel_tool_calls,
                        "prediction": prediction,
                        "presence_penalty": presence_penalty,
                        "reasoning_effort": reasoning_effort,
                        "response_format": response_format,
                        "seed": seed,
                        "service_tier": service_tier,
                        "stop": stop,
                        "store": store,
                        "stream": stream,
                        "stream_options": stream_options,
                        "temperature": temperature,
                        "tool_choice": tool_choice,
                        "tools": as_list(tools, "tools"),
                        "top_logprobs": top_logprobs,
                        "top_p": top_p,
                        "user": user,
                        "web_search_options": web_search_options,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=(
                StreamOptions(AsyncStream[ChatCompletionChunk], terminator="[DONE]")
                if stream is True
                else None
            ),
        )

    def stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatModel | str,
        audio: ChatCompletionAudioParam | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: Mapping[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: bool | None | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        modalities: Sequence[ChatCompletionModality] | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        prediction: ChatCompletionPredictionParam | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        reasoning_effort: ChatCompletionReasoningEffort | None | NotGiven = NOT_GIVEN,
        response_format: (
            ResponseFormatTextParam
            | ResponseFormatJsonObjectParam
            | ResponseFormatJsonSchemaParam
            | NotGiven
        ) = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        service_tier: ChatCompletionServiceTier | None | NotGiven = NOT_GIVEN,
        stop: str | SequenceNotStr[str] | None | NotGiven = NOT_GIVEN,
        store: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptionsParam | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        tool_choice: (
            ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | NotGiven
        ) = NOT_GIVEN,
        tools: Iterable[ChatCompletionToolParam] | None | NotGiven = NOT_GIVEN,
        top_logprobs: int | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        web_search_options: ChatCompletionWebSearchOptionsParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncChatCompletionStreamManager[ChatCompletion, ChatCompletionChunk]:
        """Claude Chat Completions, streamed.

        ``async with`` it for the events as they arrive (``text_stream``: their text alone),
        then ``get_final_completion()``: the ``ChatCompletion`` they add up to.
        """
        return AsyncChatCompletionStreamManager(
            lambda: self.create(
                messages=messages,
                model=model,
                audio=audio,
                frequency_penalty=frequency_penalty,
                logit_bias=logit_bias,
                logprobs=logprobs,
                max_completion_tokens=max_completion_tokens,
                max_tokens=max_tokens,
                metadata=metadata,
                modalities=modalities,
                n=n,
                parallel_tool_calls=parallel_tool_calls,
                prediction=prediction,
                presence_penalty=presence_penalty,
                reasoning_effort=reasoning_effort,
                response_format=response_format,
                seed=seed,
                service_tier=service_tier,
                stop=stop,
                store=store,
                stream_options=stream_options,
                temperature=temperature,
                tool_choice=tool_choice,
                tools=tools,
                top_logprobs=top_logprobs,
                top_p=top_p,
                user=user,
                web_search_options=web_search_options,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                stream=True,
            ),
            ChatCompletion,
        )


class AsyncChatCompletionsWithRawResponse:
    def __init__(self, resource: AsyncChatCompletions) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
