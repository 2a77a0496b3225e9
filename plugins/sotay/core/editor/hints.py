"""The hint under a form field: its contract description, and what Decap cannot enforce.

Decap knows only "required" or "optional"; a requirement that depends on another field (an official document,
form van-ban, must have a number, an issuer and an issue date) is said in the hints and checked by `sotay check`.
"""

from __future__ import annotations

from ..contract import SPECS
from ..field_types import FieldSpec
from ..validate.guide import FORM_OF_OFFICIAL_DOCUMENT, OFFICIAL_DOCUMENT_FIELDS
from ..vocabulary import label
from .labels import HINTS

GUIDES = "guides"


def hint(kind: str, spec: FieldSpec) -> str:
    """Empty when the description only repeats the field's label."""
    described = HINTS.get(spec.name, spec.description)
    sentences = [described if described.lower() != spec.label.lower() else ""]
    if kind == GUIDES:
        official = f"«{label('form', FORM_OF_OFFICIAL_DOCUMENT)}»"
        if spec.name == "form":
            labels = {spec.name: spec.label for spec in SPECS[GUIDES]}
            needed = ", ".join(labels[name] for name in OFFICIAL_DOCUMENT_FIELDS)
            sentences.append(f"{official} phải có {needed}")
        elif spec.name in OFFICIAL_DOCUMENT_FIELDS:
            sentences.append(f"bắt buộc khi hình thức là {official}")
    return " ".join(sentence(text) for text in sentences if text)


def sentence(text: str) -> str:
    """`text` with a capital first letter and a full stop."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")
