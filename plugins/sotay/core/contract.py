"""The fields of each kind's front matter, as FieldSpec lists (value types in field_types.py), and their JSON Schema.

Each field, list item and record key carries a short Vietnamese label: messages name fields by it (field_labels.py)
and the editor's form shows it (core/editor), so an error names a field as the form does."""

from __future__ import annotations

from .field_types import (SENTENCE_LENGTH, Boolean, Choice, Count, Date, DocumentNumber, FieldSpec, ListOf, MappingOf, Points, Record,
                          Slug, Text, Url, json_schema)
from .model import Change, Criterion, Imported, Link, Rating, Verified

_NUMBERS = ListOf(DocumentNumber(), item_label="văn bản")
_LINK = Record(Link, {"title": Text(), "url": Url()}, labels={"title": "tên nguồn", "url": "địa chỉ web"})
_CHANGE = Record(Change, {"date": Date(), "note": Text(SENTENCE_LENGTH)}, labels={"date": "ngày cập nhật", "note": "việc đã cập nhật"})
_IMPORTED = Record(Imported, {"file": Text(), "date": Date()}, {"missing": ListOf(Text(SENTENCE_LENGTH), item_label="phần")},
                   labels={"file": "tệp gốc", "date": "ngày nhập", "missing": "phần còn phải duyệt"})
_VERIFIED = Record(Verified, {"date": Date(), "source": Text()}, labels={"date": "ngày đối chiếu", "source": "nguồn đã đối chiếu"})
_CRITERION = Record(Criterion, {"id": Slug(), "title": Text(), "max": Points()}, labels={"id": "mã tiêu chí", "title": "tên tiêu chí", "max": "điểm tối đa"})
_RATING = Record(Rating, {"id": Slug(), "label": Text(), "min_total": Points()},
                 {"require_max": ListOf(Slug(), item_label="mã tiêu chí"), "forbid_zero": ListOf(Slug(), item_label="mã tiêu chí")},
                 labels={"id": "mã mức", "label": "tên mức", "min_total": "tổng điểm tối thiểu",
                         "require_max": "tiêu chí phải đạt điểm tối đa", "forbid_zero": "tiêu chí không được 0 điểm"})

COMMON = [
    FieldSpec("title", Text(), True, "tên tài liệu", label="tiêu đề"),
    FieldSpec("summary", Text(SENTENCE_LENGTH), description="một câu tóm tắt", label="tóm tắt"),
    FieldSpec("tags", ListOf(Text(), item_label="từ khóa"), description="từ khóa", label="từ khóa"),
    FieldSpec("meeting_types", ListOf(Choice("meeting_types"), item_label="loại sinh hoạt"), description="loại sinh hoạt áp dụng", label="loại sinh hoạt áp dụng"),
    FieldSpec("cell_types", ListOf(Choice("cell_types"), item_label="loại hình chi bộ"), description="loại hình chi bộ áp dụng", label="loại hình chi bộ áp dụng"),
    FieldSpec("sources", ListOf(_LINK, item_label="nguồn"), description="nguồn: {title, url}", label="nguồn"),
    FieldSpec("changes", ListOf(_CHANGE, item_label="lần cập nhật"), description="lịch sử cập nhật: {date, note}",
              label="lịch sử cập nhật"),
    FieldSpec("example", Boolean(), description="true nếu là ví dụ minh họa", label="ví dụ minh họa"),
    FieldSpec("featured", Boolean(), description="true để đưa tài liệu lên trang chủ", label="đưa lên trang chủ"),
    FieldSpec("issued", Date(), description="ngày ban hành", label="ngày ban hành"),
    FieldSpec("imported", _IMPORTED, label="bản nháp nhập từ tệp",
              description="dấu của `sotay import`: {file, date, missing}; bản nháp chưa duyệt cho tới khi có verified"),
    FieldSpec("verified", _VERIFIED, label="đối chiếu với nguồn",
              description="lần đối chiếu với nguồn gần nhất: {date, source}; với văn bản là xác minh hiệu lực"),
]

