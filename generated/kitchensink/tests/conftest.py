"""Shared fixtures: clients whose transport is an in-process handler, never the network."""

from __future__ import annotations

import email
import email.policy
import json
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from kitchensink import AsyncClient, Client

Handler = Callable[[httpx.Request], httpx.Response]

API_KEY = "test-api-key"
BASE_URL = "http://api.test"
REQUEST_SCHEMAS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "request_schemas.json").read_text(encoding="utf-8")
)


def sse_body(events: list[Any], terminator: str | None, text: bool = False) -> bytes:
    """Server-sent events as servers write them: ``event:`` named after a ``type``, then data;
    with ``text``, strings go as they are and anything else is an error event."""
    parts: list[str] = []
    for event in events:
        if text and isinstance(event, str):
            parts.append(f"data: {event}\n\n")
            continue
        match event:
            case _ if text:
                parts.append("event: error\n")
            case {"type": str(kind)}:
                parts.append(f"event: {kind}\n")
            case _:  # data only
                pass
        parts.append(f"data: {json.dumps(event)}\n\n")
    if terminator is not None:
        parts.append(f"data: {terminator}\n\n")
    return "".join(parts).encode()


def multipart_fields(request: httpx.Request) -> dict[str, list[str]]:
    """The parts of a multipart/form-data request, by field name, as text."""
    message = email.message_from_bytes(
        b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.read(),
        policy=email.policy.HTTP,
    )
    fields: dict[str, list[str]] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        fields.setdefault(name, []).append(payload.decode())
    return fields


def form_fields(request: httpx.Request) -> dict[str, list[str]]:
    """The fields of an application/x-www-form-urlencoded request."""
    return urllib.parse.parse_qs(request.read().decode(), keep_blank_values=True)


def assert_valid_request(operation: str, body: object) -> None:
    """The body the client sent satisfies the spec's request schema for ``operation``."""
    jsonschema.validate(body, REQUEST_SCHEMAS[operation])


@pytest.fixture
def make_client() -> Callable[[Handler], Client]:
    def make(handler: Handler) -> Client:
        transport = httpx.MockTransport(handler)
        return Client(
            api_key=API_KEY,
            base_url=BASE_URL,
            max_retries=0,  # retries have their own tests; here every answer is final
            http_client=httpx.Client(transport=transport),
        )

    return make


@pytest.fixture
def make_async_client() -> Callable[[Handler], AsyncClient]:
    def make(handler: Handler) -> AsyncClient:
        transport = httpx.MockTransport(handler)
        return AsyncClient(
            api_key=API_KEY,
            base_url=BASE_URL,
            max_retries=0,
            http_client=httpx.AsyncClient(transport=transport),
        )

    return make
