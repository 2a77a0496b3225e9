"""Front matter checked against a kind's fields: findings name each field by its label, with the key in brackets."""

from __future__ import annotations

import pytest

from sotay.core.contract import GUIDE, MODEL_MEETING
from sotay.core.validate.fields import check_fields

GUIDE_META = {"title": "Hướng dẫn", "form": "huong-dan"}


@pytest.mark.parametrize("meta, finding", [
    ({"meeting_types": "thuong-ky, chuyen-de"}, None),
    ({"cell_types": ["co-quan", "co-qan"]},
     ("error", "cell_types.1", "loại hình chi bộ áp dụng, giá trị thứ 2 [cell_types.1]: `co-qan` không phải giá trị được phép")),
    ({"sources": [{"title": "Báo"}]}, ("error", "sources.0.url", "nguồn thứ 1 — địa chỉ web [sources.0.url]: bắt buộc mà chưa ghi")),
    ({"supersedes": "03-HD/TU, 05-HD/TU"},
     ("error", "supersedes", "thay thế văn bản [supersedes]: nhiều giá trị viết liền trên một dòng")),
    ({"tags": "hướng dẫn, thời lượng"}, ("warning", "tags", "từ khóa [tags]: một giá trị có dấu phẩy, `hướng dẫn, thời lượng`")),
    ({"url": "https://example.org"}, ("error", "url", "trường `url` không có trong mẫu của loại tài liệu này")),
], ids=["slugs on one line", "wrong slug", "missing url", "numbers on one line", "tags on one line", "url out of its source"])
def test_findings_name_fields_by_label(meta: dict, finding):
    _, findings = check_fields(GUIDE_META | meta, GUIDE)
    if finding is None:
        assert findings == []
    else:
        assert len(findings) == 1 and findings[0][:2] == finding[:2] and findings[0][2].startswith(finding[2]), findings


def test_a_warned_list_says_how_to_write_both_readings():
    _, [(_, _, _, suggestion)] = check_fields(GUIDE_META | {"tags": "hướng dẫn, thời lượng"}, GUIDE)
    assert "[hướng dẫn, thời lượng]" in suggestion and '`tags: ["hướng dẫn, thời lượng"]`' in suggestion


def test_a_record_key_at_the_margin_is_pointed_back_to_its_record():
    _, [(_, _, _, suggestion)] = check_fields(GUIDE_META | {"url": "https://example.org"}, GUIDE)
    assert suggestion.startswith("`url` là một mục của nguồn [sources]: thụt lề dòng này")


def test_a_missing_required_field_is_named_by_label():
    _, findings = check_fields({"title": "Buổi sinh hoạt"}, MODEL_MEETING)
    assert ("error", "cell", "thiếu trường bắt buộc: chi bộ [cell]", "thêm dòng `cell: ...` (tên chi bộ)") in findings
