"""The kitchen-sink target (specs/kitchensink.yaml) holds every construct the generator supports,
so every branch of the templates shows in generated/kitchensink/ and in review diffs. Each test
names what the spec must keep: removing a construct from the spec fails here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.config import load_targets
from generator.model import ir
from generator.project.pipeline import build_target
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def api() -> ir.Api:
    target = next(t for t in load_targets(ROOT) if t.name == "kitchensink")
    return build_target(target)


def _operation(api: ir.Api, client_path: str) -> ir.Operation:
    found = {op.id: op for op in api.operations}
    assert client_path in found, f"{client_path} is gone from the kitchen sink"
    return found[client_path]


def _walk(type_ref: ir.TypeRef | None) -> Iterator[ir.TypeRef]:
    if type_ref is None:
        return
    yield type_ref
    for arg in type_ref.args:
        yield from _walk(arg)


def _all_types(api: ir.Api) -> list[ir.TypeRef]:
    roots: list[ir.TypeRef | None] = []
    for op in api.operations:
        roots.extend(a.type for a in op.arguments)
        roots.extend(op.received_types)
    for model in api.models:
        roots.extend(f.type for f in model.fields)
        roots.append(model.additional)
    return [t for root in roots for t in _walk(root)]


def _model(api: ir.Api, name: str) -> ir.Model:
    models = {m.name: m for m in api.models}
    assert name in models, f"model {name} is gone from the kitchen sink"
    return models[name]


def _field(model: ir.Model, name: str) -> ir.Field:
    fields = {f.name: f for f in model.fields}
    assert name in fields, f"{model.name}.{name} is gone from the kitchen sink"
    return fields[name]


def _refers_to(api: ir.Api, start: str) -> set[str]:
    """The models reachable from ``start`` through fields (``start`` itself only if a cycle
    leads back to it)."""
    models = {m.name: m for m in api.models}
    seen: set[str] = set()
    pending = [t for f in models[start].fields for t in _walk(f.type)]
    while pending:
        type_ref = pending.pop()
        if type_ref.kind == "model" and type_ref.name not in seen:
            seen.add(type_ref.name)
            model = models[type_ref.name]
            pending.extend(t for f in model.fields for t in _walk(f.type))
            pending.extend(_walk(model.additional))
    return seen


def test_a_realistic_size(api: ir.Api) -> None:
    assert 25 <= len(api.operations) <= 40
    assert len(api.models) >= 30
    assert len(api.enums) >= 8


def test_every_http_method(api: ir.Api) -> None:
    methods = {op.http_method for op in api.operations}
    assert {"GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS"} <= methods


def test_every_parameter_location_and_style(api: ir.Api) -> None:
    arguments = [a for op in api.operations for a in op.arguments]
    assert {a.location for a in arguments} == {"path", "query", "header", "cookie", "body"}
    spelled = {(a.location, a.style, a.explode) for a in arguments}
    assert {
        ("query", "form", True),
        ("query", "form", False),
        ("query", "spaceDelimited", False),
        ("query", "pipeDelimited", False),
        ("query", "deepObject", True),
        ("query", "json", False),
        ("path", "simple", False),
        ("header", "simple", False),
        ("cookie", "form", True),
    } <= spelled
    # Arrays where arrays are spelled: a path, a header, each delimited query style.
    arrays = {(a.location, a.style) for a in arguments if a.type.kind == "list"}
    assert {
        ("path", "simple"),
        ("header", "simple"),
        ("query", "form"),
        ("query", "spaceDelimited"),
        ("query", "pipeDelimited"),
    } <= arrays
    # An exploded form object (its properties become parameters) and a deepObject model.
    objects = {(a.style, a.explode) for a in arguments if a.type.kind == "model"}
    assert {("form", True), ("deepObject", True), ("json", False)} <= objects
    # A required and an optional cookie; a parameter that is a Python keyword.
    cookies = [a for a in arguments if a.location == "cookie"]
    assert {a.required for a in cookies} == {True, False}
    assert any(a.name == "from" and a.python_name != "from" for a in arguments)


def test_parameters_from_path_items_and_components(api: ir.Api) -> None:
    # book_id is declared once on the path item (a $ref), and reaches every method there.
    on_item = [op for op in api.operations if op.path == "/books/{book_id}"]
    assert {op.http_method for op in on_item} == {"GET", "PUT", "PATCH", "DELETE", "HEAD"}
    for op in on_item:
        assert any(a.name == "book_id" and a.location == "path" for a in op.arguments), op.id
    # A default and a constraint, from a component parameter.
    limit = next(a for a in _operation(api, "books.list").arguments if a.name == "limit")
    assert limit.has_default and limit.default == 20
    assert limit.type.constraints.maximum == 100


def test_every_body_encoding(api: ir.Api) -> None:
    bodies = [op.body for op in api.operations if op.body is not None]
    assert {b.encoding for b in bodies} == {"json", "multipart", "form", "raw"}
    raw_kinds = {b.type.kind for b in bodies if b.encoding == "raw"}
    assert raw_kinds == {"bytes", "str"}  # an image, and text
    # A body whose properties are keyword arguments, and a whole body passed as ``body=``.
    assert {b.flattened for b in bodies} == {True, False}
    assert any(b.encoding == "json" and not b.flattened for b in bodies)  # a list of trees
    # A JSON type other than application/json, and a body from components/requestBodies.
    assert "application/merge-patch+json" in {b.content_type for b in bodies}
    assert _operation(api, "books.replace").body is not None


def test_multipart_files_arrays_and_objects(api: ir.Api) -> None:
    op = _operation(api, "books.upload_attachment")
    assert op.body is not None and op.body.encoding == "multipart"
    kinds = {a.name: a.type.kind for a in op.arguments if a.location == "body"}
    assert kinds["file"] == "file"
    assert kinds["labels"] == "list"  # repeats the field
    assert kinds["details"] == "model"  # goes as JSON text


def test_every_kind_of_response(api: ir.Api) -> None:
    responses = [op.response for op in api.operations if op.response is not None]
    content_types = {r.content_type for r in responses}
    assert {"application/json", "image/jpeg", "text/plain", "text/csv", None} <= content_types
    kinds = {r.type.kind if r.type else None for r in responses}
    assert {"model", "list", "str", "bytes", None} <= kinds
    statuses = {r.status for r in responses}
    assert {200, 201, 202, 204} <= statuses


def test_every_kind_of_stream(api: ir.Api) -> None:
    streams = {op.id: op.stream for op in api.operations if op.stream is not None}
    events = {op_id: stream.event for op_id, stream in streams.items()}
    # Always on, several kinds of event told apart by "type", ending at a terminator.
    orders = streams["orders.stream_events"]
    assert orders.flag is None and orders.terminator == "[DONE]"
    assert events["orders.stream_events"].kind == "union"
    assert events["orders.stream_events"].discriminator == "type"
    # JSON or a stream, by the "stream" flag found in the body, or by x-specgen-stream-flag.
    assert streams["assistant.ask"].flag == "stream"
    assert streams["recommendations.create"].flag == "live"
    for op_id in ("assistant.ask", "recommendations.create"):
        assert _operation(api, op_id).response is not None
    # Events that are text, and events without a schema.
    assert events["activity.tail"].kind == "str"
    assert events["activity.raw"].kind == "any"


def test_errors_of_many_statuses(api: ir.Api) -> None:
    statuses = {e.status for op in api.operations for e in op.errors}
    assert {400, 401, 402, 403, 404, 409, 410, 413, 422, 429, 500, 503} <= statuses
    classes = {c.status: c.class_name for c in api.error_classes}
    # Statuses without a standard exception get a class of their own.
    assert classes[402] == "PaymentRequiredError"
    assert classes[410] == "GoneError"
    assert classes[413] == "RequestEntityTooLargeError"
    # Each documented error carries the spec's own example (the generated tests send it).
    create = _operation(api, "orders.create")
    assert all(e.has_example for e in create.errors)
    assert len({str(e.example) for e in create.errors}) == len(create.errors)
    # An error status documented without a body.
    assert any(e.type is None for op in api.operations for e in op.errors)


def test_deprecation(api: ir.Api) -> None:
    assert any(op.deprecated for op in api.operations)
    assert not all(op.deprecated for op in api.operations)
    assert any(a.deprecated for op in api.operations for a in op.arguments)
    assert any(f.deprecated for m in api.models for f in m.fields)


def test_composition(api: ir.Api) -> None:
    types = _all_types(api)
    unions = [t for t in types if t.kind == "union"]
    # A discriminated union with a mapping, named by x-specgen-name (a type alias) ...
    payment = next(t for t in unions if t.name == "PaymentMethod")
    assert payment.discriminator == "method"
    assert {a.name for a in api.aliases} >= {"PaymentMethod"}
    tags = {_field(_model(api, m.name), "method").type.values for m in payment.args}
    assert tags == {("card",), ("voucher",), ("invoice",)}
    # ... one whose tags are the component names (no mapping) ...
    shipping = {("HomeDelivery",), ("PickupPoint",)}
    assert any(
        t.discriminator == "kind"
        and {_field(_model(api, m.name), "kind").type.values for m in t.args} == shipping
        for t in unions
    )
    # ... an anyOf of a model and a string, without a discriminator ...
    target = _field(_model(api, "Label"), "target").type
    assert target.kind == "union" and target.discriminator is None
    assert {a.kind for a in target.args} == {"model", "str"}
    # ... and allOf merged into one model.
    book = _model(api, "Book")
    assert {"title", "isbn", "format", "id", "created_at"} <= {f.name for f in book.fields}


def test_recursion_maps_enums_and_formats(api: ir.Api) -> None:
    assert "Category" in _refers_to(api, "Category")  # recursive
    assert "ReadingList" in _refers_to(api, "ReadingList")  # mutually recursive
    assert "Author" in _refers_to(api, "Author")
    inventory = _model(api, "Inventory")
    stock, counts = _field(inventory, "stock").type, _field(inventory, "counts").type
    assert stock.kind == "map" and stock.args[0].kind == "model"
    assert counts.kind == "map" and counts.args[0].kind == "int"
    assert {_field(inventory, "metadata").type.kind, _field(inventory, "extra").type.kind} == {
        "object"
    }
    assert _model(api, "BookMetadata").additional is not None  # properties and any others
    values = {e.name: e.values for e in api.enums}
    assert all(isinstance(v, str) for v in values["OrderStatus"])
    assert all(isinstance(v, int) for v in values["Stars"])
    assert _field(_model(api, "BookInput"), "condition").type.nullable  # null among the values
    kinds = {t.kind for t in _all_types(api)}
    assert {"datetime", "date", "bytes", "file", "float", "int", "bool"} <= kinds
    assert {"enum", "literal", "list", "map", "union", "model", "any", "object"} <= kinds
    received = [m for m in api.models if m.received]
    assert received and len(received) < len(api.models)  # request-only models too


def test_openapi_31_features(api: ir.Api) -> None:
    review = _model(api, "Review")
    assert _field(review, "object").type == ir.TypeRef("literal", values=("review",))  # const
    assert _field(review, "headline").type.nullable  # "type": [string, "null"]
    reply = _field(review, "reply").type  # oneOf with {"type": "null"}
    assert reply.kind == "model" and reply.nullable
    weight = _field(_model(api, "ReviewInput"), "weight")
    assert weight.type.constraints.exclusive_minimum and weight.type.constraints.exclusive_maximum
    assert weight.has_example and weight.example == 2.5  # from "examples"
    volume = _field(_model(api, "BookInput"), "volume").type  # "type": [integer, string]
    assert volume.kind == "union" and {a.kind for a in volume.args} == {"int", "str"}


def test_examples_feed_the_generated_tests(api: ir.Api) -> None:
    create = _operation(api, "books.create")
    title = next(a for a in create.arguments if a.name == "title")
    assert title.has_example and title.example == "Emma"  # a schema example
    body = next(a for a in _operation(api, "categories.create").arguments if a.name == "body")
    assert body.has_example and body.type.kind == "list"
    assert body.example[0]["name"] == "fiction"  # type: ignore[index,call-overload]
    excerpt = _operation(api, "books.get_excerpt").response
    assert excerpt is not None and excerpt.content_type == "text/plain"


def test_names_from_every_source(api: ir.Api) -> None:
    named_by = {m.name: m.named_by for m in api.models}
    assert named_by["SearchHit"] == "overlay" and named_by["RecommendationList"] == "overlay"
    assert "rule" in named_by.values()
    ids = {op.id for op in api.operations}
    assert "assistant.ask" in ids  # x-specgen-method from the overlay
    assert "orders.cancel" in ids  # x-specgen-method in the spec
    assert "health.check" in ids  # an operation of a path item reached by $ref
    assert "books.reviews.list" in ids  # a sub-resource, named by its path
    assert "books.import_" in ids  # an operationId that is a Python keyword
    assert any(op.resource == () or len(op.resource) == 2 for op in api.operations)


def test_auth_and_server(api: ir.Api) -> None:
    assert api.auth == ir.Auth("header", "X-API-Key")
    assert api.base_url == "https://eu.shelf.example/v1"  # a server variable's default
