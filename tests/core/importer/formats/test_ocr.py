"""Images through tesseract: a small scan of a header read into lines, OCR slips corrected; without tesseract a
message that says what to install."""

from __future__ import annotations

import io
import os

import pytest

from sotay.core.importer import read_source
from sotay.core.importer.formats import ocr
from sotay.core.importer.formats.ocr import OcrUnavailable


def small_scan() -> bytes:
    """A header as a scanner gives it, small enough to read in a moment."""
    from fpdf import FPDF
    import pdfplumber

    from gen_import_corpus import FONT_DIR

    pdf = FPDF(format=(190, 40))
    pdf.set_margins(5, 5, 5)
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_page()
    pdf.set_font("serif", "", 12)
    for y, left, right in ((6, "ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG CỘNG SẢN VIỆT NAM"), (14, "ĐẢNG ỦY XÃ PHIÊNG LU", ""),
                           (22, "Số 87-CV/ĐU", "Phiêng Lu, ngày 15 tháng 11 năm 2024")):
        pdf.set_xy(5, y)
        pdf.cell(80, 6, left, align="C")
        pdf.set_xy(95, y)
        pdf.cell(90, 6, right, align="C")
    with pdfplumber.open(io.BytesIO(bytes(pdf.output()))) as document:
        image = document.pages[0].to_image(resolution=200).original.convert("L")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def with_tesseract():
    try:
        ocr.tesseract()
    except OcrUnavailable as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"!!! OCR not tested: {exc}")


def test_a_scanned_header_reads_as_rows_and_columns(with_tesseract):
    source = read_source(small_scan(), "anh.png")
    assert source.ocr and source.format == "ảnh PNG, nhận chữ bằng OCR"
    assert list(source.lines) == ["ĐẢNG BỘ TỈNH SƠN LÂM\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ PHIÊNG LU",
                                  "Số 87-CV/ĐU\tPhiêng Lu, ngày 15 tháng 11 năm 2024"]


def test_without_tesseract_the_message_names_the_packages(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    ocr.tesseract.cache_clear()
    try:
        with pytest.raises(OcrUnavailable, match="apt-get install tesseract-ocr tesseract-ocr-vie"):
            read_source(b"\x89PNG\r\n\x1a\n....", "anh.png")
    finally:
        ocr.tesseract.cache_clear()


def test_without_the_vietnamese_model_the_message_says_so(monkeypatch, tmp_path):
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'List of available languages (2):'\necho eng\necho osd\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    ocr.tesseract.cache_clear()
    try:
        with pytest.raises(OcrUnavailable, match="thiếu dữ liệu tiếng Việt"):
            ocr.tesseract()
    finally:
        ocr.tesseract.cache_clear()
