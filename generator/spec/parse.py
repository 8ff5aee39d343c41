"""JSON and YAML text to plain data, refusing what a parser takes silently but later steps get
wrong or cannot bear.

- A key written twice in one object: parsers keep the last, so an operation or a property
  would vanish without a word. Each repeated key is one error line, at its JSON pointer.
- YAML aliases: a few dozen nested ones can expand to billions of nodes, and one long anchored
  text repeated a thousand times to gigabytes; every later step walks the expanded tree, so the
  aliases, the nodes and the text they add are bounded.
- Numbers JSON has no spelling for (``NaN``, ``Infinity``, ``1e999``, YAML's ``.nan``), and
  integers too long for Python to convert back to text (``int`` refuses over 4,300 digits).
- Lone surrogates (``"\\ud800"``), which no file can hold, and nesting past ``MAX_NESTING``.

Everything but the repeated keys stops at the first problem; all of them name the place.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any

import yaml

from generator.errors import SpecError, SpecErrors
from generator.spec import pointer

MAX_NESTING = 300  # objects and arrays inside one another; schemas stop at 64 (model.schemas)
MAX_INTEGER_DIGITS = 4300  # Python's own bound (sys.int_info.default_max_str_digits)
MAX_INTEGER_BITS = math.ceil(MAX_INTEGER_DIGITS * math.log2(10))  # ... for 0x and 0o literals
MAX_YAML_ALIASES = 1000
MAX_YAML_ALIAS_NODES = 1_000_000  # nodes that expanding the aliases adds to the tree
MAX_YAML_ALIAS_TEXT = 10_000_000  # characters of keys and values expanding the aliases adds
_SURROGATE = re.compile("[\ud800-\udfff]")
_MERGE_TAG = "tag:yaml.org,2002:merge"


class _LongInteger:
    """Stands in for an integer too long to convert, until the check finds its place."""


_TOO_LONG = _LongInteger()


class _Repeats:
    """The objects parsed with a key written more than once, and those keys."""

    def __init__(self) -> None:
        # Each object is held, so that its id stays its own until the check is done.
        self.found: dict[int, tuple[dict[Any, Any], list[str]]] = {}

    def note(self, mapping: dict[Any, Any], keys: list[str]) -> None:
        if keys:
            self.found[id(mapping)] = (mapping, keys)

    def at(self, mapping: dict[Any, Any]) -> list[str]:
        entry = self.found.pop(id(mapping), None)  # reported once, where it first appears
        return entry[1] if entry is not None and entry[0] is mapping else []


def parse_text(text: str, file: str, json_suffix: bool = False) -> Any:
    """Parse JSON or YAML text that ``file`` holds (or will hold), checked as above."""
    if json_suffix or text.lstrip().startswith("{"):
        data, repeats = _parse_json(text, file)
    else:
        data, repeats = _parse_yaml(text, file)
    _check(data, file, repeats)
    return data


def _check(data: Any, file: str, repeats: _Repeats) -> None:
    """Raise what ``data`` holds that it must not (see the module): ``SpecErrors`` for several
    repeated keys, else ``SpecError``."""
    repeated = []
    for ends, problem in _problems(data, file, repeats):
        if ends:
            raise problem
        repeated.append(problem)
    if len(repeated) == 1:
        raise repeated[0]
    if repeated:
        raise SpecErrors(repeated)


_LONE_SURROGATE = "text with a lone surrogate (not valid Unicode)"


def _problems(data: Any, file: str, repeats: _Repeats) -> Iterator[tuple[bool, SpecError]]:
    """What is wrong in ``data``, in document order: whether it ends the check, and the error."""
    pending: list[tuple[Any, str, int]] = [(data, "", 0)]
    while pending:
        node, at, depth = pending.pop()
        if isinstance(node, dict | list) and depth >= MAX_NESTING:
            yield True, SpecError(file, at, f"the document nests deeper than {MAX_NESTING} levels")
        elif isinstance(node, dict):
            for key in repeats.at(node):
                yield False, SpecError(file, pointer.join(at, key), f"duplicate key {key!r}")
            entries = [(_spelled_key(key), value) for key, value in node.items()]
            for key, _ in entries:
                if _SURROGATE.search(key):  # named as it can be printed
                    printable = key.encode("utf-8", "backslashreplace").decode()
                    yield True, SpecError(file, pointer.join(at, printable), _LONE_SURROGATE)
            pending.extend(
                (value, pointer.join(at, key), depth + 1) for key, value in reversed(entries)
            )
        elif isinstance(node, list):
            pending.extend(
                (node[index], pointer.join(at, index), depth + 1)
                for index in range(len(node) - 1, -1, -1)
            )
        elif (problem := _scalar_problem(node)) is not None:
            yield True, SpecError(file, at, problem)


def _scalar_problem(value: Any) -> str | None:
    if isinstance(value, str):
        # "\ud800" escapes parse, but the text could never be written out
        return _LONE_SURROGATE if _SURROGATE.search(value) else None
    if isinstance(value, _LongInteger):
        return f"an integer of more than {MAX_INTEGER_DIGITS:,} digits"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{json.dumps(value)} is not a JSON number (JSON has no NaN nor infinities)"
    return None


def _spelled_key(key: Any) -> str:
    """A key as JSON spells it: YAML's ``200`` and ``"200"`` are one key once written out."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, bool | int | float):
        return json.dumps(key)
    return str(key)


