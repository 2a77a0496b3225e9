"""Every problem of a loaded base, in one list: what `sotay check` prints, what the build reports and what the
live preview's error page shows, so that the three never disagree on what is wrong or on how much."""

from __future__ import annotations

from datetime import date

from .diagnostics import Diagnostic
from .documents.references import CitationIndex
from .knowledge_base import KnowledgeBase
from .upgrade.apply import report
from .validate.references import reference_diagnostics


def base_diagnostics(kb: KnowledgeBase, day: date, citations: CitationIndex | None = None) -> list[Diagnostic]:
    """The base's own problems (files, fields, relations, links), those of its citations and statuses on `day`,
    and what an older base must change for the current contract. `citations`: the base's index when the caller
    has already made one (a build's plugins share theirs)."""
    return kb.diagnostics + reference_diagnostics(kb, citations or CitationIndex(kb), day) + report(kb)


def tally(kb: KnowledgeBase, diagnostics: list[Diagnostic]) -> str:
    """"12 tài liệu, 1 lỗi, 3 cảnh báo.": the closing line of every report of `diagnostics`."""
    errors = sum(d.is_error for d in diagnostics)
    return f"{len(kb.documents)} tài liệu, {errors} lỗi, {len(diagnostics) - errors} cảnh báo."


__all__ = ["base_diagnostics", "tally"]
