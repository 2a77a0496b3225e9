"""Party document numbers (``03-HD/TU``): parse them, compare them, find them in running text.

A number is ``NUMBER-TYPE/ISSUER``. Reading is tolerant of what people type (spaces around ``-``,
a ``Số`` prefix, lower case, ``QD`` for ``QĐ``, decomposed Unicode) and strict about what is not a
number: nothing matches inside a word, decimal, date, path, URL or e-mail address.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["TYPE_CODES", "DocNumber", "Mention", "as_written", "find_numbers", "may_cite", "normalize", "parse_number"]

TYPE_CODES = MappingProxyType({
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "HD": "Hướng dẫn",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "CV": "Công văn",
    "BC": "Báo cáo",
    # Extra: not in DOMAIN.md's list, but common in party documents.
    "TTr": "Tờ trình",
    "CTr": "Chương trình",
    "QC": "Quy chế",
})

# Typed without diacritics, QĐ becomes QD. Only the type is folded back: QD is no other code, while an
# issuer written DUK may be a real code, so issuers keep their letters (``loose_key`` equates them).
_ASCII_SPELLINGS = {"QD": "QĐ", "QDI": "QĐi"}
_CODE_BY_SPELLING = {code.upper(): code for code in TYPE_CODES} | _ASCII_SPELLINGS
_KIND_BY_LOWER = {name.lower(): name for name in TYPE_CODES.values()}
_LOOSE_TYPE = {"QĐi": "QĐ"}

_NUMBER_FIELD = re.compile(r"[1-9][0-9]{0,4}")
_ISSUER_FIELD = re.compile(r"[A-ZĐ]{2,12}")


def normalize(text: str) -> str:
    """The NFC form of ``text``: what ``find_numbers`` searches and what its spans index."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, order=True)
class DocNumber:
    """A document number ``NUMBER-TYPE/ISSUER``.

    ``number`` holds the digits without leading zeros, so ``03-HD/TU`` and ``3-HD/TU`` are one document
    and ``canonical`` writes ``3-HD/TU``. ``type`` is a key of ``TYPE_CODES``; ``issuer`` is upper case.
    Ordering compares the fields as strings: stable, not numeric.
    """

    number: str
    type: str
    issuer: str

    def __post_init__(self) -> None:
        if not (
            _NUMBER_FIELD.fullmatch(self.number) and self.type in TYPE_CODES and _ISSUER_FIELD.fullmatch(self.issuer)
        ):
            raise ValueError(f"not a document number: {self.number!r}, {self.type!r}, {self.issuer!r}")

    @property
    def canonical(self) -> str:
        """``3-HD/TU``."""
        return f"{self.number}-{self.type}/{self.issuer}"

    @property
    def key(self) -> tuple[str, str, str]:
        """Exact identity: number, type, issuer."""
        return (self.number, self.type, self.issuer)

    @property
    def loose_key(self) -> tuple[str, str, str]:
        """Identity up to the variants real text mixes: QĐi written QĐ, Đ written D in the issuer."""
        return (self.number, _LOOSE_TYPE.get(self.type, self.type), self.issuer.replace("Đ", "D"))

    @property
    def kind_name(self) -> str:
        """The Vietnamese name of the type: "Hướng dẫn"."""
        return TYPE_CODES[self.type]


@dataclass(frozen=True)
class Mention:
    """A document number cited in text; ``start``/``end`` index the NFC text (see ``normalize``).

    The span covers a preceding kind ("Hướng dẫn số") and a following date when present.
    ``kind_word`` is that kind spelled as in ``TYPE_CODES``; it may differ from ``doc.kind_name``.
    """

    doc: DocNumber
    start: int
    end: int
    text: str
    kind_word: str | None
    date: datetime.date | None


def _either_case(word: str) -> str:
    """A pattern for ``word`` in any letter case.

    Spelled out rather than re.IGNORECASE, whose Unicode folding also admits look-alikes (Kelvin sign for K).
    """
    return "".join(f"[{c.upper()}{c.lower()}]" if c.upper() != c.lower() else re.escape(c) for c in word)


def _phrase(words: str) -> str:
    """A pattern for a phrase in any case, its words separated by any ``_SPACE``."""
    return _SPACE.join(_either_case(word) for word in words.split())


def _alternatives(phrases: Iterable[str]) -> str:
    """One of ``phrases``, longest first."""
    return "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))


_H = r"[ \t\u00a0]"  # horizontal space; NBSP comes from word processors
_GAP = rf"{_H}*(?:\r?\n{_H}*)?"  # optional space holding at most one line break: not across paragraphs
_SPACE = rf"(?:{_H}*\r?\n{_H}*|{_H}+)"  # the same, but at least one character
_D = re.escape("-\u2010\u2011\u2012\u2013\u2014\u2212")  # hyphen-minus and the dashes editors substitute
_SO = _phrase("số")

