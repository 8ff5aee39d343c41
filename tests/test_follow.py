"""Following an overlay to a new version of its spec: each action to the same place in the API,
the overlay's own ``$ref``s too, its text edited in place; what cannot follow, all reported."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonpath
import pytest
import yaml

from generator import cli
from generator.errors import SpecError, SpecErrors
from generator.spec import pointer
from generator.spec.follow import Followed, follow_overlay
from generator.spec.load import load_spec
from generator.spec.overlay import apply_overlay

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "claude.json"
OVERLAY = ROOT / "specs" / "claude.overlay.yaml"
STABILITY = ROOT / "tests" / "fixtures" / "stability"
OVERLAY_FILE = "specs/claude.overlay.yaml"

MSG = "$.paths['/v1/messages'].post"
CNT = "$.paths['/v1/messages/count_tokens'].post"
MSG_BODY = f"{MSG}.requestBody.content['application/json'].schema"
CNT_BODY = f"{CNT}.requestBody.content['application/json'].schema"
MSG_200 = f"{MSG}.responses['200'].content['application/json'].schema"
# Where some of the /v1/messages actions of the real overlay go in claude.components.json: an
# update to the component its node moved to (the body schemas still match, but only the $ref
# left where the schema was), a removal to the $ref left where its node was.
MOVED = {
    f"{MSG_BODY}.properties.messages.items": "$.components.schemas.ClaudeMessageParam",
    f"{MSG_BODY}.properties.messages.items.properties.content.oneOf[1].items": (
        "$.components.schemas.ClaudeMessageContent.oneOf[1].items"
    ),
    f"{CNT_BODY}.properties.messages.items": (
        "$.components.schemas.ClaudeTokenCountRequest.properties.messages.items"
    ),
    f"{CNT_BODY}.properties.thinking": (
        "$.components.schemas.ClaudeTokenCountRequest.properties.thinking"
    ),
    MSG_BODY: "$.components.schemas.ClaudeMessageCreateRequest",
    f"{MSG_200}.properties.content": "$.components.schemas.ClaudeMessage.properties.content",
    f"{MSG_200}.properties.usage": "$.components.schemas.ClaudeUsage",
    f"{MSG}.responses['400'].content['application/json'].schema": (
        "$.components.schemas.ClaudeErrorResponse"
    ),
    f"{CNT}.responses['200'].content['application/json'].schema": (
        "$.components.schemas.ClaudeTokenCount"
    ),
}
RETARGETED = 33  # the /v1/messages actions on schemas (not those on operations and responses)
MESSAGES_200 = "#/paths/~1v1~1messages/post/responses/200/content/application~1json/schema"
MESSAGES_400 = "#/paths/~1v1~1messages/post/responses/400/content/application~1json/schema"
CHAT_USAGE = (
    "#/paths/~1v1~1chat~1completions/post/responses/200/content/application~1json/schema"
    "/properties/usage"
)


def read_json(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def follow_real(new_document: dict[str, Any]) -> Followed:
    text = OVERLAY.read_text(encoding="utf-8")
    return follow_overlay(read_json(SPEC), text, OVERLAY_FILE, new_document)


@pytest.fixture(scope="module")
def components() -> Followed:
    return follow_real(read_json(STABILITY / "claude.components.json"))


# -- the real overlay ---------------------------------------------------------------------------


def test_a_spec_that_only_adds_operation_ids_needs_no_change() -> None:
    assert follow_real(read_json(STABILITY / "claude.operationids.json")) == Followed(None, ())


def test_every_moved_target_follows_its_node_into_components(components: Followed) -> None:
    assert components.text is not None
    actions = yaml.safe_load(components.text)["actions"]
    old = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))["actions"]
    assert set(MOVED) <= {action["target"] for action in old}
    moved = set()
    for index, action in enumerate(old):
        if action["target"] in MOVED:
            target = MOVED[action["target"]]
            assert actions[index]["target"] == target
            assert f"actions/{index}: target moved to {target}" in components.notes
        if actions[index]["target"] != action["target"]:
            assert actions[index]["target"].startswith("$.components.schemas.Claude")
            moved.add(index)
    assert len(moved) == components.retargeted == RETARGETED
    new = read_json(STABILITY / "claude.components.json")
    lost = {n for n, action in enumerate(old) if not list(jsonpath.finditer(action["target"], new))}
    assert lost <= moved


def test_the_stream_schemas_refer_to_the_new_components(components: Followed) -> None:
    assert components.text is not None
    own = "#/components/schemas/"  # the overlay's own components stay where they are
    refs = re.findall(r'\$ref: "([^"]+)"', components.text)
    assert [ref for ref in refs if not ref.startswith(own) or "/Claude" in ref] == [
        "#/components/schemas/ClaudeMessageParam",  # count_tokens takes create's messages
        CHAT_USAGE,  # chat completions kept its inline schemas
        "#/components/schemas/ClaudeMessage",
        "#/components/schemas/ClaudeMessage/properties/stop_reason",
        "#/components/schemas/ClaudeError",
    ]
    assert any(
        re.fullmatch(
            rf"actions/\d+: \$ref {re.escape(MESSAGES_400)}/properties/error moved to "
            "#/components/schemas/ClaudeError",
            note,
        )
        for note in components.notes
    )


def test_the_followed_overlay_loads_with_the_new_spec(components: Followed, tmp_path: Path) -> None:
    assert components.text is not None
    new_spec = STABILITY / "claude.components.json"
    patched = apply_overlay(
        read_json(new_spec), yaml.safe_load(components.text), "claude.overlay.yaml"
    )
    assert patched["components"]["schemas"]["ClaudeMessageParam"]["x-specgen-name"] == (
        "MessageParam"
    )
    overlay = tmp_path / "claude.overlay.yaml"
    overlay.write_text(components.text, encoding="utf-8")
    spec = load_spec(new_spec, overlay)
    schemas = spec.document["components"]["schemas"]
    assert schemas["ClaudeErrorResponse"]["x-specgen-name"] == "AnthropicErrorResponse"


def test_the_rewrite_changes_only_the_lines_it_must(components: Followed) -> None:
    assert components.text is not None
    before = OVERLAY.read_text(encoding="utf-8").splitlines()
    after = components.text.splitlines()
    assert len(after) == len(before)
    changed = [new for old, new in zip(before, after, strict=True) if old != new]
    # One line per re-targeted action and per rewritten $ref (three in the messages stream).
    assert (components.retargeted, components.references) == (RETARGETED, 4)
    assert len(changed) == RETARGETED + 4
    assert all("target: $.components.schemas." in line or "$ref" in line for line in changed)
    assert [line for line in after if line.lstrip().startswith("#")] == [
        line for line in before if line.lstrip().startswith("#")
    ]


def test_an_action_the_new_spec_already_satisfies_is_redundant() -> None:
    new = read_json(STABILITY / "claude.operationids.json")
    request = new["paths"]["/v1/chat/completions"]["post"]["requestBody"]
    properties = request["content"]["application/json"]["schema"]["properties"]
    properties["n"]["type"] = properties["max_tokens"]["type"] = "integer"
    followed = follow_real(new)
    assert followed == Followed(
        None, ("actions/0 is redundant: the new spec already has this",), redundant=1
    )


# -- small specs --------------------------------------------------------------------------------


def spec(body: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    """A one-operation spec whose request body is ``body``."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": schemas or {}},
    }


