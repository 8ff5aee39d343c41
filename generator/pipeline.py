"""One target from spec to files: load, build the intermediate model, render."""

from __future__ import annotations

from generator import ir
from generator.build import build_api
from generator.config import Target
from generator.load import load_spec
from generator.render import render


def build_target(target: Target) -> ir.Api:
    return build_api(load_spec(target.spec, target.overlay), target)


def generate_files(target: Target) -> dict[str, str]:
    return render(build_target(target), target.version)
