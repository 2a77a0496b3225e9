"""Articles: a photo caption the page repeats in the text is neither the summary nor a paragraph; a long passage
shown twice (a pull quote) is kept once."""

from __future__ import annotations

import pytest

from sotay.core.importer.article import PageFacts, read_article

CAPTION = "Đảng viên Chi bộ thôn Giàng Tả thảo luận tại buổi sinh hoạt chuyên đề."
FIRST = "Chi bộ thôn Giàng Tả chọn chuyên đề phát triển du lịch cộng đồng, bám sát chỉ thị của Ban Bí thư."
SECOND = "Theo đồng chí Bí thư Chi bộ, nhờ gửi chuyên đề trước 5 ngày nên đảng viên chuẩn bị ý kiến kỹ hơn."
QUOTE = ("“Sinh hoạt chi bộ phải bàn việc thật của thôn, nói thật, làm thật; mỗi đảng viên nhận một việc và báo cáo "
         "kết quả ở buổi sau” — ý kiến của đồng chí Bí thư được nhiều đảng viên nhắc lại, vì nó nói đúng điều chi bộ "
         "đã làm trong cả năm qua, từ khi đổi mới cách chọn chuyên đề và giao việc cho từng tổ đảng, từng đảng viên.")
TITLE = "Chi bộ thôn Giàng Tả đổi mới sinh hoạt chuyên đề"


@pytest.mark.parametrize(("lines", "page"), [
    ([TITLE, "24/03/2025", "", CAPTION, "", FIRST, "", SECOND, "", CAPTION], PageFacts()),  # copied: caption twice
    ([FIRST, "", SECOND, "", CAPTION], PageFacts(title=TITLE, captions=(CAPTION,))),  # saved page: <figcaption>
], ids=["copied", "saved"])
def test_a_repeated_caption_is_left_out(lines, page):
    draft = read_article(lines, page)
    assert draft.title == TITLE and draft.summary == FIRST
    assert [block.text for block in draft.body] == [SECOND]


def test_a_long_passage_shown_twice_is_kept_once():
    draft = read_article([TITLE, "", FIRST, "", QUOTE, "", SECOND, "", QUOTE])
    assert [block.text for block in draft.body] == [QUOTE, SECOND]