GUIDE = COMMON + [
    FieldSpec("form", Choice("form"), True, "van-ban, huong-dan hoặc bai-viet", label="hình thức"),
    FieldSpec("number", DocumentNumber(), description="số hiệu, ví dụ 03-HD/TU (bắt buộc với van-ban)", label="số hiệu"),
    FieldSpec("issuer", Text(), description="cơ quan ban hành (bắt buộc với van-ban)", label="cơ quan ban hành"),
    FieldSpec("signer", Text(), description="người ký", label="người ký"),
    FieldSpec("effective", Date(), description="ngày có hiệu lực", label="ngày có hiệu lực"),
    FieldSpec("expires", Date(), description="ngày hết hiệu lực", label="ngày hết hiệu lực"),
    FieldSpec("status", Choice("status"), description="tình trạng hiệu lực, mặc định hieu-luc", label="tình trạng hiệu lực"),
    FieldSpec("supersedes", _NUMBERS, description="các văn bản mà văn bản này thay thế", label="thay thế văn bản"),
    FieldSpec("amends", _NUMBERS, description="các văn bản mà văn bản này sửa đổi, bổ sung", label="sửa đổi, bổ sung văn bản"),
    FieldSpec("guides", _NUMBERS, description="các văn bản mà văn bản này hướng dẫn thực hiện", label="hướng dẫn thực hiện văn bản"),
    FieldSpec("based_on", _NUMBERS, description="các văn bản làm căn cứ", label="căn cứ"),
]

MODEL_MEETING = COMMON + [
    FieldSpec("cell", Text(), True, "tên chi bộ", label="chi bộ"),
    FieldSpec("organization", Text(), True, "đảng bộ cấp trên", label="đảng bộ cấp trên"),
    FieldSpec("date", Date(), True, "ngày sinh hoạt", label="ngày sinh hoạt"),
    FieldSpec("meeting_type", Choice("meeting_types"), True, "thuong-ky hoặc chuyen-de", label="loại sinh hoạt"),
    FieldSpec("cell_type", Choice("cell_types"), True, "loại hình chi bộ", label="loại hình chi bộ"),
    FieldSpec("members", Count(), description="số đảng viên của chi bộ", label="số đảng viên"),
    FieldSpec("attended", Count(), description="số đảng viên dự", label="số đảng viên dự"),
    FieldSpec("speakers", Count(), description="số đảng viên phát biểu", label="số đảng viên phát biểu"),
    FieldSpec("observers", ListOf(Text(), item_label="người dự"), description="người dự, theo dõi", label="người dự, theo dõi"),
    FieldSpec("rubric", Slug(), description="mã khung chấm điểm", label="khung chấm điểm"),
    FieldSpec("scores", MappingOf(Points(), key_label="tiêu chí"), description="điểm theo từng tiêu chí: mã tiêu chí: điểm",
              label="điểm theo tiêu chí"),
    FieldSpec("rating", Slug(), description="xếp loại đã ghi, ví dụ tot", label="xếp loại"),
]

CHECKLIST = COMMON + [
    FieldSpec("phase", Choice("phase"), True, "truoc, trong hoặc sau", label="thời điểm dùng"),
]

RUBRIC = COMMON + [
    FieldSpec("id", Slug(), True, "mã khung chấm điểm", label="mã khung chấm điểm"),
    FieldSpec("criteria", ListOf(_CRITERION, 1, item_label="tiêu chí"), True, "danh sách tiêu chí {id, title, max}", label="tiêu chí"),
    FieldSpec("ratings", ListOf(_RATING, 1, item_label="mức xếp loại"), True,
              "các mức xếp loại, từ cao xuống thấp {id, label, min_total, require_max, forbid_zero}", label="mức xếp loại"),
    FieldSpec("step", Points(), description="bước điểm: 1 nếu chỉ chấm điểm nguyên, 0.5 (mặc định) nếu chấm được nửa điểm",
              label="bước điểm"),
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
