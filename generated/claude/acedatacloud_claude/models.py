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
    "ImageDetail",
    "ImageMediaType",
    "MessageRole",
    "MessageStopReason",
    "MessageThinkingType",
    "AnthropicError",
    "AnthropicErrorResponse",
    "Base64ImageSourceParam",
    "Base64PdfSourceParam",
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
    "ContentBlockDeltaEvent",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "DocumentBlockParam",
    "Error",
    "ErrorEvent",
    "ErrorResponse",
    "FunctionDefinitionParam",
    "ImageBlockParam",
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
    "MessageTokensCount",
    "PingEvent",
    "PlainTextSourceParam",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatTextParam",
    "SignatureDelta",
    "TextBlock",
    "TextBlockParam",
    "TextDelta",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingConfigParam",
    "ThinkingDelta",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceToolParam",
    "ToolParam",
    "ToolResultBlockParam",
    "ToolUseBlock",
    "ToolUseBlockParam",
    "UrlImageSourceParam",
    "UrlPdfSourceParam",
    "Usage",
    "ContentBlock",
    "ContentBlockParam",
    "MessageStreamEvent",
    "RawContentBlockDelta",
    "ToolChoiceParam",
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
"""How much the model reasons before it answers: less is faster and uses fewer tokens."""

ChatCompletionServiceTier: TypeAlias = Literal[
    "auto",
    "default",
    "flex",
    "scale",
    "priority",
]
"""The processing tier that serves the request."""

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
"""The model that answers, such as `claude-sonnet-4-6`; a name not listed is sent as given."""

ChoiceDeltaRole: TypeAlias = Literal[
    "developer",
    "system",
    "user",
    "assistant",
    "tool",
]

ImageDetail: TypeAlias = Literal[
    "auto",
    "low",
    "high",
]

