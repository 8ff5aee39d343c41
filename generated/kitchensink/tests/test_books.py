"""Tests of ``client.books``: each call is checked against the spec's request schema
and answered with a body built from the spec's response schema."""

# The tests call the operations the API deprecates: that is meant.
# pyright: reportDeprecated=false

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kitchensink import (
    APIStatusError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    GoneError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestEntityTooLargeError,
    UnprocessableEntityError,
)
from kitchensink.models import (
    Attachment,
    Book,
    BookPage,
    ImportJob,
    Review,
)

from .conftest import API_KEY, Handler, assert_valid_request, multipart_fields

# -- books.list ----------------------------------------------------------------------

BOOKS_LIST_RESPONSE: dict[str, Any] = {
    "items": [
        {
            "title": "Emma",
            "isbn": "9780141439587",
            "format": "hardcover",
            "price": 7.99,
            "published_on": "1815-12-23",
            "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
            "condition": "new",
            "subtitle": "A Novel",
            "volume": 2,
            "metadata": {"source": "publisher"},
            "dewey-class": "823.7",
            "object": "book",
            "id": 17,
            "created_at": "2024-05-01T08:30:00Z",
            "status": "active",
            "shelf_code": "B-12",
            "rating": 4.5,
        },
    ],
    "total": 1,
    "next_page": None,
}


def _books_list_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/books"
        assert request.headers["x-api-key"] == API_KEY
        assert request.url.params["author"] == "austen,bronte"
        assert request.url.params["filter[genre]"] == "novel"
        assert request.url.params["filter[in_stock]"] == "true"
        assert request.url.params["format"] == "hardcover ebook"
        assert request.url.params["limit"] == "10"
        assert request.url.params["number"] == "2"
        assert request.url.params["size"] == "20"
        assert request.url.params["published_after"] == "1800-01-01"
        assert request.url.params["sort"] == "price"
        assert request.url.params.get_list("tag") == ["classic", "poetry"]
        assert request.url.params["year"] == "1813|1847"
        assert request.headers["x-request-tags"] == "audit,mobile"
        return httpx.Response(200, json=BOOKS_LIST_RESPONSE)

    return handler


def _call_books_list(client: Client) -> Any:
    return client.books.list(
        author=["austen", "bronte"],
        filter={"genre": "novel", "in_stock": True},
        format=["hardcover", "ebook"],
        limit=10,
        page={"number": 2, "size": 20},
        published_after=datetime.date.fromisoformat("1800-01-01"),
        sort="price",
        tag=["classic", "poetry"],
        year=[1813, 1847],
        x_request_tags=["audit", "mobile"],
    )


async def _call_books_list_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.list(
            author=["austen", "bronte"],
            filter={"genre": "novel", "in_stock": True},
            format=["hardcover", "ebook"],
            limit=10,
            page={"number": 2, "size": 20},
            published_after=datetime.date.fromisoformat("1800-01-01"),
            sort="price",
            tag=["classic", "poetry"],
            year=[1813, 1847],
            x_request_tags=["audit", "mobile"],
        )


