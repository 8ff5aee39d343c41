"""A deterministic family of OpenAPI 3.0 specs in the style of the Ace Data Cloud APIs.

``spec(operations)`` is a document with that many operations and proportionate schemas: every
operation is a ``POST /v1/{service}/{action}`` with a JSON body (nested objects, enums, arrays,
a shared component per service), a JSON answer with a nested task list, and the error envelope
(``{"error": {"code", "message"}, "trace_id"}``) for 400, 401, 429 and 500; one operation in
five can also stream its answer as server-sent events. Nothing is random: the same size gives
the same bytes.

    python bench/synthetic.py 10 100 1000 --out bench/.work/specs
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

SIZES = (10, 100, 1000)
ACTIONS_PER_SERVICE = 5
SERVICES = (
    "suno", "midjourney", "flux", "luma", "kling", "veo", "sora", "hailuo", "pika", "serp",
    "headshots", "qrart", "fish", "producer", "nano", "seedream", "seedance", "wan", "glm", "kimi",
)  # fmt: skip
ACTIONS = ("generate", "extend", "remix", "describe", "upscale")
MODELS = ("standard", "turbo", "pro", "ultra")
STATES = ("pending", "running", "succeeded", "failed")
# Optional body fields, a different selection for each operation.
OPTIONAL_FIELDS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("seed", {"type": "integer", "minimum": 0}),
    ("negative_prompt", {"type": "string", "maxLength": 2000}),
    ("aspect_ratio", {"type": "string", "enum": ["1:1", "16:9", "9:16", "4:3"]}),
    ("duration", {"type": "number", "minimum": 1, "maximum": 60}),
    ("lyrics", {"type": "string"}),
    ("title", {"type": "string", "maxLength": 80}),
    ("instrumental", {"type": "boolean", "default": False}),
    ("quality", {"type": "string", "enum": ["draft", "standard", "hd"]}),
    ("resolution", {"type": "string", "enum": ["480p", "720p", "1080p"]}),
    ("fps", {"type": "integer", "enum": [24, 30, 60]}),
    ("voice", {"type": "string"}),
    ("webhook_secret", {"type": "string", "nullable": True}),
)
ERRORS = {
    "400": ("bad_request", "The request is invalid."),
    "401": ("invalid_token", "The token is not valid."),
    "429": ("too_many_requests", "Too many requests."),
    "500": ("api_error", "The API failed."),
}


def spec(operations: int) -> dict[str, Any]:
    """The OpenAPI document with ``operations`` operations."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for index in range(operations):
        service = _service(index // ACTIONS_PER_SERVICE)
        action = ACTIONS[index % ACTIONS_PER_SERVICE]
        shared = f"{_camel(service)}Asset"
        if shared not in schemas:
            schemas[shared] = _asset(service)
        paths[f"/v1/{service}/{action}"] = {"post": _operation(index, service, action, shared)}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"Synthetic API ({operations} operations)",
            "version": "1.0.0",
            "description": "A generated benchmark spec in the style of Ace Data Cloud.",
        },
        "servers": [{"url": "https://api.acedata.cloud"}],
        "security": [{"bearerAuth": []}],
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas,
        },
        "paths": paths,
    }


def _service(number: int) -> str:
    base = SERVICES[number % len(SERVICES)]
    return base if number < len(SERVICES) else f"{base}{number // len(SERVICES)}"


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_"))


def _title(service: str, action: str) -> str:
    return f"{_camel(service)} {action}"


def _asset(service: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": f"A file made by {service}.",
        "required": ["id", "url"],
        "properties": {
            "id": {"type": "string", "description": "Asset id."},
            "url": {"type": "string", "format": "uri", "description": "Where to download it."},
            "mime_type": {"type": "string", "enum": ["image/png", "audio/mpeg", "video/mp4"]},
            "duration": {"type": "number", "nullable": True, "description": "Seconds."},
            "width": {"type": "integer", "minimum": 0},
            "height": {"type": "integer", "minimum": 0},
        },
    }


