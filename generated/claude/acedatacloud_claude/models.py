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
"""V1 Chat Completions Audio Format"""

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
"""V1 Chat Completions Audio Voice"""

ChatCompletionFinishReason: TypeAlias = Literal[
    "stop",
    "length",
    "tool_calls",
    "content_filter",
    "function_call",
]
"""V1 Chat Completions Response 200 Choices Finish Reason"""

ChatCompletionMessageRole: TypeAlias = Literal[
    "user",
    "assistant",
    "system",
    "developer",
    "tool",
]
"""V1 Chat Completions Messages Role"""

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
"""V1 Chat Completions Reasoning Effort"""

ChatCompletionServiceTier: TypeAlias = Literal[
    "auto",
    "default",
    "flex",
    "scale",
    "priority",
]
"""V1 Chat Completions Service Tier"""

ChatCompletionToolChoiceOption: TypeAlias = Literal[
    "none",
    "auto",
    "required",
]
"""V1 Chat Completions Tool Choice"""

ChatCompletionWebSearchOptionsSearchContextSize: TypeAlias = Literal[
    "low",
    "medium",
    "high",
]
"""V1 Chat Completions Web Search Options Search Context Size"""

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
"""V1 Chat Completions Model"""

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
"""V1 Chat Completions Messages Image Url Detail"""

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
    """V1 Chat Completions Response 200"""

    id: str
    """V1 Chat Completions Response 200 Id"""

    model: str
    """V1 Chat Completions Response 200 Model"""

    object: Literal["chat.completion"]
    """V1 Chat Completions Response 200 Object"""

    choices: list[ChatCompletionChoice]
    """V1 Chat Completions Response 200 Choices"""

    created: int
    """V1 Chat Completions Response 200 Created"""

    system_fingerprint: str | None = None
    """V1 Chat Completions Response 200 System Fingerprint"""

    usage: CompletionUsage | None = None
    """V1 Chat Completions Response 200 Usage"""


class ChatCompletionAudioParam(BaseModel):
    """V1 Chat Completions Audio"""

    voice: ChatCompletionAudioVoice
    """V1 Chat Completions Audio Voice"""

    format: ChatCompletionAudioFormat
    """V1 Chat Completions Audio Format"""


class ChatCompletionChoice(BaseModel):

    index: int
    """V1 Chat Completions Response 200 Choices Index"""

    message: ChatCompletionMessage
    """V1 Chat Completions Response 200 Choices Message 2"""

    finish_reason: ChatCompletionFinishReason | str
    """V1 Chat Completions Response 200 Choices Finish Reason"""

    logprobs: dict[str, Any] | None = None
    """V1 Chat Completions Response 200 Choices Logprobs"""


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
    """V1 Chat Completions Messages Type 2"""

    image_url: ImageUrlParam
    """V1 Chat Completions Messages Image Url"""


class ChatCompletionContentPartTextParam(BaseModel):

    type: Literal["text"]
    """V1 Chat Completions Messages Type"""

    text: str
    """V1 Chat Completions Messages Text"""


