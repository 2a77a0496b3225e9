"""Each value type of the contract becomes the Decap widget that asks for what `sotay check` accepts."""

from __future__ import annotations

import re

import pytest

from editor_fields import walk
from sotay.core.contract import SPECS
from sotay.core.editor import BaseChoices
from sotay.core.editor.widgets import field
from sotay.core.field_types import (MAX_COUNT, MAX_POINTS, SENTENCE_LENGTH, Boolean, Choice, Count, Date, DocumentNumber, FieldSpec,
                                    Invalid, ListOf, Points, Record, Slug, Text, Url, ValueType)
from sotay.core.model import Link, Verified
from sotay.core.vocabulary import label, values

DOCUMENTS = ({"number": "03-HD/TU", "title": "Hướng dẫn cũ"}, {"number": "05-HD/TU", "title": "Hướng dẫn mới"})
BASE = BaseChoices(documents=DOCUMENTS)
DATE = {"widget": "datetime", "date_format": "DD/MM/YYYY", "time_format": False, "format": "YYYY-MM-DD", "picker_utc": True}


@pytest.mark.parametrize(("name", "value_type", "expected"), [
    ("title", Text(), {"widget": "string"}),
    ("summary", Text(SENTENCE_LENGTH), {"widget": "text"}),
    ("example", Boolean(), {"widget": "boolean"}),
    ("members", Count(), {"widget": "number", "value_type": "int", "min": 0, "max": MAX_COUNT}),
    ("step", Points(), {"widget": "number", "value_type": "float", "min": 0, "max": MAX_POINTS}),
    ("issued", Date(), DATE | {"default": ""}),
    ("form", Choice("form"), {"widget": "select"}),
    ("meeting_types", ListOf(Choice("meeting_types")), {"widget": "select", "multiple": True}),
    ("sources", ListOf(Record(Link, {"title": Text(), "url": Url()}), item_label="nguồn"), {"widget": "list", "label_singular": "nguồn"}),
    ("verified", Record(Verified, {"date": Date(), "source": Text()}), {"widget": "object", "collapsed": True}),
    ("tags", ListOf(Text(), item_label="từ khóa"), {"widget": "list", "label_singular": "từ khóa"}),
    ("supersedes", ListOf(DocumentNumber()), {"widget": "sotay-document", "multiple": True, "documents": list(DOCUMENTS)}),
])
def test_value_type_to_widget(name, value_type, expected):
    config = field(FieldSpec(name, value_type, label="tên của trường"), BASE)
    assert config | expected == config, f"{name}: {config}"
    assert config["label"] == "Tên của trường"


@pytest.mark.parametrize(("value_type", "good", "bad"), [
    (Url(), "https://tinhuy.vn/van-ban", "tinhuy.vn/van-ban"),
    (Slug(), "khung-100-diem", "Khung 100"),
    (DocumentNumber(), "14-QĐi/TU", "Hướng dẫn 14"),
    (Text(), "Chi bộ thôn Nà Mòn", "x" * 301),
])
def test_patterns_accept_and_refuse_as_the_value_type_does(value_type, good, bad):
    pattern, message = field(FieldSpec("x", value_type), BASE)["pattern"]
    assert re.search(pattern, good) and value_type.convert(good)
    assert not re.search(pattern, bad)
    with pytest.raises(Invalid):
        value_type.convert(bad)
    assert message


def test_required_flags_follow_the_contract():
    for kind, specs in SPECS.items():
        for spec in specs:
            assert field(spec, BASE)["required"] is spec.required, f"{kind}.{spec.name}"


def test_list_items_require_their_record_keys_but_an_optional_stamp_requires_none():
    """Decap asks for the required keys of an optional object even when it is left empty (decap-cms#7748)."""
    sources = field(FieldSpec("sources", ListOf(Record(Link, {"title": Text(), "url": Url()}))), BASE)
    assert [(f["name"], f["required"]) for f in sources["fields"]] == [("title", True), ("url", True)]
    verified = field(FieldSpec("verified", Record(Verified, {"date": Date(), "source": Text()})), BASE)
    assert [(f["name"], f["required"]) for f in verified["fields"]] == [("date", False), ("source", False)]
    assert verified["fields"][0] | DATE == verified["fields"][0]


def test_imported_drafts_get_the_review_widget_with_their_keys():
    imported = field(next(s for s in SPECS["guides"] if s.name == "imported"), BASE)
    assert imported["widget"] == "sotay-review"
    assert [f["name"] for f in imported["fields"]] == ["file", "date", "missing"]
    targets = imported["missing_fields"]
    assert targets["số hiệu"] == "number" and targets["trích yếu"] == "title" and targets["ưu điểm"] == "body"
    assert targets["loại sinh hoạt (thường kỳ hay chuyên đề)"] == "meeting_type"
    assert set(targets.values()) <= {spec.name for specs in SPECS.values() for spec in specs} | {"body"}


@pytest.mark.parametrize("kind", list(SPECS))
def test_controlled_values_carry_the_vocabulary_labels(kind):
    for spec in SPECS[kind]:
        choice = spec.type.item if isinstance(spec.type, ListOf) else spec.type
        if not isinstance(choice, Choice):
            continue
        config = field(spec, BASE)
        expected = [{"label": label(choice.vocabulary_name, slug), "value": slug} for slug in values(choice.vocabulary_name)]
        assert config["options"] == expected
        assert all(option["label"] != option["value"] for option in config["options"])


DECAP_WIDGETS = {"string", "text", "boolean", "number", "datetime", "select", "list", "object", "markdown", "hidden"}
OUR_WIDGETS = {"sotay-document", "sotay-review"}  # registered by the editor's scripts


def test_every_field_names_a_widget_decap_or_our_scripts_register():
    for specs in SPECS.values():
        for config in walk([field(spec, BASE) for spec in specs]):
            assert config.get("widget") in DECAP_WIDGETS | OUR_WIDGETS, config


def test_a_value_type_without_a_widget_is_named():
    class Unknown(ValueType):  # a value type the editor has never seen
        schema: dict = {}

    with pytest.raises(TypeError, match="no editor widget for Unknown .*core/editor/widgets.py"):
        field(FieldSpec("shade", Unknown()), BASE)
