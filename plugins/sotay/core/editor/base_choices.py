"""What the base offers the editor's pickers: its numbered documents and its rubrics."""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge_base import KnowledgeBase
from ..model import Guide, Rubric


@dataclass(frozen=True)
class BaseChoices:
    documents: tuple[dict[str, str], ...] = ()  # {number, title} of every guide with a number, in file order
    rubrics: tuple[Rubric, ...] = ()

    @classmethod
    def of(cls, base: KnowledgeBase) -> "BaseChoices":
        documents = tuple({"number": g.number, "title": g.title} for g in base.by_kind(Guide) if g.number)
        return cls(documents, tuple(base.rubrics.values()))
