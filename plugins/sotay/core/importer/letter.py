"""The layout of a party document (Hướng dẫn 36-HD/VPTW), read as a person reads it.

Top left: the superior body, the issuing body (often over two lines), a "*", the number ("Số 750-CV/ĐUK",
"Số: …" or the bare number) and, for a công văn, the subject in lower case under it ("V/v" or not). Top
right: "ĐẢNG CỘNG SẢN VIỆT NAM" and "place, ngày … tháng … năm …" (digits, or the month in words). Other
kinds have a centred kind title ("HƯỚNG DẪN") with the subject below. Then "Kính gửi:", the body, "Nơi nhận:"
with its list and the signature block (T/M, K/T, T/L, TM., Q.; the position; "(Đã ký)"; the name last).

Copies scramble this: a word processor keeps the columns on one line (tabs, runs of spaces), a web page or a
PDF puts one column after the other or runs both into one line; copying leaves "**" and stray "*". The
reader therefore classifies each piece of the header by what it is, not by where it stands, and splits a line
at the landmarks it knows (the national line, a place and date, a signature authority).
"""

from __future__ import annotations

import re

from ..documents.docnumber import TYPE_CODES, as_written, find_numbers
from ..textfold import fold
from .draft import Draft
from .names import is_position, person_name, sentence_case
from .text import cells, dates_in, is_decoration, is_upper, to_blocks

_NATIONAL = ("dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc",
             "doc lap tu do hanh phuc")
