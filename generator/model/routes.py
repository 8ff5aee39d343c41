"""Where each operation lives on the client: ``client.chat.completions.create``.

Three rules, the first that applies wins:

1. ``x-specgen-method`` on an operation (set from the overlay) is the dotted client path.
2. An operation with both ``tags`` and an ``operationId`` lives on a resource named after its
   first tag, with a method named after the operationId less the tag's words, as in
   openapi-python-client (tag -> module, operationId -> function): tag ``pet`` with
   ``findPetsByStatus`` -> ``client.pet.find_by_status``, ``addPet`` -> ``client.pet.add``;
   tag ``Pet Store`` -> ``client.pet_store``. Words match singular or plural alike. If nothing
   of the operationId is left, the HTTP verb names the method as in rule 3.
3. Otherwise names follow the path, as in the OpenAI and Anthropic SDKs: version segments
   (``v1``, ``v1beta1``, ``2.0``) and path parameters are dropped, the static segments are the
   resource, and the HTTP method says what is done to it (POST to a collection creates, GET on
   an item retrieves, ...). A GET on a static sub-path right under an item
   (``/files/{id}/summary``) retrieves it, unless the segment is a plural noun
   (``/users/{id}/repos`` lists). A POST to a static segment under a path that has operations
   of its own, when nothing else is on or under it, is an action on that resource
   (``POST /v1/messages/count_tokens`` -> ``messages.count_tokens``). Where the spec gives an
   ``operationId``, it names the method, less the words of the resource it sits on
   (``listPets`` on ``pets`` -> ``list``).

Version tokens (``v1``, ``V2``, ``v1.2``, ``v1beta1``; ``naming.is_version``) never reach a name:
they are dropped from path segments, tags and operationIds alike, so ``V1createV1Messages`` on
``POST /v1/messages`` is ``messages.create``.

If rule 2 gives two operations the same client path (``readItems`` and ``readItem`` under tag
``items`` both become ``items.read``), or makes a method share its name with a sub-resource,
those operations take their rule-3 path instead. A clash that remains (Stripe's ``GetAccounts``
and ``GetAccountsAccount`` are both ``accounts.get`` less the resource's words) is resolved, not
refused: the clashing methods are named, all by the same rule, by the first of these that tells
them apart from each other and from every other name: the HTTP verb (``list`` and
``retrieve``), the whole operationId (``get_accounts_account``), the method and the HTTP verb,
the method and the path's words. Each such name carries a note, which ``inspect`` shows. Only
names the user chose (``x-specgen-method``) or that an earlier release shipped are never moved;
a clash between two of those is an error asking for ``x-specgen-method`` on one of them.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.errors import SpecError
from generator.model import naming
from generator.spec import pointer

METHOD_EXTENSION = "x-specgen-method"
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
RESERVED_MEMBERS = frozenset(
    {"with_options", "with_raw_response", "close", "request", "api_key", "base_url", "timeout",
     "max_retries", "max_response_bytes"}
)  # fmt: skip


@dataclass(frozen=True)
class Route:
    http_method: str  # lower case
    path: str
    pointer: str
    override: str | None  # x-specgen-method
    operation_id: str | None = None
    tags: tuple[str, ...] = ()


class ClientPaths(dict[Route, tuple[str, ...]]):
    """Each route's client path; ``notes`` says why, for the routes whose method was named apart
    from another's."""

    def __init__(self) -> None:
        super().__init__()
        self.notes: dict[Route, str] = {}


def client_paths(
    routes: list[Route], file: str, shipped: dict[tuple[str, str], tuple[str, ...]] | None = None
) -> ClientPaths:
    """The dotted client path (resource segments + method name) of every route. A route the
    last generation shipped (``shipped``: by HTTP method and path) keeps its client path,
    unless ``x-specgen-method`` moves it on purpose or gave another route that path."""
    statics = [_static(route.path) for route in routes]
    result = ClientPaths()
    fixed: set[Route] = set()  # named by the user or by an earlier release: never moved
    fallbacks: dict[Route, list[tuple[str, ...]]] = {}  # for routes named by rule 2
    for route in routes:
        if route.override is not None:
            result[route] = _override(route, route.override, file)
            fixed.add(route)
    overridden = set(result.values())
    for route in routes:
        if route in result:
            continue
        kept = (shipped or {}).get((route.http_method.upper(), route.path))
        if kept is not None and kept not in overridden:
            result[route] = kept
            fixed.add(route)
            continue
        tagged = _from_tag(route)
        if tagged is None:
            result[route] = _derive(route, statics)
        else:
            result[route] = tagged
            fallbacks[route] = [_derive(route, statics), (tagged[0], _verb(route))]
    # Rule 2 yields where it clashes: first to rule 3, then to the tag with the HTTP verb's
    # method; repeat, since a fallback may clash anew.
    while clashing := [r for r in _clashes(result) if fallbacks.get(r)]:
        for route in clashing:
            result[route] = fallbacks[route].pop(0)
    _name_apart(result, fixed)
    _check_unique(result, file)
    return result