def test_books_list(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_list(make_client(_books_list_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, BookPage)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_LIST_RESPONSE


def test_books_list_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_list_handler(seen))
    result = asyncio.run(_call_books_list_async(client))
    assert len(seen) == 1
    assert isinstance(result, BookPage)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_LIST_RESPONSE


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            400,
            BadRequestError,
            {
                "error": {
                    "code": "bad_request",
                    "message": "The limit must be at most 100.",
                },
                "trace_id": "tr-400",
            },
            "bad_request",
            "The limit must be at most 100.",
            "tr-400",
        ),
        (
            401,
            AuthenticationError,
            {
                "error": {"code": "unauthorized", "message": "Invalid API key."},
                "trace_id": "tr-401",
            },
            "unauthorized",
            "Invalid API key.",
            "tr-401",
        ),
        (
            429,
            RateLimitError,
            {
                "error": {"code": "too_many_requests", "message": "Slow down."},
                "trace_id": "tr-429",
            },
            "too_many_requests",
            "Slow down.",
            "tr-429",
        ),
    ],
)
def test_books_list_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_list(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.create ----------------------------------------------------------------------

BOOKS_CREATE_RESPONSE: dict[str, Any] = {
    "title": "Emma",
    "isbn": "9780141439587",
    "format": "hardcover",
    "price": 7.99,
    "published_on": "1815-12-23",
    "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
    "condition": "new",
    "subtitle": "A Novel",
    "volume": 2,
    "metadata": {"source": "publisher"},
    "dewey-class": "823.7",
    "object": "book",
    "id": 17,
    "created_at": "2024-05-01T08:30:00Z",
    "status": "active",
    "shelf_code": "B-12",
    "rating": 4.5,
}


def _books_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/books"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("books.create", body)
        assert body == {
            "format": "hardcover",
            "isbn": "9780141439587",
            "title": "Emma",
            "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
            "dewey-class": "823.7",
            "price": 7.99,
            "published_on": "1815-12-23",
            "subtitle": "A Novel",
            "volume": 2,
        }
        return httpx.Response(201, json=BOOKS_CREATE_RESPONSE)

    return handler


def _call_books_create(client: Client) -> Any:
    return client.books.create(
        format="hardcover",
        isbn="9780141439587",
        title="Emma",
        author_ids=["a3f1c2d4-0000-4000-8000-000000000001"],
        dewey_class="823.7",
        price=7.99,
        published_on=datetime.date.fromisoformat("1815-12-23"),
        subtitle="A Novel",
        volume=2,
    )


async def _call_books_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.create(
            format="hardcover",
            isbn="9780141439587",
            title="Emma",
            author_ids=["a3f1c2d4-0000-4000-8000-000000000001"],
            dewey_class="823.7",
            price=7.99,
            published_on=datetime.date.fromisoformat("1815-12-23"),
            subtitle="A Novel",
            volume=2,
        )


def test_books_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_create(make_client(_books_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_CREATE_RESPONSE
    )


def test_books_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_create_handler(seen))
    result = asyncio.run(_call_books_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_CREATE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            400,
            BadRequestError,
            {
                "error": {
                    "code": "bad_request",
                    "message": "The limit must be at most 100.",
                },
                "trace_id": "tr-400",
            },
            "bad_request",
            "The limit must be at most 100.",
            "tr-400",
        ),
        (
            403,
            PermissionDeniedError,
            {
                "error": {"code": "forbidden", "message": "Staff only."},
                "trace_id": "tr-403",
            },
            "forbidden",
            "Staff only.",
            "tr-403",
        ),
        (
            409,
            ConflictError,
            {
                "error": {"code": "conflict", "message": "The ISBN is taken."},
                "trace_id": "tr-409",
            },
            "conflict",
            "The ISBN is taken.",
            "tr-409",
        ),
        (
            422,
            UnprocessableEntityError,
            {
                "error": {
                    "code": "invalid",
                    "message": "The price must be positive.",
                },
                "trace_id": "tr-422",
            },
            "invalid",
            "The price must be positive.",
            "tr-422",
        ),
    ],
)
def test_books_create_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_create(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.describe ----------------------------------------------------------------------

BOOKS_DESCRIBE_RESPONSE: Any = None


def _books_describe_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "OPTIONS"
        assert request.url.path == "/books"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(204, json=BOOKS_DESCRIBE_RESPONSE)

    return handler


def _call_books_describe(client: Client) -> Any:
    return client.books.describe()


async def _call_books_describe_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.describe()


def test_books_describe(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_describe(make_client(_books_describe_handler(seen)))
    assert len(seen) == 1
    assert result is None


def test_books_describe_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_describe_handler(seen))
    result = asyncio.run(_call_books_describe_async(client))
    assert len(seen) == 1
    assert result is None


# -- books.export ----------------------------------------------------------------------

BOOKS_EXPORT_RESPONSE: Any = "string"


def _books_export_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/books/export"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(
            200,
            text=BOOKS_EXPORT_RESPONSE,
            headers={"content-type": "text/csv"},
        )

    return handler


