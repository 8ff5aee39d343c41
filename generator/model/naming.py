"""Turning spec strings into Python names: words, cases, plurals and reserved words."""

from __future__ import annotations

import http
import keyword
import re
import unicodedata
from collections.abc import Container, Iterable

from generator.spec.pointer import unescape

# Names the generated modules import or define next to the spec's types (models.py, the resource
# modules, _client.py, the generated tests): a spec type of one of these names is renamed. The
# hostile-input corpus (tests/test_hostile_corpus.py) checks that every name those modules import
# is listed here or in CODE_NAMES.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Any", "AsyncClient", "AsyncStream", "BaseModel", "Client", "ConfigDict", "Field",
        "Literal", "NotGiven", "NOT_GIVEN", "Stream", "TypeAlias", "Union", "Optional",
        "Annotated", "RequestOptions", "StreamOptions", "SDKError", "APIError", "APIInputError",
        # what the client sends: TypedDicts and the containers it takes
        "TypedDict", "Required", "Iterable", "SequenceNotStr",
        "APIConnectionError", "APITimeoutError", "APIResponseValidationError", "APIStatusError",
        "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
        "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
        # _types: the per-call extras, the timeout and uploads
        "Body", "Headers", "Query", "Timeout", "FileTypes", "FileContent",
        # _stream_helpers: what the streaming helpers (messages.stream()) return
        "MessageStreamManager", "AsyncMessageStreamManager", "ChatCompletionStreamManager",
        "AsyncChatCompletionStreamManager",
        # _client.py and the generated tests
        "Mapping", "Callable", "Handler", "Path", "Self", "Final", "IO",
    }
)  # fmt: skip
# Suffixes of classes the templates derive from a resource's class name.
_RESERVED_TYPE_SUFFIXES = ("WithRawResponse",)


def _status_error_names() -> frozenset[str]:
    """The exception class of every HTTP status a spec may document (``ImATeapotError``)."""
    return frozenset(pascal(status.phrase) + "Error" for status in http.HTTPStatus)


# Lower-case names the generated modules use (a method body calls ``cast`` and
# ``strip_not_given``, a JSON type spells ``list[...]`` at run time, the encoders of query
# parameters): an argument or a field of one of these names would shadow them.
CODE_NAMES = frozenset(
    {
        "str", "int", "float", "bool", "bytes", "list", "dict", "datetime", "builtins", "httpx",
        "cast", "overload", "cached_property", "strip_not_given", "deep_object", "delimited",
        "exploded", "json_text", "pydantic", "to_raw_response_wrapper",
        "async_to_raw_response_wrapper",
    }
)  # fmt: skip

# A version token: ``v1``, ``V2``, ``v1.2``, ``v1beta1``, ``v2alpha3``, ``v1rc1``: a ``v``, a
# number (maybe dotted) and maybe a pre-release stage with its number. A stage must end its word
# (``v2Alphabet`` is ``v2`` and ``Alphabet``).
_VERSION_TOKEN = r"[vV]\d+(?:\.\d+)*(?:(?i:alpha|beta|rc)\d*(?![a-z]))?"
# A word: a version token whole (``apps_v1`` is ``apps``, ``v1``; ``createV1Messages`` has ``v1``;
# ``Ipv4`` has no version in it), else the usual camel-case and digit runs.
_WORD = re.compile(
    r"(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=V))[vV]\d+(?:(?i:alpha|beta|rc)\d*(?![a-z]))?(?![0-9])"
    r"|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+"
)
# A whole path segment that is a version: a version token, or a dotted number (``2.0``; a bare
# integer such as ``2024`` is a real segment).
_VERSION_SEGMENT = re.compile(rf"{_VERSION_TOKEN}|\d+(?:\.\d+)+")
# A version token inside an identifier: at the start of a word (after a separator, or a capital
# ``V`` after a lower-case letter or digit: ``createV1Messages``), never inside one (``Ipv4``).
_VERSION_IN_TEXT = re.compile(rf"(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=V)){_VERSION_TOKEN}(?![0-9])")
_DIGITS = re.compile(r"([0-9]+)")
_UNCOUNTABLE = frozenset({"data", "content", "metadata", "news", "information", "media", "series"})


