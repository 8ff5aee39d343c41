"""Types of Search Engine: request parameters, responses and their parts."""

from __future__ import annotations

from typing import Any, Literal, Required, TypeAlias

from typing_extensions import TypedDict

from ._models import BaseModel

__all__ = [
    "GoogleImageSize",
    "GoogleRange",
    "GoogleType",
    "Error",
    "ErrorResponse",
    "GoogleSearchParams",
    "GoogleSearchResponse",
    "GoogleSearchResponseCost",
    "GoogleSearchResponseImage",
    "GoogleSearchResponseMap",
    "GoogleSearchResponseNews",
    "GoogleSearchResponseOrganic",
    "GoogleSearchResponsePeopleAlsoAsk",
    "GoogleSearchResponsePlace",
    "GoogleSearchResponseRelatedSearch",
    "GoogleSearchResponseVideo",
]

GoogleImageSize: TypeAlias = Literal[
    "large",
    "medium",
    "icon",
    "2mp",
    "4mp",
    "6mp",
    "8mp",
    "10mp",
    "12mp",
    "15mp",
    "20mp",
    "40mp",
    "70mp",
]
"""Image size filter. Only valid when type is images."""

GoogleRange: TypeAlias = Literal[
    "h",
    "d",
    "w",
    "m",
    "y",
    "qdr:h",
    "qdr:d",
    "qdr:w",
    "qdr:m",
    "qdr:y",
]

GoogleType: TypeAlias = Literal[
    "search",
    "images",
    "news",
    "maps",
    "places",
    "videos",
]


class Error(BaseModel):

    code: str | None = None

    message: str | None = None


class ErrorResponse(BaseModel):

    error: Error | None = None

    trace_id: str | None = None


class GoogleSearchParams(TypedDict, total=False):

    page: int

    type: GoogleType

    query: Required[str]

    range: GoogleRange

    number: int

    country: str

    language: str

    image_size: GoogleImageSize
    """Image size filter. Only valid when type is images."""


class GoogleSearchResponse(BaseModel):
    """Structured search results. Available result collections depend on the requested search type."""

    organic: list[GoogleSearchResponseOrganic] | None = None

    images: list[GoogleSearchResponseImage] | None = None

    news: list[GoogleSearchResponseNews] | None = None

    videos: list[GoogleSearchResponseVideo] | None = None

    places: list[GoogleSearchResponsePlace] | None = None

    maps: list[GoogleSearchResponseMap] | None = None

    people_also_ask: list[GoogleSearchResponsePeopleAlsoAsk] | None = None

    related_searches: list[GoogleSearchResponseRelatedSearch] | None = None

    answer_box: dict[str, Any] | None = None

    knowledge_graph: dict[str, Any] | None = None

    cost: GoogleSearchResponseCost | None = None


class GoogleSearchResponseCost(BaseModel):

    amount: float

    currency: str


class GoogleSearchResponseImage(BaseModel):

    title: str | None = None

    link: str | None = None

    snippet: str | None = None

    position: int | None = None

    date: str | None = None

    image_url: str | None = None


class GoogleSearchResponseMap(BaseModel):

    title: str | None = None

    link: str | None = None

    snippet: str | None = None

    position: int | None = None

    date: str | None = None

    image_url: str | None = None


class GoogleSearchResponseNews(BaseModel):

    title: str | None = None

    link: str | None = None

    snippet: str | None = None

    position: int | None = None

    date: str | None = None

    image_url: str | None = None


class GoogleSearchResponseOrganic(BaseModel):

    title: str | None = None

    link: str | None = None

    snippet: str | None = None

    position: int | None = None

    date: str | None = None

    image_url: str | None = None


class GoogleSearchResponsePeopleAlsoAsk(BaseModel):

    title: str | None = None

    link: str | None = None

    snippet: str | None = None

    position: int | None = None

    date: str | None = None

    image_url: str | None = None


class GoogleSearchResponsePlace(BaseModel):

    title: str | None = None

    link: str | None = None

    snippet: str | None = None

    position: int | None = None

    date: str | None = None

    image_url: str | None = None


class GoogleSearchResponseRelatedSearch(BaseModel):

    query: str | None = None


class GoogleSearchResponseVideo(BaseModel):

    title: str | None = None

    link: str | None = None

    snippet: str | None = None

    position: int | None = None

    date: str | None = None

    image_url: str | None = None
