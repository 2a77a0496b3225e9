"""core/kind_names.py: the names a kind is typed by, and what an unknown name is told."""

from __future__ import annotations

import pytest

from sotay.core.kind_names import KIND_NAMES, UnknownKind, describe_kinds, kind_folder
from sotay.core.vocabulary import vocabularies

CONTENT = ("guides", "model-meetings", "checklists", "rubrics")


@pytest.mark.parametrize("name, folder", [
    ("guide", "guides"), ("guides", "guides"), ("tai-lieu", "guides"), ("Tài liệu", "guides"), ("TAI LIEU", "guides"),
    ("model-meeting", "model-meetings"), ("sinh-hoat-mau", "model-meetings"), ("sinh hoạt mẫu", "model-meetings"),
    ("checklist", "checklists"), ("danh-muc-kiem-tra", "checklists"), ("Danh sách kiểm tra", "checklists"),
    ("bang-kiem", "checklists"), ("rubric", "rubrics"), ("khung_cham_diem", "rubrics"), ("Khung chấm điểm", "rubrics"),
])
def test_english_vietnamese_and_folder_names(name: str, folder: str):
    assert kind_folder(name, CONTENT) == folder


@pytest.mark.parametrize("name, allowed, message", [
    ("van-ban", CONTENT, "«van-ban» là một hình thức (form) của tài liệu, không phải loại nội dung: dùng loại tai-lieu "
                         "(guide); hình thức ghi ở trường form của tệp."),
    ("Hướng dẫn", CONTENT, "«Hướng dẫn» là một hình thức (form) của tài liệu"),
    ("rubric", ("guides", "model-meetings"), "không có loại «rubric»; dùng tai-lieu (guide), sinh-hoat-mau (model-meeting)."),
    ("checklst", CONTENT, "Có phải ý bạn là checklist?"),
])
def test_unknown_names_are_told_what_to_use(name: str, allowed: tuple[str, ...], message: str):
    with pytest.raises(UnknownKind) as caught:
        kind_folder(name, allowed)
    assert message in str(caught.value)


def test_no_kind_name_is_a_form_value_and_every_kind_is_labelled():
    """A form value as a kind name would blur `sotay new van-ban` with `form: van-ban`."""
    names = [name for kind in KIND_NAMES for name in kind.names]
    assert len(names) == len(set(names))
    assert not set(names) & set(vocabularies()["form"])
    assert {kind.folder for kind in KIND_NAMES} == set(vocabularies()["kinds"])


def test_described_in_the_order_given():
    assert describe_kinds(["checklists", "guides"]) == "danh-muc-kiem-tra (checklist), tai-lieu (guide)"