class ChatCompletionCreateParams(BaseModel):

    n: int | None = None
    """V1 Chat Completions N"""

    model: ChatModel
    """V1 Chat Completions Model"""

    stream: bool | None = None
    """V1 Chat Completions Stream"""

    messages: list[ChatCompletionMessageParam]
    """V1 Chat Completions Messages 4"""

    max_tokens: int | None = None
    """V1 Chat Completions Max Tokens"""

    temperature: float | None = None
    """V1 Chat Completions Temperature"""

    response_format: (
        Annotated[
            ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam,
            Field(discriminator="type"),
        ]
        | None
    ) = None
    """V1 Chat Completions Response Format 4"""

    top_p: float | None = None
    """V1 Chat Completions Top P"""

    frequency_penalty: float | None = None
    """V1 Chat Completions Frequency Penalty"""

    presence_penalty: float | None = None
    """V1 Chat Completions Presence Penalty"""

    seed: int | None = None
    """V1 Chat Completions Seed"""

    stop: str | list[str] | None = None
    """V1 Chat Completions Stop 3"""

    max_completion_tokens: int | None = None
    """V1 Chat Completions Max Completion Tokens"""

    logprobs: bool | None = None
    """V1 Chat Completions Logprobs"""

    top_logprobs: int | None = None
    """V1 Chat Completions Top Logprobs"""

    stream_options: ChatCompletionStreamOptionsParam | None = None
    """V1 Chat Completions Stream Options"""

    parallel_tool_calls: bool | None = None
    """V1 Chat Completions Parallel Tool Calls"""

    user: str | None = None
    """V1 Chat Completions User"""

    reasoning_effort: ChatCompletionReasoningEffort | None = None
    """V1 Chat Completions Reasoning Effort"""

    service_tier: ChatCompletionServiceTier | None = None
    """V1 Chat Completions Service Tier"""

    store: bool | None = None
    """V1 Chat Completions Store"""

    metadata: dict[str, str] | None = None
    """V1 Chat Completions Metadata"""

    logit_bias: dict[str, int] | None = None
    """V1 Chat Completions Logit Bias"""

    modalities: list[ChatCompletionModality] | None = None
    """V1 Chat Completions Modalities"""

    audio: ChatCompletionAudioParam | None = None
    """V1 Chat Completions Audio"""

    prediction: ChatCompletionPredictionParam | None = None
    """V1 Chat Completions Prediction 3"""

    web_search_options: ChatCompletionWebSearchOptionsParam | None = None
    """V1 Chat Completions Web Search Options"""

    tools: list[ChatCompletionToolParam] | None = None
    """V1 Chat Completions Tools"""

    tool_choice: ChatCompletionToolChoiceOption | ChatCompletionNamedToolChoiceParam | None = None
    """V1 Chat Completions Tool Choice 3"""


class ChatCompletionMessage(BaseModel):
    """V1 Chat Completions Response 200 Choices Message 2"""

    role: Literal["assistant"]
    """V1 Chat Completions Response 200 Choices Message Role"""

    content: str | None = None
    """V1 Chat Completions Response 200 Choices Message"""

    tool_calls: list[ChatCompletionMessageToolCall] | None = None
    """V1 Chat Completions Response 200 Choices Message Tool Calls"""

    refusal: str | None = None
    """V1 Chat Completions Response 200 Choices Message Refusal"""

    audio: ChatCompletionMessageAudio | None = None
    """V1 Chat Completions Response 200 Choices Message Audio"""


class ChatCompletionMessageAudio(BaseModel):
    """V1 Chat Completions Response 200 Choices Message Audio"""

    id: str
    """V1 Chat Completions Response 200 Choices Message Audio Id"""

    expires_at: int
    """V1 Chat Completions Response 200 Choices Message Audio Expires At"""

    data: str
    """V1 Chat Completions Response 200 Choices Message Audio Data"""

    transcript: str | None = None
    """V1 Chat Completions Response 200 Choices Message Audio Transcript"""


class ChatCompletionMessageParam(BaseModel):

    role: ChatCompletionMessageRole
    """V1 Chat Completions Messages Role"""

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
    """V1 Chat Completions Messages 3"""

    name: str | None = None
    """V1 Chat Completions Messages Name"""

    tool_calls: list[ChatCompletionMessageToolCall] | None = None
    """V1 Chat Completions Messages Tool Calls"""

    refusal: str | None = None
    """V1 Chat Completions Messages Refusal"""

    tool_call_id: str | None = None
    """V1 Chat Completions Messages Tool Call Id"""


class ChatCompletionMessageToolCall(BaseModel):

    id: str
    """V1 Chat Completions Messages Tool Calls Id"""

    type: Literal["function"]
    """V1 Chat Completions Messages Tool Calls Type"""

    function: ChatCompletionMessageToolCallFunction


class ChatCompletionMessageToolCallFunction(BaseModel):

    name: str
    """V1 Chat Completions Messages Tool Calls Function Name"""

    arguments: str
    """V1 Chat Completions Messages Tool Calls Function Arguments"""


class ChatCompletionNamedToolChoiceFunctionParam(BaseModel):

    name: str
    """V1 Chat Completions Tool Choice Function Name"""


class ChatCompletionNamedToolChoiceParam(BaseModel):
    """V1 Chat Completions Tool Choice 2"""

    type: Literal["function"]
    """V1 Chat Completions Tool Choice Type"""

    function: ChatCompletionNamedToolChoiceFunctionParam


class ChatCompletionPredictionContentParam(BaseModel):

    type: Literal["text"]

    text: str


class ChatCompletionPredictionParam(BaseModel):
    """V1 Chat Completions Prediction 3"""

    type: Literal["content"]
    """V1 Chat Completions Prediction Type"""

    content: str | list[ChatCompletionPredictionContentParam]
    """V1 Chat Completions Prediction 2"""


