"""The changelog entry ``specgen update`` writes (generator/changelog.py), on hand-built reports:
breaking changes first with what to do, renames as renames, documentation-only releases said
so, and repetitive lines grouped so that an entry fits a screen."""

from __future__ import annotations

import copy
import datetime
from typing import Any

from generator.diff.changes import Change, Level, Report
from generator.diff.sdk import sdk_pointer
from generator.project import changelog
from generator.project.changelog import (
    DOCUMENTATION_ONLY,
    UNUSED_TEXT_ONLY,
    changelog_entry,
    documentation_only,
)

DAY = datetime.date(2026, 1, 1)
MESSAGES = ("POST", "/v1/messages")
COUNT_TOKENS = ("POST", "/v1/messages/count_tokens")


def entry(report: Report, old: str = "version 1.0.0", new: str = "version 1.1.0") -> str:
    return changelog_entry(report, "2.0.0", DAY, old, new)


def body(text: str) -> str:
    """The entry below its header lines."""
    return text.split("\n\n", 2)[2]


def model_renamed(old: str, new: str, cause: str | None = None) -> Change:
    return Change(
        "sdk-model-renamed",
        "breaking",
        f"Model `{old}` was renamed to `{new}`: imports and annotations of the old name fail.",
        pointer=sdk_pointer("models", old),
        old=old,
        new=new,
        cause=cause,
    )


def argument_removed(method: str, name: str) -> Change:
    return Change(
        "sdk-argument-removed",
        "breaking",
        f"`client.{method}()` no longer takes `{name}`: calls passing it raise TypeError.",
        *MESSAGES,
        pointer=sdk_pointer("methods", method, "arguments", name),
        old="int | None",
    )


def wire(rule: str, level: Level, message: str, path: str, **values: Any) -> Change:
    return Change(rule, level, message, "POST", path, f"/paths/{path[1:]}/post", **values)


TOP_K_REMOVED = wire(
    "request-property-removed",
    "warning",
    "request property 'top_k' removed",
    "/v1/messages",
    old="top_k",
)


# -- a major release ---------------------------------------------------------------------------


def test_a_major_release_opens_with_breaking_changes_and_what_to_do() -> None:
    report = Report(
        wire=(TOP_K_REMOVED,),
        sdk=(
            argument_removed("messages.create", "top_k"),
            model_renamed("Message", "ClaudeMessage", cause="renamed in the overlay"),
            Change(
                "sdk-method-added",
                "info",
                "New method `client.models.list()`.",
                "GET",
                "/v1/models",
                sdk_pointer("methods", "models.list"),
                new="models.list",
            ),
        ),
    )
    text = entry(report)
    assert text.startswith(
        "## 2.0.0 (2026-01-01)\n\nFor the API spec version 1.1.0 (was version 1.0.0).\n\n"
        "### Breaking changes\n\n"
    )
    breaking = text.split("### Breaking changes\n\n", 1)[1].split("\n###", 1)[0]
    assert breaking.splitlines() == [
        "- Argument `top_k` of `client.messages.create()` was removed: stop passing it.",
        "- `Message` was renamed to `ClaudeMessage` (renamed in the overlay): "
        "replace `Message` with `ClaudeMessage` in your code.",
    ]
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "## 2.0.0 (2026-01-01)",
        "### Breaking changes",
        "### Deprecations and warnings",
        "### Additions and other changes",
    ]
    assert "- New method `client.models.list()`." in text
    assert "On the wire:\n\n- `POST /v1/messages`\n  - Request property 'top_k' removed." in text


def test_a_rename_without_a_cause_has_no_parentheses() -> None:
    enum = Change(
        "sdk-enum-renamed",
        "breaking",
        "Enum `Role` was renamed to `MessageRole`.",
        pointer=sdk_pointer("enums", "Role"),
        old="Role",
        new="MessageRole",
    )
    text = entry(Report(wire=(), sdk=(model_renamed("Message", "ClaudeMessage"), enum)))
    assert (
        "- `Message` was renamed to `ClaudeMessage`: "
        "replace `Message` with `ClaudeMessage` in your code.\n"
    ) in text
    assert (
        "- `Role` was renamed to `MessageRole`: replace `Role` with `MessageRole` in your code.\n"
    ) in text


