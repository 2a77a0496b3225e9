"""Images of pages (a scan, a photo, a PDF without text) -> lines, through Debian's tesseract with its
Vietnamese model (the domain's corrections of OCR slips follow, for every format: formats/__init__.py).

tesseract is called directly (its TSV output gives every word's box, which `positioned` turns into rows and
columns); a wrapper library would add nothing but a dependency. Without tesseract or its Vietnamese data the
import stops with a message naming the packages to install: an empty draft would look like a document
with nothing in it.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import unicodedata
from functools import cache

from ..encoding import ImportRefused
from .positioned import Word, page_lines

INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-vie"
_LANGUAGE = "vie"
_SPLIT_GAP = 1.5  # in word heights: a line tesseract runs across two columns is cut at a gap this wide
_TIMEOUT = 300  # seconds for one page: tesseract never needs this long unless something is wrong


class OcrUnavailable(ImportRefused):
    """The file needs OCR and this machine cannot do it; the message says what to install."""


@cache
def tesseract() -> str:
    """The tesseract program, after checking it has the Vietnamese model; OcrUnavailable otherwise."""
    program = shutil.which("tesseract")
    if program is None:
        raise OcrUnavailable(f"tệp là ảnh chụp hoặc bản quét, cần nhận chữ (OCR) nhưng máy chưa có chương trình tesseract; "
                             f"cài bằng lệnh: {INSTALL} rồi nhập lại")
    listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, check=False, timeout=60)
    if _LANGUAGE not in (listed.stdout + listed.stderr).split():
        raise OcrUnavailable(f"tesseract đã có nhưng thiếu dữ liệu tiếng Việt để nhận chữ; cài bằng lệnh: {INSTALL} rồi nhập lại")
    return program


def image_lines(image: bytes) -> list[str]:
    """The text of one page image (PNG, JPEG, TIFF bytes) as lines."""
    result = subprocess.run([tesseract(), "stdin", "stdout", "-l", _LANGUAGE, "--psm", "3", "tsv"], input=image,
                            capture_output=True, check=False, timeout=_TIMEOUT,
                            env={**os.environ, "OMP_THREAD_LIMIT": "1"})  # one thread: faster on small machines
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ImportRefused(f"tesseract không đọc được ảnh: {message[-1] if message else 'lỗi không rõ'}")
    return [_without_diaeresis(line) for line in page_lines(_segments(result.stdout.decode("utf-8", "replace")))]


def _without_diaeresis(line: str) -> str:
    """"quý Ï" -> "quý I": Vietnamese never writes a diaeresis, OCR sometimes reads one into a mark or a speck."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", line).replace("\u0308", ""))


def _segments(tsv: str) -> list[Word]:
    """Each line tesseract found, cut where it runs across a column gap, as one placed piece of text."""
    lines: dict[tuple[str, str, str], list[Word]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top, width, height = (float(row[key]) for key in ("left", "top", "width", "height"))
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(Word(text, left, left + width, top, top + height))
    segments = []
    for words in lines.values():
        height = max(w.height for w in words)
        piece = [words[0]]
        for before, word in zip(words, words[1:]):
            if word.x0 - before.x1 > _SPLIT_GAP * height:
                segments.append(_joined(piece))
                piece = []
            piece.append(word)
        segments.append(_joined(piece))
    return segments


def _joined(words: list[Word]) -> Word:
    return Word(" ".join(w.text for w in words), min(w.x0 for w in words), max(w.x1 for w in words),
                min(w.top for w in words), max(w.bottom for w in words))
