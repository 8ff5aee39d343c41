"""JSON pointers (RFC 6901): building, escaping and resolving them."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

# Kept as they are in a ``$ref`` fragment written out; the rest is %-encoded.
_FRAGMENT_SAFE = "/~-._!$&'()*+,;=:@"


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape(token) for token in tokens)


def to_fragment(pointer: str) -> str:
    """A ``$ref`` value naming the node at ``pointer`` in the same document."""
    return "#" + quote(pointer, safe=_FRAGMENT_SAFE)


def resolve(document: Any, pointer: str) -> Any:
    """The node at ``pointer``; raises ``KeyError`` naming the first token that is missing."""
    node = document
    if pointer == "":
        return node
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    for raw in pointer[1:].split("/"):
        token = unescape(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


# Where an OpenAPI document holds arrays on the way to a schema: a digit after one of these is
# an index (``oneOf[1]``); any other digit is a key (``responses['200']``).
_ARRAYS = frozenset({"allOf", "oneOf", "anyOf", "prefixItems", "parameters"})


def to_jsonpath(pointer: str) -> str:
    """The JSONPath of an OpenAPI document's node at ``pointer``, as an overlay ``target``:
    ``/paths/~1v1~1messages/post`` -> ``$.paths['/v1/messages'].post``."""
    path, parent = "$", ""
    for raw in pointer.split("/")[1:] if pointer else []:
        token = unescape(raw)
        if token.isdigit() and parent in _ARRAYS:
            path += f"[{token}]"
        elif token.isidentifier() and token.isascii():
            path += f".{token}"
        else:
            escaped = token.replace("\\", "\\\\").replace("'", "\\'")
            path += f"['{escaped}']"
        parent = token
    return path
