"""Types of Claude AI: request parameters, responses and their parts."""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from pydantic import Field

from ._models import BaseModel

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


class Base64ImageSourceParam(BaseModel):

    type: Literal["base64"]

    media_type: ImageMediaType

    data: str
    """The image's bytes, base64-encoded."""


class Base64PdfSourceParam(BaseModel):

    type: Literal["base64"]

    media_type: Literal["application/pdf"]

    data: str
    """The PDF's bytes, base64-encoded."""


class ChatCompletion(BaseModel):

    id: str

    model: str

    object: Literal["chat.completion"]

    choices: list[ChatCompletionChoice]

    created: int

    system_fingerprint: str | None = None

    usage: CompletionUsage | None = None


class ChatCompletionAudioParam(BaseModel):
    """The voice and format of audio output, when `modalities` has `audio`."""

    voice: ChatCompletionAudioVoice

    format: ChatCompletionAudioFormat


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


class ChatCompletionContentPartImageParam(BaseModel):

    type: Literal["image_url"]

    image_url: ImageUrlParam


class ChatCompletionContentPartTextParam(BaseModel):

    type: Literal["text"]

    text: str


class ChatCompletionCreateParams(BaseModel):

    n: int | None = None
    """How many completions (`choices`) to generate."""

    model: ChatModel | str
    """The model that answers, such as `claude-sonnet-4-6`; a name not listed is sent as given."""

    stream: bool | None = None
    """Stream the completion as server-sent chunks while it is generated: the call returns a `Stream` of `ChatCompletionChunk` instead of a `ChatCompletion`."""

    messages: list[ChatCompletionMessageParam]
    """The conversation so far, oldest first: `system` or `developer` instructions, `user` and `assistant` turns, and `tool` messages answering the assistant's tool calls (by `tool_call_id`)."""

    max_tokens: int | None = None
    """The most tokens the completion may have; `max_completion_tokens` is the newer name."""

    temperature: float | None = None
    """How random the answer is, from 0 to 2 (default 1): higher values such as 0.8 vary more, lower ones such as 0.2 stay focused. Set this or `top_p`, not both."""

    response_format: (
        Annotated[
            ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam,
            Field(discriminator="type"),
        ]
        | None
    ) = None
    """The form of the answer: `text` (the default), any JSON object (`json_object`), or JSON that matches a schema (`json_schema`)."""

    top_p: float | None = None
    """Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both."""

    frequency_penalty: float | None = None
    """From -2.0 to 2.0: positive values penalise tokens by how often they already appear, so the model repeats itself less."""

    presence_penalty: float | None = None
    """From -2.0 to 2.0: positive values penalise tokens that already appear, so the model moves to new topics."""

    seed: int | None = None
    """Best-effort determinism: requests with the same seed and parameters should return the same answer."""

    stop: str | list[str] | None = None
    """Up to 4 strings that end the completion when generated; they are left out of it."""

    max_completion_tokens: int | None = None
    """The most tokens the completion may have, reasoning tokens included."""

    logprobs: bool | None = None
    """Return the log probability of each output token."""

    top_logprobs: int | None = None
    """With `logprobs`, how many of the most likely tokens to return at each position (0 to 20)."""

    stream_options: ChatCompletionStreamOptionsParam | None = None
    """Options of a stream: `include_usage` adds a last chunk carrying the token usage."""

    parallel_tool_calls: bool | None = None
    """Whether the model may call several tools in one turn."""

    user: str | None = None
    """An id of your end user, which helps detect abuse."""

    reasoning_effort: ChatCompletionReasoningEffort | None = None
    """How much the model reasons before it answers: less is faster and uses fewer tokens."""

    service_tier: ChatCompletionServiceTier | None = None
    """The processing tier that serves the request."""

    store: bool | None = None
    """Whether to store the completion for later retrieval."""

    metadata: dict[str, str] | None = None
    """String key-value pairs attached to the request."""

    logit_bias: dict[str, int] | None = None
    """Token ids mapped to a bias from -100 to 100, added to their logits before sampling: -100 bans a token, 100 all but forces it."""

    modalities: list[ChatCompletionModality] | None = None
    """The kinds of output wanted: `text`, or `text` and `audio`."""

    audio: ChatCompletionAudioParam | None = None
    """The voice and format of audio output, when `modalities` has `audio`."""

    prediction: ChatCompletionPredictionParam | None = None
    """Output known in advance (a file regenerated with small changes), which can make the answer faster."""

    web_search_options: ChatCompletionWebSearchOptionsParam | None = None
    """Search the web for the answer: how much context to gather, and where the user is."""

    tools: list[ChatCompletionToolParam] | None = None
    """Functions the model may call, each with a `name`, a `description` and JSON Schema `parameters`. Calls come back in the message's `tool_calls`; answer each with a `tool` message."""

    tool_choice: ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | None = None
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