class ChatCompletionStreamOptionsParam(BaseModel):
    """V1 Chat Completions Stream Options"""

    include_usage: bool | None = None
    """V1 Chat Completions Stream Options Include Usage"""


class ChatCompletionToolParam(BaseModel):

    type: Literal["function"]
    """V1 Chat Completions Tools Type"""

    function: FunctionDefinitionParam
    """V1 Chat Completions Tools Function 2"""


class ChatCompletionWebSearchOptionsParam(BaseModel):
    """V1 Chat Completions Web Search Options"""

    search_context_size: ChatCompletionWebSearchOptionsSearchContextSize | None = None
    """V1 Chat Completions Web Search Options Search Context Size"""

    user_location: ChatCompletionWebSearchOptionsUserLocationParam | None = None
    """V1 Chat Completions Web Search Options User Location"""


class ChatCompletionWebSearchOptionsUserLocationApproximateParam(BaseModel):

    country: str | None = None

    region: str | None = None

    city: str | None = None

    timezone: str | None = None


class ChatCompletionWebSearchOptionsUserLocationParam(BaseModel):
    """V1 Chat Completions Web Search Options User Location"""

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
    """V1 Chat Completions Response 200 Usage"""

    prompt_tokens: int
    """V1 Chat Completions Response 200 Usage Prompt Tokens"""

    completion_tokens: int
    """V1 Chat Completions Response 200 Usage Completion Tokens"""

    total_tokens: int
    """V1 Chat Completions Response 200 Usage Total Tokens"""

    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None
    """V1 Chat Completions Response 200 Usage Prompt Tokens Details"""

    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None
    """V1 Chat Completions Response 200 Usage Completion Tokens Details"""


class CompletionUsageCompletionTokensDetails(BaseModel):
    """V1 Chat Completions Response 200 Usage Completion Tokens Details"""

    reasoning_tokens: int | None = None
    """V1 Chat Completions Response 200 Usage Completion Tokens Details Reasoning Tokens"""

    audio_tokens: int | None = None
    """V1 Chat Completions Response 200 Usage Completion Tokens Details Audio Tokens"""

    accepted_prediction_tokens: int | None = None
    """V1 Chat Completions Response 200 Usage Completion Tokens Details Accepted Prediction Tokens"""

    rejected_prediction_tokens: int | None = None
    """V1 Chat Completions Response 200 Usage Completion Tokens Details Rejected Prediction Tokens"""


class CompletionUsagePromptTokensDetails(BaseModel):
    """V1 Chat Completions Response 200 Usage Prompt Tokens Details"""

    cached_tokens: int | None = None
    """V1 Chat Completions Response 200 Usage Prompt Tokens Details Cached Tokens"""

    audio_tokens: int | None = None
    """V1 Chat Completions Response 200 Usage Prompt Tokens Details Audio Tokens"""


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


class ContentBlockParam(BaseModel):

    type: ContentBlockParamType | None = None

    text: str | None = None

    source: ContentBlockSourceParam | None = None


class ContentBlockSourceParam(BaseModel):

    type: Literal["base64"] | None = None

    media_type: str | None = None

    data: str | None = None


class ContentBlockStartEvent(BaseModel):

    type: Literal["content_block_start"]

    index: int

    content_block: ContentBlock


class ContentBlockStopEvent(BaseModel):

    type: Literal["content_block_stop"]

    index: int


class Error(BaseModel):

    code: str | None = None
    """V1 Chat Completions Response 400 Error Code"""

    message: str | None = None
    """V1 Chat Completions Response 400 Error Message"""


class ErrorEvent(BaseModel):

    type: Literal["error"]

    error: AnthropicError


class ErrorResponse(BaseModel):

    error: Error | None = None

    trace_id: str | None = None
    """V1 Chat Completions Response 400 Trace Id"""


class FunctionDefinitionParam(BaseModel):
    """V1 Chat Completions Tools Function 2"""

    name: str
    """V1 Chat Completions Tools Function Name"""

    description: str | None = None
    """V1 Chat Completions Tools Function Description"""

    parameters: dict[str, Any] | None = None
    """V1 Chat Completions Tools Function"""


class ImageUrlParam(BaseModel):
    """V1 Chat Completions Messages Image Url"""

    url: str
    """V1 Chat Completions Messages Image Url Url"""

    detail: ImageDetail | None = None
    """V1 Chat Completions Messages Image Url Detail"""


