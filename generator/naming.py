"""Turning spec strings into Python names: words, cases, plurals and reserved words."""

from __future__ import annotations

import keyword
import re
import unicodedata

# Names the generated modules import or define; a spec type with one of these names is renamed.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Any", "AsyncClient", "AsyncStream", "BaseModel", "Client", "ConfigDict", "Field",
        "Literal", "NotGiven", "NOT_GIVEN", "Stream", "TypeAlias", "Union", "Optional",
        "Annotated", "RequestOptions", "SDKError", "APIError", "APIConnectionError",
        "APITimeoutError", "APIResponseValidationError", "APIStatusError", "BadRequestError",
        "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
        "UnprocessableEntityError", "RateLimitError", "InternalServerError",
    }
)  # fmt: skip

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_UNCOUNTABLE = frozenset({"data", "content", "metadata", "news", "information", "media", "series"})


def words(text: str) -> list[str]:
    """Lower-case ASCII words of any identifier-ish text: 'chat.completion' -> chat, completion."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [word.lower() for word in _WORD.findall(ascii_text)]


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


# Attributes of pydantic's BaseModel that a field must not shadow.
MODEL_ATTRIBUTES = frozenset(
    {"construct", "copy", "dict", "json", "model_config", "model_extra", "model_fields",
     "parse_obj", "parse_raw", "schema", "schema_json", "validate", "update_forward_refs"}
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
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in reserved:
        name += "_"
    return name


def type_name(text: str) -> str:
    """A PascalCase class name for a spec name, avoiding names the generated code itself uses."""
    name = pascal(text) or "Model"
    if name[0].isdigit():
        name = "Model" + name
    if name in RESERVED_TYPE_NAMES or keyword.iskeyword(name):
        name += "Model"
    return name
