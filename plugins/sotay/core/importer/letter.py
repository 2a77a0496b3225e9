"""The layout of official party letters and guidance, read from plain text.

Top left, the issuer lines (parent organisation, then the issuing body); top right, the national party
line and "place, ngày … tháng … năm …"; the number ("Số 750-CV/ĐUK"); a subject line ("V/v …") or a
centred type title ("HƯỚNG DẪN") with the subject below; "Kính gửi:"; the body; then "Nơi nhận:" and the
signature block ("T/M BAN THƯỜNG VỤ", the title, "(Đã ký)", the signer's name). Copies from word processors
keep the two columns on one line (split on tabs or runs of spaces) or put one column after the other.
"""

from __future__ import annotations

import re

from ..documents.docnumber import TYPE_CODES, as_written, find_numbers
from ..textfold import fold
from .draft import Draft
from .text import cells, date_in, to_blocks

_NATIONAL = {"dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
             "doc lap tu do hanh phuc"}
_KIND_TITLES = {fold(name): name for name in TYPE_CODES.values()}
_DECORATION = re.compile(r"^[\W_]+$")
_NUMBER_CELL = re.compile(r"^số\b", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:v/v|về việc)\s*:?\s*", re.IGNORECASE)
_ADDRESSEES = re.compile(r"^kính gửi\s*:?\s*", re.IGNORECASE)
_DISTRIBUTION = re.compile(r"^nơi nhận\s*:?", re.IGNORECASE)
_SIGNATURE = re.compile(r"^(?:T/M|TM\.?|K/T|KT\.?|T/L|TL\.?|Q\.|THAY MẶT|KÝ THAY)\s")
_PLACE_DATE = re.compile(r"^(?:[^\d,]{1,40},\s*)?ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+|\d{1,2}/\d{1,2}/)\d{4}\.?$",
                         re.IGNORECASE)
_SIGNER_TITLES = ("BÍ THƯ", "TRƯỞNG", "PHÓ", "ỦY VIÊN", "UỶ VIÊN", "CHÁNH", "CHỦ NHIỆM", "THƯỜNG TRỰC", "GIÁM ĐỐC")
_BODY_ISSUERS = ("BAN ", "VĂN PHÒNG", "ỦY BAN KIỂM TRA", "UỶ BAN KIỂM TRA")  # organs named without their committee


def looks_like_letter(lines: list[str]) -> bool:
    """Two or more of the letter's landmarks: national line, "Số …" number, addressees, distribution, signature."""
    firsts = [cells(line) for line in lines]
    marks = {
        "national": any(fold(c) in _NATIONAL for row in firsts for c in row),
        "number": any(_NUMBER_CELL.match(c) and find_numbers(c) for row in firsts for c in row),
        "addressees": any(row and _ADDRESSEES.match(row[0]) for row in firsts),
        "distribution": any(row and _DISTRIBUTION.match(row[0]) for row in firsts),
        "signature": any(_SIGNATURE.match(c) for row in firsts for c in row),
    }
    return sum(marks.values()) >= 2


def read_letter(lines: list[str]) -> Draft:
    header_end, fields = _header(lines)
    footer_start = next((i for i in range(header_end, len(lines)) if _opens_footer(cells(lines[i]))), len(lines))
    return Draft(layout="letter", body=to_blocks(lines[header_end:footer_start]),
                 signer=_signer(lines[footer_start:]), **fields)


def _header(lines: list[str]) -> tuple[int, dict]:
    """Where the body starts, and the fields of the header."""
    issuer_lines: list[str] = []
    subject: list[str] = []
    fields: dict = {}
    state = "top"  # top -> subject (lines continue the subject) -> addressees -> done
    index = 0
    for index, line in enumerate(lines):
        row = cells(line)
        if not row:
            if state in ("subject", "addressees"):
                state = "after"
            continue
        consumed = True
        for cell in row:
            folded = fold(cell)
            if folded in _NATIONAL or _DECORATION.match(cell):
                continue
            if "issued" not in fields and _PLACE_DATE.match(cell) and (day := date_in(cell)):
                fields["issued"] = day
            elif "number" not in fields and _NUMBER_CELL.match(cell) and len(cell) <= 40 and (found := find_numbers(cell)):
                fields["number"] = as_written(found[0])
                fields.setdefault("kind", found[0].doc.kind_name)
            elif _SUBJECT.match(cell) and not subject:
                subject.append(_SUBJECT.sub("về ", cell, count=1))
                state = "subject"
            elif folded in _KIND_TITLES and cell.isupper() and not subject:
                fields["kind"] = _KIND_TITLES[folded]
                state = "subject"
            elif match := _ADDRESSEES.match(cell):
                fields["addressees"] = cell[match.end():]
                state = "addressees"
            elif state == "addressees" and cell.startswith(("-", "+")):
                fields["addressees"] += " " + cell
            elif state == "subject":
                subject.append(cell)
            elif state == "top" and cell.isupper() and "number" not in fields:
                issuer_lines.append(cell)
            else:
                consumed = False
        if not consumed:
            break
    else:
        index = len(lines)
    fields["issuer"] = _issuer(issuer_lines)
    fields["title"] = _title(fields.get("kind"), fields.get("number"), " ".join(subject))
    return index, fields


def _issuer(lines: list[str]) -> str | None:
    """The issuing body: the last issuer line, with its committee when it names only an organ ("BAN TỔ CHỨC")."""
    if not lines:
        return None
    if len(lines) > 1 and lines[-1].startswith(_BODY_ISSUERS):
        return f"{lines[-1]} {lines[0]}"
    return lines[-1]


def _title(kind: str | None, number: str | None, subject: str) -> str | None:
    """"Công văn 750-CV/ĐUK về tổ chức …": the type, the number and the subject, as the text gives them."""
    subject = " ".join(subject.split())
    if subject.isupper():
        subject = subject.lower()
    if subject and not subject.startswith("Đảng"):
        subject = subject[0].lower() + subject[1:]
    named = " ".join(part for part in (kind if number or subject else None, number) if part)
    title = " ".join(part for part in (named, subject) if part)
    return title[0].upper() + title[1:] if title else None


def _opens_footer(row: list[str]) -> bool:
    return bool(row) and (_DISTRIBUTION.match(row[0]) is not None or any(_SIGNATURE.match(c) for c in row))


def _signer(footer: list[str]) -> str | None:
    """The last name in the signature block: not a distribution line, a title, a note in brackets or the marker."""
    signed = False
    name = None
    for row in (cells(line) for line in footer):
        for cell in row:
            if _SIGNATURE.match(cell):
                signed = True
            elif signed and not _is_furniture(cell):
                name = cell
    if name is None or len(name) > 40 or len(name.split()) > 5:
        return None
    return name.title() if name.isupper() else name


def _is_furniture(cell: str) -> bool:
    return (cell.startswith(("-", "+", "(", "*")) or _DISTRIBUTION.match(cell) is not None
            or (cell.isupper() and any(title in cell for title in _SIGNER_TITLES)) or _DECORATION.match(cell) is not None)