def overlay_text(*actions: str) -> str:
    return "# local fixes\noverlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n" + "".join(
        actions
    )


BODY = "$.paths['/a'].post.requestBody.content['application/json'].schema"
PET = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "number"}}}
AGE_REF = "#/paths/~1a/post/requestBody/content/application~1json/schema/properties/age"
# An action whose update refers to the request's "age" property.
REF_ACTION = (
    "  - target: $.paths['/a'].post.responses['200']\n"
    f"    update: {{x-b: {{$ref: '{AGE_REF}'}}}}\n"
)
MOVED_PET = spec({"$ref": "#/components/schemas/Pet"}, {"Pet": copy.deepcopy(PET)})


def test_a_target_that_still_matches_is_left_alone() -> None:
    old = spec({"type": "object", "properties": {"pet": copy.deepcopy(PET), "n": {}}})
    new = spec({"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}})
    new["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]["n"] = {"type": "number"}
    new["components"]["schemas"]["Pet"] = copy.deepcopy(PET)
    text = overlay_text(
        f"  - target: {BODY}.properties.n  # stays\n    update: {{type: integer}}\n",
    )
    assert follow_overlay(old, text, "o.yaml", new) == Followed(None, ())


def test_a_target_left_with_only_a_reference_follows_the_schema() -> None:
    text = overlay_text(f"  - target: {BODY}\n    update: {{x-specgen-name: Animal}}\n")
    followed = follow_overlay(spec(copy.deepcopy(PET)), text, "o.yaml", MOVED_PET)
    assert followed.notes == ("actions/0: target moved to $.components.schemas.Pet",)
    assert (followed.retargeted, followed.references, followed.redundant) == (1, 0, 0)
    assert followed.text == text.replace(BODY, "$.components.schemas.Pet")


def test_a_union_target_is_followed_as_one_union() -> None:
    text = overlay_text(f"  - target: {BODY}.properties['name','age']\n    update: {{x-a: 1}}\n")
    followed = follow_overlay(spec(copy.deepcopy(PET)), text, "o.yaml", MOVED_PET)
    assert followed.text is not None
    target = yaml.safe_load(followed.text)["actions"][0]["target"]
    assert target == "$.components.schemas.Pet.properties['name','age']"


@pytest.mark.parametrize(
    ("written", "rewritten"),
    [
        ("{path}", "$.components.schemas.Pet.properties.age"),
        ("'{quoted}'", "'$.components.schemas.Pet.properties.age'"),
        ('"{path}"', '"$.components.schemas.Pet.properties.age"'),
    ],
)
def test_a_target_keeps_its_quoting(written: str, rewritten: str) -> None:
    path = f"{BODY}.properties.age"
    target = written.format(path=path, quoted=path.replace("'", "''"))
    text = overlay_text(f"  - target: {target}\n    update: {{type: integer}}\n")
    followed = follow_overlay(spec(copy.deepcopy(PET)), text, "o.yaml", MOVED_PET)
    assert followed.text == text.replace(target, rewritten)


def test_an_action_on_what_an_earlier_action_added_follows_it() -> None:
    old = spec({"type": "string"})
    new = copy.deepcopy(old)
    new["paths"]["/a"]["post"]["responses"]["200"] = {"$ref": "#/components/responses/Ok"}
    new["components"]["responses"] = {"Ok": {"description": "ok", "content": {}}}
    old["paths"]["/a"]["post"]["responses"]["200"]["content"] = {}
    responses = "$.paths['/a'].post.responses['200']"
    text = overlay_text(
        f"  - target: {responses}.content\n"
        "    update: {text/event-stream: {schema: {properties: {p: {type: number}}}}}\n",
        f"  - target: {responses}.content['text/event-stream'].schema.properties.p\n"
        "    update: {type: integer}\n",
    )
    followed = follow_overlay(old, text, "o.yaml", new)
    assert followed.notes == (
        "actions/0: target moved to $.components.responses.Ok.content",
        "actions/1: target moved to "
        "$.components.responses.Ok.content['text/event-stream'].schema.properties.p",
    )


def test_a_reference_in_an_update_follows_its_node() -> None:
    text = overlay_text(REF_ACTION)
    followed = follow_overlay(spec(copy.deepcopy(PET)), text, "o.yaml", MOVED_PET)
    new_ref = "#/components/schemas/Pet/properties/age"
    assert followed.notes == (f"actions/0: $ref {AGE_REF} moved to {new_ref}",)
    assert followed.text == text.replace(AGE_REF, new_ref)


def test_a_removal_follows_the_property_not_the_schema_it_refers_to() -> None:
    new = copy.deepcopy(MOVED_PET)
    new["components"]["schemas"]["Pet"]["properties"]["age"] = {"$ref": "#/components/schemas/Age"}
    new["components"]["schemas"]["Age"] = {"type": "number"}
    text = overlay_text(f"  - target: {BODY}.properties.age\n    remove: true\n")
    followed = follow_overlay(spec(copy.deepcopy(PET)), text, "o.yaml", new)
    assert followed.notes == ("actions/0: target moved to $.components.schemas.Pet.properties.age",)


def test_a_removal_whose_place_is_gone_is_redundant_and_dropped() -> None:
    kept = f"  - target: {BODY}.properties.name  # kept\n    update: {{x-a: 1}}\n"
    removal = f"  - target: {BODY}.properties.age\n    remove: true\n"
    new = spec({"type": "object", "properties": {"name": {"type": "string"}}})
    followed = follow_overlay(spec(copy.deepcopy(PET)), overlay_text(kept, removal), "o.yaml", new)
    assert followed == Followed(
        overlay_text(kept),
        (
            "actions/1 is redundant: the new spec no longer has what it removes "
            "(dropped from the overlay, where it would match nothing)",
        ),
        redundant=1,
    )


def test_an_update_that_only_documents_what_is_gone_is_redundant_and_dropped() -> None:
    """A description of a property the new spec removed documents nothing: dropped like a
    removal, where an update that types it still stops the follow (the test below)."""
    kept = f"  - target: {BODY}.properties.name\n    update: {{description: The name.}}\n"
    documents = (
        f"  - target: {BODY}.properties.age\n" "    update: {description: The age., example: 3}\n"
    )
    new = spec({"type": "object", "properties": {"name": {"type": "string"}}})
    old = spec(copy.deepcopy(PET))
    followed = follow_overlay(old, overlay_text(kept, documents), "o.yaml", new)
    assert followed == Followed(
        overlay_text(kept),
        (
            "actions/1 is redundant: the new spec no longer has what it documents "
            "(dropped from the overlay, where it would match nothing)",
        ),
        redundant=1,
    )
    typed = f"  - target: {BODY}.properties.age\n    update: {{description: Age., type: integer}}\n"
    with pytest.raises(SpecErrors):
        follow_overlay(old, overlay_text(kept, typed), "o.yaml", new)


def test_an_overlay_that_cannot_be_edited_in_place_is_written_out_again() -> None:
    """Dropping one item of a flow sequence would take the whole line with it."""
    text = (
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        f'actions: [{{target: "{BODY}.properties.name", update: {{x-a: 1}}}},'
        f' {{target: "{BODY}.properties.age", remove: true}}]\n'
    )
    new = spec({"type": "object", "properties": {"name": {"type": "string"}}})
    followed = follow_overlay(spec(copy.deepcopy(PET)), text, "o.yaml", new)
    assert followed.text is not None
    assert followed.notes[-1].startswith("the overlay was written out again")
    expected = yaml.safe_load(text)
    del expected["actions"][1]
    assert yaml.safe_load(followed.text) == expected


def test_every_action_whose_place_is_gone_is_reported() -> None:
    old = spec({"type": "object", "properties": {"a": {}, "b": {}, "c": {}}})
    new = spec({"type": "object", "properties": {"c": {}}})
    text = overlay_text(
        f"  - target: {BODY}.properties.a\n    update: {{type: integer}}\n",
        f"  - target: {BODY}.properties.c\n    update: {{type: integer}}\n",
        f"  - target: {BODY}.properties.b\n    update: {{type: integer}}\n",
    )
    with pytest.raises(SpecErrors) as caught:
        follow_overlay(old, text, "o.yaml", new)
    errors = caught.value.errors
    assert [(error.file, error.pointer) for error in errors] == [
        ("o.yaml", "/actions/0/target"),
        ("o.yaml", "/actions/2/target"),
    ]
    assert str(caught.value).splitlines() == [str(error) for error in errors]
    assert errors[0].message == (
        f"{BODY}.properties.a matches nothing in the new spec, and nothing is at its place "
        "(POST /a /requestBody/content/application~1json/schema.a) any more"
    )


def test_a_node_split_in_two_cannot_be_followed() -> None:
    shared = {"$ref": "#/components/schemas/Pet"}
    old = spec({"type": "object", "properties": {"x": shared, "y": shared}}, {"Pet": PET})
    new = spec(
        {
            "type": "object",
            "properties": {
                "x": {"$ref": "#/components/schemas/X"},
                "y": {"$ref": "#/components/schemas/Y"},
            },
        },
        {"X": PET, "Y": PET},
    )
    text = overlay_text("  - target: $.components.schemas.Pet\n    update: {x-a: 1}\n")
    with pytest.raises(SpecErrors) as caught:
        follow_overlay(old, text, "o.yaml", new)
    (error,) = caught.value.errors
    assert "#/components/schemas/X" in error.message
    assert "#/components/schemas/Y" in error.message


def test_a_reference_whose_place_is_gone_is_reported() -> None:
    text = overlay_text(REF_ACTION)
    new = spec({"type": "object", "properties": {"name": {"type": "string"}}})
    with pytest.raises(SpecErrors) as caught:
        follow_overlay(spec(copy.deepcopy(PET)), text, "o.yaml", new)
    (error,) = caught.value.errors
    assert error.pointer == "/actions/0/update/x-b/$ref"


def test_an_overlay_that_does_not_parse_names_its_file() -> None:
    with pytest.raises(SpecError) as caught:
        follow_overlay(spec({}), "actions: [", "o.yaml", spec({}))
    assert caught.value.file == "o.yaml"


def test_the_cli_prints_one_line_per_error(capsys: pytest.CaptureFixture[str]) -> None:
    errors = [SpecError("o.yaml", pointer.join("/actions", n, "target"), "gone") for n in (1, 2)]
    with pytest.raises(SystemExit) as exited, cli.reporting_errors():
        raise SpecErrors(errors)
    assert exited.value.code == cli.EXIT_BAD_INPUT
    assert capsys.readouterr().err.splitlines() == [
        "error: o.yaml#/actions/1/target: gone",
        "error: o.yaml#/actions/2/target: gone",
    ]
