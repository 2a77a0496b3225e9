"""The model-meeting explorer: every meeting in one table to filter, sort and pick from.

The table is raw HTML inside the Markdown, so rows carry their filter values and cells their sort keys, and
Markdown passes it through as it is: parsed into elements (md_in_html), the rows of a large base would
take much memory for the time of the conversion. Its links point at source files (`….md`), which the page asks the site
generator to check and rewrite as it does Markdown links (`links_in_html` in its front matter).

The page holds the newest ROWS_IN_PAGE meetings, a plain table without JavaScript; the rows of the others
wait in data files of ROWS_A_PART rows (EXPLORER_DATA), which the page's script adds to the table. All in
the page, a large base's meetings would make a page too heavy for a phone to load and the build to convert.
A row of a data file has no link target: the script makes it from the slug, as the page's rows link.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...site.listings import link
from ..rubric import format_points
from .compare import MAX_MEETINGS
from .facts import MeetingFacts, cell_type_label, meeting_type_label, percent
from .markup import attr, text
from .paths import COMPARE, EXPLORER, EXPLORER_DATA, PACK, TITLES
from .selection import tokens
from .widgets import data_files, filter_form, front_matter

COLUMNS = (  # (heading, sort type); the first column is the row header
    ("Chi bộ", "text"),
    ("Ngày", "text"),
    ("Loại sinh hoạt", "text"),
    ("Loại hình chi bộ", "text"),
    ("Đảng bộ", "text"),
    ("Tỷ lệ dự", "number"),
    ("Tỷ lệ phát biểu", "number"),
    ("Tổng điểm", "number"),
    ("Xếp loại ghi", "number"),
    ("So với khung", "text"),
)
DEFAULT_SORT = 1  # newest first, the order the table is written in
ROWS_IN_PAGE = 100  # the newest meetings written in the page: what a reader without JavaScript sees
ROWS_A_PART = 500  # rows a data file holds


def explorer_pages(facts: list[MeetingFacts]) -> Iterator[tuple[str, str]]:
    """The page, then the data files of the rows it does not hold, made one at a time."""
    rest = facts[ROWS_IN_PAGE:]
    yield _page(facts, -(-len(rest) // ROWS_A_PART))
    yield from data_files(EXPLORER_DATA, "rows", rest, ROWS_A_PART, lambda f: _row(f, linked=False))


def _page(facts: list[MeetingFacts], parts: int) -> tuple[str, str]:
    heads = "".join(
        f'<th scope="col" data-sort-type="{kind}"' + (' aria-sort="descending"' if i == DEFAULT_SORT else "") + f">{text(name)}</th>"
        for i, (name, kind) in enumerate(COLUMNS))
    rows = "\n".join(_row(f) for f in facts[:ROWS_IN_PAGE])
    data = f' data-sotay-rows="{EXPLORER_DATA}" data-parts="{parts}"' if parts else ""
    note = [f'<p class="sotay-rows-note" data-sotay-rows-note markdown="span">Bảng dưới đây có {ROWS_IN_PAGE} buổi mới nhất. '
            f"Trang cần JavaScript để thêm {len(facts) - ROWS_IN_PAGE} buổi còn lại vào bảng; không có JavaScript, "
            f"xem đủ các buổi ở [danh sách sinh hoạt mẫu]({link(EXPLORER, 'model-meetings/index.md')}).</p>", ""] if parts else []
    body = [
        front_matter(TITLES[EXPLORER], ("navigation", "toc"),
                     ("filters.js", "selection.js", "filter-form.js", "table-sort.js", "site-data.js", "explorer.js"), links_in_html=True),
        f"# {TITLES[EXPLORER]}",
        "",
        f"Tất cả {len(facts)} buổi sinh hoạt mẫu trong sổ tay, mới nhất trước. Bấm tên cột để sắp xếp, chọn bộ lọc để "
        f"thu hẹp; đánh dấu từ 2 đến {MAX_MEETINGS} buổi để so sánh, hoặc in các buổi đang hiện thành bộ tài liệu tập huấn.",
        "",
        filter_form(facts, "Lọc các buổi sinh hoạt mẫu"),
        "",
        f'<p class="sotay-explorer-actions" markdown="span">[So sánh các buổi đã chọn]({link(EXPLORER, COMPARE)}){{ .md-button data-sotay-action="compare" }} '
        f'[In bộ tài liệu]({link(EXPLORER, PACK)}){{ .md-button data-sotay-action="pack" }}</p>',
        "",
        *note,
        '<p class="sotay-scroll-hint">Vuốt ngang để xem thêm cột.</p>',
        "",
        '<div class="sotay-table-scroll" role="region" aria-label="Bảng các buổi sinh hoạt mẫu" tabindex="0">',
        f'<table class="sotay-explorer" data-sotay-explorer{data}>',
        f"<thead><tr>{heads}</tr></thead>",
        "<tbody>",
        rows,
        "</tbody>",
        "</table>",
        "</div>",
        "",
    ]
    return EXPLORER, "\n".join(body)


def _row(f: MeetingFacts, linked: bool = True) -> str:
    target = f' href="{attr(link(EXPLORER, f.url_path))}"' if linked else ""
    cells = [
        f'<th scope="row" data-slug="{attr(f.slug)}"><a{target}>{text(f.cell)}</a></th>',
        _cell(f.date.isoformat(), text(f.date_label)),
        _cell(meeting_type_label(f.meeting_type), text(meeting_type_label(f.meeting_type))),
        _cell(cell_type_label(f.cell_type), text(cell_type_label(f.cell_type))),
        _cell(f.organization, text(f.organization)),
        _rate(f.attendance_rate, f.attended, f.members),
        _rate(f.speaking_rate, f.speakers, f.attended),
        _cell(f.score_rate, f"{format_points(f.total)}/{format_points(f.max_total)}") if f.score_rate is not None else _cell(None, "—"),
        _cell(f.rating_rank, text(f.rating_label)),
        _fits(f),
    ]
    return f'<tr data-filters="{attr(tokens(f))}">{"".join(cells)}</tr>'


def _cell(sort_key: object, html: str, cls: str = "") -> str:
    sort = f' data-sort="{"" if sort_key is None else attr(sort_key)}"'  # empty: no data, sorted last either way
    css = f' class="{cls}"' if cls else ""
    return f"<td{sort}{css}>{html}</td>"


def _rate(rate: float | None, part: int | None, whole: int | None) -> str:
    if rate is None:
        return _cell(None, "—")
    return _cell(f"{rate:.4f}", f"{percent(rate)}<br><small>{part}/{whole}</small>")


def _fits(f: MeetingFacts) -> str:
    if f.rating_fits is None:
        return _cell(None, "—")
    if f.rating_fits:
        return _cell("khớp", "Khớp", "sotay-fits")
    return _cell("chưa khớp", f"Chưa khớp: theo khung là {text(f.computed_label)}", "sotay-misfit")

