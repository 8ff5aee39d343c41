"""The ``chat`` resource and its sub-resources."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
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
    """``client.chat.completions``"""

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
        """Claude Chat Completions"""
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


class ChatCompletionsWithRawResponse:
    def __init__(self, resource: ChatCompletions) -> None:
        self.create = to_raw_response_wrapper(resource.create)


class AsyncChat:
    """``client.chat``"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.completions = AsyncChatCompletions(client)


class AsyncChatCompletions:
    """``client.chat.completions``"""

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
        """Claude Chat Completions"""
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


class AsyncChatCompletionsWithRawResponse:
    def __init__(self, resource: AsyncChatCompletions) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
