"""Saved web pages (.html) -> the main text's lines, with the title, date and author the page states, through
trafilatura.

trafilatura tells the article from the page around it by the page's structure (its method is evaluated on news
sites in many languages), and reads title, date (htmldate) and author from the metadata and bylines: no rule
here guesses which block is the article. Its date is taken only from the page's metadata and markup, not
searched for in the text, where the first date is as likely a cited document's; a visible dateline is the
article reader's to find, as is what trafilatura keeps of the furniture DOMAIN.md lists (counters, ratings,
"Tin liên quan" lines, repeated captions). The extracted tree is walked here rather than its text taken, so
that a party document's header table keeps its lines; pictures keep their address for a link.
"""

from __future__ import annotations

import re
from datetime import date

import trafilatura

from ..encoding import ImportRefused
from . import Source
from .tables import table_lines

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_BLOCKS = {"p", "head", "quote", "code"}


def read_html(data: bytes) -> Source:
    document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True,
                                           include_images=True, deduplicate=False,
                                           date_extraction_params={"extensive_search": False, "original_date": True})
    images: list[tuple[str, str]] = []
    captions = _figure_captions(data)
    lines = _element_lines(document.body, images, captions) if document is not None and document.body is not None else []
    if not any(line.strip() for line in lines):
        raise ImportRefused("không tìm thấy phần nội dung chính của trang web; mở trang bằng trình duyệt, chọn và chép "
                            "phần bài vào một tệp .txt rồi nhập tệp đó")
    return Source(tuple(lines), "trang web đã lưu", title=document.title or None, date=_date(document.date),
                  author=document.author or None, url=document.url or None, images=tuple(images))


def _figure_captions(data: bytes) -> dict[str, str]:
    """Each picture's caption (<figcaption>) by its address: the extracted tree keeps a picture's alt text only."""
    tree = trafilatura.load_html(data)
    captions = {}
    for figure in tree.iter("figure") if tree is not None else ():
        picture, caption = figure.find(".//img"), figure.find(".//figcaption")
        if picture is None or caption is None or not picture.get("src"):
            continue
        if text := " ".join(caption.text_content().split()):
            captions[picture.get("src")] = text
    return captions


def _element_lines(element, images: list[tuple[str, str]], captions: dict[str, str]) -> list[str]:
    """The lines of the extracted tree: a block is a paragraph (lines, then an empty line), a list's items are
    list lines, a table is read by tables.py, a picture is kept aside with its caption."""
    lines: list[str] = []
    for child in element:
        if child.tag in _BLOCKS:
            lines += _text(child).split("\n") + [""]
        elif child.tag == "list":
            lines += [f"- {_text(item)}" for item in child if item.tag == "item"] + [""]
        elif child.tag == "table":
            rows = [[_element_lines(cell, images, captions) if len(cell) else [_text(cell)] for cell in row] for row in child]
            lines += table_lines(rows) + [""]
        elif child.tag == "graphic":
            source = child.get("src") or ""
            images.append((captions.get(source) or child.get("alt") or child.get("title") or "", source))
        else:
            lines += _element_lines(child, images, captions)
    return lines


def _text(element) -> str:
    """An element's text, a line break (<lb/>) kept as one."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _date(text: str | None) -> date | None:
    match = _ISO_DATE.match(text or "")
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
