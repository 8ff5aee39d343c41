"""Where operations land on the client (generator/routes.py): tags and operationIds, the path
rules, and what happens when two operations want the same name."""

from __future__ import annotations

import pytest

from generator.errors import SpecError
from generator.model.routes import Route, client_paths
from generator.spec import pointer


def route(
    method: str,
    path: str,
    operation_id: str | None = None,
    tags: tuple[str, ...] = (),
    override: str | None = None,
) -> Route:
    return Route(method, path, pointer.join("/paths", path, method), override, operation_id, tags)


def paths(*routes: Route) -> dict[str, str]:
    """``"GET /pets" -> "pets.list"`` for each route."""
    found = client_paths(list(routes), "spec.json")
    return {f"{r.http_method.upper()} {r.path}": ".".join(found[r]) for r in routes}


def test_swagger_petstore_tags_name_resources_and_operation_ids_name_methods() -> None:
    pet, store, user = ("pet",), ("store",), ("user",)
    assert paths(
        route("post", "/pet", "addPet", pet),
        route("put", "/pet", "updatePet", pet),
        route("get", "/pet/findByStatus", "findPetsByStatus", pet),
        route("get", "/pet/findByTags", "findPetsByTags", pet),
        route("get", "/pet/{petId}", "getPetById", pet),
        route("post", "/pet/{petId}", "updatePetWithForm", pet),
        route("delete", "/pet/{petId}", "deletePet", pet),
        route("post", "/pet/{petId}/uploadImage", "uploadFile", pet),
        route("get", "/store/inventory", "getInventory", store),
        route("post", "/store/order", "placeOrder", store),
        route("get", "/store/order/{orderId}", "getOrderById", store),
        route("post", "/user/createWithList", "createUsersWithListInput", user),
        route("get", "/user/login", "loginUser", user),
    ) == {
        "POST /pet": "pet.add",
        "PUT /pet": "pet.update",
        "GET /pet/findByStatus": "pet.find_by_status",
        "GET /pet/findByTags": "pet.find_by_tags",
        "GET /pet/{petId}": "pet.get_by_id",
        "POST /pet/{petId}": "pet.update_with_form",
        "DELETE /pet/{petId}": "pet.delete",
        "POST /pet/{petId}/uploadImage": "pet.upload_file",
        "GET /store/inventory": "store.get_inventory",
        "POST /store/order": "store.place_order",
        "GET /store/order/{orderId}": "store.get_order_by_id",
        "POST /user/createWithList": "user.create_with_list_input",
        "GET /user/login": "user.login",
    }


@pytest.mark.parametrize(
    ("tag", "operation_id", "expected"),
    [
        ("Pet Store", "listPets", "pet_store.list"),
        ("Pet Store", "getPetStoreHours", "pet_store.get_hours"),
        ("exam-attempts", "exam-attempts-create_exam_attempt", "exam_attempts.create"),
        (
            "Text Generation Inference",
            "generate_stream",
            "text_generation_inference.generate_stream",
        ),
        ("pets", "pets", "pets.list"),  # nothing left of the operationId: the verb names it
        ("class", "listThings", "class_.list_things"),  # never a keyword
        ("pets", "close", "pets.close_"),  # never an attribute the resource has already
    ],
)
def test_tag_and_operation_id_names(tag: str, operation_id: str, expected: str) -> None:
    assert paths(route("get", "/anything", operation_id, (tag,))) == {"GET /anything": expected}


def test_only_the_first_tag_counts() -> None:
    found = paths(route("get", "/pets", "listPets", ("pets", "animals")))
    assert found == {"GET /pets": "pets.list"}


def test_without_a_tag_or_an_operation_id_the_path_names_the_operation() -> None:
    assert paths(
        route("get", "/v1/pets", "listPets"),  # no tag: operationId less the path's words
        route("post", "/v1/pets", None, ("pets",)),  # no operationId: the verb
        route("get", "/v1/pets/{id}", None, ("!!!",)),  # a tag with no words is no name
    ) == {
        "GET /v1/pets": "pets.list",
        "POST /v1/pets": "pets.create",
        "GET /v1/pets/{id}": "pets.retrieve",
    }


def test_x_specgen_method_overrides_tags() -> None:
    found = paths(route("get", "/pets", "listPets", ("pets",), override="animals.all"))
    assert found == {"GET /pets": "animals.all"}


def test_a_tag_clash_falls_back_to_the_path_name() -> None:
    """``findPets`` and ``findPet`` are both ``pets.find`` under the tag; their paths tell them
    apart, and only they move."""
    tag = ("pets",)
    assert paths(
        route("get", "/cats", "findPets", tag),
        route("get", "/dogs", "findPet", tag),
        route("post", "/cats", "addPet", tag),
    ) == {
        "GET /cats": "cats.find_pets",
        "GET /dogs": "dogs.find_pet",
        "POST /cats": "pets.add",
    }


