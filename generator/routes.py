"""Where each operation lives on the client: ``client.chat.completions.create``.

Names follow the path, as in the OpenAI and Anthropic SDKs: version segments and path
parameters are dropped, the static segments are the resource, and the HTTP method says what is
done to it (POST to a collection creates, GET on an item retrieves, ...). A static segment under
a path that has operations of its own is an action on that resource
(``POST /v1/messages/count_tokens`` -> ``messages.count_tokens``). ``x-specgen-method`` on an
operation (set from the overlay) overrides all of this with a dotted path. Where the spec gives
an ``operationId``, it names the method, less the words of the resource it sits on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import naming, pointer
from generator.errors import SpecError

METHOD_EXTENSION = "x-specgen-method"
_VERSION = re.compile(r"^v\d+(\.\d+)*$", re.IGNORECASE)
_COLLECTION_VERBS = {
    "get": "list",
    "post": "create",
    "put": "replace",
    "patch": "update",
    "delete": "delete_all",
}
_ITEM_VERBS = {
    "get": "retrieve",
    "post": "update",
    "put": "update",
    "patch": "update",
    "delete": "delete",
}

# Attributes of the generated client and resources that a resource or method must not shadow.
RESERVED_MEMBERS = frozenset({"with_options", "close", "request", "api_key", "base_url", "timeout"})


@dataclass(frozen=True)
class Route:
    http_method: str  # lower case
    path: str
    pointer: str
    override: str | None  # x-specgen-method
    operation_id: str | None = None
    tags: tuple[str, ...] = ()


def client_paths(routes: list[Route], file: str) -> dict[Route, tuple[str, ...]]:
    """The dotted client path (resource segments + method name) of every route."""
    with_operations = {_static(route.path) for route in routes}
    result: dict[Route, tuple[str, ...]] = {}
    for route in routes:
        if route.override is not None:
            parts = tuple(route.override.split("."))
            if len(parts) < 2 or not all(part.isidentifier() for part in parts):
                where = pointer.join(route.pointer, METHOD_EXTENSION)
                raise SpecError(file, where, "must be a dotted path such as 'messages.create'")
            result[route] = parts
            continue
        result[route] = _derive(route, with_operations)
    _check_unique(result, file)
    return result


def _derive(route: Route, with_operations: set[tuple[str, ...]]) -> tuple[str, ...]:
    segments = [s for s in route.path.split("/") if s]
    while segments and _VERSION.match(segments[0]):
        segments.pop(0)
    item = bool(segments) and segments[-1].startswith("{")
    static = _static(route.path)
    resource = tuple(_identifier(s) for s in static)
    if (
        not item
        and len(static) > 1
        and static[:-1] in with_operations
        and "{" not in segments[-1]
        and route.http_method == "post"
    ):
        return (*resource[:-1], resource[-1])
    verbs = _ITEM_VERBS if item else _COLLECTION_VERBS
    method = _from_operation_id(route.operation_id, static) or verbs.get(
        route.http_method, route.http_method
    )
    return (*resource, method) if resource else ("root", method)


def _from_operation_id(operation_id: str | None, resource: tuple[str, ...]) -> str | None:
    """The method an operationId names, without the resource it already sits on:
    ``listPets`` on ``pets`` -> ``list``, ``createChatCompletion`` on ``chat.completions``
    -> ``create``, ``searchPetsByTag`` -> ``search_by_tag``."""
    if not operation_id:
        return None
    nouns = {form for segment in resource for word in naming.words(segment)
             for form in (word, naming.singular(word))}  # fmt: skip
    kept = [word for word in naming.words(operation_id) if word not in nouns]
    if not kept:
        return None
    return naming.python_identifier("_".join(kept), RESERVED_MEMBERS, fallback="call")


def _static(path: str) -> tuple[str, ...]:
    segments = [s for s in path.split("/") if s]
    while segments and _VERSION.match(segments[0]):
        segments.pop(0)
    return tuple(s for s in segments if "{" not in s)


def _identifier(segment: str) -> str:
    return naming.python_identifier(segment, RESERVED_MEMBERS, fallback="resource")


def _check_unique(result: dict[Route, tuple[str, ...]], file: str) -> None:
    seen: dict[tuple[str, ...], Route] = {}
    for route in sorted(result, key=lambda r: r.pointer):
        parts = result[route]
        if parts in seen:
            other = seen[parts]
            raise SpecError(
                file,
                route.pointer,
                f"client method {'.'.join(parts)} is also "
                f"{other.http_method.upper()} {other.path}; "
                f"set {METHOD_EXTENSION} on one of them in the overlay",
            )
        seen[parts] = route
