"""The examples of the generated package's README: complete programs that call a representative
operation with arguments built from the spec's examples, as the generated tests build theirs."""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model import ir, spectext
from generator.render import pysource
from generator.render.examples import Examples
from generator.render.streamhelpers import HELPER_KINDS, HelperKind, helper_path
from generator.render.testcases import call_arguments, stream_flag


@dataclass(frozen=True)
class Call:
    """A call of one operation, as the README writes it."""

    operation: ir.Operation
    arguments: tuple[str, ...]  # "name=<Python source>", the streaming flag last
    flag: str | None  # the argument set to True to stream; None when not asked or not needed
    returns: bool  # mypy refuses to use the result of a call that returns None
    models: tuple[str, ...]  # the model classes the arguments build, in import order
    uses_datetime: bool

    @property
    def method(self) -> str:
        """After ``client.``: ``messages.create``."""
        return self.operation.id

    @property
    def raw_method(self) -> str:
        """After ``client.``: ``messages.with_raw_response.create``."""
        return ".".join((*self.operation.resource, "with_raw_response", self.operation.method_name))


@dataclass(frozen=True)
class HelperCall:
    """A call of an operation's streaming helper (``messages.stream``), as the README writes it."""

    call: Call  # the operation's call, its streaming switch left out
    method: str  # after ``client.``
    kind: HelperKind


@dataclass(frozen=True)
class ReadmeExamples:
    """What README.md.jinja writes besides the IR's names: the examples, and spec text spelled
    for Markdown (``text``, ``code``, ``cell``: see ``spectext``)."""

    package: str
    call: Call  # the representative operation: sync, async, errors, retries, timeouts, raw
    stream: Call | None  # a streaming operation, streaming; None when the API has none
    helper: HelperCall | None  # a streaming helper; None when no operation has one

    @staticmethod
    def text(value: str) -> str:
        """Spec text in running Markdown: shown as written, never read as Markdown or HTML."""
        return spectext.markdown_text(value)

    @staticmethod
    def code(value: str) -> str:
        """Spec text (a URL, a path) as a code span."""
        return spectext.code_span(value)

    @staticmethod
    def cell(value: str) -> str:
        """A code span in a cell of a table."""
        return spectext.table_cell(spectext.code_span(value))

    def imports(
        self,
        call: Call,
        names: Sequence[str],
        stdlib: Sequence[str] = (),
        third_party: Sequence[str] = (),
    ) -> str:
        """The import block of an example that makes ``call``: ``names`` from the package, the
        models its arguments build, and modules, in the order ruff's isort wants (the package
        being a third-party one to the reader's program)."""
        modules = sorted({*stdlib, *(["datetime"] if call.uses_datetime else [])})
        package = [f"import {module}" for module in sorted(third_party)]
        package.append(f"from {self.package} import {', '.join(pysource.import_order(names))}")
        if call.models:
            package.append(f"from {self.package}.models import {', '.join(call.models)}")
        groups = [[f"import {module}" for module in modules], package]
        return "\n\n".join("\n".join(group) for group in groups if group)


def readme_examples(api: ir.Api) -> ReadmeExamples:
    operations = api.operations
    # Prefer an operation that takes a body and answers a value, not only a stream.
    answers = [
        op for op in operations if op.response and op.response.type and not op.always_streams
    ]
    representative = next((op for op in answers if op.body), (answers or list(operations))[0])
    streaming = next((op for op in operations if op.stream), None)
    helpers = ((op, helper_path(api, op)) for op in operations if op.stream_helper)
    helper = next(((op, path) for op, path in helpers if path is not None), None)
    return ReadmeExamples(
        package=api.package,
        call=_call(api, representative, stream=False),
        stream=_call(api, streaming, stream=True) if streaming else None,
        helper=_helper_call(api, *helper) if helper is not None else None,
    )


def _helper_call(api: ir.Api, op: ir.Operation, path: str) -> HelperCall:
    assert op.stream_helper is not None
    call = _call(api, op, stream=True, switch=False)
    return HelperCall(call, path, HELPER_KINDS[op.stream_helper])


def _call(api: ir.Api, op: ir.Operation, *, stream: bool, switch: bool = True) -> Call:
    """Only the required arguments (and a body), to keep the examples short; with ``stream``,
    the flag that turns streaming on (left out, ``switch`` False: a helper sets it itself)."""
    models = {model.name: model for model in api.models}
    flag = stream_flag(op) if stream else None
    arguments = [
        f"{argument.python_name}={_fence_safe(expression)}"
        for argument, _, expression in call_arguments(
            op, Examples(api), models, set(), optional=False
        )
        if argument.python_name != flag
    ]
    if flag and switch:
        arguments.append(f"{flag}=True")
    # The names the arguments' source uses, read back from it: a model class, or datetime.
    names = {
        node.id
        for argument in arguments
        for node in ast.walk(ast.parse(argument.split("=", 1)[1], mode="eval"))
        if isinstance(node, ast.Name)
    }
    return Call(
        operation=op,
        arguments=tuple(arguments),
        flag=flag,
        returns=bool(op.response and op.response.type) or op.stream is not None,
        models=tuple(pysource.import_order(names & models.keys())),
        uses_datetime="datetime" in names,
    )


def _fence_safe(source: str) -> str:
    """Python source with every backtick spelled ``\\x60``: a string from the spec holding three
    of them could otherwise close the README's code block. Backticks can only occur inside the
    literals here, where the escape means the same character."""
    return source.replace("`", "\\x60")
