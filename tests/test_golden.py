"""generated/ is exactly what the generator produces now, and every run produces the same bytes."""

from __future__ import annotations

import pytest

from generator.config import Target, load_targets
from generator.project.output import diff_trees, read_tree
from generator.project.pipeline import generate_files
from tests.helpers import ROOT

TARGETS = load_targets(ROOT)


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_generated_matches_a_fresh_run(target: Target) -> None:
    fresh = generate_files(target)
    on_disk = read_tree(target.out)
    assert diff_trees(fresh, on_disk, target.name) == ""
    assert fresh == on_disk


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_generation_is_deterministic(target: Target) -> None:
    assert generate_files(target) == generate_files(target)


def test_the_generated_package_has_what_a_package_needs() -> None:
    files = read_tree(ROOT / "generated" / "claude")
    for name in (
        "pyproject.toml",
        "README.md",
        "acedatacloud_claude/py.typed",
        "acedatacloud_claude/__init__.py",
        "tests/conftest.py",
    ):
        assert name in files, name
    assert 'name = "acedatacloud-claude"' in files["pyproject.toml"]
