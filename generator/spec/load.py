"""Reading an OpenAPI document: JSON or YAML in, other files bundled in, overlay applied,
validated, out as a plain dict."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_pydantic.v3.v3_0 import OpenAPI as OpenAPI30
from openapi_pydantic.v3.v3_1 import OpenAPI as OpenAPI31
from pydantic import ValidationError

from generator.errors import SpecError, SpecWarning
from generator.spec import pointer
from generator.spec.bundle import Reader, bundle, references
from generator.spec.openapi import HTTP_METHODS
from generator.spec.overlay import apply_overlay
from generator.spec.parse import parse_text as parse_text  # for those reading overlay text
from generator.spec.refs import Resolver


@dataclass(frozen=True)
class Spec:
    """A validated OpenAPI document, with the overlay already applied."""

    file: str
    document: dict[str, Any]


def read_document(path: Path) -> Any:
    """Parse a JSON or YAML file into plain Python data (checked: see ``spec.parse``)."""
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(file, "", "file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(file, "", f"cannot read file: {error}") from None
    return parse_text(text, file, json_suffix=path.suffix.lower() == ".json")


def load_spec_document(path: Path, read: Reader = read_document) -> dict[str, Any]:
    """A spec as published: read and bundled, not patched by an overlay nor validated."""
    document = read(path)
    if not isinstance(document, dict):
        raise SpecError(str(path), "", "an OpenAPI document must be an object")
    return bundle(document, path, read)


def load_spec(path: Path, overlay: Path | None = None, read: Reader = read_document) -> Spec:
    """Read, patch and validate an OpenAPI 3.0/3.1 document; ``read`` reads every file (the
    spec, those its ``$ref``s pull in, the overlay)."""
    # Other files first: the overlay may then adjust what they hold like anything else.
    document = load_spec_document(path, read)
    return spec_of(document, path, overlay, read(overlay) if overlay is not None else None)


def spec_of(
    document: dict[str, Any], path: Path, overlay: Path | None, overlay_document: Any
) -> Spec:
    """A read spec (``load_spec_document``) patched by the overlay ``overlay`` holds, and
    validated; the document itself is left untouched."""
    if overlay is not None:
        document = apply_overlay(document, overlay_document, str(overlay))
    document = with_string_status_codes(document, str(path))
    validate(document, str(path))
    return Spec(file=str(path), document=document)


def with_string_status_codes(document: dict[str, Any], file: str) -> dict[str, Any]:
    """``document`` with each integer response code (``200:`` unquoted in YAML: invalid, and
    common) as its string, with a warning each; only what changes is copied."""
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return document
    fixed_items: dict[str, Any] = {}  # the path items with a response code fixed
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            responses = operation.get("responses")
            if not isinstance(responses, dict) or all(isinstance(k, str) for k in responses):
                continue
            for code in (k for k in responses if not isinstance(k, str)):
                at = pointer.join("/paths", path, method, "responses", str(code))
                message = f"response code {code!r} should be a string; read as '{code}'"
                warnings.warn(SpecWarning(file, at, message), stacklevel=1)
            fixed = {str(k): v for k, v in responses.items()}
            fixed_items[path] = item = {**item, method: {**operation, "responses": fixed}}
    return {**document, "paths": {**paths, **fixed_items}} if fixed_items else document


def validate(document: dict[str, Any], file: str) -> None:
    """Check the OpenAPI version and validate the document with openapi-pydantic."""
    version = document.get("openapi")
    if version is None:
        hint = " (Swagger 2.0 is not supported)" if "swagger" in document else ""
        raise SpecError(file, "", f"not an OpenAPI 3 document: no 'openapi' field{hint}")
    if not isinstance(version, str) or not version.startswith(("3.0.", "3.1.")):
        raise SpecError(
            file, "/openapi", f"unsupported OpenAPI version {version!r}; supported: 3.0.x, 3.1.x"
        )
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise SpecError(file, "/paths", "the document has no paths to generate a client from")
    check_refs(document, file)
    model = OpenAPI30 if version.startswith("3.0.") else OpenAPI31
    try:
        model.model_validate(document)
    except ValidationError as error:
        # A bad schema fails every branch of "Reference | Schema"; the Schema branch, which got
        # furthest into the document, says what is wrong.
        best = max(error.errors(), key=lambda e: ("Reference" not in e["loc"], len(e["loc"])))
        raise SpecError(file, _pointer_from_location(document, best["loc"]), best["msg"]) from None


def _pointer_from_location(document: Any, location: tuple[int | str, ...]) -> str:
    """A JSON pointer from a pydantic error location, skipping model and union branch names."""
    node, result = document, ""
    for token in location:
        in_dict = isinstance(node, dict) and token in node
        if in_dict or (
            isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node)
        ):
            node = node[token]
        elif isinstance(node, dict) and isinstance(token, str) and token[:1].islower():
            return pointer.join(result, token)  # a required field that is missing
        else:
            continue  # a model or union branch name such as "Reference" or "Schema"
        result = pointer.join(result, token)
    return result


def check_refs(document: dict[str, Any], file: str) -> None:
    """Every ``$ref`` in the document must be local and point at something."""
    resolver = Resolver(document, file)
    for ref, at in references(document):
        resolver.lookup(resolver.target(ref, at), at)
