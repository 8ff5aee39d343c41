"""A stream the spec itself declares (text/event-stream) gets the same treatment as one the
overlay declares: a typed Stream method, and generated tests that pass."""

from __future__ import annotations

from pathlib import Path

from generator.config import Target
from generator.project.pipeline import build_target
from tests.helpers import ROOT, generate_and_test

EVENTS = ROOT / "tests" / "fixtures" / "events.yaml"


def test_a_spec_declared_stream_is_in_the_ir(tmp_path: Path) -> None:
    api = build_target(Target("events", EVENTS, None, "events_client", "events-client", tmp_path))
    (op,) = api.operations
    assert op.id == "events.list"
    assert op.stream is not None
    assert op.stream.flag is None  # nothing to switch: it always streams
    assert op.stream.event.kind == "model" and op.stream.event.name == "EventStreamEvent"


def test_a_spec_declared_stream_generates_a_working_client(tmp_path: Path) -> None:
    out, summary = generate_and_test(tmp_path, EVENTS, "events_client")
    resource = (out / "events_client" / "resources" / "events.py").read_text()
    assert "-> Stream[EventStreamEvent]:" in resource
    assert "-> AsyncStream[EventStreamEvent]:" in resource
    assert "4 passed" in summary
