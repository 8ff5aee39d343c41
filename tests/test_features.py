"""One small fixture spec per group of OpenAPI constructs (tests/fixtures/features/), each
generated into a package whose own tests must pass, then driven through its ``Client`` on an
``httpx.MockTransport`` to check what goes on the wire and what comes back parsed.

parameters.yaml   path, query (array styles), header parameters
methods.yaml      GET, POST, PUT, PATCH, DELETE (204), HEAD; operationId names; deprecated
composition.yaml  allOf, oneOf + discriminator (with and without mapping), anyOf, nullable
models.yaml       recursive and mutually recursive models, maps, enums, formats
openapi31.yaml    type lists with "null", const, examples, numeric exclusiveMinimum
uploads.yaml      multipart/form-data with a file, application/x-www-form-urlencoded
streams.yaml      event streams of text, of numbers, and without a schema
"""

from __future__ import annotations

import ast
import asyncio
import datetime
import email.parser
import email.policy
import importlib
import io
import json
import subprocess
import sys
import typing
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import httpx
import jsonschema
import pydantic
import pytest

from generator.config import Target
from generator.project.pipeline import build_target
from tests.helpers import ROOT, invoke_generator, readme_code

FEATURES = ROOT / "tests" / "fixtures" / "features"
BASE_URL = "http://api.test/v1"


@dataclass(frozen=True)
class Generated:
    """A fixture spec's generated package: where it was written, and the package imported."""

    spec: Path
    out: Path
    module: ModuleType

    def source(self, relative: str) -> str:
        return (self.out / self.module.__name__ / relative).read_text(encoding="utf-8")


