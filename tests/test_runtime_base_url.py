"""A base URL that already ends with the API's first path segments (``…/v1``, as the openai
SDK's users write it) is not doubled into ``/v1/v1/…``; any other base path is kept."""

from __future__ import annotations

import httpx
import pytest
from acedatacloud_claude import Client


@pytest.mark.parametrize(
    ("base_url", "path"),
    [
        ("http://127.0.0.1:9", "/v1/messages/count_tokens"),
        ("http://127.0.0.1:9/", "/v1/messages/count_tokens"),
        ("http://127.0.0.1:9/v1", "/v1/messages/count_tokens"),
        ("http://127.0.0.1:9/v1/", "/v1/messages/count_tokens"),
        ("http://127.0.0.1:9/v1/messages", "/v1/messages/count_tokens"),
        ("http://127.0.0.1:9/proxy", "/proxy/v1/messages/count_tokens"),
        ("http://127.0.0.1:9/proxy/v1", "/proxy/v1/messages/count_tokens"),
        ("http://127.0.0.1:9/v2", "/v2/v1/messages/count_tokens"),
    ],
)
def test_the_request_path_under_a_base_url(base_url: str, path: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"input_tokens": 1})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Client(api_key="k", base_url=base_url, http_client=http)
    client.messages.count_tokens(
        model="claude-sonnet-4-6", messages=[{"role": "user", "content": "Hi"}]
    )
    assert [request.url.path for request in seen] == [path]