def _operation(index: int, service: str, action: str, shared: str) -> dict[str, Any]:
    title = _title(service, action)
    streams = index % 5 == 0
    name = f"{service}_{action}"  # fields only this operation has: its schemas are its own
    extras = {
        field: schema
        for bit, (field, schema) in enumerate(OPTIONAL_FIELDS)
        if (index * 2654435761 >> (bit + 3)) & 3 == 0
    }
    body: dict[str, Any] = {
        "type": "object",
        "required": ["prompt", "model"],
        "properties": {
            "prompt": {"type": "string", "description": f"What {title} should make."},
            "model": {
                "type": "string",
                "enum": list(MODELS[: 2 + index % 3]),
                "default": MODELS[0],
                "description": "The model to use.",
            },
            "callback_url": {
                "type": "string",
                "format": "uri",
                "description": "Where the result is posted when the task finishes.",
            },
            f"{name}_version": {
                "type": "string",
                "enum": [f"{name}-v1", f"{name}-v2"],
                "description": f"The {title} model version.",
            },
            **extras,
            "options": {
                "type": "object",
                "description": f"Tuning of {title}.",
                "properties": {
                    f"{action}_strength": {"type": "number", "minimum": 0, "maximum": 1},
                    f"{name}_mode": {"type": "string", "enum": ["fast", "relax"]},
                    "temperature": {"type": "number", "minimum": 0, "maximum": 2},
                    "max_tokens": {"type": "integer", "minimum": 1},
                    "style": {"type": "string", "enum": ["natural", "vivid", "raw"]},
                    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 16},
                },
            },
            "references": {
                "type": "array",
                "description": "Inputs to start from.",
                "items": {
                    "type": "object",
                    "required": ["url"],
                    "properties": {
                        "url": {"type": "string", "format": "uri"},
                        f"{service}_weight": {"type": "number", "minimum": 0, "maximum": 1},
                        "role": {"type": "string", "enum": ["style", "content", "character"]},
                    },
                },
            },
        },
    }
    if streams:
        body["properties"]["stream"] = {
            "type": "boolean",
            "default": False,
            "description": "Stream the progress as server-sent events.",
        }
    answer = {
        "type": "object",
        "required": ["success", "task_id"],
        "properties": {
            "success": {"type": "boolean"},
            "task_id": {"type": "string"},
            "trace_id": {"type": "string"},
            f"{name}_version": {"type": "string"},
            "data": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "state"],
                    "properties": {
                        "id": {"type": "string"},
                        "state": {"type": "string", "enum": list(STATES)},
                        "progress": {"type": "integer", "minimum": 0, "maximum": 100},
                        f"{name}_output": {"type": "string", "description": "The raw output."},
                        "asset": {"$ref": f"#/components/schemas/{shared}"},
                        "usage": {
                            "type": "object",
                            "properties": {
                                "credits": {"type": "number"},
                                "seconds": {"type": "number"},
                            },
                        },
                    },
                },
            },
        },
    }
    content: dict[str, Any] = {"application/json": {"schema": answer}}
    if streams:
        content["text/event-stream"] = {
            "x-specgen-terminator": "[DONE]",
            "schema": {
                "type": "object",
                "required": ["task_id", "progress"],
                "properties": {
                    "task_id": {"type": "string"},
                    f"{name}_progress": {"type": "integer"},
                    "state": {"type": "string", "enum": list(STATES)},
                    "delta": {"type": "string", "nullable": True},
                },
            },
        }
    responses: dict[str, Any] = {"200": {"description": "The task.", "content": content}}
    for status, (code, message) in ERRORS.items():
        responses[status] = {"description": message, "content": {"application/json": _error(code)}}
    return {
        "operationId": f"{service}_{action}",
        "summary": title,
        "description": f"Start a {title} task.",
        "tags": [service],
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": responses,
    }


def _error(code: str) -> dict[str, Any]:
    return {
        "schema": {
            "type": "object",
            "properties": {
                "error": {
                    "type": "object",
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
                },
                "trace_id": {"type": "string"},
            },
        },
        "example": {"error": {"code": code, "message": "..."}, "trace_id": "t-1"},
    }


def write(operations: int, folder: Path) -> Path:
    """Write the spec of that size to ``folder/synthetic-{operations}.json``; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{operations}.json"
    text = json.dumps(spec(operations), indent=2, sort_keys=False) + "\n"
    if not path.exists() or path.read_text("utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / ".work" / "specs")
    args = parser.parse_args()
    for size in args.sizes:
        print(write(size, args.out))


if __name__ == "__main__":
    main()
