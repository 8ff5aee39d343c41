"""``specgen diff`` compares what was shipped with what will ship: each side with its own
overlay, and a target's old side from the API listing committed at that revision."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import copy_project, invoke_generator

OVERLAY = "specs/claude.overlay.yaml"
LISTING = "generated/claude/api.json"


def git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A git repository holding a copy of the project, committed."""
    copy = copy_project(tmp_path)
    git(copy, "init", "-q")
    git(copy, "add", "-A")
    git(copy, "commit", "-qm", "base")
    return copy


def sdk_changes(project: Path, *args: str) -> tuple[int, list[dict[str, Any]]]:
    result = invoke_generator(project, "diff", *args, "--format", "json", "--project", str(project))
    assert result.returncode in (0, 1), result.stderr
    changes = json.loads(result.stdout)["changes"]
    return result.returncode, [c for c in changes if c["kind"] == "sdk"]


def test_an_overlay_rename_is_in_the_verdict_of_a_pull_request(repository: Path) -> None:
    overlay = repository / OVERLAY
    text = overlay.read_text("utf-8")
    overlay.write_text(text.replace("name: MessageTokensCount}", "name: TokenCount}"), "utf-8")
    generated = invoke_generator(repository, "generate", "--project", str(repository))
    assert generated.returncode == 0, generated.stderr

    code, changes = sdk_changes(
        repository, "git:HEAD:specs/claude.json", "specs/claude.json", "--fail-on", "breaking"
    )
    assert code == 1
    renamed = [c for c in changes if c["rule"] == "sdk-model-renamed"]
    assert [(c["old"], c["new"], c["cause"]) for c in renamed] == [
        ("MessageTokensCount", "TokenCount", "named in the overlay")
    ]


def test_the_old_side_of_a_target_is_the_listing_committed_at_that_revision(
    repository: Path,
) -> None:
    """What was shipped decides, not what the old spec would generate today: a method the
    committed listing has and the new package lacks is reported removed."""
    listing = repository / LISTING
    data = json.loads(listing.read_text("utf-8"))
    legacy = {**data["methods"][0], "id": "messages.legacy", "http": "POST /v1/legacy"}
    data["methods"].append(legacy)
    listing.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    git(repository, "commit", "-qam", "a shipped method the spec no longer makes")

    invoke_generator(repository, "generate", "--project", str(repository))
    _, changes = sdk_changes(repository, "git:HEAD:specs/claude.json", "specs/claude.json")
    assert [(c["rule"], c["old"]) for c in changes] == [("sdk-method-removed", "messages.legacy")]


def test_plain_files_take_an_overlay_per_side(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/items": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"a": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    (tmp_path / "old.json").write_text(json.dumps(spec), "utf-8")
    (tmp_path / "new.json").write_text(json.dumps(spec), "utf-8")
    target = "$.paths['/items'].post.requestBody.content['application/json'].schema"
    for name, model in (("old", "ItemRequest"), ("new", "NewItemRequest")):
        (tmp_path / f"{name}.overlay.yaml").write_text(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
            f'actions:\n  - target: "{target}"\n    update: {{x-specgen-name: {model}}}\n',
            "utf-8",
        )
    _, changes = sdk_changes(
        tmp_path,
        "old.json",
        "new.json",
        "--old-overlay",
        "old.overlay.yaml",
        "--new-overlay",
        "new.overlay.yaml",
    )
    assert [(c["rule"], c["old"], c["new"]) for c in changes] == [
        ("sdk-model-renamed", "ItemRequest", "NewItemRequest")
    ]
