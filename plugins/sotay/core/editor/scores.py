"""A model meeting's rubric, rating and scores as form fields, from the rubrics of the base.

Decap's object widget has a fixed set of sub-fields and cannot change them with another field's value, so
`scores` holds one number field per criterion of every rubric of the base (the union, in each rubric's order),
labelled with the criterion's title and maximum. With one rubric (the usual case) that is exactly its criteria;
with several, a criterion id used by more than one rubric is one field (saved under that id, as the contract
stores scores) whose label names each rubric's criterion. The mapping `rubrics` (rubric id -> its criterion
ids) lets the editor's script hide the criteria of the other rubrics; without it the form still saves what the
contract reads, and `sotay check` reports a score for a criterion the chosen rubric lacks.
"""

from __future__ import annotations

from ..meetings.rubric import format_points
from ..model import Criterion, Rubric

NUMBER = {"widget": "number", "value_type": "float", "min": 0}


def rubric_options(rubrics: tuple[Rubric, ...]) -> list[dict[str, str]]:
    return [{"label": rubric.title, "value": rubric.id} for rubric in rubrics]


def rating_options(rubrics: tuple[Rubric, ...]) -> list[dict[str, str]]:
    """Every rating id of the base's rubrics once, labelled with its label in each rubric that uses it."""
    labels: dict[str, list[str]] = {}
    for rubric in rubrics:
        for rating in rubric.ratings:
            shown = labels.setdefault(rating.id, [])
            if rating.label not in shown:
                shown.append(rating.label)
    return [{"label": " / ".join(shown), "value": rid} for rid, shown in labels.items()]


def score_fields(rubrics: tuple[Rubric, ...]) -> list[dict]:
    """One optional number field per criterion id of the rubrics, its maximum the largest any rubric allows."""
    found: dict[str, list[tuple[Rubric, Criterion]]] = {}
    for rubric in rubrics:
        for criterion in rubric.criteria:
            found.setdefault(criterion.id, []).append((rubric, criterion))
    fields = []
    for cid, uses in found.items():
        fields.append({"name": cid, "label": _label(cid, uses, several=len(rubrics) > 1), "required": False, **NUMBER,
                       "max": max(criterion.max for _, criterion in uses),
                       "step": min(rubric.step for rubric, _ in uses)})
    return fields


def criteria_of(rubrics: tuple[Rubric, ...]) -> dict[str, list[str]]:
    return {rubric.id: [criterion.id for criterion in rubric.criteria] for rubric in rubrics}


def _label(cid: str, uses: list[tuple[Rubric, Criterion]], several: bool) -> str:
    parts = [f"{criterion.title} (tối đa {format_points(criterion.max)})" + (f" — {rubric.id}" if several else "")
             for rubric, criterion in uses]
    return f"Tiêu chí {cid}: " + "; ".join(parts)

