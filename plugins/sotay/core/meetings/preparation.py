"""Meeting-preparation pages (chuan-bi/): one printable page per meeting type and cell type the content covers.

A preparation page answers the secretary's question "what do I do before, during and after this meeting,
and how will it be judged?": the checklists of each phase inlined and tickable, the guides in force, the most
relevant model meetings, the rubric's score sheet with a link to the self-assessment page, and a blank
minutes form. A document with no meeting types (or cell types) applies to all of them.

A preparation page stays a few sheets of paper and a light page on a phone however large the base grows:
at most `INLINED_PER_PHASE` checklists are printed per phase (those written for this very meeting and cell type
first), at most `LINKS_SHOWN` more are linked, and so are the guides of each form; the rest are counted,
with a link to their listing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..knowledge_base import KnowledgeBase
from ..model import Checklist, Document, Guide, ModelMeeting, Rubric
from ..site.entries import SHORTCUT_PAGE, PageEntry
from ..site.listings import entry, escape_md, link
from ..vocabulary import label, values
from .checklist_markup import signature_block, tickable_body
from .minutes import MINUTES_DESCRIPTION, MINUTES_KEYWORDS, minutes_form, minutes_title
from .selfcheck import rating_list, score_sheet, self_assessment_path

PREPARATION_DIR = "chuan-bi"
PREPARATION_INDEX = f"{PREPARATION_DIR}/index.md"
PREPARATION_TITLE = "Chuẩn bị sinh hoạt"
MEETINGS_SHOWN = 3
INLINED_PER_PHASE = 3
LINKS_SHOWN = 10  # checklists linked per phase, guides listed per form
# The parts after the three phases: (anchor, heading, extra heading attributes).
PARTS = (
    ("van-ban", "Văn bản, hướng dẫn đang áp dụng", ""),
    ("sinh-hoat-mau", "Sinh hoạt mẫu để tham khảo", ""),
    ("tu-cham-diem", "Tự chấm điểm chất lượng", ""),
    ("bien-ban", "Mẫu biên bản", " .sotay-page-break"),
)


@dataclass(frozen=True)
class PhaseChecklists:
    """The checklists of one phase: inlined in the page, or only linked.

    A checklist drawn from a guide's procedure is inlined only when no checklist file covers the
    phase; otherwise the page would print the same steps twice. Each tuple is in the order shown.
    """

    phase: str
    inlined: tuple[Checklist, ...]
    linked: tuple[Checklist, ...]


@dataclass(frozen=True)
class Preparation:
    meeting_type: str
    cell_type: str
    phases: tuple[PhaseChecklists, ...]
    guides: tuple[Guide, ...]
    meetings: tuple[ModelMeeting, ...]
    rubrics: tuple[Rubric, ...]

    @property
    def path(self) -> str:
        return preparation_path(self.meeting_type, self.cell_type)

    @property
    def title(self) -> str:
        return preparation_title(self.meeting_type, self.cell_type)


def preparation_path(meeting_type: str, cell_type: str) -> str:
    return f"{PREPARATION_DIR}/{meeting_type}-{cell_type}.md"


def preparation_title(meeting_type: str, cell_type: str) -> str:
    return f"Chuẩn bị {_lower_first(label('meeting_types', meeting_type))} — {label('cell_types', cell_type)}"


def minutes_path(meeting_type: str) -> str:
    """A blank minutes form of its own, beside the preparation pages that include it."""
    return f"{PREPARATION_DIR}/bien-ban-{meeting_type}.md"


def applies(doc: Document, meeting_type: str, cell_type: str) -> bool:
    """Whether `doc` is meant for this meeting type and cell type (an empty list means every one)."""
    if isinstance(doc, ModelMeeting):
        return (doc.meeting_type, doc.cell_type) == (meeting_type, cell_type)
    return (not doc.meeting_types or meeting_type in doc.meeting_types) and (not doc.cell_types or cell_type in doc.cell_types)


def in_force(guide: Guide, kb: KnowledgeBase, today: date) -> bool:
    """In force today: its status says so, nothing supersedes it, it has not expired, and it is no unreviewed import."""
    return (guide.status.in_force and not guide.unreviewed and not kb.relations.superseded_by(guide)
            and not (guide.expires and guide.expires < today))


def usable_checklists(kb: KnowledgeBase, today: date) -> list[Checklist]:
    """Checklist files (reviewed), and procedures drawn from guides that are in force."""
    guides = {g.url_path: g for g in kb.by_kind(Guide)}
    return [c for c in kb.by_kind(Checklist)
            if (in_force(guides[c.source_guide], kb, today) if c.source_guide else not c.unreviewed)]


def _reviewed_meetings(kb: KnowledgeBase) -> list[ModelMeeting]:
    return [m for m in kb.meetings() if not m.unreviewed]


def covered(kb: KnowledgeBase, today: date) -> list[tuple[str, str]]:
    """(meeting type, cell type) pairs that some checklist, guide in force or model meeting names on both counts."""
    named = {(m.meeting_type, m.cell_type) for m in _reviewed_meetings(kb)}
    for doc in usable_checklists(kb, today) + [g for g in kb.by_kind(Guide) if in_force(g, kb, today)]:
        named.update((m, c) for m in doc.meeting_types for c in doc.cell_types)
    return [(m, c) for m in values("meeting_types") for c in values("cell_types") if (m, c) in named]


def build_preparation(kb: KnowledgeBase, meeting_type: str, cell_type: str, today: date) -> Preparation:
    checklists = [c for c in usable_checklists(kb, today) if applies(c, meeting_type, cell_type)]
    guides = [g for g in kb.by_kind(Guide) if applies(g, meeting_type, cell_type) and in_force(g, kb, today)]
    forms = values("form")
    return Preparation(
        meeting_type=meeting_type,
        cell_type=cell_type,
        phases=tuple(_phase(phase, [c for c in checklists if c.phase == phase], meeting_type, cell_type)
                     for phase in values("phase")),
        guides=tuple(sorted(guides, key=lambda g: (forms.index(g.form), -_ordinal(g.issued), g.title))),
        meetings=tuple(_relevant_meetings(_reviewed_meetings(kb), meeting_type, cell_type)[:MEETINGS_SHOWN]),
        rubrics=tuple(sorted((r for r in kb.by_kind(Rubric) if applies(r, meeting_type, cell_type) and not r.unreviewed),
                             key=lambda r: r.title)),
    )


def preparation_pages(kb: KnowledgeBase, today: date) -> list[tuple[str, str]]:
    """The index of preparation pages, one page per covered pair, then the blank minutes forms."""
    preparations = [build_preparation(kb, m, c, today) for m, c in covered(kb, today)]
    return [preparation_index(preparations)] + [(p.path, preparation_markdown(p)) for p in preparations] + minutes_pages()


def preparation_entries(kb: KnowledgeBase, today: date) -> list[PageEntry]:
    """The preparation pages and the minutes forms as search finds them."""
    index = PageEntry(PREPARATION_INDEX, PREPARATION_TITLE, _INTRO, ("bộ tài liệu", "chuẩn bị họp chi bộ", "việc cần làm"),
                      shortcut=SHORTCUT_PAGE)
    # Only what sets each page apart: there may be ten of them, which a query on what they all hold would list first.
    pages = [PageEntry(preparation_path(m, c), preparation_title(m, c),
                       f"Việc cần làm trước, trong và sau buổi {_lower_first(label('meeting_types', m))} của "
                       f"{_lower_first(label('cell_types', c))}; in được thành một tài liệu.",
                       ("bộ tài liệu chuẩn bị", "danh mục việc cần làm", "chuẩn bị họp chi bộ"), (m,), (c,))
             for m, c in covered(kb, today)]
    forms = [PageEntry(minutes_path(m), minutes_title(m), MINUTES_DESCRIPTION, MINUTES_KEYWORDS, (m,),
                       shortcut=SHORTCUT_PAGE if n == 0 else "") for n, m in enumerate(values("meeting_types"))]
    return [index, *pages, *forms]


def minutes_pages() -> list[tuple[str, str]]:
    """A printable page of each meeting type's blank minutes form."""
    return [(minutes_path(m), _minutes_markdown(m)) for m in values("meeting_types")]


