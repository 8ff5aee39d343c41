"""Which of the spec's examples feed the generated tests and README: those that are values of
their type (for models, objects of their own fields with the required ones), else built ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.render.examples import Examples
from tests.helpers import build_document, generate_and_test, json_post, minimal_spec

MESSAGE = {
    "type": "object",
    "required": ["role"],
    "properties": {
        "role": {"type": "string", "enum": ["user", "assistant"]},
        "content": {"type": "string"},
        "n": {"type": "integer"},
    },
}


def _messages_example(example: Any, tmp_path: Path) -> Any:
    body = {
        "type": "object",
        "required": ["messages"],
        "properties": {"messages": {"type": "array", "items": MESSAGE, "example": example}},
    }
    api = build_document(minimal_spec({"/chat": json_post(body)}), tmp_path)
    [messages] = [a for a in api.operations[0].arguments if a.name == "messages"]
    return Examples(api).field(messages, full=False)


def test_an_example_of_models_that_fits_is_used(tmp_path: Path) -> None:
    example = [{"role": "user", "content": "Hello"}, {"role": "assistant", "n": 2}]
    assert _messages_example(example, tmp_path) == example


@pytest.mark.parametrize(
    "example",
    [
        [{"content": "no role"}],  # a required field missing
        [{"role": "user", "unknown": 1}],  # a key the model does not declare
        [{"role": "robot"}],  # not a value of the enum
        [{"role": "user", "n": "two"}],  # a field of the wrong type
        [{"role": "user", "n": True}],  # a bool is no integer
        ["text"],  # not an object
    ],
)
def test_an_example_that_does_not_fit_is_replaced_by_a_built_one(
    example: Any, tmp_path: Path
) -> None:
    built = _messages_example(example, tmp_path)
    assert built != example
    assert isinstance(built, list) and all(
        item.get("role") in ("user", "assistant") for item in built
    )


@pytest.mark.parametrize(
    ("schema", "comparison"),
    [
        ({"type": "boolean", "example": True}, "assert body is True"),
        ({"type": "integer", "example": 7}, "assert body == 7"),
    ],
)
def test_a_scalar_body_is_compared_as_ruff_wants(
    tmp_path: Path, schema: dict[str, Any], comparison: str
) -> None:
    """A JSON body of ``true`` was checked with ``== True`` (ruff E712, found by the property
    tests); a whole body's example is the one sent."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(minimal_spec({"/flag": json_post(schema)})), encoding="utf-8")
    out, summary = generate_and_test(tmp_path, spec, "flags")
    assert " passed" in summary
    assert comparison in (out / "tests" / "test_flag.py").read_text(encoding="utf-8")
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ruff.returncode == 0, ruff.stdout
