"""A contract field as a Decap CMS field: the widget for its value type, label, hint and required flag.

Value types map to Decap's own widgets (string, text, boolean, number, datetime, select, list, object,
markdown) and to the editor's custom widgets: `sotay-document` (pickers of the base's documents) and
`sotay-review` (an imported draft's review). Patterns come from the value types' JSON Schema, so the form and
`sotay check` ask for the same thing.
"""

from __future__ import annotations

from ..field_types import (MAX_COUNT, MAX_POINTS, SENTENCE_LENGTH, Boolean, Choice, Count, Date, DocumentNumber, FieldSpec, ListOf,
                           MappingOf, Points, Record, Slug, Text, Url, ValueType)
from ..importer import MISSING_FIELDS
from ..vocabulary import label, values
from . import scores
from .base_choices import BaseChoices
from .labels import capitalised

DOCUMENT_WIDGET = "sotay-document"
REVIEW_WIDGET = "sotay-review"
REVIEW_FIELD = "imported"  # an imported draft's stamp: the editor highlights its `missing` fields and marks it reviewed

# Entered and shown as dd/mm/yyyy, stored as YYYY-MM-DD; empty until chosen (no "today" by default).
DATE = {"widget": "datetime", "date_format": "DD/MM/YYYY", "time_format": False, "format": "YYYY-MM-DD",
        "picker_utc": True, "default": ""}

PATTERN_MESSAGES = {
    Url: "cần một địa chỉ web bắt đầu bằng http:// hoặc https://",
    Slug: "chỉ dùng chữ thường không dấu, chữ số và gạch nối, ví dụ khung-100-diem",
    DocumentNumber: "viết theo dạng SỐ-LOẠI/CƠ QUAN, ví dụ 03-HD/TU",
}

# Model-meeting fields whose values are the base's rubrics and their ratings (slugs in the contract).
RUBRIC_CHOICES = {"rubric": scores.rubric_options, "rating": scores.rating_options}


def field(spec: FieldSpec, base: BaseChoices, hint: str | None = None) -> dict:
    """The Decap field of one top-level contract field."""
    config = _typed(spec.name, spec.name, spec.label, spec.type, base)
    config["required"] = spec.required
    if hint:
        config["hint"] = hint
    return config


def _typed(name: str, path: str, label_text: str, value_type: ValueType, base: BaseChoices) -> dict:
    config = {"name": name, "label": capitalised(label_text or name)}
    if path in RUBRIC_CHOICES and base.rubrics:
        return config | {"widget": "select", "options": RUBRIC_CHOICES[path](base.rubrics)}
    return config | _widget(path, value_type, base)


def _widget(path: str, value_type: ValueType, base: BaseChoices) -> dict:
    match value_type:
        case Text():
            widget = "text" if value_type.max_length >= SENTENCE_LENGTH else "string"
            return {"widget": widget, "pattern": [f"^[\\s\\S]{{1,{value_type.max_length}}}$", f"tối đa {value_type.max_length} ký tự"]}
        case Boolean():
            return {"widget": "boolean"}
        case Count():
            return {"widget": "number", "value_type": "int", "min": 0, "max": MAX_COUNT, "step": 1}
        case Points():
            return {"widget": "number", "value_type": "float", "min": 0, "max": MAX_POINTS}
        case Date():
            return dict(DATE)
        case Choice():
            return {"widget": "select", "options": _options(value_type)}
        case Url() | Slug() | DocumentNumber():
            return {"widget": "string", "pattern": [value_type.schema["pattern"], PATTERN_MESSAGES[type(value_type)]]}
        case ListOf(item=Choice() as choice):
            return {"widget": "select", "multiple": True, "options": _options(choice)} | _at_least(value_type)
        case ListOf(item=DocumentNumber()):
            return {"widget": DOCUMENT_WIDGET, "multiple": True, "documents": [dict(d) for d in base.documents]}
        case ListOf(item=Record() as record):
            return {"widget": "list", "label_singular": value_type.item_label or path, "collapsed": False,
                    "summary": _summary(record), "fields": _record_fields(path, record, base, in_list=True)} | _at_least(value_type)
        case ListOf(item=item):
            item_label = value_type.item_label or path
            item_field = _typed("item", path, item_label, item, base)
            # Open: a folded item of plain values shows only its label, not the value
            return {"widget": "list", "label_singular": item_label, "collapsed": False, "field": item_field} | _at_least(value_type)
        case Record() if path == REVIEW_FIELD:
            return {"widget": REVIEW_WIDGET, "collapsed": False, "fields": _record_fields(path, value_type, base, in_list=False),
                    "missing_fields": dict(MISSING_FIELDS)}
        case Record():  # a stamp (verified): folded until opened, so that a new document's form stays short
            return {"widget": "object", "collapsed": True, "fields": _record_fields(path, value_type, base, in_list=False)}
        case MappingOf(value_type=Points()) if not base.rubrics:
            return {"widget": "hidden"}  # nothing to score against: a value already written is kept as it is
        case MappingOf(value_type=Points()):
            return {"widget": "object", "collapsed": False, "fields": scores.score_fields(base.rubrics),
                    "rubrics": scores.criteria_of(base.rubrics)}
    raise TypeError(f"no editor widget for {type(value_type).__name__} ({path}): add one in core/editor/widgets.py")


def _record_fields(path: str, record: Record, base: BaseChoices, in_list: bool) -> list[dict]:
    """A record's keys in the contract's order (required first). In a list, an item's required keys are required
    in the form; an optional record (a stamp such as `verified`) leaves every key optional, since Decap asks for
    the keys of an optional object even when the whole object is left empty; `sotay check` still asks for both."""
    fields = []
    for key, kind in (record.required | record.optional).items():
        sub = _typed(key, f"{path}.{key}", record.labels.get(key, key), kind, base)
        sub["required"] = in_list and key in record.required
        fields.append(sub)
    return fields


def _summary(record: Record) -> str:
    """An item's heading in the list: its first two keys, dates shown dd/mm/yyyy."""
    shown = []
    for key, kind in list(record.required.items())[:2]:
        shown.append(f"{{{{fields.{key} | date('DD/MM/YYYY')}}}}" if isinstance(kind, Date) else f"{{{{fields.{key}}}}}")
    return " · ".join(shown)


def _options(choice: Choice) -> list[dict[str, str]]:
    return [{"label": label(choice.vocabulary_name, slug), "value": slug} for slug in values(choice.vocabulary_name)]


def _at_least(value_type: ListOf) -> dict:
    return {"min": value_type.min_items} if value_type.min_items else {}
