"""The diff report's formats on a hand-built report (text, Markdown, JSON, GitHub annotations),
and ``specgen diff`` around them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import generator.diff
from generator.cli import main
from generator.diff.changes import Change, Report
from generator.diff.report import Format, render_report
from generator.spec.load import Spec
from tests.helpers import json_post, minimal_spec

CHAT = ("POST", "/v1/chat/completions")
BODY = "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json/schema"

REMOVED = Change(
    "request-property-removed",
    "warning",
    "The request property `top_k` was removed.",
    *CHAT,
    pointer=f"{BODY}/properties/top_k",
)
REQUIRED = Change(
    "request-property-became-required",
    "breaking",
    "The request property `model` became required.",
    *CHAT,
    pointer=f"{BODY}/properties/model",
    old=False,
    new=True,
)
ADDED = Change("endpoint-added", "info", "New operation.", "POST", "/v1/embeddings", "/paths/x")
SDK_REMOVED = Change(
    "sdk-argument-removed",
    "breaking",
    "`client.chat.completions.create()` no longer takes `top_k`.",
    *CHAT,
    pointer="sdk:/methods/chat.completions.create/arguments/top_k",
    old="int",
)
SDK_MODEL = Change("sdk-model-added", "info", "New model `Embedding`.", pointer="sdk:/models/E")
REPORT = Report(wire=(ADDED, REMOVED, REQUIRED), sdk=(SDK_MODEL, SDK_REMOVED))
COMPATIBLE = Report(wire=(ADDED,), sdk=(SDK_MODEL,))
EMPTY = Report(wire=(), sdk=())


def render(report: Report, fmt: Format, color: bool = False) -> str:
    return render_report(report, fmt, "v1.json", "v2.json", color)


def test_fingerprints_are_stable_and_ignore_the_wording() -> None:
    assert REMOVED.fingerprint == "6bba47ffa4f734fe"
    reworded = Change(REMOVED.rule, "breaking", "other words", *CHAT, pointer=REMOVED.pointer)
    assert reworded.fingerprint == REMOVED.fingerprint
    assert REQUIRED.fingerprint != REMOVED.fingerprint


def test_text_groups_by_level_then_shows_the_sdk_and_a_summary() -> None:
    text = render(REPORT, "text")
    assert "\x1b" not in text
    lines = text.splitlines()
    wire = [line for line in lines if line.split()[:1] in (["BREAKING"], ["WARNING"], ["INFO"])]
    assert [line.split()[0] for line in wire] == ["BREAKING", "WARNING", "INFO", "BREAKING", "INFO"]
    first = wire[0].split()
    assert first[:4] == ["BREAKING", "POST", "/v1/chat/completions", REQUIRED.rule]
    assert wire[0].endswith(REQUIRED.message)
    assert lines.index(next(line for line in lines if line.startswith("SDK"))) > lines.index(
        wire[2]
    )
    assert lines[-1] == (
        "Wire: 1 breaking, 1 warning, 1 info; SDK: breaking (1 breaking, 0 warning, 1 info)"
    )
    assert (
        render(COMPATIBLE, "text")
        .splitlines()[-1]
        .endswith("SDK: compatible (0 breaking, 0 warning, 1 info)")
    )


def test_text_colours_only_when_asked_and_never_passes_control_characters() -> None:
    assert "\x1b[1;31mBREAKING" in render(REPORT, "text", color=True)
    hostile = Change("rule", "info", "name \x1b[2J\x1b]0;pwned\x07 end\nnext", *CHAT, pointer="/x")
    text = render(Report(wire=(hostile,), sdk=()), "text")
    assert "\x1b" not in text and "\x07" not in text
    assert "name \\x1b[2J\\x1b]0;pwned\\x07 end\\nnext" in text


def test_markdown_is_a_changelog_with_sections_grouped_by_operation() -> None:
    markdown = render(REPORT, "markdown")
    assert markdown.startswith("## v2.json (compared with v1.json)\n\n### Breaking changes\n")
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert headings == [
        "## v2.json (compared with v1.json)",
        "### Breaking changes",
        "### Deprecations and warnings",
        "### Additions and other changes",
        "### For SDK users",
    ]
    assert (
        "- `POST /v1/chat/completions`\n"
        "  - The request property `model` became required. `request-property-became-required`\n"
    ) in markdown
    assert "- `POST /v1/embeddings`\n  - New operation. `endpoint-added`\n" in markdown
    sdk = markdown.split("### For SDK users\n\n", 1)[1]
    assert sdk.startswith("Code written against the previous version may need changes.\n")
    # breaking first, then the rest; models grouped on their own
    assert sdk.index("**Breaking:** `client.chat") < sdk.index("- Models\n  - New model")


def test_markdown_omits_empty_sections_and_says_when_nothing_changed() -> None:
    markdown = render(COMPATIBLE, "markdown")
    assert "### Breaking changes" not in markdown
    assert "### Deprecations and warnings" not in markdown
    assert "keeps working" in markdown
    assert render(EMPTY, "markdown") == "## v2.json (compared with v1.json)\n\nNo changes.\n"


def test_markdown_escapes_spec_text_outside_code_spans() -> None:
    hostile = Change("rule", "info", "a <script>x</script> *bold* [link](http://e) `<kept>`", *CHAT)
    markdown = render(Report(wire=(hostile,), sdk=()), "markdown")
    # Capitalised as a sentence; nothing renders as HTML, emphasis or a link.
    assert r"A \<script\>x\</script\> \*bold\* \[link](http://e) `<kept>`." in markdown
    brackets = Change("rule", "info", "property 'choices[].index' and [](x) and snake_case", *CHAT)
    markdown = render(Report(wire=(brackets,), sdk=()), "markdown")
    assert r"Property 'choices[].index' and \[](x) and snake_case." in markdown


def test_json_is_stable_sorted_and_complete() -> None:
    text = render(REPORT, "json")
    assert text == render(REPORT, "json")
    document = json.loads(text)
    assert list(document) == sorted(document)
    assert (document["old"], document["new"]) == ("v1.json", "v2.json")
    assert document["summary"] == {
        "sdk": {"breaking": 1, "info": 1, "warning": 0},
        "sdk_breaking": True,
        "wire": {"breaking": 1, "info": 1, "warning": 1},
        "wire_breaking": True,
    }
    changes = document["changes"]
    assert [(c["kind"], c["rule"]) for c in changes] == [
        ("wire", "endpoint-added"),
        ("wire", "request-property-removed"),
        ("wire", "request-property-became-required"),
        ("sdk", "sdk-model-added"),
        ("sdk", "sdk-argument-removed"),
    ]
    required = changes[2]
    assert set(required) == {
        "fingerprint", "rule", "level", "kind", "method", "path", "pointer", "message", "old",
        "new", "cause",
    }  # fmt: skip
    assert required["fingerprint"] == REQUIRED.fingerprint
    assert (required["old"], required["new"], required["method"]) == (False, True, "POST")
    assert changes[3]["method"] is None


def test_github_annotations_by_level() -> None:
    lines = render(REPORT, "github").splitlines()
    assert lines[0] == (
        "::error title=request-property-became-required::POST /v1/chat/completions: "
        "The request property `model` became required."
    )
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error",
        "::warning",
        "::notice",
        "::error",
        "::notice",
    ]
    assert lines[-1] == "::notice title=sdk-model-added::New model `Embedding`."


def test_github_escapes_data_and_properties() -> None:
    odd = Change("odd:rule,x", "breaking", "100% sure\r\nsecond line", *CHAT, pointer="/x")
    text = render(Report(wire=(odd,), sdk=()), "github")
    assert text == (
        "::error title=odd%3Arule%2Cx::POST /v1/chat/completions: 100%25 sure%0D%0Asecond line\n"
    )
    assert render(EMPTY, "github") == ""


# -- through the command line: `specgen diff` ------------------------------------------------


def one_wire_change(old: Spec, new: Spec) -> list[Change]:
    """A stand-in for the wire rules: the CLI's plumbing is under test here, not the rules."""
    return [REMOVED]


