"""Serving the mock with uvicorn on a socket we bind, so port 0 can be told to the caller."""

from __future__ import annotations

import asyncio
import copy
import ipaddress
import socket
import sys
from typing import Any

import uvicorn
from uvicorn.config import LOGGING_CONFIG
from uvicorn.protocols.http.h11_impl import H11Protocol

from generator.mock.app import DEFAULT_DELAY, create_app
from generator.mock.limits import DEFAULT_LIMITS, Limits
from generator.model import ir

DEFAULT_HOST = "127.0.0.1"  # loopback: a mock is for this machine unless asked otherwise
DEFAULT_PORT = 4010  # Prism's


def listen(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: a free port); raises OSError."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _AnnouncingServer(uvicorn.Server):
    """Prints ``mock server listening on URL`` once uvicorn serves the socket, so a script that
    waits for that line can connect at once."""

    def __init__(self, config: uvicorn.Config, url: str) -> None:
        super().__init__(config)
        self.url = url

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            print(f"mock server listening on {self.url}", flush=True)


class _DeadlineProtocol(H11Protocol):
    """uvicorn's HTTP/1.1, with a deadline for each request's headers.

    uvicorn times a connection out only when it stays silent after an answer: a client that
    connects and never finishes its headers, or sends them a byte at a time, would hold the
    connection for ever. Here the headers must be in within the keep-alive timeout of the
    connection opening or of the previous answer. (The body's deadline is the app's.)
    """

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._expect_request()

    def on_response_complete(self) -> None:
        self._expect_request()  # before uvicorn starts a request already received
        super().on_response_complete()

    def _expect_request(self) -> None:
        self.loop.call_later(self.timeout_keep_alive, self._drop_unless_asked, self.cycle)

    def _drop_unless_asked(self, previous: object) -> None:
        if self.cycle is previous and not self.transport.is_closing():
            self.transport.close()


def serve(
    api: ir.Api,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    sock: socket.socket | None = None,
    seed: int | None = None,
    delay: float = DEFAULT_DELAY,
    limits: Limits = DEFAULT_LIMITS,
    log_level: str = "info",
) -> None:
    """Serve a mock of ``api`` until interrupted, on ``sock`` or on a new one at host:port."""
    sock = sock if sock is not None else listen(host, port)
    app = create_app(api, seed=seed, delay=delay, limits=limits)
    for note in app.state.unchecked:
        print(f"warning: {note}", file=sys.stderr)
    config = uvicorn.Config(
        app,
        http=_DeadlineProtocol,
        log_level=log_level,
        log_config=_log_config(),
        lifespan="off",
        timeout_keep_alive=limits.timeout,
        timeout_graceful_shutdown=2,
    )
    _AnnouncingServer(config, url_of(sock)).run(sockets=[sock])


def _log_config() -> dict[str, Any]:
    """uvicorn's logging with the access log on stderr too: stdout carries only our one line."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["handlers"]["access"]["stream"] = "ext://sys.stderr"
    return config
