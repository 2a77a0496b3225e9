"""The fields of each kind's front matter, as FieldSpec lists (value types in field_types.py), and their JSON Schema."""

from __future__ import annotations

from .field_types import (SENTENCE_LENGTH, Boolean, Choice, Count, Date, DocumentNumber, FieldSpec, ListOf, MappingOf, Points, Record,
                          Slug, Text, Url, json_schema)
from .model import Change, Criterion, Imported, Link, Rating, Verified

_NUMBERS = ListOf(DocumentNumber())

COMMON = [
    FieldSpec("title", Text(), True, "tên tài liệu"),
    FieldSpec("summary", Text(SENTENCE_LENGTH), description="một câu tóm tắt"),
    FieldSpec("tags", ListOf(Text()), description="từ khóa"),
    FieldSpec("meeting_types", ListOf(Choice("meeting_types")), description="loại sinh hoạt áp dụng"),
    FieldSpec("cell_types", ListOf(Choice("cell_types")), description="loại hình chi bộ áp dụng"),
    FieldSpec("sources", ListOf(Record(Link, {"title": Text(), "url": Url()})), description="nguồn: {title, url}"),
    FieldSpec("changes", ListOf(Record(Change, {"date": Date(), "note": Text(SENTENCE_LENGTH)})), description="lịch sử cập nhật: {date, note}"),
    FieldSpec("example", Boolean(), description="true nếu là ví dụ minh họa"),
    FieldSpec("featured", Boolean(), description="true để đưa tài liệu lên trang chủ"),
    FieldSpec("issued", Date(), description="ngày ban hành"),
    FieldSpec("imported", Record(Imported, {"file": Text(), "date": Date()}, {"missing": ListOf(Text(SENTENCE_LENGTH))}),
              description="dấu của `sotay import`: {file, date, missing}; bản nháp chưa duyệt cho tới khi có verified"),
    FieldSpec("verified", Record(Verified, {"date": Date(), "source": Text()}),
              description="lần đối chiếu với nguồn gần nhất: {date, source}; với văn bản là xác minh hiệu lực"),
]

GUIDE = COMMON + [
    FieldSpec("form", Choice("form"), True, "van-ban, huong-dan hoặc bai-viet"),
    FieldSpec("number", DocumentNumber(), description="số hiệu, ví dụ 03-HD/TU (bắt buộc với van-ban)"),
    FieldSpec("issuer", Text(), description="cơ quan ban hành (bắt buộc với van-ban)"),
    FieldSpec("signer", Text(), description="người ký"),
    FieldSpec("effective", Date(), description="ngày có hiệu lực"),
    FieldSpec("expires", Date(), description="ngày hết hiệu lực"),
    FieldSpec("status", Choice("status"), description="tình trạng hiệu lực, mặc định hieu-luc"),
    FieldSpec("supersedes", _NUMBERS, description="các văn bản mà văn bản này thay thế"),
    FieldSpec("amends", _NUMBERS, description="các văn bản mà văn bản này sửa đổi, bổ sung"),
    FieldSpec("guides", _NUMBERS, description="các văn bản mà văn bản này hướng dẫn thực hiện"),
    FieldSpec("based_on", _NUMBERS, description="các văn bản làm căn cứ"),
]

MODEL_MEETING = COMMON + [
    FieldSpec("cell", Text(), True, "tên chi bộ"),
    FieldSpec("organization", Text(), True, "đảng bộ cấp trên"),
    FieldSpec("date", Date(), True, "ngày sinh hoạt"),
    FieldSpec("meeting_type", Choice("meeting_types"), True, "thuong-ky hoặc chuyen-de"),
    FieldSpec("cell_type", Choice("cell_types"), True, "loại hình chi bộ"),
    FieldSpec("members", Count(), description="số đảng viên của chi bộ"),
    FieldSpec("attended", Count(), description="số đảng viên dự"),
    FieldSpec("speakers", Count(), description="số đảng viên phát biểu"),
    FieldSpec("observers", ListOf(Text()), description="người dự, theo dõi"),
    FieldSpec("rubric", Slug(), description="mã khung chấm điểm"),
    FieldSpec("scores", MappingOf(Points()), description="điểm theo từng tiêu chí: mã tiêu chí: điểm"),
    FieldSpec("rating", Slug(), description="xếp loại đã ghi, ví dụ tot"),
]

CHECKLIST = COMMON + [
    FieldSpec("phase", Choice("phase"), True, "truoc, trong hoặc sau"),
]

RUBRIC = COMMON + [
    FieldSpec("id", Slug(), True, "mã khung chấm điểm"),
    FieldSpec("criteria", ListOf(Record(Criterion, {"id": Slug(), "title": Text(), "max": Points()}), 1), True,
              "danh sách tiêu chí {id, title, max}"),
    FieldSpec("ratings", ListOf(Record(Rating, {"id": Slug(), "label": Text(), "min_total": Points()},
                                       {"require_max": ListOf(Slug()), "forbid_zero": ListOf(Slug())}), 1), True,
              "các mức xếp loại, từ cao xuống thấp {id, label, min_total, require_max, forbid_zero}"),
]

SPECS: dict[str, list[FieldSpec]] = {
    "guides": GUIDE,
    "model-meetings": MODEL_MEETING,
    "checklists": CHECKLIST,
    "rubrics": RUBRIC,
}


def front_matter_schema() -> dict:
    """JSON Schema of every kind's front matter, keyed by content folder, for editors."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Sổ tay chi bộ — front matter",
        "$defs": {kind: json_schema(kind, specs) for kind, specs in SPECS.items()},
    }
