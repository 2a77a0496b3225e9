"""Generated pages — kind indexes, facet listings, what's new — as (path, Markdown) pairs.

Paths are site source paths ("guides/index.md"); links between pages are relative links to source files
("../guides/a.md"), so any generator that renders Markdown and resolves such links can serve these pages.
A listing's lists are raw HTML (entries and pager): a few hundred lines of links that Markdown would parse
and walk one inline pattern at a time, for no other result. Their front matter says `links_in_html: true`:
the generator resolves the `.md` links of raw HTML as it does Markdown's.
"""

from __future__ import annotations

import html
import posixpath
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from ..dates import format_date
from ..model import Checklist, Document, Guide, ModelMeeting, Rubric
from ..textfold import slugify
from ..vocabulary import label, values
from .entries import SHORTCUT_KIND, SHORTCUT_PAGE, PageEntry

CONTENT_KINDS = ("guides", "model-meetings", "checklists", "rubrics")  # in the order listings show them
BROWSE_DIR = "tra-cuu"
BROWSE_TITLE = "Tra cứu"
WHATS_NEW = "moi-cap-nhat.md"
WHATS_NEW_TITLE = "Văn bản mới và cập nhật"
WHATS_NEW_LIMIT = 30
HOME_MARKER = "<!-- sotay:moi-cap-nhat -->"
PAGE_SIZE = 100  # documents a listing page shows: a large facet is split into light pages
PAGER_REACH = 3  # pages linked on each side of the current one, besides the first and the last
LINKS_IN_HTML = "---\nlinks_in_html: true\n---\n"


@dataclass(frozen=True)
class Facet:
    slug: str
    title: str
    values_of: Callable[[Document], Iterable[str]]
    label_of: Callable[[str], str]


def _cell_types(doc: Document) -> Iterable[str]:
    return (doc.cell_type,) if isinstance(doc, ModelMeeting) else doc.cell_types


def _meeting_types(doc: Document) -> Iterable[str]:
    return (doc.meeting_type,) if isinstance(doc, ModelMeeting) else doc.meeting_types


def _year(doc: Document) -> Iterable[str]:
    when = doc.date if isinstance(doc, ModelMeeting) else doc.issued
    return (str(when.year),) if when else ()


FACETS = (
    Facet("hinh-thuc", "Hình thức", lambda d: (d.form,) if isinstance(d, Guide) else (), lambda v: label("form", v)),
    Facet("loai-hinh-chi-bo", "Loại hình chi bộ", _cell_types, lambda v: label("cell_types", v)),
    Facet("loai-sinh-hoat", "Loại sinh hoạt", _meeting_types, lambda v: label("meeting_types", v)),
    Facet("co-quan-ban-hanh", "Cơ quan ban hành", lambda d: (d.issuer,) if isinstance(d, Guide) and d.issuer else (), str),
    Facet("nam", "Năm", _year, str),
)


@lru_cache(maxsize=1 << 17)  # listings link the same documents from the same pages, build after build
def link(from_page: str, target: str) -> str:
    """Relative Markdown link from one source path to another."""
    return posixpath.relpath(target, posixpath.dirname(from_page) or ".")


def entry(doc: Document, from_page: str) -> str:
    """One listing line in Markdown: the linked title, then what tells documents apart at a glance."""
    facts = describe(doc)
    line = f"- [{escape_md(doc.title)}]({link(from_page, doc.url_path)})"
    return f"{line}  \n  <small>{escape_md(' · '.join(facts))}</small>" if facts else line


def issue_word(doc: Document) -> str:
    """How a document came out: an official document, or guidance a named body gave, is issued ("ban hành"); an
    article, or guidance written for the handbook, is published ("đăng")."""
    issued = isinstance(doc, Guide) and (doc.form == "van-ban" or (doc.form == "huong-dan" and bool(doc.issuer)))
    return "ban hành" if issued else "đăng"


def describe(doc: Document) -> list[str]:
    if isinstance(doc, Guide):
        when = f"{issue_word(doc)} {format_date(doc.issued)}" if doc.issued else ""
        status = label("status", doc.status) if doc.form == "van-ban" else ""
        return [part for part in (doc.number, doc.issuer, when, status) if part]
    if isinstance(doc, ModelMeeting):
        return [label("meeting_types", doc.meeting_type), label("cell_types", doc.cell_type), format_date(doc.date)]
    if isinstance(doc, Checklist):
        return [label("phase", doc.phase), f"{doc.item_count} việc"]
    if isinstance(doc, Rubric):
        return [f"{len(doc.criteria)} tiêu chí", f"tối đa {doc.max_total:g} điểm"]
    return []


_MARKDOWN_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


@lru_cache(maxsize=1 << 17)  # listings show the same titles build after build
def escape_md(text: str) -> str:
    """Text that Markdown shows as written: no link, emphasis or HTML made from a title."""
    return text.translate(_MARKDOWN_ESCAPES)