def test_a_method_removed_and_one_added_on_the_same_operation_is_a_rename() -> None:
    removed = Change(
        "sdk-method-removed",
        "breaking",
        "Method `client.messages.count()` was removed.",
        *COUNT_TOKENS,
        sdk_pointer("methods", "messages.count"),
        old="messages.count",
        cause="renamed in the overlay",
    )
    added = Change(
        "sdk-method-added",
        "info",
        "New method `client.messages.count_tokens()`.",
        *COUNT_TOKENS,
        sdk_pointer("methods", "messages.count_tokens"),
        new="messages.count_tokens",
    )
    text = entry(Report(wire=(), sdk=(removed, added)))
    assert (
        "- `client.messages.count()` (`POST /v1/messages/count_tokens`) was renamed to "
        "`client.messages.count_tokens()` (renamed in the overlay): replace "
        "`client.messages.count()` with `client.messages.count_tokens()` in your code.\n"
    ) in text
    assert "New method" not in text and "### Additions" not in text


def test_each_kind_of_break_says_what_to_do() -> None:
    def change(rule: str, *tokens: str, **values: Any) -> Change:
        return Change(rule, "breaking", "m", *MESSAGES, sdk_pointer(*tokens), **values)

    method = ("methods", "messages.create")
    cases = {
        change("sdk-method-removed", *method, old="messages.create"): (
            "`client.messages.create()` was removed: stop calling it."
        ),
        change("sdk-argument-became-required", *method, "arguments", "model"): (
            "Argument `model` of `client.messages.create()` is now required: "
            "pass it in every call."
        ),
        change("sdk-argument-added-required", *method, "arguments", "model", new="str"): (
            "`client.messages.create()` has a new required argument `model`: "
            "pass it in every call."
        ),
        change("sdk-argument-type-changed", *method, "arguments", "n", old="int", new="str"): (
            "Argument `n` of `client.messages.create()` now takes `str` (was `int`): "
            "pass a value of type `str`."
        ),
        change("sdk-return-type-changed", *method, "returns", old="Message", new="Reply"): (
            "`client.messages.create()` now returns `Reply` (was `Message`): "
            "update the code that uses what it returns."
        ),
        change("sdk-model-removed", "models", "Usage", old="Usage"): (
            "Model `Usage` was removed: stop importing it."
        ),
        change("sdk-field-removed", "models", "Usage", "fields", "tokens", old="int"): (
            "Field `Usage.tokens` was removed: stop reading or setting it."
        ),
        change("sdk-field-became-optional", "models", "Usage", "fields", "tokens"): (
            "Field `Usage.tokens` is now optional: handle `None` where you read it."
        ),
        change("sdk-field-added-required", "models", "Tool", "fields", "name", new="str"): (
            "`Tool` has a new required field `name`: set it wherever you build a `Tool`."
        ),
        change("sdk-enum-member-removed", "enums", "Role", "values", "system", old="system"): (
            'Enum `Role` no longer has the value `"system"`: stop using it.'
        ),
        change("sdk-model-became-typeddict", "models", "MessageParam"): (
            "`MessageParam` is now a `TypedDict`, no longer a model: build it as a dict literal "
            'and read it by key (`value["key"]`), not by attribute.'
        ),
        change("sdk-error-class-removed", "errors", "ConflictError", old="ConflictError"): (
            "Exception class `ConflictError` was removed: "
            "catch `APIStatusError` and check its `status_code` instead."
        ),
    }
    for change_, expected in cases.items():
        assert changelog.advice(change_) == expected


def test_a_break_without_advice_keeps_its_message_and_cause() -> None:
    odd = Change(
        "sdk-something-new",
        "breaking",
        "the client's `frobnicate` changed",
        pointer=sdk_pointer("client", "frobnicate"),
        cause="a <b>bold</b> overlay",
    )
    assert changelog.advice(odd) == (
        "The client's `frobnicate` changed (a \\<b\\>bold\\</b\\> overlay)."
    )


def test_a_break_only_on_the_wire_says_the_sdk_does_not_break() -> None:
    removed = wire(
        "api-removed-without-deprecation",
        "breaking",
        "operation removed without deprecation",
        "/v1/messages/count_tokens",
    )
    added = Change(
        "sdk-model-added", "info", "New model `Usage`.", pointer=sdk_pointer("models", "Usage")
    )
    text = body(entry(Report(wire=(removed,), sdk=(added,))))
    assert text.startswith(
        "### Breaking changes\n\nNothing breaks in the SDK's interface, but on the wire:\n\n"
        "- `POST /v1/messages/count_tokens`\n"
        "  - Operation removed without deprecation. `api-removed-without-deprecation`\n"
    )


