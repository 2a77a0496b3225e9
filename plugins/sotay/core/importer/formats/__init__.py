"""One reader per format the office receives, each turning a file's bytes into the lines of one `Source`.

Lines keep the page's columns as tabs, paragraphs as empty lines, and are NFC text without control
characters; every format then meets the same layout readers (letter, article, meeting). The format is
told by the bytes first (a PDF named .txt is still a PDF), then by the file's extension.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from ..encoding import ImportRefused, decode_bytes, normalise_text
from ..ocrfix import correct_ocr

__all__ = ["SUPPORTED", "Source", "read_source"]

# Extensions a folder is searched for; a file named on its own may have any extension (read as text).
SUPPORTED = (".txt", ".text", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".html", ".htm")
_IMAGES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 (.doc) and other old Office files
_ZIP = b"PK\x03\x04"


@dataclass(frozen=True)
class Source:
    """What a format reader makes of a file: its text as lines, and what the file says about itself."""

    lines: tuple[str, ...]
    format: str  # how it was read, in Vietnamese, for the person importing: "PDF quét, nhận chữ bằng OCR"
    ocr: bool = False
    title: str | None = None  # from a web page's metadata
    date: date | None = None
    author: str | None = None
    url: str | None = None
    images: tuple[tuple[str, str], ...] = field(default=())  # (caption, address) of a page's pictures


def read_source(data: bytes, name: str) -> Source:
    """The Source of a file's bytes; ImportRefused (naming what to do) when they cannot be read."""
    suffix = PurePath(name).suffix.lower()
    # Each reader imports its library only when a file needs it: `sotay` starts for every command, and
    # trafilatura alone takes a good part of a second to import.
    if data.startswith(b"%PDF"):
        from .pdf import read_pdf
        return _clean(read_pdf(data))
    if image := next((kind for magic, kind in _IMAGES.items() if data.startswith(magic)), None):
        from .ocr import image_lines
        return _clean(Source(tuple(image_lines(data)), f"ảnh {image}, nhận chữ bằng OCR", ocr=True))
    if data.startswith(_ZIP):
        from .docx import read_docx
        return _clean(read_docx(data))
    if data.startswith(_OLE):
        raise ImportRefused("tệp Word cũ (.doc) chưa đọc được; mở bằng Word hoặc LibreOffice, lưu thành .docx "
                            "(hoặc PDF) rồi nhập lại")
    if suffix in (".html", ".htm") or _looks_like_html(data):
        from .html import read_html
        return _clean(read_html(data))
    if suffix in (".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"):
        raise ImportRefused(f"tệp mang đuôi {suffix} nhưng nội dung không phải tệp {suffix[1:].upper()}; có thể tệp bị hỏng "
                            "hoặc tải về chưa xong")
    decoded = decode_bytes(data)
    return _clean(Source(tuple(decoded.text.split("\n")), f"văn bản thuần, bảng mã {decoded.encoding}"))


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _clean(source: Source) -> Source:
    """Every reader's lines as NFC text without control characters (the content checks refuse those), OCR slips
    corrected (a text layer or a copied text may come from a scan too)."""
    lines = tuple(correct_ocr(line) for text in source.lines for line in normalise_text(text).split("\n"))
    if not any(line.strip() for line in lines):
        raise ImportRefused("tệp không có nội dung")
    return Source(lines, source.format, source.ocr, source.title, source.date, source.author, source.url, source.images)