def test_fastapi_read_items_and_read_item_become_list_and_retrieve() -> None:
    """FastAPI's ``items-read_items`` and ``items-read_item`` clash under the tag and again by
    path (``api.items.read``): the tag with the HTTP verb's method tells them apart."""
    tag = ("items",)
    assert paths(
        route("get", "/api/v1/items/", "items-read_items", tag),
        route("post", "/api/v1/items/", "items-create_item", tag),
        route("get", "/api/v1/items/{id}", "items-read_item", tag),
        route("put", "/api/v1/items/{id}", "items-update_item", tag),
        route("delete", "/api/v1/items/{id}", "items-delete_item", tag),
    ) == {
        "GET /api/v1/items/": "items.list",
        "POST /api/v1/items/": "items.create",
        "GET /api/v1/items/{id}": "items.retrieve",
        "PUT /api/v1/items/{id}": "items.update",
        "DELETE /api/v1/items/{id}": "items.delete",
    }


def test_stripes_clash_is_named_apart_by_the_http_verb_with_a_note() -> None:
    """``GetAccounts`` and ``GetAccountsAccount`` are both ``accounts.get`` less the resource's
    words: the verb tells them apart, and each says so."""
    collection = route("get", "/v1/accounts", "GetAccounts")
    item = route("get", "/v1/accounts/{account}", "GetAccountsAccount")
    other = route("post", "/v1/accounts", "PostAccounts")
    found = client_paths([collection, item, other], "spec.json")
    assert found == {
        collection: ("accounts", "list"),
        item: ("accounts", "retrieve"),
        other: ("accounts", "post"),
    }
    assert found.notes == {
        collection: (
            "named apart from GET /v1/accounts/{account} (was accounts.get) by the HTTP verb"
        ),
        item: "named apart from GET /v1/accounts (was accounts.get) by the HTTP verb",
    }


def test_a_clash_the_verb_cannot_settle_keeps_the_whole_operation_id() -> None:
    # As in Asana: the operationIds differ only in a word the tag removes, and both are lists.
    tag = ("users",)
    assert paths(
        route("get", "/users", "getUsersForWorkspace", tag),
        route("get", "/v2/users", "getUserForWorkspace", tag),
    ) == {
        "GET /users": "users.get_users_for_workspace",
        "GET /v2/users": "users.get_user_for_workspace",
    }
    # Without operationIds, the path's words.
    assert paths(route("get", "/pets"), route("get", "/v1/pets")) == {
        "GET /pets": "pets.list_pets",
        "GET /v1/pets": "pets.list_v1_pets",
    }


def test_names_the_user_chose_are_never_moved_and_their_clash_is_an_error() -> None:
    assert paths(
        route("get", "/pets", "getPets", ("pets",), override="pets.get"),
        route("get", "/v1/pets", "getPet", ("pets",)),
    ) == {"GET /pets": "pets.get", "GET /v1/pets": "pets.list"}
    with pytest.raises(SpecError) as error:
        client_paths(
            [
                route("get", "/pets", override="pets.get"),
                route("get", "/v1/pets", override="pets.get"),
            ],
            "spec.json",
        )
    assert str(error.value) == (
        "spec.json#/paths/~1v1~1pets/get: client method pets.get is also GET /pets; "
        "set x-specgen-method on one of them in the overlay"
    )


def test_a_method_never_shares_its_name_with_a_sub_resource() -> None:
    # The tag rule would make ``store.order`` a method and a resource at once.
    assert paths(
        route("get", "/store", "order", ("store",)),
        route("post", "/store/order/items"),
    ) == {"GET /store": "store.list", "POST /store/order/items": "store.order.items.create"}
    with pytest.raises(SpecError, match="has the name of the resource of POST /b"):
        client_paths(
            [route("get", "/a", override="a.b"), route("post", "/b", override="a.b.c")], "s"
        )


def test_a_post_is_an_action_only_when_nothing_else_is_on_its_path() -> None:
    assert paths(
        route("post", "/v1/messages"),
        route("post", "/v1/messages/count_tokens"),
        route("post", "/v1/messages/batches"),
        route("get", "/v1/messages/batches"),
    ) == {
        "POST /v1/messages": "messages.create",
        "POST /v1/messages/count_tokens": "messages.count_tokens",
        "POST /v1/messages/batches": "messages.batches.create",
        "GET /v1/messages/batches": "messages.batches.list",
    }


def test_a_get_under_an_item_retrieves_one_thing_and_lists_a_plural() -> None:
    assert paths(
        route("get", "/files"),
        route("get", "/files/{id}"),
        route("get", "/files/{id}/summary"),
        route("get", "/files/{id}/content"),
        route("get", "/users/{id}/repos"),
    ) == {
        "GET /files": "files.list",
        "GET /files/{id}": "files.retrieve",
        "GET /files/{id}/summary": "files.summary.retrieve",
        "GET /files/{id}/content": "files.content.retrieve",
        "GET /users/{id}/repos": "users.repos.list",
    }


def test_version_segments_are_dropped_wherever_they_are() -> None:
    assert paths(
        route("get", "/api/v1/items"),
        route("get", "/2.0/users/{username}"),
        route("get", "/2024/reports"),  # a year is not a version
    ) == {
        "GET /api/v1/items": "api.items.list",
        "GET /2.0/users/{username}": "users.retrieve",
        "GET /2024/reports": "resource_2024.reports.list",
    }
