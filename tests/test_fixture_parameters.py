"""Cookie and header parameters reach the request: the generated tests of a small fixture spec
check the ``Cookie`` header the client sends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, run_generator

COOKIES = ROOT / "tests" / "fixtures" / "cookies.yaml"


def test_cookie_parameters_are_sent(tmp_path: Path) -> None:
    result = run_generator(tmp_path, "generate", str(COOKIES), "--out", "out", "--package", "ck")
    assert result.returncode == 0, result.stderr
    tests = (tmp_path / "out" / "tests" / "test_session.py").read_text()
    assert '"session_id=abc123" in request.headers["cookie"]' in tests
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
