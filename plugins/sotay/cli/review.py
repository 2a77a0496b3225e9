"""`sotay review FILE`: an imported draft's fields beside the source text that states them, and what is missing."""

from __future__ import annotations

from pathlib import Path

import click

from sotay.core.dates import format_date, parse_date
from sotay.core.frontmatter import FrontMatterError, parse
from sotay.core.importer import ImportRefused, read_source
from sotay.core.importer.review import origin_of, shown_fields

from .options import root_option

_MARGIN = 48  # columns of source text shown before the fields a line states


@click.command()
@click.argument("file", metavar="TỆP_NHÁP", required=False, type=click.Path(path_type=Path))
@root_option
@click.option("--source", type=click.Path(path_type=Path), default=None, metavar="TỆP_GỐC",
              help="Tệp gốc để đối chiếu, khi không còn ở chỗ đã nhập (mặc định: chỗ ghi ở dòng đầu bản nháp).")
def review(file: Path | None, root: Path, source: Path | None) -> None:
    """Xem bản nháp đã nhập bên cạnh văn bản gốc: mỗi trường ghi ở dòng nào của bản gốc, trường nào còn thiếu.

    Đối chiếu xong thì sửa tệp nháp, ghi `verified: {date, source}` (văn bản thì đổi cả `status`), rồi chạy
    `sotay check`.
    """
    if file is None:
        raise click.UsageError("cần tên tệp nháp, ví dụ: sotay review content/guides/cv-750-duk.md")
    if not file.is_file():
        raise click.UsageError(f"không thấy tệp {file}")
    text = file.read_text(encoding="utf-8", errors="replace")
    try:
        meta = parse(text.encode("utf-8"), str(file)).meta
    except FrontMatterError as exc:
        click.echo(f"Không đọc được phần khai báo: {exc.diagnostic.format()}", err=True)
        raise SystemExit(1) from None
    stamp = meta.get("imported") if isinstance(meta.get("imported"), dict) else None
    origin = _source_file(source, origin_of(text), root, stamp)
    lines, shown_from = _source_lines(origin, text)
    click.echo(f"Bản nháp: {file}")
    if stamp is None:
        click.echo("Tệp này không có dấu nhập (imported): không phải bản nhập tự động, hoặc đã được duyệt và bỏ dấu.")
    else:
        day = parse_date(str(stamp.get("date", "")))
        click.echo(f"Nhập từ tệp {stamp.get('file')} ngày {format_date(day) if day else stamp.get('date')}; "
                   + ("đã đối chiếu (verified)." if _verified(meta, stamp) else "chưa duyệt."))
    if "form" in meta or "status" in meta:
        click.echo(f"Hình thức: {meta.get('form', '—')}; tình trạng: {meta.get('status', '—')}.")
    fields = shown_fields(meta, lines)
    click.echo("\nCác trường đã nhận (dòng: chỗ bản gốc ghi):")
    width = max((len(f.label) for f in fields), default=0)
    for field in fields:
        where = ", ".join(str(i + 1) for i in field.lines) or "không thấy nguyên văn trong bản gốc"
        click.echo(f"  {field.label.ljust(width)}  {field.value}  [{where}]")
    missing = stamp.get("missing", []) if stamp else []
    click.echo("\nCòn thiếu, cần xem lại:" if missing else "\nKhông có trường nào bị thiếu.")
    for item in missing:
        click.echo(f"  - {item}")
    by_line: dict[int, list[str]] = {}
    for field in fields:
        for index in field.lines:
            by_line.setdefault(index, []).append(field.label)
    click.echo(f"\n{shown_from}:")
    number_width = len(str(len(lines)))
    for index, line in enumerate(lines):
        shown = " ".join(line.split("\t")) if "\t" in line else line
        note = f"  ◂ {', '.join(by_line[index])}" if index in by_line else ""
        click.echo(f"{index + 1:>{number_width}} │ {shown.ljust(_MARGIN) if note else shown}{note}".rstrip())
    click.echo("\nĐối chiếu xong: sửa tệp nháp, ghi verified: {date, source}"
               + (" và đổi status (ví dụ hieu-luc)" if "status" in meta else "") + ", rồi chạy sotay check (make check).")


def _source_file(given: Path | None, origin: str | None, root: Path, stamp: dict | None) -> Path | None:
    """The source to show: the one given, else where the draft says it was imported from (relative to the base),
    else a file of the stamp's name in the current folder."""
    candidates = [given] if given else []
    if origin:
        candidates += [root / origin, Path(origin)]
    if stamp and isinstance(stamp.get("file"), str):
        candidates.append(Path(stamp["file"]))
    return next((path for path in candidates if path.is_file()), None)


def _source_lines(path: Path | None, draft_text: str) -> tuple[list[str], str]:
    """The source's lines read as the import read them, or the draft's own body when the source is not here."""
    if path is not None:
        try:
            source = read_source(path.read_bytes(), path.name)
            return list(source.lines), f"Bản gốc ({path}, {source.format})"
        except ImportRefused as exc:
            click.echo(f"Không đọc được bản gốc {path}: {exc}", err=True)
    body = draft_text.split("\n---\n", 1)[1] if "\n---\n" in draft_text else draft_text
    return body.splitlines(), "Không thấy tệp gốc (chỉ ra bằng --source TỆP_GỐC); nội dung bản nháp"


def _verified(meta: dict, stamp: dict) -> bool:
    verified = meta.get("verified")
    return isinstance(verified, dict) and str(verified.get("date", "")) >= str(stamp.get("date", ""))
