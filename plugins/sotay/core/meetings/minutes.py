"""A blank minutes form (biên bản sinh hoạt chi bộ) with the headings a cell's minutes carry.

The headings follow the minutes guide of the Bình Thuận sector committee's electronic handbook and a
common template (FACTS F34): title with month and year, time, place, attendance, content, the course
of the discussion with each speaker, the chair's conclusion, the vote, the closing time, signatures.
"""

from __future__ import annotations

from html import escape

from ..vocabulary import label

SOURCES = (
    ("Sổ tay điện tử Đảng ủy Khối tỉnh Bình Thuận – Cách ghi chép biên bản sinh hoạt",
     "https://stdt.danguykhoibinhthuan.vn/sotay/to-chuc/sinh-hoat-chi-bo/cach-ghi-chep-bien-ban-sinh-hoat"),
    ("Thư viện biểu mẫu – Mẫu ghi biên bản sinh hoạt chi bộ", "https://thuvienbieumau.com/bieu-mau/mau-ghi-bien-ban-sinh-hoat-chi-bo-3454/"),
)

MINUTES_DESCRIPTION = ("Biên bản trống để in và ghi tay: thời gian, địa điểm, thành phần, nội dung, diễn biến thảo luận, "
                       "kết luận, biểu quyết, xếp loại và chữ ký.")
MINUTES_KEYWORDS = ("mẫu biên bản", "biên bản họp chi bộ", "ghi biên bản", "thư ký", "biểu mẫu")
_DOTS = "……………………"
_TITLES = {"thuong-ky": "SINH HOẠT CHI BỘ THƯỜNG KỲ", "chuyen-de": "SINH HOẠT CHI BỘ CHUYÊN ĐỀ"}


def minutes_title(meeting_type: str) -> str:
    """"Mẫu biên bản sinh hoạt chi bộ thường kỳ": the name of a meeting type's blank form."""
    return f"Mẫu biên bản {_meeting_line(meeting_type).lower()}"


def _meeting_line(meeting_type: str) -> str:
    """The form's heading line: SINH HOẠT CHI BỘ THƯỜNG KỲ."""
    return _TITLES.get(meeting_type) or label("meeting_types", meeting_type).upper()


def minutes_form(meeting_type: str) -> str:
    """The form as one raw HTML block (it must print the same wherever it is placed)."""
    kind = _meeting_line(meeting_type)
    topic = [f"<li><strong>Chuyên đề:</strong> {_DOTS}{_DOTS}</li>"] if meeting_type == "chuyen-de" else []
    lines = [
        "",
        '<div class="sotay-minutes">',
        '<div class="sotay-minutes__head">',
        f"<p>ĐẢNG BỘ {_DOTS}<br>CHI BỘ {_DOTS}</p>",
        f"<p><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong><br><em>{_DOTS}, ngày …… tháng …… năm ……</em></p>",
        "</div>",
        f'<p class="sotay-minutes__title"><strong>BIÊN BẢN</strong><br><strong>{escape(kind)} THÁNG …… NĂM ……</strong></p>',
        '<ol class="sotay-minutes__parts">',
        *topic,
        "<li><strong>Thời gian:</strong> bắt đầu lúc …… giờ …… phút, ngày …… tháng …… năm ……</li>",
        f"<li><strong>Địa điểm:</strong> {_DOTS}{_DOTS}</li>",
        "<li><strong>Thành phần:</strong><ul>",
        f"<li>Đại biểu, khách mời (họ tên, chức vụ): {_DOTS}{_DOTS}</li>",
        f"<li>Chủ trì: đồng chí {_DOTS}; thư ký: đồng chí {_DOTS}</li>",
        "<li>Tổng số đảng viên của chi bộ: …… đồng chí (chính thức: ……; dự bị: ……); được miễn sinh hoạt: ……</li>",
        "<li>Có mặt: …… / …… đồng chí (chính thức: ……; dự bị: ……)</li>",
        "<li>Vắng mặt: …… đồng chí (có lý do: ……; không có lý do: ……), gồm:</li>",
        "</ul>",
        _absentees(),
        "</li>",
        "<li><strong>Nội dung sinh hoạt</strong> (ghi lần lượt từng nội dung):" + _blank_lines(3) + "</li>",
        "<li><strong>Diễn biến thảo luận</strong> (họ tên từng người phát biểu và ý kiến chính, kể cả ý kiến của đại biểu):"
        + _blank_lines(6) + "</li>",
        "<li><strong>Kết luận của đồng chí chủ trì</strong> (từng vấn đề; việc giao, người phụ trách, thời hạn):" + _blank_lines(4) + "</li>",
        "<li><strong>Biểu quyết:</strong> tán thành …… / …… đồng chí (……%); không tán thành: ……; ý kiến khác: ……</li>",
        "<li><strong>Đánh giá, xếp loại chất lượng buổi sinh hoạt</strong> (nếu cấp ủy cấp trên quy định): …… điểm, xếp loại ……</li>",
        "</ol>",
        "<p>Buổi sinh hoạt kết thúc lúc …… giờ …… phút cùng ngày. Thư ký đã đọc lại biên bản, chi bộ nhất trí thông qua.</p>",
        '<div class="sotay-minutes__signatures">',
        "<p><strong>THƯ KÝ</strong><br><em>(ký, ghi rõ họ tên)</em></p>",
        "<p><strong>CHỦ TRÌ</strong><br><em>(ký, ghi rõ họ tên)</em></p>",
        "</div>",
        '<p class="sotay-minutes__sources"><small>Các mục theo ' + "; ".join(
            f'<a href="{escape(url)}" rel="noopener nofollow">{escape(title)}</a>' for title, url in SOURCES) + ".</small></p>",
        "</div>",
        "",
    ]
    return "\n".join(lines)


def _absentees() -> str:
    rows = "".join(f"<tr><td>{n}</td><td></td><td></td></tr>" for n in range(1, 4))
    return ('<table class="sotay-minutes__absent"><thead><tr><th scope="col">STT</th><th scope="col">Họ và tên</th>'
            f'<th scope="col">Lý do vắng</th></tr></thead><tbody>{rows}</tbody></table>')


def _blank_lines(count: int) -> str:
    return '<span class="sotay-blank-lines">' + '<span></span>' * count + "</span>"
