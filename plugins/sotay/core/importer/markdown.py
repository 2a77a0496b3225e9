"""A Draft written as a content file: YAML front matter within the contract, and Markdown that shows the
imported text exactly as written (no emphasis, link, HTML or list made by accident)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import yaml

from ..documents.docnumber import Mention, as_written, find_numbers, parse_number
from ..textfold import fold
from .draft import Block, Draft

MENTIONED_HEADING = "Văn bản được nhắc đến"
_BACKSLASHED = str.maketrans({c: "\\" + c for c in "\\`*_{}[]#|"} | {"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# What Markdown (with this site's extensions) reads at the start of a line, and how to make it plain text.
_LINE_START = [
    (re.compile(r"^(\d+)\.(\s)"), r"\1\\.\2"),  # ordered list
    (re.compile(r"^([-+!])"), r"\\\1"),          # list, admonition
    (re.compile(r"^:"), "&#58;"),                # definition list
    (re.compile(r"^="), "&#61;"),                # setext heading
    (re.compile(r"^~"), "&#126;"),               # fenced code
]
_CLAUSE_END = re.compile(r"[.;:!?]")


def escape_text(text: str) -> str:
    """`text` as Markdown that renders as the same characters."""
    text = text.translate(_BACKSLASHED)
    for pattern, replacement in _LINE_START:
        text = pattern.sub(replacement, text, count=1)
    return text


def front_matter(meta: dict, comment: str) -> str:
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**9, default_flow_style=False)
    return f"---\n# {' '.join(comment.split())}\n{dumped}---\n"


def body_markdown(draft: Draft, mentioned: list[Mention]) -> str:
    parts: list[str] = []
    if draft.addressees:
        parts.append(f"**Kính gửi:** {escape_text(draft.addressees)}")
    parts += _blocks(draft.body)
    if draft.author:
        parts.append(f"Tác giả: {escape_text(draft.author)}")
    if mentioned:
        parts.append(f"## {MENTIONED_HEADING}")
        parts.append("\n".join(f"- {escape_text(' '.join(m.text.split()))}" for m in mentioned))
    return "\n\n".join(parts) + "\n" if parts else ""


def _blocks(blocks: tuple[Block, ...]) -> list[str]:
    parts: list[str] = []
    for index, block in enumerate(blocks):
        if block.kind == "h":
            parts.append(f"## {escape_text(block.text)}")
        elif block.kind == "li" and index and blocks[index - 1].kind == "li":
            parts[-1] += f"\n- {escape_text(block.text)}"
        elif block.kind == "li":
            parts.append(f"- {escape_text(block.text)}")
        else:
            parts.append(escape_text(block.text))
    return parts


def references(draft: Draft) -> tuple[list[str], list[Mention]]:
    """(based_on numbers, other citations): a citation is a basis only when its clause says "căn cứ".

    The document's own number is neither; each document is listed once (loose key), first citation first.
    """
    own = parse_number(draft.number).loose_key if draft.number else None
    seen = {own}
    based_on: list[str] = []
    mentioned: list[Mention] = []
    texts = [draft.summary or ""] + [block.text for block in draft.body]
    for text in texts:
        for mention in find_numbers(text):
            if mention.doc.loose_key in seen:
                continue
            seen.add(mention.doc.loose_key)
            clause = _CLAUSE_END.split(text[:mention.start])[-1]
            if "can cu" in fold(clause):
                based_on.append(as_written(mention))
            else:
                mentioned.append(mention)
    return based_on, mentioned


def source_of(url: str) -> dict:
    return {"title": f"Bản gốc trên {urlsplit(url).hostname or url}", "url": url}
