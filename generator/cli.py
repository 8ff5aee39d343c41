"""The ``specgen`` command line."""

from __future__ import annotations

import os
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from generator import console
from generator.config import Target, find_target, load_targets, out_problem, package_problem
from generator.errors import SpecError, SpecErrors, SpecWarning

if TYPE_CHECKING:  # the diff machinery is imported by the commands that use it
    from generator.diff.changes import Level
    from generator.diff.report import Format

EXIT_DRIFT = 1
EXIT_CHANGES = 1  # diff --fail-on
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
JOBS = os.cpu_count() or 1  # processes that may format a large package
F = Callable[..., object]


def _set_quiet(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        _set_level(ctx, console.QUIET)


def _set_verbose(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        _set_level(ctx, console.VERBOSE)


def _set_level(ctx: click.Context, level: int) -> None:
    if ctx.find_root().meta.setdefault(console.LEVEL, level) != level:
        raise click.UsageError("--quiet and --verbose exclude each other")


def verbosity(command: F) -> F:
    """-q/--quiet and -v/--verbose, accepted before the command name or after it."""
    command = click.option(
        "-v",
        "--verbose",
        is_flag=True,
        expose_value=False,
        callback=_set_verbose,
        help="Add timings, why check renders, tracebacks (stderr).",
    )(command)
    return click.option(
        "-q",
        "--quiet",
        is_flag=True,
        expose_value=False,
        callback=_set_quiet,
        help="Say nothing but results and errors.",
    )(command)


project_option = click.option(
    "--project",
    type=click.Path(path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder whose pyproject.toml lists the targets.",
)


targets_option = click.option(
    "--target",
    "target_names",
    multiple=True,
    metavar="NAME",
    help="Only this configured target (repeatable; default: all).",
)


fresh_names_option = click.option(
    "--fresh-names",
    is_flag=True,
    help="Name every method and type by the rules, not as api.json shipped them (a new major).",
)


@click.group()
@click.version_option(package_name="specgen")
@verbosity
def main() -> None:
    """Generate typed Python clients from OpenAPI specs, and keep them in step with the specs.

    Exit codes: 0 done; 1 drift found (check) or a change at the --fail-on level (diff);
    2 bad input (one line naming the file and JSON pointer); 3 an internal error.
    """


@main.command()
@verbosity
@click.argument("name")
@click.option(
    "--spec",
    "spec",
    required=True,
    type=click.Path(path_type=Path),
    help="The API's OpenAPI spec, vendored byte for byte.",
)
@click.option("--package", help="Import name of the package (default: NAME, '-' as '_').")
@click.option("--distribution", help="pip name of the package (default: --package, '_' as '-').")
@project_option
def init(
    name: str, spec: Path, package: str | None, distribution: str | None, project: Path
) -> None:
    """Add a generation target NAME for a new API, ready for `make generate`.

    Vendors SPEC as specs/NAME.<json|yaml>, writes an overlay stub specs/NAME.overlay.yaml,
    and appends a [[tool.specgen.targets]] entry (out generated/NAME, version 0.1.0) to
    pyproject.toml. Nothing is written when NAME exists, a file is in the way or SPEC does not
    load (exit 2).

    \b
    Example:
        specgen init petstore --spec ~/Downloads/petstore.yaml
        make generate
    """
    from generator.project.init import init as run_init

    with reporting_errors():
        run_init(project, name, spec, package, distribution, echo=console.info)


@main.command()
@verbosity
@click.argument("spec", required=False, type=click.Path(path_type=Path))
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay 1.0 file to apply.")
@click.option("--package", help="Import name of the generated package (with SPEC).")
@click.option("--out", type=click.Path(path_type=Path), help="Output folder (with SPEC).")
@fresh_names_option
@targets_option
@project_option
def generate(
    spec: Path | None,
    overlay: Path | None,
    package: str | None,
    out: Path | None,
    fresh_names: bool,
    target_names: tuple[str, ...],
    project: Path,
) -> None:
    """Generate every configured target, or one SPEC into --out.

    Names the package already ships (its api.json) are kept; --fresh-names names everything by
    the rules again, for a new major version.
    Exit 0 when written, 2 on bad input (one line naming the file and JSON pointer; the output
    folder is left as it was). An existing --out is replaced only when specgen wrote it (it
    holds specgen.lock) or it is empty; every target of a run is replaced in one step.

    \b
    Examples:
        specgen generate
        specgen generate --target claude
        specgen generate openapi.yaml --out build/client --package my_client
    """
    if spec is not None and out is None:
        raise click.UsageError("--out is required with SPEC")
    if spec is not None and target_names:
        raise click.UsageError("--target chooses configured targets: not with SPEC")
    from generator.project.journal import ending_by_exception
    from generator.project.output import write_trees
    from generator.project.pipeline import generate_files

    with reporting_errors(), ending_by_exception():
        if spec is None:
            targets = _selected(project, target_names, _recovered(project))
        else:
            targets = [_checked_ad_hoc(spec, overlay, package, out)]
        # Every target is rendered, then all are written in one step: a run stopped at any
        # moment leaves them all as they were, or all new.
        trees = []
        for target in targets:
            console.detail(f"{target.name}: {target.spec}")
            trees.append((target.out, generate_files(target, jobs=JOBS, fresh_names=fresh_names)))
        with console.timed("write"):
            write_trees(trees, project)
        for target_out, files in trees:
            console.info(f"generated {target_out} ({len(files)} files)")


@main.command()
@verbosity
@click.option(
    "--full", is_flag=True, help="Render and compare even where specgen.lock shows no change."
)
@targets_option
@project_option
def check(full: bool, target_names: tuple[str, ...], project: Path) -> None:
    """Fail with a diff if generated/ differs from what the specs generate now.

    Where a target's specgen.lock matches every input and output file as they are, nothing can
    have changed and rendering is skipped; anything else is rendered and compared.
    Exit 0 when up to date, 1 on drift (the diff is printed), 2 on bad input.

    \b
    Example:
        specgen check || make generate
    """
    # Imported here: a check that the lock settles needs neither the loader nor the renderer.
    from generator.project import lock
    from generator.project.output import diff_trees, read_tree

    drifted = False
    with reporting_errors():
        targets = _selected(project, target_names, _recovered(project))
        kit = None if full else lock.toolkit()
        for target in targets:
            label = (
                target.out.relative_to(project)
                if target.out.is_relative_to(project)
                else target.out
            )
            reason = "--full" if kit is None else lock.stale_reason(target, kit)
            if reason is None:
                console.info(f"{label} is up to date")
                continue
            console.detail(f"{label}: rendering, as the lock does not settle it: {reason}")
            from generator.project.pipeline import generate_files

            diff = diff_trees(generate_files(target, jobs=JOBS), read_tree(target.out), str(label))
            if diff:
                drifted = True
                click.echo(diff, nl=False)
                click.echo(f"{label} is out of date: run `make generate` and commit it.", err=True)
            else:
                console.info(f"{label} is up to date")
    if drifted:
        sys.exit(EXIT_DRIFT)


@main.command()
@verbosity
@click.argument("spec", type=click.Path(path_type=Path))
@click.option("--overlay", type=click.Path(path_type=Path), help="Overlay 1.0 file to apply.")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to listen on (loopback)."
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=4010, show_default=True, help="0: any free."
)
@click.option("--seed", type=int, help="Vary the answers, reproducibly, from this seed.")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=0.02,
    show_default=True,
    help="Seconds between streamed events.",
)
@click.option(
    "--max-body-bytes",
    type=click.IntRange(min=0),
    default=10 * 1024 * 1024,
    show_default=True,
    help="Larger request bodies are answered 413.",
)
@click.option(
    "--request-timeout",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="Seconds a client has to send a request's headers, then its body.",
)
def mock(
    spec: Path,
    overlay: Path | None,
    host: str,
    port: int,
    seed: int | None,
    delay: float,
    max_body_bytes: int,
    request_timeout: int,
) -> None:
    """Serve a mock of SPEC's API: validated requests, example answers, live event streams.

    Without --overlay, SPEC's sibling ``<name>.overlay.yaml`` applies when there is one.

    Prints `mock server listening on http://HOST:PORT` once it accepts connections.

    \b
    Example:
        specgen mock specs/claude.json --port 4010 --seed 7
    """
    # Imported here: generate and check need no web server stack.
    from generator.mock import Limits, is_loopback, listen, serve
    from generator.project.pipeline import build_target

    sibling = spec.with_name(f"{spec.stem}.overlay.yaml")
    if overlay is None and sibling.is_file():
        # The overlay declares the streams and fixes of a vendored spec: serve what we generate.
        console.info(f"using the overlay beside the spec: {sibling}", err=True)
        overlay = sibling
    with reporting_errors():
        # Names do not matter to the server: no API listing is read.
        api = build_target(_ad_hoc(spec, overlay, None, Path(".")), fresh_names=True)
    try:
        sock = listen(host, port)
    except OSError as error:
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {error.strerror or error}"
        ) from None
    if not is_loopback(host):
        click.echo(f"warning: the mock server is reachable from outside on {host}", err=True)
    limits = Limits(max_body_bytes=max_body_bytes, timeout=request_timeout)
    serve(api, sock=sock, seed=seed, delay=delay, limits=limits)


