"""Semantic diff of two spec versions: what changed on the wire, and what breaks SDK callers."""

from __future__ import annotations

from generator.config import Target
from generator.diff.changes import Change, Level, Report
from generator.diff.sdk import diff_apis
from generator.diff.wire import diff_specs
from generator.model import ir
from generator.model.listing import NOTHING_SHIPPED, Shipped, listing_json, read_listing
from generator.spec.load import Spec

__all__ = ["Change", "Level", "Report", "compare", "surface"]


def compare(
    old: Spec,
    new: Spec,
    target: Target,
    shipped: Shipped = NOTHING_SHIPPED,
    old_surface: ir.Api | None = None,
) -> Report:
    """Both verdicts: rule by rule on the resolved specs, and on the two SDK surfaces.

    The SDK side compares what was shipped (``old_surface``, read from an API listing; else
    what ``old`` generates) with what ``new`` generates, both named as ``shipped`` names them.
    """
    from generator.model.build import build_api

    wire = diff_specs(old, new)
    before = old_surface if old_surface is not None else surface(build_api(old, target, shipped))
    after = surface(build_api(new, target, shipped))
    return Report(wire=tuple(wire), sdk=tuple(diff_apis(before, after)))


def surface(api: ir.Api) -> ir.Api:
    """The part of an intermediate model its API listing holds: what both sides of the SDK
    verdict are reduced to, so that a listing read from a file and a fresh build compare
    alike."""
    return read_listing(listing_json(api), "<listing>")
