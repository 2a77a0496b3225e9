"""Themes: the keyword table, matched on folded text as whole words."""

import unicodedata

import pytest

from sotay.core.meetings.training.themes import BY_SLUG, THEMES, themes_of


@pytest.mark.parametrize(("text", "expected"), [
    ("Ít đảng viên phát biểu (6/21), chủ yếu là tổ trưởng.", ["phat-bieu"]),
    ("Biên bản chưa ghi kết luận cho từng vấn đề.", ["bien-ban"]),
    ("Biên bản chỉ ghi tên người phát biểu, không ghi ý chính.", ["bien-ban"]),  # "phát biểu" alone is no theme
    ("Phần thông tin thời sự đọc chép.", ["thoi-su"]),
    ("Nghị quyết chung chung, không có người phụ trách và thời hạn.", ["nghi-quyet"]),
    ("Thời lượng 70 phút, không đủ 90 phút.", ["thoi-luong"]),
    ("Tỷ lệ dự thấp (16/22); 2 đồng chí vắng không lý do.", ["ty-le-du"]),
    ("Xếp loại sai quy tắc: ghi Tốt chỉ căn cứ vào tổng điểm.", ["xep-loai"]),
    ("Phần mở đầu kéo dài do điểm danh chậm.", []),
    ("IT DANG VIEN PHAT BIEU", ["phat-bieu"]),  # typed without marks, in capitals
    ("dự thảo nghị quyếtx", []),  # keywords match whole words only
])
def test_themes_of_folded_text(text, expected):
    assert [t.slug for t in themes_of(text)] == expected


def test_decomposed_input_matches_like_composed():
    text = "Biên bản sơ sài, ít đảng viên phát biểu"
    assert themes_of(unicodedata.normalize("NFD", text)) == themes_of(text) == (BY_SLUG["phat-bieu"], BY_SLUG["bien-ban"])


def test_every_theme_has_keywords_labels_and_a_question():
    assert len({t.slug for t in THEMES}) == len(THEMES)
    for theme in THEMES:
        assert theme.keywords and theme.topic and theme.problem and theme.question.endswith(("?", "."))
        assert all(k == k.lower() and k.isascii() for k in theme.keywords), f"{theme.slug}: keywords are folded"