def _name_apart(result: ClientPaths, fixed: set[Route]) -> None:
    """Rename the methods that still clash, each group by the first rule that tells its members
    apart from each other and from every other client path (see the module's docstring)."""
    while groups := _clash_groups(result, fixed):
        progress = False
        for group in groups:
            others = {parts for route, parts in result.items() if route not in group}
            taken = others | {parts[:n] for parts in others for n in range(1, len(parts))}
            for rule, candidate in _APART:
                names = {route: (*result[route][:-1], candidate(route, result[route][-1]))
                         for route in group}  # fmt: skip
                if len(set(names.values())) == len(group) and not taken & set(names.values()):
                    for route, parts in names.items():
                        others_in_group = sorted(
                            f"{r.http_method.upper()} {r.path}" for r in group if r != route
                        )
                        result.notes[route] = (
                            f"named apart from {', '.join(others_in_group) or 'a resource'} "
                            f"(was {'.'.join(result[route])}) by {rule}"
                        )
                        result[route] = parts
                    progress = True
                    break
        if not progress:
            return  # what is left is between fixed names: _check_unique says which


def _clash_groups(result: ClientPaths, fixed: set[Route]) -> list[list[Route]]:
    """The routes that may move, grouped by the client path they clash on; a method that shares
    its name with a sub-resource is a group of its own. In pointer order, so names are stable."""
    groups: dict[tuple[str, ...], list[Route]] = {}
    for route in sorted(_clashes(result) - fixed, key=lambda r: r.pointer):
        groups.setdefault(result[route], []).append(route)
    return list(groups.values())


def _operation_id_name(route: Route, method: str) -> str:
    words = naming.words(naming.without_versions(route.operation_id or ""))
    if not words:
        return method
    return naming.python_identifier("_".join(words), RESERVED_MEMBERS, fallback=method)


def _path_words_name(route: Route, method: str) -> str:
    words = [w for segment in route.path.split("/") if segment for w in naming.words(segment)]
    return naming.python_identifier("_".join([method, *words]), RESERVED_MEMBERS, fallback=method)


# The rules that name clashing methods apart, in order: (what the note says, method name).
_APART: tuple[tuple[str, Callable[[Route, str], str]], ...] = (
    ("the HTTP verb", lambda route, method: _verb(route)),
    ("the whole operationId", _operation_id_name),
    ("the HTTP method", lambda route, method: f"{method}_{route.http_method}"),
    ("the path", _path_words_name),
)


def _override(route: Route, override: str, file: str) -> tuple[str, ...]:
    """The client path ``x-specgen-method`` names. Each part becomes a module, an attribute
    and a ``def`` of the generated client, so it must be a name the client does not already
    use: no keyword, no ``_`` first (``__init__``, ``_client`` are the classes' own), no
    member of the client (``close``, ``with_options``...)."""
    where = pointer.join(route.pointer, METHOD_EXTENSION)
    parts = tuple(override.split("."))
    if len(parts) < 2 or not all(part.isidentifier() for part in parts):
        raise SpecError(file, where, "must be a dotted path such as 'messages.create'")
    for part in parts:
        if keyword.iskeyword(part) or part.startswith("_") or part in RESERVED_MEMBERS:
            reason = "a Python keyword" if keyword.iskeyword(part) else "a name the client uses"
            raise SpecError(file, where, f"{part!r} is {reason}; choose another name")
    return parts


