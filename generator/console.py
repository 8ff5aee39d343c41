"""What the command line says besides its results, at the level asked for.

``--quiet`` keeps only results (a drift diff, a ``diff`` report, an ``inspect`` table) and
errors; ``--verbose`` adds how long each stage took, why ``check`` could not settle a target
from its lock, and the traceback of an internal error. Details go to stderr.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import click

QUIET, NORMAL, VERBOSE = -1, 0, 1
LEVEL = "specgen.level"  # where the command line keeps the level: its root context's meta


def level() -> int:
    """The level of the command running now; ``NORMAL`` outside the command line."""
    context = click.get_current_context(silent=True)
    return NORMAL if context is None else int(context.find_root().meta.get(LEVEL, NORMAL))


def verbose() -> bool:
    return level() >= VERBOSE


def info(message: str, err: bool = False) -> None:
    """Progress a user wants by default: what was written, what is up to date."""
    if level() >= NORMAL:
        click.echo(message, err=err)


def detail(message: str) -> None:
    """What ``--verbose`` adds."""
    if level() >= VERBOSE:
        click.echo(f"  {message}", err=True)


@contextmanager
def timed(stage: str) -> Iterator[None]:
    """With ``--verbose``, how long ``stage`` took."""
    start = time.perf_counter()
    yield
    detail(f"{stage}: {time.perf_counter() - start:.2f} s")