def _repeated(keys: Iterator[str]) -> list[str]:
    """The keys seen before, each once, in the order they repeat."""
    seen: set[str] = set()
    repeated: dict[str, None] = {}
    for key in keys:
        if key in seen:
            repeated[key] = None
        seen.add(key)
    return list(repeated)


# -- JSON ---------------------------------------------------------------------------------------


def _parse_json(text: str, file: str) -> tuple[Any, _Repeats]:
    repeats = _Repeats()

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        mapping = dict(pairs)
        if len(mapping) < len(pairs):
            repeats.note(mapping, _repeated(key for key, _ in pairs))
        return mapping

    try:
        return json.loads(text, object_pairs_hook=pairs_hook, parse_int=_json_integer), repeats
    except RecursionError:
        raise SpecError(file, "", "the document nests too deeply to read") from None
    except json.JSONDecodeError as error:
        raise SpecError(
            file, "", f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None


def _json_integer(text: str) -> int | _LongInteger:
    """An integer literal, converted only when short enough: converting takes time growing with
    the square of the length, and Python refuses past its bound."""
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        return _TOO_LONG
    try:
        return int(text)
    except ValueError:  # a lower bound set for this process (PYTHONINTMAXSTRDIGITS)
        return _TOO_LONG


# -- YAML ---------------------------------------------------------------------------------------


class _Refused(yaml.YAMLError):
    """A YAML document the checks here refuse, whichever parser read it."""


def _parse_yaml(text: str, file: str) -> tuple[Any, _Repeats]:
    """libyaml's parser where PyYAML has it (about ten times faster); PyYAML's own where
    libyaml refuses the text, so that its verdict and its error (with the place) stand: it
    takes some texts libyaml refuses, such as a ``\\ud800`` escape, which the check then
    reports at its pointer."""
    try:
        if _LIBYAML:
            try:
                return _load(text, _CLoader)
            except yaml.YAMLError as error:
                if isinstance(error, _Refused):
                    raise
        return _load(text, _PlainLoader)
    except RecursionError:
        raise SpecError(file, "", "the document nests too deeply to read") from None
    except yaml.YAMLError as error:
        raise _invalid_yaml(file, error) from None


def _invalid_yaml(file: str, error: yaml.YAMLError) -> SpecError:
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    problem = getattr(error, "problem", None) or str(error)
    return SpecError(file, "", f"invalid YAML{where}: {problem}")


def _load(text: str, loader: type[_PlainLoader | _CLoader]) -> tuple[Any, _Repeats]:
    instance = loader(text)
    try:
        return instance.get_single_data(), instance.repeats
    finally:
        instance.dispose()


class _Checked(yaml.constructor.SafeConstructor):
    """What both YAML loaders add to PyYAML's safe one: the repeated keys their mappings
    (``_construct_map``) note, and the graph of aliases measured before it is expanded."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)  # type: ignore[call-arg]  # the loader's, after this one
        self.repeats = _Repeats()

    def construct_document(self, node: yaml.Node) -> Any:
        _check_expansion(node)
        return super().construct_document(node)


class _PlainLoader(_Checked, yaml.SafeLoader):
    """PyYAML's own parser, in Python."""


_LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))


