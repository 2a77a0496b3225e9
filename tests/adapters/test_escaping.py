"""Hostile front matter: every text field carries markup, quotes and `javascript:`; none may reach a page live.

Front matter is data, escaped wherever it is shown; only the Markdown body of a content file is trusted.
Each field's value starts with its own marker, so the test also proves every field was shown somewhere.
"""

from __future__ import annotations

import html.parser
import json
from pathlib import Path

import pytest

from sotay.adapters.mkdocs.site_build import build_site

from conftest import write_base

REPO = Path(__file__).resolve().parents[2]
EVIL = ('<script>alert(1)</script> "><img src=x onerror=alert(1)> \' onmouseover=\'alert(1) '
        '</title><script>alert(1)</script> &lt;script&gt;alert(1)&lt;/script&gt; [a](javascript:alert(1)) '
        '<a href="javascript:alert(1)">a</a> javascript:alert(1)')
FIELDS = ["guide.title", "guide.summary", "guide.tag", "guide.source", "guide.issuer", "guide.signer", "guide.change",
          "guide.verified", "old.title", "meeting.title", "meeting.summary", "meeting.cell", "meeting.organization",
          "meeting.observer", "meeting.tag", "meeting.change", "meeting.source", "checklist.title", "checklist.summary",
          "checklist.tag", "rubric.title", "rubric.criterion", "rubric.rating", "rubric.summary",
          "identity.organization", "identity.contact"]


def evil(field: str) -> str:
    return json.dumps(f"MARK-{field} {EVIL}", ensure_ascii=False)  # a JSON string is a YAML string


HOSTILE_BASE = {
    "content/guides/cu.md": f"""\
        ---
        title: {evil("old.title")}
        form: van-ban
        number: 01-HD/TU
        issuer: Ban Thường vụ Tỉnh ủy
        issued: 2018-01-01
        status: het-hieu-luc
        ---
        Văn bản cũ.
        """,
    "content/guides/moi.md": f"""\
        ---
        title: {evil("guide.title")}
        summary: {evil("guide.summary")}
        tags: [{evil("guide.tag")}]
        form: van-ban
        number: 02-HD/TU
        issuer: {evil("guide.issuer")}
        signer: {evil("guide.signer")}
        issued: 2024-04-05
        supersedes: [01-HD/TU]
        sources:
          - title: {evil("guide.source")}
            url: "https://example.org/\\"onmouseover=\\"alert(1)"
        changes:
          - {{date: 2024-05-01, note: {evil("guide.change")}}}
        verified: {{date: 2024-06-01, source: {evil("guide.verified")}}}
        ---
        Nội dung.
        """,
    "content/rubrics/khung.md": f"""\
        ---
        title: {evil("rubric.title")}
        summary: {evil("rubric.summary")}
        id: khung
        criteria:
          - {{id: "1", title: {evil("rubric.criterion")}, max: 50}}
          - {{id: "2", title: Nội dung, max: 50}}
        ratings:
          - {{id: tot, label: {evil("rubric.rating")}, min_total: 90}}
          - {{id: kem, label: Kém, min_total: 0}}
        ---
        Khung.
        """,
    "content/model-meetings/mau.md": f"""\
        ---
        title: {evil("meeting.title")}
        summary: {evil("meeting.summary")}
        tags: [{evil("meeting.tag")}]
        cell: {evil("meeting.cell")}
        organization: {evil("meeting.organization")}
        observers: [{evil("meeting.observer")}]
        date: 2025-03-15
        meeting_type: thuong-ky
        cell_type: khu-dan-cu
        members: 20
        attended: 18
        rubric: khung
        scores: {{"1": 40, "2": 50}}
        rating: tot
        sources:
          - {{title: {evil("meeting.source")}, url: "https://example.org/a"}}
        changes:
          - {{date: 2025-04-01, note: {evil("meeting.change")}}}
        ---
        Buổi sinh hoạt.
        """,
    "content/checklists/truoc.md": f"""\
        ---
        title: {evil("checklist.title")}
        summary: {evil("checklist.summary")}
        tags: [{evil("checklist.tag")}]
        phase: truoc
        ---
        - [ ] Họp chi ủy
        """,
}


class _Live(html.parser.HTMLParser):
    """Collects what would run: scripts, event-handler attributes, javascript: URLs, and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict] = []
        self.handlers: list[str] = []
        self.js_urls: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "script":
            self.scripts.append(attributes)
        self.handlers += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]
        self.js_urls += [f"<{tag} {name}={value}>" for name, value in attrs
                         if value and "".join(value.split()).lower().startswith(("javascript:", "data:text/html"))]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _is_own_script(attributes: dict) -> bool:
    src = attributes.get("src") or ""
    # JSON data blocks never run; a value escaping one would show up as a separate <script> here.
    return attributes.get("type") == "application/json" or (
        "://" not in src and src.split("assets/", 1)[-1].startswith(("javascripts/bundle.", "sotay/")))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    identity = (f"  - sotay-content:\n      organization: {evil('identity.organization')}\n"
                f"      contact: {evil('identity.contact')}\n")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8").replace("  - sotay-content\n", identity)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    write_base(root, HOSTILE_BASE | {"docs/gioi-thieu.md": "# Giới thiệu\n"})
    site = root / "site"
    build_site(root, site)
    return site


def test_no_front_matter_value_becomes_live_markup(hostile_site: Path):
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 10
    problems = []
    for page in pages:
        parser = _Live()
        parser.feed(page.read_text(encoding="utf-8"))
        rel = page.relative_to(hostile_site).as_posix()
        problems += [f"{rel}: script {s}" for s in parser.scripts if not _is_own_script(s)]
        problems += [f"{rel}: {h}" for h in parser.handlers + parser.js_urls]
    assert problems == []


def test_every_field_is_shown_as_text(hostile_site: Path):
    text = ""
    for page in hostile_site.rglob("*.html"):
        parser = _Live()
        parser.feed(page.read_text(encoding="utf-8"))
        text += "".join(parser.text)
    assert [field for field in FIELDS if f"MARK-{field} <script>alert(1)</script>" not in text] == []
