"""What the editor says beyond the contract's field labels (contract.py): what each kind's document is called,
hints written for the form rather than the file, and what a body holds."""

from __future__ import annotations

from dataclasses import fields

from ..meetings.rubric import format_points
from ..model import Rubric, Status
from ..vocabulary import label

_DEFAULT_STEP = next(field.default for field in fields(Rubric) if field.name == "step")

BODY_LABEL = "Nội dung"  # the Markdown below the front matter: not a contract field

# What one document of each kind is called ("Tạo … mới"); the collections are named as the site's sections.
KIND_SINGULAR: dict[str, str] = {
    "guides": "tài liệu hướng dẫn",
    "model-meetings": "buổi sinh hoạt mẫu",
    "checklists": "danh mục kiểm tra",
    "rubrics": "khung chấm điểm",
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


def capitalised(text: str) -> str:
    """A contract label as a form label: "ngày ban hành" -> "Ngày ban hành"."""
    return text[:1].upper() + text[1:]
