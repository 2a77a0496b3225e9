"""What a document page shows around its text — as plain data, so any template engine can render it.

`href(source_path)` turns a site source path ("guides/hd-42-btctw.md") into a link from the page
being rendered; the adapter provides it. Values are plain text: templates must escape them.
"""

from __future__ import annotations

from typing import Callable

from ..dates import format_date
from ..documents.relations import LABELS
from ..documents.status import effective_status
from ..knowledge_base import KnowledgeBase
from ..meetings.rubric import assess, format_points
from ..model import Checklist, Document, Guide, ModelMeeting, Status
from ..validate.base import rating_note
from ..vocabulary import label
from .listings import issue_word

Href = Callable[[str], str]


def page_view(doc: Document, kb: KnowledgeBase, href: Href) -> dict:
    view = {
        "kind": doc.kind,
        "kind_label": label("kinds", doc.kind),
        "example": doc.example,
        "summary": doc.summary,
        "facts": _common_facts(doc),
        "tags": list(doc.tags),
        "sources": [{"title": s.title, "url": s.url} for s in doc.sources],
        "changes": [{"date": format_date(c.date), "note": c.note} for c in sorted(doc.changes, key=lambda c: c.date, reverse=True)],
        "draft": {"file": doc.imported.file, "date": format_date(doc.imported.date), "missing": list(doc.imported.missing)}
                 if doc.unreviewed else None,
    }
    if isinstance(doc, Guide):
        view |= _guide_view(doc, kb, href)
    elif isinstance(doc, ModelMeeting):
        view |= _meeting_view(doc, kb, href)
    elif isinstance(doc, Checklist):
        view |= {"phase": label("phase", doc.phase), "item_count": doc.item_count}  # its source guide: in the body
    return view


def _common_facts(doc: Document) -> list[dict]:
    facts = []
    if isinstance(doc, ModelMeeting):
        facts += [_fact("Chi bộ", doc.cell), _fact("Đảng bộ", doc.organization), _fact("Ngày sinh hoạt", format_date(doc.date)),
                  _fact("Loại sinh hoạt", label("meeting_types", doc.meeting_type)), _fact("Loại hình chi bộ", label("cell_types", doc.cell_type))]
    else:
        if doc.meeting_types:
            facts.append(_fact("Loại sinh hoạt", ", ".join(label("meeting_types", m) for m in doc.meeting_types)))
        if doc.cell_types:
            facts.append(_fact("Loại hình chi bộ", ", ".join(label("cell_types", c) for c in doc.cell_types)))
    return facts


def _fact(name: str, value: str) -> dict:
    return {"label": name, "value": value}


def _guide_view(doc: Guide, kb: KnowledgeBase, href: Href) -> dict:
    facts = [_fact(name, value) for name, value in (
        ("Hình thức", label("form", doc.form)),
        ("Số hiệu", doc.number),
        ("Cơ quan ban hành", doc.issuer),
        ("Người ký", doc.signer),
        (f"Ngày {issue_word(doc)}", doc.issued and format_date(doc.issued)),
        ("Ngày có hiệu lực", doc.effective and format_date(doc.effective)),
        ("Ngày hết hiệu lực", doc.expires and format_date(doc.expires)),
    ) if value]
    replaced_by = kb.relations.superseded_by(doc)
    status = effective_status(doc, kb.relations)
    view = {"facts_first": facts, "relations": _relations(doc, kb, href)}
    if doc.form == "van-ban":
        view["status"] = {"slug": status, "label": label("status", status)}
        if status in (Status.ENDED, Status.PARTLY_IN_FORCE) or replaced_by:
            view["banner"] = {
                "status": label("status", status),
                "replaced_by": [{"title": g.title, "number": g.number, "url": href(g.url_path)} for g in replaced_by],
            }
    return view


def _relations(doc: Guide, kb: KnowledgeBase, href: Href) -> list[dict]:
    rows = []
    for edge in kb.relations.outgoing(doc):
        target = edge.target
        rows.append({"label": LABELS[edge.relation][0], "number": edge.target_number,
                     "title": target.title if target else None, "url": href(target.url_path) if target else None})
    for edge in kb.relations.incoming(doc):
        rows.append({"label": LABELS[edge.relation][1], "number": edge.source.number,
                     "title": edge.source.title, "url": href(edge.source.url_path)})
    return rows


def _meeting_view(doc: ModelMeeting, kb: KnowledgeBase, href: Href) -> dict:
    view: dict = {"observers": list(doc.observers), "rates": []}
    if doc.members is not None:
        view["rates"].append(_fact("Số đảng viên", str(doc.members)))
    if doc.attendance_rate is not None:
        view["rates"].append(_fact("Tỷ lệ dự", f"{doc.attended}/{doc.members} ({_percent(doc.attendance_rate)})"))
    if doc.speaking_rate is not None:
        view["rates"].append(_fact("Tỷ lệ phát biểu", f"{doc.speakers}/{doc.attended} ({_percent(doc.speaking_rate)})"))
    rubric = kb.rubrics.get(doc.rubric) if doc.rubric else None
    if rubric and doc.scores:
        scores = dict(doc.scores)
        result = assess(rubric, scores)
        recorded = next((r for r in rubric.ratings if r.id == doc.rating), None)
        view["score"] = {
            "rubric_title": rubric.title,
            "rubric_url": href(rubric.url_path),
            "rows": [{"id": c.id, "title": c.title, "points": format_points(scores.get(c.id, 0)), "max": format_points(c.max),
                      "full": scores.get(c.id, 0) >= c.max} for c in rubric.criteria],
            "total": format_points(result.total),
            "max_total": format_points(rubric.max_total),
            "recorded": recorded.label if recorded else None,
            "computed": result.rating.label if result.rating else "chưa xếp loại",
            "note": _sentence(rating_note(rubric, doc)) if recorded else None,
        }
    elif doc.rating:
        view["rates"].append(_fact("Xếp loại", rubric and next((r.label for r in rubric.ratings if r.id == doc.rating), doc.rating) or doc.rating))
    return view


def _sentence(text: str | None) -> str | None:
    """Diagnostics are lower-case clauses; on a page they read as sentences."""
    return text and text[0].upper() + text[1:]


def _percent(rate: float) -> str:
    return f"{rate * 100:.0f}%"