def _call_books_export(client: Client) -> Any:
    return client.books.export()


async def _call_books_export_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.export()


def test_books_export(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_export(make_client(_books_export_handler(seen)))
    assert len(seen) == 1
    assert result == BOOKS_EXPORT_RESPONSE


def test_books_export_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_export_handler(seen))
    result = asyncio.run(_call_books_export_async(client))
    assert len(seen) == 1
    assert result == BOOKS_EXPORT_RESPONSE


# -- books.import_ ----------------------------------------------------------------------

BOOKS_IMPORT__RESPONSE: dict[str, Any] = {
    "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "state": "queued",
}


def _books_import__handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/books/import"
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["content-type"] == "text/csv"
        assert request.content.decode() == "title,isbn\nEmma,9780141439587\n"
        return httpx.Response(202, json=BOOKS_IMPORT__RESPONSE)

    return handler


def _call_books_import_(client: Client) -> Any:
    return client.books.import_(
        body="title,isbn\nEmma,9780141439587\n",
    )


async def _call_books_import__async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.import_(
            body="title,isbn\nEmma,9780141439587\n",
        )


def test_books_import_(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_import_(make_client(_books_import__handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, ImportJob)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_IMPORT__RESPONSE
    )


def test_books_import__async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_import__handler(seen))
    result = asyncio.run(_call_books_import__async(client))
    assert len(seen) == 1
    assert isinstance(result, ImportJob)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_IMPORT__RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            422,
            UnprocessableEntityError,
            {
                "error": {
                    "code": "invalid",
                    "message": "The price must be positive.",
                },
                "trace_id": "tr-422",
            },
            "invalid",
            "The price must be positive.",
            "tr-422",
        ),
    ],
)
def test_books_import__errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_import_(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.get_by_isbn ----------------------------------------------------------------------

BOOKS_GET_BY_ISBN_RESPONSE: list[Any] = [
    {
        "title": "Emma",
        "isbn": "9780141439587",
        "format": "hardcover",
        "price": 7.99,
        "published_on": "1815-12-23",
        "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
        "condition": "new",
        "subtitle": "A Novel",
        "volume": 2,
        "metadata": {"source": "publisher"},
        "dewey-class": "823.7",
        "object": "book",
        "id": 17,
        "created_at": "2024-05-01T08:30:00Z",
        "status": "active",
        "shelf_code": "B-12",
        "rating": 4.5,
    },
]


def _books_get_by_isbn_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/books/isbn/9780141439587,9780141441146"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=BOOKS_GET_BY_ISBN_RESPONSE)

    return handler


def _call_books_get_by_isbn(client: Client) -> Any:
    return client.books.get_by_isbn(
        isbns=["9780141439587", "9780141441146"],
    )


async def _call_books_get_by_isbn_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.get_by_isbn(
            isbns=["9780141439587", "9780141441146"],
        )


def test_books_get_by_isbn(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_get_by_isbn(make_client(_books_get_by_isbn_handler(seen)))
    assert len(seen) == 1
    assert result is not None


def test_books_get_by_isbn_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_get_by_isbn_handler(seen))
    result = asyncio.run(_call_books_get_by_isbn_async(client))
    assert len(seen) == 1
    assert result is not None


# -- books.get ----------------------------------------------------------------------

BOOKS_GET_RESPONSE: dict[str, Any] = {
    "title": "Emma",
    "isbn": "9780141439587",
    "format": "hardcover",
    "price": 7.99,
    "published_on": "1815-12-23",
    "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
    "condition": "new",
    "subtitle": "A Novel",
    "volume": 2,
    "metadata": {"source": "publisher"},
    "dewey-class": "823.7",
    "object": "book",
    "id": 17,
    "created_at": "2024-05-01T08:30:00Z",
    "status": "active",
    "shelf_code": "B-12",
    "rating": 4.5,
}


def _books_get_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/books/17"
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["if-none-match"] == '"v3"'
        assert request.headers["x-max-age"] == "60"
        return httpx.Response(200, json=BOOKS_GET_RESPONSE)

    return handler


def _call_books_get(client: Client) -> Any:
    return client.books.get(
        book_id=17,
        if_none_match='"v3"',
        x_max_age=60,
    )


async def _call_books_get_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.get(
            book_id=17,
            if_none_match='"v3"',
            x_max_age=60,
        )


def test_books_get(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_get(make_client(_books_get_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_GET_RESPONSE


def test_books_get_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_get_handler(seen))
    result = asyncio.run(_call_books_get_async(client))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_GET_RESPONSE


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            404,
            NotFoundError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-404",
            },
            "not_found",
            "No such book.",
            "tr-404",
        ),
        (
            410,
            GoneError,
            {
                "error": {"code": "gone", "message": "The book was withdrawn."},
                "trace_id": "tr-410",
            },
            "gone",
            "The book was withdrawn.",
            "tr-410",
        ),
    ],
)
def test_books_get_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_get(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.replace ----------------------------------------------------------------------

BOOKS_REPLACE_RESPONSE: dict[str, Any] = {
    "title": "Emma",
    "isbn": "9780141439587",
    "format": "hardcover",
    "price": 7.99,
    "published_on": "1815-12-23",
    "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
    "condition": "new",
    "subtitle": "A Novel",
    "volume": 2,
    "metadata": {"source": "publisher"},
    "dewey-class": "823.7",
    "object": "book",
    "id": 17,
    "created_at": "2024-05-01T08:30:00Z",
    "status": "active",
    "shelf_code": "B-12",
    "rating": 4.5,
}


def _books_replace_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "PUT"
        assert request.url.path == "/books/17"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("books.replace", body)
        assert body == {
            "format": "hardcover",
            "isbn": "9780141439587",
            "title": "Emma",
            "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
            "dewey-class": "823.7",
            "price": 7.99,
            "published_on": "1815-12-23",
            "subtitle": "A Novel",
            "volume": 2,
        }
        return httpx.Response(200, json=BOOKS_REPLACE_RESPONSE)

    return handler


def _call_books_replace(client: Client) -> Any:
    return client.books.replace(
        book_id=17,
        format="hardcover",
        isbn="9780141439587",
        title="Emma",
        author_ids=["a3f1c2d4-0000-4000-8000-000000000001"],
        dewey_class="823.7",
        price=7.99,
        published_on=datetime.date.fromisoformat("1815-12-23"),
        subtitle="A Novel",
        volume=2,
    )


async def _call_books_replace_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.replace(
            book_id=17,
            format="hardcover",
            isbn="9780141439587",
            title="Emma",
            author_ids=["a3f1c2d4-0000-4000-8000-000000000001"],
            dewey_class="823.7",
            price=7.99,
            published_on=datetime.date.fromisoformat("1815-12-23"),
            subtitle="A Novel",
            volume=2,
        )


def test_books_replace(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_replace(make_client(_books_replace_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_REPLACE_RESPONSE
    )


def test_books_replace_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_replace_handler(seen))
    result = asyncio.run(_call_books_replace_async(client))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_REPLACE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            404,
            NotFoundError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-404",
            },
            "not_found",
            "No such book.",
            "tr-404",
        ),
        (
            422,
            UnprocessableEntityError,
            {
                "error": {
                    "code": "invalid",
                    "message": "The price must be positive.",
                },
                "trace_id": "tr-422",
            },
            "invalid",
            "The price must be positive.",
            "tr-422",
        ),
    ],
)
def test_books_replace_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_replace(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.delete ----------------------------------------------------------------------

BOOKS_DELETE_RESPONSE: Any = None


def _books_delete_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "DELETE"
        assert request.url.path == "/books/17"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(204, json=BOOKS_DELETE_RESPONSE)

    return handler


def _call_books_delete(client: Client) -> Any:
    return client.books.delete(
        book_id=17,
    )


async def _call_books_delete_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.delete(
            book_id=17,
        )


def test_books_delete(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_delete(make_client(_books_delete_handler(seen)))
    assert len(seen) == 1
    assert result is None


def test_books_delete_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_delete_handler(seen))
    result = asyncio.run(_call_books_delete_async(client))
    assert len(seen) == 1
    assert result is None


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            404,
            NotFoundError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-404",
            },
            "not_found",
            "No such book.",
            "tr-404",
        ),
    ],
)
def test_books_delete_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_delete(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.check ----------------------------------------------------------------------

BOOKS_CHECK_RESPONSE: Any = None


def _books_check_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "HEAD"
        assert request.url.path == "/books/17"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=BOOKS_CHECK_RESPONSE)

    return handler


