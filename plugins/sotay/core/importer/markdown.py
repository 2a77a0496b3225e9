"""A Draft written as a content file: YAML front matter within the contract, and Markdown that shows the
imported text exactly as written (no emphasis, link, HTML or list made by accident)."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import yaml

from ..documents.docnumber import Mention, as_written, find_numbers, parse_number
from ..field_types import NAME_LENGTH
from ..textfold import fold
from .draft import Block, Draft

MENTIONED_HEADING = "Văn bản được nhắc đến"
IMAGES_HEADING = "Ảnh trong trang gốc"
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
_BASIS = re.compile(r"^[-+•]?\s*căn cứ\b", re.IGNORECASE)


def escape_text(text: str) -> str:
    """`text` as Markdown that renders as the same characters."""
    text = text.translate(_BACKSLASHED)
    for pattern, replacement in _LINE_START:
        text = pattern.sub(replacement, text, count=1)
    return text


def front_matter(meta: dict, comment: str) -> str:
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**9, default_flow_style=False)
    return f"---\n# {' '.join(comment.split())}\n{dumped}---\n"


def body_markdown(draft: Draft, mentioned: list[Mention], images: tuple[tuple[str, str], ...] = ()) -> str:
    """The body: the letter's superior body and addressees, the text, the distribution list and the signature,
    the documents it mentions and the pictures of the page it came from (as links: the site loads nothing from
    another host)."""
    parts: list[str] = []
    if draft.parent:
        parts.append(f"**Cơ quan cấp trên:** {escape_text(draft.parent)}")
    if draft.addressees:
        parts.append(f"**Kính gửi:** {escape_text(draft.addressees)}")
    parts += blocks_markdown(draft.body)
    if draft.distribution:
        parts.append(f"**Nơi nhận:** {escape_text('; '.join(item.rstrip(' ,;.') for item in draft.distribution))}.")
    if signed := [part for part in (draft.authority, draft.position, draft.signer) if part]:
        parts.append(f"**Ký:** {escape_text(', '.join(signed))}")
    if draft.author:
        parts.append(f"Tác giả: {escape_text(draft.author)}")
    if mentioned:
        parts.append(f"## {MENTIONED_HEADING}")
        parts.append("\n".join(f"- {escape_text(' '.join(m.text.split()))}" for m in mentioned))
    if links := [link for link in (_image_link(caption, url) for caption, url in images) if link]:
        parts.append(f"## {IMAGES_HEADING}")
        parts.append("\n".join(f"- {link}" for link in links))
    return "\n\n".join(parts) + "\n" if parts else ""


def blocks_markdown(blocks: tuple[Block, ...]) -> list[str]:
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
    """(based_on numbers, other citations): a citation is a basis when its line opens with "Căn cứ" or its
    clause says "căn cứ".

    The document's own number is neither; each document is listed once (loose key), first citation first.
    "Quy định số 09-QĐ/TU" is written 09-QĐi/TU: the text names the kind, the code was mistyped.
    """
    own = parse_number(draft.number).loose_key if draft.number else None
    seen = {own}
    based_on: list[str] = []
    mentioned: list[Mention] = []
    texts = [draft.subject or "", draft.summary or ""] + [block.text for block in draft.body]
    for text in texts:
        basis = _BASIS.match(text) is not None
        for mention in find_numbers(text):
            if mention.doc.loose_key in seen:
                continue
            seen.add(mention.doc.loose_key)
            clause = _CLAUSE_END.split(text[:mention.start])[-1]
            if basis or "can cu" in fold(clause):
                based_on.append(cited_number(mention))
            else:
                mentioned.append(mention)
    return based_on, mentioned


def cited_number(mention: Mention) -> str:
    """The number as written, with a Quy định's code put right ("Quy định số 09-QĐ/TU" -> 09-QĐi/TU)."""
    written = as_written(mention)
    if mention.kind_word == "Quy định" and mention.doc.type == "QĐ":
        return written.replace("-QĐ/", "-QĐi/", 1)
    return written


def source_of(url: str) -> dict:
    return {"title": f"Bản gốc trên {urlsplit(url).hostname or url}"[:NAME_LENGTH], "url": url}


def _image_link(caption: str, url: str) -> str | None:
    """A picture on another host as a plain link "[Ảnh: caption](url)"; only web addresses, made safe for Markdown."""
    if not url.lower().startswith(("http://", "https://")):
        return None
    safe = quote(url, safe=":/?#&=%+@!$',;~.-_")
    caption = " ".join(caption.split())[:NAME_LENGTH] or "ảnh"
    return f"[Ảnh: {escape_text(caption)}]({safe})"
