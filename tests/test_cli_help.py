"""Every command explains itself: ``--help`` ends in at least one example to copy."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from generator.cli import main


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"specgen {command}" in result.output
