"""Load a knowledge base once: every content file read, validated and typed, plus the diagnostics."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import time
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from .diagnostics import Diagnostic, error, warning
from .documents.relations import RelationIndex
from .frontmatter import FrontMatterError, LineMap, line_in, parse
from .meetings.checklist import marked_sections, parse_items
from .model import KINDS, Checklist, Document, Guide, ModelMeeting, Rubric
from .site.links import link_problems
from .textfold import slugify
from .upgrade.version import declared_version
from .validate.base import check_base
from .validate.document import build_document
from .vocabulary import values

CONTENT_DIR = "content"
WARN_FILE_BYTES = 512 * 1024  # a long official document's Markdown is a few dozen KB
MAX_FILE_BYTES = 2 * 1024 * 1024  # beyond this a file is not read: it would weigh on every build and every phone
RESERVED_SLUGS = frozenset({"index"})  # each kind's folder has a listing page there (guides/index.md)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NO_LINES = LineMap({})


@dataclass(frozen=True)
class _FileRead:
    """What one content file gave, kept for the next load: the same bytes give the same objects again."""

    digest: bytes
    document: Document | None
    diagnostics: tuple[Diagnostic, ...]
    lines: LineMap
    stamp: tuple[int, int] = (0, 0)  # (modification time in ns, size) when read


# A file last modified this close to (or after) the previous load may have changed again within one tick of a
# coarse clock (FAT on a USB stick keeps 2 s): its bytes are read to be sure (as git does with "racy" files).
RACY_NS = 3_000_000_000


@dataclass
class KnowledgeBase:
    root: Path
    documents: list[Document] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lines: dict[str, LineMap] = field(default_factory=dict, repr=False)
    reads: dict[str, _FileRead] = field(default_factory=dict, repr=False)
    loaded_at: int = 0  # time.time_ns() when the load began
    relations: RelationIndex = field(default_factory=lambda: RelationIndex([]), repr=False)

    @classmethod
    def load(cls, root: Path | str, previous: "KnowledgeBase | None" = None) -> "KnowledgeBase":
        """`previous`: the base of the same root loaded before (a `mkdocs serve` rebuild); files whose bytes are
        unchanged are not parsed again and keep their document objects, so results cached per document stay valid.
        A file whose size and modification time are those of its last read, well before that load, is not even read."""
        base = cls(Path(root), loaded_at=time.time_ns())
        content = base.root / CONTENT_DIR
        if not content.is_dir():
            base.diagnostics.append(error(CONTENT_DIR, None, None, f"không thấy thư mục {content}",
                                          "chạy lệnh trong thư mục gốc của sổ tay hoặc dùng --root"))
            return base
        base.diagnostics += declared_version(base.root)[1]
        same_root = previous is not None and previous.root == base.root
        earlier, settled = (previous.reads, previous.loaded_at - RACY_NS) if same_root else ({}, 0)
        inside = base.root.resolve()
        for rel, path in _markdown_files(content):
            status, problem = _regular_file(path, f"{CONTENT_DIR}/{rel}", inside)
            if problem:
                base.diagnostics.append(problem)
                if problem.is_error:
                    continue
            stamp = (status.st_mtime_ns, status.st_size)
            read = earlier.get(rel)
            if read is None or read.stamp != stamp or stamp[0] >= settled:
                data = Path(path).read_bytes()
                digest = hashlib.blake2b(data, digest_size=16).digest()
                read = base._read(rel, data, digest, stamp) if read is None or read.digest != digest else replace(read, stamp=stamp)
            base.reads[rel] = read
            base.diagnostics += read.diagnostics
            if read.document:
                base.lines[read.document.path] = read.lines
                base.documents.append(read.document)
        base.documents += base._checklists_from_guides()
        base._drop_duplicate_pages()
        base.relations = RelationIndex(base.by_kind(Guide))
        base.diagnostics += check_base(base.documents, base.relations, base.line_of)
        base.diagnostics += link_problems(base.root, base.documents)
        return base

    @staticmethod
    def _read(rel: str, data: bytes, digest: bytes, stamp: tuple[int, int]) -> _FileRead:
        kind, _, name = rel.partition("/")
        if kind not in KINDS or "/" in name:
            return _FileRead(digest, None, (warning(f"{CONTENT_DIR}/{rel}", 1, None, "tệp nằm ngoài các thư mục nội dung nên bị bỏ qua",
                                                    f"đặt tệp trong một trong các thư mục: {', '.join(KINDS)}"),), _NO_LINES, stamp)
        slug = name[:-3]
        if not name.endswith(".md"):
            return _FileRead(digest, None, (error(f"{CONTENT_DIR}/{rel}", 1, None, "đuôi tệp phải là .md viết thường",
                                                  f"đổi tên thành {slugify(slug) or 'ten-tai-lieu'}.md"),), _NO_LINES, stamp)
        if slug in RESERVED_SLUGS:
            return _FileRead(digest, None, (error(f"{CONTENT_DIR}/{rel}", 1, None,
                                                  f"tên {name} trùng trang danh sách {kind}/{name} mà sổ tay tự tạo nên nội dung tệp sẽ mất",
                                                  f"đổi tên tệp, ví dụ {kind}/gioi-thieu.md"),), _NO_LINES, stamp)
        if not _SLUG.match(slug):
            return _FileRead(digest, None, (error(f"{CONTENT_DIR}/{rel}", 1, None, "tên tệp phải viết thường, không dấu, nối bằng gạch ngang (tên tệp là địa chỉ trang)",
                                                  f"đổi tên thành {slugify(slug) or 'ten-tai-lieu'}.md"),), _NO_LINES, stamp)
        try:
            source = parse(data, f"{CONTENT_DIR}/{rel}")
        except FrontMatterError as exc:
            return _FileRead(digest, None, (exc.diagnostic,), _NO_LINES, stamp)
        document, found = build_document(source, kind, slug)
        return _FileRead(digest, document, tuple(found), LineMap(source.lines), stamp)

    def _checklists_from_guides(self) -> list[Checklist]:
        """Procedure sections marked in guides become checklists of their own, linked to the guide."""
        made = []
        for guide in self.by_kind(Guide):
            for index, (phase, markdown) in enumerate(marked_sections(guide.body), start=1):
                if phase not in values("phase"):
                    self.diagnostics.append(error(guide.path, guide.body_line, None, f"giai đoạn `{phase}` của danh mục không hợp lệ",
                                                  f"dùng một trong: {', '.join(values('phase'))}"))
                    continue
                suffix = "" if index == 1 else f"-{index}"
                made.append(Checklist(path=guide.path, slug=f"{guide.slug}{suffix}", body=markdown, body_line=guide.body_line,
                                      title=f"Các bước: {guide.title}", summary=guide.summary, meeting_types=guide.meeting_types,
                                      cell_types=guide.cell_types, sources=guide.sources, example=guide.example, phase=phase,
                                      items=parse_items(markdown), source_guide=guide.url_path))
        return made

    def _drop_duplicate_pages(self) -> None:
        """Two documents may not claim one page (a guide's procedure named like an existing checklist)."""
        owners: dict[str, Document] = {}
        for doc in list(self.documents):
            if doc.url_path in owners:
                self.diagnostics.append(error(doc.path, doc.body_line, None,
                                              f"trang {doc.url_path} trùng với {owners[doc.url_path].path}",
                                              "đổi tên một trong hai tệp"))
                self.documents.remove(doc)
            owners.setdefault(doc.url_path, doc)

    def line_of(self, document: Document, field_path: str) -> int:
        return line_in(self.lines.get(document.path, _NO_LINES), field_path)

    def by_kind(self, cls: type) -> list:
        return [d for d in self.documents if type(d) is cls]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @cached_property
    def rubrics(self) -> dict[str, Rubric]:
        return {r.id: r for r in self.by_kind(Rubric)}

    def meetings(self) -> list[ModelMeeting]:
        return self.by_kind(ModelMeeting)


def _markdown_files(content: Path) -> list[tuple[str, str]]:
    """(path from `content` with "/", path on disk) of every Markdown file under `content` (.md in any case: a
    wrong case is reported, not passed over), in the order of their paths' parts (as sorted Paths would be)."""
    found = []
    for folder, _, names in os.walk(content):
        prefix = os.path.relpath(folder, content).replace(os.sep, "/")
        found += [(name if prefix == "." else f"{prefix}/{name}", os.path.join(folder, name))
                  for name in names if name.lower().endswith(".md")]
    return sorted(found, key=lambda pair: pair[0].split("/"))


def _regular_file(path: str, shown: str, inside: Path) -> tuple[os.stat_result | None, Diagnostic | None]:
    """The file's status, and why it is not read (an error) or what to know about it (a warning). Only regular
    files inside the base are read: a link that leads nowhere or out of the base, a pipe (whose reading would
    never end) or a device is not content."""
    try:
        if os.path.islink(path) and not Path(path).resolve().is_relative_to(inside):
            return None, error(shown, None, None, "tệp là liên kết tới một tệp ngoài thư mục sổ tay nên không được đọc",
                               "chép nội dung vào thư mục content/ thay cho liên kết")
        status = os.stat(path)
    except OSError:
        return None, error(shown, None, None, "tệp là liên kết hỏng: tệp nó trỏ tới không còn", "xóa liên kết hoặc chép lại tệp")
    if not stat.S_ISREG(status.st_mode):
        return None, error(shown, None, None, "đây không phải một tệp văn bản thường (ống dẫn, thiết bị…)", "xóa nó khỏi thư mục content/")
    size = f"{status.st_size / 1024 / 1024:.1f} MB".replace(".", ",")
    if status.st_size > MAX_FILE_BYTES:
        return None, error(shown, None, None, f"tệp quá lớn ({size}, tối đa {MAX_FILE_BYTES // 1024 // 1024} MB) nên không được đọc",
                           "tách thành nhiều tài liệu, hoặc bỏ phần chép nguyên văn dài")
    if status.st_size > WARN_FILE_BYTES:
        return status, warning(shown, None, None, f"tệp lớn ({size}): trang của nó nặng khi mở trên điện thoại",
                               "tách thành nhiều tài liệu nếu được")
    return status, None


__all__ = ["KnowledgeBase", "CONTENT_DIR"]
