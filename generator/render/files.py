"""Rendering the intermediate model through the Jinja templates into formatted files in memory."""

from __future__ import annotations

import ctypes
import functools
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import black
import jinja2

from generator.errors import SpecError
from generator.model import ir
from generator.render import pysource
from generator.render.imports import Imports
from generator.render.readme import readme_examples
from generator.render.streamhelpers import (
    HELPER_KINDS,
    RUNTIME_MODULES,
    helper_exports,
    helper_kinds,
)
from generator.render.testcases import operation_cases

TEMPLATES = Path(__file__).resolve().parent / "templates"  # shipped inside the package
RUNTIME = Path(__file__).resolve().parent / "runtime"  # copied verbatim into every package
# black's output by its input, for this process: a run may render several packages.
_FORMATTED: dict[str, str] = {}
_FORMATTED_KEPT = 1_000
# Below this much Python source, starting worker processes costs more than it saves.
PARALLEL_FROM = 100_000
_FORK = "fork"  # only where workers can be forked: spawning would import everything again
_START_METHODS = multiprocessing.get_all_start_methods()
BLACK_MODE = black.Mode(line_length=100, target_versions={black.mode.TargetVersion.PY311})


def render(
    api: ir.Api,
    version: str,
    templates: Path = TEMPLATES,
    changelog: str | None = None,
    jobs: int = 1,
) -> dict[str, str]:
    """Every file of the generated package, by path relative to its folder, formatted.

    ``changelog`` is the text of the target's changelog file: the package gets a CHANGELOG.md
    with it, verbatim, under a title. ``jobs`` is how many processes may run black.
    """
    env = _environment(templates)
    package = api.package
    files: dict[str, str] = {}

    def emit(template: str, path: str, **context: object) -> None:
        files[path] = env.get_template(template).render(api=api, version=version, **context)

    module = models_module(api)
    emit("package/pyproject.toml.jinja", "pyproject.toml", ruff_ignore=_ruff_ignore(module))
    emit("package/README.md.jinja", "README.md", readme=readme_examples(api))
    files["README.md"] = _format_code_blocks(files["README.md"])
    if changelog is not None:
        emit("package/CHANGELOG.md.jinja", "CHANGELOG.md", changelog=changelog)
    emit("package/py.typed.jinja", f"{package}/py.typed")
    exceptions = exception_names(api)
    exports = package_exports(api, exceptions)
    imports = sorted(exports)
    emit("package/__init__.py.jinja", f"{package}/__init__.py", imports=imports, exports=exports)
    emit("package/_client.py.jinja", f"{package}/_client.py")
    emit("package/_exceptions.py.jinja", f"{package}/_exceptions.py", exceptions=exceptions)
    emit("package/models.py.jinja", f"{package}/models.py", module=module)
    emit("package/resources/__init__.py.jinja", f"{package}/resources/__init__.py")
    cases = operation_cases(api)
    for resource in api.resources:
        family = _family(resource)
        operations = [op for item in family for op in item.operations]
        emit(
            "package/resources/resource.py.jinja",
            f"{package}/resources/{resource.name}.py",
            resource=resource,
            module=resource_module(family),
        )
        family_cases = [case for case in cases if case.operation in operations]
        encodings = {case.body_encoding for case in family_cases} - {None}
        uses_pytest = any(c.errors or c.stream or c.operation.deprecated for c in family_cases)
        # the key is checked in requests (with auth) and in error texts (with errors)
        needs_key = api.auth.kind != "none" and not all(c.always_streams for c in family_cases)
        needs_key = needs_key or any(case.errors for case in family_cases)
        emit(
            "tests/test_resource.py.jinja",
            f"tests/test_{resource.name}.py",
            resource=resource,
            cases=family_cases,
            exceptions=sorted(
                {e.exception for case in family_cases for e in case.errors}
                | {"AsyncClient", "Client"}
                | ({"APIStatusError"} if any(case.errors for case in family_cases) else set())
                | {case.stream.error_exception for case in family_cases if case.stream}
            ),
            sends_json="json" in encodings,
            uses_dates=any("datetime." in e for case in family_cases for _, e in case.arguments),
            uses_pytest=uses_pytest,
            conftest_imports=[
                *(["API_KEY"] if needs_key else []),
                "Handler",
                *(["assert_valid_request"] if "json" in encodings else []),
                *sorted(f"{e}_fields" for e in encodings if e in ("form", "multipart")),
                *(["sse_body"] if any(case.stream for case in family_cases) else []),
            ],
            models=sorted({name for case in family_cases for name in case.models}),
            deprecations=any(case.operation.deprecated for case in family_cases),
        )
    emit("tests/__init__.py.jinja", "tests/__init__.py")
    emit("tests/conftest.py.jinja", "tests/conftest.py")
    schemas = {op.id: op.request_schema for op in api.operations if op.request_schema is not None}
    files["tests/request_schemas.json"] = pysource.json_document(schemas, indent=2) + "\n"
    runtime = runtime_files(package, stream_helpers=bool(helper_kinds(api)))
    return dict(sorted({**_formatted(files, jobs), **runtime}.items()))


