"""A stream the spec itself declares (text/event-stream) gets the same treatment as one the
overlay declares: a typed Stream method, and generated tests that pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.config import Target
from generator.pipeline import build_target
from tests.helpers import ROOT, run_generator

EVENTS = ROOT / "tests" / "fixtures" / "events.yaml"


def test_a_spec_declared_stream_is_in_the_ir(tmp_path: Path) -> None:
    api = build_target(Target("events", EVENTS, None, "events_client", "events-client", tmp_path))
    (op,) = api.operations
    assert op.id == "events.list"
    assert op.stream is not None
    assert op.stream.flag is None  # nothing to switch: it always streams
    assert op.stream.event.kind == "model" and op.stream.event.name == "EventStreamEvent"


def test_a_spec_declared_stream_generates_a_working_client(tmp_path: Path) -> None:
    result = run_generator(
        tmp_path, "generate", str(EVENTS), "--out", "out", "--package", "events_client"
    )
    assert result.returncode == 0, result.stderr
    resource = (tmp_path / "out" / "events_client" / "resources" / "events.py").read_text()
    assert "-> Stream[EventStreamEvent]:" in resource
    assert "-> AsyncStream[EventStreamEvent]:" in resource
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "4 passed" in tests.stdout