def words(text: str) -> list[str]:
    """Lower-case ASCII words of any identifier-ish text: 'chat.completion' -> chat, completion."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [word.lower() for word in _WORD.findall(ascii_text)]


# Words tools put in the titles they make up from where a schema sits ("… Param Accept").
_PLACE_WORDS = frozenset(
    {"param", "params", "parameter", "request", "response", "body", "item", "items", "schema"}
)


def describes(text: str | None, at: str) -> str | None:
    """``text`` as a description of the node at pointer ``at``, or None when it only repeats the
    place: "V1 Chat Completions Messages 4" at ``/paths/~1v1~1chat~1completions/…/messages/…``
    is a title a FastAPI-style tool made up from the path and the name, and would only repeat,
    in every docstring, what the name already says."""
    if text is None:
        return None
    place = {word for token in at.split("/") for word in words(unescape(token))}
    said = words(text)
    if said and all(w.isdigit() or w in place or w in _PLACE_WORDS for w in said):
        return None
    return text


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sorts ``text`` as isort and ruff sort names and modules: runs of digits by their value
    (``item2`` before ``item10``), the rest character by character."""
    return tuple((1, int(p)) if p[0].isdigit() else (0, p) for p in _DIGITS.split(text) if p)


def is_version(segment: str) -> bool:
    """Whether a path segment (or any whole word) is a version: ``v1``, ``v1beta1``, ``2.0``."""
    return _VERSION_SEGMENT.fullmatch(segment) is not None


def without_versions(text: str) -> str:
    """``text`` less its version tokens, each replaced by a word break:
    ``V1createV1ChatCompletions`` -> ``" create ChatCompletions"``; ``createIpv4Address`` and
    ``getLevel2`` are kept whole."""
    return _VERSION_IN_TEXT.sub(" ", text)


def pascal(*parts: str) -> str:
    return "".join(word[:1].upper() + word[1:] for part in parts for word in words(part))


def snake(text: str) -> str:
    return "_".join(words(text))


def singular(word: str) -> str:
    """English singular of a plural noun, good enough for property names (choices -> choice)."""
    lower = word.lower()
    if lower in _UNCOUNTABLE or len(lower) < 3:
        return word
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Members of pydantic's BaseModel (2.7 and later, deprecated ones too) that a field must not
# shadow, and the names that model annotations spell (``str``, ``datetime.date``): a field named
# ``str`` or ``datetime`` in a class body would hide them from the fields after it.
MODEL_ATTRIBUTES = frozenset(
    {"construct", "copy", "dict", "from_orm", "json", "model_computed_fields", "model_config",
     "model_construct", "model_copy", "model_dump", "model_dump_json", "model_extra",
     "model_fields", "model_fields_set", "model_json_schema", "model_parametrized_name",
     "model_post_init", "model_rebuild", "model_validate", "model_validate_json",
     "model_validate_strings", "parse_file", "parse_obj", "parse_raw", "schema", "schema_json",
     "update_forward_refs", "validate",
     "str", "int", "float", "bool", "bytes", "list", "datetime"}
)  # fmt: skip


def python_identifier(
    text: str, reserved: frozenset[str] = frozenset(), fallback: str = "value"
) -> str:
    """A snake_case identifier for a wire name: never a keyword, a reserved name or digit-first.

    Builtins such as ``type`` and ``id`` stay as they are, as in hand-written SDKs: shadowing them
    in a keyword argument or a model field is harmless.
    """
    name = snake(text) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    # ``l`` reads as ``1`` (linters refuse it as a name: E741, E743)
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved or name == "l":
        name += "_"
    return name


class UniqueNames:
    """Hands out names that are neither taken nor to be avoided: a name as it is, else with
    ``_``, then ``_2``, ``_3``... Each name remembers the last number it tried, so that n names
    that clash cost O(n), not O(n²) as appending ``_`` until one is free did (names O(n) long
    each: a few thousand properties spelled ``-``, ``--``... were megabytes of identifiers)."""

    def __init__(self, taken: Iterable[str] = (), avoid: Container[str] = frozenset()) -> None:
        self.taken = set(taken)
        self._avoid = avoid
        self._next: dict[str, int] = {}

    def free(self, name: str) -> bool:
        return name not in self.taken and name not in self._avoid

    def take(self, name: str) -> str:
        """``name``, or the first free form of it (see the class), now taken."""
        candidate = name if self.free(name) else name + "_"
        number = self._next.get(name, 2)
        while not self.free(candidate):
            candidate, number = f"{name}_{number}", number + 1
        self._next[name] = number
        self.taken.add(candidate)
        return candidate


def type_name(text: str) -> str:
    """A PascalCase class name for a spec name, avoiding names the generated code itself uses."""
    name = pascal(text) or "Model"
    if name[0].isdigit():
        name = "Model" + name
    if (
        name in RESERVED_TYPE_NAMES
        or name in _STATUS_ERROR_NAMES
        or name.endswith(_RESERVED_TYPE_SUFFIXES)
        or keyword.iskeyword(name)
    ):
        name += "Model"
    return name


_STATUS_ERROR_NAMES = _status_error_names()
