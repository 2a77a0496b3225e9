"""Markdown task lists -> trees of checklist items with ids that survive edits to other items.

An item's id is a short hash of its folded text (plus a counter for repeated text), never of its
position, so inserting, removing or rewording one item leaves every other item's tick in place.
A guide marks a procedure with `<!-- checklist: PHASE -->` … `<!-- /checklist -->`; the task list
between the markers becomes a checklist page linked back to the guide.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .model import ChecklistItem
from .textfold import fold

_TASK = re.compile(r"^(?P<indent>[ \t]*)[-*+] \[(?P<mark>[ xX])\] (?P<text>.+)$")
_NOTE = re.compile(r"^[ \t]+(?:Ghi chú|ghi chú)\s*:\s*(?P<note>.+)$")
MARKED_SECTION = re.compile(r"<!--\s*checklist:\s*(?P<phase>[a-z-]+)\s*-->\n(?P<body>.*?)<!--\s*/checklist\s*-->", re.DOTALL)


@dataclass
class _Draft:
    indent: int
    text: str
    note: str
    children: list["_Draft"]


def parse_items(markdown: str) -> tuple[ChecklistItem, ...]:
    """Every task-list item of `markdown` as a tree; nesting follows indentation."""
    roots: list[_Draft] = []
    stack: list[_Draft] = []
    last: _Draft | None = None
    for line in markdown.splitlines():
        if match := _TASK.match(line):
            draft = _Draft(len(match["indent"].expandtabs(4)), match["text"].strip(), "", [])
            while stack and stack[-1].indent >= draft.indent:
                stack.pop()
            (stack[-1].children if stack else roots).append(draft)
            stack.append(draft)
            last = draft
        elif last and (note := _NOTE.match(line)):
            last.note = note["note"].strip()
        elif line.strip() and not line.startswith((" ", "\t")):
            stack, last = [], None
    seen: dict[str, int] = {}
    return tuple(_freeze(draft, seen) for draft in roots)


def marked_sections(markdown: str) -> list[tuple[str, str]]:
    """(phase, task-list Markdown) of every marked procedure section in a guide."""
    return [(m["phase"], m["body"]) for m in MARKED_SECTION.finditer(markdown)]


def item_id(text: str, seen: dict[str, int]) -> str:
    digest = hashlib.sha1(" ".join(fold(text).split()).encode("utf-8")).hexdigest()[:8]
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"


def _freeze(draft: _Draft, seen: dict[str, int]) -> ChecklistItem:
    return ChecklistItem(item_id(draft.text, seen), draft.text, draft.note,
                         tuple(_freeze(child, seen) for child in draft.children))
