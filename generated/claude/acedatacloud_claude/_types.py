"""Types shared by the client and its resources."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Final,
    Literal,
    Protocol,
    SupportsIndex,
    TypeGuard,
    TypeVar,
    overload,
)

import httpx

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]
Timeout = float | httpx.Timeout | None
# A file to upload: its content, or (filename, content) or (filename, content, content type).
FileContent = IO[bytes] | bytes
FileTypes = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)

_T_co = TypeVar("_T_co", covariant=True)

if TYPE_CHECKING:

    class SequenceNotStr(Protocol[_T_co]):
        """A ``Sequence`` that a ``str`` is not: what a list of strings (or numbers) the client
        sends is typed as. ``str.__contains__`` takes only a ``str``, where this takes any
        object, so a type checker refuses ``stop="END"`` for ``stop=["END"]``; a list or a
        tuple goes."""

        @overload
        def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
        @overload
        def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
        def __contains__(self, value: object, /) -> bool: ...
        def __len__(self) -> int: ...
        def __iter__(self) -> Iterator[_T_co]: ...
        def __reversed__(self) -> Iterator[_T_co]: ...
        def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
        def count(self, value: Any, /) -> int: ...

else:  # at run time, any sequence: the encoder checks what is sent
    SequenceNotStr = Sequence


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, as opposed to an explicit ``None``.

    ``None`` is a value the API may accept (``"max_tokens": null``); ``NOT_GIVEN`` means the
    argument is not sent at all.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def strip_not_given(values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries whose value was given."""
    return {key: value for key, value in values.items() if value is not NOT_GIVEN}


# isinstance() checks that type the contents too, as objects: a type checker then knows what
# the items of a decoded JSON value are, rather than nothing.


def is_dict(value: object) -> TypeGuard[dict[object, object]]:
    return isinstance(value, dict)


def is_mapping(value: object) -> TypeGuard[Mapping[object, object]]:
    return isinstance(value, Mapping)


def is_list(value: object) -> TypeGuard[list[object]]:
    return isinstance(value, list)


def is_array(value: object) -> TypeGuard[list[object] | tuple[object, ...]]:
    """A list or a tuple."""
    return isinstance(value, list | tuple)


def is_iterable(value: object) -> TypeGuard[Iterable[object]]:
    return isinstance(value, Iterable)
