"""The home page, made from what the base holds: no hand-written link on it can point to a document the base lacks.

Three cards, each shown when the base has something for it: preparing a meeting (the preparation pages, the
checklists, the self-assessment sheets, the documents the base marks `featured: true`), training with model
meetings, and what is new; then what the base holds, kind by kind. A base may still write its own
docs/index.md: the generator uses it instead.
"""

from __future__ import annotations

from ..meetings.preparation import PREPARATION_INDEX
from ..meetings.training.paths import HUB as TRAINING
from ..model import KINDS, Checklist, Document, ModelMeeting, Rubric
from ..vocabulary import label
from .listings import BROWSE_DIR, WHATS_NEW, escape_md, link, recent_entries

HOME = "index.md"
RECENT = 5  # documents the home page lists as new
_COUNTED = {"guides": "hướng dẫn và văn bản", "model-meetings": "buổi sinh hoạt mẫu", "checklists": "danh mục kiểm tra",
            "rubrics": "khung chấm điểm"}


def home_page(documents: list[Document], site_name: str, description: str, preparations: int) -> tuple[str, str]:
    """The home page's Markdown; `preparations`: how many preparation pages the base makes."""
    lines = ["---", "hide: [navigation, toc]", "---", "", f"# {escape_md(site_name)}", ""]
    if description:
        lines += [escape_md(description), ""]
    if not documents:
        lines += ["Sổ tay chưa có tài liệu nào. Thêm tài liệu vào thư mục `content/` (lệnh `sotay new`, hoặc nhập văn bản "
                  "có sẵn bằng `sotay import`), rồi dựng lại trang.", ""]
        return HOME, "\n".join(lines)
    cards = [card for card in (_preparing(documents, preparations), _training(documents), _news(documents)) if card]
    lines += ['<div class="sotay-home-cards" markdown>', ""]
    for card in cards:
        lines += ['<div markdown>', "", *card, "", "</div>", ""]
    lines += ["</div>", "", "## Sổ tay có", "", _counts(documents), ""]
    return HOME, "\n".join(lines)


def _preparing(documents: list[Document], preparations: int) -> list[str]:
    card = ["## Chuẩn bị sinh hoạt", "", "Dành cho bí thư, chi ủy trước mỗi kỳ họp.", ""]
    if preparations:
        card += [f"[Bộ tài liệu chuẩn bị sinh hoạt]({link(HOME, PREPARATION_INDEX)}){{ .md-button .md-button--primary }}", "",
                 "Chọn loại sinh hoạt và loại hình chi bộ: việc cần làm trước, trong, sau buổi họp, tự chấm điểm, "
                 "mẫu biên bản; in được.", ""]
    items = [f"- [Danh mục việc cần làm]({link(HOME, 'checklists/index.md')})"] if _any(documents, Checklist) else []
    items += [f"- [{escape_md(doc.title)}]({link(HOME, doc.url_path)})" for doc in _featured(documents)]
    if _any(documents, Rubric):
        items.append(f"- [Tự chấm điểm chất lượng]({link(HOME, 'rubrics/index.md')})")
    return card + items if preparations or items else []


def _training(documents: list[Document]) -> list[str]:
    if not _any(documents, ModelMeeting):
        return []
    return ["## Tập huấn với sinh hoạt mẫu", "", "Dành cho cán bộ tập huấn, tổ công tác.", "",
            f"- [Các buổi sinh hoạt mẫu]({link(HOME, 'model-meetings/index.md')})",
            f"- [Tập huấn: so sánh, thống kê, in tài liệu]({link(HOME, TRAINING)})",
            f"- [Tra cứu theo loại hình chi bộ]({link(HOME, BROWSE_DIR + '/index.md')})"]


def _news(documents: list[Document]) -> list[str]:
    recent = recent_entries(documents, HOME, RECENT).strip()
    return ["## Văn bản mới và cập nhật", "", "Dành cho cấp ủy, văn phòng cấp ủy.", "",
            *([recent, ""] if recent else ["Chưa có văn bản nào ghi ngày ban hành hay ngày cập nhật.", ""]),
            f"[Xem tất cả]({link(HOME, WHATS_NEW)}) · [Hướng dẫn và văn bản]({link(HOME, 'guides/index.md')})"]


def _counts(documents: list[Document]) -> str:
    """"12 hướng dẫn và văn bản · 30 buổi sinh hoạt mẫu · …", each linking its listing."""
    parts = []
    for kind in KINDS:
        count = sum(1 for doc in documents if doc.kind == kind and not getattr(doc, "source_guide", None))
        if count:
            parts.append(f"[{count} {_COUNTED.get(kind, label('kinds', kind))}]({link(HOME, f'{kind}/index.md')})")
    return " · ".join(parts)


def _featured(documents: list[Document]) -> list[Document]:
    return sorted((doc for doc in documents if doc.featured and not doc.unreviewed), key=lambda doc: doc.title)


def _any(documents: list[Document], kind: type) -> bool:
    return any(isinstance(doc, kind) and not doc.unreviewed for doc in documents)


__all__ = ["HOME", "home_page"]
