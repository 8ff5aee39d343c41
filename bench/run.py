"""``make bench``: specgen against its contenders, one process run per measurement.

Every comparison alternates its contenders (the order rotates each repetition) and reports
medians and the ratio, in the same run:

- generation: ``specgen generate`` vs openapi-python-client (``generate --meta none``) vs
  datamodel-code-generator (models only) on specs/claude.json and on synthetic specs of 10, 100
  and 1,000 operations (``bench/synthetic.py``);
- drift check: ``specgen check`` with nothing changed (the lock settles it) and ``--full``,
  against openapi-python-client's generate;
- runtime, against ``bench/server.py`` on 127.0.0.1: per-request overhead of the generated client
  vs the ``openai`` SDK vs bare ``httpx`` (the floor), SSE decoding of 10,000 chunks, cold import
  time, peak memory (``bench/runtime.py``, one process per measurement).

Contenders live in their own virtual environments under ``bench/.venvs/`` (made once, kept);
scratch output under ``bench/.work/``. Writes ``bench/results.md`` and ``bench/generation.png``
and prints the table. Where a target is missed, a profile of specgen's side is taken and its top
costs go into the results.

    python bench/run.py [--quick] [--reps N] [--skip-runtime] [--skip-generation]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
VENVS = BENCH / ".venvs"
WORK = BENCH / ".work"
LOGS = WORK / "logs"
PROFILES = WORK / "profiles"
SNAPSHOT = WORK / "project"  # the project as it was when the bench started
RESULTS = BENCH / "results.md"
CHART = BENCH / "generation.png"
sys.path.insert(0, str(BENCH))

import synthetic  # noqa: E402  (beside this file)

OPC = "openapi-python-client"
DCG = "datamodel-code-generator"
OPENAI = "openai"
SPECGEN = "specgen"
# Pinned contenders, one venv each; the generated claude package goes into the openai venv so
# that both clients run under the same interpreter.
VENV_REQUIREMENTS: dict[str, list[str]] = {
    OPC: ["openapi-python-client==0.29.1"],
    DCG: ["datamodel-code-generator==0.89.0"],
    OPENAI: ["openai==3.57.0", "matplotlib==3.11.2", "pyinstrument==5.1.3"],
}
VENV_EDITABLE: dict[str, list[Path]] = {OPENAI: [ROOT / "generated" / "claude"]}

CLAUDE_SPEC = SNAPSHOT / "specs" / "claude.json"
CLAUDE_OVERLAY = SNAPSHOT / "specs" / "claude.overlay.yaml"
REQUESTS = 2000


@dataclass
class Options:
    reps: int = 5  # claude.json, runtime rows
    reps_10: int = 3
    reps_100: int = 3
    reps_1000: int = 1
    sizes: tuple[int, ...] = synthetic.SIZES
    import_reps: int = 9
    check_full_reps: int = 2
    runtime: bool = True
    generation: bool = True


@dataclass
class Row:
    name: str
    specgen: str
    contender: str
    ratio: float | None
    target: str
    met: bool | None
    note: str = ""


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    chart: dict[str, Any] = field(default_factory=dict)


# -- processes --------------------------------------------------------------------------------


def log(message: str) -> None:
    print(message, flush=True)


def run_timed(argv: Sequence[str | Path], label: str, env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of one process run; raises with the log's tail if it fails."""
    LOGS.mkdir(parents=True, exist_ok=True)
    logfile = LOGS / f"{re.sub(r'[^A-Za-z0-9.-]+', '_', label)}.log"
    with logfile.open("wb") as output:
        start = time.perf_counter()
        process = subprocess.run(
            [str(part) for part in argv],
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=WORK,
            env=env,
            check=False,
        )
        elapsed = time.perf_counter() - start
    if process.returncode != 0:
        tail = logfile.read_text("utf-8", errors="replace")[-2000:]
        raise RuntimeError(f"{label} exited {process.returncode}:\n{tail}")
    return elapsed


