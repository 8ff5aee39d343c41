"""Routine upstream updates keep the SDK's public surface: ``specgen update`` on the changes
the vendor's spec really goes through (tests/fixtures/stability/README.md), on a copy of the
project.

Each update must exit 0 with no hand edit, leave ``check`` passing, and change no public name
unless the wire changed; every public removal griffe (an independent checker) finds between the
two generated packages must be in specgen's SDK report.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import griffe
import pytest

from generator.config import find_target, load_targets
from generator.diff.changes import Change
from generator.diff.sdk import diff_apis
from generator.model import ir
from generator.model.listing import LISTING_JSON, read_listing
from tests.helpers import CACHES, ROOT, copy_project, invoke_generator, run_package_tests

FIXTURES = ROOT / "tests" / "fixtures" / "stability"
OUT = "generated/claude"
PACKAGE = "acedatacloud_claude"
GRIFFE: list[str] = []  # what griffe found removed by the last update


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


def surface(out: Path) -> ir.Api:
    path = out / LISTING_JSON
    return read_listing(path.read_text("utf-8"), str(path))


def public_names(api: ir.Api) -> set[str]:
    return (
        {f"client.{op.id}" for op in api.operations}
        | {model.name for model in api.models}
        | {enum.name for enum in api.enums}
        | {alias.name for alias in api.aliases}
        | {error.class_name for error in api.error_classes}
    )


def griffe_removals(old: Path, new: Path, package: str) -> set[str]:
    """What griffe calls a breaking removal between two generated packages: the names of
    removed public objects and parameters."""
    before = griffe.load(package, search_paths=[str(old)], try_relative_path=False)
    after = griffe.load(package, search_paths=[str(new)], try_relative_path=False)
    removed = set()
    for breakage in griffe.find_breaking_changes(before, after):
        if breakage.kind == griffe.BreakageKind.OBJECT_REMOVED:
            removed.add(breakage.obj.name)
        elif breakage.kind == griffe.BreakageKind.PARAMETER_REMOVED:
            removed.add(breakage.old_value.name)
    return removed


def assert_report_covers(removed: set[str], changes: list[Change]) -> None:
    """Every name griffe saw removed is named by a breaking change of the SDK report."""
    said = " ".join(change.message for change in changes if change.level == "breaking")
    missing = {name for name in removed if f"`{name}`" not in said and f".{name}()" not in said}
    assert not missing, f"griffe found removals the SDK report does not name: {missing}"


def take(project: Path, spec: Path, tmp_path: Path, target: str = "claude") -> list[Change]:
    """``specgen update`` to ``spec``; then ``check`` passes. The SDK changes between what was
    shipped and what now ships, checked against griffe (its findings kept in ``GRIFFE``)."""
    out = project / "generated" / target
    shipped = tmp_path / f"shipped-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(out, shipped, ignore=CACHES)
    result = invoke_generator(
        project.parent,
        "update",
        str(spec),
        "--project",
        str(project),
        "--target",
        target,
        "--date",
        "2026-12-07",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    check = invoke_generator(project, "check", "--project", str(project), "--target", target)
    assert check.returncode == 0, check.stdout + check.stderr
    changes = diff_apis(surface(shipped), surface(out))
    package = next(p.name for p in out.iterdir() if (p / "__init__.py").is_file())
    GRIFFE[:] = sorted(griffe_removals(shipped, out, package))
    assert_report_covers(set(GRIFFE), changes)
    return changes


def test_the_claude_target_survives_the_vendors_updates(project: Path, tmp_path: Path) -> None:
    out = project / OUT
    names = public_names(surface(out))

    # 1. operationIds appear, with version tokens: nothing changes for callers.
    assert take(project, FIXTURES / "claude.operationids.json", tmp_path) == []
    assert public_names(surface(out)) == names

    # 2. The Anthropic-style operations move into vendor-prefixed components: the overlay
    # follows them (rewritten, comments kept) and no name changes.
    overlay = project / "specs" / "claude.overlay.yaml"
    assert take(project, FIXTURES / "claude.components.json", tmp_path) == []
    assert public_names(surface(out)) == names
    followed = overlay.read_text("utf-8")
    assert "$.components.schemas.ClaudeMessageParam" in followed
    assert "# -- streaming" in followed
    entry = (project / "specs" / "claude.changelog.md").read_text("utf-8").split("\n## ", 1)[0]
    assert "The overlay followed the spec to its new layout: 33 action(s) re-targeted" in entry

    # 3. A component is renamed upstream: still nothing.
    assert take(project, FIXTURES / "claude.renamed.json", tmp_path) == []
    assert public_names(surface(out)) == names

    # 4. The maintainer renames a type in the overlay: a release that reports the rename.
    overlay.write_text(
        overlay.read_text("utf-8").replace(
            "x-specgen-name: MessageTokensCount", "x-specgen-name: TokenCount"
        ),
        encoding="utf-8",
    )
    changes = take(project, FIXTURES / "claude.renamed.json", tmp_path)
    renames = [(c.rule, c.old, c.new, c.cause) for c in changes if c.level == "breaking"]
    assert renames == [
        ("sdk-model-renamed", "MessageTokensCount", "TokenCount", "named in the overlay")
    ]
    assert "MessageTokensCount" in GRIFFE  # the oracle saw it too
    assert public_names(surface(out)) == names - {"MessageTokensCount"} | {"TokenCount"}
    changelog = (project / "specs" / "claude.changelog.md").read_text("utf-8")
    assert "MessageTokensCount" in changelog.split("\n## ", 1)[0]

    final = public_names(surface(out))
    assert {
        "client.chat.completions.create",
        "client.messages.create",
        "client.messages.count_tokens",
        "ChatCompletion",
        "ChatCompletionChunk",
        "ChatCompletionMessageParam",
        "Message",
        "MessageParam",
        "Usage",
        "ErrorResponse",
    } <= final
    run_package_tests(out)


def test_a_value_removed_from_one_of_two_identical_enums_retypes_nothing_else(
    project: Path, tmp_path: Path
) -> None:
    out = project / OUT

    def search_context_size(api: ir.Api) -> str:
        model = next(m for m in api.models if m.name == "ChatCompletionWebSearchOptionsParam")
        field = next(f for f in model.fields if f.name == "search_context_size")
        return json.dumps([field.type.kind, field.type.name])

    take(project, FIXTURES / "claude.enum-base.json", tmp_path)
    names, before = public_names(surface(out)), search_context_size(surface(out))
    changes = take(project, FIXTURES / "claude.enum-split.json", tmp_path)
    assert [(c.rule, c.old) for c in changes if c.level == "breaking"] == [
        ("sdk-enum-member-removed", "low")
    ]
    assert "ChatCompletionReasoningEffort" in changes[0].message
    assert public_names(surface(out)) == names
    assert search_context_size(surface(out)) == before


def test_a_docs_only_release_says_so(project: Path, tmp_path: Path) -> None:
    major, minor, patch = claude_version(project).split(".")
    assert take(project, FIXTURES / "claude.docs-only.json", tmp_path) == []
    entry = (project / "specs" / "claude.changelog.md").read_text("utf-8").split("\n## ", 1)[0]
    assert entry.startswith(f"## {major}.{minor}.{int(patch) + 1} (")  # a patch release
    assert "No changes." not in entry


def test_inline_variants_moved_into_components_with_a_discriminator(tmp_path: Path) -> None:
    """A small API of our own: the first version inline, the next with operationIds carrying
    version tokens, vendor-prefixed components and a discriminator. Names stay; the generated
    package's own tests pass."""
    project = tmp_path / "pets-project"
    (project / "specs").mkdir(parents=True)
    shutil.copy2(FIXTURES / "pets.inline.yaml", project / "specs" / "pets.yaml")
    (project / "pyproject.toml").write_text(
        "[[tool.specgen.targets]]\n"
        'name = "pets"\n'
        'spec = "specs/pets.yaml"\n'
        'package = "pets_client"\n'
        'out = "generated/pets"\n',
        encoding="utf-8",
    )
    generated = invoke_generator(project, "generate", "--project", str(project))
    assert generated.returncode == 0, generated.stderr
    out = project / "generated" / "pets"
    names = public_names(surface(out))
    assert {"client.pets.create", "PetCat", "PetDog", "PetSize"} <= names
    assert take(project, FIXTURES / "pets.components.yaml", tmp_path, target="pets") == []
    assert public_names(surface(out)) == names
    run_package_tests(out)


def claude_version(project: Path) -> str:
    return find_target(load_targets(project), "claude", project).version