_KIND_TITLES = {fold(name): name for name in [*TYPE_CODES.values(), "Biên bản", "Đề án", "Thông tri"]}
_NUMBER_CELL = re.compile(r"^(?:số|so)\b\s*:?\s*", re.IGNORECASE)
_VV = re.compile(r"^v/v\b\s*:?\s*", re.IGNORECASE)  # "V/v" (về việc), as state-administration letters write it
_ADDRESSEES = re.compile(r"^kính gửi\s*:?\s*", re.IGNORECASE)
_DISTRIBUTION = re.compile(r"^nơi nhận\s*:?\s*", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(?:T/M|TM\.?|K/T|KT\.?|T/L|TL\.?|Q\.|THAY MẶT|KÝ THAY|THỪA LỆNH|QUYỀN)\s+\S")
_SIGNED = re.compile(r"^[(\[]\s*(?:đã ký|ký|đã ký và đóng dấu|ký tên|ký, đóng dấu|ký và đóng dấu)[^)\]]{0,30}[)\]]$", re.IGNORECASE)
_BODY_OPENERS = ("can cu", "thuc hien", "de ", "nham ", "theo ", "trong ", "qua ", "nay ", "tiep tuc", "kinh gui", "ngay ")
_SECTION = re.compile(r"^(?:[IVXL]{1,5}|\d{1,2}|[a-zđ])[.)]\s")
_LIST = re.compile(r"^[-+•–]\s*")
_DATE_WITHOUT_YEAR = re.compile(r"\bngay\s+\d{1,2}\s+thang\s+[a-z0-9 ]{1,9}\s+nam$")
# A line that starts a body of its own in the issuer column; other lines continue the one above.
_BODY_STARTS = ("dang bo", "dang uy", "tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "ban ", "van phong",
                "uy ban kiem tra", "chi bo", "dang doan", "ban can su", "bo chinh tri")
_ORGANS = ("ban ", "van phong", "uy ban kiem tra")  # named without their committee: "BAN TỔ CHỨC" under "TỈNH ỦY BÌNH AN"
_NUMBER_LENGTH = 40
_SUBJECT_TAIL = 40  # characters: a wrapped subject's last line may start with a capital ("II năm 2023")
_PAGE_TOP = 15  # lines of a page's own title and furniture above a party document it publishes
_LATE_HEADER = 6  # lines after the header where the right column may still come (a web copy puts it late)
_FOOTER_LOOKAHEAD = 8


def looks_like_letter(lines: list[str]) -> bool:
    """Two or more landmarks: the national line in capitals, a "Số …" number, addressees, distribution, signature,
    a kind title alone on its line ("HƯỚNG DẪN")."""
    rows = [cells(line) for line in lines]
    marks = {
        "national": any(_has_national(line) for line in lines),
        "number": any(_NUMBER_CELL.match(c) and find_numbers(c) for row in rows for c in row),
        "addressees": any(row and _ADDRESSEES.match(row[0]) for row in rows),
        "distribution": any(row and _DISTRIBUTION.match(row[0]) for row in rows),
        "signature": any(_AUTHORITY.match(c) for row in rows for c in row),
        "kind title": any(len(row) == 1 and is_upper(row[0]) and fold(row[0]).rstrip(" .:") in _KIND_TITLES for row in rows),
    }
    return sum(marks.values()) >= 2


def read_letter(lines: list[str]) -> Draft:
    header = _Header()
    body_start = len(lines)
    for index in range(_header_start(lines), len(lines)):
        if not header.take_row(header_cells(lines[index])):
            body_start = index
            break
    late = _late_right_column(header, lines, body_start)
    footer_start = _footer_start(lines, body_start)
    signature = _Signature()
    for line in lines[footer_start:]:
        for cell in footer_cells(line):
            signature.take(cell)
    body = [line for index, line in enumerate(lines[:footer_start]) if index >= body_start and index not in late]
    return Draft(layout="letter", body=to_blocks(body), **header.fields(), **signature.fields())


def _header_start(lines: list[str]) -> int:
    """The party document's first line: a web page puts its own title and furniture above it."""
    for index, line in enumerate(lines[:_PAGE_TOP]):
        for cell in header_cells(line):
            if fold(cell) in _NATIONAL or _names_body(cell) or _number(cell):
                return index
    return 0


def _late_right_column(header: _Header, lines: list[str], body_start: int) -> set[int]:
    """The lines just after the header that hold only the national line or the place and date (a web copy may put
    the right column after the subject's end), taken into the header."""
    late = set()
    for index in range(body_start, min(body_start + _LATE_HEADER, len(lines))):
        row = header_cells(lines[index])
        if header.issued is None and row and all(fold(c) in _NATIONAL or is_decoration(c) or _place_date(c) for c in row):
            header.take_row(row)
            late.add(index)
    return late


def header_cells(line: str) -> list[str]:
    """The pieces of a header line: its columns, each split again at a national line or a place and date run
    into it ("TỈNH ĐIỆN BIÊN Điện Biên Phủ, ngày 7 tháng 3 năm 2023")."""
    return [piece for cell in cells(line) for piece in _split_national(cell) for piece in _split_place_date(piece)]


def footer_cells(line: str) -> list[str]:
    """The pieces of a footer line: its columns, with a signature authority or position run into a
    distribution line ("- Như trên, PHÓ BÍ THƯ") and a "(Đã ký)" split off."""
    pieces = []
    for cell in cells(line):
        signed = re.search(r"[(\[]\s*đã ký[^)\]]{0,30}[)\]]", cell, re.IGNORECASE)
        if signed and signed.group() != cell:
            pieces += [p for p in (cell[:signed.start()].strip(), signed.group(), cell[signed.end():].strip()) if p]
        else:
            pieces.append(cell)
    return [part for piece in pieces for part in _split_capitals_tail(piece)]


class _Header:
    """The header read piece by piece; `take` says whether a piece belongs to it (the body starts at the first
    piece that does not)."""

    def __init__(self) -> None:
        self.issuer_lines: list[str] = []
        self.subject: list[str] = []
        self.addressees: list[str] = []
        self.number: str | None = None
        self.number_kind: str | None = None
        self.kind: str | None = None
        self.issued = None
        self.place: str | None = None
        self.state = "top"  # top -> number -> subject -> addressees -> after
        self.vv = False  # the subject was written "V/v …": the title says "về …"
        self.partial_date: str | None = None  # a place and date whose year the column wrapped to the next line

    def take_row(self, row: list[str]) -> bool:
        if not row:
            if (self.state == "subject" and self.subject) or self.state == "addressees":
                self.state = "after"
            return True
        return all(self.take(cell) for cell in row)

    def take(self, cell: str) -> bool:
        folded = fold(cell)
        if folded in _NATIONAL or is_decoration(cell) or (len(cell) <= 2 and not any(c.isdigit() for c in cell)):
            return True
        if self.partial_date and re.fullmatch(r"\d{4}\.?", cell):
            cell, self.partial_date = f"{self.partial_date} {cell}", None  # "… tháng mười một năm" / "2024"
        elif _DATE_WITHOUT_YEAR.search(folded) and _place_date(cell + " 2000"):
            self.partial_date = cell
            return True
        if place_date := _place_date(cell):
            if self.issued is None:
                self.place, self.issued = place_date
            return True
        if self.number is None and (number := _number(cell)):
            self.number, self.number_kind = number
            self.state = "number" if self.state == "top" else self.state
            return True
        if _NUMBER_CELL.match(cell) and len(cell) <= _NUMBER_LENGTH and any(c.isdigit() for c in cell):
            return True  # a number of a type no party document uses ("Số 03-BB/CB"): left out, reported missing
        if folded.rstrip(" .:") in _KIND_TITLES and is_upper(cell) and not self.subject and self.kind is None:
            self.kind = _KIND_TITLES[folded.rstrip(" .:")]
            self.state = "subject"
            return True
        if match := _ADDRESSEES.match(cell):
            self.addressees.append(cell[match.end():])
            self.state = "addressees"
            return True
        if self.state == "addressees":
            return self._addressee(cell)
        if (match := _VV.match(cell)) and not self.subject and self.state in ("top", "number", "subject"):
            self.subject.append(cell[match.end():])
            self.state = "subject"
            self.vv = True
            return True
        if self.state == "subject":
            return self._subject(cell)
        if self.state == "number" and cell[0].islower() and not self.subject:
            self.subject.append(cell)  # a công văn's subject, under its number, without "V/v"
            self.state = "subject"
            return True
        if self.state == "top" and (_names_body(cell) or (self.issuer_lines and is_upper(cell) and not _SECTION.match(cell))):
            self.issuer_lines.append(cell)  # a body, or the rest of its name wrapped to the next line ("TỈNH ĐIỆN BIÊN")
            return True
        return False

    def _subject(self, cell: str) -> bool:
        """The subject's first line follows the kind title; a wrapped line goes on in lower case, or is a short end
        (a longer line that starts otherwise is the body's, even without an empty line between)."""
        if cell[0].islower() or cell[0].isdigit():
            self.subject.append(cell)
            return True
        if fold(cell).startswith(_BODY_OPENERS) or _SECTION.match(cell) or _LIST.match(cell) or is_upper(cell):
            return False
        if not self.subject or (len(cell) <= _SUBJECT_TAIL and not cell.endswith((".", ":", ";"))):
            self.subject.append(cell)  # the first line, or a short wrapped end ("II năm 2023")
            return True
        return False

    def _addressee(self, cell: str) -> bool:
        if _LIST.match(cell) or not "".join(self.addressees).strip():
            self.addressees.append(cell)
            return True
        return False

    def fields(self) -> dict:
        issuer, parent = issuer_and_parent(self.issuer_lines)
        subject = " ".join(" ".join(self.subject).split()) or None
        kind = self.kind or self.number_kind
        return {
            "kind": kind, "number": self.number, "issuer": issuer, "parent": parent, "place": self.place,
            "issued": self.issued, "subject": subject,
            "addressees": " ".join(" ".join(self.addressees).split()) or None,
            "title": _title(kind, self.number, f"về {subject}" if subject and self.vv else subject),
        }


class _Signature:
    """The footer: distribution list, authority, position, "(Đã ký)", and the signer's name, in any order."""

    def __init__(self) -> None:
        self.distribution: list[str] = []
        self.authority: str | None = None
        self.position: list[str] = []
        self.names: list[str] = []
        self.in_distribution = False

    def take(self, cell: str) -> None:
        if match := _DISTRIBUTION.match(cell):
            self.in_distribution = True
            if rest := cell[match.end():].strip():
                self.distribution.append(_LIST.sub("", rest))
        elif _AUTHORITY.match(cell) and self.authority is None:
            self.authority = cell
            self.in_distribution = False
        elif _SIGNED.match(cell) or is_decoration(cell):
            return
        elif is_upper(cell) and is_position(cell) and not _LIST.match(cell):
            self.position.append(cell)
            self.in_distribution = False
        elif (name := person_name(cell)) and not _LIST.match(cell):
            self.names.append(name)
        elif _LIST.match(cell) or self.in_distribution:
            self.distribution.append(_LIST.sub("", cell))

    def fields(self) -> dict:
        return {"authority": self.authority, "position": " ".join(self.position) or None,
                "signer": self.names[-1] if self.names else None, "distribution": tuple(self.distribution)}


def issuer_and_parent(lines: list[str]) -> tuple[str | None, str | None]:
    """(issuing body, superior body) from the issuer column's lines, both in sentence case.

    A line that does not start a body ("TỈNH ĐIỆN BIÊN") continues the one above; the last body issues, the
    one above it is its superior. An organ named alone ("BAN TỔ CHỨC") is the organ of the committee above it.
    """
    bodies: list[str] = []
    for line in lines:
        if bodies and not fold(line).startswith(_BODY_STARTS):
            bodies[-1] += " " + line
        else:
            bodies.append(line)
    if not bodies:
        return None, None
    issuer = bodies[-1]
    parent = bodies[-2] if len(bodies) > 1 else None
    if parent and fold(issuer).startswith(_ORGANS) and "uy" in fold(parent).split():
        issuer = f"{issuer} {parent}"
    return sentence_case(issuer), sentence_case(parent) if parent else None


def _names_body(cell: str) -> bool:
    """A line of the issuer column that starts the name of a party body, in capitals ("ĐẢNG ỦY XÃ …"): capitals
    alone may be a web page's heading or a stray mark, never an issuer."""
    return is_upper(cell) and fold(cell).startswith(_BODY_STARTS)


def _number(cell: str) -> tuple[str, str] | None:
    """("750-CV/ĐUK", "Công văn") from "Số 750-CV/ĐUK", "Số: 750-CV/ĐUK" or the number alone."""
    rest = _NUMBER_CELL.sub("", cell, count=1)
    if len(rest) > _NUMBER_LENGTH:
        return None
    found = find_numbers(rest)
    if not found or found[0].start > 0 or rest[found[0].end:].strip(" .,;"):
        return None
    return as_written(found[0]), found[0].doc.kind_name


def _place_date(cell: str) -> tuple[str | None, object] | None:
    """(place, date) when the piece is "place, ngày … tháng … năm …" or "ngày dd/mm/yyyy" and nothing else."""
    found = dates_in(cell)
    if len(found) != 1 or found[0][1] != len(fold(cell).rstrip(" .")):
        return None
    start = found[0][0]
    before = cell[:start].strip()
    if not before:
        return (None, found[0][2]) if fold(cell).startswith("ngay") else None
    place = before.rstrip(",").strip()
    words = place.split()
    if not before.endswith(",") or not 1 <= len(words) <= 5 or not all(_is_place_word(w) for w in words):
        return None
    return place, found[0][2]


def _split_place_date(cell: str) -> list[str]:
    """"TỈNH ĐIỆN BIÊN Điện Biên Phủ, ngày 7 tháng 3 năm 2023" -> the issuer line and the place and date."""
    if len(fold(cell)) != len(cell):
        return [cell]
    for start, end, _ in dates_in(cell):
        if not fold(cell)[start:].startswith("ngay"):
            continue
        before = cell[:start].rstrip()
        if not before.endswith(","):
            if before.endswith("*") or not before:
                return [p for p in (before.rstrip("* ").strip(), cell[start:end]) if p] + _rest(cell, end)
            continue
        words = before[:-1].split()
        place: list[str] = []
        while words and len(place) < 5 and _is_place_word(words[-1]) and not is_upper(words[-1]):
            place.insert(0, words.pop())
        if place and words and words[-1] in ("TP.", "Tp."):
            place.insert(0, words.pop())
        if not place:
            continue
        head = " ".join(words).strip(" *")
        return [p for p in (head, f"{' '.join(place)}, {cell[start:end]}") if p] + _rest(cell, end)
    return [cell]


def _is_place_word(word: str) -> bool:
    """A word of a place name: "Điện", "Phủ", "TP."."""
    bare = word.rstrip(".")
    return word in ("TP.", "Tp.") or (bare.isalpha() and bare[0].isupper() and (len(bare) == 1 or bare[1:].islower()))


def _rest(cell: str, end: int) -> list[str]:
    rest = cell[end:].strip(" .")
    return [rest] if rest else []


def _split_national(cell: str) -> list[str]:
    """The national line run into an issuer line: "ĐẢNG BỘ TỈNH ĐIỆN BIÊN ĐẢNG CỘNG SẢN VIỆT NAM"."""
    folded = fold(cell)
    if len(folded) != len(cell) or folded in _NATIONAL:
        return [cell]
    for national in _NATIONAL:
        at = folded.find(national)
        if at >= 0 and cell[at:at + len(national)].isupper():
            parts = (cell[:at].strip(" *"), cell[at:at + len(national)], cell[at + len(national):].strip(" *"))
            return [p for p in parts if p]
    return [cell]


def _has_national(line: str) -> bool:
    folded = fold(line)
    return any((at := folded.find(n)) >= 0 and line[at:at + len(n)].isupper() for n in _NATIONAL) if len(folded) == len(line) else False


def _split_capitals_tail(cell: str) -> list[str]:
    """"- Như trên, PHÓ BÍ THƯ" -> the distribution line and the position; "Nơi nhận: T/M BAN THƯỜNG VỤ" likewise."""
    words = cell.split()
    for cut in range(1, len(words) - 1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if is_upper(tail) and any(c.islower() for c in head) and len(words) - cut >= 2 and (
                _AUTHORITY.match(tail) or (is_position(tail) and not is_position(head))):
            return [head, tail]
    return [cell]


def _footer_start(lines: list[str], body_start: int) -> int:
    """The first line of the distribution list or signature block after the body's start."""
    for index in range(body_start, len(lines)):
        row = cells(lines[index])
        if not row:
            continue
        if _DISTRIBUTION.match(row[0]) or any(_AUTHORITY.match(c) for c in row):
            return index
        if any(_bare_position(c) for c in row) and _name_follows(lines, index):
            return index
    return len(lines)


def _bare_position(cell: str) -> bool:
    return is_upper(cell) and is_position(cell) and len(cell.split()) <= 4 and not _SECTION.match(cell)


def _name_follows(lines: list[str], index: int) -> bool:
    return any(person_name(c) for line in lines[index + 1:index + 1 + _FOOTER_LOOKAHEAD] for c in cells(line))


def _title(kind: str | None, number: str | None, subject: str | None) -> str | None:
    """"Công văn 750-CV/ĐUK về tổ chức …": the type, the number and the subject, as the text gives them."""
    if subject and is_upper(subject):
        subject = subject.lower()
    if subject and not subject.startswith(("Đảng", "Chi bộ", "Ban ")):
        subject = subject[0].lower() + subject[1:]
    named = " ".join(part for part in (kind if number or subject else None, number) if part)
    title = " ".join(part for part in (named, subject) if part)
    return title[0].upper() + title[1:] if title else None
