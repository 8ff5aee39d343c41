"""The base of every generated model."""

from __future__ import annotations

import pydantic


class BaseModel(pydantic.BaseModel):
    """A pydantic model that keeps fields the spec does not list yet (servers change first)."""

    model_config = pydantic.ConfigDict(
        extra="allow", populate_by_name=True, use_attribute_docstrings=True
    )
