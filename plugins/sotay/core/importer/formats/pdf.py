"""PDF -> lines: the text layer through pdfplumber (words with their positions, so that the header's columns
come out as columns), and pages without text (a scan) through OCR.

pdfplumber rather than pypdf: it gives each word's box, which the column reading needs, and it renders pages
to images (with pdfium) for OCR, so scanned PDFs need neither poppler nor a second library.
"""

from __future__ import annotations

import io

import pdfplumber

from ..encoding import ImportRefused
from . import Source
from .ocr import image_lines
from .positioned import Word, page_lines

_OCR_RESOLUTION = 300  # dots per inch: tesseract reads body text best with letters 20-30 pixels high
_TEXT_PAGE = 20  # characters: a page with fewer has no real text layer (a scan, perhaps with a stamp's text)


def read_pdf(data: bytes) -> Source:
    try:
        document = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds of errors on damaged or encrypted files
        raise ImportRefused(f"không mở được tệp PDF ({type(exc).__name__}): tệp hỏng, chưa tải xong hoặc có mật khẩu; "
                            "mở bằng trình đọc PDF, lưu lại (hoặc in ra PDF) rồi nhập lại") from None
    lines: list[str] = []
    scanned = 0
    with document:
        pages = len(document.pages)
        for page in document.pages:
            words = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in page.extract_words()]
            if sum(len(w.text) for w in words) < _TEXT_PAGE and page.images:
                scanned += 1
                lines += image_lines(_page_image(page)) + [""]
            else:
                lines += page_lines(words) + [""]
    if scanned:
        return Source(tuple(lines), f"PDF quét ({scanned}/{pages} trang), nhận chữ bằng OCR", ocr=True)
    return Source(tuple(lines), "PDF có lớp chữ")


def _page_image(page) -> bytes:
    buffer = io.BytesIO()
    page.to_image(resolution=_OCR_RESOLUTION).original.save(buffer, format="PNG")
    return buffer.getvalue()
