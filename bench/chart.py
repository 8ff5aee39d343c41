"""Generation time against spec size, log-log, one line per tool: ``chart.py DATA.json OUT.png``.

Run by ``bench/run.py`` with the interpreter of a bench venv that has matplotlib. DATA is
``{"sizes": [10, 100, 1000], "tools": {tool: [seconds or null, ...]}, "claude": {tool: s},
"reference": [operations, seconds]}``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # after choosing the backend

MARKERS = ("o", "s", "^", "D")


def main() -> None:
    data = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    out = Path(sys.argv[2])
    sizes = data["sizes"]
    figure, axes = plt.subplots(figsize=(7, 4.5), dpi=120)
    for index, (tool, seconds) in enumerate(sorted(data["tools"].items())):
        points = [(n, s) for n, s in zip(sizes, seconds, strict=True) if s is not None]
        if not points:
            continue
        marker = MARKERS[index % len(MARKERS)]
        line = axes.plot(*zip(*points, strict=True), marker=marker, label=tool)[0]
        claude = data.get("claude", {}).get(tool)
        if claude is not None:
            axes.plot([3], [claude], marker=marker, fillstyle="none", color=line.get_color())
    reference = data.get("reference")  # [operations, seconds]: linear growth through it
    if reference and sizes:
        x0, y0 = reference
        xs = [sizes[0], sizes[-1]]
        axes.plot(
            xs,
            [y0 * x / x0 for x in xs],
            linestyle=":",
            color="grey",
            label="linear growth (through specgen at 100)",
        )
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("operations in the spec (hollow markers at 3: specs/claude.json)")
    axes.set_ylabel("generation time, s (median, one process run)")
    axes.set_title("Generation time against spec size")
    axes.grid(True, which="both", linewidth=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(out)


if __name__ == "__main__":
    main()