def kind_index(kind: str, documents: list[Document]) -> list[tuple[str, str]]:
    """The listing of one kind's documents, grouped; PAGE_SIZE documents a page."""
    return listing_pages(f"{kind}/index.md", label("kinds", kind), lambda page: [_count_line(len(documents)), ""],
                         _group(kind, documents))


def _group(kind: str, documents: list[Document]) -> list[tuple[str, list[Document]]]:
    if kind == "guides":
        return [(label("form", form), sorted((d for d in documents if d.form == form), key=_newest_first))
                for form in values("form") if any(d.form == form for d in documents)]
    if kind == "checklists":
        return [(label("phase", phase), [d for d in documents if d.phase == phase])
                for phase in values("phase") if any(d.phase == phase for d in documents)]
    if kind == "model-meetings":
        return [(label("meeting_types", mt), sorted((d for d in documents if d.meeting_type == mt), key=_newest_first))
                for mt in values("meeting_types") if any(d.meeting_type == mt for d in documents)]
    return [("", sorted(documents, key=lambda d: d.title))]


def _newest_first(doc: Document):
    when = doc.date if isinstance(doc, ModelMeeting) else (doc.issued or doc.updated)
    return (-(when.toordinal() if when else 0), doc.title)


def facet_pages(documents: list[Document]) -> list[tuple[str, str]]:
    """An overview of every facet and the listing of each facet value, browsable without JavaScript. Values
    written differently but with one slug ("Ban Tổ chức Trung ương" and "Ban Tổ chức Trung ương.") share a page,
    named by the first spelling met."""
    overview = [f"# {BROWSE_TITLE}", "", "Chọn một cách phân loại để xem các tài liệu tương ứng.", ""]
    pages = []
    for facet in FACETS:
        groups: dict[str, dict[str, Document]] = defaultdict(dict)  # slug -> the documents, each once, in order
        spellings: dict[str, str] = {}
        for doc in documents:
            for value in facet.values_of(doc):
                slug = slugify(value)
                if slug:  # a value without a letter or digit is an error of its own (validate/guide.py)
                    groups[slug][doc.url_path] = doc
                    spellings.setdefault(slug, value)
        if not groups:
            continue
        overview += [f"## {facet.title}", ""]
        for slug in sorted(groups, key=lambda s: (facet.slug == "nam" and -int(s), facet.label_of(spellings[s]))):
            path = f"{BROWSE_DIR}/{facet.slug}/{slug}.md"
            members = list(groups[slug].values())
            overview.append(f"- [{escape_md(facet.label_of(spellings[slug]))}]({link(BROWSE_DIR + '/index.md', path)}) ({len(members)})")
            pages += _facet_pages(path, facet, spellings[slug], members)
        overview.append("")
    return [(f"{BROWSE_DIR}/index.md", "\n".join(overview))] + pages


def _facet_pages(path: str, facet: Facet, value: str, documents: list[Document]) -> list[tuple[str, str]]:
    def intro(page: str) -> list[str]:
        return [_count_line(len(documents)), "", f"[← Tất cả cách tra cứu]({link(page, BROWSE_DIR + '/index.md')})", ""]

    sections = [(label("kinds", kind), sorted((d for d in documents if d.kind == kind), key=_newest_first))
                for kind in CONTENT_KINDS]
    return listing_pages(path, f"{facet.title}: {escape_md(facet.label_of(value))}", intro, [s for s in sections if s[1]])


def listing_pages(path: str, title: str, intro: Callable[[str], list[str]],
                  sections: list[tuple[str, list[Document]]]) -> list[tuple[str, str]]:
    """A listing of documents under section headings ("" for none), PAGE_SIZE documents a page: the first at
    `path`, the next at STEM/trang/2.md and on (no content file can be there: a kind's folder holds files
    only), each with links to the others above and below its list. `intro(page path)`: lines under the title."""
    pages = _split(sections, PAGE_SIZE) or [[]]
    stem = path.removesuffix(".md").removesuffix("/index")
    paths = [path] + [f"{stem}/trang/{number}.md" for number in range(2, len(pages) + 1)]
    made = []
    for number, (here, page) in enumerate(zip(paths, pages), 1):
        pager = _pager(here, paths, number)
        lines = [LINKS_IN_HTML, f"# {title}" + (f" — trang {number}" if number > 1 else ""), "", *intro(here), pager]
        for heading, members, continued in page:
            if heading:
                lines += [f"## {heading}" + (" (tiếp)" if continued else ""), ""]
            lines += ['<ul class="sotay-listing">', *(entry_html(doc, here) for doc in members), "</ul>", ""]
        made.append((here, "\n".join([*lines, pager])))
    return made


def entry_html(doc: Document, from_page: str) -> str:
    """One listing line as an HTML list item: the linked title, then what tells documents apart at a glance."""
    facts = describe(doc)
    line = f'<li><a href="{html.escape(link(from_page, doc.url_path))}">{html.escape(doc.title)}</a>'
    return line + (f"<br>\n<small>{html.escape(' · '.join(facts))}</small></li>" if facts else "</li>")