@pytest.fixture
def specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setattr(generator.diff, "diff_specs", one_wire_change)
    body: dict[str, Any] = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "tag": {"type": "string"}},
    }
    old = tmp_path / "old.json"
    old.write_text(json.dumps(minimal_spec({"/v1/pets": json_post(body)})), encoding="utf-8")
    del body["properties"]["tag"]
    new = tmp_path / "new.yaml"  # YAML is a spec format too
    new.write_text(json.dumps(minimal_spec({"/v1/pets": json_post(body)})), encoding="utf-8")
    return old, new


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, ["diff", *args])


def test_diff_prints_both_verdicts(specs: tuple[Path, Path]) -> None:
    old, new = specs
    result = invoke(str(old), str(new), "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["old"], document["new"]) == (str(old), str(new))
    assert [(c["kind"], c["rule"]) for c in document["changes"]] == [
        ("wire", "request-property-removed"),
        ("sdk", "sdk-argument-removed"),
    ]
    text = invoke(str(old), str(new)).stdout
    assert "\x1b" not in text  # not a terminal
    assert text.splitlines()[-1].endswith("SDK: breaking (1 breaking, 0 warning, 0 info)")


@pytest.mark.parametrize(
    ("fail_on", "code"), [("breaking", 1), ("warning", 1), ("info", 1), (None, 0)]
)
def test_diff_fails_on_a_level(specs: tuple[Path, Path], fail_on: str | None, code: int) -> None:
    old, new = specs
    result = invoke(str(old), str(new), *(["--fail-on", fail_on] if fail_on else []))
    assert result.exit_code == code, result.output


def test_diff_of_a_spec_with_itself_passes_fail_on_info(
    specs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generator.diff, "diff_specs", lambda old, new: [])
    old, _ = specs
    result = invoke(str(old), str(old), "--fail-on", "info", "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("\n\nNo changes.\n")


def test_diff_reads_a_version_from_git(
    specs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = specs
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    shutil.copy2(old, repo / "specs/api.json")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "v1"], check=True)
    shutil.copy2(new, repo / "specs/api.json")

    result = invoke("git:HEAD:specs/api.json", str(repo / "specs/api.json"), "--project", str(repo))
    assert result.exit_code == 0, result.output
    assert "sdk-argument-removed" in result.stdout

    for source, message in (
        ("git:nope:specs/api.json", "error: git:nope:specs/api.json#: invalid object name 'nope'."),
        ("git:HEAD:specs/missing.json", "does not exist in 'HEAD'"),
        ("git:HEAD:specs", "error: git:HEAD:specs#: specs is a tree at HEAD, not a file"),
        ("git:--output=x:a.json", "not a git revision"),
    ):
        result = invoke(source, str(new), "--project", str(repo))
        assert result.exit_code == 2, (source, result.output)
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert message in result.stderr


def test_diff_reports_a_bad_spec_in_one_line(specs: tuple[Path, Path], tmp_path: Path) -> None:
    _, new = specs
    missing = tmp_path / "missing.json"
    result = invoke(str(missing), str(new))
    assert result.exit_code == 2
    assert result.stderr == f"error: {missing}#: file not found\n"
