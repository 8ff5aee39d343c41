"""The ``books`` resource and its sub-resources."""

# The raw-response variants of the methods the API deprecates call them: that is meant.
# pyright: reportDeprecated=false

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import httpx
from typing_extensions import deprecated

from .._base_client import RequestOptions
from .._encoding import as_list, deep_object, delimited, exploded
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import (
    NOT_GIVEN,
    Body,
    FileTypes,
    Headers,
    NotGiven,
    Query,
    SequenceNotStr,
    strip_not_given,
)
from ..models import (
    Attachment,
    Book,
    BookDetailsParam,
    BookFilter,
    BookFormat,
    BookGetCoverSize,
    BookListPage,
    BookListSort,
    BookMetadataParam,
    BookPage,
    BookStatus,
    Condition,
    ImportJob,
    Review,
    Stars,
)

if TYPE_CHECKING:
    from .._client import AsyncClient, Client


class Books:
    """``client.books``

    - ``list``: Books matching filters
    - ``create``: Add a book to the catalogue
    - ``describe``: The methods /books allows (an OPTIONS request)
    - ``export``: The catalogue as CSV (a text/csv response)
    - ``import_``: Import books from CSV (a raw text body of another type)
    - ``get_by_isbn``: Several books at once (a path array, comma-separated)
    - ``get``: One book
    - ``replace``: Replace a book
    - ``delete``: Remove a book
    - ``check``: Whether a book exists
    - ``update``: Change some fields of a book
    - ``archive``: Archive a book
    - ``upload_attachment``: Attach a file to a book (multipart)
    - ``get_cover``: The cover image (a binary response)
    - ``put_cover``: Upload a new cover image (a raw binary body)
    - ``get_excerpt``: The first page as plain text (a text response)
    - ``put_excerpt``: Replace the excerpt (a raw text body)
    """

    def __init__(self, client: Client) -> None:
        self._client = client
        self.reviews = BooksReviews(client)

    @cached_property
    def with_raw_response(self) -> BooksWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return BooksWithRawResponse(self)

    def list(
        self,
        *,
        author: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        filter: BookFilter | NotGiven = NOT_GIVEN,
        format: Sequence[BookFormat] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: BookListPage | NotGiven = NOT_GIVEN,
        published_after: datetime.date | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        sort: BookListSort | NotGiven = NOT_GIVEN,
        tag: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        year: Sequence[int] | NotGiven = NOT_GIVEN,
        x_request_tags: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookPage:
        """Books matching filters

        Every query parameter style, a header array and a deprecated parameter.

        Args:
            author: comma-separated, ?author=a,b (form, not exploded)
            filter: filter[genre]=novel&filter[in_stock]=true (deepObject)
            format: space-separated
            page: an exploded object, ?number=2&size=20
            q: Free text. Deprecated, use GET /search.
            tag: repeated, ?tag=a&tag=b (form, exploded)
            year: pipe-separated publication years
            x_request_tags: a header array, comma-separated (simple style)
        """
        return self._client.request(
            BookPage,
            RequestOptions(
                method="GET",
                path="/books",
                query=strip_not_given(
                    {
                        "author": delimited(as_list(author, "author"), ","),
                        **deep_object("filter", filter),
                        "format": delimited(as_list(format, "format"), " "),
                        "limit": limit,
                        **exploded(page),
                        "published_after": published_after,
                        "q": q,
                        "sort": sort,
                        "tag": as_list(tag, "tag"),
                        "year": delimited(as_list(year, "year"), "|"),
                    }
                ),
                headers=strip_not_given(
                    {
                        "X-Request-Tags": delimited(as_list(x_request_tags, "x_request_tags"), ","),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        format: BookFormat,
        isbn: str,
        title: str,
        author_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        condition: Condition | None | NotGiven = NOT_GIVEN,
        dewey_class: str | NotGiven = NOT_GIVEN,
        metadata: BookMetadataParam | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        published_on: datetime.date | NotGiven = NOT_GIVEN,
        subtitle: str | None | NotGiven = NOT_GIVEN,
        volume: int | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Add a book to the catalogue

        Args:
            format: How a book is bound or delivered.
            condition: A nullable enum (null is one of its values).
            dewey_class: a wire name that is not a Python name
            metadata: Known keys and any others (properties plus additionalProperties).
            volume: a number, or a label such as "IV" (a type array of two types)
        """
        return self._client.request(
            Book,
            RequestOptions(
                method="POST",
                path="/books",
                json_body=strip_not_given(
                    {
                        "format": format,
                        "isbn": isbn,
                        "title": title,
                        "author_ids": as_list(author_ids, "author_ids"),
                        "condition": condition,
                        "dewey-class": dewey_class,
                        "metadata": metadata,
                        "price": price,
                        "published_on": published_on,
                        "subtitle": subtitle,
                        "volume": volume,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def describe(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The methods /books allows (an OPTIONS request)"""
        return self._client.request(
            None,
            RequestOptions(
                method="OPTIONS",
                path="/books",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def export(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """The catalogue as CSV (a text/csv response)"""
        return self._client.request(
            str,
            RequestOptions(
                method="GET",
                path="/books/export",
                accept="text/csv",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def import_(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImportJob:
        """Import books from CSV (a raw text body of another type)"""
        return self._client.request(
            ImportJob,
            RequestOptions(
                method="POST",
                path="/books/import",
                content=body,
                content_type="text/csv",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_by_isbn(
        self,
        *,
        isbns: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Book]:
        """Several books at once (a path array, comma-separated)"""
        return self._client.request(
            list[Book],
            RequestOptions(
                method="GET",
                path="/books/isbn/{isbns}",
                path_params=strip_not_given(
                    {
                        "isbns": delimited(as_list(isbns, "isbns"), ","),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get(
        self,
        *,
        book_id: int,
        if_none_match: str | NotGiven = NOT_GIVEN,
        x_max_age: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """One book

        Args:
            x_max_age: an integer header
        """
        return self._client.request(
            Book,
            RequestOptions(
                method="GET",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                headers=strip_not_given(
                    {
                        "If-None-Match": if_none_match,
                        "X-Max-Age": x_max_age,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def replace(
        self,
        *,
        book_id: int,
        format: BookFormat,
        isbn: str,
        title: str,
        author_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        condition: Condition | None | NotGiven = NOT_GIVEN,
        dewey_class: str | NotGiven = NOT_GIVEN,
        metadata: BookMetadataParam | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        published_on: datetime.date | NotGiven = NOT_GIVEN,
        subtitle: str | None | NotGiven = NOT_GIVEN,
        volume: int | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Replace a book

        Args:
            format: How a book is bound or delivered.
            condition: A nullable enum (null is one of its values).
            dewey_class: a wire name that is not a Python name
            metadata: Known keys and any others (properties plus additionalProperties).
            volume: a number, or a label such as "IV" (a type array of two types)
        """
        return self._client.request(
            Book,
            RequestOptions(
                method="PUT",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                json_body=strip_not_given(
                    {
                        "format": format,
                        "isbn": isbn,
                        "title": title,
                        "author_ids": as_list(author_ids, "author_ids"),
                        "condition": condition,
                        "dewey-class": dewey_class,
                        "metadata": metadata,
                        "price": price,
                        "published_on": published_on,
                        "subtitle": subtitle,
                        "volume": volume,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove a book"""
        return self._client.request(
            None,
            RequestOptions(
                method="DELETE",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def check(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Whether a book exists"""
        return self._client.request(
            None,
            RequestOptions(
                method="HEAD",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def update(
        self,
        *,
        book_id: int,
        price: float | NotGiven = NOT_GIVEN,
        shelf_code: str | NotGiven = NOT_GIVEN,
        status: BookStatus | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Change some fields of a book

        Args:
            shelf_code: Deprecated, ignored.
        """
        return self._client.request(
            Book,
            RequestOptions(
                method="PATCH",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                json_body=strip_not_given(
                    {
                        "price": price,
                        "shelf_code": shelf_code,
                        "status": status,
                        "title": title,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @deprecated("POST /books/{book_id}/archive is deprecated by the API")
    def archive(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Archive a book

        Use PATCH with status=archived instead.

        Deprecated: this operation may be removed.
        """
        return self._client.request(
            Book,
            RequestOptions(
                method="POST",
                path="/books/{book_id}/archive",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def upload_attachment(
        self,
        *,
        book_id: int,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        details: BookDetailsParam | NotGiven = NOT_GIVEN,
        labels: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """Attach a file to a book (multipart)

        Args:
            file: the file
            details: sent as JSON text
            labels: repeated as several fields
        """
        return self._client.request(
            Attachment,
            RequestOptions(
                method="POST",
                path="/books/{book_id}/attachments",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                multipart=strip_not_given(
                    {
                        "file": file,
                        "caption": caption,
                        "details": details,
                        "labels": as_list(labels, "labels"),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_cover(
        self,
        *,
        book_id: int,
        size: BookGetCoverSize | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """The cover image (a binary response)"""
        return self._client.request(
            bytes,
            RequestOptions(
                method="GET",
                path="/books/{book_id}/cover",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                query=strip_not_given(
                    {
                        "size": size,
                    }
                ),
                accept="image/jpeg",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def put_cover(
        self,
        *,
        book_id: int,
        body: bytes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a new cover image (a raw binary body)"""
        return self._client.request(
            None,
            RequestOptions(
                method="PUT",
                path="/books/{book_id}/cover",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                content=body,
                content_type="image/jpeg",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_excerpt(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """The first page as plain text (a text response)"""
        return self._client.request(
            str,
            RequestOptions(
                method="GET",
                path="/books/{book_id}/excerpt",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                accept="text/plain",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def put_excerpt(
        self,
        *,
        book_id: int,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace the excerpt (a raw text body)"""
        return self._client.request(
            None,
            RequestOptions(
                method="PUT",
                path="/books/{book_id}/excerpt",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                content=body,
                content_type="text/plain",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class BooksWithRawResponse:
    def __init__(self, resource: Books) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.describe = to_raw_response_wrapper(resource.describe)
        self.export = to_raw_response_wrapper(resource.export)
        self.import_ = to_raw_response_wrapper(resource.import_)
        self.get_by_isbn = to_raw_response_wrapper(resource.get_by_isbn)
        self.get = to_raw_response_wrapper(resource.get)
        self.replace = to_raw_response_wrapper(resource.replace)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.check = to_raw_response_wrapper(resource.check)
        self.update = to_raw_response_wrapper(resource.update)
        self.archive = to_raw_response_wrapper(resource.archive)
        self.upload_attachment = to_raw_response_wrapper(resource.upload_attachment)
        self.get_cover = to_raw_response_wrapper(resource.get_cover)
        self.put_cover = to_raw_response_wrapper(resource.put_cover)
        self.get_excerpt = to_raw_response_wrapper(resource.get_excerpt)
        self.put_excerpt = to_raw_response_wrapper(resource.put_excerpt)


class BooksReviews:
    """``client.books.reviews``

    - ``list``: Reviews of a book (named by path, no tags)
    - ``create``: Review a book (OpenAPI 3.1 keywords)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BooksReviewsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return BooksReviewsWithRawResponse(self)

    def list(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Review]:
        """Reviews of a book (named by path, no tags)"""
        return self._client.request(
            list[Review],
            RequestOptions(
                method="GET",
                path="/books/{book_id}/reviews",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def create(
        self,
        *,
        book_id: int,
        stars: Stars,
        text: str,
        headline: str | None | NotGiven = NOT_GIVEN,
        weight: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Review:
        """Review a book (OpenAPI 3.1 keywords)

        Args:
            stars: An integer enum.
        """
        return self._client.request(
            Review,
            RequestOptions(
                method="POST",
                path="/books/{book_id}/reviews",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                json_body=strip_not_given(
                    {
                        "stars": stars,
                        "text": text,
                        "headline": headline,
                        "weight": weight,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class BooksReviewsWithRawResponse:
    def __init__(self, resource: BooksReviews) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)


class AsyncBooks:
    """``client.books``

    - ``list``: Books matching filters
    - ``create``: Add a book to the catalogue
    - ``describe``: The methods /books allows (an OPTIONS request)
    - ``export``: The catalogue as CSV (a text/csv response)
    - ``import_``: Import books from CSV (a raw text body of another type)
    - ``get_by_isbn``: Several books at once (a path array, comma-separated)
    - ``get``: One book
    - ``replace``: Replace a book
    - ``delete``: Remove a book
    - ``check``: Whether a book exists
    - ``update``: Change some fields of a book
    - ``archive``: Archive a book
    - ``upload_attachment``: Attach a file to a book (multipart)
    - ``get_cover``: The cover image (a binary response)
    - ``put_cover``: Upload a new cover image (a raw binary body)
    - ``get_excerpt``: The first page as plain text (a text response)
    - ``put_excerpt``: Replace the excerpt (a raw text body)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.reviews = AsyncBooksReviews(client)

    @cached_property
    def with_raw_response(self) -> AsyncBooksWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncBooksWithRawResponse(self)

    async def list(
        self,
        *,
        author: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        filter: BookFilter | NotGiven = NOT_GIVEN,
        format: Sequence[BookFormat] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: BookListPage | NotGiven = NOT_GIVEN,
        published_after: datetime.date | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        sort: BookListSort | NotGiven = NOT_GIVEN,
        tag: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        year: Sequence[int] | NotGiven = NOT_GIVEN,
        x_request_tags: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookPage:
        """Books matching filters

        Every query parameter style, a header array and a deprecated parameter.

        Args:
            author: comma-separated, ?author=a,b (form, not exploded)
            filter: filter[genre]=novel&filter[in_stock]=true (deepObject)
            format: space-separated
            page: an exploded object, ?number=2&size=20
            q: Free text. Deprecated, use GET /search.
            tag: repeated, ?tag=a&tag=b (form, exploded)
            year: pipe-separated publication years
            x_request_tags: a header array, comma-separated (simple style)
        """
        return await self._client.request(
            BookPage,
            RequestOptions(
                method="GET",
                path="/books",
                query=strip_not_given(
                    {
                        "author": delimited(as_list(author, "author"), ","),
                        **deep_object("filter", filter),
                        "format": delimited(as_list(format, "format"), " "),
                        "limit": limit,
                        **exploded(page),
                        "published_after": published_after,
                        "q": q,
                        "sort": sort,
                        "tag": as_list(tag, "tag"),
                        "year": delimited(as_list(year, "year"), "|"),
                    }
                ),
                headers=strip_not_given(
                    {
                        "X-Request-Tags": delimited(as_list(x_request_tags, "x_request_tags"), ","),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        format: BookFormat,
        isbn: str,
        title: str,
        author_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        condition: Condition | None | NotGiven = NOT_GIVEN,
        dewey_class: str | NotGiven = NOT_GIVEN,
        metadata: BookMetadataParam | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        published_on: datetime.date | NotGiven = NOT_GIVEN,
        subtitle: str | None | NotGiven = NOT_GIVEN,
        volume: int | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Add a book to the catalogue

        Args:
            format: How a book is bound or delivered.
            condition: A nullable enum (null is one of its values).
            dewey_class: a wire name that is not a Python name
            metadata: Known keys and any others (properties plus additionalProperties).
            volume: a number, or a label such as "IV" (a type array of two types)
        """
        return await self._client.request(
            Book,
            RequestOptions(
                method="POST",
                path="/books",
                json_body=strip_not_given(
                    {
                        "format": format,
                        "isbn": isbn,
                        "title": title,
                        "author_ids": as_list(author_ids, "author_ids"),
                        "condition": condition,
                        "dewey-class": dewey_class,
                        "metadata": metadata,
                        "price": price,
                        "published_on": published_on,
                        "subtitle": subtitle,
                        "volume": volume,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def describe(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """The methods /books allows (an OPTIONS request)"""
        return await self._client.request(
            None,
            RequestOptions(
                method="OPTIONS",
                path="/books",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def export(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """The catalogue as CSV (a text/csv response)"""
        return await self._client.request(
            str,
            RequestOptions(
                method="GET",
                path="/books/export",
                accept="text/csv",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def import_(
        self,
        *,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ImportJob:
        """Import books from CSV (a raw text body of another type)"""
        return await self._client.request(
            ImportJob,
            RequestOptions(
                method="POST",
                path="/books/import",
                content=body,
                content_type="text/csv",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_by_isbn(
        self,
        *,
        isbns: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Book]:
        """Several books at once (a path array, comma-separated)"""
        return await self._client.request(
            list[Book],
            RequestOptions(
                method="GET",
                path="/books/isbn/{isbns}",
                path_params=strip_not_given(
                    {
                        "isbns": delimited(as_list(isbns, "isbns"), ","),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        *,
        book_id: int,
        if_none_match: str | NotGiven = NOT_GIVEN,
        x_max_age: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """One book

        Args:
            x_max_age: an integer header
        """
        return await self._client.request(
            Book,
            RequestOptions(
                method="GET",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                headers=strip_not_given(
                    {
                        "If-None-Match": if_none_match,
                        "X-Max-Age": x_max_age,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def replace(
        self,
        *,
        book_id: int,
        format: BookFormat,
        isbn: str,
        title: str,
        author_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        condition: Condition | None | NotGiven = NOT_GIVEN,
        dewey_class: str | NotGiven = NOT_GIVEN,
        metadata: BookMetadataParam | NotGiven = NOT_GIVEN,
        price: float | NotGiven = NOT_GIVEN,
        published_on: datetime.date | NotGiven = NOT_GIVEN,
        subtitle: str | None | NotGiven = NOT_GIVEN,
        volume: int | str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Replace a book

        Args:
            format: How a book is bound or delivered.
            condition: A nullable enum (null is one of its values).
            dewey_class: a wire name that is not a Python name
            metadata: Known keys and any others (properties plus additionalProperties).
            volume: a number, or a label such as "IV" (a type array of two types)
        """
        return await self._client.request(
            Book,
            RequestOptions(
                method="PUT",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                json_body=strip_not_given(
                    {
                        "format": format,
                        "isbn": isbn,
                        "title": title,
                        "author_ids": as_list(author_ids, "author_ids"),
                        "condition": condition,
                        "dewey-class": dewey_class,
                        "metadata": metadata,
                        "price": price,
                        "published_on": published_on,
                        "subtitle": subtitle,
                        "volume": volume,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove a book"""
        return await self._client.request(
            None,
            RequestOptions(
                method="DELETE",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def check(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Whether a book exists"""
        return await self._client.request(
            None,
            RequestOptions(
                method="HEAD",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def update(
        self,
        *,
        book_id: int,
        price: float | NotGiven = NOT_GIVEN,
        shelf_code: str | NotGiven = NOT_GIVEN,
        status: BookStatus | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Change some fields of a book

        Args:
            shelf_code: Deprecated, ignored.
        """
        return await self._client.request(
            Book,
            RequestOptions(
                method="PATCH",
                path="/books/{book_id}",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                json_body=strip_not_given(
                    {
                        "price": price,
                        "shelf_code": shelf_code,
                        "status": status,
                        "title": title,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    @deprecated("POST /books/{book_id}/archive is deprecated by the API")
    async def archive(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Book:
        """Archive a book

        Use PATCH with status=archived instead.

        Deprecated: this operation may be removed.
        """
        return await self._client.request(
            Book,
            RequestOptions(
                method="POST",
                path="/books/{book_id}/archive",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def upload_attachment(
        self,
        *,
        book_id: int,
        file: FileTypes,
        caption: str | NotGiven = NOT_GIVEN,
        details: BookDetailsParam | NotGiven = NOT_GIVEN,
        labels: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """Attach a file to a book (multipart)

        Args:
            file: the file
            details: sent as JSON text
            labels: repeated as several fields
        """
        return await self._client.request(
            Attachment,
            RequestOptions(
                method="POST",
                path="/books/{book_id}/attachments",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                multipart=strip_not_given(
                    {
                        "file": file,
                        "caption": caption,
                        "details": details,
                        "labels": as_list(labels, "labels"),
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_cover(
        self,
        *,
        book_id: int,
        size: BookGetCoverSize | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """The cover image (a binary response)"""
        return await self._client.request(
            bytes,
            RequestOptions(
                method="GET",
                path="/books/{book_id}/cover",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                query=strip_not_given(
                    {
                        "size": size,
                    }
                ),
                accept="image/jpeg",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def put_cover(
        self,
        *,
        book_id: int,
        body: bytes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a new cover image (a raw binary body)"""
        return await self._client.request(
            None,
            RequestOptions(
                method="PUT",
                path="/books/{book_id}/cover",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                content=body,
                content_type="image/jpeg",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_excerpt(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """The first page as plain text (a text response)"""
        return await self._client.request(
            str,
            RequestOptions(
                method="GET",
                path="/books/{book_id}/excerpt",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                accept="text/plain",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def put_excerpt(
        self,
        *,
        book_id: int,
        body: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace the excerpt (a raw text body)"""
        return await self._client.request(
            None,
            RequestOptions(
                method="PUT",
                path="/books/{book_id}/excerpt",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                content=body,
                content_type="text/plain",
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncBooksWithRawResponse:
    def __init__(self, resource: AsyncBooks) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.describe = async_to_raw_response_wrapper(resource.describe)
        self.export = async_to_raw_response_wrapper(resource.export)
        self.import_ = async_to_raw_response_wrapper(resource.import_)
        self.get_by_isbn = async_to_raw_response_wrapper(resource.get_by_isbn)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.replace = async_to_raw_response_wrapper(resource.replace)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.check = async_to_raw_response_wrapper(resource.check)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.archive = async_to_raw_response_wrapper(resource.archive)
        self.upload_attachment = async_to_raw_response_wrapper(resource.upload_attachment)
        self.get_cover = async_to_raw_response_wrapper(resource.get_cover)
        self.put_cover = async_to_raw_response_wrapper(resource.put_cover)
        self.get_excerpt = async_to_raw_response_wrapper(resource.get_excerpt)
        self.put_excerpt = async_to_raw_response_wrapper(resource.put_excerpt)


class AsyncBooksReviews:
    """``client.books.reviews``

    - ``list``: Reviews of a book (named by path, no tags)
    - ``create``: Review a book (OpenAPI 3.1 keywords)
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBooksReviewsWithRawResponse:
        """The same methods, returning the raw ``APIResponse`` (status, headers, ``parse()``)."""
        return AsyncBooksReviewsWithRawResponse(self)

    async def list(
        self,
        *,
        book_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Review]:
        """Reviews of a book (named by path, no tags)"""
        return await self._client.request(
            list[Review],
            RequestOptions(
                method="GET",
                path="/books/{book_id}/reviews",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def create(
        self,
        *,
        book_id: int,
        stars: Stars,
        text: str,
        headline: str | None | NotGiven = NOT_GIVEN,
        weight: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Review:
        """Review a book (OpenAPI 3.1 keywords)

        Args:
            stars: An integer enum.
        """
        return await self._client.request(
            Review,
            RequestOptions(
                method="POST",
                path="/books/{book_id}/reviews",
                path_params=strip_not_given(
                    {
                        "book_id": book_id,
                    }
                ),
                json_body=strip_not_given(
                    {
                        "stars": stars,
                        "text": text,
                        "headline": headline,
                        "weight": weight,
                    }
                ),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncBooksReviewsWithRawResponse:
    def __init__(self, resource: AsyncBooksReviews) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