def _split(sections: list[tuple[str, list[Document]]], size: int) -> list[list[tuple[str, list[Document], bool]]]:
    """Pages of at most `size` documents, each a list of (heading, documents, whether the section began before)."""
    pages: list[list[tuple[str, list[Document], bool]]] = []
    room = 0
    for heading, documents in sections:
        start = 0
        while start < len(documents):
            if room == 0:
                pages.append([])
                room = size
            taken = documents[start:start + room]
            pages[-1].append((heading, taken, start > 0))
            start += len(taken)
            room -= len(taken)
    return pages


def _pager(here: str, paths: list[str], number: int) -> str:
    """Links to the previous and the next page, the first, the last and those near this one; "" for one page."""
    if len(paths) < 2:
        return ""

    def to(n: int, text: str) -> str:
        return f'<a href="{html.escape(link(here, paths[n - 1]))}">{text}</a>'

    shown = sorted({1, len(paths)} | set(range(max(1, number - PAGER_REACH), min(len(paths), number + PAGER_REACH) + 1)))
    parts = [to(number - 1, "‹ Trang trước")] if number > 1 else []
    for previous, n in zip([0, *shown], shown):
        parts += ["…"] if n - previous > 1 else []
        parts.append(f'<strong aria-current="page">{n}</strong>' if n == number else to(n, str(n)))
    parts += [to(number + 1, "Trang sau ›")] if number < len(paths) else []
    return f'<nav class="sotay-pager" aria-label="Các trang của danh sách">{" ".join(parts)}</nav>\n'


def recent_documents(documents: list[Document], limit: int) -> list[Document]:
    """The `limit` most recently issued or changed documents, newest first (the what's-new page and feed)."""
    # Checklists drawn from a guide share its history; listing them would show the same change twice.
    dated = sorted((d for d in documents if d.updated and not getattr(d, "source_guide", None)),
                   key=lambda d: (-d.updated.toordinal(), d.title))
    return dated[:limit]


def latest_note(doc: Document) -> str:
    """The note of the document's latest recorded change, or "" when none is recorded."""
    return max(doc.changes, key=lambda c: c.date).note if doc.changes else ""


def recent_entries(documents: list[Document], from_page: str, limit: int) -> str:
    """The `limit` most recently issued or changed documents as a Markdown list, newest first."""
    lines = []
    for doc in recent_documents(documents, limit):
        note = latest_note(doc)
        lines.append(f"- {format_date(doc.updated)} — [{escape_md(doc.title)}]({link(from_page, doc.url_path)})"
                     + (f"  \n  <small>{escape_md(note)}</small>" if note else ""))
    return "\n".join(lines) + "\n"


def whats_new(documents: list[Document]) -> tuple[str, str]:
    """"Văn bản mới và cập nhật": documents by their latest change or issue date, newest first."""
    return WHATS_NEW, f"# {WHATS_NEW_TITLE}\n\n" + recent_entries(documents, WHATS_NEW, WHATS_NEW_LIMIT)


def _count_line(count: int) -> str:
    return f"Có {count} tài liệu." if count else "Chưa có tài liệu nào."


def generated_pages(documents: list[Document]) -> list[tuple[str, str]]:
    """Every generated page of the site, in a stable order."""
    pages = [page for kind in CONTENT_KINDS
             for page in kind_index(kind, [d for d in documents if d.kind == kind])]
    return pages + facet_pages(documents) + [whats_new(documents)]


_KIND_DESCRIPTIONS = {
    "guides": "Mọi văn bản, hướng dẫn nghiệp vụ và bài viết của sổ tay, theo hình thức, mới nhất trước.",
    "model-meetings": "Các buổi sinh hoạt chi bộ mẫu kèm phần rút kinh nghiệm, theo loại sinh hoạt, mới nhất trước.",
    "checklists": "Danh mục việc cần làm trước, trong và sau buổi sinh hoạt, đánh dấu được ngay trên điện thoại.",
    "rubrics": "Các khung tiêu chí chấm điểm chất lượng sinh hoạt chi bộ, điểm tối đa và cách xếp loại.",
}


def listing_entries() -> list[PageEntry]:
    """The listing of each kind, the browsing overview and what's new, as search finds them."""
    kinds = [PageEntry(f"{kind}/index.md", label("kinds", kind), _KIND_DESCRIPTIONS[kind], ("danh sách", "tất cả"),
                       shortcut=SHORTCUT_KIND) for kind in CONTENT_KINDS]
    return kinds + [
        PageEntry(f"{BROWSE_DIR}/index.md", BROWSE_TITLE,
                  "Xem tài liệu theo hình thức, loại hình chi bộ, loại sinh hoạt, cơ quan ban hành hoặc năm.",
                  ("phân loại", "danh mục", "cơ quan ban hành", "loại hình chi bộ"), shortcut=SHORTCUT_PAGE),
        PageEntry(WHATS_NEW, WHATS_NEW_TITLE, "Tài liệu mới ban hành, mới đăng hoặc vừa sửa đổi, mới nhất trước.",
                  ("văn bản mới", "mới cập nhật", "tin mới"), shortcut=SHORTCUT_PAGE),
    ]
