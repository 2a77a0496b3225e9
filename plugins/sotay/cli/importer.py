"""`sotay import`: received documents (Word, PDF, scans and photos, saved web pages, plain text) -> drafts to review."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from sotay.core.documents.docnumber import parse_number
from sotay.core.frontmatter import FrontMatterError, parse
from sotay.core.importer import GUIDES, MEETINGS, SUPPORTED, Imported, ImportRefused, import_bytes
from sotay.core.knowledge_base import CONTENT_DIR

from .options import KindType, root_option
from .vietnamese import os_reason

_KIND_LABELS = {"van-ban": "văn bản", "bai-viet": "bài viết", None: "sinh hoạt mẫu"}  # by a draft's form
_PROGRESS_FROM = 4  # files: fewer finish before a bar would be read
_STAMP_DATE = re.compile(r"^  date: \d{4}-\d{2}-\d{2}$", re.M)
_KIND = KindType((GUIDES, MEETINGS))


@dataclass(frozen=True)
class _Row:
    mark: str  # + written, = unchanged, ~ dry run, ! not overwritten, ✗ refused
    source: Path
    target: Path | None = None
    imported: Imported | None = None
    problem: str | None = None


@click.command(name="import")
@click.argument("paths", nargs=-1, metavar="TỆP_HOẶC_THƯ_MỤC…", type=click.Path(path_type=Path))
@root_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="THƯ_MỤC",
              help="Ghi mọi bản nháp vào thư mục này (mặc định: ROOT/content/guides hoặc ROOT/content/model-meetings "
                   "tùy tài liệu). Thư mục tên guides hoặc model-meetings cũng quyết định loại.")
@click.option("--kind", type=_KIND, default=None,
              help=f"Ghi mọi tài liệu thành loại này: {_KIND.described}; mặc định chọn theo từng tài liệu.")
@click.option("--dry-run", is_flag=True, help="Chỉ báo cáo sẽ ghi gì, không ghi tệp nào.")
@click.option("--force", is_flag=True, help="Ghi đè bản nháp đã có khi nội dung khác.")
def import_documents(paths: tuple[Path, ...], root: Path, out: Path | None, kind: str | None, dry_run: bool, force: bool) -> None:
    """Nhập văn bản nhận được thành bản nháp chờ duyệt: Word (.docx), PDF (có chữ hoặc bản quét), ảnh chụp (.png,
    .jpg), trang web đã lưu (.html), văn bản thuần (.txt, mọi bảng mã). Thư mục được nhập mọi tệp có các đuôi đó.

    Mỗi bản nháp mang dấu `imported` (và `status: du-thao` với văn bản): trang hiện "Bản nhập tự động — chưa duyệt"
    cho tới khi có người đối chiếu (xem `sotay review TỆP`) và ghi `verified`.
    """
    if not paths:
        raise click.UsageError("cần ít nhất một tệp hoặc thư mục để nhập")
    if absent := [str(p) for p in paths if not p.exists()]:
        raise click.UsageError(f"không thấy {', '.join(absent)}")
    forced = kind or (out.name if out is not None and out.name in (GUIDES, MEETINGS) else None)
    files = _files(paths)
    if not files:
        click.echo(f"Không có tệp nào để nhập (các đuôi đọc được: {' '.join(SUPPORTED)}).", err=True)
        raise SystemExit(1)
    taken: dict[Path, int] = {}
    numbers = _numbers_in(root / CONTENT_DIR / GUIDES, *([out] if out is not None else []))
    rows: list[_Row] = []
    with click.progressbar(files, label="Đang nhập", file=sys.stderr,
                           hidden=len(files) < _PROGRESS_FROM, item_show_func=lambda p: p.name if p else "") as bar:
        for path in bar:
            rows.append(_import_one(path, root, out, forced, taken, numbers, dry_run, force))
    _report(rows, root)
    raise SystemExit(1 if any(row.mark in "!✗" for row in rows) or not any(row.imported for row in rows) else 0)


def _files(paths: tuple[Path, ...]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED) if path.is_dir() else [path]
    return found


def _import_one(path: Path, root: Path, out: Path | None, forced: str | None, taken: dict[Path, int],
                numbers: dict[tuple, Path], dry_run: bool, force: bool) -> _Row:
    try:
        imported = import_bytes(path.read_bytes(), path.name, kind=forced, origin=_origin(path, root))
    except (ImportRefused, OSError) as exc:
        return _Row("✗", path, problem=str(exc) if isinstance(exc, ImportRefused) else f"không đọc được tệp ({os_reason(exc)})")
    folder = out or root / CONTENT_DIR / imported.kind
    key = _identity(imported)
    holder = numbers.get(key) if key else None
    if holder is not None and (holder != folder / f"{imported.slug}.md" or holder in taken):
        # Two files of one number fail `sotay check`: the same letter as PDF and Word, or one the base already holds;
        # a meeting's cell and day name it as surely, and an article's title and day (the saved page and a copy).
        what = (f"số hiệu {imported.number}" if imported.number else
                "buổi sinh hoạt này" if imported.kind == MEETINGS else "bài cùng tiêu đề và ngày đăng")
        return _Row("=", path, holder, imported, f"{what} đã có ở {_origin(holder, root)}: không ghi bản nháp thứ hai; "
                                                 "đối chiếu với tệp đó nếu cần")
    target = _unique(folder / f"{imported.slug}.md", taken)
    if key:
        numbers[key] = target
    existing = target.read_text(encoding="utf-8") if target.is_file() else None
    if existing is not None and _same_draft(existing, imported.text):
        return _Row("=", path, target, imported)
    if existing is not None and not force:
        return _Row("!", path, target, imported, "đã có tệp khác nội dung, không ghi đè (dùng --force để ghi đè)")
    if dry_run:
        return _Row("~", path, target, imported)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(imported.text)
    return _Row("+", path, target, imported)


def _identity(imported: Imported) -> tuple | None:
    """What makes two drafts one document: its number, a meeting's cell and day (its file name), or an article's
    title (its file name) and day of publication."""
    if imported.number:
        return parse_number(imported.number).key
    if imported.kind == MEETINGS:
        return MEETINGS, imported.slug
    return ("article", imported.slug, imported.issued) if imported.layout == "article" and imported.issued else None


def _numbers_in(*folders: Path) -> dict[tuple, Path]:
    """The document numbers the guides in `folders` already hold, each with its file."""
    found: dict[tuple, Path] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            try:
                number = parse(path.read_bytes(), str(path)).meta.get("number")
            except (FrontMatterError, OSError):
                continue
            if isinstance(number, str) and (parsed := parse_number(number)):
                found.setdefault(parsed.key, path)
    return found


def _origin(path: Path, root: Path) -> str:
    """Where a file is, as `sotay review` finds it again and the office reads it: relative to the base when inside it,
    else in full."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _unique(target: Path, taken: dict[Path, int]) -> Path:
    """Two files of one run naming the same draft get -2, -3…, in argument order, so a rerun names them alike."""
    taken[target] = taken.get(target, 0) + 1
    return target if taken[target] == 1 else target.with_name(f"{target.stem}-{taken[target]}.md")