def _call_books_check(client: Client) -> Any:
    return client.books.check(
        book_id=17,
    )


async def _call_books_check_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.check(
            book_id=17,
        )


def test_books_check(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_check(make_client(_books_check_handler(seen)))
    assert len(seen) == 1
    assert result is None


def test_books_check_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_check_handler(seen))
    result = asyncio.run(_call_books_check_async(client))
    assert len(seen) == 1
    assert result is None


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (404, NotFoundError, None, None, None, None),
    ],
)
def test_books_check_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_check(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.update ----------------------------------------------------------------------

BOOKS_UPDATE_RESPONSE: dict[str, Any] = {
    "title": "Emma",
    "isbn": "9780141439587",
    "format": "hardcover",
    "price": 7.99,
    "published_on": "1815-12-23",
    "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
    "condition": "new",
    "subtitle": "A Novel",
    "volume": 2,
    "metadata": {"source": "publisher"},
    "dewey-class": "823.7",
    "object": "book",
    "id": 17,
    "created_at": "2024-05-01T08:30:00Z",
    "status": "active",
    "shelf_code": "B-12",
    "rating": 4.5,
}


def _books_update_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "PATCH"
        assert request.url.path == "/books/17"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("books.update", body)
        assert body == {
            "price": 8.99,
            "status": "archived",
            "title": "Emma (Penguin Classics)",
        }
        return httpx.Response(200, json=BOOKS_UPDATE_RESPONSE)

    return handler


def _call_books_update(client: Client) -> Any:
    return client.books.update(
        book_id=17,
        price=8.99,
        status="archived",
        title="Emma (Penguin Classics)",
    )


async def _call_books_update_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.update(
            book_id=17,
            price=8.99,
            status="archived",
            title="Emma (Penguin Classics)",
        )


def test_books_update(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_update(make_client(_books_update_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_UPDATE_RESPONSE
    )


def test_books_update_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_update_handler(seen))
    result = asyncio.run(_call_books_update_async(client))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_UPDATE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            404,
            NotFoundError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-404",
            },
            "not_found",
            "No such book.",
            "tr-404",
        ),
        (
            409,
            ConflictError,
            {
                "error": {"code": "conflict", "message": "The ISBN is taken."},
                "trace_id": "tr-409",
            },
            "conflict",
            "The ISBN is taken.",
            "tr-409",
        ),
    ],
)
def test_books_update_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_update(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.archive ----------------------------------------------------------------------

BOOKS_ARCHIVE_RESPONSE: dict[str, Any] = {
    "title": "Emma",
    "isbn": "9780141439587",
    "format": "hardcover",
    "price": 7.99,
    "published_on": "1815-12-23",
    "author_ids": ["a3f1c2d4-0000-4000-8000-000000000001"],
    "condition": "new",
    "subtitle": "A Novel",
    "volume": 2,
    "metadata": {"source": "publisher"},
    "dewey-class": "823.7",
    "object": "book",
    "id": 17,
    "created_at": "2024-05-01T08:30:00Z",
    "status": "active",
    "shelf_code": "B-12",
    "rating": 4.5,
}


def _books_archive_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/books/17/archive"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=BOOKS_ARCHIVE_RESPONSE)

    return handler


def _call_books_archive(client: Client) -> Any:
    with pytest.warns(DeprecationWarning):  # the spec deprecates it
        return client.books.archive(
            book_id=17,
        )


async def _call_books_archive_async(client: AsyncClient) -> Any:
    async with client:
        with pytest.warns(DeprecationWarning):
            return await client.books.archive(
                book_id=17,
            )


def test_books_archive(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_archive(make_client(_books_archive_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_ARCHIVE_RESPONSE
    )


def test_books_archive_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_archive_handler(seen))
    result = asyncio.run(_call_books_archive_async(client))
    assert len(seen) == 1
    assert isinstance(result, Book)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True) == BOOKS_ARCHIVE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            404,
            NotFoundError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-404",
            },
            "not_found",
            "No such book.",
            "tr-404",
        ),
    ],
)
def test_books_archive_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_archive(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.upload_attachment ----------------------------------------------------------------------

BOOKS_UPLOAD_ATTACHMENT_RESPONSE: dict[str, Any] = {
    "id": 1,
    "filename": "title-page.jpg",
    "size": 52311,
    "caption": "string",
    "labels": ["string"],
}


def _books_upload_attachment_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/books/17/attachments"
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["content-type"].startswith("multipart/form-data")
        assert multipart_fields(request) == {
            "file": ["file content"],
            "caption": ["First edition title page"],
            "details": ['{"pages":1,"scanner":"flatbed"}'],
            "labels": ["scan", "title-page"],
        }
        return httpx.Response(201, json=BOOKS_UPLOAD_ATTACHMENT_RESPONSE)

    return handler


def _call_books_upload_attachment(client: Client) -> Any:
    return client.books.upload_attachment(
        book_id=17,
        file=b"file content",
        caption="First edition title page",
        details={"pages": 1, "scanner": "flatbed"},
        labels=["scan", "title-page"],
    )


async def _call_books_upload_attachment_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.upload_attachment(
            book_id=17,
            file=b"file content",
            caption="First edition title page",
            details={"pages": 1, "scanner": "flatbed"},
            labels=["scan", "title-page"],
        )


def test_books_upload_attachment(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_upload_attachment(make_client(_books_upload_attachment_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Attachment)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == BOOKS_UPLOAD_ATTACHMENT_RESPONSE
    )


def test_books_upload_attachment_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_upload_attachment_handler(seen))
    result = asyncio.run(_call_books_upload_attachment_async(client))
    assert len(seen) == 1
    assert isinstance(result, Attachment)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == BOOKS_UPLOAD_ATTACHMENT_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            413,
            RequestEntityTooLargeError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-1",
            },
            "not_found",
            "No such book.",
            "tr-1",
        ),
    ],
)
def test_books_upload_attachment_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_upload_attachment(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.get_cover ----------------------------------------------------------------------

BOOKS_GET_COVER_RESPONSE: Any = "Ynl0ZXM="


def _books_get_cover_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/books/17/cover"
        assert request.headers["x-api-key"] == API_KEY
        assert request.url.params["size"] == "medium"
        return httpx.Response(
            200,
            content=BOOKS_GET_COVER_RESPONSE.encode(),
            headers={"content-type": "image/jpeg"},
        )

    return handler


def _call_books_get_cover(client: Client) -> Any:
    return client.books.get_cover(
        book_id=17,
        size="medium",
    )


async def _call_books_get_cover_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.get_cover(
            book_id=17,
            size="medium",
        )


def test_books_get_cover(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_get_cover(make_client(_books_get_cover_handler(seen)))
    assert len(seen) == 1
    assert result == BOOKS_GET_COVER_RESPONSE.encode()


def test_books_get_cover_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_get_cover_handler(seen))
    result = asyncio.run(_call_books_get_cover_async(client))
    assert len(seen) == 1
    assert result == BOOKS_GET_COVER_RESPONSE.encode()


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            404,
            NotFoundError,
            {
                "error": {"code": "not_found", "message": "No such book."},
                "trace_id": "tr-404",
            },
            "not_found",
            "No such book.",
            "tr-404",
        ),
    ],
)
def test_books_get_cover_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_get_cover(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.put_cover ----------------------------------------------------------------------

BOOKS_PUT_COVER_RESPONSE: Any = None


def _books_put_cover_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "PUT"
        assert request.url.path == "/books/17/cover"
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["content-type"] == "image/jpeg"
        assert request.content.decode() == "Ynl0ZXM="
        return httpx.Response(204, json=BOOKS_PUT_COVER_RESPONSE)

    return handler


def _call_books_put_cover(client: Client) -> Any:
    return client.books.put_cover(
        book_id=17,
        body=b"Ynl0ZXM=",
    )


async def _call_books_put_cover_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.put_cover(
            book_id=17,
            body=b"Ynl0ZXM=",
        )


def test_books_put_cover(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_put_cover(make_client(_books_put_cover_handler(seen)))
    assert len(seen) == 1
    assert result is None


def test_books_put_cover_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_put_cover_handler(seen))
    result = asyncio.run(_call_books_put_cover_async(client))
    assert len(seen) == 1
    assert result is None


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            413,
            RequestEntityTooLargeError,
            {
                "error": {"code": "too_large", "message": "Covers are at most 2 MB."},
                "trace_id": "tr-413",
            },
            "too_large",
            "Covers are at most 2 MB.",
            "tr-413",
        ),
    ],
)
def test_books_put_cover_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_put_cover(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)


