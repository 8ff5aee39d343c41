"""Small fixture specs for constructs the Ace Data Cloud specs lack: cookie parameters reach the
request, and non-JSON responses come back as bytes or str."""

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


FILES = ROOT / "tests" / "fixtures" / "files.yaml"


def test_binary_and_text_responses(tmp_path: Path) -> None:
    """A file download returns bytes and a text/plain answer returns str, each with its Accept;
    the generated tests serve both bodies raw and compare the results."""
    result = run_generator(tmp_path, "generate", str(FILES), "--out", "out", "--package", "files")
    assert result.returncode == 0, result.stderr
    resource = (tmp_path / "out" / "files" / "resources" / "files.py").read_text()
    assert ") -> bytes:" in resource and 'accept="application/octet-stream"' in resource
    assert ") -> str:" in resource and 'accept="text/plain"' in resource
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "5 passed" in run.stdout