@main.command()
@verbosity
@click.argument("old")
@click.argument("new")
@click.option("--overlay", help="Overlay 1.0 file for both sides.")
@click.option("--old-overlay", help="Overlay for OLD only (a file or git:REV:path).")
@click.option("--new-overlay", help="Overlay for NEW only (a file or git:REV:path).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json", "github"]),
    default="text",
    show_default=True,
    help="text for a terminal, markdown for a changelog, json, github for annotations.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["breaking", "warning", "info"]),
    help="Exit 1 when a change (wire or SDK) is at this level or above.",
)
@project_option
def diff(
    old: str,
    new: str,
    overlay: str | None,
    old_overlay: str | None,
    new_overlay: str | None,
    fmt: Format,
    fail_on: Level | None,
    project: Path,
) -> None:
    """Compare two versions of a spec: what changes on the wire, and for SDK callers.

    OLD and NEW are spec files or git:REV:path (read with `git show` in --project). When one of
    them is a configured target's spec, each side takes the target's overlay as it was at that
    revision, names are kept as the target's api.json ships them, and an OLD that is the
    target's spec is represented by the API listing committed with it (so overlay, template
    and generator changes are in the SDK verdict too).
    Exit 0, or 1 with --fail-on and a change at that level; 2 when a spec does not load.

    \b
    Examples:
        specgen diff git:main:specs/claude.json specs/claude.json --fail-on breaking
        specgen diff old.json new.json --format markdown > CHANGES.md
        specgen diff old.json new.json --old-overlay old.overlay.yaml --new-overlay new.yaml
    """
    from generator.diff import compare
    from generator.diff.report import render_report
    from generator.diff.sources import load_source, source_path, target_of

    with reporting_errors():
        sides = target_of(old, new, project, overlay, old_overlay, new_overlay)
        old_spec = load_source(old, sides.old_overlay, project)
        new_spec = load_source(new, sides.new_overlay, project)
        target = sides.target or _ad_hoc(source_path(new), None, None, Path("."))
        report = compare(old_spec, new_spec, target, sides.shipped, sides.old_surface)
    color = fmt == "text" and _colors()
    click.echo(render_report(report, fmt, old, new, color), nl=False)
    if fail_on is not None and report.at_least(fail_on):
        sys.exit(EXIT_CHANGES)


