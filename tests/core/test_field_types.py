"""Value types: what they accept, and what they say when they cannot (lists written on one line, choices)."""

from __future__ import annotations

import pytest

from sotay.core.field_types import Choice, DocumentNumber, Invalid, ListOf, Slug, Text


@pytest.mark.parametrize("kind, written, value", [
    (ListOf(Choice("meeting_types")), "thuong-ky, chuyen-de", ("thuong-ky", "chuyen-de")),
    (ListOf(Choice("cell_types")), "co-quan; su-nghiep,doanh-nghiep", ("co-quan", "su-nghiep", "doanh-nghiep")),
    (ListOf(Choice("meeting_types")), "thuong-ky", ("thuong-ky",)),
    (ListOf(Choice("meeting_types")), ["thuong-ky", "chuyen-de"], ("thuong-ky", "chuyen-de")),
    (ListOf(Slug()), "1, 2, chuan-bi", ("1", "2", "chuan-bi")),
    (ListOf(Text()), "Đồng chí Lò Văn Pọm, Phó Bí thư Đảng ủy xã", ("Đồng chí Lò Văn Pọm, Phó Bí thư Đảng ủy xã",)),
    (ListOf(DocumentNumber()), "03-HD/TU", ("03-HD/TU",)),
], ids=["meeting types", "cell types, both separators", "one slug", "a real list", "slugs", "text keeps its comma", "one number"])
def test_lists_accepted(kind: ListOf, written, value: tuple):
    assert kind.convert(written) == value


def test_a_wrong_slug_in_a_one_line_list_is_named_by_its_position():
    with pytest.raises(Invalid) as caught:
        ListOf(Choice("cell_types")).convert("co-quan, su nghiep")
    assert caught.value.where == "1" and caught.value.message.startswith("`su nghiep` không phải giá trị được phép")


def test_document_numbers_on_one_line_are_explained_with_their_own_values():
    with pytest.raises(Invalid) as caught:
        ListOf(DocumentNumber()).convert("03-HD/TU, 05-HD/TU")
    assert caught.value.message == "nhiều giá trị viết liền trên một dòng: `03-HD/TU, 05-HD/TU`"
    assert caught.value.suggestion.startswith("viết trong ngoặc vuông, các giá trị cách nhau bằng dấu phẩy: [03-HD/TU, 05-HD/TU];")
    assert "mỗi giá trị một dòng bắt đầu bằng '- '" in caught.value.suggestion


def test_a_wrong_choice_lists_the_allowed_values_with_their_labels_never_the_given_ones():
    with pytest.raises(Invalid) as caught:
        Choice("meeting_types").convert("thuong ky")
    message = caught.value.message
    assert message == ("`thuong ky` không phải giá trị được phép; các giá trị được phép: thuong-ky (Sinh hoạt thường kỳ); "
                       "chuyen-de (Sinh hoạt chuyên đề)")
    assert caught.value.suggestion == "có phải `thuong-ky`?"


def test_two_choices_where_one_is_allowed_asks_to_choose():
    with pytest.raises(Invalid) as caught:
        Choice("meeting_types").convert("thuong-ky, chuyen-de")
    assert caught.value.message == "chỉ nhận một giá trị, gặp `thuong-ky, chuyen-de`"
    assert caught.value.suggestion == "chọn một: thuong-ky hoặc chuyen-de"
