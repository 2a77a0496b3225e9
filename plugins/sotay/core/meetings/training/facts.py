"""What a trainer compares across model meetings, one frozen record per meeting, read from the documents."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...dates import format_date
from ...model import Document, ModelMeeting, Rubric
from ...validate.base import rating_note
from ...vocabulary import label
from ..review import read_sections
from ..rubric import assess
from .themes import Theme, themes_of

SECTION_KINDS = ("limitations", "lessons", "strengths")
SECTION_LABELS = {"strengths": "Ưu điểm", "limitations": "Hạn chế", "lessons": "Bài học kinh nghiệm"}
UNRATED = "chua-xep-loai"
UNRATED_LABEL = "Chưa xếp loại"
UNKNOWN_RANK, UNRATED_RANK = 90, 99


@dataclass(frozen=True)
class Score:
    criterion: str
    title: str
    points: float
    max: float


@dataclass(frozen=True)
class Point:
    """One strength, limitation or lesson of one meeting, with the themes its text names."""

    slug: str
    kind: str
    text: str
    themes: tuple[Theme, ...]


@dataclass(frozen=True)
class MeetingFacts:
    slug: str
    title: str
    url_path: str
    cell: str
    organization: str
    date: date
    date_label: str
    meeting_type: str
    cell_type: str
    members: int | None
    attended: int | None
    speakers: int | None
    attendance_rate: float | None
    speaking_rate: float | None
    rubric_title: str | None
    scores: tuple[Score, ...]
    total: float | None
    max_total: float | None
    rating: str
    """The recorded rating's id (UNRATED when none is recorded)."""
    rating_label: str
    rating_rank: int
    """Position of the recorded rating in its rubric, best first; unknown and unrated ratings sort last."""
    computed_label: str | None
    """The rating the rubric's rules give, or None without rubric scores."""
    rating_fits: bool | None
    """Whether the rubric allows the recorded rating; None when there is nothing to check."""
    rating_note: str | None
    points: tuple[Point, ...]
    tags: tuple[str, ...]
    example: bool
    body: str = field(repr=False)

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def score_rate(self) -> float | None:
        return self.total / self.max_total if self.total is not None and self.max_total else None

    def points_of(self, kind: str) -> tuple[Point, ...]:
        return tuple(p for p in self.points if p.kind == kind)

    def limitation_themes(self) -> tuple[Theme, ...]:
        """Themes of this meeting's limitations, each once, in table order."""
        seen: dict[str, Theme] = {}
        for point in self.points_of("limitations"):
            seen.update((t.slug, t) for t in point.themes)
        return tuple(seen.values())


def meeting_facts(documents: list[Document]) -> list[MeetingFacts]:
    """Facts of every model meeting, newest first (then by title)."""
    rubrics = {d.id: d for d in documents if isinstance(d, Rubric)}
    meetings = sorted((d for d in documents if isinstance(d, ModelMeeting)), key=lambda m: (-m.date.toordinal(), m.title))
    return [facts_of(m, rubrics.get(m.rubric) if m.rubric else None) for m in meetings]


def facts_of(meeting: ModelMeeting, rubric: Rubric | None) -> MeetingFacts:
    scored = rubric is not None and bool(meeting.scores)
    points = dict(meeting.scores)
    assessment = assess(rubric, points) if scored else None
    recorded = next((r for r in rubric.ratings if r.id == meeting.rating), None) if rubric else None
    note = rating_note(rubric, meeting) if scored and recorded else None
    fits = (note is None) if scored and recorded else None
    body = meeting.body
    sections = read_sections(body)
    return MeetingFacts(
        slug=meeting.slug, title=meeting.title, url_path=meeting.url_path, cell=meeting.cell,
        organization=meeting.organization, date=meeting.date, date_label=format_date(meeting.date),
        meeting_type=meeting.meeting_type, cell_type=meeting.cell_type,
        members=meeting.members, attended=meeting.attended, speakers=meeting.speakers,
        attendance_rate=meeting.attendance_rate, speaking_rate=meeting.speaking_rate,
        rubric_title=rubric.title if rubric else None,
        scores=tuple(Score(c.id, c.title, points.get(c.id, 0), c.max) for c in rubric.criteria) if scored else (),
        total=assessment.total if assessment else None,
        max_total=rubric.max_total if scored else None,
        rating=meeting.rating or UNRATED,
        rating_label=recorded.label if recorded else (meeting.rating or UNRATED_LABEL),
        rating_rank=rubric.ratings.index(recorded) if recorded else (UNKNOWN_RANK if meeting.rating else UNRATED_RANK),
        computed_label=(assessment.rating.label if assessment.rating else UNRATED_LABEL) if assessment else None,
        rating_fits=fits,
        rating_note=note,
        points=tuple(Point(meeting.slug, kind, text, themes_of(text))
                     for kind in SECTION_KINDS for text in getattr(sections, kind)),
        tags=meeting.tags,
        example=meeting.example,
        body=body,
    )


def meeting_type_label(slug: str) -> str:
    return label("meeting_types", slug)


def cell_type_label(slug: str) -> str:
    return label("cell_types", slug)


def percent(rate: float) -> str:
    return f"{rate * 100:.0f}%"