class InputJsonDelta(BaseModel):

    type: Literal["input_json_delta"]

    partial_json: str


class JsonSchemaParam(BaseModel):

    name: str
    """V1 Chat Completions Response Format Json Schema Name"""

    description: str | None = None
    """V1 Chat Completions Response Format Json Schema Description"""

    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    """V1 Chat Completions Response Format Json Schema"""

    strict: bool | None = None
    """V1 Chat Completions Response Format Json Schema Strict"""


class Message(BaseModel):

    id: str
    """V1 Messages Response 200 Id"""

    type: Literal["message"]

    role: Literal["assistant"]

    content: list[ContentBlock]

    model: str
    """V1 Messages Response 200 Model"""

    stop_reason: MessageStopReason | str | None

    stop_sequence: str | None

    usage: Usage


class MessageCountTokensParams(BaseModel):

    model: str
    """V1 Messages Count Tokens Model"""

    messages: list[TokenCountMessageParam]
    """V1 Messages Count Tokens Messages"""

    system: str | None = None
    """V1 Messages Count Tokens System"""

    thinking: MessageThinkingParam | None = None
    """V1 Messages Count Tokens Thinking"""

    tool_choice: dict[str, Any] | None = None
    """V1 Messages Count Tokens Tool Choice"""

    tools: list[dict[str, Any]] | None = None
    """V1 Messages Count Tokens Tools"""


class MessageCreateParams(BaseModel):

    model: str
    """V1 Messages Model"""

    messages: list[MessageParam]
    """V1 Messages Messages"""

    max_tokens: int
    """V1 Messages Max Tokens"""

    metadata: MessageMetadataParam | None = None

    stop_sequences: list[str] | None = None
    """V1 Messages Stop Sequences"""

    stream: bool | None = None
    """V1 Messages Stream"""

    system: str | None = None
    """V1 Messages System"""

    temperature: float | None = None
    """V1 Messages Temperature"""

    tool_choice: dict[str, Any] | None = None
    """V1 Messages Tool Choice"""

    tools: list[dict[str, Any]] | None = None
    """V1 Messages Tools"""

    top_k: int | None = None
    """V1 Messages Top K"""

    top_p: float | None = None
    """V1 Messages Top P"""


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

    user_id: str | None = None


class MessageParam(BaseModel):

    role: MessageRole

    content: str | list[ContentBlockParam]


class MessageStartEvent(BaseModel):

    type: Literal["message_start"]

    message: Message


class MessageStopEvent(BaseModel):

    type: Literal["message_stop"]


class MessageThinkingParam(BaseModel):
    """V1 Messages Count Tokens Thinking"""

    type: MessageThinkingType | None = None

    budget_tokens: int | None = None
    """V1 Messages Count Tokens Thinking Budget Tokens"""


class MessageTokensCount(BaseModel):

    input_tokens: int
    """V1 Messages Count Tokens Response 200 Input Tokens"""


class PingEvent(BaseModel):

    type: Literal["ping"]


class ResponseFormatJsonObjectParam(BaseModel):
    """V1 Chat Completions Response Format 2"""

    type: Literal["json_object"]
    """V1 Chat Completions Response Format Type 2"""


class ResponseFormatJsonSchemaParam(BaseModel):
    """V1 Chat Completions Response Format 3"""

    type: Literal["json_schema"]
    """V1 Chat Completions Response Format Type 3"""

    json_schema: JsonSchemaParam


class ResponseFormatTextParam(BaseModel):
    """V1 Chat Completions Response Format"""

    type: Literal["text"]
    """V1 Chat Completions Response Format Type"""


class TextDelta(BaseModel):

    type: Literal["text_delta"]

    text: str


class TokenCountContentBlockParam(BaseModel):

    type: TokenCountContentBlockType | None = None

    text: str | None = None

    source: TokenCountContentBlockSourceParam | None = None

    id: str | None = None

    name: str | None = None

    input: dict[str, Any] | None = None

    tool_use_id: str | None = None

    content: str | list[dict[str, Any]] | None = None


class TokenCountContentBlockSourceParam(BaseModel):

    type: TokenCountContentBlockSourceType | None = None

    media_type: str | None = None

    data: str | None = None

    url: str | None = None


class TokenCountMessageParam(BaseModel):

    role: MessageRole

    content: str | list[TokenCountContentBlockParam]


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
