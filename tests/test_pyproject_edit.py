"""Text edits of the ``[[tool.specgen.targets]]`` entries (``generator.project.pyproject``):
each keeps every other byte of the file, and each is refused when parsing shows it did more
or less than intended."""

from __future__ import annotations

import tomllib

import pytest

from generator.errors import SpecError
from generator.project.pyproject import append_target, basic_string, set_version, target_blocks

ENTRY = '\n[[tool.specgen.targets]]\nname = "b"\nversion = "0.1.0"\n'


def refusal(error: pytest.ExceptionInfo[SpecError]) -> tuple[str, str, str]:
    return error.value.file, error.value.pointer, error.value.message


def test_append_goes_after_the_last_target_and_before_the_comments_of_the_next_table() -> None:
    text = (
        '[project]\nname = "x"\n\n'
        '[[tool.specgen.targets]]\nname = "a"  # first\n\n'
        "# Linting, below.\n# Two lines of it.\n\n[tool.ruff]\nline-length = 100\n"
    )
    assert append_target(text, ENTRY, "pyproject.toml", "b") == (
        '[project]\nname = "x"\n\n'
        '[[tool.specgen.targets]]\nname = "a"  # first\n\n'
        '[[tool.specgen.targets]]\nname = "b"\nversion = "0.1.0"\n\n'
        "# Linting, below.\n# Two lines of it.\n\n[tool.ruff]\nline-length = 100\n"
    )


def test_append_goes_at_the_end_when_there_is_no_target() -> None:
    text = '[project]\nname = "x"\n\n\n[tool.ruff]\nline-length = 100'  # no final newline
    assert append_target(text, ENTRY, "pyproject.toml", "b") == (
        '[project]\nname = "x"\n\n\n[tool.ruff]\nline-length = 100\n'
        '\n[[tool.specgen.targets]]\nname = "b"\nversion = "0.1.0"\n'
    )


def test_append_refuses_an_edit_that_moves_a_table() -> None:
    # The sub-table belongs to target "a"; placed before it, "b" would take it over.
    text = '[[tool.specgen.targets]]\nname = "a"\n\n[tool.specgen.targets.extra]\nx = 1\n'
    with pytest.raises(SpecError) as error:
        append_target(text, ENTRY, "pyproject.toml", "b")
    assert refusal(error) == (
        "pyproject.toml",
        "/tool/specgen/targets",
        "the edit did not add 'b'",
    )


PYPROJECT = """\
[project]
version = "0.1.0"  # not a target's

[[tool.specgen.targets]]
name = "a"
version   =   '1.0.0'  # kept: quotes, spacing, comment
out = "generated/a"

[[tool.specgen.targets]]
name = "b"
out = "generated/b"

[tool.black]
version = "9.9.9"
"""


def test_set_version_replaces_the_value_of_the_version_line() -> None:
    assert set_version(PYPROJECT, "a", "1.1.0") == PYPROJECT.replace("'1.0.0'", "'1.1.0'")


def test_set_version_writes_a_missing_version_after_the_name() -> None:
    assert set_version(PYPROJECT, "b", "0.2.0") == PYPROJECT.replace(
        'name = "b"\n', 'name = "b"\nversion = "0.2.0"\n'
    )


def test_set_version_refuses_two_targets_of_one_name() -> None:
    twice = PYPROJECT.replace('name = "b"', 'name = "a"')
    with pytest.raises(SpecError) as error:
        set_version(twice, "a", "1.1.0", "project/pyproject.toml")
    assert refusal(error) == (
        "project/pyproject.toml",
        "/tool/specgen/targets (name = 'a')",
        "expected one target named 'a', found 2",
    )


def test_set_version_refuses_an_edit_inside_a_string() -> None:
    # The scanner reads a header in the string; parsing shows that no target changed.
    text = '[tool.other]\ndoc = """\n[[tool.specgen.targets]]\nname = "a"\nversion = "1"\n"""\n'
    with pytest.raises(SpecError) as error:
        set_version(text, "a", "2")
    assert refusal(error) == (
        "pyproject.toml",
        "/tool/specgen/targets (name = 'a')",
        "cannot edit the version line safely; edit it by hand",
    )


ODD = """\
[[ tool.specgen.targets ]]  # spaces, and a comment
name = "a"
version = "1.0.0"

[[ "tool" . specgen."targets" ]]
name = "b"

[tool.specgen]  # not a target
"""


def test_headers_with_spaces_quotes_and_comments_are_targets() -> None:
    assert [ODD[block.header : block.start] for block in target_blocks(ODD)] == [
        "[[ tool.specgen.targets ]]  # spaces, and a comment",
        '[[ "tool" . specgen."targets" ]]',
    ]
    assert set_version(ODD, "a", "2.0.0") == ODD.replace('"1.0.0"', '"2.0.0"')
    assert set_version(ODD, "b", "0.2.0") == ODD.replace(
        'name = "b"\n', 'name = "b"\nversion = "0.2.0"\n'
    )
    assert append_target(ODD, ENTRY.replace('"b"', '"c"'), "pyproject.toml", "c") == ODD.replace(
        'name = "b"\n', 'name = "b"\n\n[[tool.specgen.targets]]\nname = "c"\nversion = "0.1.0"\n'
    )


def test_basic_string_reads_back_as_the_value() -> None:
    value = 'a "b" \\c\td\ne\x7f'
    assert basic_string(value) == '"a \\"b\\" \\\\c\td\\u000Ae\\u007F"'
    assert tomllib.loads(f"x = {basic_string(value)}") == {"x": value}
