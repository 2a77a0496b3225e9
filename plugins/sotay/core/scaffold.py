"""New content files with the front matter each kind needs (`sotay new`).

Required fields get values that pass validation, each with a `# TODO` comment saying what a person must
check; optional fields are shown as comments. Nothing a reader would see is a placeholder, except the one
checklist item a checklist needs to exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from .knowledge_base import CONTENT_DIR
from .textfold import slugify

__all__ = ["KINDS", "Scaffold", "new_document", "short_slug"]

KINDS = ("guides", "model-meetings", "checklists")  # the content folders a new file can go to (kind_names.py names them)
SLUG_LIMIT = 60


@dataclass(frozen=True)
class Scaffold:
    path: str  # relative to the root of the base: content/guides/slug.md
    text: str


def short_slug(title: str, limit: int = SLUG_LIMIT) -> str:
    """The slug of `title`, cut at a word boundary to at most `limit` characters; "" when nothing is left."""
    slug = slugify(title)
    if len(slug) <= limit:
        return slug
    return slug[: limit + 1].rsplit("-", 1)[0] or slug[:limit]


def new_document(kind: str, title: str, today: date) -> Scaffold:
    """A new file of `kind` (one of KINDS) titled `title`; ValueError when the title gives no file name."""
    title = " ".join(title.split())
    slug = short_slug(title)
    if not slug:
        raise ValueError(f"tiêu đề {title!r} không cho ra tên tệp: cần ít nhất một chữ cái hoặc chữ số")
    head = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n"
    changes = f"changes:\n  - {{date: {today.isoformat()}, note: \"Soạn lần đầu.\"}}\n---\n"
    return Scaffold(f"{CONTENT_DIR}/{kind}/{slug}.md", head + _FIELDS[kind].format(today=today.isoformat()) + changes + _BODIES[kind])


_FIELDS = {
    "guides": """\
# TODO: huong-dan (hướng dẫn nghiệp vụ) hoặc bai-viet (bài viết, kinh nghiệm). Với văn bản chính thức, ghi
# form: van-ban rồi điền number, issuer, issued và verified (bỏ dấu # ở đầu các dòng dưới).
form: huong-dan
# number: 05-HD/TU
# issuer: Ban Thường vụ Tỉnh ủy
# issued: {today}
# verified: {{date: {today}, source: "nơi đã đối chiếu hiệu lực"}}
# summary: "Một câu tóm tắt nội dung."
# TODO: giữ lại loại sinh hoạt và loại hình chi bộ mà tài liệu áp dụng.
meeting_types: [thuong-ky, chuyen-de]
cell_types: [khu-dan-cu, co-quan, su-nghiep, doanh-nghiep, luc-luong-vu-trang]
""",
    "model-meetings": """\
# TODO: tên chi bộ, đảng bộ cấp trên, ngày sinh hoạt; meeting_type: thuong-ky hoặc chuyen-de;
# cell_type: khu-dan-cu, co-quan, su-nghiep, doanh-nghiep hoặc luc-luong-vu-trang.
cell: "Chi bộ (điền tên)"
organization: "Đảng bộ (điền tên)"
date: {today}
meeting_type: thuong-ky
cell_type: khu-dan-cu
# members: 20
# attended: 18
# speakers: 6
# rubric: khung-100-diem
# scores: {{"1": 10, "2": 15}}
# rating: tot
""",
    "checklists": """\
# TODO: truoc (trước cuộc họp), trong (trong cuộc họp) hoặc sau (sau cuộc họp).
phase: truoc
meeting_types: [thuong-ky]
""",
}

_BODIES = {
    "guides": """\
<!-- TODO: viết nội dung. Khi dẫn chiếu văn bản, ghi đủ số hiệu (ví dụ Hướng dẫn số 42-HD/BTCTW)
     để sổ tay tự tạo liên kết và báo khi văn bản đó hết hiệu lực. -->
""",
    "model-meetings": """\
<!-- TODO: diễn biến buổi sinh hoạt; rồi dưới mỗi tiêu đề sau, mỗi ý một dòng bắt đầu bằng "- ". -->

## Ưu điểm

## Hạn chế

## Bài học kinh nghiệm
""",
    "checklists": """\
<!-- TODO: mỗi việc một dòng "- [ ] …"; việc con thụt vào hai dấu cách; dòng "Ghi chú: …" ngay dưới một việc để giải thích. -->
- [ ] Việc cần làm đầu tiên
""",
}
