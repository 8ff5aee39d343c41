"""One target from spec to files: load, build the intermediate model, render."""

from __future__ import annotations

from generator import ir
from generator.build import build_api
from generator.config import Target
from generator.errors import SpecError
from generator.load import load_spec
from generator.render import read_changelog, render


def build_target(target: Target) -> ir.Api:
    spec = load_spec(target.spec, target.overlay)
    try:
        return build_api(spec, target)
    except RecursionError:
        raise SpecError(spec.file, "", "schemas nest too deeply to generate") from None


def generate_files(target: Target) -> dict[str, str]:
    return render(build_target(target), target.version, changelog=read_changelog(target.changelog))