# -- books.get_excerpt ----------------------------------------------------------------------

BOOKS_GET_EXCERPT_RESPONSE: Any = "string"


def _books_get_excerpt_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/books/17/excerpt"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(
            200,
            text=BOOKS_GET_EXCERPT_RESPONSE,
            headers={"content-type": "text/plain"},
        )

    return handler


def _call_books_get_excerpt(client: Client) -> Any:
    return client.books.get_excerpt(
        book_id=17,
    )


async def _call_books_get_excerpt_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.get_excerpt(
            book_id=17,
        )


def test_books_get_excerpt(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_get_excerpt(make_client(_books_get_excerpt_handler(seen)))
    assert len(seen) == 1
    assert result == BOOKS_GET_EXCERPT_RESPONSE


def test_books_get_excerpt_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_get_excerpt_handler(seen))
    result = asyncio.run(_call_books_get_excerpt_async(client))
    assert len(seen) == 1
    assert result == BOOKS_GET_EXCERPT_RESPONSE


# -- books.put_excerpt ----------------------------------------------------------------------

BOOKS_PUT_EXCERPT_RESPONSE: Any = None


def _books_put_excerpt_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "PUT"
        assert request.url.path == "/books/17/excerpt"
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["content-type"] == "text/plain"
        assert request.content.decode() == "Emma Woodhouse, handsome, clever, and rich..."
        return httpx.Response(204, json=BOOKS_PUT_EXCERPT_RESPONSE)

    return handler


