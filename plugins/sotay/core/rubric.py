"""Scoring a meeting against a rubric: total, rating, and why the rating is not higher."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .model import Rating, Rubric


@dataclass(frozen=True)
class Assessment:
    total: float
    rating: Rating | None
    reason: str
    """Why the next rating up was not reached; empty at the top rating."""


def blocking_rules(rubric: Rubric, rating: Rating, scores: Mapping[str, float]) -> list[str]:
    """Every rule of `rating` that `scores` break, each as a Vietnamese phrase."""
    total = sum(scores.get(c.id, 0) for c in rubric.criteria)
    maxima = {c.id: c.max for c in rubric.criteria}
    problems = []
    if total < rating.min_total:
        problems.append(f"tổng điểm {format_points(total)} chưa đạt {format_points(rating.min_total)}")
    short = [cid for cid in rating.require_max if scores.get(cid, 0) < maxima.get(cid, 0)]
    if short:
        problems.append(f"tiêu chí {', '.join(short)} chưa đạt điểm tối đa")
    zero = [cid for cid in rating.forbid_zero if scores.get(cid, 0) == 0]
    if zero:
        problems.append(f"tiêu chí {', '.join(zero)} bị 0 điểm")
    return problems


def assess(rubric: Rubric, scores: Mapping[str, float]) -> Assessment:
    """The best rating (ratings are ordered best first) whose rules `scores` satisfy."""
    total = sum(scores.get(c.id, 0) for c in rubric.criteria)
    reason = ""
    for rating in rubric.ratings:
        problems = blocking_rules(rubric, rating, scores)
        if not problems:
            return Assessment(total, rating, reason)
        if not reason:
            reason = f"{' và '.join(problems)} nên không thể xếp loại {rating.label}"
    return Assessment(total, None, reason)


def format_points(value: float) -> str:
    """12 rather than 12.0; 7,5 with a Vietnamese decimal comma."""
    return f"{value:g}".replace(".", ",")
