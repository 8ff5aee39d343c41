"""Semantic diff of two spec versions: what changed on the wire, and what breaks SDK callers."""

from __future__ import annotations

from generator.config import Target
from generator.diff.changes import Change, Level, Report
from generator.diff.sdk import diff_apis
from generator.diff.wire import diff_specs
from generator.load import Spec

__all__ = ["Change", "Level", "Report", "compare"]


def compare(old: Spec, new: Spec, target: Target) -> Report:
    """Both verdicts: rule by rule on the resolved specs, and on the two intermediate models."""
    from generator.build import build_api

    wire = diff_specs(old, new)
    sdk = diff_apis(build_api(old, target), build_api(new, target))
    return Report(wire=tuple(wire), sdk=tuple(sdk))
