"""A broken file's title as its author wrote it, for the error page's heading: read from the `title:` line of the
front matter without parsing it, since the file is broken (an unclosed quote keeps the title readable to a person)."""

from __future__ import annotations

import re

_HEAD_LINES = 60  # a front matter's title is near its top; a file without a closing fence is not read to its end
_TITLE = re.compile(r"title:[ \t]*(.*)")
_QUOTES = "\"'“”"


def title_as_written(text: str) -> str | None:
    """The value of the first top-level `title:` line before the closing `---`, quotes trimmed; None without one."""
    lines = text.split("\n", _HEAD_LINES + 1)[:_HEAD_LINES]
    if not lines or lines[0].strip() != "---":
        return None
    for line in lines[1:]:
        if line.strip() == "---":
            return None
        if match := _TITLE.fullmatch(line.rstrip()):
            return match.group(1).strip().strip(_QUOTES).strip() or None
    return None
