"""An Atom feed (RFC 4287) of what's new: the documents of the "Văn bản mới và cập nhật" page.

Links are absolute when the site's address is known and relative to the feed otherwise (Atom resolves
them against the feed's own address). Ids must be absolute IRIs either way: page addresses when the site
has one, else name-based UUID URNs, stable from build to build.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date

from ..model import Document
from ..site.listings import WHATS_NEW, WHATS_NEW_LIMIT, latest_note, recent_documents
from ..vocabulary import label

__all__ = ["FEED_PATH", "atom_feed"]

FEED_PATH = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
_TIMEZONE = "+07:00"  # dates in the base are Vietnamese calendar days
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # characters XML 1.0 cannot hold
ET.register_namespace("", ATOM)


def atom_feed(documents: list[Document], *, site_name: str, site_url: str | None, url_of: Callable[[str], str],
              today: date, description: str = "", limit: int = WHATS_NEW_LIMIT) -> tuple[str, bytes]:
    """(FEED_PATH, UTF-8 Atom XML). `url_of(source path)` gives a page's URL relative to the site root."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    entries = recent_documents(documents, limit)
    feed = ET.Element(_q("feed"), {"{http://www.w3.org/XML/1998/namespace}lang": "vi"})
    _text(feed, "title", f"{site_name} — Văn bản mới và cập nhật")
    if description:
        _text(feed, "subtitle", description)
    _text(feed, "id", _id(base, site_name, ""))
    _text(feed, "updated", _timestamp(max((d.updated for d in entries), default=today)))
    ET.SubElement(ET.SubElement(feed, _q("author")), _q("name")).text = site_name
    ET.SubElement(feed, _q("link"), {"rel": "self", "type": "application/atom+xml", "href": base + FEED_PATH})
    ET.SubElement(feed, _q("link"), {"rel": "alternate", "type": "text/html", "href": base + url_of(WHATS_NEW)})
    for doc in entries:
        url = url_of(doc.url_path)
        entry = ET.SubElement(feed, _q("entry"))
        _text(entry, "title", doc.title)
        _text(entry, "id", _id(base, site_name, url))
        _text(entry, "updated", _timestamp(doc.updated))
        if doc.issued:
            _text(entry, "published", _timestamp(doc.issued))
        ET.SubElement(entry, _q("link"), {"rel": "alternate", "type": "text/html", "href": base + url})
        ET.SubElement(entry, _q("category"), {"term": doc.kind, "label": label("kinds", doc.kind)})
        summary = " ".join(part for part in (latest_note(doc) and f"Cập nhật: {latest_note(doc)}", doc.summary) if part)
        if summary:
            _text(entry, "summary", summary)
    ET.indent(feed)
    return FEED_PATH, ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _id(base: str, site_name: str, url: str) -> str:
    """The page's address when the site has one, else a UUID named by the site and the page."""
    return base + url if base else uuid.uuid5(uuid.NAMESPACE_URL, f"sotay:{site_name}:{url}").urn


def _timestamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00{_TIMEZONE}"


def _q(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _text(parent: ET.Element, name: str, text: str) -> None:
    ET.SubElement(parent, _q(name)).text = _NOT_XML.sub("", text)