def _minutes_markdown(meeting_type: str) -> str:
    path = minutes_path(meeting_type)
    others = "; ".join(f"[{escape_md(minutes_title(m))}]({link(path, minutes_path(m))})"
                       for m in values("meeting_types") if m != meeting_type)
    return "\n".join([
        f"# {escape_md(minutes_title(meeting_type))}", "",
        f"{MINUTES_DESCRIPTION} Thư ký ghi đủ từng mục; chi bộ nghe đọc lại và thông qua trước khi kết thúc buổi sinh hoạt.", "",
        '<p class="sotay-prep-actions" markdown="span"><button type="button" class="md-button md-button--primary" data-sotay-print hidden>'
        f"In mẫu biên bản</button> [Bộ tài liệu chuẩn bị sinh hoạt]({link(path, PREPARATION_INDEX)})</p>", "",
        minutes_form(meeting_type), "",
        f'<p class="sotay-screen-only" markdown="span">Mẫu khác: {others}.</p>', "",
    ])


_INTRO = ("Mỗi bộ tài liệu gồm việc cần làm trước, trong và sau buổi họp (đánh dấu được ngay trên điện thoại), văn bản đang "
          "áp dụng, sinh hoạt mẫu, phiếu tự chấm điểm và mẫu biên bản; in được thành một tài liệu.")


