"""The ``assistant`` resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, overload

import httpx

from .._base_client import RequestOptions, StreamOptions
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._streaming import AsyncStream, Stream
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, strip_not_given
from ..models import AssistantReply, AssistantReplyChunk

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Assistant:
    """``client.assistant``

    - ``ask``: Ask the shop assistant (JSON, or a stream with stream=true)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AssistantWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AssistantWithRawResponse(self)

    @overload
    def ask(
        self,
        *,
        question: str,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantReply: ...

    @overload
    def ask(
        self,
        *,
        question: str,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[AssistantReplyChunk]: ...

    @overload
    def ask(
        self,
        *,
        question: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantReply | Stream[AssistantReplyChunk]: ...

    def ask(
        self,
        *,
        question: str,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantReply | Stream[AssistantReplyChunk]:
        """Ask the shop assistant (JSON, or a stream with stream=true)

        Args:
            stream: stream the reply as it is written
        """
        return self._client.request(
            AssistantReply,
            RequestOptions(
                method="POST",
                path="/assistant/replies",
                json_body=strip_not_given(
                    {
                        "question": question,
                        "stream": stream,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=(
                StreamOptions(Stream[AssistantReplyChunk], terminator="[DONE]")
                if stream is True
                else None
            ),
        )


class AssistantWithRawResponse:
    def __init__(self, resource: Assistant) -> None:
        self.ask = to_raw_response_wrapper(resource.ask)


class AsyncAssistant:
    """``client.assistant``

    - ``ask``: Ask the shop assistant (JSON, or a stream with stream=true)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAssistantWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncAssistantWithRawResponse(self)

    @overload
    async def ask(
        self,
        *,
        question: str,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantReply: ...

    @overload
    async def ask(
        self,
        *,
        question: str,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[AssistantReplyChunk]: ...

    @overload
    async def ask(
        self,
        *,
        question: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantReply | AsyncStream[AssistantReplyChunk]: ...

    async def ask(
        self,
        *,
        question: str,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssistantReply | AsyncStream[AssistantReplyChunk]:
        """Ask the shop assistant (JSON, or a stream with stream=true)

        Args:
            stream: stream the reply as it is written
        """
        return await self._client.request(
            AssistantReply,
            RequestOptions(
                method="POST",
                path="/assistant/replies",
                json_body=strip_not_given(
                    {
                        "question": question,
                        "stream": stream,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            stream=(
                StreamOptions(AsyncStream[AssistantReplyChunk], terminator="[DONE]")
                if stream is True
                else None
            ),
        )


class AsyncAssistantWithRawResponse:
    def __init__(self, resource: AsyncAssistant) -> None:
        self.ask = async_to_raw_response_wrapper(resource.ask)
