"""Self-assessment pages: a rubric as a score sheet that adds up, rates and explains in the browser.

The page embeds the rubric as JSON for assets/rubric-calculator.js, which scores with
assets/rubric-score.js (the algorithm of rubric.py) and keeps what was typed on the device, per rubric;
without the script it still prints as a sheet.
"""

from __future__ import annotations

import json
from html import escape

from ..model import Rubric
from ..site.entries import SHORTCUT_PAGE, PageEntry
from ..site.listings import escape_md, link
from .rubric import format_points, rating_conditions

SELF_ASSESSMENT_KEYWORDS = ("tự chấm điểm", "chấm điểm chất lượng sinh hoạt chi bộ", "tính điểm", "xếp loại", "phiếu chấm điểm",
                            "tự đánh giá")


def self_assessment_path(rubric: Rubric) -> str:
    return f"rubrics/{rubric.slug}/tu-cham-diem.md"


def self_assessment_title(rubric: Rubric) -> str:
    return f"Tự chấm điểm: {rubric.title}"


def self_assessment_pages(rubrics: list[Rubric]) -> list[tuple[str, str]]:
    return [self_assessment_page(rubric) for rubric in rubrics]


def self_assessment_entries(rubrics: list[Rubric]) -> list[PageEntry]:
    """Each rubric's calculator as search finds it."""
    return [PageEntry(self_assessment_path(rubric), self_assessment_title(rubric),
                      f"Nhập điểm chi bộ tự chấm cho {len(rubric.criteria)} tiêu chí: trang cộng điểm, xếp loại theo khung và "
                      "nói rõ lý do; máy nhớ điểm đã nhập, in được thành phiếu chấm.",
                      SELF_ASSESSMENT_KEYWORDS, rubric.meeting_types, rubric.cell_types, SHORTCUT_PAGE) for rubric in rubrics]


def self_assessment_page(rubric: Rubric) -> tuple[str, str]:
    path = self_assessment_path(rubric)
    lines = [
        f"# {escape_md(self_assessment_title(rubric))}",
        "",
        "Nhập điểm chi bộ tự chấm cho từng tiêu chí; khi đã nhập đủ, xếp loại và lý do hiện ngay bên dưới. "
        "Mọi phép tính làm trên máy của bạn, không gửi đi đâu, dùng được cả khi không có mạng. Điểm đã nhập được "
        "giữ trên máy này (kể cả khi tải lại trang) cho tới khi bấm “Xóa điểm đã nhập”.",
        "",
        f"[Xem khung chấm điểm và gợi ý chấm từng tiêu chí]({link(path, rubric.url_path)})",
        "",
        calculator(rubric),
        "",
        "## Cách xếp loại",
        "",
        "Xét từ mức cao xuống, buổi sinh hoạt nhận mức đầu tiên đủ mọi điều kiện:",
        "",
        *rating_list(rubric),
        "",
    ]
    return path, "\n".join(lines)


def rating_list(rubric: Rubric) -> list[str]:
    return [f"- **{escape_md(r.label)}**: {rating_conditions(r)}." for r in rubric.ratings]


def rubric_json(rubric: Rubric) -> str:
    """The rubric for the browser, safe inside <script>: no `<`, `>` or `&` can end the element early."""
    data = {
        "id": rubric.id,
        "step": rubric.step,
        "criteria": [{"id": c.id, "title": c.title, "max": c.max} for c in rubric.criteria],
        "ratings": [{"id": r.id, "label": r.label, "min_total": r.min_total,
                     "require_max": list(r.require_max), "forbid_zero": list(r.forbid_zero)} for r in rubric.ratings],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def score_hint(rubric: Rubric) -> str:
    """How scores are typed in this rubric: whole points, or with a decimal comma."""
    if rubric.step % 1 == 0:
        return "Nhập điểm nguyên, ví dụ 7."
    return f"Nhập điểm nguyên hoặc lẻ đến {format_points(rubric.step)} điểm, dùng dấu phẩy: ví dụ 7 hoặc {format_points(7 + rubric.step)}."


def calculator(rubric: Rubric) -> str:
    """The score form as one raw HTML block: a labelled text field per criterion (a number field would refuse the
    decimal comma), the total, the rating and its reason."""
    whole = rubric.step % 1 == 0
    rows = []
    for criterion in rubric.criteria:
        field = escape(f"diem-{rubric.slug}-{criterion.id}")
        rows.append(
            f'<tr><td><label for="{field}">{escape(criterion.id)}. {escape(criterion.title)}</label></td>'
            f'<td><input type="text" id="{field}" name="{escape(criterion.id)}" inputmode="{"numeric" if whole else "decimal"}" '
            f'size="4" spellcheck="false" aria-describedby="{escape(rubric.slug)}-goi-y"></td>'
            f"<td>{format_points(criterion.max)}</td></tr>")
    return "\n".join([
        "",
        f'<form class="sotay-calc" data-sotay-rubric="{escape(rubric.id)}" autocomplete="off">',
        f'<script type="application/json" class="sotay-calc__data">{rubric_json(rubric)}</script>',
        f'<p class="sotay-calc__hint" id="{escape(rubric.slug)}-goi-y">{escape(score_hint(rubric))}</p>',
        '<table class="sotay-calc__sheet">',
        '<thead><tr><th scope="col">Tiêu chí</th><th scope="col">Điểm</th><th scope="col">Tối đa</th></tr></thead>',
        "<tbody>", *rows, "</tbody>",
        '<tfoot><tr><th scope="row">Tổng điểm <span class="sotay-calc__provisional" hidden>(tạm tính)</span></th>'
        '<td><output class="sotay-calc__total">0</output></td>'
        f"<td>{format_points(rubric.max_total)}</td></tr></tfoot>",
        "</table>",
        '<div class="sotay-calc__result" role="status" aria-live="polite">',
        '<p>Xếp loại: <strong class="sotay-calc__rating">……</strong></p>',
        '<p class="sotay-calc__reason"></p>',
        "</div>",
        '<p class="sotay-calc__actions"><button type="reset" class="md-button">Xóa điểm đã nhập</button> '
        '<button type="button" class="md-button" data-sotay-print hidden>In phiếu chấm</button></p>',
        "<noscript><p>Trình duyệt đang tắt JavaScript nên trang không tự cộng điểm; vẫn có thể in trang này làm phiếu chấm.</p></noscript>",
        "</form>",
        "",
    ])


def score_sheet(rubric: Rubric) -> str:
    """A blank paper score sheet in Markdown: criteria, maximum and an empty column to write the score."""
    lines = ['<div class="sotay-score-sheet" markdown="block">', "", "| Tiêu chí | Tối đa | Điểm chi bộ chấm |", "| --- | ---: | --- |"]
    lines += [f"| {escape_md(c.id)}. {escape_md(c.title)} | {format_points(c.max)} | |" for c in rubric.criteria]
    lines += [f"| **Tổng điểm** | **{format_points(rubric.max_total)}** | |", "", "</div>"]
    return "\n".join(lines)
