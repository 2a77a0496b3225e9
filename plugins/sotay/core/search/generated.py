"""The generated pages a reader looks for, each described by the module that makes it (site/entries.py): preparation
pages and minutes forms, the scoring calculators, the listings, the trainer's and the committee's pages."""

from __future__ import annotations

from datetime import date

from ..documents.committee_pages import committee_entries
from ..knowledge_base import KnowledgeBase
from ..meetings.preparation import preparation_entries
from ..meetings.selfcheck import self_assessment_entries
from ..meetings.training import training_entries
from ..model import Rubric
from ..site.entries import PageEntry
from ..site.listings import listing_entries


def page_entries(kb: KnowledgeBase, day: date, committee: bool = True) -> list[PageEntry]:
    """Every generated page search finds, in a stable order; `committee`: whether the committee pages are made."""
    return [*preparation_entries(kb, day), *self_assessment_entries(kb.by_kind(Rubric)), *listing_entries(),
            *training_entries(kb.documents), *(committee_entries() if committee else ())]
