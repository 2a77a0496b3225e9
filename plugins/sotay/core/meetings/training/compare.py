"""The compare page: two to four meetings side by side, chosen in the page, shared as ?m=slug1,slug2.

The meetings travel as JSON files beside the page, PART_SIZE meetings a file in the order of their slugs
(data_part); the page names each file's first slug (`data-firsts`), so its script reads only the files of
the meetings chosen. One file of every meeting grows with the base: a phone would download all of it to
compare two, and the build would hold it at once; embedded in the page, Markdown would parse all of it
as HTML. Each meeting is a list of rows (group, label, value) so the
script stays generic: it aligns rows by label and fills "—" where a meeting has no such row (another
rubric, no score). The page lists the newest PICKER_SIZE meetings as links: the script's picker, and
without JavaScript, or when a file cannot be read, a way to each meeting. Any other meeting is chosen in
the explorer (or named in the URL), whose rows link here.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...site.listings import link
from ..rubric import format_points
from .facts import SECTION_LABELS, MeetingFacts, cell_type_label, meeting_type_label, percent
from .markup import md_span, plain_text
from .paths import COMPARE, COMPARE_DATA, EXPLORER, TITLES
from .widgets import data_files, front_matter

MAX_MEETINGS = 4
PART_SIZE = 50  # meetings a data file: what a phone fetches for each meeting chosen
PICKER_SIZE = 100  # the newest meetings the page lists (every meeting of a large base: a heavy page of checkboxes)
REVIEW_ORDER = ("strengths", "limitations", "lessons")  # the order write-ups use


def compare_pages(facts: list[MeetingFacts]) -> Iterator[tuple[str, str]]:
    """The page, then its data files, made one at a time."""
    by_slug = sorted(facts, key=lambda f: f.slug)
    yield _page(facts, [f.slug for f in by_slug[::PART_SIZE]])
    yield from data_files(COMPARE_DATA, "meetings", by_slug, PART_SIZE, compare_record)


def _page(facts: list[MeetingFacts], firsts: list[str]) -> tuple[str, str]:
    listed = facts[:PICKER_SIZE]
    links = "\n".join(f'- [{md_span(f.cell)}, {md_span(f.date_label)}]({link(COMPARE, f.url_path)}){{ data-slug="{f.slug}" }}'
                      for f in listed)
    explorer = link(COMPARE, EXPLORER)
    more = [f"Trang này liệt kê {len(listed)} buổi mới nhất trong {len(facts)} buổi. Để so sánh các buổi khác, đánh dấu "
            f"chúng trong [bảng các buổi sinh hoạt mẫu]({explorer}) rồi bấm “So sánh các buổi đã chọn”.", ""] if len(facts) > len(listed) else []
    lines = [
        front_matter(TITLES[COMPARE], ("navigation", "toc"), ("compare-model.js", "selection.js", "site-data.js", "compare.js")),
        f"# {TITLES[COMPARE]}", "",
        f"Chọn từ 2 đến {MAX_MEETINGS} buổi để đặt cạnh nhau: thông tin chung, điểm từng tiêu chí, xếp loại, ưu điểm, "
        "hạn chế và bài học. Địa chỉ trang ghi lại các buổi đã chọn: khi sổ tay mở trên mạng, có thể gửi địa chỉ đó cho người khác.", "",
        *more,
        f'<div class="sotay-compare" data-sotay-compare="{COMPARE_DATA}" data-max="{MAX_MEETINGS}" data-firsts="{" ".join(firsts)}"></div>', "",
        '<div class="sotay-fallback" data-sotay-fallback markdown="1">', "",
        "Trang so sánh cần JavaScript để đặt các buổi cạnh nhau. Không có JavaScript, hãy mở từng buổi dưới đây "
        f"hoặc xem [bảng các buổi sinh hoạt mẫu]({explorer}).", "",
        links, "",
        "</div>", "",
    ]
    return COMPARE, "\n".join(lines)


def compare_record(f: MeetingFacts) -> dict:
    """One meeting as the compare script reads it: slug, heading, then rows of (group, label, value[, flag]); a flag
    marks a score short of its criterion's maximum ("short") or a computed rating the recorded one breaks ("misfit")."""
    general = "Thông tin chung"
    rows = [
        [general, "Đảng bộ", f.organization],
        [general, "Ngày", f.date_label],
        [general, "Loại sinh hoạt", meeting_type_label(f.meeting_type)],
        [general, "Loại hình chi bộ", cell_type_label(f.cell_type)],
        [general, "Tỷ lệ dự", _rate(f.attendance_rate, f.attended, f.members)],
        [general, "Tỷ lệ phát biểu", _rate(f.speaking_rate, f.speakers, f.attended)],
    ]
    scores = "Điểm theo tiêu chí"
    rows += [[scores, f"{s.criterion}. {s.title}", f"{format_points(s.points)}/{format_points(s.max)}", "" if s.points >= s.max else "short"]
             for s in f.scores]
    if f.total is not None:
        rows.append([scores, "Tổng điểm", f"{format_points(f.total)}/{format_points(f.max_total)}"])
    rating = "Xếp loại"
    rows.append([rating, "Chi bộ ghi", f.rating_label])
    if f.computed_label:
        rows.append([rating, "Theo khung", f.computed_label, "" if f.rating_fits is not False else "misfit"])
    if f.rating_note:
        rows.append([rating, "Nhận xét", f.rating_note[0].upper() + f.rating_note[1:] + "."])
    review = "Rút kinh nghiệm"
    rows += [[review, SECTION_LABELS[kind], [plain_text(p.text) for p in f.points_of(kind)]]
             for kind in REVIEW_ORDER if f.points_of(kind)]
    return {"slug": f.slug, "cell": f.cell, "date": f.date_label, "rows": rows}


def _rate(rate: float | None, part: int | None, whole: int | None) -> str | None:
    return f"{percent(rate)} ({part}/{whole})" if rate is not None else None