def test_a_minor_release_has_no_breaking_section() -> None:
    added = wire(
        "new-optional-request-property",
        "info",
        "request property 'verbosity' added (optional)",
        "/v1/messages",
        new="verbosity",
    )
    text = body(entry(Report(wire=(added,), sdk=())))
    assert text == (
        "### Additions and other changes\n\n"
        "No change to the SDK's interface; on the wire:\n\n"
        "- `POST /v1/messages`\n"
        "  - Request property 'verbosity' added (optional). `new-optional-request-property`\n"
    )


# -- releases without changes ------------------------------------------------------------------

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Claude", "version": "1.0.0", "description": "The API."},
    "paths": {
        "/v1/messages": {
            "post": {
                "summary": "Create a message",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "description": {"type": "string", "description": "Text."},
                                    "example": {"type": "string"},
                                },
                                "example": {"description": "x"},
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
}


def edited(**changes: Any) -> dict[str, Any]:
    """A copy of DOCUMENT with the value at each ``a__b__c`` path replaced (None: removed)."""
    document = copy.deepcopy(DOCUMENT)
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = document
        for key in parents:
            node = node[key]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return document


OPERATION = "paths__/v1/messages__post"
SCHEMA = f"{OPERATION}__requestBody__content__application/json__schema"


def test_documentation_only_is_descriptions_summaries_titles_and_examples() -> None:
    assert documentation_only(DOCUMENT, edited(**{f"{OPERATION}__summary": "Send a message"}))
    assert documentation_only(DOCUMENT, edited(**{f"{SCHEMA}__example": {"description": "y"}}))
    assert documentation_only(
        DOCUMENT,
        edited(info__description="Claude.", info__version="1.0.1", **{f"{SCHEMA}__title": "T"}),
    )
    # properties *named* description or example are the API, not its documentation
    properties = f"{SCHEMA}__properties"
    assert not documentation_only(DOCUMENT, edited(**{f"{properties}__description": None}))
    assert not documentation_only(DOCUMENT, edited(**{f"{properties}__example": None}))
    # nothing but the version (or nothing at all) is not documentation either
    assert not documentation_only(DOCUMENT, edited(info__version="1.0.1"))
    assert not documentation_only(DOCUMENT, copy.deepcopy(DOCUMENT))
    assert not documentation_only(None, DOCUMENT)
    # a default is data
    default = {"type": "string", "default": "a"}
    with_default = edited(**{f"{properties}__example": default})
    assert not documentation_only(
        with_default, edited(**{f"{properties}__example": {**default, "default": "b"}})
    )


def test_a_documentation_only_release_says_so() -> None:
    from generator.project.update import (
        changelog_entry as update_changelog_entry,  # as `update` calls it
    )

    empty = Report(wire=(), sdk=())
    new = edited(info__version="1.0.1", **{f"{OPERATION}__summary": "Send a message"})
    text = update_changelog_entry(empty, "1.0.1", DAY, DOCUMENT, new)
    assert text == (
        "## 1.0.1 (2026-01-01)\n\n"
        "For the API spec version 1.0.1 (was version 1.0.0).\n\n"
        "Documentation and examples only: no change to the API or the SDK.\n"
    )
    assert DOCUMENTATION_ONLY in text and "No changes." not in text


def test_a_release_with_no_change_the_sdk_or_the_api_sees_says_so() -> None:
    empty = Report(wire=(), sdk=())
    security = edited(security=[{"key": []}])
    text = changelog_entry(
        empty, "1.0.1", DAY, "version 1.0.0", "version 1.0.0", DOCUMENT, security
    )
    assert text == f"## 1.0.1 (2026-01-01)\n\n{UNUSED_TEXT_ONLY}\n"
    assert UNUSED_TEXT_ONLY.startswith("No change to the API or the SDK (")
    assert entry(empty, new="version 1.0.0").endswith(f"\n\n{UNUSED_TEXT_ONLY}\n")


# -- an entry fits a screen --------------------------------------------------------------------


def enum_value_added(index: int) -> Change:
    value = f"value_{index % 3}"
    return Change(
        "response-property-enum-value-added",
        "warning",
        f"200 response property 'type' enum value \"{value}\" added",
        "GET",
        f"/v1/things{index:02}",
        f"/paths/~1v1~1things{index:02}/get/x",
        new=value,
    )


def test_twelve_similar_wire_changes_are_one_line() -> None:
    report = Report(wire=tuple(enum_value_added(i) for i in range(12)), sdk=())
    text = body(entry(report))
    bullets = [line for line in text.splitlines() if line.startswith(("-", "  -"))]
    assert bullets == [
        "- Response property enum value added 12 times on 12 operations (`GET /v1/things00`, "
        "`GET /v1/things01`, `GET /v1/things02`, `GET /v1/things03`, `GET /v1/things04` and "
        "7 more): `value_0`, `value_1` and `value_2`. `response-property-enum-value-added`"
    ]
    assert len(text.splitlines()) <= 5


def test_a_few_changes_of_a_rule_are_listed_one_by_one() -> None:
    few = tuple(enum_value_added(i) for i in range(changelog.GROUP_AT - 1))
    text = body(entry(Report(wire=(TOP_K_REMOVED, *few), sdk=())))
    assert text.count("`response-property-enum-value-added`") == changelog.GROUP_AT - 1
    assert "times" not in text


def test_repetitive_sdk_additions_are_one_line_and_breaks_never_are() -> None:
    models = tuple(
        Change(
            "sdk-model-added",
            "info",
            f"New model `Model{name}`.",
            pointer=sdk_pointer("models", f"Model{name}"),
            new=f"Model{name}",
        )
        for name in "ABCDEFGHIJKL"
    )
    removed = tuple(argument_removed("messages.create", f"arg_{i}") for i in range(6))
    text = body(entry(Report(wire=(), sdk=(*removed, *models))))
    assert (
        "- New models (12): `ModelA`, `ModelB`, `ModelC`, `ModelD`, `ModelE` and 7 more.\n"
    ) in text
    assert text.count("was removed: stop passing it.") == 6


def test_an_entry_for_a_typical_release_fits_a_screen() -> None:
    wire_changes = [enum_value_added(i) for i in range(12)]
    wire_changes += [
        wire(
            "response-optional-property-added",
            "info",
            f"200 response property 'p{i}' added (optional)",
            f"/v1/op{i}",
            new=f"p{i}",
        )
        for i in range(10)
    ]
    sdk_changes = [
        Change(
            "sdk-field-added",
            "info",
            f"New optional field `Reply.p{i}`: `str | None`.",
            pointer=sdk_pointer("models", "Reply", "fields", f"p{i}"),
            new="str | None",
        )
        for i in range(10)
    ]
    text = entry(Report(wire=tuple(wire_changes), sdk=tuple(sdk_changes)))
    assert len(text.splitlines()) <= 20
    assert "- New fields (10): `Reply.p0`, `Reply.p1`" in text


def test_a_cause_is_shown_in_parentheses_wherever_the_change_is_listed() -> None:
    moved = wire(
        "request-property-removed",
        "warning",
        "request property 'top_k' removed",
        "/v1/messages",
        old="top_k",
        cause="removed by the overlay",
    )
    added = Change(
        "sdk-model-added",
        "info",
        "New model `Usage`.",
        pointer=sdk_pointer("models", "Usage"),
        new="Usage",
        cause="named in the overlay",
    )
    text = entry(Report(wire=(moved,), sdk=(added,)))
    assert "  - Request property 'top_k' removed (removed by the overlay). `request-" in text
    assert "- New model `Usage` (named in the overlay).\n" in text


def test_types_removed_together_are_one_line_that_names_each() -> None:
    def removed(rule: str, kind: str, name: str) -> Change:
        return Change(rule, "breaking", f"m {name}", pointer=sdk_pointer(kind, name), old=name)

    models = [removed("sdk-model-removed", "models", f"Model{n}") for n in "ABCDEFG"]
    enum = removed("sdk-enum-removed", "enums", "Kind")
    text = entry(Report(wire=(), sdk=(*models, enum)))
    assert (
        "- Models `ModelA`, `ModelB`, `ModelC`, `ModelD`, `ModelE`, `ModelF` and `ModelG` "
        "were removed: stop importing them.\n"
        "- Enum `Kind` was removed: stop importing it.\n"
    ) in text