def _from_tag(route: Route) -> tuple[str, ...] | None:
    """``(tag, method)`` for an operation with both a tag and an operationId."""
    if not route.tags or not route.operation_id:
        return None
    tag = naming.without_versions(route.tags[0])
    if not naming.words(tag):
        return None
    method = _less_words(route.operation_id, naming.words(tag))
    return (_identifier(tag), method or _verb(route))


def _derive(route: Route, statics: list[tuple[str, ...]]) -> tuple[str, ...]:
    segments = _segments(route.path)
    static = _static(route.path)
    resource = tuple(_identifier(s) for s in static)
    if (
        not _is_item(route.path)
        and len(static) > 1
        and static[:-1] in statics
        and "{" not in segments[-1]
        and route.http_method == "post"
        and sum(1 for other in statics if other[: len(static)] == static) == 1
    ):
        return (*resource[:-1], resource[-1])
    method = _from_operation_id(route.operation_id, static) or _verb(route)
    return (*resource, method) if resource else ("root", method)


def _verb(route: Route) -> str:
    """The method the HTTP verb names: POST to a collection creates, GET on an item retrieves,
    GET on a singular sub-path of an item retrieves it, ..."""
    segments = _segments(route.path)
    if _is_item(route.path):
        return _ITEM_VERBS.get(route.http_method, route.http_method)
    if route.http_method == "get" and _under_item(segments):
        last = naming.words(segments[-1])
        plural = bool(last) and naming.singular(last[-1]) != last[-1]
        return "list" if plural else "retrieve"
    return _COLLECTION_VERBS.get(route.http_method, route.http_method)


def _from_operation_id(operation_id: str | None, resource: tuple[str, ...]) -> str | None:
    """The method an operationId names, without the resource it already sits on:
    ``listPets`` on ``pets`` -> ``list``, ``createChatCompletion`` on ``chat.completions``
    -> ``create``, ``searchPetsByTag`` -> ``search_by_tag``."""
    if not operation_id:
        return None
    return _less_words(
        operation_id, [word for segment in resource for word in naming.words(segment)]
    )


def _less_words(operation_id: str, nouns: Iterable[str]) -> str | None:
    """The snake_case operationId without its version tokens and the given words, singular or
    plural alike."""
    forms = {form for word in nouns for form in (word, naming.singular(word))}
    kept = [
        word
        for word in naming.words(naming.without_versions(operation_id))
        if word not in forms and naming.singular(word) not in forms
    ]
    if not kept:
        return None
    return naming.python_identifier("_".join(kept), RESERVED_MEMBERS, fallback="call")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s and not naming.is_version(s)]


def _static(path: str) -> tuple[str, ...]:
    return tuple(s for s in _segments(path) if "{" not in s)


def _is_item(path: str) -> bool:
    segments = _segments(path)
    return bool(segments) and segments[-1].startswith("{")


def _under_item(segments: list[str]) -> bool:
    """A static last segment right under a path parameter: ``/files/{id}/summary``."""
    return len(segments) >= 2 and "{" not in segments[-1] and segments[-2].startswith("{")


def _identifier(segment: str) -> str:
    """A resource's attribute: a segment or tag less any version token in it (``users_v2``)."""
    return naming.python_identifier(
        naming.without_versions(segment), RESERVED_MEMBERS, fallback="resource"
    )


def _clashes(result: dict[Route, tuple[str, ...]]) -> set[Route]:
    """Routes whose client path another route also has, or that a sub-resource shadows."""
    owners: dict[tuple[str, ...], list[Route]] = {}
    for route, parts in result.items():
        owners.setdefault(parts, []).append(route)
    prefixes = {parts[:n] for parts in result.values() for n in range(1, len(parts))}
    return {
        route
        for parts, routes in owners.items()
        for route in routes
        if len(routes) > 1 or parts in prefixes
    }


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
    under: dict[tuple[str, ...], Route] = {}  # each resource path -> a route on or below it
    for route in sorted(result, key=lambda r: r.pointer):
        for n in range(1, len(result[route])):
            under.setdefault(result[route][:n], route)
    for route in sorted(result, key=lambda r: r.pointer):
        parts = result[route]
        if parts in under:
            other = under[parts]
            raise SpecError(
                file,
                route.pointer,
                f"client method {'.'.join(parts)} has the name of the resource of "
                f"{other.http_method.upper()} {other.path} ({'.'.join(result[other])}); "
                f"set {METHOD_EXTENSION} on one of them in the overlay",
            )
