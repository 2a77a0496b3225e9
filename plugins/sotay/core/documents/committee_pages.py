"""Generated pages for the committee office, as (path, Markdown) pairs: what to add, to review, to re-verify."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from ..dates import format_date
from ..model import Document, Guide
from ..site.entries import PageEntry
from ..site.listings import WHATS_NEW, WHATS_NEW_TITLE, escape_md, link
from .references import CitationIndex, MissingDocument
from .status import VERIFY_WITHIN_DAYS, verification_due

__all__ = ["HUB", "MISSING", "REVIEW", "VERIFY", "committee_entries", "committee_pages"]

HUB = "cap-uy/index.md"
MISSING = "cap-uy/van-ban-con-thieu.md"
REVIEW = "cap-uy/van-ban-cho-duyet.md"
VERIFY = "cap-uy/can-xac-minh-lai.md"
MISSING_TITLE = "Văn bản được dẫn chiếu nhưng chưa có trong sổ tay"
REVIEW_TITLE = "Văn bản chờ duyệt"
VERIFY_TITLE = "Văn bản cần xác minh lại"
HUB_TITLE = "Dành cho cấp ủy"


def committee_pages(citations: CitationIndex, day: date, feed_path: str | None) -> list[tuple[str, str]]:
    """The hub page, the missing-documents page, the page of imports to review and the verification page."""
    kb = citations.kb
    missing = citations.missing()
    drafts = sorted((d for d in kb.documents if d.unreviewed and not getattr(d, "source_guide", None)),
                    key=lambda d: (d.imported.date, d.title))
    due = [(g, reason) for g in sorted(kb.by_kind(Guide), key=lambda g: g.title)
           if (reason := verification_due(g, day, kb.relations))]
    by_path = {doc.path: doc for doc in kb.documents if not getattr(doc, "source_guide", None)}
    return [_hub(len(missing), len(drafts), len(due), feed_path), _missing_page(missing, by_path), _review_page(drafts),
            _verify_page(due, day)]


def committee_entries() -> list[PageEntry]:
    """The committee office's pages as search finds them."""
    return [
        PageEntry(HUB, HUB_TITLE, "Những trang giúp văn phòng cấp ủy giữ sổ tay đủ và đúng: văn bản còn thiếu, chờ duyệt, "
                  "cần xác minh lại.", ("văn phòng cấp ủy", "ban tổ chức", "ban tuyên giáo", "quản trị sổ tay")),
        PageEntry(MISSING, MISSING_TITLE, "Văn bản được nhắc đến trong sổ tay mà chưa có trang riêng, xếp theo số lần được dẫn chiếu.",
                  ("văn bản còn thiếu", "dẫn chiếu", "trích dẫn")),
        PageEntry(REVIEW, REVIEW_TITLE, "Các trang nhập tự động chưa được đối chiếu với văn bản gốc, và cách duyệt chúng.",
                  ("bản nhập tự động", "duyệt", "sotay import")),
        PageEntry(VERIFY, VERIFY_TITLE, "Văn bản đang có hiệu lực mà sổ tay chưa xác minh, hoặc xác minh đã lâu.",
                  ("xác minh hiệu lực", "kiểm tra hiệu lực")),
    ]


def _hub(missing: int, drafts: int, due: int, feed_path: str | None) -> tuple[str, str]:
    feed = f" Theo dõi bằng trình đọc tin qua [nguồn tin Atom]({link(HUB, feed_path)})." if feed_path else ""
    lines = [
        f"# {HUB_TITLE}", "",
        "Những trang giúp văn phòng cấp ủy giữ sổ tay đủ và đúng.", "",
        f"- [{WHATS_NEW_TITLE}]({link(HUB, WHATS_NEW)}): tài liệu mới ban hành, mới đăng hoặc vừa sửa đổi.{feed}",
        f"- [{REVIEW_TITLE}]({link(HUB, REVIEW)}): {drafts} bản nhập tự động chưa duyệt.",
        f"- [{MISSING_TITLE}]({link(HUB, MISSING)}): {missing} văn bản.",
        f"- [{VERIFY_TITLE}]({link(HUB, VERIFY)}): {due} văn bản.", "",
    ]
    return HUB, "\n".join(lines)


