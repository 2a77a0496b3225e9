"""`sotay build`: validate, then build the site with MkDocs in strict mode, swapping it in atomically."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import click

from sotay.core.clock import build_date
from sotay.core.diagnostics import format_text
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.problems import base_diagnostics, tally

from .options import root_option


WARNINGS_HANDLER = "sotay-cli"


@click.command()
@root_option
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Thư mục kết quả (mặc định: ROOT/site, với --offline: ROOT/site-offline).")
@click.option("--offline", is_flag=True,
              help="Dựng bản mở trực tiếp từ thư mục hoặc USB, không cần mạng, kèm tệp nén của cả bản.")
@click.option("--force", is_flag=True, help="Dựng lại cả khi không có gì thay đổi từ lần dựng trước.")
def build(root: Path, site_dir: Path | None, offline: bool, force: bool) -> None:
    """Dựng trang tĩnh của sổ tay; nếu có lỗi, bản dựng trước được giữ nguyên."""
    target = site_dir or root / ("site-offline" if offline else "site")
    use_engine()
    from sotay.adapters.mkdocs.accel.unchanged import BuiltSite, LastBuild  # speed only: None without sotay-accel

    built = BuiltSite.of(root, target, portable=offline)
    last = built.unchanged() if built and not force else None
    if last:
        show_report(last.report)
        click.echo(f"Không có gì thay đổi từ lần dựng trước; {target} được giữ nguyên ({last.documents} tài liệu).")
    else:
        kb, report = validated(root)
        build_into(root, target, kb, portable=offline)
        if built:
            built.remember(LastBuild(report, len(kb.documents)))
        click.echo(f"Đã dựng {len(kb.documents)} tài liệu vào {target}.")
    if offline:
        click.echo(f"Mở {target / 'index.html'} bằng trình duyệt; tệp .zip trong thư mục đó là cả bản, để chép sang máy khác.")


def build_into(root: Path, target: Path, kb: KnowledgeBase, portable: bool = False) -> None:
    """Build the base of `root` into `target` on the chosen engine; exits with a message when the build fails
    (`target` is then left as it was)."""
    use_engine()
    from mkdocs.exceptions import MkDocsException

    from sotay.adapters.mkdocs.engine import engine_logger
    from sotay.adapters.mkdocs.site_build import build_site

    show_log(engine_logger(), logging.WARNING)
    try:
        build_site(root, target, portable=portable, kb=kb)
    except (MkDocsException, OSError) as exc:
        click.echo(f"Dựng trang thất bại: {exc}\nThư mục {target} được giữ nguyên.", err=True)
        raise SystemExit(1) from None


def use_engine() -> None:
    """Choose the engine before anything imports MkDocs; a usage error when $SOTAY_ENGINE names none."""
    from sotay.adapters.mkdocs.engine import choose_engine  # here, not above: `sotay check` and the others need no MkDocs

    try:
        choose_engine()
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


def validated(root: Path) -> tuple[KnowledgeBase, str]:
    """The base of `root` and the report of its problems, shown as `sotay check` shows them (empty when it has
    none); exits when it has errors (the old site stays)."""
    kb = KnowledgeBase.load(root)
    diagnostics = base_diagnostics(kb, build_date())
    report = f"{format_text(diagnostics)}\n{tally(kb, diagnostics)}" if diagnostics else ""
    show_report(report)
    if kb.errors:
        click.echo(f"Có {len(kb.errors)} lỗi trong nội dung: chưa dựng trang, thư mục site cũ được giữ nguyên.", err=True)
        raise SystemExit(1)
    return kb, report


def show_report(report: str) -> None:
    if report:
        click.echo(report, err=True)


def show_log(logger: logging.Logger, level: int) -> None:
    """Show what the engine logs through `logger` at `level` and above: broken links and the like, which strict
    mode turns into a failed build (and, for the preview, its progress). Once per process, however many builds a
    command runs."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # the theme's end-of-life banner is not the user's problem
    if any(handler.get_name() == WARNINGS_HANDLER for handler in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.set_name(WARNINGS_HANDLER)
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
