"""Reading an OpenAPI document: JSON or YAML in, other files bundled in, overlay applied,
validated, out as a plain dict."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_pydantic.v3.v3_0 import OpenAPI as OpenAPI30
from openapi_pydantic.v3.v3_1 import OpenAPI as OpenAPI31
from pydantic import ValidationError

from generator.errors import SpecError
from generator.spec import pointer
from generator.spec.bundle import Reader, bundle, references
from generator.spec.overlay import apply_overlay
from generator.spec.refs import Resolver

# YAML anchors are legitimate, but a few dozen nested aliases can expand to billions of nodes:
# every later step walks the expanded tree, so both the aliases and what they add are bounded.
MAX_YAML_ALIASES = 1000
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_YAML_ALIAS_NODES = 1_000_000  # nodes that expanding the aliases adds to the tree


@dataclass(frozen=True)
class Spec:
    """A validated OpenAPI document, with the overlay already applied."""

    file: str
    document: dict[str, Any]


def read_document(path: Path) -> Any:
    """Parse a JSON or YAML file into plain Python data."""
    data = _parse(path)
    where = _lone_surrogate(data)
    if where is not None:  # "\\ud800" escapes parse, but the text could never be written out
        raise SpecError(str(path), where, "text with a lone surrogate (not valid Unicode)")
    return data


def _lone_surrogate(data: Any) -> str | None:
    """The pointer of the first key or string holding a lone surrogate, if any."""
    pending: list[tuple[Any, str]] = [(data, "")]
    while pending:
        node, at = pending.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return at
        elif isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and _SURROGATE.search(key):
                    return pointer.join(at, key.encode("utf-8", "backslashreplace").decode())
                pending.append((value, pointer.join(at, str(key))))
        elif isinstance(node, list):
            pending.extend((item, pointer.join(at, index)) for index, item in enumerate(node))
    return None


def _parse(path: Path) -> Any:
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(file, "", "file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(file, "", f"cannot read file: {error}") from None
    return parse_text(text, file, json_suffix=path.suffix.lower() == ".json")


def parse_text(text: str, file: str, json_suffix: bool = False) -> Any:
    """Parse JSON or YAML text that ``file`` holds (or will hold)."""
    if json_suffix or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except RecursionError:
            raise SpecError(file, "", "the document nests too deeply to read") from None
        except json.JSONDecodeError as error:
            raise SpecError(
                file, "", f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            ) from None
    try:
        return yaml.load(text, Loader=_BoundedSafeLoader)
    except RecursionError:
        raise SpecError(file, "", "the document nests too deeply to read") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise SpecError(file, "", f"invalid YAML{where}: {problem}") from None


class _BoundedSafeLoader(yaml.SafeLoader):
    """SafeLoader that refuses documents relying on too many aliases (alias bombs)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_YAML_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_YAML_ALIASES} YAML aliases")
        return super().compose_node(parent, index)

    def construct_document(self, node: Any) -> Any:
        _check_expansion(node)
        return super().construct_document(node)


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a YAML graph whose aliases expand to too big a tree, or one that contains itself
    (later steps walk the data as a tree and would never end)."""
    sizes: dict[int, int] = {}  # node id -> nodes in its expanded tree
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        if finished:
            on_path.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in _yaml_children(node))
        elif id(node) in on_path:
            raise yaml.YAMLError("a YAML alias refers to a node that contains it")
        elif id(node) not in sizes:
            on_path.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in _yaml_children(node))
    if sizes[id(root)] - len(sizes) > MAX_YAML_ALIAS_NODES:
        raise yaml.YAMLError(f"YAML aliases expand to more than {MAX_YAML_ALIAS_NODES} nodes")


def _yaml_children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


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
    validate(document, str(path))
    return Spec(file=str(path), document=document)


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
