"""A minimal HTTP/1.1 server on 127.0.0.1 that answers instantly, for the runtime rows.

``POST /v1/chat/completions`` answers a plain chat completion, or, when the JSON body asks for
``"stream": true``, an SSE stream of ``CHUNKS`` chat-completion chunks and ``data: [DONE]``.
Every answer is precomputed bytes, written in one call; connections are kept alive. Raw asyncio
protocol, no framework: the server's share of a request is a few tens of microseconds, so the
clients' own overhead is what the runtime rows measure.

    python bench/server.py [--port 0] [--chunks 10000]

Prints ``listening on PORT`` once it accepts connections; runs until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys

CHUNKS = 10_000
MODEL = "claude-sonnet-4-5-20250929"
CREATED = 1_700_000_000

COMPLETION = {
    "id": "chatcmpl-bench",
    "object": "chat.completion",
    "created": CREATED,
    "model": MODEL,
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello! How can I help you today?"},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21},
}


def chunk(index: int) -> dict[str, object]:
    delta: dict[str, object] = {"content": f"tok{index % 100} "}
    if index == 0:
        delta["role"] = "assistant"
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
    }


def sse_body(chunks: int) -> bytes:
    events = [f"data: {json.dumps(chunk(i), separators=(',', ':'))}\n\n" for i in range(chunks)]
    events.append("data: [DONE]\n\n")
    return "".join(events).encode("utf-8")


def response(status: str, content_type: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        f"content-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


_STREAM = re.compile(rb'"stream"\s*:\s*true')
_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


class Answers:
    def __init__(self, chunks: int) -> None:
        self.json = response("200 OK", "application/json", json.dumps(COMPLETION).encode("utf-8"))
        self.stream = response("200 OK", "text/event-stream; charset=utf-8", sse_body(chunks))
        self.not_found = response(
            "404 Not Found", "application/json", b'{"error":{"code":"not_found","message":"?"}}'
        )


class Connection(asyncio.Protocol):
    def __init__(self, answers: Answers) -> None:
        self.answers = answers
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[: end + 2]
            match = _LENGTH.search(head)
            length = int(match.group(1)) if match else 0
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            self.answer(head, body)

    def answer(self, head: bytes, body: bytes) -> None:
        assert self.transport is not None
        line = head.split(b"\r\n", 1)[0]
        if line.startswith(b"POST ") and b" /v1/chat/completions" in line:
            stream = _STREAM.search(body) is not None
            self.transport.write(self.answers.stream if stream else self.answers.json)
        else:
            self.transport.write(self.answers.not_found)


async def serve(port: int, chunks: int) -> None:
    answers = Answers(chunks)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: Connection(answers), "127.0.0.1", port, reuse_address=True, backlog=128
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"listening on {bound}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--chunks", type=int, default=CHUNKS)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.port, args.chunks))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