def _same_draft(existing: str, new: str) -> bool:
    """The same draft, imported on another day or from another folder: only the comment and the stamp's date differ."""
    def essence(text: str) -> str:
        lines = text.split("\n")
        return _STAMP_DATE.sub("", "\n".join(lines[:1] + lines[2:] if len(lines) > 1 and lines[1].startswith("# ") else lines))
    return essence(existing) == essence(new)


def _report(rows: list[_Row], root: Path) -> None:
    """The summary table (file, draft, kind, fields found, what to review), then each refusal on stderr."""
    table = [(" ", "Tệp gốc", "Bản nháp", "Loại", "Tìm thấy", "Cần xem lại")]
    for row in rows:
        imported = row.imported
        if imported is None:
            table.append((row.mark, row.source.name, "—", "—", "—", row.problem or ""))
            continue
        found = f"{len(imported.found)}/{len(imported.found) + len(imported.missing)}"
        review = "; ".join(([row.problem] if row.problem else []) + list(imported.to_review)) or "—"
        table.append((row.mark, row.source.name, _origin(row.target, root), _KIND_LABELS[imported.form], found, review))
    widths = [max(len(line[i]) for line in table) for i in range(1, 5)]
    for line in table:
        click.echo(f"{line[0]} " + "  ".join(cell.ljust(width) for cell, width in zip(line[1:], widths)) + "  " + line[5])
    counts = {mark: sum(row.mark == mark for row in rows) for mark in "+=~!✗"}
    click.echo(f"\n{len(rows)} tệp: {counts['+']} ghi mới, {counts['=']} không đổi, {counts['~']} chạy thử (chưa ghi), "
               f"{counts['!']} không ghi đè, {counts['✗']} không nhập được. Xem từng bản nháp: sotay review TỆP_NHÁP")
    for row in rows:
        if row.mark in "!✗":
            click.echo(f"{row.mark} {row.source}: {row.problem}", err=True)
