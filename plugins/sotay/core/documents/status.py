"""Whether an official document is in force on a given day, and why.

A document's life is a short timeline of periods, each with a status and the sentence that explains it:
not yet in force, in force from its effective (else issue) date, ended by its `expires` date or by the
effective (else issue) date of the document that supersedes it — whichever comes first. The timeline
is plain data, so the browser answers "in force on day X?" with the same periods and sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from ..dates import format_date
from ..model import Guide, Status
from ..vocabulary import label
from .docnumber import find_numbers, parse_number
from .relations import RelationIndex

__all__ = ["Period", "StatusOn", "VERIFY_WITHIN_DAYS", "cited_name", "effective_status", "has_ended", "period_on", "status_on",
           "timeline", "timeline_data", "verification_due"]

VERIFY_WITHIN_DAYS = 365


@dataclass(frozen=True)
class Period:
    """From `start` (None: since always) until the next period: one status and its reason."""

    start: date | None
    status: Status
    reason: str

    @property
    def in_force(self) -> bool:
        return self.status.in_force


class StatusOn(NamedTuple):
    in_force: bool
    reason: str


def status_on(guide: Guide, day: date, relations: RelationIndex) -> StatusOn:
    """(in force on `day`?, the reason in one Vietnamese sentence)."""
    period = period_on(timeline(guide, relations), day)
    return StatusOn(period.in_force, period.reason)


def effective_status(guide: Guide, relations: RelationIndex) -> Status:
    """The status badge: a draft for an import no person has reviewed, ended for a document superseded by another
    one in the base, else its written status."""
    if guide.unreviewed:
        return Status.DRAFT
    if relations.superseded_by(guide) and guide.status.in_force:
        return Status.ENDED
    return guide.status


def has_ended(guide: Guide, day: date, relations: RelationIndex) -> bool:
    """Superseded or expired by `day` (a draft or a document not yet in force has not ended)."""
    return period_on(timeline(guide, relations), day).status == Status.ENDED


def period_on(periods: tuple[Period, ...], day: date) -> Period:
    """The last period that has started by `day`; the first period always has started."""
    return [p for p in periods if p.start is None or p.start <= day][-1]


def timeline(guide: Guide, relations: RelationIndex) -> tuple[Period, ...]:
    if guide.status == Status.DRAFT:
        return (Period(None, Status.DRAFT, "Dự thảo: văn bản chưa được ban hành nên chưa có hiệu lực."),)
    start = guide.effective or guide.issued
    if guide.status == Status.NOT_YET_IN_FORCE and guide.effective is None:
        return (Period(None, Status.NOT_YET_IN_FORCE, "Chưa có hiệu lực: sổ tay chưa ghi ngày văn bản có hiệu lực."),)
    end, end_reason = _end(guide, relations)
    periods = [Period(None, Status.NOT_YET_IN_FORCE, f"Chưa có hiệu lực: văn bản có hiệu lực từ ngày {format_date(start)}.")] if start else []
    if end is None and end_reason:
        periods.append(Period(start, Status.ENDED, end_reason))
    elif end is None or start is None or end > start:
        periods.append(Period(start, guide.status if guide.status.in_force else Status.IN_FORCE, _in_force_reason(guide, start, end)))
    if end:
        periods.append(Period(end, Status.ENDED, end_reason))
    return tuple(sorted(periods, key=lambda p: p.start or date.min))


def _end(guide: Guide, relations: RelationIndex) -> tuple[date | None, str]:
    """The day the document stops being in force and why; (None, reason) when it ended on an unrecorded day."""
    ends = []
    if guide.expires:
        ends.append((guide.expires, f"Hết hiệu lực từ ngày {format_date(guide.expires)}, ngày hết hiệu lực ghi trong văn bản."))
    undated = []
    for replacement in relations.superseded_by(guide):
        day = replacement.effective or replacement.issued
        if day:
            ends.append((day, f"Hết hiệu lực từ ngày {format_date(day)}: được thay thế bởi {cited_name(replacement)}."))
        else:
            undated.append(cited_name(replacement))
    if ends:
        return min(ends, key=lambda end: end[0])
    if undated or guide.status == Status.ENDED:
        by = f" (được thay thế bởi {', '.join(undated)})" if undated else ""
        return None, (f"Hết hiệu lực{by}, nhưng sổ tay chưa ghi ngày hết hiệu lực nên không xác định được "
                      "văn bản còn hiệu lực vào ngày này hay không.")
    return None, ""


def _in_force_reason(guide: Guide, start: date | None, end: date | None) -> str:
    head = "Còn hiệu lực một phần" if guide.status == Status.PARTLY_IN_FORCE else "Còn hiệu lực"
    since = f"văn bản có hiệu lực từ ngày {format_date(start)}" if start else "sổ tay không ghi ngày văn bản có hiệu lực"
    until = f" đến hết ngày {format_date(end - timedelta(days=1))}" if end else ""
    partly = ", một số nội dung đã được sửa đổi hoặc thay thế" if guide.status == Status.PARTLY_IN_FORCE else ""
    return f"{head}: {since}{until}{partly}."


def cited_name(guide: Guide) -> str:
    """How text cites a document: "Hướng dẫn 05-HD/TU", or its title when it has no number.

    The kind is the one the title gives its own number, else the type's: central regulations are numbered
    QĐ like decisions ("Quy định 366-QĐ/TW"), so the type code alone would call them "Quyết định".
    """
    number = parse_number(guide.number) if guide.number else None
    if number is None:
        return guide.title
    kind = next((m.kind_word for m in find_numbers(guide.title) if m.doc == number and m.kind_word), number.kind_name)
    return f"{kind} {guide.number}"


def timeline_data(periods: tuple[Period, ...]) -> list[dict]:
    """The periods as JSON-ready dicts with ISO dates, which compare as strings in the browser."""
    return [{"start": p.start.isoformat() if p.start else None, "in_force": p.in_force, "label": label("status", p.status),
             "reason": p.reason} for p in periods]


def verification_due(guide: Guide, day: date, relations: RelationIndex) -> str | None:
    """Why the recorded status of an official document needs checking again on `day`, or None.

    Documents that have ended, and drafts, are settled or not yet anyone's rule: they are not flagged.
    """
    if guide.form != "van-ban" or guide.status == Status.DRAFT or has_ended(guide, day, relations):
        return None
    if guide.verified is None:
        return "hiệu lực chưa từng được xác minh"
    age = (day - guide.verified.date).days
    if age > VERIFY_WITHIN_DAYS:
        return f"hiệu lực xác minh lần cuối ngày {format_date(guide.verified.date)}, đã {age} ngày (quá {VERIFY_WITHIN_DAYS} ngày)"
    return None
