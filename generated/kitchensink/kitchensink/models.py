"""Types of Shelf Bookshop: request parameters, responses and their parts."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, Literal, Required, TypeAlias

from pydantic import Field
from typing_extensions import TypedDict

from ._models import BaseModel
from ._types import SequenceNotStr

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
    "BookMetadataParam",
    "BookPage",
    "BookPatch",
    "BookRef",
    "BookUploadAttachmentParams",
    "CardPayment",
    "CardPaymentParam",
    "Category",
    "CategoryParam",
    "ErrorResponse",
    "ErrorResponseError",
    "HealthCheckResponse",
    "HomeDelivery",
    "HomeDeliveryParam",
    "ImportJob",
    "Inventory",
    "InvoicePayment",
    "InvoicePaymentParam",
    "Label",
    "Order",
    "OrderDeliveredEvent",
    "OrderInput",
    "OrderLine",
    "OrderLineParam",
    "OrderPlacedEvent",
    "OrderShippedEvent",
    "PickupPoint",
    "PickupPointParam",
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
    "VoucherPaymentParam",
    "Work",
    "OrderStreamEvent",
    "PaymentMethod",
    "PaymentMethodParam",
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


class AssistantAskParams(TypedDict, total=False):

    question: Required[str]

    stream: bool
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


class AuthorInput(TypedDict, total=False):

    name: Required[str]

    born: datetime.date


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


class BookDetailsParam(TypedDict, total=False):
    """sent as JSON text"""

    pages: int

    scanner: str


class BookFilter(TypedDict, total=False):

    genre: str

    language: str

    in_stock: bool


BookInput = TypedDict(
    "BookInput",
    {
        "title": "Required[str]",
        "isbn": "Required[str]",
        "format": "Required[BookFormat]",
        "price": "float",
        "published_on": "datetime.date",
        "author_ids": "SequenceNotStr[str]",
        "condition": "Condition | None",
        "subtitle": "str | None",
        "volume": "int | str",
        "metadata": "BookMetadataParam",
        "dewey-class": "str",
    },
    total=False,
)


class BookListPage(TypedDict, total=False):

    number: int

    size: int


class BookMetadata(BaseModel):
    """Known keys and any others (properties plus additionalProperties)."""

    source: str | None = None


class BookMetadataParam(TypedDict, total=False):
    """Known keys and any others (properties plus additionalProperties)."""

    source: str


class BookPage(BaseModel):

    items: list[Book]

    total: int

    next_page: int | None = None


class BookPatch(TypedDict, total=False):

    title: str

    price: float

    status: BookStatus

    shelf_code: str
    """Deprecated, ignored."""


class BookRef(BaseModel):

    id: int

    title: str


class BookUploadAttachmentParams(TypedDict, total=False):

    file: Required[bytes]
    """the file"""

    caption: str

    labels: SequenceNotStr[str]
    """repeated as several fields"""

    details: BookDetailsParam
    """sent as JSON text"""


class CardPayment(BaseModel):

    method: Literal["card"]

    token: str

    save: bool | None = None


class CardPaymentParam(TypedDict, total=False):

    method: Required[Literal["card"]]

    token: Required[str]

    save: bool


class Category(BaseModel):

    name: str

    children: list[Category] | None = None


class CategoryParam(TypedDict, total=False):

    name: Required[str]

    children: Iterable[CategoryParam]


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


class HomeDeliveryParam(TypedDict, total=False):

    kind: Required[Literal["HomeDelivery"]]

    address: Required[str]


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


class InvoicePaymentParam(TypedDict, total=False):

    method: Required[Literal["invoice"]]

    vat_id: Required[str]


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


class OrderInput(TypedDict, total=False):

    lines: Required[Iterable[OrderLineParam]]

    payment: Required[PaymentMethodParam]
    """How an order is paid, told apart by method through the mapping."""

    shipping: Required[HomeDeliveryParam | PickupPointParam]
    """Where an order goes, told apart by kind, whose values are the schema names."""

    priority: Priority

    gift_note: str


class OrderLine(BaseModel):

    book_id: int

    quantity: int


class OrderLineParam(TypedDict, total=False):

    book_id: Required[int]

    quantity: Required[int]


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


class PickupPointParam(TypedDict, total=False):

    kind: Required[Literal["PickupPoint"]]

    point_id: Required[str]


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


class RecommendationCreateParams(TypedDict, total=False):

    book_ids: Required[Sequence[int]]

    live: bool
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


class ReviewInput(TypedDict, total=False):

    stars: Required[Stars]
    """An integer enum."""

    text: Required[str]

    headline: str | None

    weight: float


class ReviewReply(BaseModel):

    text: str

    replied_at: datetime.datetime | None = None


class SearchHit(BaseModel):

    score: float

    label: Label


class SearchListResponse(BaseModel):

    hits: list[SearchHit]

    took_ms: int | None = None


class SearchListWhere(TypedDict, total=False):

    title: str

    max_price: float


class Session(BaseModel):

    token: str

    expires_at: datetime.datetime


class SessionCreateParams(TypedDict, total=False):

    username: Required[str]

    password: Required[str]

    remember: bool


class StockItem(BaseModel):

    quantity: int

    location: str | None = None


class VoucherPayment(BaseModel):

    method: Literal["voucher"]

    code: str


class VoucherPaymentParam(TypedDict, total=False):

    method: Required[Literal["voucher"]]

    code: Required[str]


class Work(BaseModel):

    title: str

    author: Author | None = None


OrderStreamEvent: TypeAlias = Annotated[
    OrderPlacedEvent | OrderShippedEvent | OrderDeliveredEvent, Field(discriminator="type")
]


PaymentMethod: TypeAlias = Annotated[
    CardPayment | VoucherPayment | InvoicePayment, Field(discriminator="method")
]


PaymentMethodParam: TypeAlias = Annotated[
    CardPaymentParam | VoucherPaymentParam | InvoicePaymentParam, Field(discriminator="method")
]
