"""The ``specgen`` command line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from generator.config import Target, load_targets
from generator.errors import SpecError
from generator.output import diff_trees, read_tree, write_tree
from generator.pipeline import generate_files

EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3

T = TypeVar("T")


@click.group()
@click.version_option(package_name="specgen")
def main() -> None:
    """Generate typed Python clients from OpenAPI specs, and keep them in step with the specs."""


@main.command()
@click.argument("spec", required=False, type=click.Path(path_type=Path))
@click.option(
    "--overlay", type=click.Path(path_type=Path), help="OpenAPI Overlay 1.0 file to apply."
)
@click.option("--package", help="Import name of the generated package (with SPEC).")
@click.option("--out", type=click.Path(path_type=Path), help="Output folder (with SPEC).")
@click.option(
    "--project",
    type=click.Path(path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder whose pyproject.toml lists the targets.",
)
def generate(
    spec: Path | None, overlay: Path | None, package: str | None, out: Path | None, project: Path
) -> None:
    """Generate every configured target, or one SPEC into --out."""
    targets = _targets(spec, overlay, package, out, project)
    for target in targets:
        files = _guard(lambda target=target: generate_files(target))  # type: ignore[misc]
        _guard(lambda target=target, files=files: write_tree(files, target.out))  # type: ignore[misc]
        click.echo(f"generated {target.out} ({len(files)} files)")


@main.command()
@click.option(
    "--project",
    type=click.Path(path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder whose pyproject.toml lists the targets.",
)
def check(project: Path) -> None:
    """Fail with a diff if generated/ differs from what the specs generate now."""
    drifted = False
    for target in _guard(lambda: load_targets(project)):
        expected = _guard(lambda target=target: generate_files(target))  # type: ignore[misc]
        label = (
            target.out.relative_to(project) if target.out.is_relative_to(project) else target.out
        )
        diff = diff_trees(expected, read_tree(target.out), str(label))
        if diff:
            drifted = True
            click.echo(diff, nl=False)
            click.echo(
                f"{label} is out of date: run `make generate` and commit the result.", err=True
            )
        else:
            click.echo(f"{label} is up to date")
    if drifted:
        sys.exit(EXIT_DRIFT)


def _targets(
    spec: Path | None, overlay: Path | None, package: str | None, out: Path | None, project: Path
) -> list[Target]:
    if spec is None:
        return _guard(lambda: load_targets(project))
    if out is None:
        raise click.UsageError("--out is required with SPEC")
    name = package or spec.stem.replace("-", "_").replace(".", "_")
    return [
        Target(
            name=name,
            spec=spec,
            overlay=overlay,
            package=name,
            distribution=name.replace("_", "-"),
            out=out,
        )
    ]


def _guard(action: Callable[[], T]) -> T:
    """Run ``action``; bad input becomes one line on stderr and exit code 2, never a traceback."""
    try:
        return action()
    except SpecError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except Exception as error:
        message = " ".join(str(error).split())
        click.echo(f"internal error: {type(error).__name__}: {message}", err=True)
        sys.exit(EXIT_INTERNAL)
