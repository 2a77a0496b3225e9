"""News articles: title, date, author and body, without the page's furniture.

A saved web page reaches here as the main text trafilatura found, with the title, date and author its
metadata gave (formats/html.py); a copied article as plain lines. Either way the furniture that party
websites put around and inside an article is dropped here: navigation crumbs, share and print buttons,
rating and visit-counter lines, "Back to top", a photo caption repeated in the text; everything from
"Tin liên quan", "Văn bản mới" (or "Bài viết liên quan", "Bình luận"…) on belongs to other pages and is cut.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..textfold import fold
from .draft import Draft
from .names import person_name
from .text import date_in, dates_in, to_blocks

_FURNITURE = {
    "chia se", "chia se bai viet", "facebook", "zalo", "twitter", "email", "gui email", "in", "in bai", "in bai viet",
    "ban in", "luu", "luu bai", "luu bai viet", "copy link", "sao chep lien ket", "quay lai", "tro ve", "ve dau trang",
    "dau trang", "len dau trang", "trang chu", "like", "share", "tweet", "a a a", "a- a+", "a+ a-", "co chu", "nghe doc bai",
    "nghe bai viet", "doc bai", "theo doi", "tai ve", "bao loi", "gop y", "(gmt+7)", "back to top", "top", "in trang",
    "gui bai viet", "gui cho ban be", "phong chu", "co chu: a a a",
}
_CRUMBS = re.compile(r"^(?:trang chu|home)\s*(?:[>»›/|]|$)")
_COUNTER = re.compile(r"^(?:so )?(?:luot (?:xem|doc|truy cap)|da xem|views?|tong (?:so )?luot truy cap|dang truy cap|"
                      r"dang online|truy cap hom nay|hom nay|hom qua|trong thang|tong cong)\b\D{0,3}\d"
                      r"|^\d[\d.,]*\s*(?:luot (?:xem|doc|danh gia|binh chon)|views?|nguoi (?:xem|doc))$")
_RATING = re.compile(r"^(?:danh gia|binh chon|xep hang)\b.{0,40}(?:\d|[★☆*])|^[★☆*\s]{3,}(?:\(?\d.*)?$|^\(?\d+ (?:danh gia|luot danh gia)\)?$")
_TAGS = re.compile(r"^(?:tu khoa|tags?|chu de)\s*:")
_END = re.compile(r"^(?:tin lien quan|bai viet lien quan|tin cung chuyen muc|cac tin khac|tin khac|bai lien quan|"
                  r"tin da dua|xem them|doc them|y kien ban doc|binh luan|gui binh luan|van ban moi|van ban khac|"
                  r"van ban lien quan|tin moi|tin moi nhat|tin doc nhieu|cac bai viet khac)\b")
_AUTHOR = re.compile(r"^(?:tác giả|bài và ảnh|bài, ảnh|bài|người viết|phóng viên|tin, ảnh|tin và ảnh)\s*:\s*(?P<name>.+)$",
                     re.IGNORECASE)
_SOURCE = re.compile(r"^nguồn\s*:\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE)
_CAPTION = re.compile(r"^(?:ảnh|hình)\s*(?:\d+)?\s*:", re.IGNORECASE)
_SUMMARY_LIMIT = 350
_CAPTION_LIMIT = 300  # characters: a longer line shown twice is a passage quoted again, not a caption
_AUTHOR_LIMIT = 60
_DATELINE_WORDS = 5  # besides the date: a weekday, a time, "Cập nhật:"


@dataclass(frozen=True)
class PageFacts:
    """What a saved page's metadata says, each None when it says nothing."""

    title: str | None = None
    date: date | None = None
    author: str | None = None
    url: str | None = None
    captions: tuple[str, ...] = ()  # of the page's pictures: a paragraph repeating one is not the article's


def read_article(lines: list[str], page: PageFacts = PageFacts()) -> Draft:
    kept: list[str] = []
    fields: dict = {}
    seen: set[str] = set()
    texts = [" ".join(line.split()) for line in lines]
    captions = {" ".join(c.split()) for c in page.captions} | _repeated_captions(texts)
    for text in texts:
        folded = fold(text).rstrip(" :")
        if text and len(text) <= 60 and _END.match(folded):
            break
        if match := _AUTHOR.match(text):
            fields.setdefault("author", _author(match["name"]))
        elif match := _SOURCE.match(text):
            fields.setdefault("source_url", match["url"])
        elif _is_furniture(text, folded) or text in captions:
            continue
        elif text and text in seen:
            continue  # a long passage the page shows twice (a pull quote): its first place is kept
        else:
            kept.append(text)
            seen.add(text)
    if page.title:
        fields["title"] = " ".join(page.title.split())
        if kept and fold(kept[0]) == fold(fields["title"]):
            kept.pop(0)
    if page.date:
        fields["issued"] = page.date
    if page.author and (author := _author(page.author)):
        fields["author"] = author
    if page.url:
        fields.setdefault("source_url", page.url)
    _take_title_and_date(kept, fields)
    if "author" not in fields and kept and len(kept[-1]) <= 40 and person_name(kept[-1]):
        fields["author"] = kept.pop()
    blocks = to_blocks(kept)
    if len(blocks) > 1 and blocks[0].kind == "p" and len(blocks[0].text) <= _SUMMARY_LIMIT:
        fields["summary"], blocks = blocks[0].text, blocks[1:]
    fields = {key: value for key, value in fields.items() if value}
    return Draft(layout="article", body=blocks, **fields)


def _repeated_captions(texts: list[str]) -> set[str]:
    """The lines the page shows twice that are short or name a picture ("Ảnh: …"): a photo's caption, under the
    picture and again in the text, is neither the article's first paragraph nor part of it."""
    counts = Counter(text for text in texts if text)
    return {text for text, count in counts.items() if count > 1 and (len(text) <= _CAPTION_LIMIT or _CAPTION.match(text))}


def _is_furniture(text: str, folded: str) -> bool:
    return folded in _FURNITURE or bool(_CRUMBS.match(folded) or _COUNTER.match(folded) or _TAGS.match(folded)
                                        or _RATING.match(folded))


def _author(name: str) -> str | None:
    """The author's name as the page writes it; None for something longer than a name."""
    name = " ".join(name.split()).strip(" .")
    return name if 0 < len(name) <= _AUTHOR_LIMIT else None


def _take_title_and_date(kept: list[str], fields: dict) -> None:
    """The first line is the title (unless the page's metadata gave one); a short dated line among the next few
    is the publication date (unless the metadata gave one: the line is dropped all the same)."""
    while kept and not kept[0]:
        kept.pop(0)
    if "title" not in fields and kept and len(kept[0]) <= 250 and not _is_date_line(kept[0]):
        fields["title"] = kept.pop(0)
    for index, line in enumerate(kept[:4]):
        if _is_date_line(line):
            fields.setdefault("issued", date_in(line))
            del kept[index]
            break


def _is_date_line(line: str) -> bool:
    """A dateline ("Thứ Hai, 05/05/2025 08:30 (GMT+7)"), not a sentence that starts with a date."""
    found = dates_in(line)
    if not 0 < len(line) <= 80 or not found:
        return False
    start, end, _ = found[0]
    return len((line[:start] + " " + line[end:]).split()) <= _DATELINE_WORDS
