"""Vietnamese labels, list-item names and form hints of the contract's fields, as the editor shows them.

Keyed by field path: a top-level field by its name (`sources`), a record's sub-field by the dotted path
(`sources.url`). One mapping per purpose, so that the labels can move into the contract (contract.py) once
the error messages name fields the same way.
"""

from __future__ import annotations

from dataclasses import fields

from ..meetings.rubric import format_points
from ..model import Rubric, Status
from ..vocabulary import label

_DEFAULT_STEP = next(field.default for field in fields(Rubric) if field.name == "step")

LABELS: dict[str, str] = {
    "title": "Tiêu đề",
    "summary": "Tóm tắt",
    "tags": "Từ khóa",
    "meeting_types": "Loại sinh hoạt áp dụng",
    "cell_types": "Loại hình chi bộ áp dụng",
    "sources": "Nguồn",
    "sources.title": "Tên nguồn",
    "sources.url": "Địa chỉ web",
    "changes": "Lịch sử cập nhật",
    "changes.date": "Ngày cập nhật",
    "changes.note": "Việc đã cập nhật",
    "example": "Ví dụ minh họa",
    "featured": "Đưa lên trang chủ",
    "issued": "Ngày ban hành",
    "imported": "Bản nháp nhập từ tệp",
    "imported.file": "Tệp gốc",
    "imported.date": "Ngày nhập",
    "imported.missing": "Phần còn phải duyệt",
    "verified": "Đối chiếu với nguồn",
    "verified.date": "Ngày đối chiếu",
    "verified.source": "Nguồn đã đối chiếu",
    "form": "Hình thức",
    "number": "Số hiệu",
    "issuer": "Cơ quan ban hành",
    "signer": "Người ký",
    "effective": "Ngày có hiệu lực",
    "expires": "Ngày hết hiệu lực",
    "status": "Tình trạng hiệu lực",
    "supersedes": "Thay thế văn bản",
    "amends": "Sửa đổi, bổ sung văn bản",
    "guides": "Hướng dẫn thực hiện văn bản",
    "based_on": "Căn cứ",
    "cell": "Chi bộ",
    "organization": "Đảng bộ cấp trên",
    "date": "Ngày sinh hoạt",
    "meeting_type": "Loại sinh hoạt",
    "cell_type": "Loại hình chi bộ",
    "members": "Số đảng viên",
    "attended": "Số đảng viên dự",
    "speakers": "Số đảng viên phát biểu",
    "observers": "Người dự, theo dõi",
    "rubric": "Khung chấm điểm",
    "scores": "Điểm theo tiêu chí",
    "rating": "Xếp loại",
    "phase": "Thời điểm dùng",
    "id": "Mã khung chấm điểm",
    "criteria": "Tiêu chí",
    "criteria.id": "Mã tiêu chí",
    "criteria.title": "Tên tiêu chí",
    "criteria.max": "Điểm tối đa",
    "ratings": "Mức xếp loại",
    "ratings.id": "Mã mức",
    "ratings.label": "Tên mức",
    "ratings.min_total": "Tổng điểm tối thiểu",
    "ratings.require_max": "Tiêu chí phải đạt điểm tối đa",
    "ratings.forbid_zero": "Tiêu chí không được 0 điểm",
    "step": "Bước điểm",
    "body": "Nội dung",
}

# What one document of each kind is called ("Tạo … mới"); the collections are named as the site's sections.
KIND_SINGULAR: dict[str, str] = {
    "guides": "tài liệu hướng dẫn",
    "model-meetings": "buổi sinh hoạt mẫu",
    "checklists": "danh mục kiểm tra",
    "rubrics": "khung chấm điểm",
}

# What one element of a list field is called: Decap's "Thêm …" button and item headings use it.
ITEM_LABELS: dict[str, str] = {
    "tags": "từ khóa",
    "sources": "nguồn",
    "changes": "lần cập nhật",
    "imported.missing": "phần",
    "observers": "người dự",
    "criteria": "tiêu chí",
    "ratings": "mức xếp loại",
    "ratings.require_max": "mã tiêu chí",
    "ratings.forbid_zero": "mã tiêu chí",
}

# Hints for the fields whose contract description speaks of the file (true/false, slugs, {keys}) rather than
# of the form; every other field's hint is its contract description.
HINTS: dict[str, str] = {
    "sources": "các trang, văn bản đã dùng để soạn: tên và địa chỉ web",
    "changes": "mỗi lần sửa nội dung đáng kể: ngày và một câu ghi việc đã sửa",
    "example": "bật nếu tên, địa danh, số liệu là giả định, dùng cho tập huấn",
    "featured": "bật để đưa tài liệu lên trang chủ",
    "imported": "bản nháp do `sotay import` tạo; các phần còn phải duyệt được tô sáng; bản nháp chưa được duyệt "
                "cho tới khi có dấu đối chiếu với nguồn",
    "verified": "lần đối chiếu với nguồn gần nhất, cần cả ngày và nguồn; với văn bản là xác minh còn hiệu lực",
    "form": "hình thức của tài liệu",
    "number": "ví dụ 03-HD/TU",
    "issuer": "ví dụ Ban Thường vụ Tỉnh ủy",
    "status": f"để trống nghĩa là «{label('status', Status.IN_FORCE)}»",
    "meeting_type": "loại của buổi sinh hoạt này",
    "phase": "danh mục dùng trước, trong hay sau cuộc họp",
    "rubric": "khung dùng để chấm điểm từng tiêu chí bên dưới",
    "scores": "điểm từng tiêu chí theo khung chấm điểm đã chọn; để trống tiêu chí không chấm",
    "rating": "xếp loại đã ghi trong biên bản; sổ tay kiểm tra lại theo khung chấm điểm",
    "id": "chữ thường không dấu, ví dụ khung-100-diem; sinh hoạt mẫu chọn khung theo mã này",
    "step": f"ghi 1 nếu chỉ chấm điểm nguyên; để trống là {format_points(_DEFAULT_STEP)}",
    "criteria": "mỗi tiêu chí: mã (1, 2… hoặc chữ không dấu), tên và điểm tối đa",
    "ratings": "từ mức cao xuống thấp: mã, tên, tổng điểm tối thiểu, các tiêu chí phải đạt tối đa hoặc không được 0 điểm",
}

# What the Markdown body of each kind holds, and how the site reads it (sections, checklist lines). Decap shows
# hints as Markdown: what is to be typed as written goes in backticks, shown as plain text.
BODY_HINTS: dict[str, str] = {
    "guides": "nội dung tài liệu; mục lớn bắt đầu bằng `##`, mỗi ý một dòng bắt đầu bằng `-`; giữ nguyên các dòng "
              "`<!-- checklist … -->` nếu có",
    "model-meetings": "diễn biến buổi sinh hoạt, rồi các mục `## Ưu điểm`, `## Hạn chế`, `## Bài học kinh nghiệm`, mỗi ý "
                      "một dòng bắt đầu bằng `-`: trang tập huấn tổng hợp các mục này",
    "checklists": "mỗi việc một dòng `- [ ] việc cần làm`; việc con thụt vào hai dấu cách; ghi chú là dòng thụt vào "
                  "bắt đầu bằng `Ghi chú:`",
    "rubrics": "giải thích khung: nguồn, cách chấm từng tiêu chí",
}
