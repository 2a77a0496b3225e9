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

from ..model import ChecklistItem
from ..textfold import fold

_TASK = re.compile(r"^(?P<indent>[ \t]*)[-*+] \[(?P<mark>[ xX])\] (?P<text>.+)$")
_NOTE = re.compile(r"^[ \t]+(?:Ghi chú|ghi chú)\s*:\s*(?P<note>.+)$")
MARKED_SECTION = re.compile(r"<!--\s*checklist:\s*(?P<phase>[a-z-]+)\s*-->\n(?P<body>.*?)<!--\s*/checklist\s*-->", re.DOTALL)


@dataclass
class _Draft:
    indent: int
    text: str
    note: str
    children: list["_Draft"]


def parse_items(markdown: str, seen: dict[str, int] | None = None) -> tuple[ChecklistItem, ...]:
    """Every task-list item of `markdown` as a tree; nesting follows indentation.

    `seen` carries the repeated-text counters across pieces of one document (see task_runs).
    """
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
    seen = {} if seen is None else seen
    return tuple(_freeze(draft, seen) for draft in roots)


def task_runs(markdown: str) -> list[tuple[bool, str]]:
    """`markdown` cut into (is_task_list, text) runs, in order; joined with newlines they give it back.

    A run of tasks starts at a task line and ends before the next unindented line that is not a task,
    the boundary at which parse_items closes a list, so parsing the runs in order with one `seen`
    gives the ids of parsing the whole text. Blank lines after a run belong to the text that follows.
    """
    runs: list[tuple[bool, list[str]]] = []
    for line in markdown.splitlines():
        in_tasks = bool(runs) and runs[-1][0]
        is_task = bool(_TASK.match(line)) or (in_tasks and (not line.strip() or line.startswith((" ", "\t"))))
        if not runs or is_task != in_tasks:
            runs.append((is_task, []))
        runs[-1][1].append(line)
    for index, (is_task, lines) in enumerate(runs):
        blanks = []
        while is_task and not lines[-1].strip():
            blanks.insert(0, lines.pop())
        if blanks and index + 1 < len(runs):
            runs[index + 1][1][:0] = blanks
        elif blanks:
            runs.append((False, blanks))
    return [(is_task, "\n".join(lines)) for is_task, lines in runs]


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