def _generate(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[Generated]:
    """Generate ``features/<name>.yaml`` as package ``feat_<name>`` and import it in-process
    (a package name of its own per spec, so that nothing clashes in ``sys.modules``)."""
    spec = FEATURES / f"{name}.yaml"
    package = f"feat_{name}"
    tmp = tmp_path_factory.mktemp(name)
    result = invoke_generator(tmp, "generate", str(spec), "--out", "out", "--package", package)
    assert result.returncode == 0, result.stderr
    out = tmp / "out"
    for _, code in readme_code((out / "README.md").read_text(encoding="utf-8")):
        ast.parse(code)  # the README's examples (they run in tests/test_package_readme.py)
    sys.path.insert(0, str(out))
    try:
        importlib.import_module(f"{package}.models")  # a submodule: the package does not load it
        yield Generated(spec, out, importlib.import_module(package))
    finally:
        sys.path.remove(str(out))
        for loaded in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[loaded]


@pytest.fixture(scope="module")
def parameters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(tmp_path_factory, "parameters")


@pytest.fixture(scope="module")
def methods(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(tmp_path_factory, "methods")


@pytest.fixture(scope="module")
def composition(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(tmp_path_factory, "composition")


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(tmp_path_factory, "models")


@pytest.fixture(scope="module")
def openapi31(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(tmp_path_factory, "openapi31")


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(tmp_path_factory, "uploads")


@pytest.fixture(scope="module")
def streams(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(tmp_path_factory, "streams")


@dataclass
class Server:
    """A mock transport's handler: records each request (body read) and answers in turn."""

    answers: list[httpx.Response]
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answers[min(len(self.requests), len(self.answers)) - 1]

    @property
    def request(self) -> httpx.Request:
        assert len(self.requests) == 1, self.requests
        return self.requests[0]

    def json(self) -> Any:
        assert self.request.headers["content-type"] == "application/json"
        return json.loads(self.request.content)


def serve(*answers: httpx.Response) -> Server:
    return Server(list(answers))


def ok(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def client(generated: Generated, server: Server) -> Any:
    """The generated sync ``Client``, sending through ``server`` instead of the network."""
    return generated.module.Client(
        api_key="test-key",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )


def async_client(generated: Generated, server: Server) -> Any:
    return generated.module.AsyncClient(
        api_key="test-key",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)),
    )


def round_trip(model: Any, data: dict[str, Any]) -> Any:
    parsed = model.model_validate(data)
    assert parsed.model_dump(mode="json", by_alias=True, exclude_unset=True) == data
    return parsed


# -- (1) every generated package passes its own tests -------------------------------------

SPECS = ["parameters", "methods", "composition", "models", "openapi31", "uploads", "streams"]


def _run(cwd: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("name", SPECS)
def test_the_generated_package_passes_its_own_tests(
    name: str, request: pytest.FixtureRequest
) -> None:
    generated: Generated = request.getfixturevalue(name)
    run = _run(generated.out, "pytest", "-q", "-p", "no:cacheprovider")
    assert run.returncode == 0, run.stdout + run.stderr
    assert " passed" in run.stdout and "failed" not in run.stdout


@pytest.mark.parametrize("name", SPECS)
def test_the_generated_package_is_lint_and_type_clean(
    name: str, request: pytest.FixtureRequest, mypy_cache: str
) -> None:
    """As ``make lint`` holds the committed targets: ruff with the package's own configuration,
    and ``mypy --strict`` on the package and its tests (arguments typed as they are declared)."""
    generated: Generated = request.getfixturevalue(name)
    package = generated.module.__name__
    ruff = _run(generated.out, "ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    mypy = _run(generated.out, "mypy", "--strict", "--cache-dir", mypy_cache, package, "tests")
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


# -- parameters --------------------------------------------------------------------------


def test_path_parameters_are_percent_encoded_into_the_url(parameters: Generated) -> None:
    server = serve(ok({"id": 7, "name": "Rex", "owner": "a/b c"}))
    pet = client(parameters, server).owners.pets.get(owner="a/b c", pet_id=7)
    assert server.request.method == "GET"
    assert server.request.url.raw_path == b"/v1/owners/a%2Fb%20c/pets/7"
    assert isinstance(pet, parameters.module.models.Pet)
    assert (pet.id, pet.name, pet.owner) == (7, "Rex", "a/b c")


def test_path_parameters_async(parameters: Generated) -> None:
    server = serve(ok({"id": 8, "name": "Tom"}))

    async def call() -> Any:
        async with async_client(parameters, server) as api:
            return await api.owners.pets.get(owner="bob", pet_id=8)

    pet = asyncio.run(call())
    assert server.request.url.path == "/v1/owners/bob/pets/8"
    assert pet.name == "Tom"


def test_header_parameters_arrays_in_simple_style(parameters: Generated) -> None:
    server = serve(ok({"id": 7, "name": "Rex"}))
    client(parameters, server).owners.pets.get(
        owner="alice", pet_id=7, x_request_tags=["audit", "mobile"], x_trace_id="t-1"
    )
    assert server.request.headers["x-request-tags"] == "audit,mobile"
    assert server.request.headers["x-trace-id"] == "t-1"
    tests = (parameters.out / "tests" / "test_owners.py").read_text(encoding="utf-8")
    assert 'request.headers["x-request-tags"] == "audit,mobile"' in tests


def test_header_parameters_not_given_are_not_sent(parameters: Generated) -> None:
    server = serve(ok({"id": 7, "name": "Rex"}))
    client(parameters, server).owners.pets.get(owner="alice", pet_id=7)
    assert "x-request-tags" not in server.request.headers
    assert "x-trace-id" not in server.request.headers


def test_query_arrays_in_each_style(parameters: Generated) -> None:
    server = serve(ok([{"id": 1, "name": "Rex"}, {"id": 2, "name": "Tom"}]))
    pets = client(parameters, server).pets.list(
        tag=["cute", "small"],  # form, explode: true
        status=["available", "pending"],  # form, explode: false
        color=["black", "white"],  # spaceDelimited
        size=[1, 2],  # pipeDelimited
        limit=10,
    )
    params = server.request.url.params
    assert params.get_list("tag") == ["cute", "small"]
    assert params.get_list("status") == ["available,pending"]
    assert params.get_list("color") == ["black white"]
    assert params.get_list("size") == ["1|2"]
    assert params.get_list("limit") == ["10"]
    assert [p.name for p in pets] == ["Rex", "Tom"]
    # The package's own tests check the same spellings, from the parameters' examples.
    tests = (parameters.out / "tests" / "test_pets.py").read_text(encoding="utf-8")
    assert 'request.url.params.get_list("tag") == ["cute", "small"]' in tests
    assert 'request.url.params["status"] == "available,pending"' in tests
    assert 'request.url.params["color"] == "black white"' in tests
    assert 'request.url.params["size"] == "1|2"' in tests
    assert all(isinstance(p, parameters.module.models.Pet) for p in pets)


def test_query_parameters_not_given_are_left_out(parameters: Generated) -> None:
    server = serve(ok([]))
    assert client(parameters, server).pets.list() == []
    assert str(server.request.url) == BASE_URL + "/pets"


# -- methods -----------------------------------------------------------------------------

TODO = {"id": 3, "title": "Buy milk", "done": False}


def test_operation_ids_name_the_methods(methods: Generated) -> None:
    names = {"list", "create", "get", "replace", "update", "delete", "check", "archive"}
    for api in (client(methods, serve()), async_client(methods, serve())):
        assert names <= set(dir(api.todos))
    assert not hasattr(client(methods, serve()).todos, "list_todos")


def test_get_list_and_one(methods: Generated) -> None:
    server = serve(ok([TODO]), ok(TODO))
    api = client(methods, server)
    todos = api.todos.list()
    todo = api.todos.get(todo_id=3)
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/v1/todos"),
        ("GET", "/v1/todos/3"),
    ]
    assert [t.title for t in todos] == ["Buy milk"]
    assert isinstance(todo, methods.module.models.Todo) and todo.id == 3


def test_post_sends_a_json_body_and_reads_a_201(methods: Generated) -> None:
    server = serve(ok(TODO, 201))
    todo = client(methods, server).todos.create(title="Buy milk")
    assert (server.request.method, server.request.url.path) == ("POST", "/v1/todos")
    assert server.json() == {"title": "Buy milk"}  # done not given: not sent
    assert todo.title == "Buy milk"


def test_put_replaces(methods: Generated) -> None:
    server = serve(ok({**TODO, "done": True}))
    todo = client(methods, server).todos.replace(todo_id=3, title="Buy milk", done=True)
    assert (server.request.method, server.request.url.path) == ("PUT", "/v1/todos/3")
    assert server.json() == {"title": "Buy milk", "done": True}
    assert todo.done is True


def test_patch_sends_only_what_is_given(methods: Generated) -> None:
    server = serve(ok({**TODO, "done": True}))
    todo = client(methods, server).todos.update(todo_id=3, done=True)
    assert (server.request.method, server.request.url.path) == ("PATCH", "/v1/todos/3")
    assert server.json() == {"done": True}
    assert todo.done is True


def test_delete_with_204_returns_none(methods: Generated) -> None:
    server = serve(httpx.Response(204))
    assert client(methods, server).todos.delete(todo_id=3) is None
    assert (server.request.method, server.request.url.path) == ("DELETE", "/v1/todos/3")
    assert server.request.content == b""
    assert "def delete(" in methods.source("resources/todos.py")


def test_head_returns_none(methods: Generated) -> None:
    server = serve(httpx.Response(200, headers={"content-length": "0"}))
    assert client(methods, server).todos.check(todo_id=3) is None
    assert (server.request.method, server.request.url.path) == ("HEAD", "/v1/todos/3")


def test_delete_async(methods: Generated) -> None:
    server = serve(httpx.Response(204))

    async def call() -> Any:
        async with async_client(methods, server) as api:
            return await api.todos.delete(todo_id=4)

    assert asyncio.run(call()) is None
    assert (server.request.method, server.request.url.path) == ("DELETE", "/v1/todos/4")


def test_deprecated_operations_are_marked(methods: Generated) -> None:
    """``deprecated: true``: ``@typing_extensions.deprecated`` (PEP 702, so type checkers flag
    the use), a ``DeprecationWarning`` at call time, and a line in the docstring; the call
    itself works as any other."""
    server = serve(ok({**TODO, "done": True}))
    api, async_api = client(methods, server), async_client(methods, server)
    for archive in (api.todos.archive, async_api.todos.archive):
        assert "deprecated" in archive.__deprecated__
        assert "Deprecated" in (archive.__doc__ or "")
    assert not hasattr(api.todos.update, "__deprecated__")
    assert "Deprecated" not in (api.todos.update.__doc__ or "")
    with pytest.warns(DeprecationWarning, match="archive is deprecated"):
        assert api.todos.archive(todo_id=3).done is True
    assert server.request.url.path == "/v1/todos/3/archive"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an operation that is not deprecated does not warn
        api.todos.update(todo_id=3, done=True)
    source = methods.source("resources/todos.py")
    assert source.count('@deprecated("POST /todos/{todo_id}/archive is deprecated') == 2


# -- composition -------------------------------------------------------------------------


def test_all_of_merges_the_fields_and_the_required_of_every_part(composition: Generated) -> None:
    pet = composition.module.models.Pet
    assert set(pet.model_fields) == {"name", "tag", "id", "nickname"}
    required = {name for name, info in pet.model_fields.items() if info.is_required()}
    assert required == {"name", "id"}
    with pytest.raises(pydantic.ValidationError):
        pet.model_validate({"name": "Rex"})  # id is required by the second part
    round_trip(pet, {"id": 1, "name": "Rex", "tag": None})


def test_all_of_model_through_a_response(composition: Generated) -> None:
    server = serve(ok({"id": 1, "name": "Rex", "tag": "good-boy", "nickname": None}))
    pet = client(composition, server).pets.get(pet_id=1)
    assert isinstance(pet, composition.module.models.Pet)
    assert (pet.id, pet.name, pet.tag, pet.nickname) == (1, "Rex", "good-boy", None)


def test_nullable_is_sent_as_null_only_when_given(composition: Generated) -> None:
    server = serve(
        ok({"id": 1, "name": "Rex", "tag": None}, 201), ok({"id": 2, "name": "Tom"}, 201)
    )
    api = client(composition, server)
    api.pets.create(name="Rex", tag=None)
    api.pets.create(name="Tom")
    bodies = [json.loads(r.content) for r in server.requests]
    assert bodies == [{"name": "Rex", "tag": None}, {"name": "Tom"}]


def test_one_of_with_a_mapping_parses_to_the_class_the_discriminator_names(
    composition: Generated,
) -> None:
    models = composition.module.models
    dog_like_cat = {"petType": "dog", "name": "Tom", "indoor": True}  # the tag decides
    server = serve(
        ok({"petType": "cat", "name": "Tom", "indoor": True}),
        ok({"petType": "dog", "name": "Rex", "bark_volume": 11}),
        ok(dog_like_cat),
    )
    api = client(composition, server)
    cat, dog, tagged = (api.animals.get(animal_id=f"a-{i}") for i in range(3))
    assert type(cat) is models.Cat and cat.indoor is True
    assert type(dog) is models.Dog and dog.bark_volume == 11
    assert type(tagged) is models.Dog
    assert dog.model_dump(mode="json", by_alias=True, exclude_unset=True)["petType"] == "dog"


def test_one_of_without_a_mapping_uses_the_schema_names(composition: Generated) -> None:
    models = composition.module.models
    shapes = [{"kind": "Circle", "radius": 1.5}, {"kind": "Square", "side": 2.0}]
    result = client(composition, serve(ok(shapes))).shapes.list()
    assert [type(s) for s in result] == [models.Circle, models.Square]
    assert (result[0].radius, result[1].side) == (1.5, 2.0)


def test_any_of_a_model_or_a_string(composition: Generated) -> None:
    models = composition.module.models
    server = serve(
        ok({"text": "favourite", "target": {"id": 1, "name": "Rex"}, "note": None}),
        ok({"text": "favourite", "target": "Rex"}),
    )
    api = client(composition, server)
    to_pet, to_name = api.labels.get(label_id=1), api.labels.get(label_id=2)
    assert isinstance(to_pet.target, models.Pet) and to_pet.target.id == 1
    assert to_pet.note is None and "note" in to_pet.model_fields_set
    assert to_name.target == "Rex"
    round_trip(models.Label, {"text": "t", "target": {"id": 1, "name": "Rex"}, "note": "n"})


# -- models: recursion, maps, enums, formats ---------------------------------------------

CATEGORY_TREE: dict[str, Any] = {
    "name": "home",
    "children": [
        {"name": "kitchen", "children": [{"name": "fridge", "children": []}]},
        {"name": "garden"},
    ],
}
FOLDER: dict[str, Any] = {
    "id": "9b2f1c7e-3d4a-4e5b-8c6d-7e8f9a0b1c2d",
    "name": "inbox",
    "documents": [
        {
            "title": "notes.txt",
            "folder": {"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "name": "up"},
        },
        {"title": "todo.md"},
    ],
}


def test_a_recursive_model_round_trips(models: Generated) -> None:
    category = round_trip(models.module.models.Category, CATEGORY_TREE)
    assert category.children[0].children[0].name == "fridge"
    assert isinstance(category.children[1], models.module.models.Category)


def test_a_recursive_model_through_a_request_and_a_response(models: Generated) -> None:
    category = models.module.models.Category
    server = serve(ok(CATEGORY_TREE))
    children = [category.model_validate(child) for child in CATEGORY_TREE["children"]]
    stored = client(models, server).categories.create_tree(name="home", children=children)
    assert server.json() == CATEGORY_TREE
    assert stored == category.model_validate(CATEGORY_TREE)
    assert stored.model_dump(mode="json", by_alias=True, exclude_unset=True) == CATEGORY_TREE


def test_mutually_recursive_models_round_trip(models: Generated) -> None:
    folder = round_trip(models.module.models.Folder, FOLDER)
    assert isinstance(folder.documents[0], models.module.models.Document)
    assert isinstance(folder.documents[0].folder, models.module.models.Folder)
    server = serve(ok(FOLDER))
    fetched = client(models, server).folders.get(folder_id=FOLDER["id"])
    assert server.request.url.path == f"/v1/folders/{FOLDER['id']}"
    assert fetched.model_dump(mode="json", by_alias=True, exclude_unset=True) == FOLDER


INVENTORY: dict[str, Any] = {
    "stock": {"kibble": {"quantity": 4, "location": "shelf-2"}, "leash": {"quantity": 1}},
    "counts": {"kibble": 4, "leash": 1},
    "metadata": {"source": "scan", "nested": {"list": [1, "two", None], "flag": True}},
    "extra": {"anything": [{"goes": 1}]},
}


def test_additional_properties_maps_and_free_form_objects(models: Generated) -> None:
    inventory = client(models, serve(ok(INVENTORY))).inventory.get()
    fields = models.module.models.Inventory.model_fields  # complete once a parse has run
    stock = fields["stock"].annotation
    assert typing.get_origin(stock) is dict
    assert typing.get_args(stock) == (str, models.module.models.StockItem)
    assert isinstance(inventory.stock["kibble"], models.module.models.StockItem)
    assert inventory.stock["leash"].quantity == 1
    assert inventory.counts == {"kibble": 4, "leash": 1}
    assert inventory.metadata["nested"]["list"] == [1, "two", None]
    assert inventory.extra == {"anything": [{"goes": 1}]}
    round_trip(models.module.models.Inventory, INVENTORY)


TASK: dict[str, Any] = {
    "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "title": "Write report",
    "status": "open",
    "priority": 2,
    "due": "2024-05-01",
    "created_at": "2024-04-01T08:30:00Z",
    "remind_at": None,
}


def test_enums_are_sent(models: Generated) -> None:
    server = serve(ok([TASK]), ok(TASK, 201))
    api = client(models, server)
    api.tasks.list(status="in_progress", priority=3)
    api.tasks.create(title="Write report", status="open", priority=2)
    listed, created = server.requests
    assert listed.url.params["status"] == "in_progress"
    assert listed.url.params["priority"] == "3"
    assert json.loads(created.content) == {"title": "Write report", "status": "open", "priority": 2}
    assert typing.get_args(models.module.models.Priority) == (1, 2, 3)
    assert typing.get_args(models.module.models.Status) == ("open", "in_progress", "done")


def test_received_string_enums_accept_unknown_values(models: Generated) -> None:
    server = serve(ok(TASK), ok({**TASK, "status": "archived"}))
    api = client(models, server)
    known = api.tasks.create(title="Write report", status="open")
    unknown = api.tasks.create(title="Write report", status="open")
    assert known.status == "open" and unknown.status == "archived"


def test_received_integer_enums_accept_unknown_values(models: Generated) -> None:
    server = serve(ok(TASK), ok({**TASK, "priority": 4}))
    api = client(models, server)
    known = api.tasks.create(title="Write report", status="open")
    unknown = api.tasks.create(title="Write report", status="open")
    assert known.priority == 2 and unknown.priority == 4


def test_dates_are_parsed_and_sent_as_iso_text(models: Generated) -> None:
    server = serve(ok([TASK]), ok(TASK, 201))
    api = client(models, server)
    since = datetime.datetime(2024, 4, 1, 8, 30, tzinfo=datetime.UTC)
    remind = datetime.datetime(2024, 4, 30, 9, 0, tzinfo=datetime.UTC)
    (task,) = api.tasks.list(due_before=datetime.date(2024, 5, 1), updated_since=since)
    api.tasks.create(
        title="Write report", status="open", due=datetime.date(2024, 5, 1), remind_at=remind
    )
    listed, created = server.requests
    assert listed.url.params["due_before"] == "2024-05-01"
    assert datetime.datetime.fromisoformat(listed.url.params["updated_since"]) == since
    body = json.loads(created.content)
    assert body["due"] == "2024-05-01"
    assert datetime.datetime.fromisoformat(body["remind_at"]) == remind
    assert type(task.created_at) is datetime.datetime and task.created_at == since
    assert task.created_at.tzinfo is not None
    assert type(task.due) is datetime.date and task.due == datetime.date(2024, 5, 1)
    assert task.remind_at is None
    round_trip(models.module.models.Task, TASK)


def test_uuids_are_text(models: Generated) -> None:
    """``format: uuid`` is ``str`` by decision (as in the OpenAI SDK: callers hold ids as
    strings), received and sent as the text it is."""
    task_model = models.module.models.Task
    server = serve(ok(TASK, 201))
    assignee = "0f8fad5b-d9cb-469f-a165-70867728950e"
    task = client(models, server).tasks.create(
        title="Write report", status="open", assignee_id=assignee
    )
    assert server.json()["assignee_id"] == assignee
    assert type(task.id) is str and uuid.UUID(task.id) == uuid.UUID(TASK["id"])
    task_model.model_rebuild()
    assert task_model.model_fields["id"].annotation is str
    round_trip(task_model, TASK)


# -- OpenAPI 3.1 -------------------------------------------------------------------------


def test_type_lists_with_null_and_const(openapi31: Generated) -> None:
    models = openapi31.module.models
    assert models.Note.model_fields["object"].annotation == typing.Literal["note"]
    with pytest.raises(pydantic.ValidationError):
        models.Note.model_validate({"object": "memo", "id": 1, "text": "t", "colour": None})
    assert models.Note.model_fields["colour"].is_required()  # required, though nullable
    server = serve(ok({"object": "note", "id": 12, "text": "Call the vet", "colour": None}, 201))
    note = client(openapi31, server).notes.create(text="Call the vet", weight=2.5, colour=None)
    assert server.json() == {"text": "Call the vet", "weight": 2.5, "colour": None}
    assert (note.object, note.id, note.colour) == ("note", 12, None)
    with pytest.raises(pydantic.ValidationError):  # colour is required, though it may be null
        models.Note.model_validate({"object": "note", "id": 1, "text": "t"})


def test_examples_lists_feed_the_generated_tests(openapi31: Generated) -> None:
    tests = (openapi31.out / "tests" / "test_notes.py").read_text(encoding="utf-8")
    assert '"/notes/12"' in tests  # the path parameter's schema examples: [12]
    assert 'text="Call the vet"' in tests and "weight=2.5" in tests


def test_numeric_exclusive_minimum(openapi31: Generated, tmp_path: Path) -> None:
    api = build_target(Target("t", openapi31.spec, None, "t", "t", tmp_path))
    (get,) = [op for op in api.operations if op.id == "notes.get"]
    (note_id,) = get.arguments
    assert note_id.type.constraints.minimum == 0
    assert note_id.type.constraints.exclusive_minimum is True
    schemas = json.loads((openapi31.out / "tests" / "request_schemas.json").read_text())
    (operation,) = [key for key in schemas if "create" in key]
    jsonschema.validate({"text": "t", "weight": 0.5}, schemas[operation])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"text": "t", "weight": 0}, schemas[operation])


# -- uploads -----------------------------------------------------------------------------

PHOTO = {"id": 1, "filename": "rex.jpg", "size": 5}
JPEG = b"\xff\xd8\xff\xe0JFIF\x00 not really"


def multipart_parts(request: httpx.Request) -> dict[str, tuple[str | None, str | None, bytes]]:
    """The parts of a multipart/form-data request: name -> (filename, content type, bytes)."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    assert message.is_multipart()
    parts = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str)
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        declared = part.get("content-type")
        parts[name] = (part.get_filename(), str(declared) if declared else None, payload)
    return parts


def test_multipart_upload_sends_the_file_and_the_text_field(uploads: Generated) -> None:
    server = serve(ok(PHOTO, 201))
    photo = client(uploads, server).pets.photos.upload(
        pet_id=7, file=("rex.jpg", JPEG, "image/jpeg"), caption="Rex at the beach"
    )
    assert (server.request.method, server.request.url.path) == ("POST", "/v1/pets/7/photos")
    parts = multipart_parts(server.request)
    assert parts["file"] == ("rex.jpg", "image/jpeg", JPEG)
    assert "file: FileTypes," in uploads.source("resources/pets.py")  # format: binary
    assert parts["caption"][0] is None and parts["caption"][2] == b"Rex at the beach"
    assert photo.filename == "rex.jpg"


def test_multipart_upload_of_bytes_and_of_an_open_file(uploads: Generated) -> None:
    server = serve(ok(PHOTO, 201))
    api = client(uploads, server)
    api.pets.photos.upload(pet_id=7, file=JPEG)
    api.pets.photos.upload(pet_id=7, file=io.BytesIO(JPEG))
    for request in server.requests:
        parts = multipart_parts(request)
        assert set(parts) == {"file"}  # caption not given: no part
        assert parts["file"][2] == JPEG


def test_urlencoded_form(uploads: Generated) -> None:
    server = serve(ok({"token": "tok-1"}))
    session = client(uploads, server).login.create(
        username="alice", password="s3cr&t=", remember=True
    )
    request = server.request
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {
        "username": ["alice"],
        "password": ["s3cr&t="],
        "remember": ["true"],
    }
    assert session.token == "tok-1"


# -- streams ---------------------------------------------------------------------------------


def sse(text: str) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, text=text)


def test_a_stream_of_strings_yields_each_event_as_text(streams: Generated) -> None:
    # Not JSON: a line that happens to parse as JSON stays text; data lines join with "\n".
    server = serve(sse("data: GET / 200\n\ndata: 42\n\ndata: two\ndata: lines\n\n"))
    with client(streams, server).logs.tail(service="web") as stream:
        assert list(stream) == ["GET / 200", "42", "two\nlines"]
    assert server.request.url.params["service"] == "web"


def test_an_error_event_in_a_stream_of_strings_raises(streams: Generated) -> None:
    error = json.dumps({"error": {"type": "overloaded_error", "message": "busy"}})
    server = serve(sse(f"data: first\n\nevent: error\ndata: {error}\n\n"))
    received: list[str] = []
    with (
        pytest.raises(streams.module.APIStatusError) as caught,
        client(streams, server).logs.tail(service="web") as stream,
    ):
        received.extend(stream)
    assert received == ["first"]
    assert caught.value.status_code == 529


def test_streams_of_numbers_and_of_anything(streams: Generated) -> None:
    with client(streams, serve(sse("data: 1\n\ndata: 2\n\n"))).clock.ticks() as ticks:
        assert list(ticks) == [1, 2]
    text = 'data: {"a": 1}\n\ndata: not json\n\n'
    with client(streams, serve(sse(text))).misc.anything() as anything:
        assert list(anything) == [{"a": 1}, "not json"]


def test_the_mock_streams_text_the_client_reads(streams: Generated) -> None:
    from generator.mock import create_app

    with warnings.catch_warnings():  # starlette asks for httpx2 on import; httpx still works
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    api = build_target(Target("s", streams.spec, None, "s", "s", Path(".")))
    with TestClient(create_app(api, delay=0)) as http:
        generated = streams.module.Client(
            api_key="k", base_url="http://testserver", http_client=http
        )
        with generated.logs.tail(service="web") as stream:
            lines = list(stream)
    assert "".join(lines) == "Hello from the mock server.", lines  # the text, in pieces
