"""Rule-by-rule comparison of two resolved specs (wire level). To be written."""

from __future__ import annotations

from generator.diff.changes import Change
from generator.load import Spec


def diff_specs(old: Spec, new: Spec) -> list[Change]:
    raise NotImplementedError
