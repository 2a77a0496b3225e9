"""Themes of review points: a small keyword table applied to folded text.

How a point gets its themes: the point (one strength, limitation or lesson) is folded (marks removed,
đ -> d, lower case) and every theme whose keyword phrase occurs in it as whole words is assigned; a
point may have several themes, or none ("Khác"). Keywords are folded phrases, chosen to be specific
("it dang vien phat bieu", not "phat bieu", which also occurs in "ghi ý chính của người phát biểu").
Meeting tags are free text and are not used: a count must be backed by the points it lists.
A theme has a neutral topic (for strengths and lessons) and a problem label (for limitations).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...textfold import fold


@dataclass(frozen=True)
class Theme:
    slug: str
    topic: str
    problem: str
    keywords: tuple[str, ...]
    question: str
    """A discussion question for a class that studies a meeting with this limitation."""


THEMES = (
    Theme("chuan-bi", "Chuẩn bị sinh hoạt", "Chuẩn bị chưa chu đáo, tài liệu gửi muộn",
          ("chuan bi", "gui truoc", "gui sat ngay", "gui som", "du thao chuyen de", "tai lieu"),
          "Chi ủy cần làm gì, trước bao nhiêu ngày, để đảng viên đến dự đã đọc tài liệu và có ý kiến?"),
    Theme("ty-le-du", "Tỷ lệ dự, chuyên cần", "Tỷ lệ dự thấp, vắng không lý do",
          ("ty le du", "ti le du", "vang khong ly do", "vang mat", "chuyen can", "lich sinh hoat"),
          "Lịch sinh hoạt của chi bộ đã hợp với giờ làm việc của đảng viên chưa? Xử lý thế nào với người vắng không lý do?"),
    Theme("thoi-luong", "Thời lượng", "Thời lượng chưa đủ",
          ("thoi luong", "phut"),
          "Buổi sinh hoạt cần bao nhiêu phút, và phần nào nên rút ngắn để đủ thời gian thảo luận?"),
    Theme("thoi-su", "Thông tin thời sự", "Thông tin thời sự đọc chép, dàn trải",
          ("thoi su",),
          "Chọn ba tin thời sự nào cho kỳ họp tới, trong đó có tin của địa phương, và hỏi đảng viên câu gì về mỗi tin?"),
    Theme("van-de-trong-tam", "Chọn vấn đề trọng tâm", "Chưa đưa vấn đề thật của đơn vị ra bàn",
          ("van de that", "van de nong", "trong tam", "sat thuc te", "viec that", "so lieu that"),
          "Vấn đề nóng nhất của đơn vị hiện nay là gì, và vì sao chi bộ ngại đưa ra bàn?"),
    Theme("danh-gia-ket-qua", "Đánh giá kết quả tháng trước", "Đánh giá kết quả chưa bám nghị quyết",
          ("danh gia ket qua", "bao cao ket qua", "bao cao chuyen mon", "bam nghi quyet", "gan voi nghi quyet"),
          "Đánh giá kết quả tháng trước theo từng việc trong nghị quyết thì khác đọc báo cáo chuyên môn ở chỗ nào?"),
    Theme("phat-bieu", "Đảng viên phát biểu", "Ít đảng viên phát biểu",
          ("it dang vien phat bieu", "it nguoi phat bieu", "dang vien phat bieu", "dang vien tre", "khong y kien",
           "khong phat bieu", "chua phat bieu"),
          "Làm thế nào để đảng viên trẻ và đảng viên không giữ chức vụ phát biểu trong buổi sinh hoạt?"),
    Theme("phe-binh", "Tự phê bình và phê bình", "Tự phê bình và phê bình mờ nhạt, hình thức",
          ("phe binh",),
          "Ai nên tự phê bình trước, và nói thế nào để góp ý thẳng thắn mà không thành căng thẳng?"),
    Theme("nghi-quyet", "Kết luận, nghị quyết", "Nghị quyết, kết luận chung chung",
          ("nghi quyet chung chung", "chung chung", "nguoi phu trach", "thoi han", "danh sach viec", "ket luan cu the",
           "ket luan ro"),
          "Viết lại một nhiệm vụ trong nghị quyết thành việc có người phụ trách, thời hạn và cách kiểm tra."),
    Theme("bien-ban", "Biên bản", "Biên bản chưa đầy đủ",
          ("bien ban", "thu ky"),
          "Biên bản cần ghi những mục nào để kỳ họp sau kiểm tra được việc đã giao?"),
    Theme("xep-loai", "Chấm điểm, xếp loại", "Xếp loại chưa đúng khung chấm điểm",
          ("xep loai", "cham diem", "nang diem", "nang muc"),
          "Đối chiếu điểm từng tiêu chí với quy tắc xếp loại của khung: mức xếp loại chi bộ ghi có đúng không?"),
    Theme("moi-dai-dien", "Mời người liên quan", "Chưa mời người liên quan dự",
          ("moi dai dien", "chua moi"),
          "Những ai ngoài chi bộ nên được mời dự khi bàn vấn đề này, và mời họ trả lời câu hỏi gì?"),
)

BY_SLUG = {theme.slug: theme for theme in THEMES}
OTHER = Theme("khac", "Chủ đề khác", "Hạn chế khác", (), "")


def _pattern(theme: Theme) -> re.Pattern[str]:
    """Any of the theme's keywords as whole words (one scan of a text per theme)."""
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(map(re.escape, theme.keywords))})(?![a-z0-9])")


_PATTERNS = tuple((theme, _pattern(theme)) for theme in THEMES if theme.keywords)


@lru_cache(maxsize=1 << 16)  # a `mkdocs serve` rebuild asks again for every unchanged meeting's points
def themes_of(text: str) -> tuple[Theme, ...]:
    """Every theme whose keywords occur in `text` as whole words, in table order."""
    folded = fold(text)
    return tuple(theme for theme, pattern in _PATTERNS if pattern.search(folded))
