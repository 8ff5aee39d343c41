"""One runtime measurement in this process, printed as one line of JSON.

Run by ``bench/run.py`` with the interpreter of the ``openai`` bench venv, where the openai SDK,
the generated ``acedatacloud_claude`` package (editable), httpx and pyinstrument all live, so
every client runs under the same interpreter:

    python bench/runtime.py request CLIENT --port P [--count 1000]   per-request overhead
    python bench/runtime.py sse CLIENT --port P                      decode one long SSE stream
    python bench/runtime.py import MODULE                            cold import time

CLIENT is ``specgen`` (the generated client), ``openai``, ``httpx`` (``httpx.Client.post`` and
``json.loads``: the floor) or ``httpx2`` (the same on the HTTP library openai uses). Both SDKs
parse into their typed models, with retries off. ``--profile FILE`` writes a pyinstrument text
profile of the measured loop. Each result carries the process's peak RSS.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MODEL = "claude-sonnet-4-5-20250929"
WARMUP = 50


def peak_rss_mb() -> float:
    """This process's peak resident memory, MB. Linux's ``ru_maxrss`` keeps the high-water mark
    of the process that forked it across ``exec``, so ``VmHWM`` (this program's own) comes first."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def request_call(client: str, port: int) -> Callable[[], Any]:
    """One chat completion request, parsed, as the client's user would write it."""
    root = f"http://127.0.0.1:{port}"
    if client == "specgen":
        from acedatacloud_claude import Client
        from acedatacloud_claude.models import ChatCompletion, ChatCompletionMessageParam

        sdk = Client(api_key="x", base_url=root, max_retries=0)
        messages = [ChatCompletionMessageParam.model_validate({"role": "user", "content": "Hi"})]

        def call() -> Any:
            result = sdk.chat.completions.create(model=MODEL, messages=messages)
            assert isinstance(result, ChatCompletion)
            return result

        return call
    if client == "openai":
        import openai
        from openai.types.chat import ChatCompletion as OpenAIChatCompletion

        oai = openai.OpenAI(api_key="x", base_url=f"{root}/v1", max_retries=0)
        plain: list[Any] = [{"role": "user", "content": "Hi"}]

        def call() -> Any:
            result = oai.chat.completions.create(model=MODEL, messages=plain)
            assert isinstance(result, OpenAIChatCompletion)
            return result

        return call
    if client in ("httpx", "httpx2"):
        http = importlib.import_module(client)
        session = http.Client(base_url=root, headers={"Authorization": "Bearer x"})
        body = {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}]}

        def call() -> Any:
            response = session.post("/v1/chat/completions", json=body)
            response.raise_for_status()
            return json.loads(response.content)

        return call
    raise SystemExit(f"unknown client {client!r}")


def stream_chunks(client: str, port: int) -> Iterator[Any]:
    """Every chunk of one streamed chat completion, parsed into the client's model."""
    root = f"http://127.0.0.1:{port}"
    if client == "specgen":
        from acedatacloud_claude import Client
        from acedatacloud_claude.models import ChatCompletionMessageParam

        sdk = Client(api_key="x", base_url=root, max_retries=0)
        messages = [ChatCompletionMessageParam.model_validate({"role": "user", "content": "Hi"})]
        with sdk.chat.completions.create(model=MODEL, messages=messages, stream=True) as stream:
            yield from stream
    elif client == "openai":
        import openai

        oai = openai.OpenAI(api_key="x", base_url=f"{root}/v1", max_retries=0)
        plain: list[Any] = [{"role": "user", "content": "Hi"}]
        with oai.chat.completions.create(model=MODEL, messages=plain, stream=True) as stream:
            yield from stream
    else:
        raise SystemExit(f"no SSE decoding for {client!r}")


@contextmanager
def profiled(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        path.write_text(profiler.output_text(unicode=False, color=False, show_all=False))


def measure_requests(client: str, port: int, count: int, profile: Path | None) -> dict[str, Any]:
    call = request_call(client, port)
    for _ in range(WARMUP):
        call()
    with profiled(profile):
        start = time.perf_counter()
        for _ in range(count):
            call()
        elapsed = time.perf_counter() - start
    return {"us_per_request": elapsed / count * 1e6, "requests": count, "rss_mb": peak_rss_mb()}


def measure_sse(client: str, port: int, profile: Path | None) -> dict[str, Any]:
    request_call(client, port)()  # imports and a first connection, outside the timing
    with profiled(profile):
        start = time.perf_counter()
        chunks = 0
        text = []
        for event in stream_chunks(client, port):
            chunks += 1
            if event.choices:
                text.append(event.choices[0].delta.content or "")
        elapsed = time.perf_counter() - start
    assert chunks > 0 and text, "no chunks decoded"
    return {
        "chunks": chunks,
        "seconds": elapsed,
        "chunks_per_second": chunks / elapsed,
        "rss_mb": peak_rss_mb(),
    }


def measure_import(module: str) -> dict[str, Any]:
    start = time.perf_counter()
    importlib.import_module(module)
    elapsed = time.perf_counter() - start
    return {"seconds": elapsed, "modules": len(sys.modules), "rss_mb": peak_rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["request", "sse", "import"])
    parser.add_argument("subject", help="client (request, sse) or module (import)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    if args.mode == "request":
        result = measure_requests(args.subject, args.port, args.count, args.profile)
    elif args.mode == "sse":
        result = measure_sse(args.subject, args.port, args.profile)
    else:
        result = measure_import(args.subject)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
