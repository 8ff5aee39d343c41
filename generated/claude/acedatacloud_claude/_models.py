"""The base of every generated model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pydantic


class BaseModel(pydantic.BaseModel):
    """A pydantic model that keeps fields the spec does not list yet (servers change first).

    Parsed leniently, a response may lack a field the spec requires: it stays unset, and reading
    it raises an ``AttributeError`` that says so.
    """

    # No protected namespaces: fields that would shadow pydantic's own are renamed already, and
    # a wire name such as "model_name" must not warn.
    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        use_attribute_docstrings=True,
        protected_namespaces=(),
    )

    if not TYPE_CHECKING:  # a type checker must still see a misspelt attribute as an error

        def __getattr__(self, name: str) -> Any:
            try:
                return super().__getattr__(name)
            except AttributeError:
                if name not in type(self).__pydantic_fields__:
                    raise
            raise AttributeError(
                f"{type(self).__name__}.{name} is not set: the response left out this field,"
                " which the spec requires (strict_response_validation=True makes that an error)",
                name=name,
                obj=self,
            ) from None