@main.command()
@verbosity
@click.argument("new_spec", type=click.Path(path_type=Path))
@click.option("--target", "target_name", help="Target to update (default: the only one).")
@click.option(
    "--date",
    "day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Date of the changelog entry (default: today).",
)
@fresh_names_option
@project_option
def update(
    new_spec: Path,
    target_name: str | None,
    day: datetime | None,
    fresh_names: bool,
    project: Path,
) -> None:
    """Vendor NEW_SPEC as the target's spec, report the diff, bump the version, regenerate.

    The version goes up a major step when the SDK or the wire breaks, a minor one when anything
    else changed, a patch otherwise; the changelog gets the diff as its newest entry.
    Exit 0 when done (or nothing to do), 2 on bad input; nothing is left half-changed.

    \b
    Example:
        specgen update ~/Downloads/claude.json --target claude
    """
    from generator.project.journal import ending_by_exception
    from generator.project.update import update as run_update

    with reporting_errors(), ending_by_exception():
        _recovered(project)
        run_update(
            project,
            new_spec,
            target_name,
            (day or datetime.now()).date(),
            echo=console.info,
            color=_colors(),
            fresh_names=fresh_names,
        )


@main.command()
@verbosity
@click.argument("target_name", metavar="[TARGET]", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@project_option
def inspect(target_name: str | None, as_json: bool, project: Path) -> None:
    """Show how the spec maps to the SDK, for every target or only TARGET.

    Each operation is listed as client.<resource>.<method> with its HTTP method and path, return
    type, stream and error classes; each model and enum with the JSON pointer of the schema it
    came from and whether its name came from a naming rule or the overlay (x-specgen-name).

    Exit 0, or 2 on bad input (an unknown TARGET, a spec that does not load).

    \b
    Example:
        specgen inspect claude --json
    """
    from generator.project.inspection import render_json, render_text, report
    from generator.project.pipeline import build_target

    with reporting_errors():
        targets = _selected(project, [target_name] if target_name else [])
        reports = [report(build_target(target), target.name) for target in targets]
        click.echo((render_json if as_json else render_text)(reports), nl=False)


def _selected(
    project: Path, names: Sequence[str], targets: list[Target] | None = None
) -> list[Target]:
    """The configured targets (``targets``, else read) called ``names``, in that order; all of
    them without names."""
    targets = load_targets(project) if targets is None else targets
    return [find_target(targets, name, project) for name in names] if names else targets


def _recovered(project: Path) -> list[Target]:
    """The configured targets, once whatever an interrupted run left (its journal, or the
    leftovers of an older specgen) is put right."""
    from generator.project import journal

    journal.recover(project)  # first: an interrupted update may be editing pyproject.toml
    targets = load_targets(project)
    for folder in dict.fromkeys(target.out.parent for target in targets):
        journal.recover(folder)
    journal.sweep(target.out for target in targets)
    return targets


def _checked_ad_hoc(
    spec: Path, overlay: Path | None, package: str | None, out: Path | None
) -> Target:
    """The target of ``generate SPEC --out OUT``, refused (``SpecError``) where its package
    name cannot name a folder or OUT would hold an input; what an interrupted run left in
    OUT's folder is put right."""
    from generator.project import journal

    target = _ad_hoc(spec, overlay, package, out)
    problem = package_problem(target.package)
    if problem is not None:
        if package is None:  # named after the spec's file
            raise SpecError(str(spec), "", f"{problem}: give one with --package")
        raise SpecError("--package", "", problem)
    problem = out_problem(target, [target], None)
    if problem is not None:
        raise SpecError(str(target.out), "", problem)
    journal.recover(target.out.parent)
    journal.sweep([target.out])
    return target


def _colors() -> bool:
    """ANSI colours on a terminal, unless NO_COLOR is set (https://no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _ad_hoc(spec: Path, overlay: Path | None, package: str | None, out: Path | None) -> Target:
    """A target for one spec given on the command line."""
    assert out is not None
    name = package or spec.stem.replace("-", "_").replace(".", "_")
    distribution = name.replace("_", "-")
    return Target(
        name=name, spec=spec, overlay=overlay, package=name, distribution=distribution, out=out
    )


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Bad input becomes one line per problem on stderr and exit code 2, never a traceback;
    what the toolkit works around (``SpecWarning``) one line each too, as it is found."""

    with warnings.catch_warnings():
        warnings.simplefilter("always", SpecWarning)
        shown = warnings.showwarning

        def show(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
            if issubclass(category, SpecWarning):
                click.echo(f"warning: {message}", err=True)
            else:
                shown(message, category, *args, **kw)

        warnings.showwarning = show
        with _exiting_on_errors():
            yield


@contextmanager
def _exiting_on_errors() -> Iterator[None]:
    try:
        yield
    except SpecError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except SpecErrors as errors:
        for problem in errors.errors:
            click.echo(f"error: {problem}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except click.ClickException:
        raise
    except Exception as error:  # the promise is one line, never a traceback ...
        if console.verbose():  # ... unless asked for, to report the bug
            traceback.print_exc()
        message = " ".join(str(error).split())
        click.echo(f"internal error: {type(error).__name__}: {message}", err=True)
        sys.exit(EXIT_INTERNAL)