def _call_books_put_excerpt(client: Client) -> Any:
    return client.books.put_excerpt(
        book_id=17,
        body="Emma Woodhouse, handsome, clever, and rich...",
    )


async def _call_books_put_excerpt_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.put_excerpt(
            book_id=17,
            body="Emma Woodhouse, handsome, clever, and rich...",
        )


def test_books_put_excerpt(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_put_excerpt(make_client(_books_put_excerpt_handler(seen)))
    assert len(seen) == 1
    assert result is None


def test_books_put_excerpt_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_put_excerpt_handler(seen))
    result = asyncio.run(_call_books_put_excerpt_async(client))
    assert len(seen) == 1
    assert result is None


# -- books.reviews.list ----------------------------------------------------------------------

BOOKS_REVIEWS_LIST_RESPONSE: list[Any] = [
    {
        "object": "review",
        "id": 3,
        "stars": 1,
        "text": "A delight from start to end.",
        "headline": "string",
        "reply": {"text": "Thank you!", "replied_at": "2024-01-01T00:00:00Z"},
    },
]


def _books_reviews_list_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "GET"
        assert request.url.path == "/books/17/reviews"
        assert request.headers["x-api-key"] == API_KEY
        return httpx.Response(200, json=BOOKS_REVIEWS_LIST_RESPONSE)

    return handler


