"""The event ``messages.stream()`` adds to the spec's own, named and shaped as the anthropic
SDK's: after each ``content_block_delta`` of text, the text it added and the block's text so far
(``event.type == "text"``). Made by the client, not read from the server: a frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class TextEvent:
    """Text a delta added to a text block: ``text``, and the block's text so far."""

    type: Literal["text"] = field(default="text", init=False)
    text: str
    snapshot: str