_NUMBER = rf"""
    (?<![\w./@{_D}])                    # not the tail of a word, decimal, path, date or address
    (?P<number>0*[1-9][0-9]{{0,4}})
    {_H}*[{_D}]{_H}*                    # "03 - HD/TU" is common in typed text
    (?P<type>{_alternatives(_CODE_BY_SPELLING)})
    {_H}*/{_H}*
    (?P<issuer>[A-Za-zĐđ]{{2,12}})
    (?![\w@]|[/{_D}]\w)                 # "HD/TU-UBND", "HD/TU/2018", "HD/TU@x.vn": something longer
"""

_LEAD = rf"""
    (?:
        (?<!\w)(?P<kind>{_alternatives(TYPE_CODES.values())}){_SPACE}(?:{_SO}{_GAP}:?{_GAP})?
      | (?<!\w){_SO}{_GAP}:?{_GAP}
    )?
"""

_DATE = rf"""
    (?:
        {_GAP},?{_GAP}
        (?:(?P<paren>\(){_GAP}(?:{_phrase("ngày")}{_SPACE})? | {_phrase("ngày")}{_SPACE})
        (?:
            (?P<day>[0-9]{{1,2}})(?P<sep>[/.{_D}])(?P<month>[0-9]{{1,2}})(?P=sep)(?P<year>[0-9]{{4}})
          | (?P<wday>[0-9]{{1,2}}){_SPACE}{_phrase("tháng")}{_SPACE}(?P<wmonth>[0-9]{{1,2}})
            {_SPACE}{_phrase("năm")}{_SPACE}(?P<wyear>[0-9]{{4}})
        )
        (?![0-9])
        (?(paren){_GAP}\))              # "(23/7/2025)" only with its closing parenthesis
    )?
"""

# Addresses are consumed whole so that no number is found inside them.
_ADDRESS = r"""
    (?<![A-Za-z0-9+.\-])[A-Za-z][A-Za-z0-9+.\-]*://\S+     # URL with a scheme
  | (?<![\w.])www\.\S+                                    # bare www. address
  | (?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+          # e-mail address
"""

_SCAN = re.compile(rf"(?P<address>{_ADDRESS}) | {_LEAD}{_NUMBER}{_DATE}", re.VERBOSE)
# What every number holds (digits, a dash, a type code, a slash), without the context checks: one fast
# pass that tells most texts have no number at all.
_CANDIDATE = re.compile(rf"[0-9]{_H}*[{_D}]{_H}*(?:{_alternatives(_CODE_BY_SPELLING)}){_H}*/")
_PARSE = re.compile(rf"(?:{_SO}{_GAP}:?{_GAP})?{_NUMBER}", re.VERBOSE)


def parse_number(text: str) -> DocNumber | None:
    """The number in ``text`` ("03-HD/TU", "Số 750-CV/ĐUK", "14 - qđi/tu"), or None if ``text`` is not one."""
    match = _PARSE.fullmatch(normalize(text).strip())
    return _doc(match) if match else None


def may_cite(text: str) -> bool:
    """False when ``text`` cites no document number for sure (``find_numbers`` would find none)."""
    return _CANDIDATE.search(normalize(text)) is not None


def find_numbers(text: str) -> list[Mention]:
    """Every document number cited in ``text``, in order; spans index ``normalize(text)``."""
    return [_mention(m) for m in _SCAN.finditer(normalize(text)) if m["address"] is None]


def as_written(mention: Mention) -> str:
    """The cited number with its digits as written and its letters canonical: "03-HD/TU" for "số 03 - hd/tu"."""
    digits = re.search(rf"(?<![0-9])0*{mention.doc.number}(?={_H}*[{_D}])", mention.text)
    return f"{digits[0] if digits else mention.doc.number}-{mention.doc.type}/{mention.doc.issuer}"


def _doc(match: re.Match[str]) -> DocNumber:
    return DocNumber(
        number=match["number"].lstrip("0"),
        type=_CODE_BY_SPELLING[match["type"].upper()],
        issuer=match["issuer"].upper(),
    )


def _mention(match: re.Match[str]) -> Mention:
    kind = match["kind"]
    return Mention(
        doc=_doc(match),
        start=match.start(),
        end=match.end(),
        text=match[0],
        kind_word=_KIND_BY_LOWER[" ".join(kind.split()).lower()] if kind else None,
        date=_date(match),
    )


def _date(match: re.Match[str]) -> datetime.date | None:
    """The cited date, or None when there is none or it is not a calendar date (31/02)."""
    year, month, day = match.group("year", "month", "day") if match["year"] else match.group("wyear", "wmonth", "wday")
    if year is None:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