# The exceptions of every package, base first, before the spec's own status classes.
BASE_EXCEPTIONS = (
    "SDKError", "APIInputError", "APIError", "APIConnectionError", "APITimeoutError",
    "APIResponseValidationError", "APIResponseTooLargeError", "APIStatusError",
)  # fmt: skip


def package_exports(api: ir.Api, exceptions: list[str]) -> list[tuple[str, list[str]]]:
    """What the package's ``__init__`` exports (``__all__``'s order), by the module defining it:
    the clients, the exceptions, and what annotates the streaming helpers the client has."""
    return [
        ("_client", ["Client", "AsyncClient"]),
        ("_types", ["NOT_GIVEN", "NotGiven"]),
        ("_exceptions", exceptions),
        *helper_exports(api),
    ]


def exception_names(api: ir.Api) -> list[str]:
    """What ``_exceptions`` defines and the package exports, in the order it defines them."""
    return [*BASE_EXCEPTIONS, *(error.class_name for error in api.error_classes)]


def runtime_files(package: str, stream_helpers: bool = True) -> dict[str, str]:
    """The runtime modules, by their path in the package: already black-formatted sources;
    without ``stream_helpers``, less the streaming helpers' modules."""
    return {
        f"{package}/{module.name}": module.read_text(encoding="utf-8")
        for module in sorted(RUNTIME.glob("_*.py"))
        if module.name != "__init__.py" and (stream_helpers or module.name not in RUNTIME_MODULES)
    }


def read_changelog(path: Path | None) -> str | None:
    """The text of a target's changelog file, if it has one."""
    if path is None:
        return None
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise SpecError(str(path), "", "changelog file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(str(path), "", f"cannot read the changelog: {error}") from None


@functools.cache  # templates compile once per process, however many targets render
def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        literal=pysource.literal,
        equals=pysource.equals,
        docstring=pysource.docstring,
        docstring_text=pysource.docstring_text,
        annotation=pysource.annotation,
        return_annotation=pysource.return_annotation,
        json_annotation=pysource.json_annotation,
        import_order=pysource.import_order,
        toml=pysource.toml_string,
        auth_headers=pysource.auth_headers,
        auth_query=pysource.auth_query,
        auth_check=pysource.auth_check,
    )
    return env


def _formatted(files: dict[str, str], jobs: int) -> dict[str, str]:
    """The files with every Python one formatted by black, which is most of the cost of a
    run: a large package is spread over ``jobs`` worker processes, biggest files first."""
    python = [path for path in files if path.endswith(".py")]
    texts = sorted({files[p] for p in python} - _FORMATTED.keys(), key=len, reverse=True)
    parallel = jobs > 1 and sum(map(len, texts)) >= PARALLEL_FROM and _FORK in _START_METHODS
    if parallel:
        context = multiprocessing.get_context(_FORK)  # workers start with black imported
        workers = min(jobs, len(texts))
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_die_with, initargs=(os.getpid(),)
        ) as pool:
            formatted = list(pool.map(_black, texts))
    else:
        formatted = [_black(text) for text in texts]
    if len(_FORMATTED) > _FORMATTED_KEPT:
        _FORMATTED.clear()
    _FORMATTED.update(zip(texts, formatted, strict=True))
    return {**files, **{path: _FORMATTED[files[path]] for path in python}}


def _black(text: str) -> str:
    return black.format_str(text, mode=BLACK_MODE)


_PR_SET_PDEATHSIG = 1  # prctl(2)