class ChatCompletionMessageParam(BaseModel):

    role: ChatCompletionMessageRole

    content: (
        str
        | list[
            Annotated[
                ChatCompletionContentPartTextParam | ChatCompletionContentPartImageParam,
                Field(discriminator="type"),
            ]
        ]
        | None
    ) = None

    name: str | None = None

    tool_calls: list[ChatCompletionMessageToolCall] | None = None

    refusal: str | None = None

    tool_call_id: str | None = None


class ChatCompletionMessageToolCall(BaseModel):

    id: str

    type: Literal["function"]

    function: ChatCompletionMessageToolCallFunction


class ChatCompletionMessageToolCallFunction(BaseModel):

    name: str

    arguments: str


class ChatCompletionNamedToolChoiceFunctionParam(BaseModel):

    name: str


class ChatCompletionNamedToolChoiceParam(BaseModel):

    type: Literal["function"]

    function: ChatCompletionNamedToolChoiceFunctionParam


class ChatCompletionPredictionContentParam(BaseModel):

    type: Literal["text"]

    text: str


class ChatCompletionPredictionParam(BaseModel):
    """Output known in advance (a file regenerated with small changes), which can make the answer faster."""

    type: Literal["content"]

    content: str | list[ChatCompletionPredictionContentParam]


class ChatCompletionStreamOptionsParam(BaseModel):
    """Options of a stream: `include_usage` adds a last chunk carrying the token usage."""

    include_usage: bool | None = None


class ChatCompletionToolParam(BaseModel):

    type: Literal["function"]

    function: FunctionDefinitionParam


class ChatCompletionWebSearchOptionsParam(BaseModel):
    """Search the web for the answer: how much context to gather, and where the user is."""

    search_context_size: ChatCompletionWebSearchOptionsSearchContextSize | None = None

    user_location: ChatCompletionWebSearchOptionsUserLocationParam | None = None


class ChatCompletionWebSearchOptionsUserLocationApproximateParam(BaseModel):

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None


class ChatCompletionWebSearchOptionsUserLocationParam(BaseModel):

    type: Literal["approximate"] | None = None

    approximate: ChatCompletionWebSearchOptionsUserLocationApproximateParam | None = None


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


class ContentBlockSourceParam(BaseModel):

    type: Literal["content"]

    content: str | list[Annotated[TextBlockParam | ImageBlockParam, Field(discriminator="type")]]


class ContentBlockStartEvent(BaseModel):

    type: Literal["content_block_start"]

    index: int

    content_block: ContentBlock


class ContentBlockStopEvent(BaseModel):

    type: Literal["content_block_stop"]

    index: int


class DocumentBlockParam(BaseModel):
    """A document (PDF, plain text or content blocks) for the model to read."""

    type: Literal["document"]

    source: Annotated[
        Base64PdfSourceParam | PlainTextSourceParam | ContentBlockSourceParam | UrlPdfSourceParam,
        Field(discriminator="type"),
    ]

    title: str | None = None
    """The document's title."""

    context: str | None = None
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


class FunctionDefinitionParam(BaseModel):

    name: str

    description: str | None = None

    parameters: dict[str, Any] | None = None


class ImageBlockParam(BaseModel):
    """An image, inline (base64) or by URL."""

    type: Literal["image"]

    source: Annotated[Base64ImageSourceParam | UrlImageSourceParam, Field(discriminator="type")]


class ImageUrlParam(BaseModel):

    url: str

    detail: ImageDetail | None = None


class InputJsonDelta(BaseModel):

    type: Literal["input_json_delta"]

    partial_json: str


