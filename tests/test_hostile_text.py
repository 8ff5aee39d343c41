"""Spec text is untrusted: it reaches generated code only as escaped literals and docstrings."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from generator.config import Target
from generator.model.build import build_api
from generator.render.files import render
from generator.spec.load import load_spec
from tests.helpers import minimal_spec

BREAKOUT = '"""\'\'\' ; import os; os._exit(99) # {{ 7*7 }} {% raw %} \\ \x00 \x1b[31m \u2028 end"'


def _hostile_spec() -> dict[str, object]:
    schema = {
        "type": "object",
        "description": BREAKOUT,
        "required": ["class"],
        "properties": {
            "class": {"type": "string", "description": BREAKOUT},
            "x-dashed.name": {"type": "integer", "description": "line\r\nbreak"},
            "model_config": {"type": "string"},
            "kind": {"type": "string", "enum": ['a"b', "c\nd", BREAKOUT]},
        },
    }
    return {
        **minimal_spec(
            {
                "/things": {
                    "post": {
                        "summary": BREAKOUT,
                        "requestBody": {"content": {"application/json": {"schema": schema}}},
                        "responses": {
                            "200": {
                                "description": BREAKOUT,
                                "content": {"application/json": {"schema": schema}},
                            }
                        },
                    }
                }
            }
        ),
        "info": {"title": BREAKOUT, "version": "1", "description": BREAKOUT},
    }


def test_hostile_text_stays_inside_literals(tmp_path: Path) -> None:
    spec = tmp_path / "hostile.json"
    spec.write_text(json.dumps(_hostile_spec()), encoding="utf-8")
    target = Target("hostile", spec, None, "hostile_client", "hostile-client", tmp_path / "out")
    files = render(build_api(load_spec(spec, None), target), "0.1.0")
    for path, text in files.items():
        if path.endswith(".py"):
            ast.parse(text, filename=path)  # valid Python whatever the spec says
            assert "\x00" not in text and "\x1b" not in text and "\u2028" not in text
    (tmp_path / "out").mkdir()
    for path, text in files.items():
        (tmp_path / "out" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "out" / path).write_text(text, encoding="utf-8")
    # Importing the package runs its module code: a break-out would exit with 99.
    probe = (
        "import hostile_client, hostile_client.models as m;"
        "t = m.Thing.model_validate({'class': 'x', 'kind': 'c\\nd'});"
        "print(repr(m.Thing.__doc__))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr(BREAKOUT)
