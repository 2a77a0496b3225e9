"""Word (.docx) -> lines, through python-docx.

python-docx rather than mammoth: a party document's header and signature are two-column tables, and
python-docx gives each cell's paragraphs directly, in document order with the body's paragraphs; mammoth
would give HTML to parse again. Tables are read as tables.py says; each paragraph ends with an empty line, as
paragraphs do in plain text.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..encoding import ImportRefused
from . import Source
from .tables import table_lines


def read_docx(data: bytes) -> Source:
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportRefused(f"không đọc được tệp Word ({type(exc).__name__}): tệp hỏng hoặc không phải .docx; "
                            "mở bằng Word hoặc LibreOffice, lưu lại thành .docx rồi nhập lại") from None
    return Source(tuple(_content_lines(document.iter_inner_content())), "tệp Word (.docx)")


def _content_lines(items) -> list[str]:
    lines: list[str] = []
    for item in items:
        if isinstance(item, Paragraph):
            lines += item.text.split("\n") + [""]
        elif isinstance(item, Table):
            lines += _table_lines(item) + [""]
    return lines


def _table_lines(table: Table) -> list[str]:
    return table_lines([[_content_lines(cell.iter_inner_content()) for cell in _distinct(row.cells)] for row in table.rows])


def _distinct(cells) -> list:
    """The row's cells, a merged cell once (python-docx gives the same cell for every grid column it spans)."""
    seen: list = []
    for cell in cells:
        if not any(cell is other for other in seen):
            seen.append(cell)
    return seen
