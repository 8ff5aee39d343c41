"""A scripted HTTP/1.1 server on 127.0.0.1 for testing generated clients over real sockets.

Each request takes the next action from a queue (or from a ``responder`` callable): answer JSON,
stream server-sent events with delays, reset the connection, or answer after a delay. Every
request is recorded with its arrival time, headers and body; a streamed answer records the time
each chunk was sent and whether the client went away before the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import select
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Coroutine, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar


@dataclass(frozen=True)
class Reply:
    """Answer ``status`` with ``body`` (JSON-encoded unless it is bytes), after ``delay`` s."""

    status: int = 200
    body: object = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class Events:
    """Stream ``chunks`` (chunked encoding), ``interval`` s apart, as ``content_type``.

    ``drop_after``: close the connection after that many chunks, without ending the body
    (a plain close, or a reset with ``drop_reset``).
    ``stall_after``: after that many chunks, wait ``stall`` s before going on.
    """

    chunks: Sequence[bytes]
    interval: float = 0.0
    headers: Mapping[str, str] = field(default_factory=dict)
    drop_after: int | None = None
    drop_reset: bool = False
    stall_after: int | None = None
    stall: float = 0.0
    content_type: str = "text/event-stream"


@dataclass(frozen=True)
class Reset:
    """Close the connection abruptly (RST, SO_LINGER 0) after reading the request."""


Action = Reply | Events | Reset


@dataclass
class Recorded:
    """One request as the server received it."""

    time: float
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes
    sent: list[float] = field(default_factory=list)
    peer_closed: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)

    def header(self, name: str) -> str | None:
        values = self.header_all(name)
        return values[0] if values else None

    def header_all(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]

    def json(self) -> Any:
        return json.loads(self.body)


def sse(data: object, event: str | None = None) -> bytes:
    """One server-sent event; ``data`` is JSON-encoded unless it is a str."""
    text = data if isinstance(data, str) else json.dumps(data)
    head = f"event: {event}\n" if event is not None else ""
    return f"{head}data: {text}\n\n".encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LoopbackServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that resets or times out is part of the tests, not a server error


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._owner().track(self.connection)

    def do_GET(self) -> None:
        self._owner().serve(self)

    do_POST = do_GET
    do_PUT = do_GET
    do_DELETE = do_GET
    do_PATCH = do_GET

    def finish(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().finish()
        self._owner().untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _owner(self) -> LoopbackServer:
        server = self.server
        assert isinstance(server, _Server)
        return server.owner


class LoopbackServer:
    """The server; use as a context manager or call ``start()``/``stop()``."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.responder: Callable[[Recorded], Action] | None = None
        self._actions: deque[Action] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def script(self, *actions: Action) -> None:
        """Queue the actions for the next requests, in order."""
        with self._lock:
            self._actions.extend(actions)

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[Recorded]:
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return list(self.requests)

    # -- called from the handler threads --------------------------------------------------------

    def track(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def serve(self, handler: _Handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        record = Recorded(
            time=time.monotonic(),
            method=handler.command,
            path=handler.path,
            headers=list(handler.headers.items()),
            body=body,
        )
        with self._lock:
            self.requests.append(record)
            action = self._actions.popleft() if self._actions else None
        if action is None:
            action = self.responder(record) if self.responder else _unscripted()
        try:
            if isinstance(action, Reset):
                self._reset(handler)
            elif isinstance(action, Reply):
                self._reply(handler, action)
            else:
                self._stream(handler, action, record)
        except OSError:  # the client went away; nothing more to do on this connection
            record.peer_closed.set()
            handler.close_connection = True
        finally:
            record.finished.set()

    def _reply(self, handler: _Handler, reply: Reply) -> None:
        if reply.delay and self._stopping.wait(reply.delay):
            handler.close_connection = True
            return
        if isinstance(reply.body, bytes):
            content = reply.body
        else:
            content = b"" if reply.body is None else json.dumps(reply.body).encode()
        handler.send_response(reply.status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(content)))
        for name, value in reply.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(content)

    def _stream(self, handler: _Handler, events: Events, record: Recorded) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", events.content_type)
        handler.send_header("Cache-Control", "no-cache")
        handler.send_header("Transfer-Encoding", "chunked")
        for name, value in events.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        for index, chunk in enumerate(events.chunks):
            pause = events.interval if index else 0.0
            if events.stall_after is not None and index == events.stall_after:
                pause = events.stall
            if pause and self._stopping.wait(pause):
                handler.close_connection = True
                return
            if _peer_gone(handler.connection):
                record.peer_closed.set()
                handler.close_connection = True
                return
            handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            record.sent.append(time.monotonic())
            if events.drop_after is not None and index + 1 == events.drop_after:
                if events.drop_reset:
                    self._reset(handler)
                else:
                    handler.close_connection = True
                return
        handler.wfile.write(b"0\r\n\r\n")

    def _reset(self, handler: _Handler) -> None:
        handler.close_connection = True
        connection = handler.connection
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.rfile.close()  # the makefile() reference would keep the socket open
        connection.close()


def _unscripted() -> Reply:
    return Reply(418, {"error": {"code": "unscripted", "message": "no action was scripted"}})


def _peer_gone(connection: socket.socket) -> bool:
    """Whether the client closed its end (EOF or reset) while we were streaming."""
    try:
        readable, _, _ = select.select([connection], [], [], 0)
        if not readable:
            return False
        return connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


@contextlib.contextmanager
def running() -> Iterator[LoopbackServer]:
    server = LoopbackServer().start()
    try:
        yield server
    finally:
        server.stop()


T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T], timeout: float = 15.0) -> T:
    """``coroutine`` run to its end within ``timeout`` seconds: every test ends by itself."""
    return asyncio.run(asyncio.wait_for(coroutine, timeout))
