"""Types of Shelf Bookshop: request parameters, responses and their parts."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import Field

from ._models import BaseModel

__all__ = [
    "ActivityTailLevel",
    "BookFormat",
    "BookGetCoverSize",
    "BookListSort",
    "BookStatus",
    "Condition",
    "ImportJobState",
    "OrderStatus",
    "Priority",
    "Stars",
    "AssistantAskParams",
    "AssistantReply",
    "AssistantReplyChunk",
    "Attachment",
    "Author",
    "AuthorInput",
    "Book",
    "BookDetailsParam",
    "BookFilter",
    "BookInput",
    "BookListPage",
    "BookMetadata",
    "BookPage",
    "BookPatch",
    "BookRef",
    "BookUploadAttachmentParams",
    "CardPayment",
    "Category",
    "ErrorResponse",
    "ErrorResponseError",
    "HealthCheckResponse",
    "HomeDelivery",
    "ImportJob",
    "Inventory",
    "InvoicePayment",
    "Label",
    "Order",
    "OrderDeliveredEvent",
    "OrderInput",
    "OrderLine",
    "OrderPlacedEvent",
    "OrderShippedEvent",
    "PickupPoint",
    "ReadingList",
    "ReadingListEntry",
    "Recommendation",
    "RecommendationCreateParams",
    "RecommendationList",
    "Review",
    "ReviewInput",
    "ReviewReply",
    "SearchHit",
    "SearchListResponse",
    "SearchListWhere",
    "Session",
    "SessionCreateParams",
    "StockItem",
    "VoucherPayment",
    "Work",
    "OrderStreamEvent",
    "PaymentMethod",
]

ActivityTailLevel: TypeAlias = Literal[
    "info",
    "warning",
]

BookFormat: TypeAlias = Literal[
    "hardcover",
    "paperback",
    "ebook",
    "audiobook",
]
"""How a book is bound or delivered."""

BookGetCoverSize: TypeAlias = Literal[
    "small",
    "medium",
    "large",
]

BookListSort: TypeAlias = Literal[
    "title",
    "published_on",
    "price",
]

BookStatus: TypeAlias = Literal[
    "active",
    "archived",
]

Condition: TypeAlias = Literal[
    "new",
    "used",
]
"""A nullable enum (null is one of its values)."""

ImportJobState: TypeAlias = Literal[
    "queued",
    "running",
    "done",
    "failed",
]

OrderStatus: TypeAlias = Literal[
    "pending",
    "paid",
    "shipped",
    "delivered",
    "cancelled",
]

Priority: TypeAlias = Literal[
    1,
    2,
    3,
]

Stars: TypeAlias = Literal[
    1,
    2,
    3,
    4,
    5,
]
"""An integer enum."""


class AssistantAskParams(BaseModel):

    question: str

    stream: bool | None = None
    """stream the reply as it is written"""


class AssistantReply(BaseModel):

    object: Literal["assistant.reply"]

    text: str


class AssistantReplyChunk(BaseModel):

    object: Literal["assistant.reply.chunk"]

    delta: str


class Attachment(BaseModel):

    id: int

    filename: str

    size: int

    caption: str | None = None

    labels: list[str] | None = None


class Author(BaseModel):

    id: str

    name: str

    born: datetime.date | None = None

    works: list[Work] | None = None


class AuthorInput(BaseModel):

    name: str

    born: datetime.date | None = None


class Book(BaseModel):
    """A book in the catalogue (allOf of the input and stored fields)."""

    title: str

    isbn: str

    format: BookFormat | str
    """How a book is bound or delivered."""

    price: float | None = None

    published_on: datetime.date | None = None

    author_ids: list[str] | None = None

    condition: Condition | str | None = None
    """A nullable enum (null is one of its values)."""

    subtitle: str | None = None

    volume: int | str | None = None
    """a number, or a label such as "IV" (a type array of two types)"""

    metadata: BookMetadata | None = None
    """Known keys and any others (properties plus additionalProperties)."""

    dewey_class: str | None = Field(default=None, alias="dewey-class")
    """a wire name that is not a Python name"""

    object: Literal["book"]

    id: int

    created_at: datetime.datetime

    status: BookStatus | str | None = None

    shelf_code: str | None = None
    """Deprecated, books have several shelves now."""

    rating: float | None = None


class BookDetailsParam(BaseModel):
    """sent as JSON text"""

    pages: int | None = None

    scanner: str | None = None


class BookFilter(BaseModel):

    genre: str | None = None

    language: str | None = None

    in_stock: bool | None = None


class BookInput(BaseModel):

    title: str

    isbn: str

    format: BookFormat
    """How a book is bound or delivered."""

    price: float | None = None

    published_on: datetime.date | None = None

    author_ids: list[str] | None = None

    condition: Condition | None = None
    """A nullable enum (null is one of its values)."""

    subtitle: str | None = None

    volume: int | str | None = None
    """a number, or a label such as "IV" (a type array of two types)"""

    metadata: BookMetadata | None = None
    """Known keys and any others (properties plus additionalProperties)."""

    dewey_class: str | None = Field(default=None, alias="dewey-class")
    """a wire name that is not a Python name"""


class BookListPage(BaseModel):

    number: int | None = None

    size: int | None = None


class BookMetadata(BaseModel):
    """Known keys and any others (properties plus additionalProperties)."""

    source: str | None = None


class BookPage(BaseModel):

    items: list[Book]

    total: int

    next_page: int | None = None


class BookPatch(BaseModel):

    title: str | None = None

    price: float | None = None

    status: BookStatus | None = None

    shelf_code: str | None = None
    """Deprecated, ignored."""


class BookRef(BaseModel):

    id: int

    title: str


class BookUploadAttachmentParams(BaseModel):

    file: bytes
    """the file"""

    caption: str | None = None

    labels: list[str] | None = None
    """repeated as several fields"""

    details: BookDetailsParam | None = None
    """sent as JSON text"""


class CardPayment(BaseModel):

    method: Literal["card"]

    token: str

    save: bool | None = None


class Category(BaseModel):

    name: str

    children: list[Category] | None = None


class ErrorResponse(BaseModel):

    error: ErrorResponseError

    trace_id: str | None = None


class ErrorResponseError(BaseModel):

    code: str

    message: str


class HealthCheckResponse(BaseModel):

    status: Literal["ok"]

    checked_at: datetime.datetime | None = None


class HomeDelivery(BaseModel):

    kind: Literal["HomeDelivery"]

    address: str


class ImportJob(BaseModel):

    id: str

    state: ImportJobState | str


class Inventory(BaseModel):

    stock: dict[str, StockItem]
    """stock per warehouse code"""

    counts: dict[str, int] | None = None

    metadata: dict[str, Any] | None = None

    extra: dict[str, Any] | None = None


class InvoicePayment(BaseModel):

    method: Literal["invoice"]

    vat_id: str


class Label(BaseModel):

    text: str

    target: BookRef | str
    """a book, or a plain name (anyOf)"""


class Order(BaseModel):

    id: str

    status: OrderStatus | str

    priority: Priority | int | None = None

    lines: list[OrderLine]

    payment: PaymentMethod | None = None
    """How an order is paid, told apart by method through the mapping."""

    shipping: Annotated[HomeDelivery | PickupPoint, Field(discriminator="kind")] | None = None
    """Where an order goes, told apart by kind, whose values are the schema names."""

    total: float

    placed_at: datetime.datetime

    delivered_on: datetime.date | None = None


class OrderDeliveredEvent(BaseModel):

    type: Literal["order.delivered"]

    order_id: str

    signed_by: str | None = None


class OrderInput(BaseModel):

    lines: list[OrderLine]

    payment: PaymentMethod
    """How an order is paid, told apart by method through the mapping."""

    shipping: Annotated[HomeDelivery | PickupPoint, Field(discriminator="kind")]
    """Where an order goes, told apart by kind, whose values are the schema names."""

    priority: Priority | None = None

    gift_note: str | None = None


class OrderLine(BaseModel):

    book_id: int

    quantity: int


class OrderPlacedEvent(BaseModel):

    type: Literal["order.placed"]

    order_id: str

    total: float | None = None


class OrderShippedEvent(BaseModel):

    type: Literal["order.shipped"]

    order_id: str

    carrier: str

    tracking: str | None = None


class PickupPoint(BaseModel):

    kind: Literal["PickupPoint"]

    point_id: str


class ReadingList(BaseModel):

    id: int

    name: str

    entries: list[ReadingListEntry]


class ReadingListEntry(BaseModel):

    position: int

    book: BookRef | None = None

    sublist: ReadingList | None = None


class Recommendation(BaseModel):

    book_id: int

    score: float

    reason: str | None = None


class RecommendationCreateParams(BaseModel):

    book_ids: list[int]

    live: bool | None = None
    """send each recommendation as it is found"""


class RecommendationList(BaseModel):

    items: list[Recommendation]


class Review(BaseModel):

    object: Literal["review"]

    id: int

    stars: Stars | int
    """An integer enum."""

    text: str

    headline: str | None

    reply: ReviewReply | None
    """the shop's answer, or null (a oneOf with a null variant)"""


class ReviewInput(BaseModel):

    stars: Stars
    """An integer enum."""

    text: str

    headline: str | None = None

    weight: float | None = None


class ReviewReply(BaseModel):

    text: str

    replied_at: datetime.datetime | None = None


class SearchHit(BaseModel):

    score: float

    label: Label


class SearchListResponse(BaseModel):

    hits: list[SearchHit]

    took_ms: int | None = None


class SearchListWhere(BaseModel):

    title: str | None = None

    max_price: float | None = None


class Session(BaseModel):

    token: str

    expires_at: datetime.datetime


class SessionCreateParams(BaseModel):

    username: str

    password: str

    remember: bool | None = None


class StockItem(BaseModel):

    quantity: int

    location: str | None = None


class VoucherPayment(BaseModel):

    method: Literal["voucher"]

    code: str


class Work(BaseModel):

    title: str

    author: Author | None = None


OrderStreamEvent: TypeAlias = Annotated[
    OrderPlacedEvent | OrderShippedEvent | OrderDeliveredEvent, Field(discriminator="type")
]


PaymentMethod: TypeAlias = Annotated[
    CardPayment | VoucherPayment | InvoicePayment, Field(discriminator="method")
]
