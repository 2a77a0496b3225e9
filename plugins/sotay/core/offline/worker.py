"""The service worker (sw.js at the site root) and the build version that names its cache."""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from typing import Iterable

WORKER_PATH = "sw.js"
# What a first visit keeps at once: the theme and our assets (a page needs them) and the offline notice.
_SHELL_SUFFIXES = (".css", ".js", ".png", ".svg", ".woff2", ".webmanifest")
_NOT_SHELL = ("assets/javascripts/lunr/", "assets/javascripts/workers/")


def build_version(pairs: Iterable[tuple[str, bytes]]) -> str:
    """A short hash of every (path, bytes) of the site, in any order: any change to the site changes it.
    Each file's bytes are hashed as they come, so `pairs` may read one file at a time."""
    digest = hashlib.sha256()
    for path, hashed in sorted((path, hashlib.sha256(data).digest()) for path, data in pairs):
        digest.update(path.encode("utf-8") + b"\0" + hashed)
    return digest.hexdigest()[:16]


def shell_paths(paths: Iterable[str]) -> list[str]:
    """The site files every page needs, to store on the first visit (data twins and theme search excluded)."""
    return sorted(p for p in paths
                  if p.endswith(_SHELL_SUFFIXES) and (p.startswith("assets/") or "/" not in p)
                  and not p.startswith(_NOT_SHELL) and not p.endswith(".json.js") and p != WORKER_PATH)


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
