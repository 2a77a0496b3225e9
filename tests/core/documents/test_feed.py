"""The Atom feed of what's new: valid Atom (RFC 4287) with stable ids, absolute or relative links."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from conftest import write_base
from sotay.core.documents.feed import atom_feed
from sotay.core.knowledge_base import KnowledgeBase

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
TRICKY = """\
---
title: "Hướng dẫn <mới> & \\"đặc biệt\\" cho chi bộ"
form: huong-dan
changes:
  - {date: 2025-02-03, note: "Sửa mục 2 <quan trọng> & bổ sung"}
---
Nội dung.
"""


def url_of(src: str) -> str:
    return src.removesuffix("index.md").removesuffix(".md") + ("/" if not src.endswith("index.md") else "")


def feed(root: Path, site_url: str | None = None) -> ET.Element:
    kb = KnowledgeBase.load(root)
    path, data = atom_feed(kb.documents, site_name="Sổ tay & thử", site_url=site_url, url_of=url_of, today=date(2025, 6, 1))
    assert path == "feed.xml" and data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    return ET.fromstring(data)


@pytest.fixture
def base(tiny_base: Path) -> Path:
    return write_base(tiny_base, {"content/guides/dac-biet.md": TRICKY})


def test_feed_has_every_required_element(base: Path):
    root = feed(base)
    assert root.tag == f"{A}feed"
    for name in ("id", "title", "updated", "author/" + A + "name"):
        assert root.find(f"{A}{name}") is not None, name
    entries = root.findall(f"{A}entry")
    assert entries, "the tiny base has dated documents"
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert (entry.findtext(f"{A}{name}") or "").strip(), name
        assert entry.find(f"{A}link[@rel='alternate']") is not None
        assert RFC3339.match(entry.findtext(f"{A}updated"))
    assert RFC3339.match(root.findtext(f"{A}updated"))


def test_entries_are_newest_first_and_feed_updated_is_the_newest(base: Path):
    root = feed(base)
    updated = [e.findtext(f"{A}updated") for e in root.findall(f"{A}entry")]
    assert updated == sorted(updated, reverse=True)
    assert root.findtext(f"{A}updated") == updated[0] == "2025-02-03T00:00:00+07:00"


def test_titles_and_notes_with_markup_characters_round_trip(base: Path):
    entry = next(e for e in feed(base).findall(f"{A}entry") if "đặc biệt" in e.findtext(f"{A}title"))
    assert entry.findtext(f"{A}title") == 'Hướng dẫn <mới> & "đặc biệt" cho chi bộ'
    assert entry.findtext(f"{A}summary") == "Cập nhật: Sửa mục 2 <quan trọng> & bổ sung"
    assert entry.findtext(f"{A}updated") == "2025-02-03T00:00:00+07:00"


def test_without_site_url_links_are_relative_and_ids_are_stable_urns(base: Path):
    root = feed(base)
    ids = [root.findtext(f"{A}id")] + [e.findtext(f"{A}id") for e in root.findall(f"{A}entry")]
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", i) for i in ids) and len(set(ids)) == len(ids)
    assert ids == [root.findtext(f"{A}id")] + [e.findtext(f"{A}id") for e in feed(base).findall(f"{A}entry")]
    assert root.find(f"{A}link[@rel='self']").get("href") == "feed.xml"
    hrefs = [e.find(f"{A}link").get("href") for e in root.findall(f"{A}entry")]
    assert "guides/hd-05-tu/" in hrefs


def test_with_site_url_links_and_ids_are_absolute(base: Path):
    root = feed(base, "https://sotay.example.vn/chi-bo")
    assert root.find(f"{A}link[@rel='self']").get("href") == "https://sotay.example.vn/chi-bo/feed.xml"
    entry = next(e for e in root.findall(f"{A}entry") if e.findtext(f"{A}title") == "Hướng dẫn mới về sinh hoạt chi bộ")
    assert entry.findtext(f"{A}id") == entry.find(f"{A}link").get("href") == "https://sotay.example.vn/chi-bo/guides/hd-05-tu/"


def test_checklists_drawn_from_a_guide_are_not_listed_twice(base: Path):
    titles = [e.findtext(f"{A}title") for e in feed(base).findall(f"{A}entry")]
    assert len(titles) == len(set(titles)) and not any(t.startswith("Các bước:") for t in titles)


def test_empty_base_gives_a_valid_feed_dated_today(tmp_path: Path):
    (tmp_path / "content").mkdir()
    root = feed(tmp_path)
    assert root.findall(f"{A}entry") == [] and root.findtext(f"{A}updated") == "2025-06-01T00:00:00+07:00"
