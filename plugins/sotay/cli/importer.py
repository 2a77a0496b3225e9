"""`sotay import`: old documents (plain text, any common Vietnamese encoding) -> content files to review."""

from __future__ import annotations

from pathlib import Path

import click

from sotay.core.importer import Imported, ImportRefused, import_bytes

from .options import root_option

IMPORTABLE = (".txt", ".text")  # in folders; files named one by one may have any extension


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@root_option
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Thư mục ghi các tệp nội dung (mặc định: ROOT/content/guides).")
@click.option("--dry-run", is_flag=True, help="Chỉ báo cáo sẽ ghi gì, không ghi tệp nào.")
@click.option("--force", is_flag=True, help="Ghi đè tệp đã có khi nội dung khác.")
def import_documents(paths: tuple[Path, ...], root: Path, out: Path | None, dry_run: bool, force: bool) -> None:
    """Nhập văn bản cũ (công văn, hướng dẫn, bài báo dạng .txt) thành tệp nội dung; thư mục được nhập mọi tệp .txt."""
    out = out or root / "content" / "guides"
    failures = 0
    taken: dict[str, int] = {}
    for path in _files(paths):
        try:
            imported = import_bytes(path.read_bytes(), path.name)
        except ImportRefused as exc:
            click.echo(f"✗ {path}: {exc}", err=True)
            failures += 1
            continue
        target = out / f"{_unique(imported.slug, taken)}.md"
        failures += not _write(path, target, imported, dry_run, force)
    raise SystemExit(1 if failures else 0)


def _files(paths: tuple[Path, ...]) -> list[Path]:
    found = []
    for path in paths:
        found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMPORTABLE) if path.is_dir() else [path]
    return found


def _unique(slug: str, taken: dict[str, int]) -> str:
    """Two files of one run naming the same slug get -2, -3…, in argument order, so a rerun names them alike."""
    taken[slug] = taken.get(slug, 0) + 1
    return slug if taken[slug] == 1 else f"{slug}-{taken[slug]}"


def _write(source: Path, target: Path, imported: Imported, dry_run: bool, force: bool) -> bool:
    """Write (or, dry, describe) one import; False when an existing different file stops it."""
    what = f"{source} → {target} ({imported.form}, bảng mã {imported.encoding})"
    existing = target.read_text(encoding="utf-8") if target.is_file() else None
    if existing == imported.text:
        click.echo(f"= {what}: đã có, không đổi")
    elif existing is not None and not force:
        click.echo(f"✗ {what}: đã có tệp khác nội dung, không ghi đè (dùng --force để ghi đè)", err=True)
        return False
    elif dry_run:
        click.echo(f"~ {what}: sẽ ghi (chạy thử, chưa ghi)")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(imported.text)
        click.echo(f"+ {what}")
    for note in imported.missing:
        click.echo(f"    cần xem lại: {note}")
    return True
