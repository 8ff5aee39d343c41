"""The streaming helpers of the generated clients (``messages.stream()``): what each protocol's
helper is made of in the runtime (``runtime/_stream_helpers.py``), where a client has one, and
what its package exports for them."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import ir


@dataclass(frozen=True)
class HelperKind:
    manager: str  # the class the helper returns (the async one is "Async" prefixed)
    final: str  # the stream's method that gives the response its events add up to
    result: str  # what an example names that response
    iterated: str  # what iterating the stream yields, in Markdown
    # What the package exports for annotating the helper's streams and events, by runtime module
    exports: tuple[tuple[str, tuple[str, ...]], ...]
    delta_event: str | None = None  # the event of each piece of text, when iteration yields it


# The events of chat.completions.stream(): made by the runtime (_chat_events), the same whatever
# the spec, named as openai's; the spec's chunk and completion types fill their parameters.
CHAT_EVENTS = (
    "ChatCompletionStreamEvent", "ChunkEvent", "ContentDeltaEvent", "ContentDoneEvent",
    "RefusalDeltaEvent", "RefusalDoneEvent", "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent",
)  # fmt: skip

HELPER_KINDS: dict[ir.StreamProtocol, HelperKind] = {
    "messages": HelperKind(
        "MessageStreamManager",
        "get_final_message",
        "message",
        "the events, each followed, where it adds text, by anthropic's `text` event "
        "(`event.text`, `event.snapshot`: the block's text so far; `TextEvent`, exported by the "
        "package)",
        exports=(
            ("_message_events", ("TextEvent",)),
            ("_stream_helpers", ("AsyncMessageStream", "MessageStream")),
        ),
    ),
    "chat.completions": HelperKind(
        "ChatCompletionStreamManager",
        "get_final_completion",
        "completion",
        "openai's events, told apart by `event.type` (`chunk`: each chunk with the completion "
        "so far, `content.delta`, `content.done`, `refusal.*`, `tool_calls.function.arguments.*`; "
        "their classes exported by the package)",
        exports=(
            ("_chat_events", CHAT_EVENTS),
            ("_stream_helpers", ("AsyncChatCompletionStream", "ChatCompletionStream")),
        ),
        delta_event="content.delta",
    ),
}


# The runtime modules the helpers are made of (``_stream_helpers`` imports the other two): a
# package gets them only if its client has a helper.
RUNTIME_MODULES = frozenset({"_stream_helpers.py", "_chat_events.py", "_message_events.py"})


def helper_kinds(api: ir.Api) -> list[HelperKind]:
    """The kinds of streaming helper the client has (an operation whose helper has a name)."""
    return [
        kind
        for protocol, kind in HELPER_KINDS.items()
        if any(op.stream_helper == protocol and helper_path(api, op) for op in api.operations)
    ]


def helper_exports(api: ir.Api) -> list[tuple[str, list[str]]]:
    """The runtime modules and names the package exports for the helpers its client has."""
    kinds = helper_kinds(api)
    modules: dict[str, set[str]] = {}
    for kind in kinds:
        for module, names in kind.exports:
            modules.setdefault(module, set()).update(names)
    return [(module, sorted(modules[module])) for module in sorted(modules)]


def helper_path(api: ir.Api, operation: ir.Operation) -> str | None:
    """After ``client.``: the operation's streaming helper (``messages.stream``), if it has one."""
    resources = api.resources
    found: ir.Resource | None = None
    for depth in range(1, len(operation.resource) + 1):
        path = operation.resource[:depth]
        found = next((r for r in resources if r.path == path), None)
        if found is None:
            return None
        resources = found.children
    name = found.stream_helper_name(operation) if found is not None else None
    return ".".join((*operation.resource, name)) if name is not None else None
