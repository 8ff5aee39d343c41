"""How a spec maps to the SDK, for ``specgen inspect``: a plain report built from the IR.

Each operation becomes ``client.<resource>.<method>`` (with its HTTP method and path, return
type, stream and error classes); each model and enum is listed with the JSON pointer of the
schema it came from (and that pointer as an overlay ``target``) and whether its name came from a
naming rule or the overlay (``x-specgen-name``). That is what a maintainer reads to choose
overlay names.
"""

from __future__ import annotations

import json
from typing import Any

from generator.model import ir
from generator.model.spectext import one_line
from generator.render.pysource import annotation
from generator.spec.pointer import to_jsonpath


def report(api: ir.Api, target: str = "") -> dict[str, Any]:
    """Plain, JSON-ready data: operations sorted by id, models and enums by name."""
    return {
        "target": target,
        "title": api.title,
        "version": api.version,
        "package": api.package,
        "operations": [_operation(op, api) for op in sorted(api.operations, key=lambda o: o.id)],
        "models": [
            {
                "name": model.name,
                "pointer": model.pointer,
                "overlay_target": to_jsonpath(model.pointer),
                "named_by": model.named_by,
                "received": model.received,
            }
            for model in sorted(api.models, key=lambda m: m.name)
        ],
        "enums": [
            {
                "name": enum.name,
                "pointer": enum.pointer,
                "overlay_target": to_jsonpath(enum.pointer),
                "named_by": enum.named_by,
                "values": list(enum.values),
            }
            for enum in sorted(api.enums, key=lambda e: e.name)
        ],
        "notes": [{"pointer": at, "note": note} for at, note in api.notes],
    }


def _operation(op: ir.Operation, api: ir.Api) -> dict[str, Any]:
    response = op.response
    returns = annotation(response.type) if response is not None and response.type else "None"
    stream = None
    if op.stream is not None:
        stream = {"event": annotation(op.stream.event, nullable=False), "flag": op.stream.flag}
    return {
        "id": op.id,
        "call": "client." + op.id,
        "http_method": op.http_method,
        "path": op.path,
        "returns": returns,
        "stream": stream,
        "errors": [
            {"status": error.status, "exception": api.exception_for(error.status)}
            for error in sorted(op.errors, key=lambda e: e.status)
        ],
        "deprecated": op.deprecated,
        "naming_note": op.naming_note,
    }


def render_json(reports: list[dict[str, Any]]) -> str:
    return json.dumps(reports, indent=2, sort_keys=True) + "\n"


def render_text(reports: list[dict[str, Any]]) -> str:
    """Aligned tables, one set a target, for a terminal (``render_json`` escapes as JSON)."""
    blocks = []
    for data in reports:
        title = f"{data['target']}: {data['title']} {data['version']} -> {data['package']}"
        lines = [one_line(title), ""]
        lines += _table(
            ["operation", "http", "returns", "stream", "errors"],
            [
                [
                    op["call"],
                    f"{op['http_method']} {op['path']}",
                    op["returns"],
                    _stream_text(op["stream"]),
                    ", ".join(f"{e['status']}:{e['exception']}" for e in op["errors"]) or "-",
                ]
                for op in data["operations"]
            ],
        )
        notes = [op for op in data["operations"] if op["naming_note"]]
        if notes:
            lines.append("")
            lines += [one_line(f"{op['call']}: {op['naming_note']}") for op in notes]
        lines.append("")
        lines += _table(
            ["model", "named by", "received", "pointer"],
            [
                [m["name"], m["named_by"], "yes" if m["received"] else "", m["pointer"]]
                for m in data["models"]
            ],
        )
        if data["enums"]:
            lines.append("")
            lines += _table(
                ["enum", "named by", "pointer"],
                [[e["name"], e["named_by"], e["pointer"]] for e in data["enums"]],
            )
        if data["notes"]:
            lines.append("")
            lines += [one_line(f"#{n['pointer']}: {n['note']}") for n in data["notes"]]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _stream_text(stream: dict[str, Any] | None) -> str:
    if stream is None:
        return "-"
    when = f"when {stream['flag']}=true" if stream["flag"] else "always"
    return f"{stream['event']} ({when})"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Aligned columns; spec text in a cell (a path, a pointer) shows what does not print
    as an escape, so that it can neither move the terminal's cursor nor reorder the line."""
    rows = [[one_line(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = (cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        return "  ".join(padded).rstrip()

    return [line(header), line(["-" * width for width in widths]), *map(line, rows)]
