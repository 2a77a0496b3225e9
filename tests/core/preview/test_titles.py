"""A broken file's title read from its `title:` line, for the error page's heading."""

from __future__ import annotations

import pytest

from sotay.core.preview import title_as_written


@pytest.mark.parametrize("text, title", [
    ('---\ntitle: "Hướng dẫn 42-HD/BTCTW về sinh hoạt chi bộ\nform: van-ban\n---\n', "Hướng dẫn 42-HD/BTCTW về sinh hoạt chi bộ"),
    ("---\nform: van-ban\ntitle: 'Quy trình'\n---\n", "Quy trình"),
    ("---\ntitle: Chủ đề: năm 2026\n---\n", "Chủ đề: năm 2026"),
    ("---\nsources:\n  - title: Báo Nhân Dân\n---\n", None),  # a source's title is not the document's
    ("---\ntitle:\n---\n", None),
    ("---\nform: van-ban\n---\ntitle: trong nội dung\n", None),  # after the front matter
    ("title: không có phần khai báo\n", None),
])
def test_title_as_written(text: str, title: str | None):
    assert title_as_written(text) == title
