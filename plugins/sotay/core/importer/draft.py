"""What a layout reader finds in a received document, before it is written as a content file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Block:
    """A piece of body text: "p" paragraph, "li" list item, "h" section heading."""

    kind: str
    text: str


@dataclass(frozen=True)
class Meeting:
    """What a model-meeting report states about the meeting; None where it does not say (never guessed)."""

    cell: str | None = None
    organization: str | None = None
    date: date | None = None
    meeting_type: str | None = None  # a slug of vocabulary.yml meeting_types
    cell_type: str | None = None  # a slug of vocabulary.yml cell_types, from the cell's own name
    members: int | None = None
    attended: int | None = None
    speakers: int | None = None
    strengths: tuple[str, ...] = ()
    limitations: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """Fields found in the text; None where the text does not say (never guessed)."""

    layout: str  # "letter" (a party document), "article" (a news article) or "meeting" (a model-meeting report)
    title: str | None = None
    kind: str | None = None  # "Công văn", "Hướng dẫn"…: the document type the text gives
    number: str | None = None
    issuer: str | None = None  # the issuing body, in sentence case
    parent: str | None = None  # the directly superior body written above the issuer, in sentence case
    place: str | None = None
    issued: date | None = None
    subject: str | None = None  # the trích yếu, without a "V/v"
    addressees: str | None = None
    authority: str | None = None  # "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"…
    position: str | None = None  # "PHÓ BÍ THƯ"
    signer: str | None = None
    distribution: tuple[str, ...] = ()  # the "Nơi nhận" list
    author: str | None = None
    summary: str | None = None
    source_url: str | None = None
    body: tuple[Block, ...] = ()
    meeting: Meeting | None = None
