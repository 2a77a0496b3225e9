"""Scoring a meeting against a rubric: total, rating, and why the rating is not one level higher.

assets/rubric-score.js runs the same algorithm in the browser; tests/fixtures/rubric_cases.json holds
the cases both must agree on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..model import Rating, Rubric


@dataclass(frozen=True)
class Assessment:
    total: float
    rating: Rating | None
    reason: str
    """Why the rating just above the one reached was missed; empty at the top rating."""


def total_points(rubric: Rubric, scores: Mapping[str, float]) -> float:
    """Sum over the rubric's criteria in their order (the browser adds in the same order); missing scores count 0."""
    return sum(scores.get(c.id, 0) for c in rubric.criteria)


def blocking_rules(rubric: Rubric, rating: Rating, scores: Mapping[str, float]) -> list[str]:
    """Every rule of `rating` that `scores` break, each as a Vietnamese phrase."""
    total = total_points(rubric, scores)
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
    """The best rating (ratings are ordered best first) whose rules `scores` satisfy.

    The reason names what blocked the rating just above it: with 93 points and criterion 6 short of
    its maximum, "tiêu chí 6 chưa đạt điểm tối đa nên không thể xếp loại Tốt". When no rating is
    reached, it names what blocked the lowest one.
    """
    reason = ""
    for rating in rubric.ratings:
        problems = blocking_rules(rubric, rating, scores)
        if not problems:
            return Assessment(total_points(rubric, scores), rating, reason)
        reason = f"{' và '.join(problems)} nên không thể xếp loại {rating.label}"
    return Assessment(total_points(rubric, scores), None, reason)


def rating_conditions(rating: Rating) -> str:
    """What a rating needs, in words: "tổng điểm từ 90; tiêu chí 2, 3 đạt điểm tối đa"."""
    rules = [f"tổng điểm từ {format_points(rating.min_total)}"]
    if rating.require_max:
        rules.append(f"tiêu chí {', '.join(rating.require_max)} đạt điểm tối đa")
    if rating.forbid_zero:
        rules.append(f"không tiêu chí nào trong {', '.join(rating.forbid_zero)} bị 0 điểm")
    return "; ".join(rules)


def on_step(points: float, step: float) -> bool:
    """Whether `points` is a whole number of `step`s (7.5 of 0.5 is; 7.3 is not), within rounding."""
    steps = points / step
    return abs(steps - round(steps)) < 1e-9


def format_points(value: float) -> str:
    """12 rather than 12.0; 7,5 with a Vietnamese decimal comma."""
    return f"{value:g}".replace(".", ",")