def run_json(argv: Sequence[str | Path], label: str) -> dict[str, Any]:
    process = subprocess.run(
        [str(part) for part in argv], capture_output=True, text=True, cwd=WORK, check=False
    )
    if process.returncode != 0:
        raise RuntimeError(f"{label} exited {process.returncode}:\n{process.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(process.stdout.strip().splitlines()[-1])
    return result


def alternate(
    contenders: dict[str, Callable[[], float]], reps: int, label: str
) -> dict[str, list[float]]:
    """Each contender ``reps`` times, the order rotated every repetition."""
    names = list(contenders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for rep in range(reps):
        order = names[rep % len(names) :] + names[: rep % len(names)]
        for name in order:
            samples[name].append(contenders[name]())
        summary = ", ".join(f"{name} {samples[name][-1]:.3g}" for name in names)
        log(f"  {label} rep {rep + 1}/{reps}: {summary}")
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# -- venvs ------------------------------------------------------------------------------------


def venv_python(name: str) -> Path:
    return VENVS / name / "bin" / "python"


def ensure_venv(name: str) -> Path:
    """The venv of one contender, made and installed once; kept while its pins are the same."""
    venv = VENVS / name
    python = venv_python(name)
    editable = [str(path) for path in VENV_EDITABLE.get(name, [])]
    wanted = "\n".join([*VENV_REQUIREMENTS[name], *(f"-e {path}" for path in editable)]) + "\n"
    marker = venv / ".bench-installed"
    if python.exists() and marker.exists() and marker.read_text("utf-8") == wanted:
        return python
    LOGS.mkdir(parents=True, exist_ok=True)
    logfile = LOGS / f"venv-{name}.log"
    with logfile.open("wb") as output:

        def step(*argv: str | Path) -> None:
            result = subprocess.run(
                [str(part) for part in argv], stdout=output, stderr=subprocess.STDOUT, check=False
            )
            if result.returncode != 0:
                tail = logfile.read_text("utf-8", errors="replace")[-3000:]
                raise RuntimeError(f"installing the {name} venv failed:\n{tail}")

        if not python.exists():
            step(sys.executable, "-m", "venv", venv)
        pip = (python, "-m", "pip", "install", "-q", "--disable-pip-version-check")
        step(*pip, *VENV_REQUIREMENTS[name])
        for path in editable:
            step(*pip, "-e", path)
    marker.write_text(wanted, encoding="utf-8")
    return python


def ensure_venvs(names: Sequence[str]) -> dict[str, Path]:
    start = time.perf_counter()
    missing = [name for name in names if not (VENVS / name / ".bench-installed").exists()]
    if missing:
        log(f"creating bench venvs (once): {', '.join(missing)}")
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(names)) as pool:
        pythons = dict(zip(names, pool.map(ensure_venv, names), strict=True))
    if missing:
        log(f"  venvs ready in {time.perf_counter() - start:.0f} s")
    return pythons


def tool_version(python: Path, distribution: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({distribution!r}))"
    result = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    return result.stdout.strip() or "?"


# -- generation -------------------------------------------------------------------------------


def specgen_command() -> list[str | Path]:
    script = Path(sys.executable).parent / "specgen"
    return [script] if script.exists() else [sys.executable, "-m", "generator"]


def specgen_env() -> dict[str, str]:
    """specgen runs from the snapshot (``snapshot()``): edits to the working tree while the bench
    runs change neither what is measured nor the locks ``check`` verifies."""
    return dict(os.environ, PYTHONPATH=str(SNAPSHOT))


def generators(spec: Path, label: str, overlay: Path | None) -> dict[str, Callable[[], float]]:
    opc_bin = VENVS / OPC / "bin"
    opc_env = dict(os.environ, PATH=f"{opc_bin}{os.pathsep}{os.environ.get('PATH', '')}")
    package = "acedatacloud_claude" if label == "claude" else f"synthetic_{label}"
    gen = WORK / "gen"
    specgen_argv = [
        *specgen_command(),
        "generate",
        spec,
        "--out",
        gen / f"specgen-{label}",
        "--package",
        package,
        *(["--overlay", overlay] if overlay else []),
    ]
    opc_argv = [
        opc_bin / "openapi-python-client",
        "generate",
        "--path",
        spec,
        "--meta",
        "none",
        "--output-path",
        gen / f"opc-{label}",
        "--overwrite",
    ]
    dcg_argv = [
        VENVS / DCG / "bin" / "datamodel-codegen",
        "--input",
        spec,
        "--input-file-type",
        "openapi",
        "--openapi-scopes",
        "schemas",
        "paths",
        "--output",
        gen / f"dcg-{label}.py",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--target-python-version",
        "3.11",
        "--formatters",
        "black",
        "isort",
    ]
    gen.mkdir(parents=True, exist_ok=True)
    return {
        SPECGEN: lambda: run_timed(specgen_argv, f"specgen-{label}", env=specgen_env()),
        OPC: lambda: run_timed(opc_argv, f"opc-{label}", env=opc_env),
        DCG: lambda: run_timed(dcg_argv, f"dcg-{label}"),
    }


def snapshot() -> Path:
    """A copy of the project (configuration, specs, generator, templates, generated/), its
    locks made fresh by one ``generate``: every specgen run of the bench uses its generator,
    and ``check`` runs on it."""
    project = SNAPSHOT
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    caches = shutil.ignore_patterns("__pycache__", ".*_cache", "build", "dist", "*.egg-info")
    for folder in ("specs", "generator", "templates", "generated"):
        shutil.copytree(ROOT / folder, project / folder, ignore=caches)
    argv = [*specgen_command(), "generate", "--project", project]
    run_timed(argv, "snapshot-generate", env=specgen_env())
    return project


def bench_generation(options: Options, results: Results) -> dict[str, float]:
    log("generation: specs/claude.json")
    project = SNAPSHOT
    check_argv = [*specgen_command(), "check", "--project", project]
    full_argv = [*specgen_command(), "check", "--full", "--project", project]
    contenders = generators(CLAUDE_SPEC, "claude", CLAUDE_OVERLAY)
    contenders["specgen check"] = lambda: run_timed(check_argv, "specgen-check", specgen_env())
    claude = alternate(contenders, options.reps, "claude.json")
    full = [
        run_timed(full_argv, "specgen-check-full", specgen_env())
        for _ in range(options.check_full_reps)
    ]
    medians = {name: median(values) for name, values in claude.items()}
    opc = medians[OPC]
    ratio = medians[SPECGEN] / opc
    results.rows.append(
        Row(
            "generate specs/claude.json (formats, emits tests)",
            f"{medians[SPECGEN]:.2f} s",
            f"{OPC} {opc:.2f} s",
            ratio,
            "≤ 1.0x",
            ratio <= 1.0,
        )
    )
    results.rows.append(
        Row(
            "generate specs/claude.json, vs models only",
            f"{medians[SPECGEN]:.2f} s",
            f"{DCG} {medians[DCG]:.2f} s",
            medians[SPECGEN] / medians[DCG],
            "—",
            None,
        )
    )
    check = medians["specgen check"]
    results.rows.append(
        Row(
            "`check`, nothing changed (lock), 3 targets",
            f"{check:.3f} s",
            f"{OPC} generate {opc:.2f} s",
            check / opc,
            "≤ 0.3x",
            check / opc <= 0.3,
        )
    )
    results.rows.append(
        Row(
            "`check --full` (render and diff), 3 targets",
            f"{median(full):.2f} s",
            f"{OPC} generate {opc:.2f} s",
            median(full) / opc,
            "—",
            None,
        )
    )
    results.chart["claude"] = {
        name: value for name, value in medians.items() if name in (SPECGEN, OPC, DCG)
    }

    folder = WORK / "specs"
    by_size: dict[int, dict[str, float]] = {}
    for size in options.sizes:
        spec = synthetic.write(size, folder)
        reps = {10: options.reps_10, 100: options.reps_100, 1000: options.reps_1000}.get(
            size, options.reps
        )
        log(f"generation: synthetic spec, {size} operations ({spec.stat().st_size:,} bytes)")
        samples = alternate(generators(spec, str(size), None), reps, f"{size} ops")
        by_size[size] = {name: median(values) for name, values in samples.items()}
        m = by_size[size]
        results.rows.append(
            Row(
                f"generate synthetic, {size} operations (n={reps})",
                f"{m[SPECGEN]:.2f} s",
                f"{OPC} {m[OPC]:.2f} s; {DCG} {m[DCG]:.2f} s",
                m[SPECGEN] / m[OPC],
                "1,000 generates" if size == 1000 else "—",
                True if size == 1000 else None,
            )
        )
    sizes = sorted(by_size)
    if len(sizes) >= 2:
        small, large = sizes[-2], sizes[-1]
        growth = {name: by_size[large][name] / by_size[small][name] for name in by_size[large]}
        scale = large / small
        results.rows.append(
            Row(
                f"growth of generate time, {small} → {large} operations",
                f"x{growth[SPECGEN]:.2f}",
                f"{OPC} x{growth[OPC]:.2f}; {DCG} x{growth[DCG]:.2f}",
                growth[SPECGEN] / scale,
                f"≤ x{scale:g} (linear)",
                growth[SPECGEN] <= scale,
                note="ratio: specgen's growth ÷ the size ratio",
            )
        )
    table = ["| operations | " + " | ".join((SPECGEN, OPC, DCG)) + " |", "|---|---|---|---|"]
    for size in sizes:
        table.append(
            f"| {size} | "
            + " | ".join(f"{by_size[size][t]:.2f} s" for t in (SPECGEN, OPC, DCG))
            + " |"
        )
    results.sections.append("### Generation time by spec size (medians)\n\n" + "\n".join(table))
    results.chart["sizes"] = sizes
    results.chart["tools"] = {t: [by_size[n].get(t) for n in sizes] for t in (SPECGEN, OPC, DCG)}
    if 100 in by_size:
        results.chart["reference"] = [100, by_size[100][SPECGEN]]
    return medians


# -- runtime ----------------------------------------------------------------------------------


class Server:
    def __init__(self, python: Path) -> None:
        self.process = subprocess.Popen(
            [str(python), str(BENCH / "server.py"), "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        match = re.match(r"listening on (\d+)", line)
        if not match:
            self.process.kill()
            raise RuntimeError(f"the bench server did not start: {line!r}")
        self.port = int(match.group(1))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def bench_runtime(options: Options, python: Path, results: Results) -> None:
    runtime = BENCH / "runtime.py"
    server = Server(python)
    try:
        port = str(server.port)
        log(f"runtime: {REQUESTS} chat completions per process, server on 127.0.0.1:{port}")
        memory: dict[str, list[float]] = {}  # peak RSS of each run, by measurement and client

        def requests(client: str) -> Callable[[], float]:
            def measure() -> float:
                argv = [python, runtime, "request", client, "--port", port]
                result = run_json([*argv, "--count", str(REQUESTS)], f"request {client}")
                memory.setdefault(f"request {client}", []).append(result["rss_mb"])
                return float(result["us_per_request"])

            return measure

        clients = (SPECGEN, OPENAI, "httpx", "httpx2")
        per_request = alternate(
            {client: requests(client) for client in clients}, options.reps, "µs/request"
        )
        us = {client: median(values) for client, values in per_request.items()}
        vs_openai = us[SPECGEN] / us[OPENAI]
        vs_floor = us[SPECGEN] / us["httpx"]
        results.rows.append(
            Row(
                "per-request overhead vs openai",
                f"{us[SPECGEN]:.0f} µs",
                f"openai {us[OPENAI]:.0f} µs",
                vs_openai,
                "≤ 0.8x",
                vs_openai <= 0.8,
            )
        )
        results.rows.append(
            Row(
                "per-request overhead vs bare httpx (floor)",
                f"{us[SPECGEN]:.0f} µs",
                f"httpx.Client.post + json.loads {us['httpx']:.0f} µs",
                vs_floor,
                "≤ 1.2x",
                vs_floor <= 1.2,
                note=f"openai runs on httpx2; its bare floor: {us['httpx2']:.0f} µs",
            )
        )

        log("runtime: SSE, one stream of 10,000 chat-completion chunks per process")

        def sse(client: str) -> Callable[[], float]:
            def measure() -> float:
                result = run_json([python, runtime, "sse", client, "--port", port], f"sse {client}")
                memory.setdefault(f"sse {client}", []).append(result["rss_mb"])
                assert result["chunks"] >= 10_000, result
                return float(result["chunks_per_second"])

            return measure

        streams = alternate(
            {client: sse(client) for client in (SPECGEN, OPENAI)}, options.reps, "chunks/s"
        )
        rate = {client: median(values) for client, values in streams.items()}
        speedup = rate[SPECGEN] / rate[OPENAI]
        results.rows.append(
            Row(
                "SSE decoding, 10,000 chunks (chunks/s)",
                f"{rate[SPECGEN]:,.0f}/s",
                f"openai {rate[OPENAI]:,.0f}/s",
                speedup,
                "≥ 1.5x",
                speedup >= 1.5,
                note="ratio: specgen's throughput ÷ openai's",
            )
        )
    finally:
        server.stop()

    log("runtime: cold import, a fresh process each")
    modules = {SPECGEN: "acedatacloud_claude", OPENAI: "openai"}
    for module in modules.values():  # compile the .pyc files first: not part of a cold import
        run_json([python, runtime, "import", module], f"import {module}")

    def importing(module: str, client: str) -> Callable[[], float]:
        def measure() -> float:
            result = run_json([python, runtime, "import", module], f"import {module}")
            memory.setdefault(f"import {client}", []).append(result["rss_mb"])
            return float(result["seconds"])

        return measure

    imports = alternate(
        {client: importing(module, client) for client, module in modules.items()},
        options.import_reps,
        "import s",
    )
    seconds = {client: median(values) for client, values in imports.items()}
    ratio = seconds[SPECGEN] / seconds[OPENAI]
    results.rows.append(
        Row(
            "cold import (`import acedatacloud_claude` vs `import openai`)",
            f"{seconds[SPECGEN] * 1000:.0f} ms",
            f"openai {seconds[OPENAI] * 1000:.0f} ms",
            ratio,
            "≤ 0.5x",
            ratio <= 0.5,
        )
    )
    peak = {name: median(values) for name, values in memory.items()}
    for what, label in (("request", f"{REQUESTS} requests"), ("sse", "SSE stream")):
        results.rows.append(
            Row(
                f"peak memory (RSS), {label}",
                f"{peak[f'{what} {SPECGEN}']:.1f} MB",
                f"openai {peak[f'{what} {OPENAI}']:.1f} MB"
                + (f"; httpx {peak['request httpx']:.1f} MB" if what == "request" else ""),
                peak[f"{what} {SPECGEN}"] / peak[f"{what} {OPENAI}"],
                "—",
                None,
            )
        )
    results.rows.append(
        Row(
            "peak memory (RSS), after import only",
            f"{peak[f'import {SPECGEN}']:.1f} MB",
            f"openai {peak[f'import {OPENAI}']:.1f} MB",
            peak[f"import {SPECGEN}"] / peak[f"import {OPENAI}"],
            "—",
            None,
        )
    )


# -- profiles of missed targets ---------------------------------------------------------------


def profile_generation(results: Results) -> None:
    PROFILES.mkdir(parents=True, exist_ok=True)
    output = PROFILES / "generate-claude.prof"
    argv = [
        sys.executable,
        "-m",
        "cProfile",
        "-o",
        output,
        "-m",
        "generator",
        "generate",
        CLAUDE_SPEC,
        "--overlay",
        CLAUDE_OVERLAY,
        "--out",
        WORK / "gen" / "specgen-profile",
        "--package",
        "acedatacloud_claude",
    ]
    run_timed(argv, "profile-generate", specgen_env())
    stats: Any = pstats.Stats(str(output))
    total = max(stats.total_tt, 1e-9)
    rows = sorted(
        (own, calls, f"{Path(file).name}:{line}({function})")
        for (file, line, function), (_, calls, own, _, _) in stats.stats.items()
    )[::-1]
    lines = [
        f"{own:7.2f} s {own / total:6.1%}  {calls:>7} calls  {where}"
        for own, calls, where in rows[:12]
    ]
    results.sections.append(
        "### Profile: `specgen generate` on claude.json (cProfile, own time, top 12)\n\n"
        f"Total {total:.2f} s under the profiler. Full profile: `{output.relative_to(ROOT)}`.\n\n"
        "```\n" + "\n".join(lines) + "\n```"
    )


def profile_runtime(python: Path, mode: str, results: Results) -> None:
    PROFILES.mkdir(parents=True, exist_ok=True)
    output = PROFILES / f"{mode}-specgen.txt"
    server = Server(python)
    try:
        argv = [python, BENCH / "runtime.py", mode, SPECGEN, "--port", str(server.port)]
        run_json([*argv, "--profile", output], f"profile {mode}")
    finally:
        server.stop()
    text = output.read_text("utf-8", errors="replace")
    lines = [line for line in text.splitlines() if line.strip()][:40]
    results.sections.append(
        f"### Profile: generated client, `{mode}` (pyinstrument)\n\n"
        f"Full profile: `{output.relative_to(ROOT)}`.\n\n```\n" + "\n".join(lines) + "\n```"
    )


def profile_import(python: Path, results: Results) -> None:
    process = subprocess.run(
        [str(python), "-X", "importtime", "-c", "import acedatacloud_claude"],
        capture_output=True,
        text=True,
        check=False,
    )
    entries = []
    for line in process.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| *(\S+)", line)
        if match:
            own, cumulative, name = match.groups()
            entries.append((int(cumulative), int(own), name))
    total = max((cumulative for cumulative, _, _ in entries), default=1)
    # The package and its _client wrap everything: the modules under them say where time goes.
    top = sorted(e for e in entries if e[0] < 0.8 * total)[::-1][:15]
    lines = [f"total {total / 1000:7.1f} ms  import acedatacloud_claude"] + [
        f"{cum / 1000:7.1f} ms cumulative {own / 1000:6.1f} ms own  {name}"
        for cum, own, name in top
    ]
    results.sections.append(
        "### Profile: `import acedatacloud_claude` (-X importtime, top-level modules)\n\n"
        "```\n" + "\n".join(lines) + "\n```"
    )


# -- report -----------------------------------------------------------------------------------


def table(rows: Sequence[Row]) -> str:
    lines = [
        "| row | specgen | contender(s) | ratio | target | met? |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}x"
        met = {True: "yes", False: "**no**", None: "—"}[row.met]
        name = row.name + (f" ({row.note})" if row.note else "")
        lines.append(
            f"| {name} | {row.specgen} | {row.contender} | {ratio} | {row.target} | {met} |"
        )
    return "\n".join(lines)


def machine(pythons: dict[str, Path], load_before: tuple[float, ...]) -> str:
    versions = [f"specgen {tool_version(Path(sys.executable), 'specgen')}"]
    for name, python in sorted(pythons.items()):
        versions.append(f"{name} {tool_version(python, name)}")
    if OPENAI in pythons:
        for package in ("httpx", "httpx2", "pydantic"):
            versions.append(f"{package} {tool_version(pythons[OPENAI], package)} (openai venv)")
    versions.append(f"black {tool_version(Path(sys.executable), 'black')} (specgen)")
    load_after = os.getloadavg()
    return (
        f"- when: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}; "
        f"{os.cpu_count()} CPUs; load average {load_before[0]:.2f} before, "
        f"{load_after[0]:.2f} after (other work on the machine makes every number noisier)\n"
        f"- Python {platform.python_version()} on {platform.system()} {platform.machine()}\n"
        f"- {'; '.join(versions)}"
    )


def write_results(results: Results, header: str, elapsed: float, options: Options) -> str:
    missed = [row for row in results.rows if row.met is False]
    summary = (
        "Every target met."
        if not missed
        else "Missed: "
        + "; ".join(f"{row.name} ({row.ratio or 0:.2f}x, target {row.target})" for row in missed)
        + "."
    )
    text = (
        "# specgen benchmark\n\n"
        "Written by `make bench` (`bench/run.py`). Each number is the median over alternating "
        "one-process runs of each contender (the order rotates every repetition); a ratio is "
        "specgen's number divided by the contender's, measured in the same run. Chart: "
        "`bench/generation.png`.\n\n"
        f"{header}\n- repetitions: {options.reps} (claude.json, runtime), {options.reps_10} (10 "
        f"operations), {options.reps_100} (100), {options.reps_1000} (1,000), "
        f"{options.import_reps} (import); "
        f"whole run {elapsed:.0f} s\n\n"
        f"{table(results.rows)}\n\n{summary}\n\n" + "\n\n".join(results.sections) + "\n"
    )
    RESULTS.write_text(text, encoding="utf-8")
    return text


def draw_chart(python: Path, data: dict[str, Any]) -> None:
    if not data.get("tools"):
        return
    source = WORK / "chart.json"
    source.write_text(json.dumps(data, indent=2), encoding="utf-8")
    run_timed([python, BENCH / "chart.py", source, CHART], "chart")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 repetition, no 1,000-op spec")
    parser.add_argument("--reps", type=int, help="repetitions of the short rows")
    parser.add_argument("--skip-runtime", action="store_true")
    parser.add_argument("--skip-generation", action="store_true")
    parser.add_argument("--no-profile", action="store_true", help="no profile of missed targets")
    args = parser.parse_args()
    options = Options(runtime=not args.skip_runtime, generation=not args.skip_generation)
    if args.quick:
        options = Options(
            reps=1,
            reps_10=1,
            reps_100=1,
            reps_1000=1,
            sizes=(10, 100),
            import_reps=3,
            check_full_reps=1,
            runtime=options.runtime,
            generation=options.generation,
        )
    if args.reps:
        options.reps = args.reps
    start = time.perf_counter()
    load_before = os.getloadavg()
    WORK.mkdir(parents=True, exist_ok=True)
    needed = ([OPC, DCG] if options.generation else []) + ([OPENAI] if options.runtime else [])
    pythons = ensure_venvs(needed or [OPENAI])
    results = Results()
    if options.generation:
        log("snapshot of the project, its locks made fresh")
        snapshot()
        bench_generation(options, results)
    if options.runtime:
        bench_runtime(options, pythons[OPENAI], results)
    if not args.no_profile:
        missed = {row.name for row in results.rows if row.met is False}
        if any(name.startswith(("generate", "growth", "`check`")) for name in missed):
            log("profiling specgen generate (a target was missed)")
            profile_generation(results)
        if any(name.startswith("per-request") for name in missed):
            log("profiling the generated client's requests (a target was missed)")
            profile_runtime(pythons[OPENAI], "request", results)
        if any(name.startswith("SSE") for name in missed):
            profile_runtime(pythons[OPENAI], "sse", results)
        if any(name.startswith("cold import") for name in missed):
            profile_import(pythons[OPENAI], results)
    if options.generation:
        draw_chart(ensure_venv(OPENAI), results.chart)  # matplotlib lives there
    header = machine(pythons, load_before)
    elapsed = time.perf_counter() - start
    write_results(results, header, elapsed, options)
    print()
    print(header)
    print()
    print(table(results.rows))
    print(f"\nwrote {RESULTS.relative_to(ROOT)} and {CHART.relative_to(ROOT)} in {elapsed:.0f} s")


if __name__ == "__main__":
    main()
