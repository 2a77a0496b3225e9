"""The page the live preview answers every page request with while a build fails: each problem with its document's
title, file, line, field, message and suggestion, and a link that opens the document in the editor.

Everything that comes from the content (titles, values quoted in messages) is escaped. The page stands alone
(its style and script inline: the site may not be built yet) and reloads itself after the next build."""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from importlib.resources import files
from pathlib import PurePosixPath
from urllib.parse import quote

from ..diagnostics import Diagnostic, in_order
from ..field_labels import field_label
from ..knowledge_base import CONTENT_DIR
from ..model import KINDS

STATE_HEADER = "X-Sotay-Build"
"""The header whose value names the build the preview shows (the error page compares it with its own)."""
_HERE = files(__package__)
_QUOTED = re.compile(r"`([^`]+)`")


def error_page(diagnostics: list[Diagnostic], titles: Mapping[str, str], build: int, state_url: str,
               editor: str | None = None) -> str:
    """The page for a failed `build` (a number that changes with every build), listing its errors and then, folded,
    its warnings. `titles`: each document's title by file path, for the files whose title could be read;
    `state_url`: where the page asks which build is current; `editor`: the editor's address, for the links."""
    problems = in_order(diagnostics)
    errors = [d for d in problems if d.is_error]
    warnings = [d for d in problems if not d.is_error]
    heading = f"Nội dung sổ tay có {len(errors)} lỗi, chưa xem trước được" if errors else "Chưa dựng được trang"
    parts = [
        "<!doctype html>",
        f'<html lang="vi" data-sotay-build="{build}" data-sotay-state-url="{escape(state_url)}" '
        f'data-sotay-state-header="{STATE_HEADER}">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">',  # no request for /favicon.ico, which the site may not have yet
        f"<title>{escape(heading)} — Xem trước sổ tay</title>",
        f"<style>{_HERE.joinpath('error-page.css').read_text(encoding='utf-8')}</style></head>",
        "<body><header>Xem trước sổ tay</header><main>",
        f"<h1>{escape(heading)}</h1>",
        '<p class="lead">Sửa từng lỗi dưới đây rồi lưu tệp. Trang này tự tải lại sau mỗi lần lưu; khi hết lỗi, '
        "sổ tay hiện lại như thường.</p>",
        '<p class="waiting" role="status">Đang chờ lần lưu tiếp theo…</p>',
        _listing(errors, titles, editor),
    ]
    if warnings:
        parts += [f"<details><summary>{len(warnings)} cảnh báo (không ngăn việc dựng trang)</summary>",
                  _listing(warnings, titles, editor), "</details>"]
    parts.append(f"</main><script>{_HERE.joinpath('error-page.js').read_text(encoding='utf-8')}</script></body></html>")
    return "\n".join(parts)


def editor_link(editor: str, path: str) -> str | None:
    """Where the editor opens the document of `path` (content/guides/hd-05-tu.md), if it is a content file."""
    parts = PurePosixPath(path).parts
    if len(parts) != 3 or parts[0] != CONTENT_DIR or parts[1] not in KINDS or not parts[2].endswith(".md"):
        return None
    return f"{editor}#/collections/{parts[1]}/entries/{quote(parts[2].removesuffix('.md'))}"


def _listing(diagnostics: list[Diagnostic], titles: Mapping[str, str], editor: str | None) -> str:
    return '<ol class="problems">' + "".join(_problem(d, titles.get(d.path), editor) for d in diagnostics) + "</ol>"


def _problem(diagnostic: Diagnostic, title: str | None, editor: str | None) -> str:
    rows = [
        ("Tệp", f"<code>{escape(diagnostic.path)}</code>" if diagnostic.path else None),
        ("Dòng", str(diagnostic.line) if diagnostic.line else None),
        ("Trường", escape(field) if (field := _field(diagnostic)) else None),
        ("Lỗi" if diagnostic.is_error else "Cảnh báo", _text(diagnostic.message)),
        ("Gợi ý", _text(diagnostic.suggestion) if diagnostic.suggestion else None),
    ]
    heading = title or diagnostic.path or "Bộ dựng trang"
    link = editor_link(editor, diagnostic.path) if editor else None
    kind = "problem" if diagnostic.is_error else "problem problem--warning"
    return (f'<li class="{kind}"><h2>{escape(heading)}</h2><dl>'
            + "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in rows if value)
            + "</dl>"
            + (f'<a class="edit" href="{escape(link)}">Mở tài liệu này trong trình soạn thảo</a>' if link else "")
            + "</li>")


def _text(text: str) -> str:
    """A message escaped, what it quotes between backticks (a line to type, a value as written) shown as code."""
    return _QUOTED.sub(r"<code>\1</code>", escape(text))


def _field(diagnostic: Diagnostic) -> str | None:
    """The field as people read it, its YAML key in brackets."""
    return field_label(diagnostic.field) if diagnostic.field else None
