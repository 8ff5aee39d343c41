"""Small fixture specs for constructs the Ace Data Cloud specs lack: cookie parameters reach the
request, and non-JSON responses come back as bytes or str."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import ROOT, generate_and_test

COOKIES = ROOT / "tests" / "fixtures" / "cookies.yaml"


def test_cookie_parameters_are_sent(tmp_path: Path) -> None:
    out, summary = generate_and_test(tmp_path, COOKIES, "ck")
    tests = (out / "tests" / "test_session.py").read_text()
    assert '"session_id=abc123" in request.headers["cookie"]' in tests
    assert "2 passed" in summary


FILES = ROOT / "tests" / "fixtures" / "files.yaml"


def test_binary_and_text_responses(tmp_path: Path) -> None:
    """A file download returns bytes and a text/plain answer returns str, each with its Accept;
    the generated tests serve both bodies raw and compare the results."""
    out, summary = generate_and_test(tmp_path, FILES, "files")
    resource = (out / "files" / "resources" / "files.py").read_text()
    assert ") -> bytes:" in resource and 'accept="application/octet-stream"' in resource
    assert ") -> str:" in resource and 'accept="text/plain"' in resource
    assert "5 passed" in summary
