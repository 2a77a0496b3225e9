"""Shared fixtures: a tiny knowledge base written into a temporary folder; the bundled base built once."""

from __future__ import annotations

import os
import re
import textwrap
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from sotay.adapters.mkdocs.engine import choose_engine

choose_engine()  # before anything imports MkDocs: the tests run on the engine `sotay build` uses ($SOTAY_ENGINE)

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402

from sotay.adapters.mkdocs.site_build import build_site  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

MKDOCS_YML = """\
site_name: Sổ tay thử
docs_dir: docs
theme:
  name: material
  language: vi
  font: false
plugins:
  - sotay-content
  - sotay-refs
  - sotay-search
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - tables
  - pymdownx.tasklist
"""

RUBRIC = """\
---
title: Khung thử
id: khung
example: true
criteria:
  - {id: "1", title: Tỷ lệ dự, max: 20}
  - {id: "2", title: Nội dung, max: 50}
  - {id: "3", title: Biên bản, max: 30}
ratings:
  - {id: tot, label: Tốt, min_total: 90, require_max: ["1", "3"]}
  - {id: kha, label: Khá, min_total: 70}
  - {id: trung-binh, label: Trung bình, min_total: 50}
  - {id: kem, label: Kém, min_total: 0}
---
Khung dùng cho kiểm thử.
"""

GUIDE_OLD = """\
---
title: Hướng dẫn cũ về sinh hoạt chi bộ
form: van-ban
number: 03-HD/TU
issuer: Ban Thường vụ Tỉnh ủy
issued: 2018-10-08
status: het-hieu-luc
---
Văn bản cũ.
"""

GUIDE_NEW = """\
---
title: Hướng dẫn mới về sinh hoạt chi bộ
form: van-ban
number: 05-HD/TU
issuer: Ban Thường vụ Tỉnh ủy
issued: 2024-04-05
supersedes: [03-HD/TU]
meeting_types: [thuong-ky]
cell_types: [khu-dan-cu]
changes:
  - {date: 2024-05-01, note: Bổ sung phần biên bản.}
verified: {date: 2025-01-15, source: Văn phòng Tỉnh ủy}
---
Thay thế Hướng dẫn 03-HD/TU.

<!-- checklist: trong -->
- [ ] Điểm danh
- [ ] Thông qua chương trình
<!-- /checklist -->
"""

MEETING = """\
---
title: Sinh hoạt thường kỳ chi bộ thôn Bản Mới
example: true
cell: Chi bộ thôn Bản Mới
organization: Đảng bộ xã Thử
date: 2025-03-15
meeting_type: thuong-ky
cell_type: khu-dan-cu
members: 20
attended: 18
speakers: 6
rubric: khung
scores: {"1": 20, "2": 45, "3": 25}
rating: tot
---
Buổi sinh hoạt thử.

## Ưu điểm

- Chuẩn bị kỹ.

## Hạn chế

- Ít người phát biểu.

## Bài học kinh nghiệm

- Giao trước nội dung.
"""

CHECKLIST = """\
---
title: Việc cần làm trước sinh hoạt
phase: truoc
meeting_types: [thuong-ky]
---
- [ ] Họp chi ủy
  - [ ] Thống nhất nội dung
- [ ] Gửi tài liệu
    Ghi chú: ít nhất một ngày trước.
"""

TINY_BASE = {
    "content/rubrics/khung.md": RUBRIC,
    "content/guides/hd-03-tu.md": GUIDE_OLD,
    "content/guides/hd-05-tu.md": GUIDE_NEW,
    "content/model-meetings/ban-moi.md": MEETING,
    "content/checklists/truoc.md": CHECKLIST,
    "docs/gioi-thieu.md": "# Giới thiệu\n\nSổ tay dùng cho kiểm thử.\n",
}


# Words of the YAML parser's English messages: none may reach an author (tests/core/test_yaml_errors.py, test_fuzz.py).
PARSER_ENGLISH = re.compile(r"expected|found|while|scanning|parsing|could not|mapping|block|token|scalar|stream|sequence|"
                            r"indicator|directive|anchor|alias|constructor|tag:yaml|document start", re.IGNORECASE)

BUILD_DATE = date(2025, 6, 1)


@pytest.fixture(scope="session")
def hosted_site(tmp_path_factory) -> Path:
    """The bundled knowledge base as a web server publishes it, built once per session: read, never change."""
    site = tmp_path_factory.mktemp("hosted") / "site"
    build_site(REPO, site)
    return site


@pytest.fixture(scope="session")
def portable_site(tmp_path_factory) -> Path:
    """The bundled knowledge base as the portable copy (`sotay build --offline`), once per session: read only."""
    site = tmp_path_factory.mktemp("portable") / "site"
    build_site(REPO, site, portable=True)
    return site


def _build_date_epoch() -> str:
    midnight = datetime(BUILD_DATE.year, BUILD_DATE.month, BUILD_DATE.day, tzinfo=timezone.utc)
    return str(int(midnight.timestamp()))


def pytest_configure(config) -> None:
    """"Today" is BUILD_DATE for the whole session (every worker), so statuses and verification ages do not move
    with the calendar, and a site built once per session does not depend on which test asked for it first."""
    os.environ["SOURCE_DATE_EPOCH"] = _build_date_epoch()


@pytest.fixture(autouse=True)
def plugins_shut_down():
    """MkDocs keeps one instance of a plugin with on_startup for every config of the process: a test that
    plays `mkdocs serve` (on_startup) must not leave the next test's builds in serve mode."""
    yield
    for plugin in MkDocsConfig.plugins.plugin_cache.values():
        if hasattr(plugin, "on_shutdown"):
            plugin.on_shutdown()


def write_base(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    if not (root / "mkdocs.yml").exists():
        (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    return root


@pytest.fixture
def tiny_base(tmp_path: Path) -> Path:
    return write_base(tmp_path / "base", TINY_BASE)


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory) -> Path:
    """The tiny base built once per test module, into FOLDER/site beside its root FOLDER/base: read, never change."""
    folder = tmp_path_factory.mktemp("tiny")
    build_site(write_base(folder / "base", TINY_BASE), folder / "site")
    return folder / "site"