class _CLoader(_Checked, yaml.CSafeLoader if _LIBYAML else yaml.SafeLoader):  # type: ignore[misc]
    """libyaml's parser, PyYAML's constructors."""


def _construct_map(loader: _PlainLoader | _CLoader, node: yaml.MappingNode) -> Iterator[Any]:
    """A mapping, its repeated keys noted (PyYAML keeps the last value without a word)."""
    mapping: dict[Any, Any] = {}
    yield mapping
    keys = [  # those written here: what a merge (<<: *base) brings in, they override
        _spelled_key(loader.construct_object(key))
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode) and key.tag != _MERGE_TAG
    ]
    mapping.update(loader.construct_mapping(node))
    loader.repeats.note(mapping, _repeated(iter(keys)))


def _construct_int(loader: _PlainLoader | _CLoader, node: yaml.ScalarNode) -> Any:
    """An integer, or ``_TOO_LONG`` (see ``_json_integer``; ``0x`` and ``0o`` ones convert
    fast, but would not convert back to decimal text)."""
    digits = str(node.value).replace("_", "").lstrip("+-")
    if len(digits) > MAX_INTEGER_DIGITS and digits[:2] not in ("0x", "0o", "0b"):
        return _TOO_LONG
    try:
        value = loader.construct_yaml_int(node)
    except ValueError:
        return _TOO_LONG
    return _TOO_LONG if value.bit_length() > MAX_INTEGER_BITS else value


for _loader in (_PlainLoader, _CLoader):
    _loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
    _loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a YAML graph whose aliases are too many or expand to too big a tree, or one that
    contains itself (later steps walk the data as a tree and would never end)."""
    sizes: dict[int, tuple[int, int]] = {}  # node id -> (nodes, characters) of its tree
    on_path: set[int] = set()
    references = own_text = 0  # over the graph, each node once
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        children = _yaml_children(node)
        if finished:
            on_path.discard(id(node))
            own = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
            nodes = 1 + sum(sizes[id(child)][0] for child in children)
            sizes[id(node)] = (nodes, own + sum(sizes[id(child)][1] for child in children))
            references, own_text = references + len(children), own_text + own
        elif id(node) in on_path:
            raise _Refused("a YAML alias refers to a node that contains it")
        elif id(node) not in sizes:
            on_path.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in children)
    nodes, text = sizes[id(root)]
    _check_bounds(references - (len(sizes) - 1), nodes - len(sizes), text - own_text)


def _check_bounds(aliases: int, added_nodes: int, added_text: int) -> None:
    """``aliases``: references to a node beyond its first, each a ``*alias``; what expanding
    them adds to the tree, in nodes and in characters of keys and values."""
    if aliases > MAX_YAML_ALIASES:
        raise _Refused(f"more than {MAX_YAML_ALIASES} YAML aliases")
    if added_nodes > MAX_YAML_ALIAS_NODES:
        raise _Refused(f"YAML aliases expand to more than {MAX_YAML_ALIAS_NODES:,} nodes")
    if added_text > MAX_YAML_ALIAS_TEXT:
        raise _Refused(
            f"YAML aliases expand the document by more than {MAX_YAML_ALIAS_TEXT:,} characters"
        )


def _yaml_children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []
