"""Import received documents (party documents, news articles, model-meeting reports) as draft content files.

The plain path from bytes to a draft: `formats.read_source` turns a file of any format the office receives
(.txt in any encoding, .docx, .pdf with or without a text layer, images, saved .html pages) into lines;
`read_draft` reads the party-document layout, an article or a model-meeting report from them into a
`Draft` holding only what the text states; `import_bytes` writes it as a guide or a model meeting marked as an
unreviewed draft (`imported: {file, date, missing}`, guides also `status: du-thao`). What the reader could not
find is listed in the stamp for the reviewer, never invented. The same bytes on the same day give the same
file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date

from ..clock import build_date
from ..dates import format_date
from ..documents.docnumber import parse_number
from ..field_types import NAME_LENGTH, SENTENCE_LENGTH
from ..scaffold import short_slug
from ..textfold import slugify
from .article import PageFacts, read_article
from .draft import Block, Draft
from .encoding import ImportRefused
from .formats import SUPPORTED, Source, read_source
from .formats.ocr import OcrUnavailable
from .letter import looks_like_letter, read_letter
from .markdown import blocks_markdown, body_markdown, front_matter, references, source_of
from .meeting import is_meeting_report, read_meeting
from .review import ORIGIN_LABEL

__all__ = ["GUIDES", "MEETINGS", "MISSING_FIELDS", "ORIGIN_LABEL", "SUPPORTED", "Draft", "ImportRefused", "Imported", "OcrUnavailable", "Source",
           "import_bytes", "read_draft", "read_source"]

GUIDES, MEETINGS = "guides", "model-meetings"
_FALLBACK_TITLE_LIMIT = 120
_LETTER_FIELDS = [("subject", "trích yếu"), ("number", "số hiệu"), ("issuer", "cơ quan ban hành"),
                  ("issued", "ngày ban hành"), ("signer", "người ký")]
_ARTICLE_FIELDS = [("title", "tiêu đề"), ("issued", "ngày đăng"), ("author", "tác giả")]
_MEETING_REQUIRED = [("cell", "tên chi bộ"), ("organization", "đảng bộ cấp trên"), ("date", "ngày sinh hoạt"),
                     ("meeting_type", "loại sinh hoạt (thường kỳ hay chuyên đề)"), ("cell_type", "loại hình chi bộ")]
_MEETING_FIELDS = _MEETING_REQUIRED + [("members", "số đảng viên"), ("attended", "số đảng viên dự"),
                                       ("speakers", "số đảng viên phát biểu"), ("strengths", "ưu điểm"),
                                       ("limitations", "hạn chế"), ("lessons", "bài học kinh nghiệm")]
_MEETING_TYPES = {"thuong-ky": "thường kỳ", "chuyen-de": "chuyên đề"}
# The front-matter field that holds a draft's part: the subject goes into the title; what has no field of its own
# (author, a meeting's strengths, limitations, lessons) into the body.
_HELD_IN = {"subject": "title", "author": "body", "strengths": "body", "limitations": "body", "lessons": "body"}
# Each label `imported.missing` may list, with the front-matter field to fill (the editor highlights it).
MISSING_FIELDS = {label: _HELD_IN.get(part, part) for part, label in _LETTER_FIELDS + _ARTICLE_FIELDS + _MEETING_FIELDS}


@dataclass(frozen=True)
class Imported:
    slug: str
    kind: str  # the content folder: GUIDES or MEETINGS
    form: str | None  # a guide's form (van-ban, bai-viet); None for a model meeting
    layout: str  # what was read: letter, article or meeting
    format: str  # how the file was read, in Vietnamese
    text: str
    found: tuple[str, ...]  # the fields found, in Vietnamese
    missing: tuple[str, ...]  # the fields the text did not state, in Vietnamese
    notes: tuple[str, ...] = ()  # what else to review: values cut, stand-ins, OCR
    number: str | None = None  # the document number written, which no other file of the base may have
    issued: date | None = None  # the date of issue or publication written

    @property
    def to_review(self) -> tuple[str, ...]:
        """What the draft's stamp lists for the reviewer (`imported.missing`)."""
        return self.missing + self.notes


def read_draft(source: Source) -> Draft:
    """What the source's text states: a party document, a model-meeting report, or an article."""
    lines = list(source.lines)
    if looks_like_letter(lines):
        draft = replace(read_letter(lines), source_url=source.url)  # a web page may publish a party document
    else:
        draft = read_article(lines, PageFacts(source.title, source.date, source.author, source.url,
                                               tuple(caption for caption, _ in source.images)))
    return read_meeting(draft) if is_meeting_report(draft) else draft


def import_bytes(data: bytes, name: str, *, kind: str | None = None, today: date | None = None,
                 origin: str | None = None) -> Imported:
    """The draft content file for a file's bytes.

    `kind` forces the content folder (GUIDES or MEETINGS) instead of choosing by what the text is; a meeting
    missing a field every model meeting needs cannot be forced. `origin` (the path the file was imported from)
    is written in the file's first comment, where `sotay review` looks for the source. ImportRefused when the
    bytes cannot be read, or are read as nothing.
    """
    source = read_source(data, name)
    draft = read_draft(source)
    stamp_date = today or build_date()
    if draft.meeting:
        missing_required = [label for field, label in _MEETING_REQUIRED if getattr(draft.meeting, field) is None]
        if kind == MEETINGS and missing_required:
            raise ImportRefused(f"không ghi được thành sinh hoạt mẫu vì văn bản không nêu: {', '.join(missing_required)}; "
                                "bỏ --kind để ghi thành bài viết rồi bổ sung")
        if kind != GUIDES and not missing_required:
            return _meeting(draft, source, name, stamp_date, _comment(source, origin or name, ""))
    return _guide(draft, source, name, stamp_date, _comment(source, origin or name, " và đổi status"))


def _comment(source: Source, origin: str, status: str) -> str:
    """The draft's first line: how it was read, what to do before publishing, and where the source was."""
    return (f"Bản nháp do `sotay import` nhập ({source.format}); đối chiếu với bản gốc (`sotay review TỆP`), sửa cho "
            f"đúng rồi ghi verified: {{date, source}}{status} để phát hành. {ORIGIN_LABEL}{origin}")


def _guide(draft: Draft, source: Source, name: str, today: date, comment: str) -> Imported:
    notes = _Notes()
    found, missing = _fields(draft, _fields_of(draft))
    official = draft.layout != "article" and draft.number and draft.issuer and draft.issued
    title = draft.title or _first_words(draft)
    if not draft.title:
        notes.add("tiêu đề lấy tạm từ câu đầu")
    based_on, mentioned = references(draft)
    meta = {
        "title": notes.fit(title, NAME_LENGTH, "tiêu đề"),
        "summary": notes.fit(draft.summary, SENTENCE_LENGTH, "tóm tắt"),
        "form": "van-ban" if official else "bai-viet",
        "status": "du-thao",
        "number": draft.number,
        "issuer": notes.fit(draft.issuer, NAME_LENGTH, "cơ quan ban hành"),
        "signer": notes.fit(draft.signer, NAME_LENGTH, "người ký"),
        "issued": draft.issued,
        "based_on": based_on or None,
        "sources": [source_of(draft.source_url)] if _is_web_address(draft.source_url) else None,
    }
    if draft.layout != "article" and not official:
        notes.add("số hiệu, cơ quan ban hành và ngày ban hành chưa đủ nên tài liệu được ghi là bài viết (form: bai-viet)")
    if draft.meeting:
        lacking = [label for field, label in _MEETING_REQUIRED if getattr(draft.meeting, field) is None]
        notes.add(f"báo cáo sinh hoạt mẫu nhưng không nêu {', '.join(lacking)} nên được ghi vào hướng dẫn, bài viết" if lacking
                  else "báo cáo sinh hoạt mẫu được ghi vào hướng dẫn, bài viết theo yêu cầu (--kind)")
    body = body_markdown(draft, mentioned, source.images)
    return _imported(draft, source, name, today, comment, meta, body, found, missing, notes, GUIDES, meta["form"])


def _meeting(draft: Draft, source: Source, name: str, today: date, comment: str) -> Imported:
    meeting = draft.meeting
    notes = _Notes()
    found, missing = _fields(meeting, _MEETING_FIELDS)
    title = f"{meeting.cell}: sinh hoạt {_MEETING_TYPES[meeting.meeting_type]} mẫu ngày {format_date(meeting.date)}"
    meta = {
        "title": notes.fit(title, NAME_LENGTH, "tiêu đề"),
        "cell": notes.fit(meeting.cell, NAME_LENGTH, "tên chi bộ"),
        "organization": notes.fit(meeting.organization, NAME_LENGTH, "đảng bộ cấp trên"),
        "date": meeting.date,
        "meeting_type": meeting.meeting_type,
        "cell_type": meeting.cell_type,
        "members": meeting.members,
        "attended": meeting.attended,
        "speakers": meeting.speakers,
        "issued": draft.issued,
    }
    if None not in (meeting.members, meeting.attended) and meeting.attended > meeting.members:
        meta["attended"] = None
        notes.add(f"số dự ({meeting.attended}) lớn hơn số đảng viên ({meeting.members}): chưa ghi số dự")
    if None not in (meta["attended"], meeting.speakers) and meeting.speakers > meta["attended"]:
        meta["speakers"] = None
        notes.add(f"số phát biểu ({meeting.speakers}) lớn hơn số dự: chưa ghi số phát biểu")
    report = ", ".join(part for part in (
        " ".join(part for part in (draft.kind, draft.number) if part) or None,
        f"ngày {format_date(draft.issued)}" if draft.issued else None,
        f"của {draft.issuer}" if draft.issuer else None, f"người ký {draft.signer}" if draft.signer else None) if part)
    body = "\n\n".join(blocks_markdown(((Block("p", f"Theo {report}."),) if report else ()) + draft.body)) + "\n"
    return _imported(draft, source, name, today, comment, meta, body, found, missing, notes, MEETINGS, None)


def _imported(draft: Draft, source: Source, name: str, today: date, comment: str, meta: dict, body: str,
              found: tuple[str, ...], missing: tuple[str, ...], notes: _Notes, kind: str, form: str | None) -> Imported:
    if source.ocr:
        notes.add("chữ được nhận bằng OCR: soát lại chính tả, chữ số và tên riêng")
    to_review = missing + notes.items
    meta["imported"] = {"file": _file_name(name), "date": today, **({"missing": list(to_review)} if to_review else {})}
    meta = {key: value for key, value in meta.items() if value is not None}
    text = front_matter(meta, comment) + body
    return Imported(_slug(draft, meta["title"], text, kind), kind, form, draft.layout, source.format, text, found, missing,
                    notes.items, meta.get("number"), meta.get("issued"))


class _Notes:
    """What to review besides missing fields: values cut to the contract's limits, stand-in values."""

    def __init__(self) -> None:
        self.items: tuple[str, ...] = ()

    def add(self, note: str) -> None:
        self.items += (note[:SENTENCE_LENGTH],)

    def fit(self, value: str | None, limit: int, label: str) -> str | None:
        if value is None or len(value) <= limit:
            return value
        self.add(f"{label} dài quá {limit} ký tự nên đã bị cắt; ghi lại cho gọn")
        return value[:limit - 1].rsplit(" ", 1)[0] + "…"


def _fields_of(draft: Draft) -> list[tuple[str, str]]:
    return _ARTICLE_FIELDS if draft.layout == "article" else _LETTER_FIELDS


def _fields(record, wanted: list[tuple[str, str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(labels found, labels missing) of `wanted` fields in `record`; an empty list counts as missing."""
    present = [(label, getattr(record, field) not in (None, ())) for field, label in wanted]
    return tuple(label for label, yes in present if yes), tuple(label for label, yes in present if not yes)


def _is_web_address(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url)


def _file_name(name: str) -> str:
    """The source file's name as given, on one line and within the contract's length."""
    base = " ".join(name.replace("\\", "/").rsplit("/", 1)[-1].split()) or "tệp không tên"
    return base if len(base) <= NAME_LENGTH else base[:NAME_LENGTH - 1] + "…"


def _first_words(draft: Draft) -> str:
    """A stand-in title from the first text, cut at a word; the import reports it."""
    text = " ".join((draft.summary or next((b.text for b in draft.body), "") or "Tài liệu nhập").split())
    if len(text) <= _FALLBACK_TITLE_LIMIT:
        return text
    return text[:_FALLBACK_TITLE_LIMIT].rsplit(" ", 1)[0] + "…"


def _slug(draft: Draft, title: str, text: str, kind: str) -> str:
    """"cv-750-duk" from the number, as the base names official documents; a meeting from its cell and day; else
    from the title."""
    number = parse_number(draft.number) if draft.number else None
    if kind == MEETINGS:
        slug = short_slug(f"{draft.meeting.cell} {draft.meeting.date.isoformat()}")
    elif number:
        slug = slugify(f"{number.type} {draft.number.split('-')[0]} {number.issuer}")
    else:
        slug = short_slug(title)
    return slug or "nhap-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
