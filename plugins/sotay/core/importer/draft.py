"""What a layout reader finds in an old document, before it is written as a content file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Block:
    """A piece of body text: "p" paragraph, "li" list item, "h" section heading."""

    kind: str
    text: str


@dataclass(frozen=True)
class Draft:
    """Fields found in the text; None where the text does not say (never guessed)."""

    layout: str  # "letter" (official letter or guidance) or "article" (news article)
    title: str | None = None
    kind: str | None = None  # "Công văn", "Hướng dẫn"…: the document type the text gives
    number: str | None = None
    issuer: str | None = None
    signer: str | None = None
    issued: date | None = None
    author: str | None = None
    addressees: str | None = None
    summary: str | None = None
    source_url: str | None = None
    body: tuple[Block, ...] = ()
