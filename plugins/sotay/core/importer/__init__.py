"""Import old documents (official letters and guidance, news articles) as content files.

`import_bytes` reads the bytes (legacy encodings converted or refused by name), recognises the layout,
and writes a guide whose front matter holds only what the text says; what it could not find is
reported in `Imported.missing`, never invented. The same bytes always give the same file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..documents.docnumber import parse_number
from ..scaffold import short_slug
from ..textfold import slugify
from .article import read_article
from .draft import Draft
from .encoding import ImportRefused, decode_bytes
from .letter import looks_like_letter, read_letter
from .markdown import body_markdown, front_matter, references, source_of

__all__ = ["ImportRefused", "Imported", "import_bytes"]

_FALLBACK_TITLE_LIMIT = 120


@dataclass(frozen=True)
class Imported:
    slug: str
    form: str
    layout: str
    encoding: str
    text: str
    missing: tuple[str, ...]  # what the text did not say, in Vietnamese, for the person importing


def import_bytes(data: bytes, name: str) -> Imported:
    """The content file for a document's bytes; ImportRefused when the bytes cannot be read as Vietnamese text."""
    decoded = decode_bytes(data)
    lines = decoded.text.split("\n")
    if not any(line.strip() for line in lines):
        raise ImportRefused("tệp không có nội dung")
    draft = read_letter(lines) if looks_like_letter(lines) else read_article(lines)
    missing = _missing(draft)
    official = draft.layout == "letter" and draft.number and draft.issuer and draft.issued
    title = draft.title or _first_words(draft)
    based_on, mentioned = references(draft)
    meta = {
        "title": title,
        "summary": draft.summary,
        "form": "van-ban" if official else "bai-viet",
        "number": draft.number,
        "issuer": draft.issuer,
        "signer": draft.signer,
        "issued": draft.issued,
        "based_on": based_on or None,
        "sources": [source_of(draft.source_url)] if draft.source_url else None,
    }
    meta = {key: value for key, value in meta.items() if value is not None}
    if draft.layout == "letter" and not official:
        missing += ("số hiệu, cơ quan ban hành và ngày ban hành chưa đủ nên tài liệu được ghi là bài viết (form: bai-viet)",)
    if official:
        missing += ("xác minh hiệu lực (verified): đối chiếu với nguồn chính thức rồi ghi ngày và nguồn",)
    comment = f"Nhập bằng `sotay import` từ tệp {name} (bảng mã {decoded.encoding}). Đọc lại, sửa nếu cần rồi xóa dòng này."
    text = front_matter(meta, comment) + body_markdown(draft, mentioned)
    return Imported(_slug(draft, title, text), meta["form"], draft.layout, decoded.encoding, text, missing)


def _missing(draft: Draft) -> tuple[str, ...]:
    wanted = (
        [("title", "trích yếu (tiêu đề lấy tạm từ câu đầu)"), ("number", "số hiệu"), ("issuer", "cơ quan ban hành"),
         ("issued", "ngày ban hành"), ("signer", "người ký")]
        if draft.layout == "letter" else
        [("title", "tiêu đề (lấy tạm từ câu đầu)"), ("issued", "ngày đăng"), ("author", "tác giả")]
    )
    return tuple(label for field, label in wanted if getattr(draft, field) is None)


def _first_words(draft: Draft) -> str:
    """A stand-in title from the first text, cut at a word; the import reports it."""
    text = " ".join((draft.summary or next((b.text for b in draft.body), "") or "Tài liệu nhập").split())
    if len(text) <= _FALLBACK_TITLE_LIMIT:
        return text
    return text[:_FALLBACK_TITLE_LIMIT].rsplit(" ", 1)[0] + "…"


def _slug(draft: Draft, title: str, text: str) -> str:
    """"cv-750-duk" from the number, as the base names official documents; else from the title."""
    number = parse_number(draft.number) if draft.number else None
    slug = slugify(f"{number.type} {draft.number.split('-')[0]} {number.issuer}") if number else short_slug(title)
    return slug or "nhap-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
