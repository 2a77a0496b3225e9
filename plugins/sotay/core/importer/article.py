"""News articles copied from a website: title, date, author and body, without the page's furniture.

Dropped: navigation crumbs ("Trang chủ > Xây dựng Đảng"), share and print buttons, view counters, tag
lines; everything from "Tin liên quan" (or "Bài viết liên quan", "Bình luận"…) on belongs to other
articles and is cut.
"""

from __future__ import annotations

import re

from ..textfold import fold
from .draft import Draft
from .text import date_in, to_blocks

_FURNITURE = {
    "chia se", "chia se bai viet", "facebook", "zalo", "twitter", "email", "gui email", "in", "in bai", "in bai viet",
    "ban in", "luu", "luu bai", "luu bai viet", "copy link", "sao chep lien ket", "quay lai", "tro ve", "ve dau trang",
    "dau trang", "trang chu", "like", "share", "tweet", "a a a", "a- a+", "a+ a-", "co chu", "nghe doc bai",
    "nghe bai viet", "doc bai", "theo doi", "tai ve", "bao loi", "gop y", "(gmt+7)",
}
_CRUMBS = re.compile(r"^(?:trang chu|home)\s*(?:[>»›/|]|$)")
_COUNTER = re.compile(r"^(?:so )?(?:luot (?:xem|doc|truy cap)|da xem|views?)\b\D{0,3}\d|^\d[\d.,]*\s*(?:luot (?:xem|doc)|views?)$")
_TAGS = re.compile(r"^(?:tu khoa|tags?|chu de)\s*:")
_END = re.compile(r"^(?:tin lien quan|bai viet lien quan|tin cung chuyen muc|cac tin khac|tin khac|bai lien quan|"
                  r"tin da dua|xem them|doc them|y kien ban doc|binh luan|gui binh luan)\b")
_AUTHOR = re.compile(r"^(?:tác giả|bài và ảnh|bài, ảnh|bài|người viết|phóng viên)\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_SOURCE = re.compile(r"^nguồn\s*:\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE)
_NAME = re.compile(r"^(?:[A-ZĐ\u00c0-\u1ef9][^\s.!?:;]*)(?:\s+[A-ZĐ\u00c0-\u1ef9(][^\s.!?:;]*){1,4}$")
_SUMMARY_LIMIT = 350


def read_article(lines: list[str]) -> Draft:
    kept: list[str] = []
    fields: dict = {}
    for line in lines:
        text = " ".join(line.split())
        folded = fold(text).rstrip(" :")
        if text and len(text) <= 60 and _END.match(folded):
            break
        if match := _AUTHOR.match(text):
            fields.setdefault("author", match["name"])
        elif match := _SOURCE.match(text):
            fields.setdefault("source_url", match["url"])
        elif not (folded in _FURNITURE or _CRUMBS.match(folded) or _COUNTER.match(folded) or _TAGS.match(folded)):
            kept.append(text)
    _take_title_and_date(kept, fields)
    if "author" not in fields and kept and _NAME.match(kept[-1]) and len(kept[-1]) <= 40:
        fields["author"] = kept.pop()
    blocks = to_blocks(kept)
    if len(blocks) > 1 and blocks[0].kind == "p" and len(blocks[0].text) <= _SUMMARY_LIMIT:
        fields["summary"], blocks = blocks[0].text, blocks[1:]
    return Draft(layout="article", body=blocks, **fields)


def _take_title_and_date(kept: list[str], fields: dict) -> None:
    """The first line is the title; a short dated line among the next few is the publication date."""
    while kept and not kept[0]:
        kept.pop(0)
    if kept and len(kept[0]) <= 250 and not _is_date_line(kept[0]):
        fields["title"] = kept.pop(0)
    for index, line in enumerate(kept[:4]):
        if _is_date_line(line):
            fields["issued"] = date_in(line)
            del kept[index]
            break


def _is_date_line(line: str) -> bool:
    return 0 < len(line) <= 80 and date_in(line) is not None
