"""The streaming helpers of the generated clients (``messages.stream()``): what each protocol's
helper is made of in the runtime (``runtime/_stream_helpers.py``), and where a client has one."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import ir


@dataclass(frozen=True)
class HelperKind:
    manager: str  # the class the helper returns (the async one is "Async" prefixed)
    final: str  # the stream's method that gives the response its events add up to
    result: str  # what an example names that response


HELPER_KINDS: dict[ir.StreamProtocol, HelperKind] = {
    "messages": HelperKind("MessageStreamManager", "get_final_message", "message"),
    "chat.completions": HelperKind(
        "ChatCompletionStreamManager", "get_final_completion", "completion"
    ),
}


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