def _review_page(drafts: list[Document]) -> tuple[str, str]:
    lines = [
        f"# {REVIEW_TITLE}", "",
        "Các trang dưới đây được nhập tự động (lệnh `sotay import`) và chưa được ai đối chiếu với văn bản gốc. Chúng hiện "
        "thông báo \"Bản nhập tự động — chưa duyệt\", chưa vào các bộ chuẩn bị sinh hoạt và danh sách văn bản còn hiệu lực. "
        "Duyệt một trang: so với tệp gốc (`sotay review <tệp>`), sửa chỗ sai, điền chỗ thiếu, rồi ghi trường `verified` "
        "(ngày và nơi đã đối chiếu) và, với văn bản, trường `status`.", "",
        f"Có {len(drafts)} trang chờ duyệt." if drafts else "Không có trang nào chờ duyệt.", "",
    ]
    for doc in drafts:
        todo = f" Còn xem lại: {escape_md('; '.join(doc.imported.missing))}." if doc.imported.missing else ""
        lines.append(f"- [{escape_md(doc.title)}]({link(REVIEW, doc.url_path)}) — nhập từ {escape_md(doc.imported.file)} "
                     f"ngày {format_date(doc.imported.date)}.{todo}")
    return REVIEW, "\n".join(lines) + "\n"


def _missing_page(missing: list[MissingDocument], by_path: dict[str, Document]) -> tuple[str, str]:
    lines = [
        f"# {MISSING_TITLE}", "",
        "Các văn bản dưới đây được nhắc đến trong sổ tay nhưng sổ tay chưa có trang riêng, xếp theo số lần được dẫn chiếu. "
        "Khi văn bản được bổ sung vào `content/guides/` (lệnh `sotay import` hoặc `sotay new guide`), "
        "mọi chỗ nhắc đến nó sẽ tự thành liên kết.", "",
        f"Có {len(missing)} văn bản." if missing else "Mọi văn bản được dẫn chiếu đều đã có trong sổ tay.", "",
    ]
    for doc in missing:
        lines.append(f"- **{escape_md(doc.number)}** ({escape_md(doc.kind)}), {len(doc.occurrences)} lần: {_places(doc, by_path)}")
    return MISSING, "\n".join(lines) + "\n"


def _places(missing: MissingDocument, by_path: dict[str, Document]) -> str:
    """"[Title](link) (dòng 12, 40); [Other](link) (dòng 7)": where the committee finds each citation."""
    lines_by_path: dict[str, list[int]] = defaultdict(list)
    for occurrence in missing.occurrences:
        lines_by_path[occurrence.path].append(occurrence.line)
    places = []
    for path, numbers in lines_by_path.items():
        doc = by_path[path]
        places.append(f"[{escape_md(doc.title)}]({link(MISSING, doc.url_path)}) (dòng {', '.join(map(str, numbers))})")
    return "; ".join(places)


def _verify_page(due: list[tuple[Guide, str]], day: date) -> tuple[str, str]:
    lines = [
        f"# {VERIFY_TITLE}", "",
        f"Văn bản đang có hiệu lực mà sổ tay chưa xác minh, hoặc xác minh đã quá {VERIFY_WITHIN_DAYS} ngày "
        f"(tính đến ngày {format_date(day)}). Đối chiếu với nguồn chính thức rồi ghi ngày và nguồn vào trường "
        "`verified` của văn bản; văn bản đã hết hiệu lực không cần xác minh lại.", "",
        f"Có {len(due)} văn bản." if due else "Mọi văn bản đang có hiệu lực đều đã được xác minh trong thời hạn.", "",
    ]
    for guide, reason in due:
        lines.append(f"- [{escape_md(guide.title)}]({link(VERIFY, guide.url_path)}) — {escape_md(guide.number or '')}: {escape_md(reason)}")
    return VERIFY, "\n".join(lines) + "\n"