def preparation_index(preparations: list[Preparation]) -> tuple[str, str]:
    lines = [f"# {PREPARATION_TITLE}", "", f"Chọn loại sinh hoạt và loại hình chi bộ. {_INTRO}", ""]
    if not preparations:
        lines += ["Chưa có bộ tài liệu nào: nội dung chưa ghi loại sinh hoạt và loại hình chi bộ áp dụng.", ""]
    for meeting_type in values("meeting_types"):
        members = [p for p in preparations if p.meeting_type == meeting_type]
        if members:
            lines += [f"## {label('meeting_types', meeting_type)}", ""]
            lines += [f"- [{escape_md(label('cell_types', p.cell_type))}]({link(PREPARATION_INDEX, p.path)})  \n"
                      f"  <small>{escape_md(_summary(p))}</small>" for p in members]
            lines.append("")
    lines += ["## Mẫu biên bản", "", "Biên bản trống để in và ghi tay tại buổi sinh hoạt:", ""]
    lines += [f"- [{escape_md(minutes_title(m))}]({link(PREPARATION_INDEX, minutes_path(m))})" for m in values("meeting_types")]
    lines.append("")
    return PREPARATION_INDEX, "\n".join(lines)


def preparation_markdown(preparation: Preparation) -> str:
    path = preparation.path
    sections = [(ph.phase, label("phase", ph.phase)) for ph in preparation.phases] + [(anchor, title) for anchor, title, _ in PARTS]
    lines = [
        f"# {escape_md(preparation.title)}",
        "",
        f"Bộ tài liệu để bí thư, chi ủy chuẩn bị và điều hành buổi {_lower_first(label('meeting_types', preparation.meeting_type))} "
        f"của {_lower_first(label('cell_types', preparation.cell_type))}.",
        "",
        '<p class="sotay-screen-only">Đánh dấu từng việc ngay trên điện thoại (máy tự nhớ, kể cả khi tải lại trang), hoặc in cả bộ ra giấy.</p>',
        "",
        '<p class="sotay-prep-actions" markdown="span"><button type="button" class="md-button md-button--primary" data-sotay-print hidden>'
        f"In cả bộ tài liệu</button> [Các bộ tài liệu khác]({link(path, PREPARATION_INDEX)})</p>",
        "",
        '<nav class="sotay-prep-toc" aria-label="Các phần của bộ tài liệu" markdown="block">',
        "",
        *[f"{n}. [{title}](#{anchor})" for n, (anchor, title) in enumerate(sections, start=1)],
        "",
        "</nav>",
        "",
    ]
    for phase in preparation.phases:
        lines += _phase_section(phase, path)
    lines += [signature_block(), ""]
    parts = {
        "van-ban": _guide_lines(preparation.guides, path) or ["Chưa có văn bản nào áp dụng.", ""],
        "sinh-hoat-mau": [*([entry(m, path) for m in preparation.meetings] or ["Chưa có buổi sinh hoạt mẫu nào."]),
                          "", f"[Tất cả sinh hoạt mẫu]({link(path, 'model-meetings/index.md')})", ""],
        "tu-cham-diem": [line for rubric in preparation.rubrics for line in _rubric_lines(rubric, path)]
                        or ["Chưa có khung chấm điểm nào áp dụng.", ""],
        "bien-ban": [minutes_form(preparation.meeting_type)],
    }
    for anchor, title, attributes in PARTS:
        lines += [f"## {title} {{#{anchor}{attributes}}}", "", *parts[anchor]]
    return "\n".join(lines)