class JsonSchemaParam(BaseModel):

    name: str

    description: str | None = None

    schema_: dict[str, Any] | None = Field(default=None, alias="schema")

    strict: bool | None = None


class Message(BaseModel):

    id: str

    type: Literal["message"]

    role: Literal["assistant"]

    content: list[ContentBlock]

    model: str

    stop_reason: MessageStopReason | str | None

    stop_sequence: str | None

    usage: Usage


class MessageCountTokensParams(BaseModel):

    model: str
    """The model to count for: each model counts tokens its own way."""

    messages: list[MessageParam]
    """The conversation to count, as `messages.create` takes it."""

    system: str | None = None
    """The system prompt, counted with the messages."""

    thinking: ThinkingConfigParam | None = None
    """Extended thinking: with `enabled`, the model reasons step by step before it answers, spending at most `budget_tokens`, and returns its reasoning as `thinking` blocks; `adaptive` lets the model decide how much to think; `disabled` turns it off."""

    tool_choice: ToolChoiceParam | None = None
    """How the model uses `tools`, as in `messages.create`."""

    tools: list[ToolParam] | None = None
    """The tools the model may call, counted as `messages.create` would send them."""


class MessageCreateParams(BaseModel):

    model: str
    """The model that answers, such as `claude-sonnet-4-6`."""

    messages: list[MessageParam]
    """The conversation so far: turns alternating between `user` and `assistant`, each a string or a list of content blocks. The model answers the last `user` turn, or continues a last `assistant` turn from where it ends."""

    max_tokens: int
    """The most tokens the model may generate; it may stop sooner. Each model has its own maximum."""

    metadata: MessageMetadataParam | None = None
    """About the request: `user_id` is an opaque id of your end user (a hash, never a name, email or phone number), which helps detect abuse."""

    stop_sequences: list[str] | None = None
    """Strings that end the answer when the model generates one: `stop_reason` is then `stop_sequence` and `stop_sequence` says which one."""

    stream: bool | None = None
    """Stream the answer as server-sent events while it is generated: the call returns a `Stream` of events instead of a `Message`."""

    system: str | None = None
    """A system prompt: instructions and context for the model, outside the turns of `messages`."""

    temperature: float | None = None
    """How random the answer is, from 0.0 to 1.0 (default 1.0): closer to 0.0 for analytical or multiple-choice tasks, closer to 1.0 for creative ones. Even 0.0 is not fully deterministic."""

    tool_choice: ToolChoiceParam | None = None
    """How the model uses `tools`: `auto` (it decides, the default), `any` (it must call one), `tool` (it must call the one named) or `none` (it must not call any)."""

    tools: list[ToolParam] | None = None
    """Tools the model may call, each with a `name`, a `description` and an `input_schema`. A call comes back as a `tool_use` block; send its result back in a `tool_result` block of the next `user` turn."""

    top_k: int | None = None

    top_p: float | None = None
    """Nucleus sampling: each token is drawn from the most likely ones whose probabilities add up to `top_p`. Set this or `temperature`, not both."""

    thinking: ThinkingConfigParam | None = None
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


class MessageMetadataParam(BaseModel):
    """About the request: `user_id` is an opaque id of your end user (a hash, never a name, email or phone number), which helps detect abuse."""

    user_id: str | None = None


class MessageParam(BaseModel):

    role: MessageRole

    content: str | list[ContentBlockParam]


class MessageStartEvent(BaseModel):

    type: Literal["message_start"]

    message: Message


class MessageStopEvent(BaseModel):

    type: Literal["message_stop"]


class MessageTokensCount(BaseModel):

    input_tokens: int


class PingEvent(BaseModel):

    type: Literal["ping"]


class PlainTextSourceParam(BaseModel):

    type: Literal["text"]

    media_type: Literal["text/plain"]

    data: str


class RedactedThinkingBlock(BaseModel):
    """Reasoning returned encrypted; send it back unchanged in later turns."""

    type: Literal["redacted_thinking"]

    data: str


class RedactedThinkingBlockParam(BaseModel):
    """Reasoning the API returned encrypted, sent back unchanged."""

    type: Literal["redacted_thinking"]

    data: str


class ResponseFormatJsonObjectParam(BaseModel):

    type: Literal["json_object"]


