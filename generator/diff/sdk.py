"""Comparison of two intermediate models: what breaks code written against the SDK. To be written."""

from __future__ import annotations

from generator import ir
from generator.diff.changes import Change


def diff_apis(old: ir.Api, new: ir.Api) -> list[Change]:
    raise NotImplementedError
