"""Hints say what the contract's description says, and the requirements Decap cannot express."""

from __future__ import annotations

from editor_fields import contract_paths, walk
from sotay.core.contract import SPECS
from sotay.core.editor import BaseChoices
from sotay.core.editor.hints import hint
from sotay.core.editor.labels import HINTS
from sotay.core.editor.widgets import field

SPEC = {(kind, spec.name): spec for kind, specs in SPECS.items() for spec in specs}


def test_a_hint_is_the_contract_description_as_a_sentence():
    assert hint("model-meetings", SPEC["model-meetings", "members"]) == "Số đảng viên của chi bộ."


def test_a_description_that_repeats_the_label_gives_no_hint():
    assert hint("guides", SPEC["guides", "signer"]) == ""


def test_official_documents_requirements_are_in_the_hints():
    """Decap cannot make a field required only when another has a value (form: van-ban)."""
    assert hint("guides", SPEC["guides", "form"]).endswith("«Văn bản» phải có số hiệu, cơ quan ban hành, ngày ban hành.")
    for name in ("number", "issuer", "issued"):
        assert hint("guides", SPEC["guides", name]).endswith("Bắt buộc khi hình thức là «Văn bản».")
    assert "Văn bản" not in hint("model-meetings", SPEC["model-meetings", "issued"])


def test_hints_written_for_the_form_speak_no_yaml():
    for text in HINTS.values():
        assert "true" not in text and "{" not in text


def test_the_form_names_every_field_as_messages_do_and_every_list_its_item():
    """Labels come from the contract (field_labels.py names fields in messages from the same ones)."""
    base = BaseChoices()
    for kind, specs in SPECS.items():
        for spec, config in zip(specs, (field(spec, base) for spec in specs)):
            assert config["label"].lower() == spec.label.lower(), f"{kind}.{spec.name}"
        for config in walk([field(spec, base) for spec in specs]):
            assert "." not in config["label"] and config["label"][:1].isupper(), f"{kind}: {config['name']}: {config['label']}"
            if config["widget"] == "list":
                assert config["label_singular"] and "." not in config["label_singular"], f"{kind}: no item name for {config['name']}"