def _die_with(parent: int) -> None:
    """A worker's first step: die with ``parent``, even killed outright (it then runs no code
    to stop its workers, which would wait for work forever). Linux has the kernel send SIGKILL;
    elsewhere a thread watches for the worker being handed to another parent."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it died before the request took effect
        os._exit(1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


# A Python code block of a Markdown file, its code as group 1.
_CODE_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _format_code_blocks(markdown: str) -> str:
    """The Python blocks of a Markdown file formatted by black, as the modules are: the
    templates lay calls out on one line, and spec literals (which span lines) need indenting."""
    return _CODE_BLOCK.sub(lambda m: f"```python\n{_black(m.group(1))}```", markdown)


def _family(resource: ir.Resource) -> list[ir.Resource]:
    """A resource and all its descendants, parents first."""
    return [resource, *(item for child in resource.children for item in _family(child))]


# -- views: what a module's template prints, spelled, with the imports that spelling needs ------


@dataclass(frozen=True)
class EnumView:
    name: str
    value: str  # the Literal[...] it stands for
    description: str | None


@dataclass(frozen=True)
class FieldView:
    python_name: str  # the attribute; a TypedDict's key (a string literal in the call form)
    declaration: str  # annotation and default; a TypedDict's value type (a literal: call form)
    description: str | None


@dataclass(frozen=True)
class ModelView:
    name: str
    description: str | None
    fields: tuple[FieldView, ...]
    # "model" (pydantic, what the server returns), "class" (a TypedDict written as a class,
    # what the client sends), or "call" (a TypedDict whose keys cannot all be names).
    form: str = "model"


@dataclass(frozen=True)
class ModelsModule:
    """``models.py``: the spec's enums, models and named unions."""

    imports: list[str]
    enums: list[EnumView]
    models: list[ModelView]
    aliases: list[tuple[str, str]]  # (name, the union it stands for)


def _ruff_ignore(module: ModelsModule) -> list[str]:
    """The ruff rules the package's own config turns off: long lines (only spec text makes
    them), and UP013 only where a TypedDict is written as a call on purpose (a key that is no
    name, or that would shadow a name its annotations use)."""
    call_form = any(model.form == "call" for model in module.models)
    return ["E501", "UP013"] if call_form else ["E501"]


def models_module(api: ir.Api) -> ModelsModule:
    imports = Imports(depth=1, models=False)  # the spec's types are defined here
    imports.name("__future__", "annotations")
    if api.enums or api.aliases:
        imports.name("typing", "TypeAlias")
    if api.enums:
        imports.name("typing", "Literal")
    enums = [
        EnumView(
            enum.name,
            "Literal[" + "".join(f"{pysource.literal(value)}, " for value in enum.values) + "]",
            enum.description,
        )
        for enum in api.enums
    ]
    models = [
        _typed_dict_view(model, imports) if model.sent else _model_view(model, imports)
        for model in api.models
    ]
    aliases = [(alias.name, pysource.alias_value(alias, imports)) for alias in api.aliases]
    return ModelsModule(imports.lines(), enums, models, aliases)


def _model_view(model: ir.Model, imports: Imports) -> ModelView:
    """A pydantic model: what the server returns."""
    imports.name("._models", "BaseModel")
    fields = tuple(
        FieldView(f.python_name, pysource.field_declaration(f, model, imports), f.description)
        for f in model.fields
    )
    return ModelView(model.name, model.description, fields)


def _typed_dict_view(model: ir.Model, imports: Imports) -> ModelView:
    """A TypedDict keyed by wire names: what the client sends. Written as a class where the
    keys can be names (with their descriptions as attribute docstrings), else as a call."""
    imports.name("typing_extensions", "TypedDict")
    values = [pysource.typed_dict_value(f, imports) for f in model.fields]
    keys = [f.name for f in model.fields]
    if pysource.typed_dict_class_form(keys, values):
        fields = tuple(
            FieldView(f.name, value, f.description)
            for f, value in zip(model.fields, values, strict=True)
        )
        return ModelView(model.name, model.description, fields, "class")
    # Evaluated when the module is imported: quoted, the types may be defined further down.
    fields = tuple(
        FieldView(pysource.literal(key), pysource.literal(value), None)
        for key, value in zip(keys, values, strict=True)
    )
    return ModelView(model.name, model.description, fields, "call")


@dataclass(frozen=True)
class StreamHelperView:
    """``stream()``: the operation's method with the stream switched on, through the helper that
    adds its events up (``with client.messages.stream(...) as stream``)."""

    name: str
    declarations: tuple[tuple[str, str], ...]  # the method's own, but the switch
    returns: str
    manager: str  # the runtime class it returns
    forwarded: tuple[str, ...]  # the arguments passed on to the method as they are
    switch: str  # the argument that turns streaming on
    cast_to: str  # what the events add up to
    docstring: str


@dataclass(frozen=True)
class MethodView:
    """One client method: its signatures and the runtime call its body makes."""

    operation: ir.Operation
    signatures: list[pysource.Signature]
    docstring: str
    deprecation: str | None  # the message of ``@deprecated``, a literal
    cast_to: str  # what request() parses the body into
    parts: list[pysource.RequestPart]
    accept: str | None  # a literal
    stream: str | None  # the stream= argument
    helper: StreamHelperView | None  # its streaming helper, if it has one


