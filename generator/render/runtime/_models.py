"""The base of every generated model."""

from __future__ import annotations

import pydantic


class BaseModel(pydantic.BaseModel):
    """A pydantic model that keeps fields the spec does not list yet (servers change first)."""

    # No protected namespaces: fields that would shadow pydantic's own are renamed already, and
    # a wire name such as "model_name" must not warn.
    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        use_attribute_docstrings=True,
        protected_namespaces=(),
    )
