"""The ``messages`` resource."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._encoding import as_list
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, SequenceNotStr, strip_not_given
from ..models import (
    Message,
    MessageMetadataParam,
    MessageParam,
    MessageStreamEvent,
    MessageThinkingParam,
    MessageTokensCount,
    TokenCountMessageParam,
)

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Messages:
    """``client.messages``"""

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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | Stream[MessageStreamEvent]:
        """Claude Messages"""
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

    def count_tokens(
        self,
        *,
        messages: Iterable[TokenCountMessageParam],
        model: str,
        system: str | NotGiven = NOT_GIVEN,
        thinking: MessageThinkingParam | NotGiven = NOT_GIVEN,
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Claude Messages Count Tokens"""
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
    """``client.messages``"""

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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
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
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Message | AsyncStream[MessageStreamEvent]:
        """Claude Messages"""
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

    async def count_tokens(
        self,
        *,
        messages: Iterable[TokenCountMessageParam],
        model: str,
        system: str | NotGiven = NOT_GIVEN,
        thinking: MessageThinkingParam | NotGiven = NOT_GIVEN,
        tool_choice: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: Iterable[Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MessageTokensCount:
        """Claude Messages Count Tokens"""
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
