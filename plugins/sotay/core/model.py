"""The content model: frozen dataclasses for every kind of document in the knowledge base."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import ClassVar


class Status(StrEnum):
    """Where an official document stands, as its front matter writes it (vocabulary.yml labels each slug)."""

    IN_FORCE = "hieu-luc"
    PARTLY_IN_FORCE = "hieu-luc-mot-phan"
    ENDED = "het-hieu-luc"
    NOT_YET_IN_FORCE = "chua-hieu-luc"
    DRAFT = "du-thao"
    UNVERIFIED = "chua-xac-minh"  # the sources seen do not say whether it is still in force

    @property
    def in_force(self) -> bool:
        """Written as in force, wholly or in part (whether it still is on a day: documents/status.py)."""
        return self in (Status.IN_FORCE, Status.PARTLY_IN_FORCE)


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Change:
    date: date
    note: str


@dataclass(frozen=True)
class Verified:
    """Who checked the document against its source, and when (for an official document: whether it is in force)."""

    date: date
    source: str


@dataclass(frozen=True)
class Imported:
    """The stamp `sotay import` leaves on a draft: from which file, on which day, and what it could not find."""

    file: str
    date: date
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Criterion:
    id: str
    title: str
    max: float


@dataclass(frozen=True)
class Rating:
    id: str
    label: str
    min_total: float
    require_max: tuple[str, ...] = ()
    forbid_zero: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    """One tickable line; `id` survives edits to other items (see meetings/checklist.py)."""

    id: str
    text: str
    note: str = ""
    children: tuple[ChecklistItem, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Document:
    """Fields every kind shares. `path` is relative to content/, `slug` is the file name and the URL."""

    kind: ClassVar[str] = ""
    path: str
    slug: str
    body: str = field(repr=False)  # the Markdown below the front matter
    body_line: int = 1
    title: str
    summary: str = ""
    tags: tuple[str, ...] = ()
    meeting_types: tuple[str, ...] = ()
    cell_types: tuple[str, ...] = ()
    sources: tuple[Link, ...] = ()
    changes: tuple[Change, ...] = ()
    example: bool = False
    featured: bool = False
    issued: date | None = None
    imported: Imported | None = None
    verified: Verified | None = None

    @property
    def unreviewed(self) -> bool:
        """An import no person has checked yet: imported, and not verified since."""
        return self.imported is not None and (self.verified is None or self.verified.date < self.imported.date)

    @property
    def url_path(self) -> str:
        """Path of the page's Markdown source as the site knows it, e.g. guides/hd-42-btctw.md."""
        return f"{self.kind}/{self.slug}.md"

    @property
    def updated(self) -> date | None:
        """Date of the latest recorded change, else the issue date."""
        return max((c.date for c in self.changes), default=self.issued)


@dataclass(frozen=True, kw_only=True)
class Guide(Document):
    kind: ClassVar[str] = "guides"
    form: str
    number: str | None = None
    issuer: str | None = None
    signer: str | None = None
    effective: date | None = None
    expires: date | None = None
    status: Status = Status.IN_FORCE
    supersedes: tuple[str, ...] = ()
    amends: tuple[str, ...] = ()
    guides: tuple[str, ...] = ()
    based_on: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Front matter gives the slug as text; the model holds the member (equal to its slug, so output is the same).
        object.__setattr__(self, "status", Status(self.status))


@dataclass(frozen=True, kw_only=True)
class Sections:
    """What a model-meeting review found, read from the body's headed sections (meetings/review.py, read_sections):
    read when needed, not held by the meeting, since its body already holds them."""

    strengths: tuple[str, ...] = ()
    limitations: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ModelMeeting(Document):
    kind: ClassVar[str] = "model-meetings"
    cell: str
    organization: str
    date: date
    meeting_type: str
    cell_type: str
    members: int | None = None
    attended: int | None = None
    speakers: int | None = None
    observers: tuple[str, ...] = ()
    rubric: str | None = None
    scores: tuple[tuple[str, float], ...] = ()
    rating: str | None = None

    @property
    def attendance_rate(self) -> float | None:
        return self.attended / self.members if self.members and self.attended is not None else None

    @property
    def speaking_rate(self) -> float | None:
        return self.speakers / self.attended if self.attended and self.speakers is not None else None


@dataclass(frozen=True, kw_only=True)
class Checklist(Document):
    kind: ClassVar[str] = "checklists"
    phase: str
    items: tuple[ChecklistItem, ...] = ()
    source_guide: str | None = None

    @property
    def item_count(self) -> int:
        return _count(self.items)


@dataclass(frozen=True, kw_only=True)
class Rubric(Document):
    kind: ClassVar[str] = "rubrics"
    id: str
    criteria: tuple[Criterion, ...]
    ratings: tuple[Rating, ...]

    @property
    def max_total(self) -> float:
        return sum(c.max for c in self.criteria)


KINDS: dict[str, type[Document]] = {cls.kind: cls for cls in (Guide, ModelMeeting, Checklist, Rubric)}


def _count(items: tuple[ChecklistItem, ...]) -> int:
    return sum(1 + _count(item.children) for item in items)
