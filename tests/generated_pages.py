"""Every generated page of a knowledge base as the site has it (source path -> Markdown), for tests that read them all."""

from __future__ import annotations

from datetime import date

from sotay.core.documents.committee_pages import committee_pages
from sotay.core.documents.references import CitationIndex
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.preparation import preparation_pages
from sotay.core.meetings.selfcheck import self_assessment_pages
from sotay.core.meetings.training import training_pages
from sotay.core.model import Rubric
from sotay.core.site.home import home_page
from sotay.core.site.listings import generated_pages


def made_pages(kb: KnowledgeBase, day: date) -> dict[str, str]:
    preparations = preparation_pages(kb, day)
    pairs = [*preparations, *self_assessment_pages(kb.by_kind(Rubric)), *generated_pages(kb.documents),
             *training_pages(kb.documents), *committee_pages(CitationIndex(kb), day, "feed.xml"),
             home_page(kb.documents, "Sổ tay chi bộ", "", len(preparations) - 1)]
    return {path: text for path, text in pairs if isinstance(text, str)}