def _phase(phase: str, checklists: list[Checklist], meeting_type: str, cell_type: str) -> PhaseChecklists:
    """Checklists naming this meeting type and cell type before those meant for every one; then by title."""
    def order(c: Checklist) -> tuple:
        return (-(meeting_type in c.meeting_types) - (cell_type in c.cell_types), c.title)
    files = sorted((c for c in checklists if not c.source_guide), key=order)
    drawn = sorted((c for c in checklists if c.source_guide), key=order)
    shown, others = (files, drawn) if files else (drawn, [])
    return PhaseChecklists(phase, tuple(shown[:INLINED_PER_PHASE]), tuple(shown[INLINED_PER_PHASE:] + others))


def _relevant_meetings(meetings: list[ModelMeeting], meeting_type: str, cell_type: str) -> list[ModelMeeting]:
    """Same meeting and cell type first, then the same meeting type, then the same cell type; newest first in each."""
    def rank(m: ModelMeeting) -> int:
        return 2 * (m.meeting_type == meeting_type) + (m.cell_type == cell_type)
    return sorted((m for m in meetings if rank(m)), key=lambda m: (-rank(m), -m.date.toordinal(), m.title))


def _phase_section(phase: PhaseChecklists, path: str) -> list[str]:
    lines = [f"## {label('phase', phase.phase)} {{#{phase.phase}}}", ""]
    for checklist in phase.inlined:
        lines += [f"### {escape_md(checklist.title)}", "",
                  f'<p class="sotay-prep-open" markdown="span">[Mở riêng danh mục này]({link(path, checklist.url_path)})</p>', "",
                  tickable_body(checklist), ""]
    if not phase.inlined:
        lines += ["Chưa có danh mục cho giai đoạn này.", ""]
    if phase.linked:
        shown = "; ".join(f"[{escape_md(c.title)}]({link(path, c.url_path)})" for c in phase.linked[:LINKS_SHOWN])
        lines += [f"Xem thêm: {shown}{_more(len(phase.linked), 'danh mục', path, 'checklists/index.md')}", ""]
    return lines


def _guide_lines(guides: tuple[Guide, ...], path: str) -> list[str]:
    lines = []
    for form in values("form"):
        members = [g for g in guides if g.form == form]
        if members:
            lines += [f"### {label('form', form)}", "", *[entry(g, path) for g in members[:LINKS_SHOWN]], ""]
            if len(members) > LINKS_SHOWN:
                lines += [f"Trên đây là {LINKS_SHOWN} văn bản mới nhất{_more(len(members), 'văn bản', path, 'guides/index.md')}", ""]
    return lines


def _more(count: int, noun: str, path: str, listing: str) -> str:
    """The end of a sentence saying how many of `count` were left out, with a link to where all of them are listed."""
    left = count - LINKS_SHOWN
    return f"; còn {left} {noun} khác trong [danh sách đầy đủ]({link(path, listing)})." if left > 0 else "."


def _rubric_lines(rubric: Rubric, path: str) -> list[str]:
    return [
        f"### {escape_md(rubric.title)}", "",
        f'<p class="sotay-prep-open" markdown="span">[Tự chấm điểm trên máy]({link(path, self_assessment_path(rubric))}){{ .md-button .md-button--primary }} '
        "nhập điểm từng tiêu chí, xem ngay tổng điểm, xếp loại và lý do.</p>", "",
        "Hoặc chấm trên giấy:", "",
        score_sheet(rubric), "",
        "Xếp loại: …………………… (xét từ mức cao xuống, nhận mức đầu tiên đủ mọi điều kiện)", "",
        *rating_list(rubric), "",
    ]


def _summary(preparation: Preparation) -> str:
    counts = [f"{sum(c.item_count for c in ph.inlined)} việc {_lower_first(label('phase', ph.phase))}" for ph in preparation.phases if ph.inlined]
    return " · ".join(counts + [f"{len(preparation.guides)} văn bản, hướng dẫn", f"{len(preparation.meetings)} sinh hoạt mẫu"])


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _ordinal(when: date | None) -> int:
    return when.toordinal() if when else 0
