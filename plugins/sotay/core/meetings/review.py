"""The review sections of a model-meeting write-up: strengths, limitations, lessons."""

from __future__ import annotations

import re

from ..model import Sections
from ..textfold import fold

_HEADING = re.compile(r"^#{2,6}\s+(?P<title>.+?)\s*#*\s*$")
_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+(?P<text>.+)$")

# Folded heading text -> Sections field. Authors write either name of each section.
SECTION_TITLES = {
    "uu diem": "strengths",
    "han che": "limitations",
    "ton tai, han che": "limitations",
    "ton tai han che": "limitations",
    "bai hoc kinh nghiem": "lessons",
    "rut kinh nghiem": "lessons",
}


def read_sections(body: str) -> Sections:
    """Bullets under each recognised heading; a paragraph counts as one point when there are no bullets."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    paragraph: list[str] = []
    for line in body.splitlines() + [""]:
        if heading := _HEADING.match(line):
            _flush(found, current, paragraph)
            current = SECTION_TITLES.get(fold(heading["title"]).rstrip(":").strip())
            continue
        if current is None:
            continue
        if bullet := _BULLET.match(line):
            _flush(found, current, paragraph)
            found.setdefault(current, []).append(bullet["text"].strip())
        elif line.strip() and line.startswith("  ") and found.get(current) and not paragraph:
            found[current][-1] += " " + line.strip()
        elif line.strip():
            paragraph.append(line.strip())
        else:
            _flush(found, current, paragraph)
    return Sections(**{name: tuple(points) for name, points in found.items()})


def _flush(found: dict[str, list[str]], current: str | None, paragraph: list[str]) -> None:
    if current and paragraph:
        found.setdefault(current, []).append(" ".join(paragraph))
    paragraph.clear()


def wrap_review_sections(body: str) -> str:
    """Wrap each recognised section in a `<div class="sotay-review …" markdown>` so it can be styled apart."""
    out: list[str] = []
    open_level = 0
    for line in body.splitlines():
        heading = _HEADING.match(line)
        level = len(line) - len(line.lstrip("#")) if heading else 0
        if heading and open_level and level <= open_level:
            out += ["", "</div>", ""]
            open_level = 0
        if heading and (name := SECTION_TITLES.get(fold(heading["title"]).rstrip(":").strip())):
            out += ["", f'<div class="sotay-review sotay-review--{name}" markdown>', ""]
            open_level = level
        out.append(line)
    if open_level:
        out += ["", "</div>"]
    return "\n".join(out) + "\n"
