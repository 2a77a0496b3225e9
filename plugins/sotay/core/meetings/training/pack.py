"""A training pack: chosen meetings as one printable document — cover, contents, each meeting with questions.

`pack_markdown` is shared by the site's pack page (the newest `PAGE_MEETINGS` meetings, the reader picks
some in the page) and `sotay pack` (any meetings, chosen on the command line, rendered to one standalone
HTML file). The page is bounded because it holds every write-up in full: with every meeting of a large base it
would be too heavy for a phone, for printing, and for the build's memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...site.listings import escape_md
from ..review import wrap_review_sections
from ..rubric import format_points
from .facts import MeetingFacts, cell_type_label, meeting_type_label, percent
from .markup import attr, md_span, rebase_links, text
from .paths import PACK, TITLES
from .selection import tokens
from .widgets import filter_form, front_matter

DEFAULT_TITLE = "Bộ tài liệu tập huấn: sinh hoạt chi bộ mẫu"
PAGE_MEETINGS = 60
_ATX = re.compile(r"^(#{1,5})(\s)")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class PackSpec:
    title: str = DEFAULT_TITLE
    subtitle: str = ""
    """What was chosen, e.g. "Loại sinh hoạt: Sinh hoạt thường kỳ"."""


def anchor(f: MeetingFacts) -> str:
    return f"buoi-{f.slug}"


def pack_markdown(facts: list[MeetingFacts], spec: PackSpec, page: str, controls: str = "") -> str:
    """Cover, `controls` (the site page's picker), contents and one section per meeting.

    Links inside write-ups are rewritten to work from `page`.
    """
    cover = ['<div class="sotay-pack-cover" markdown="1">', "",
             '<p class="sotay-pack-kicker">Sổ tay chi bộ · Tài liệu tập huấn</p>', "",
             f"# {escape_md(spec.title)}", ""]
    if spec.subtitle:
        cover += [f'<p class="sotay-pack-subtitle">{text(spec.subtitle)}</p>', ""]
    cover += [f'<p class="sotay-pack-count"><span data-sotay-pack-count>{len(facts)}</span> buổi sinh hoạt mẫu</p>', "",
              "Với mỗi buổi: đọc thông tin và diễn biến, đối chiếu điểm với khung chấm điểm, "
              "rồi thảo luận các câu hỏi ở cuối buổi đó. Ô trống dưới câu hỏi để ghi ý kiến của lớp.", "",
              "</div>", ""]
    contents = ['<nav class="sotay-pack-contents" aria-label="Mục lục" markdown="1">', "", "## Mục lục", ""]
    contents += [f'1. [{md_span(f.cell)} — {md_span(f.date_label)}](#{anchor(f)}){{ data-slug="{f.slug}" }}  \n'
                 f"   {escape_md(meeting_type_label(f.meeting_type))} · {escape_md(cell_type_label(f.cell_type))}" for f in facts]
    contents += ["", "</nav>", ""]
    return "\n".join(cover + [controls] + contents + [_meeting(f, page) for f in facts])


def _meeting(f: MeetingFacts, page: str) -> str:
    lines = [f'<section class="sotay-pack-meeting" id="{anchor(f)}" data-slug="{attr(f.slug)}" markdown="1">', "",
             f"## {escape_md(f.title)}", "", _facts_table(f), ""]
    if f.scores:
        lines += [_scores_table(f), ""]
    lines += [_demote(rebase_links(wrap_review_sections(f.body), f.url_path, page)), "",
              '<div class="sotay-pack-questions" markdown="1">', "", "### Câu hỏi thảo luận", ""]
    lines += [f"{n}. {escape_md(q)}" for n, q in enumerate(discussion_questions(f), start=1)]
    lines += ["", '<div class="sotay-pack-notes"></div>', "", "</div>", "", "</section>", ""]
    return "\n".join(lines)


def _facts_table(f: MeetingFacts) -> str:
    rows = [("Chi bộ", f.cell), ("Đảng bộ", f.organization), ("Ngày", f.date_label),
            ("Loại sinh hoạt", meeting_type_label(f.meeting_type)), ("Loại hình chi bộ", cell_type_label(f.cell_type))]
    if f.attendance_rate is not None:
        rows.append(("Tỷ lệ dự", f"{f.attended}/{f.members} ({percent(f.attendance_rate)})"))
    if f.speaking_rate is not None:
        rows.append(("Tỷ lệ phát biểu", f"{f.speakers}/{f.attended} ({percent(f.speaking_rate)})"))
    rows.append(("Xếp loại chi bộ ghi", f.rating_label))
    if f.computed_label:
        rows.append(("Xếp loại theo khung", f.computed_label))
    return "\n".join(["| Thông tin | Chi tiết |", "| --- | --- |"] + [f"| {escape_md(k)} | {escape_md(v)} |" for k, v in rows])


def _scores_table(f: MeetingFacts) -> str:
    rows = [f"| {escape_md(s.criterion)}. {escape_md(s.title)} | {format_points(s.points)} | {format_points(s.max)} |" for s in f.scores]
    total = f"| **Tổng** | **{format_points(f.total)}** | {format_points(f.max_total)} |"
    return "\n".join([f"Chấm điểm theo {escape_md(f.rubric_title or '')}:", "", "| Tiêu chí | Điểm | Tối đa |", "| --- | ---: | ---: |",
                      *rows, total])


def discussion_questions(f: MeetingFacts) -> list[str]:
    """Questions for a class: what to take home, then one per limitation theme, the rating, and a role play."""
    questions = ["Buổi sinh hoạt này làm tốt điều gì mà chi bộ của đồng chí có thể áp dụng ngay?"]
    questions += [t.question for t in f.limitation_themes()[:3]]
    if f.rating_fits is False:
        questions.append(f"Chi bộ ghi xếp loại {f.rating_label}, còn theo khung chấm điểm là {f.computed_label}: "
                         "đối chiếu từng tiêu chí và giải thích vì sao hai mức khác nhau.")
    questions.append("Nếu là bí thư chi bộ này, đồng chí sẽ chuẩn bị lại khâu nào trước tiên cho kỳ họp sau?")
    return questions


def _demote(markdown: str) -> str:
    """Every heading one level down, so a write-up's ## sits under the pack's ## meeting title."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        out.append(line if fenced else _ATX.sub(r"#\1\2", line))
    return "\n".join(out)


def pack_page(every: list[MeetingFacts]) -> tuple[str, str]:
    """The site's pack page: the newest meetings, a picker shown by the page's script, and the print button."""
    facts = every[:PAGE_MEETINGS]
    choices = "".join(f'<li><label><input type="checkbox" name="m" value="{attr(f.slug)}" data-filters="{attr(tokens(f))}" checked> '
                      f"{text(f.cell)} — {text(f.date_label)}</label></li>" for f in facts)
    controls = [] if len(every) == len(facts) else [
        f'<p class="sotay-pack-limit">Trang này có {len(facts)} buổi mới nhất trong số {_count(len(every))} buổi sinh hoạt mẫu '
        "của sổ tay, để trang nhẹ khi mở trên điện thoại. Với buổi cũ hơn: in từ trang riêng của buổi đó, hoặc tạo tệp in "
        "gồm bất kỳ buổi nào bằng lệnh <code>sotay pack --filter …</code>.</p>", ""]
    controls += [
        '<p class="sotay-pack-missing" data-sotay-pack-missing hidden></p>',
        '<div class="sotay-pack-controls" data-sotay-pack hidden>',
        '<p class="sotay-pack-howto">Chọn các buổi cần in (theo bộ lọc hoặc đánh dấu từng buổi), rồi bấm '
        "<strong>In bộ tài liệu</strong>. Bìa, mục lục và số thứ tự tự cập nhật theo lựa chọn.</p>",
        filter_form(facts, "Chọn các buổi theo bộ lọc"),
        f'<fieldset class="sotay-pack-choices"><legend>Các buổi ({len(facts)})</legend><ul>{choices}</ul></fieldset>',
        '<p><button type="button" class="md-button md-button--primary" data-sotay-print>In bộ tài liệu</button> '
        '<button type="button" class="md-button" data-sotay-select="all">Chọn tất cả</button> '
        '<button type="button" class="md-button" data-sotay-select="none">Bỏ chọn tất cả</button></p>',
        "</div>", "",
        '<p class="sotay-fallback" data-sotay-fallback>Trang này in tất cả các buổi. Để chọn một số buổi, hãy bật '
        "JavaScript, hoặc dùng lệnh <code>sotay pack --filter …</code> để tạo tệp in riêng.</p>", "",
    ]
    scripts = ("filters.js", "selection.js", "filter-form.js", "pack.js")
    return PACK, front_matter(TITLES[PACK], ("navigation", "toc"), scripts) + pack_markdown(facts, PackSpec(), PACK, "\n".join(controls))


def _count(number: int) -> str:
    """1350 as Vietnamese writes it: 1.350."""
    return f"{number:,}".replace(",", ".")
