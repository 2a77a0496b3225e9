"""Counts across model meetings: per year and type, ratings, participation, recurring limitations.

One module feeds the pages, the charts and `sotay stats`, so every front end shows the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean
from typing import Iterable

from ...model import Rubric
from ...vocabulary import values
from .facts import UNRATED_LABEL, MeetingFacts, cell_type_label, meeting_type_label
from .themes import THEMES, Theme


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class YearCounts:
    year: int
    by_type: tuple[Count, ...]
    """One count per meeting type that occurs in the base, in vocabulary order (zeros included)."""

    @property
    def total(self) -> int:
        return sum(c.count for c in self.by_type)


@dataclass(frozen=True)
class RatingCount:
    label: str
    recorded: int
    """Meetings whose cell recorded this rating."""
    computed: int
    """Meetings whose rubric scores give this rating."""


@dataclass(frozen=True)
class Participation:
    cell_type: str
    label: str
    meetings: int
    measured: int
    """Meetings that give members and attendance: the ones the rates are means of."""
    attendance: float | None
    """Mean attendance rate of the meetings that give members and attendance."""
    speaking: float | None
    """Mean share of those present who spoke."""


@dataclass(frozen=True)
class ThemeCount:
    theme: Theme
    meetings: tuple[str, ...]
    """Slugs of the meetings with at least one limitation of this theme."""

    @property
    def count(self) -> int:
        return len(self.meetings)


@dataclass(frozen=True)
class Aggregates:
    meetings: int
    by_year: tuple[YearCounts, ...]
    by_meeting_type: tuple[Count, ...]
    by_cell_type: tuple[Count, ...]
    ratings: tuple[RatingCount, ...]
    scored: int
    """Meetings scored against a rubric of the base."""
    mismatches: tuple[str, ...]
    """Slugs of meetings whose recorded rating the rubric does not allow."""
    participation: tuple[Participation, ...]
    limitation_themes: tuple[ThemeCount, ...]
    """Most frequent first (by number of meetings, then by theme order)."""


def aggregate(facts: list[MeetingFacts], rubrics: Iterable[Rubric] = ()) -> Aggregates:
    meeting_types = [t for t in values("meeting_types") if any(f.meeting_type == t for f in facts)]
    cell_types = [t for t in values("cell_types") if any(f.cell_type == t for f in facts)]
    return Aggregates(
        meetings=len(facts),
        by_year=tuple(YearCounts(year, tuple(Count(t, meeting_type_label(t), sum(f.meeting_type == t for f in facts if f.year == year))
                                              for t in meeting_types))
                      for year in sorted({f.year for f in facts})),
        by_meeting_type=tuple(Count(t, meeting_type_label(t), sum(f.meeting_type == t for f in facts)) for t in meeting_types),
        by_cell_type=tuple(Count(t, cell_type_label(t), sum(f.cell_type == t for f in facts)) for t in cell_types),
        ratings=_ratings(facts, rubrics),
        scored=sum(f.total is not None for f in facts),
        mismatches=tuple(f.slug for f in facts if f.rating_fits is False),
        participation=tuple(_participation(t, [f for f in facts if f.cell_type == t]) for t in cell_types),
        limitation_themes=_limitation_themes(facts),
    )


def _ratings(facts: list[MeetingFacts], rubrics: Iterable[Rubric]) -> tuple[RatingCount, ...]:
    """Best rating first as the rubrics order them; labels no rubric knows next; "Chưa xếp loại" last."""
    order = list(dict.fromkeys([r.label for rubric in rubrics for r in rubric.ratings]
                               + sorted({f.rating_label for f in facts} - {UNRATED_LABEL}) + [UNRATED_LABEL]))
    counts = [RatingCount(name, sum(f.rating_label == name for f in facts), sum(f.computed_label == name for f in facts))
              for name in order]
    return tuple(c for c in counts if c.recorded or c.computed or c.label != UNRATED_LABEL)


def _participation(cell_type: str, facts: list[MeetingFacts]) -> Participation:
    attendance = [f.attendance_rate for f in facts if f.attendance_rate is not None]
    speaking = [f.speaking_rate for f in facts if f.speaking_rate is not None]
    return Participation(cell_type, cell_type_label(cell_type), len(facts), len(attendance),
                         fmean(attendance) if attendance else None, fmean(speaking) if speaking else None)


def _limitation_themes(facts: list[MeetingFacts]) -> tuple[ThemeCount, ...]:
    found: dict[str, tuple[Theme, list[str]]] = {}
    for f in facts:
        for theme in f.limitation_themes():
            found.setdefault(theme.slug, (theme, []))[1].append(f.slug)
    rank = {t.slug: i for i, t in enumerate(THEMES)}
    counts = [ThemeCount(theme, tuple(slugs)) for theme, slugs in found.values()]
    return tuple(sorted(counts, key=lambda c: (-c.count, rank[c.theme.slug])))