def _call_books_reviews_list(client: Client) -> Any:
    return client.books.reviews.list(
        book_id=17,
    )


async def _call_books_reviews_list_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.reviews.list(
            book_id=17,
        )


def test_books_reviews_list(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_reviews_list(make_client(_books_reviews_list_handler(seen)))
    assert len(seen) == 1
    assert result is not None


def test_books_reviews_list_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_reviews_list_handler(seen))
    result = asyncio.run(_call_books_reviews_list_async(client))
    assert len(seen) == 1
    assert result is not None


# -- books.reviews.create ----------------------------------------------------------------------

BOOKS_REVIEWS_CREATE_RESPONSE: dict[str, Any] = {
    "object": "review",
    "id": 3,
    "stars": 1,
    "text": "A delight from start to end.",
    "headline": "string",
    "reply": {"text": "Thank you!", "replied_at": "2024-01-01T00:00:00Z"},
}


def _books_reviews_create_handler(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        assert request.method == "POST"
        assert request.url.path == "/books/17/reviews"
        assert request.headers["x-api-key"] == API_KEY
        body = json.loads(request.content)
        assert_valid_request("books.reviews.create", body)
        assert body == {
            "stars": 1,
            "text": "A delight from start to end.",
            "headline": "Witty",
            "weight": 2.5,
        }
        return httpx.Response(201, json=BOOKS_REVIEWS_CREATE_RESPONSE)

    return handler


def _call_books_reviews_create(client: Client) -> Any:
    return client.books.reviews.create(
        book_id=17,
        stars=1,
        text="A delight from start to end.",
        headline="Witty",
        weight=2.5,
    )


async def _call_books_reviews_create_async(client: AsyncClient) -> Any:
    async with client:
        return await client.books.reviews.create(
            book_id=17,
            stars=1,
            text="A delight from start to end.",
            headline="Witty",
            weight=2.5,
        )


def test_books_reviews_create(make_client: Callable[[Handler], Client]) -> None:
    seen: list[httpx.Request] = []
    result = _call_books_reviews_create(make_client(_books_reviews_create_handler(seen)))
    assert len(seen) == 1
    assert isinstance(result, Review)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == BOOKS_REVIEWS_CREATE_RESPONSE
    )


