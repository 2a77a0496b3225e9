"""The status a reader must see: an official document replaced by another is no longer in force."""

from __future__ import annotations

from .model import Guide
from .relations import RelationIndex


def effective_status(guide: Guide, relations: RelationIndex) -> str:
    """`het-hieu-luc` for a document superseded by another one in the base, else its written status."""
    if relations.superseded_by(guide) and guide.status in ("hieu-luc", "hieu-luc-mot-phan"):
        return "het-hieu-luc"
    return guide.status
