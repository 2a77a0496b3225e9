"""The service worker (sw.js at the site root) and the build version that names its cache."""

from __future__ import annotations

import hashlib
import json
import posixpath
from html.parser import HTMLParser
from importlib.resources import files
from typing import Iterable
from urllib.parse import urlsplit

WORKER_PATH = "sw.js"


def build_version(pairs: Iterable[tuple[str, bytes]]) -> str:
    """A short hash of every (path, bytes) of the site, in any order: any change to the site changes it.
    Each file's bytes are hashed as they come, so `pairs` may read one file at a time."""
    digest = hashlib.sha256()
    for path, hashed in sorted((path, hashlib.sha256(data).digest()) for path, data in pairs):
        digest.update(path.encode("utf-8") + b"\0" + hashed)
    return digest.hexdigest()[:16]

class _Loads(HTMLParser):
    """The files a page loads: stylesheets, icons, the manifest and scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        target = named.get("src") if tag == "script" else named.get("href") if tag == "link" else None
        if target and (tag == "script" or set((named.get("rel") or "").split()) & {"stylesheet", "icon", "manifest"}):
            self.found.append(target)


def shell_paths(page_html: str, page_path: str) -> list[str]:
    """What a first visit stores at once: the site-wide files the offline notice (`page_path`, e.g.
    "khong-co-mang/index.html") loads, which are what every page loads. A page's own scripts are stored when a page
    using them is opened or saved, so a phone does not download the trainer's or the search page's on its first
    visit to a guide."""
    loads = _Loads()
    loads.feed(page_html)
    folder = posixpath.dirname(page_path)
    found = set()
    for target in loads.found:
        parts = urlsplit(target)
        if not (parts.scheme or parts.netloc or parts.path.startswith("/")):
            found.add(posixpath.normpath(posixpath.join(folder, parts.path)))
    return sorted(path for path in found if not path.startswith("..") and path != WORKER_PATH)


def service_worker(version: str, precache: list[str], fallback: str) -> bytes:
    """sw.js: `precache` and `fallback` are paths relative to the site root."""
    template = files(__package__).joinpath("service-worker.js").read_text(encoding="utf-8")
    return (template.replace("__VERSION__", version)
            .replace("__PRECACHE__", json.dumps(sorted(set(precache) | {fallback})))
            .replace("__FALLBACK__", fallback)).encode("utf-8")


FALLBACK_PAGE = "khong-co-mang.md"


def fallback_page() -> tuple[str, str]:
    """The page the worker shows for a page that is neither reachable nor saved; offline.js fills the list."""
    return FALLBACK_PAGE, """\
---
title: Chưa có trang này trên máy
---

# Chưa có trang này trên máy

Máy đang không có mạng (hoặc mạng quá yếu) và trang bạn mở chưa được lưu trên máy này.
Khi có mạng trở lại, hãy <a id="sotay-retry" href="#">mở lại trang</a>.

## Các trang đã lưu trên máy này

<ul id="sotay-saved-pages"><li>Chưa có trang nào được lưu.</li></ul>

Mẹo: ở các trang chuẩn bị sinh hoạt, bấm nút **Lưu để dùng khi không có mạng** khi còn mạng,
hoặc chép bản sổ tay dùng không cần mạng (tệp nén) vào máy.
"""
