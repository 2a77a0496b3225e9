"""Problems that depend on citations in the text and on the build date (run by `sotay check` and the build).

Kept apart from `check_base` because they need the day the site is built: a document expires, a
verification grows old, without any file changing.
"""

from __future__ import annotations

from datetime import date

from ..dates import format_date
from ..diagnostics import Diagnostic, warning
from ..documents.references import CitationIndex
from ..documents.status import cited_name, verification_due
from ..knowledge_base import KnowledgeBase
from ..model import Guide
from .base import AMBIGUITY_HINT, either


def reference_diagnostics(kb: KnowledgeBase, citations: CitationIndex, day: date) -> list[Diagnostic]:
    found = [
        warning(c.source.path, c.line, None, f"\"{' '.join(c.text.split())}\" có thể chỉ {either(c.resolution.candidates)}; sổ tay không tự chọn",
                AMBIGUITY_HINT)
        for c in citations.ambiguous()
    ]
    for stale in citations.stale(day):
        found.append(warning(stale.source.path, stale.line, None, stale_message(stale.target, stale.replacements),
                             "dẫn chiếu văn bản thay thế, hoặc ghi quan hệ với văn bản cũ trong phần khai báo nếu cần nhắc đến nó"))
    for guide in kb.by_kind(Guide):
        found += _status_problems(kb, guide, day)
    return found


def stale_message(target: Guide, replacements: tuple[Guide, ...]) -> str:
    """"Trang này dẫn chiếu 03-HD/TU đã hết hiệu lực; văn bản thay thế: Hướng dẫn 05-HD/TU"."""
    replaced = ", ".join(cited_name(r) for r in replacements) or "chưa có trong sổ tay"
    return f"trang này dẫn chiếu {target.number or target.title} đã hết hiệu lực; văn bản thay thế: {replaced}"


def _status_problems(kb: KnowledgeBase, guide: Guide, day: date) -> list[Diagnostic]:
    found = []
    due = verification_due(guide, day, kb.relations)
    if due:
        found.append(warning(guide.path, kb.line_of(guide, "verified"), "verified", f"văn bản cần xác minh lại: {due}",
                             f"đối chiếu nguồn chính thức rồi ghi `verified: {{date: {day.isoformat()}, source: \"...\"}}`"))
    if guide.form == "van-ban" and guide.expires and guide.status.in_force and guide.expires <= day:
        found.append(warning(guide.path, kb.line_of(guide, "status"), "status",
                             f"văn bản được ghi là còn hiệu lực nhưng ngày hết hiệu lực (expires) là {format_date(guide.expires)}",
                             "ghi `status: het-hieu-luc` hoặc sửa ngày `expires`"))
    return found
