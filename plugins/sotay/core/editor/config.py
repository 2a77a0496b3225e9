"""The whole Decap CMS configuration of a base: backend, preview, media, locale, slugs and the collections."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..knowledge_base import KnowledgeBase
from .base_choices import BaseChoices
from .collections import collections

MEDIA_FOLDER = "docs/assets/images"  # the base's files hold no images yet; pictures added in the editor go here
PUBLIC_FOLDER = "../assets/images"  # as written in a document (content/<kind>/<slug>.md) beside docs/


@dataclass(frozen=True)
class Addresses:
    """Where the editor finds the local backend (decap-server) and the live preview (`sotay serve`)."""

    backend_port: int = 8081
    preview: str = "http://127.0.0.1:8000"


def cms_config(root: Path, addresses: Addresses = Addresses()) -> dict:
    """The configuration for the base at `root`, its pickers filled from the documents the base holds."""
    return config_for(BaseChoices.of(KnowledgeBase.load(root)), addresses)


def config_for(base: BaseChoices, addresses: Addresses = Addresses()) -> dict:
    return {
        "locale": "vi",
        "backend": {"name": "git-gateway"},
        "local_backend": {"url": f"http://127.0.0.1:{addresses.backend_port}/api/v1"},
        "site_url": addresses.preview,  # each entry's "view on the site" link (collections' preview_path) starts here
        "display_url": addresses.preview,
        "media_folder": MEDIA_FOLDER,
        "public_folder": PUBLIC_FOLDER,
        # File names from titles: ASCII, accents removed (đ too), as the base's slugs are.
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections(base),
    }
