"""Types of Claude AI: request parameters, responses and their parts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Annotated, Any, Literal, Required, TypeAlias

from pydantic import Field
from typing_extensions import TypedDict

from ._models import BaseModel
from ._types import SequenceNotStr

__all__ = [
    "ChatCompletionAudioFormat",
    "ChatCompletionAudioVoice",
    "ChatCompletionFinishReason",
    "ChatCompletionMessageRole",
    "ChatCompletionModality",
    "ChatCompletionReasoningEffort",
    "ChatCompletionServiceTier",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionWebSearchOptionsSearchContextSize",
    "ChatModel",
    "ChoiceDeltaRole",
    "ContentBlockParamType",
    "ContentBlockType",
    "ImageDetail",
    "MessageRole",
    "MessageStopReason",
    "MessageThinkingType",
    "TokenCountContentBlockSourceType",
    "TokenCountContentBlockType",
    "AnthropicError",
    "AnthropicErrorResponse",
    "ChatCompletion",
    "ChatCompletionAudioParam",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartTextParam",
    "ChatCompletionCreateParams",
    "ChatCompletionMessage",
    "ChatCompletionMessageAudio",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionMessageToolCallFunctionParam",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionNamedToolChoiceFunctionParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionPredictionContentParam",
    "ChatCompletionPredictionParam",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionToolParam",
    "ChatCompletionWebSearchOptionsParam",
    "ChatCompletionWebSearchOptionsUserLocationApproximateParam",
    "ChatCompletionWebSearchOptionsUserLocationParam",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "ContentBlock",
    "ContentBlockDeltaEvent",
    "ContentBlockParam",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "Error",
    "ErrorEvent",
    "ErrorResponse",
    "FunctionDefinitionParam",
    "ImageUrlParam",
    "InputJsonDelta",
    "JsonSchemaParam",
    "Message",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageMetadataParam",
    "MessageParam",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageThinkingParam",
    "MessageTokensCount",
    "PingEvent",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatTextParam",
    "TextDelta",
    "TokenCountContentBlockParam",
    "TokenCountContentBlockSourceParam",
    "TokenCountMessageParam",
    "Usage",
    "MessageStreamEvent",
]

ChatCompletionAudioFormat: TypeAlias = Literal[
    "wav",
    "aac",
    "mp3",
    "flac",
    "opus",
    "pcm16",
]

ChatCompletionAudioVoice: TypeAlias = Literal[
    "alloy",
    "ash",
    "ballad",
    "coral",
    "echo",
    "fable",
    "nova",
    "onyx",
    "sage",
    "shimmer",
]

ChatCompletionFinishReason: TypeAlias = Literal[
    "stop",
    "length",
    "tool_calls",
    "content_filter",
    "function_call",
]

ChatCompletionMessageRole: TypeAlias = Literal[
    "user",
    "assistant",
    "system",
    "developer",
    "tool",
]

ChatCompletionModality: TypeAlias = Literal[
    "text",
    "audio",
]

ChatCompletionReasoningEffort: TypeAlias = Literal[
    "minimal",
    "low",
    "medium",
    "high",
]

ChatCompletionServiceTier: TypeAlias = Literal[
    "auto",
    "default",
    "flex",
    "scale",
    "priority",
]

ChatCompletionToolChoiceOption: TypeAlias = Literal[
    "none",
    "auto",
    "required",
]

ChatCompletionWebSearchOptionsSearchContextSize: TypeAlias = Literal[
    "low",
    "medium",
    "high",
]

ChatModel: TypeAlias = Literal[
    "claude-opus-4-8",
    "claude-sonnet-4-6",
    "claude-opus-4-7",
    "claude-opus-4-6",
    "claude-opus-4-5-20251101",
    "claude-haiku-4-5-20251001",
    "claude-sonnet-4-5-20250929",
    "claude-opus-4-1-20250805",
    "claude-sonnet-4-20250514",
    "claude-opus-4-20250514",
    "claude-3-7-sonnet-20250219",
    "claude-3-5-sonnet-20241022",
    "claude-3-5-haiku-20241022",
    "claude-3-5-sonnet-20240620",
    "claude-3-haiku-20240307",
    "claude-3-sonnet-20240229",
    "claude-3-opus-20240229",
]

ChoiceDeltaRole: TypeAlias = Literal[
    "developer",
    "system",
    "user",
    "assistant",
    "tool",
]

ContentBlockParamType: TypeAlias = Literal[
    "text",
    "image",
]

ContentBlockType: TypeAlias = Literal[
    "text",
    "tool_use",
]

ImageDetail: TypeAlias = Literal[
    "auto",
    "low",
    "high",
]

MessageRole: TypeAlias = Literal[
    "user",
    "assistant",
]

MessageStopReason: TypeAlias = Literal[
    "end_turn",
    "max_tokens",
    "stop_sequence",
    "tool_use",
]

MessageThinkingType: TypeAlias = Literal[
    "enabled",
    "disabled",
    "adaptive",
]

TokenCountContentBlockSourceType: TypeAlias = Literal[
    "base64",
    "url",
    "text",
    "content",
]

TokenCountContentBlockType: TypeAlias = Literal[
    "text",
    "image",
    "document",
    "tool_use",
    "tool_result",
]


class AnthropicError(BaseModel):

    type: str | None = None

    message: str | None = None


class AnthropicErrorResponse(BaseModel):

    type: Literal["error"] | None = None

    error: AnthropicError | None = None


class ChatCompletion(BaseModel):

    id: str

    model: str

    object: Literal["chat.completion"]

    choices: list[ChatCompletionChoice]

    created: int

    system_fingerprint: str | None = None

    usage: CompletionUsage | None = None


class ChatCompletionAudioParam(TypedDict, total=False):

    voice: Required[ChatCompletionAudioVoice]

    format: Required[ChatCompletionAudioFormat]


class ChatCompletionChoice(BaseModel):

    index: int

    message: ChatCompletionMessage

    finish_reason: ChatCompletionFinishReason | str

    logprobs: dict[str, Any] | None = None


class ChatCompletionChunk(BaseModel):
    """A chunk of a streamed chat completion."""

    id: str

    object: Literal["chat.completion.chunk"]

    created: int

    model: str

    system_fingerprint: str | None = None

    choices: list[ChatCompletionChunkChoice]
    """Empty in the last chunk when stream_options.include_usage is set."""

    usage: CompletionUsage | None = None
    """Token usage, only in the last chunk with stream_options.include_usage."""


class ChatCompletionChunkChoice(BaseModel):

    index: int

    delta: ChoiceDelta

    finish_reason: ChatCompletionFinishReason | str | None = None

    logprobs: dict[str, Any] | None = None


class ChatCompletionContentPartImageParam(TypedDict, total=False):

    type: Required[Literal["image_url"]]

    image_url: Required[ImageUrlParam]


class ChatCompletionContentPartTextParam(TypedDict, total=False):

    type: Required[Literal["text"]]

    text: Required[str]


class ChatCompletionCreateParams(TypedDict, total=False):

    n: int | None

    model: Required[ChatModel | str]

    stream: bool | None

    messages: Required[Iterable[ChatCompletionMessageParam]]

    max_tokens: int | None

    temperature: float | None

    response_format: (
        ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam
    )

    top_p: float | None

    frequency_penalty: float | None

    presence_penalty: float | None

    seed: int | None

    stop: str | SequenceNotStr[str] | None

    max_completion_tokens: int | None

    logprobs: bool | None

    top_logprobs: int | None

    stream_options: ChatCompletionStreamOptionsParam | None

    parallel_tool_calls: bool

    user: str

    reasoning_effort: ChatCompletionReasoningEffort | None

    service_tier: ChatCompletionServiceTier | None

    store: bool | None

    metadata: Mapping[str, str] | None

    logit_bias: Mapping[str, int] | None

    modalities: Sequence[ChatCompletionModality] | None

    audio: ChatCompletionAudioParam | None

    prediction: ChatCompletionPredictionParam | None

    web_search_options: ChatCompletionWebSearchOptionsParam

    tools: Iterable[ChatCompletionToolParam] | None

    tool_choice: ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam


class ChatCompletionMessage(BaseModel):

    role: Literal["assistant"]

    content: str | None = None

    tool_calls: list[ChatCompletionMessageToolCall] | None = None

    refusal: str | None = None

    audio: ChatCompletionMessageAudio | None = None


class ChatCompletionMessageAudio(BaseModel):

    id: str

    expires_at: int

    data: str

    transcript: str | None = None


class ChatCompletionMessageParam(TypedDict, total=False):

    role: Required[ChatCompletionMessageRole]

    content: (
        str | Iterable[ChatCompletionContentPartTextParam | ChatCompletionContentPartImageParam]
    )

    name: str

    tool_calls: Iterable[ChatCompletionMessageToolCallParam]

    refusal: str | None

    tool_call_id: str


class ChatCompletionMessageToolCall(BaseModel):

    id: str

    type: Literal["function"]

    function: ChatCompletionMessageToolCallFunction


class ChatCompletionMessageToolCallFunction(BaseModel):

    name: str

    arguments: str


class ChatCompletionMessageToolCallFunctionParam(TypedDict, total=False):

    name: Required[str]

    arguments: Required[str]


class ChatCompletionMessageToolCallParam(TypedDict, total=False):

    id: Required[str]

    type: Required[Literal["function"]]

    function: Required[ChatCompletionMessageToolCallFunctionParam]


class ChatCompletionNamedToolChoiceFunctionParam(TypedDict, total=False):

    name: Required[str]


class ChatCompletionNamedToolChoiceParam(TypedDict, total=False):

    type: Required[Literal["function"]]

    function: Required[ChatCompletionNamedToolChoiceFunctionParam]


class ChatCompletionPredictionContentParam(TypedDict, total=False):

    type: Required[Literal["text"]]

    text: Required[str]


class ChatCompletionPredictionParam(TypedDict, total=False):

    type: Required[Literal["content"]]

    content: Required[str | Iterable[ChatCompletionPredictionContentParam]]


class ChatCompletionStreamOptionsParam(TypedDict, total=False):

    include_usage: bool


class ChatCompletionToolParam(TypedDict, total=False):

    type: Required[Literal["function"]]

    function: Required[FunctionDefinitionParam]


class ChatCompletionWebSearchOptionsParam(TypedDict, total=False):

    search_context_size: ChatCompletionWebSearchOptionsSearchContextSize

    user_location: ChatCompletionWebSearchOptionsUserLocationParam | None


class ChatCompletionWebSearchOptionsUserLocationApproximateParam(TypedDict, total=False):

    country: str

    region: str

    city: str

    timezone: str


class ChatCompletionWebSearchOptionsUserLocationParam(TypedDict, total=False):

    type: Literal["approximate"]

    approximate: ChatCompletionWebSearchOptionsUserLocationApproximateParam


class ChoiceDelta(BaseModel):

    role: ChoiceDeltaRole | str | None = None

    content: str | None = None

    refusal: str | None = None

    tool_calls: list[ChoiceDeltaToolCall] | None = None


class ChoiceDeltaToolCall(BaseModel):

    index: int

    id: str | None = None

    type: Literal["function"] | None = None

    function: ChoiceDeltaToolCallFunction | None = None
    """The function name and a fragment of its arguments."""


class ChoiceDeltaToolCallFunction(BaseModel):
    """The function name and a fragment of its arguments."""

    name: str | None = None

    arguments: str | None = None


class CompletionUsage(BaseModel):

    prompt_tokens: int

    completion_tokens: int

    total_tokens: int

    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None

    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None


class CompletionUsageCompletionTokensDetails(BaseModel):

    reasoning_tokens: int | None = None

    audio_tokens: int | None = None

    accepted_prediction_tokens: int | None = None

    rejected_prediction_tokens: int | None = None


class CompletionUsagePromptTokensDetails(BaseModel):

    cached_tokens: int | None = None

    audio_tokens: int | None = None


class ContentBlock(BaseModel):

    type: ContentBlockType | str | None = None

    text: str | None = None

    id: str | None = None

    name: str | None = None

    input: dict[str, Any] | None = None


class ContentBlockDeltaEvent(BaseModel):

    type: Literal["content_block_delta"]

    index: int

    delta: Annotated[TextDelta | InputJsonDelta, Field(discriminator="type")]


class ContentBlockParam(TypedDict, total=False):

    type: ContentBlockParamType

    text: str

    source: ContentBlockSourceParam


class ContentBlockSourceParam(TypedDict, total=False):

    type: Literal["base64"]

    media_type: str

    data: str


class ContentBlockStartEvent(BaseModel):

    type: Literal["content_block_start"]

    index: int

    content_block: ContentBlock


class ContentBlockStopEvent(BaseModel):

    type: Literal["content_block_stop"]

    index: int


class Error(BaseModel):

    code: str | None = None

    message: str | None = None


class ErrorEvent(BaseModel):

    type: Literal["error"]

    error: AnthropicError


class ErrorResponse(BaseModel):

    error: Error | None = None

    trace_id: str | None = None


class FunctionDefinitionParam(TypedDict, total=False):

    name: Required[str]

    description: str

    parameters: Mapping[str, Any]


class ImageUrlParam(TypedDict, total=False):

    url: Required[str]

    detail: ImageDetail


class InputJsonDelta(BaseModel):

    type: Literal["input_json_delta"]

    partial_json: str


class JsonSchemaParam(TypedDict, total=False):

    name: Required[str]

    description: str

    schema: Mapping[str, Any]

    strict: bool | None


class Message(BaseModel):

    id: str

    type: Literal["message"]

    role: Literal["assistant"]

    content: list[ContentBlock]

    model: str

    stop_reason: MessageStopReason | str | None

    stop_sequence: str | None

    usage: Usage


class MessageCountTokensParams(TypedDict, total=False):

    model: Required[str]

    messages: Required[Iterable[TokenCountMessageParam]]

    system: str

    thinking: MessageThinkingParam

    tool_choice: Mapping[str, Any]

    tools: Iterable[Mapping[str, Any]]


class MessageCreateParams(TypedDict, total=False):

    model: Required[str]

    messages: Required[Iterable[MessageParam]]

    max_tokens: Required[int]

    metadata: MessageMetadataParam

    stop_sequences: SequenceNotStr[str]

    stream: bool

    system: str

    temperature: float

    tool_choice: Mapping[str, Any]

    tools: Iterable[Mapping[str, Any]]

    top_k: int

    top_p: float


class MessageDelta(BaseModel):

    stop_reason: MessageStopReason | str | None = None

    stop_sequence: str | None = None


class MessageDeltaEvent(BaseModel):

    type: Literal["message_delta"]

    delta: MessageDelta

    usage: MessageDeltaUsage | None = None


class MessageDeltaUsage(BaseModel):

    output_tokens: int | None = None


class MessageMetadataParam(TypedDict, total=False):

    user_id: str


class MessageParam(TypedDict, total=False):

    role: Required[MessageRole]

    content: Required[str | Iterable[ContentBlockParam]]


class MessageStartEvent(BaseModel):

    type: Literal["message_start"]

    message: Message


class MessageStopEvent(BaseModel):

    type: Literal["message_stop"]


class MessageThinkingParam(TypedDict, total=False):

    type: MessageThinkingType

    budget_tokens: int


class MessageTokensCount(BaseModel):

    input_tokens: int


class PingEvent(BaseModel):

    type: Literal["ping"]


class ResponseFormatJsonObjectParam(TypedDict, total=False):

    type: Required[Literal["json_object"]]


class ResponseFormatJsonSchemaParam(TypedDict, total=False):

    type: Required[Literal["json_schema"]]

    json_schema: Required[JsonSchemaParam]


class ResponseFormatTextParam(TypedDict, total=False):

    type: Required[Literal["text"]]


class TextDelta(BaseModel):

    type: Literal["text_delta"]

    text: str


class TokenCountContentBlockParam(TypedDict, total=False):

    type: TokenCountContentBlockType

    text: str

    source: TokenCountContentBlockSourceParam

    id: str

    name: str

    input: Mapping[str, Any]

    tool_use_id: str

    content: str | Iterable[Mapping[str, Any]]


class TokenCountContentBlockSourceParam(TypedDict, total=False):

    type: TokenCountContentBlockSourceType

    media_type: str

    data: str

    url: str


class TokenCountMessageParam(TypedDict, total=False):

    role: Required[MessageRole]

    content: Required[str | Iterable[TokenCountContentBlockParam]]


class Usage(BaseModel):

    input_tokens: int | None = None

    output_tokens: int | None = None


MessageStreamEvent: TypeAlias = Annotated[
    MessageStartEvent
    | ContentBlockStartEvent
    | ContentBlockDeltaEvent
    | ContentBlockStopEvent
    | MessageDeltaEvent
    | MessageStopEvent
    | PingEvent
    | ErrorEvent,
    Field(discriminator="type"),
]
