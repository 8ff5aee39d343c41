"""Print the before/after table of the peer programs: for each task, the lines of code of the
program as peers' users write it, its mypy --strict and pyright strict error counts, whether it
runs against ``specgen mock``, and the lines of code of the shortest program doing the same that
type-checks against the client as generated before (``before/``), with the same three checks.

Run from the repository root: ``.venv/bin/python -m tests.peer_programs.measure``."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from tests.peer_harness import (
    TASKS,
    lines_of_code,
    mock_server,
    mypy_errors,
    printed_in_order,
    pyright_errors,
    run_programs,
)

COLUMNS = (
    "task",
    "LOC idiomatic",
    "mypy errors",
    "pyright errors",
    "runs?",
    "LOC before (type-clean workaround)",
    "before: mypy / pyright / runs?",
)


def main() -> None:
    programs = [task.program for task in TASKS]
    befores = [task.before for task in TASKS if task.before.exists()]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        # Two mypy runs: a program and its "before" share a module name.
        mypy = {**mypy_errors(programs, str(work)), **mypy_errors(befores, str(work))}
        pyright = (
            pyright_errors([*programs, *befores], work)
            if importlib.util.find_spec("pyright") is not None
            else None
        )
        with mock_server(work / "mock.log") as base_url:
            runs = run_programs([*programs, *befores], base_url)

    def counts(path: Path) -> tuple[str, str, str]:
        run = runs[path]
        task = next(t for t in TASKS if path in (t.program, t.before))
        runs_ok = run.returncode == 0 and printed_in_order(run.stdout, task.expected)
        checked = "n/a" if pyright is None else str(len(pyright[path]))
        return str(len(mypy[path])), checked, "yes" if runs_ok else "NO"

    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for number, task in enumerate(TASKS, start=1):
        row = [f"{number}. {task.title}", str(lines_of_code(task.program)), *counts(task.program)]
        if task.before.exists():
            row += [str(lines_of_code(task.before)), " / ".join(counts(task.before))]
        else:
            row += ["-", "-"]
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