ImageMediaType: TypeAlias = Literal[
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
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
"""`enabled` (within `budget_tokens`), `adaptive` (the model decides) or `disabled`."""


class AnthropicError(BaseModel):

    type: str | None = None

    message: str | None = None


class AnthropicErrorResponse(BaseModel):

    type: Literal["error"] | None = None

    error: AnthropicError | None = None


class Base64ImageSourceParam(TypedDict, total=False):

    type: Required[Literal["base64"]]

    media_type: Required[ImageMediaType]

    data: Required[str]
    """The image's bytes, base64-encoded."""


class Base64PdfSourceParam(TypedDict, total=False):

    type: Required[Literal["base64"]]

    media_type: Required[Literal["application/pdf"]]

    data: Required[str]
    """The PDF's bytes, base64-encoded."""


class ChatCompletion(BaseModel):

    id: str

    model: str

    object: Literal["chat.completion"]

    choices: list[ChatCompletionChoice]

    created: int

    system_fingerprint: str | None = None

    usage: CompletionUsage | None = None


class ChatCompletionAudioParam(TypedDict, total=False):
    """The voice and format of audio output, when `modalities` has `audio`."""

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
    """How many completions (`choices`) to generate."""

    model: Required[ChatModel | str]
    """The model that answers, such as `claude-sonnet-4-6`; a name not listed is sent as given."""

    stream: bool | None
    """Stream the completion as server-sent chunks while it is generated: the call returns a `Stream` of `ChatCompletionChunk` instead of a `ChatCompletion`."""

    messages: Required[Iterable[ChatCompletionMessageParam]]
    """The conversation so far, oldest first: `system` or `developer` instructions, `user` and `assistant` turns, and `tool` messages answering the assistant's tool calls (by `tool_call_id`)."""

    max_tokens: int | None
    """The most tokens the completion may have; `max_completion_tokens` is the newer name."""

    temperature: float | None
    """How random the answer is, from 0 to 2 (default 1): higher values such as 0.8 vary more, lower ones such as 0.2 stay focused. Set this or `top_p`, not both."""

    response_format: (
        ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam
    )
    """The form of the answer: `text` (the default), any JSON object (`json_object`), or JSON that matches a schema (`json_schema`)."""

    top_p: float | None
    """Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both."""

    frequency_penalty: float | None
    """From -2.0 to 2.0: positive values penalise tokens by how often they already appear, so the model repeats itself less."""

    presence_penalty: float | None
    """From -2.0 to 2.0: positive values penalise tokens that already appear, so the model moves to new topics."""

    seed: int | None
    """Best-effort determinism: requests with the same seed and parameters should return the same answer."""

    stop: str | SequenceNotStr[str] | None
    """Up to 4 strings that end the completion when generated; they are left out of it."""

    max_completion_tokens: int | None
    """The most tokens the completion may have, reasoning tokens included."""

    logprobs: bool | None
    """Return the log probability of each output token."""

    top_logprobs: int | None
    """With `logprobs`, how many of the most likely tokens to return at each position (0 to 20)."""

    stream_options: ChatCompletionStreamOptionsParam | None
    """Options of a stream: `include_usage` adds a last chunk carrying the token usage."""

    parallel_tool_calls: bool
    """Whether the model may call several tools in one turn."""

    user: str
    """An id of your end user, which helps detect abuse."""

    reasoning_effort: ChatCompletionReasoningEffort | None
    """How much the model reasons before it answers: less is faster and uses fewer tokens."""

    service_tier: ChatCompletionServiceTier | None
    """The processing tier that serves the request."""

    store: bool | None
    """Whether to store the completion for later retrieval."""

    metadata: Mapping[str, str] | None
    """String key-value pairs attached to the request."""

    logit_bias: Mapping[str, int] | None
    """Token ids mapped to a bias from -100 to 100, added to their logits before sampling: -100 bans a token, 100 all but forces it."""

    modalities: Sequence[ChatCompletionModality] | None
    """The kinds of output wanted: `text`, or `text` and `audio`."""

    audio: ChatCompletionAudioParam | None
    """The voice and format of audio output, when `modalities` has `audio`."""

    prediction: ChatCompletionPredictionParam | None
    """Output known in advance (a file regenerated with small changes), which can make the answer faster."""

    web_search_options: ChatCompletionWebSearchOptionsParam
    """Search the web for the answer: how much context to gather, and where the user is."""

    tools: Iterable[ChatCompletionToolParam] | None
    """Functions the model may call, each with a `name`, a `description` and JSON Schema `parameters`. Calls come back in the message's `tool_calls`; answer each with a `tool` message."""

    tool_choice: ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam
    """Whether and which tool the model calls: `none`, `auto` (it decides, the default with tools), `required` (at least one), or a named function."""


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
    """Output known in advance (a file regenerated with small changes), which can make the answer faster."""

    type: Required[Literal["content"]]

    content: Required[str | Iterable[ChatCompletionPredictionContentParam]]


class ChatCompletionStreamOptionsParam(TypedDict, total=False):
    """Options of a stream: `include_usage` adds a last chunk carrying the token usage."""

    include_usage: bool


class ChatCompletionToolParam(TypedDict, total=False):

    type: Required[Literal["function"]]

    function: Required[FunctionDefinitionParam]


class ChatCompletionWebSearchOptionsParam(TypedDict, total=False):
    """Search the web for the answer: how much context to gather, and where the user is."""

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


class ContentBlockDeltaEvent(BaseModel):

    type: Literal["content_block_delta"]

    index: int

    delta: RawContentBlockDelta


class ContentBlockSourceParam(TypedDict, total=False):

    type: Required[Literal["content"]]

    content: Required[str | Iterable[TextBlockParam | ImageBlockParam]]


class ContentBlockStartEvent(BaseModel):

    type: Literal["content_block_start"]

    index: int

    content_block: ContentBlock


class ContentBlockStopEvent(BaseModel):

    type: Literal["content_block_stop"]

    index: int


class DocumentBlockParam(TypedDict, total=False):
    """A document (PDF, plain text or content blocks) for the model to read."""

    type: Required[Literal["document"]]

    source: Required[
        Base64PdfSourceParam | PlainTextSourceParam | ContentBlockSourceParam | UrlPdfSourceParam
    ]

    title: str | None
    """The document's title."""

    context: str | None
    """Context about the document for the model; not cited from."""


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


class ImageBlockParam(TypedDict, total=False):
    """An image, inline (base64) or by URL."""

    type: Required[Literal["image"]]

    source: Required[Base64ImageSourceParam | UrlImageSourceParam]


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
    """The model to count for: each model counts tokens its own way."""

    messages: Required[Iterable[MessageParam]]
    """The conversation to count, as `messages.create` takes it."""

    system: str
    """The system prompt, counted with the messages."""

    tool_choice: ToolChoiceParam
    """How the model uses `tools`, as in `messages.create`."""

    tools: Iterable[ToolParam]
    """The tools the model may call, counted as `messages.create` would send them."""

    thinking: ThinkingConfigParam
    """Extended thinking, counted as `messages.create` would send it."""


class MessageCreateParams(TypedDict, total=False):

    model: Required[str]
    """The model that answers, such as `claude-sonnet-4-6`."""

    messages: Required[Iterable[MessageParam]]
    """The conversation so far: turns alternating between `user` and `assistant`, each a string or a list of content blocks. The model answers the last `user` turn, or continues a last `assistant` turn from where it ends."""

    max_tokens: Required[int]
    """The most tokens the model may generate; it may stop sooner. Each model has its own maximum."""

    metadata: MessageMetadataParam
    """About the request: `user_id` is an opaque id of your end user (a hash, never a name, email or phone number), which helps detect abuse."""

    stop_sequences: SequenceNotStr[str]
    """Strings that end the answer when the model generates one: `stop_reason` is then `stop_sequence` and `stop_sequence` says which one."""

    stream: bool
    """Stream the answer as server-sent events while it is generated: the call returns a `Stream` of events instead of a `Message`."""

    system: str
    """A system prompt: instructions and context for the model, outside the turns of `messages`."""

    temperature: float
    """How random the answer is, from 0.0 to 1.0 (default 1.0): closer to 0.0 for analytical or multiple-choice tasks, closer to 1.0 for creative ones. Even 0.0 is not fully deterministic."""

    tool_choice: ToolChoiceParam
    """How the model uses `tools`: `auto` (it decides, the default), `any` (it must call one), `tool` (it must call the one named) or `none` (it must not call any)."""

    tools: Iterable[ToolParam]
    """Tools the model may call, each with a `name`, a `description` and an `input_schema`. A call comes back as a `tool_use` block; send its result back in a `tool_result` block of the next `user` turn."""

    top_k: int

    top_p: float
    """Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both."""

    thinking: ThinkingConfigParam
    """Extended thinking: with `enabled`, the model reasons step by step before it answers, spending at most `budget_tokens`, and returns its reasoning as `thinking` blocks; `adaptive` lets the model decide how much to think; `disabled` turns it off."""


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
    """About the request: `user_id` is an opaque id of your end user (a hash, never a name, email or phone number), which helps detect abuse."""

    user_id: str


class MessageParam(TypedDict, total=False):

    role: Required[MessageRole]

    content: Required[str | Iterable[ContentBlockParam]]


class MessageStartEvent(BaseModel):

    type: Literal["message_start"]

    message: Message


class MessageStopEvent(BaseModel):

    type: Literal["message_stop"]


class MessageTokensCount(BaseModel):

    input_tokens: int


class PingEvent(BaseModel):

    type: Literal["ping"]


class PlainTextSourceParam(TypedDict, total=False):

    type: Required[Literal["text"]]

    media_type: Required[Literal["text/plain"]]

    data: Required[str]


class RedactedThinkingBlock(BaseModel):
    """Reasoning returned encrypted; send it back unchanged in later turns."""

    type: Literal["redacted_thinking"]

    data: str


class RedactedThinkingBlockParam(TypedDict, total=False):
    """Reasoning the API returned encrypted, sent back unchanged."""

    type: Required[Literal["redacted_thinking"]]

    data: Required[str]


class ResponseFormatJsonObjectParam(TypedDict, total=False):

    type: Required[Literal["json_object"]]


class ResponseFormatJsonSchemaParam(TypedDict, total=False):

    type: Required[Literal["json_schema"]]

    json_schema: Required[JsonSchemaParam]


class ResponseFormatTextParam(TypedDict, total=False):

    type: Required[Literal["text"]]


class SignatureDelta(BaseModel):

    type: Literal["signature_delta"]

    signature: str


class TextBlock(BaseModel):

    type: Literal["text"]

    text: str


class TextBlockParam(TypedDict, total=False):
    """Text content."""

    type: Required[Literal["text"]]

    text: Required[str]


class TextDelta(BaseModel):

    type: Literal["text_delta"]

    text: str


class ThinkingBlock(BaseModel):
    """The model's reasoning, with extended thinking on."""

    type: Literal["thinking"]

    thinking: str

    signature: str


class ThinkingBlockParam(TypedDict, total=False):
    """The model's reasoning, sent back unchanged with its signature."""

    type: Required[Literal["thinking"]]

    thinking: Required[str]

    signature: Required[str]


class ThinkingConfigParam(TypedDict, total=False):
    """Extended thinking: with `enabled`, the model reasons step by step before it answers, spending at most `budget_tokens`, and returns its reasoning as `thinking` blocks; `adaptive` lets the model decide how much to think; `disabled` turns it off."""

    type: MessageThinkingType
    """`enabled` (within `budget_tokens`), `adaptive` (the model decides) or `disabled`."""

    budget_tokens: int
    """With `enabled`, the most tokens the model may spend thinking: at least 1,024, and less than `max_tokens`."""


class ThinkingDelta(BaseModel):

    type: Literal["thinking_delta"]

    thinking: str


class ToolChoiceAnyParam(TypedDict, total=False):
    """The model must call one of the tools."""

    type: Required[Literal["any"]]

    disable_parallel_tool_use: bool
    """When true, exactly one tool call."""


class ToolChoiceAutoParam(TypedDict, total=False):
    """The model decides whether to call a tool (the default with tools)."""

    type: Required[Literal["auto"]]

    disable_parallel_tool_use: bool
    """When true, at most one tool call."""


class ToolChoiceNoneParam(TypedDict, total=False):
    """The model must not call a tool."""

    type: Required[Literal["none"]]


class ToolChoiceToolParam(TypedDict, total=False):
    """The model must call the named tool."""

    type: Required[Literal["tool"]]

    name: Required[str]

    disable_parallel_tool_use: bool
    """When true, exactly one tool call."""


class ToolParam(TypedDict, total=False):
    """A tool the model may call."""

    name: Required[str]
    """The tool's name; tool_use blocks call it by this name."""

    description: str
    """What the tool does and when to use it; the model reads this to decide."""

    input_schema: Required[Mapping[str, Any]]
    """A JSON Schema of the tool's input (the `input` of its tool_use blocks)."""


class ToolResultBlockParam(TypedDict, total=False):
    """The result of a tool call, answering the tool_use block of the same id."""

    type: Required[Literal["tool_result"]]

    tool_use_id: Required[str]
    """The id of the tool_use block answered."""

    content: str | Iterable[TextBlockParam | ImageBlockParam]

    is_error: bool
    """Whether the tool call failed."""


class ToolUseBlock(BaseModel):
    """A call of a tool; answer it with a tool_result block of the same id."""

    type: Literal["tool_use"]

    id: str

    name: str

    input: dict[str, Any]
    """The arguments, as the tool's input_schema says."""


class ToolUseBlockParam(TypedDict, total=False):
    """A call of a tool, as the model made it (sent back in the conversation)."""

    type: Required[Literal["tool_use"]]

    id: Required[str]

    name: Required[str]

    input: Required[Mapping[str, Any]]


class UrlImageSourceParam(TypedDict, total=False):

    type: Required[Literal["url"]]

    url: Required[str]


class UrlPdfSourceParam(TypedDict, total=False):

    type: Required[Literal["url"]]

    url: Required[str]


class Usage(BaseModel):

    input_tokens: int | None = None

    output_tokens: int | None = None


ContentBlock: TypeAlias = Annotated[
    TextBlock | ToolUseBlock | ThinkingBlock | RedactedThinkingBlock, Field(discriminator="type")
]


ContentBlockParam: TypeAlias = (
    TextBlockParam
    | ImageBlockParam
    | DocumentBlockParam
    | ToolUseBlockParam
    | ToolResultBlockParam
    | ThinkingBlockParam
    | RedactedThinkingBlockParam
    | TextBlock
    | ToolUseBlock
    | ThinkingBlock
    | RedactedThinkingBlock
)


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


RawContentBlockDelta: TypeAlias = Annotated[
    TextDelta | InputJsonDelta | ThinkingDelta | SignatureDelta, Field(discriminator="type")
]


ToolChoiceParam: TypeAlias = Annotated[
    ToolChoiceAutoParam | ToolChoiceAnyParam | ToolChoiceToolParam | ToolChoiceNoneParam,
    Field(discriminator="type"),
]