@dataclass(frozen=True)
class ResourceClass:
    """``Chat``, ``AsyncChat``: one resource in one flavour ("" or "Async")."""

    flavour: str
    resource: ir.Resource
    methods: list[MethodView]
    raw_wrapper: str  # what wraps each method in ``...WithRawResponse``

    @property
    def docstring(self) -> str:
        """Where it is on the client, and what each of its methods does (the summaries)."""
        lines = [f"``client.{'.'.join(self.resource.path)}``"]
        if self.resource.operations:
            lines.append("")
        for op in self.resource.operations:
            summary = " ".join((op.summary or "").split())  # one line of the list
            lines.append(f"- ``{op.method_name}``" + (f": {summary}" if summary else ""))
        return pysource.docstring("\n".join(lines) + ("\n" if len(lines) > 1 else ""))


@dataclass(frozen=True)
class ResourceModule:
    """A resource module: a top-level resource and its sub-resources, sync and async."""

    imports: list[str]
    type_checking_imports: list[str]
    classes: list[ResourceClass]
    deprecations: bool  # a method is deprecated (its raw variant refers to it)


def resource_module(family: list[ir.Resource]) -> ResourceModule:
    imports = Imports(depth=2)
    imports.name("__future__", "annotations")
    classes = []
    for flavour in ("", "Async"):
        imports.name("._client", f"{flavour}Client", type_checking=True)
        for resource in family:
            shadowed = pysource.shadowed_builtins(resource)
            methods = [
                _method(op, flavour, shadowed, imports, resource.stream_helper_name(op))
                for op in resource.operations
            ]
            wrapper = f"{flavour.lower()}{'_' if flavour else ''}to_raw_response_wrapper"
            if methods:
                imports.name("functools", "cached_property")
                imports.name("._response", wrapper)
            classes.append(ResourceClass(flavour, resource, methods, wrapper))
    deprecations = any(op.deprecated for resource in family for op in resource.operations)
    return ResourceModule(imports.lines(), imports.lines(type_checking=True), classes, deprecations)


def _method(
    op: ir.Operation,
    flavour: str,
    shadowed: frozenset[str],
    imports: Imports,
    helper_name: str | None = None,
) -> MethodView:
    imports.name("._base_client", "RequestOptions")
    if op.deprecated:
        imports.name("typing_extensions", "deprecated")
    accept = pysource.accept(op)
    signatures = pysource.signatures(op, flavour, shadowed, imports)
    helper = None
    if helper_name is not None:
        helper = _stream_helper(op, flavour, helper_name, signatures[-1], imports)
    return MethodView(
        operation=op,
        signatures=signatures,
        docstring=pysource.method_docstring(op),
        deprecation=pysource.literal(pysource.deprecation(op)) if op.deprecated else None,
        cast_to=pysource.response_type(op, imports),
        parts=pysource.request_parts(op, imports),
        accept=pysource.literal(accept) if accept is not None else None,
        stream=pysource.stream_options(op, flavour, imports) if op.stream else None,
        helper=helper,
    )


def _stream_helper(
    op: ir.Operation,
    flavour: str,
    name: str,
    implementation: pysource.Signature,
    imports: Imports,
) -> StreamHelperView:
    """The helper beside a method: the method's declarations (the same, whatever types they
    spell) without the switch it turns on."""
    switch = op.stream_switch
    assert op.stream is not None and op.stream_helper is not None and switch is not None
    kind = HELPER_KINDS[op.stream_helper]
    manager = flavour + kind.manager
    imports.name("._stream_helpers", manager)
    cast_to = pysource.response_type(op, imports)
    events = pysource.annotation(op.stream.event, imports=imports)
    declarations = tuple(d for d in implementation.declarations if d[0] != switch.python_name)
    summary = op.summary or f"{op.http_method} {op.path}"
    return StreamHelperView(
        name=name,
        declarations=declarations,
        returns=f"{manager}[{cast_to}, {events}]",
        manager=manager,
        forwarded=tuple(n for n, _ in declarations),
        switch=switch.python_name,
        cast_to=cast_to,
        docstring=pysource.docstring(
            f"{summary}, streamed.\n\n``{'async ' if flavour else ''}with`` it for the events "
            "as they arrive (``text_stream``: their text alone),\n"
            f"then ``{kind.final}()``: the ``{cast_to}`` they add up to.\n"
        ),
    )