def test_books_reviews_create_async(make_async_client: Callable[[Handler], AsyncClient]) -> None:
    seen: list[httpx.Request] = []
    client = make_async_client(_books_reviews_create_handler(seen))
    result = asyncio.run(_call_books_reviews_create_async(client))
    assert len(seen) == 1
    assert isinstance(result, Review)
    assert (
        result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        == BOOKS_REVIEWS_CREATE_RESPONSE
    )


@pytest.mark.parametrize(
    ("status", "exception", "body", "code", "message", "trace_id"),
    [
        (
            422,
            UnprocessableEntityError,
            {
                "error": {
                    "code": "invalid",
                    "message": "The price must be positive.",
                },
                "trace_id": "tr-422",
            },
            "invalid",
            "The price must be positive.",
            "tr-422",
        ),
    ],
)
def test_books_reviews_create_errors(
    make_client: Callable[[Handler], Client],
    status: int,
    exception: type[APIStatusError],
    body: Any,
    code: str | None,
    message: str | None,
    trace_id: str | None,
) -> None:
    client = make_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(exception) as caught:
        _call_books_reviews_create(client)
    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.code == code
    assert error.trace_id == trace_id
    if message is not None:
        assert error.message == message
    assert error.response.status_code == status
    assert API_KEY not in str(error)
