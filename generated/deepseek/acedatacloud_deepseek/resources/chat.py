"""The ``chat`` resource and its sub-resources."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._stream_helpers import AsyncChatCompletionStreamManager, ChatCompletionStreamManager
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessageParam,
    ChatCompletionModel,
    ChatCompletionResponseFormatParam,
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

    - ``create``: DeepSeek chat completions
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        temperature: float | None | NotGiven = NOT_GIVEN,
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: bool,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """DeepSeek chat completions

        The OpenAI-compatible API: send the conversation so far and get the model's answer as a chat completion, whole or, with `stream=True`, as a stream of chunks.

        Args:
            messages: A list of messages comprising the conversation so far.
            model: ID of the model to use.
            max_tokens: The maximum number of tokens that can be generated in the chat completion.
            n: How many chat completion choices to generate for each input message.
            response_format: An object specifying the format that the model must output. If not specified, the model will output text.
            stream: Stream the completion as server-sent chunks while it is generated: the call returns a `Stream` of `ChatCompletionChunk` instead of a `ChatCompletion`.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
        """
        return self._client.request(
            ChatCompletion,
            RequestOptions(
                method="POST",
                path="/deepseek/chat/completions",
                json_body=strip_not_given(
                    {
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "max_tokens": max_tokens,
                        "n": n,
                        "response_format": response_format,
                        "stream": stream,
                        "temperature": temperature,
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletionStreamManager[ChatCompletion, ChatCompletionChunk]:
        """DeepSeek chat completions, streamed.

        ``with`` it for the events as they arrive (``text_stream``: their text alone),
        then ``get_final_completion()``: the ``ChatCompletion`` they add up to.
        """
        return ChatCompletionStreamManager(
            lambda: self.create(
                messages=messages,
                model=model,
                max_tokens=max_tokens,
                n=n,
                response_format=response_format,
                temperature=temperature,
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

    - ``create``: DeepSeek chat completions
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: Literal[False] | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        temperature: float | None | NotGiven = NOT_GIVEN,
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: bool,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """DeepSeek chat completions

        The OpenAI-compatible API: send the conversation so far and get the model's answer as a chat completion, whole or, with `stream=True`, as a stream of chunks.

        Args:
            messages: A list of messages comprising the conversation so far.
            model: ID of the model to use.
            max_tokens: The maximum number of tokens that can be generated in the chat completion.
            n: How many chat completion choices to generate for each input message.
            response_format: An object specifying the format that the model must output. If not specified, the model will output text.
            stream: Stream the completion as server-sent chunks while it is generated: the call returns a `Stream` of `ChatCompletionChunk` instead of a `ChatCompletion`.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic.
        """
        return await self._client.request(
            ChatCompletion,
            RequestOptions(
                method="POST",
                path="/deepseek/chat/completions",
                json_body=strip_not_given(
                    {
                        "messages": as_list(messages, "messages"),
                        "model": model,
                        "max_tokens": max_tokens,
                        "n": n,
                        "response_format": response_format,
                        "stream": stream,
                        "temperature": temperature,
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
        model: ChatCompletionModel,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        response_format: ChatCompletionResponseFormatParam | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncChatCompletionStreamManager[ChatCompletion, ChatCompletionChunk]:
        """DeepSeek chat completions, streamed.

        ``async with`` it for the events as they arrive (``text_stream``: their text alone),
        then ``get_final_completion()``: the ``ChatCompletion`` they add up to.
        """
        return AsyncChatCompletionStreamManager(
            lambda: self.create(
                messages=messages,
                model=model,
                max_tokens=max_tokens,
                n=n,
                response_format=response_format,
                temperature=temperature,
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