class ResponseFormatJsonSchemaParam(BaseModel):

    type: Literal["json_schema"]

    json_schema: JsonSchemaParam


class ResponseFormatTextParam(BaseModel):

    type: Literal["text"]


class SignatureDelta(BaseModel):

    type: Literal["signature_delta"]

    signature: str


class TextBlock(BaseModel):

    type: Literal["text"]

    text: str


class TextBlockParam(BaseModel):
    """Text content."""

    type: Literal["text"]

    text: str


class TextDelta(BaseModel):

    type: Literal["text_delta"]

    text: str


class ThinkingBlock(BaseModel):
    """The model's reasoning, with extended thinking on."""

    type: Literal["thinking"]

    thinking: str

    signature: str


class ThinkingBlockParam(BaseModel):
    """The model's reasoning, sent back unchanged with its signature."""

    type: Literal["thinking"]

    thinking: str

    signature: str


class ThinkingConfigParam(BaseModel):
    """Extended thinking: with `enabled`, the model reasons step by step before it answers, spending at most `budget_tokens`, and returns its reasoning as `thinking` blocks; `adaptive` lets the model decide how much to think; `disabled` turns it off."""

    type: MessageThinkingType | None = None
    """`enabled` (within `budget_tokens`), `adaptive` (the model decides) or `disabled`."""

    budget_tokens: int | None = None
    """With `enabled`, the most tokens the model may spend thinking: at least 1,024, and less than `max_tokens`."""


class ThinkingDelta(BaseModel):

    type: Literal["thinking_delta"]

    thinking: str


class ToolChoiceAnyParam(BaseModel):
    """The model must call one of the tools."""

    type: Literal["any"]

    disable_parallel_tool_use: bool | None = None
    """When true, exactly one tool call."""


class ToolChoiceAutoParam(BaseModel):
    """The model decides whether to call a tool (the default with tools)."""

    type: Literal["auto"]

    disable_parallel_tool_use: bool | None = None
    """When true, at most one tool call."""


class ToolChoiceNoneParam(BaseModel):
    """The model must not call a tool."""

    type: Literal["none"]


class ToolChoiceToolParam(BaseModel):
    """The model must call the named tool."""

    type: Literal["tool"]

    name: str

    disable_parallel_tool_use: bool | None = None
    """When true, exactly one tool call."""


class ToolParam(BaseModel):
    """A tool the model may call."""

    name: str
    """The tool's name; tool_use blocks call it by this name."""

    description: str | None = None
    """What the tool does and when to use it; the model reads this to decide."""

    input_schema: dict[str, Any]
    """A JSON Schema of the tool's input (the `input` of its tool_use blocks)."""


class ToolResultBlockParam(BaseModel):
    """The result of a tool call, answering the tool_use block of the same id."""

    type: Literal["tool_result"]

    tool_use_id: str
    """The id of the tool_use block answered."""

    content: (
        str | list[Annotated[TextBlockParam | ImageBlockParam, Field(discriminator="type")]] | None
    ) = None

    is_error: bool | None = None
    """Whether the tool call failed."""


class ToolUseBlock(BaseModel):
    """A call of a tool; answer it with a tool_result block of the same id."""

    type: Literal["tool_use"]

    id: str

    name: str

    input: dict[str, Any]
    """The arguments, as the tool's input_schema says."""


class ToolUseBlockParam(BaseModel):
    """A call of a tool, as the model made it (sent back in the conversation)."""

    type: Literal["tool_use"]

    id: str

    name: str

    input: dict[str, Any]


class UrlImageSourceParam(BaseModel):

    type: Literal["url"]

    url: str


class UrlPdfSourceParam(BaseModel):

    type: Literal["url"]

    url: str


class Usage(BaseModel):

    input_tokens: int | None = None

    output_tokens: int | None = None


ContentBlock: TypeAlias = Annotated[
    TextBlock | ToolUseBlock | ThinkingBlock | RedactedThinkingBlock, Field(discriminator="type")
]


ContentBlockParam: TypeAlias = Annotated[
    TextBlockParam
    | ImageBlockParam
    | DocumentBlockParam
    | ToolUseBlockParam
    | ToolResultBlockParam
    | ThinkingBlockParam
    | RedactedThinkingBlockParam,
    Field(discriminator="type"),
]


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
