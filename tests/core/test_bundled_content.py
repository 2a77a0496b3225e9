"""The knowledge base we ship passes its own checks and covers what the foundation issue promises."""

import re
from pathlib import Path

from conftest import BUILD_DATE
from generated_pages import made_pages
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.model import Checklist, Guide, ModelMeeting, Rubric

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_base_has_no_errors():
    kb = KnowledgeBase.load(ROOT)
    assert [d.format() for d in kb.errors] == []


def test_bundled_base_covers_every_kind_and_cell_type():
    kb = KnowledgeBase.load(ROOT)
    assert len([g for g in kb.by_kind(Guide) if g.form == "huong-dan"]) >= 8
    meetings = kb.by_kind(ModelMeeting)
    assert len(meetings) >= 6
    assert {m.cell_type for m in meetings} == {"khu-dan-cu", "co-quan", "su-nghiep", "doanh-nghiep", "luc-luong-vu-trang"}
    assert {m.meeting_type for m in meetings} == {"thuong-ky", "chuyen-de"}
    assert {c.phase for c in kb.by_kind(Checklist)} >= {"truoc", "trong", "sau"}
    assert kb.by_kind(Rubric) and all(r.example for r in kb.by_kind(Rubric))


def test_illustrations_are_marked_and_everything_cites_sources():
    kb = KnowledgeBase.load(ROOT)
    for doc in kb.documents:
        assert doc.sources, f"{doc.path} lists no sources"
    for meeting in kb.by_kind(ModelMeeting):
        assert meeting.example or meeting.sources, meeting.path


NUMBER_WORDS = "một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
MIXED = re.compile(rf"\b(?:{NUMBER_WORDS}) (?:đến|tới|hoặc|và|trên|trong) \d|\d+ (?:đến|tới|hoặc|và|trên|trong) (?:{NUMBER_WORDS})\b", re.I)


def test_generated_sentences_do_not_mix_number_words_and_digits():
    """"Chọn từ hai đến 4 buổi" reads as a mistake: a count is written in digits, on every generated page."""
    pages = made_pages(KnowledgeBase.load(ROOT), BUILD_DATE)
    assert {path: MIXED.findall(text) for path, text in pages.items() if MIXED.search(text)} == {}
    assert "Chọn từ 2 đến 4 buổi để đặt cạnh nhau" in pages["tap-huan/so-sanh.md"]
