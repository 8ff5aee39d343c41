"""Claude AI: a typed Python client, generated from the API's OpenAPI spec."""

from ._chat_events import (
    ChatCompletionStreamEvent,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    RefusalDeltaEvent,
    RefusalDoneEvent,
)
from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIInputError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SDKError,
    UnprocessableEntityError,
)
from ._message_events import TextEvent
from ._stream_helpers import (
    AsyncChatCompletionStream,
    AsyncMessageStream,
    ChatCompletionStream,
    MessageStream,
)
from ._types import NOT_GIVEN, NotGiven

__version__ = "3.0.0"

__all__ = [
    "__version__",
    "Client",
    "AsyncClient",
    "NOT_GIVEN",
    "NotGiven",
    "SDKError",
    "APIInputError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIResponseTooLargeError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "ChatCompletionStreamEvent",
    "ChunkEvent",
    "ContentDeltaEvent",
    "ContentDoneEvent",
    "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "TextEvent",
    "AsyncChatCompletionStream",
    "AsyncMessageStream",
    "ChatCompletionStream",
    "MessageStream",
]
