"""Version tokens never reach a name: not from path segments, tags or operationIds.

Newer versions of the Claude API spec give operations ids such as ``V1createV1ChatCompletions``;
they must name ``chat.completions.create`` as before, not ``chat.completions.v_1_create_v_1``.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.diff.sdk import diff_apis
from generator.model import ir, naming
from generator.model.routes import Route, client_paths
from generator.spec.load import load_spec
from tests.helpers import ROOT, build_document, claude_target, model_names

CHAT = "/v1/chat/completions"
MESSAGES = "/v1/messages"
COUNT_TOKENS = "/v1/messages/count_tokens"
VENDOR_IDS = {
    CHAT: "V1createV1ChatCompletions",
    MESSAGES: "V1createV1Messages",
    COUNT_TOKENS: "V1countTokensV1MessagesCountTokens",
}
# A version token anywhere in a snake_case or PascalCase name: v1, V2, v1beta1, v1_2 ...
VERSION_IN_NAME = re.compile(r"(^|_)v_?\d|V\d")


def claude_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((ROOT / "specs/claude.json").read_text("utf-8"))
    return document


def with_vendor_ids(document: dict[str, Any], tags: bool = False) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    for path, operation_id in VENDOR_IDS.items():
        operation = changed["paths"][path]["post"]
        operation["operationId"] = operation_id
        if tags:
            operation["tags"] = ["Messages" if path.startswith(MESSAGES) else "Chat Completions"]
    return changed


def build(document: dict[str, Any], tmp_path: Path) -> ir.Api:
    overlay = claude_target().overlay
    assert overlay is not None
    tmp_path.mkdir(parents=True, exist_ok=True)
    return build_document(document, tmp_path, overlay.read_text("utf-8"))


def method_names(api: ir.Api) -> dict[str, str]:
    return {f"{op.http_method} {op.path}": op.id for op in api.operations}


# -- the vendor's operationIds on a copy of specs/claude.json ---------------------------------


def test_versioned_operation_ids_name_the_same_methods(tmp_path: Path) -> None:
    api = build(with_vendor_ids(claude_document()), tmp_path)
    assert method_names(api) == {
        f"POST {CHAT}": "chat.completions.create",
        f"POST {MESSAGES}": "messages.create",
        f"POST {COUNT_TOKENS}": "messages.count_tokens",
    }
    names = model_names(api)
    assert {"ChatCompletionCreateParams", "MessageCreateParams"} <= names
    assert not any("V1" in name for name in names)


def test_versioned_operation_ids_under_tags_name_methods_without_versions(tmp_path: Path) -> None:
    # With tags, the tag names the resource (rule 2) and the id less the tag's words the method.
    api = build(with_vendor_ids(claude_document(), tags=True), tmp_path)
    names = method_names(api)
    assert names[f"POST {MESSAGES}"] == "messages.create"
    assert names[f"POST {CHAT}"] == "chat_completions.create"
    assert not [name for name in names.values() if VERSION_IN_NAME.search(name)]
    assert not [name for name in model_names(api) if VERSION_IN_NAME.search(name)]


def test_versioned_operation_ids_change_no_name_of_the_sdk(tmp_path: Path) -> None:
    before = build(claude_document(), tmp_path / "before")
    after = build(with_vendor_ids(claude_document()), tmp_path / "after")
    assert method_names(after) == method_names(before)
    assert model_names(after) == model_names(before)
    assert {e.name for e in after.enums} == {e.name for e in before.enums}
    assert "ChatCompletionCreateParams" in model_names(after)
    assert not [name for name in model_names(after) if VERSION_IN_NAME.search(name)]
    assert diff_apis(before, after) == []  # `specgen update` would see no SDK change


def test_the_committed_spec_still_has_no_operation_ids() -> None:
    # The rule changes no committed generated/ output as long as the specs give no operationId.
    for spec in sorted((ROOT / "specs").glob("*.json")):
        document = load_spec(spec, None).document
        ids = [
            operation.get("operationId")
            for item in document["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict)
        ]
        assert ids == [None] * len(ids), spec.name


# -- the rule: what a version token is -------------------------------------------------------


@pytest.mark.parametrize(
    "segment", ["v1", "V2", "v2.1", "v1.2", "v1beta1", "v2alpha3", "v1beta", "v1rc1", "2.0"]
)
def test_version_segments(segment: str) -> None:
    assert naming.is_version(segment)


@pytest.mark.parametrize(
    "segment", ["v", "V", "version", "level2", "Ipv4", "ipv6", "beta1", "2024", "v1x", "api", ""]
)
def test_segments_that_are_not_versions(segment: str) -> None:
    assert not naming.is_version(segment)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("V1createV1ChatCompletions", ["create", "chat", "completions"]),
        ("V1createV1Messages", ["create", "messages"]),
        ("V1countTokensV1MessagesCountTokens", ["count", "tokens", "messages", "count", "tokens"]),
        ("listV1beta1Deployments", ["list", "deployments"]),
        ("getV2alpha3Things", ["get", "things"]),
        ("getV2Users", ["get", "users"]),
        ("fooV1.2Bar", ["foo", "bar"]),
        ("list_v1_items", ["list", "items"]),
        ("apps.v1beta1.list", ["apps", "list"]),
        ("createV2Alphabet", ["create", "alphabet"]),  # a stage ends its word
        # kept: not a version token
        ("getV", ["get", "v"]),
        ("getVersion", ["get", "version"]),
        ("getLevel2", ["get", "level", "2"]),
        ("createIpv4Address", ["create", "ipv", "4", "address"]),
        ("IPV4", ["ipv", "4"]),
        ("dev2", ["dev", "2"]),
    ],
)
def test_version_tokens_are_dropped_from_identifiers(text: str, expected: list[str]) -> None:
    assert naming.words(naming.without_versions(text)) == expected


def route(
    method: str, path: str, operation_id: str | None = None, tags: tuple[str, ...] = ()
) -> Route:
    return Route(method, path, f"/paths/{path}/{method}", None, operation_id, tags)


def test_routes_drop_version_tokens_from_ids_tags_and_segments() -> None:
    routes = [
        route("get", "/apis/apps/v1beta1/namespaces/{namespace}/deployments"),
        route("get", "/api/v2alpha3/widgets", "listV2alpha3Widgets"),
        route("post", "/things", "createThingV2", ("V2 Things",)),
        route("get", "/gadgets_v2", "V2listGadgets"),
        route("get", "/hosts", "listIpv4Hosts"),
    ]
    found = {
        f"{r.http_method.upper()} {r.path}": ".".join(p)
        for r, p in client_paths(routes, "s").items()
    }
    assert found == {
        "GET /apis/apps/v1beta1/namespaces/{namespace}/deployments": (
            "apis.apps.namespaces.deployments.list"
        ),
        "GET /api/v2alpha3/widgets": "api.widgets.list",
        "POST /things": "things.create",
        "GET /gadgets_v2": "gadgets.list",
        "GET /hosts": "hosts.list_ipv_4",  # Ipv4 is a word, not a version
    }
    assert not [name for name in found.values() if VERSION_IN_NAME.search(name)]


def test_an_operation_id_of_only_versions_falls_back_to_the_verb() -> None:
    only = route("post", "/v1/messages", "V1")
    assert client_paths([only], "s")[only] == ("messages", "create")
