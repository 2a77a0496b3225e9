"""The whole Decap CMS configuration of a base: backend, preview, media, locale, slugs and the collections."""

from __future__ import annotations

from pathlib import Path

from ..knowledge_base import KnowledgeBase
from .base_choices import BaseChoices
from .collections import collections

MEDIA_FOLDER = "docs/assets/images"  # the base's files hold no images yet; pictures added in the editor go here
PUBLIC_FOLDER = "../assets/images"  # as written in a document (content/<kind>/<slug>.md) beside docs/
BACKEND_PORT = 8081  # decap-server's, under `sotay edit`
PREVIEW_URL = "http://127.0.0.1:8000"  # `sotay serve`'s


def cms_config(root: Path, backend_port: int = BACKEND_PORT, preview_url: str = PREVIEW_URL) -> dict:
    """The configuration for the base at `root`, its pickers filled from the documents the base holds."""
    return config_for(BaseChoices.of(KnowledgeBase.load(root)), backend_port, preview_url)


def config_for(base: BaseChoices, backend_port: int = BACKEND_PORT, preview_url: str = PREVIEW_URL) -> dict:
    """`backend_port`: where the local backend (decap-server) listens; `preview_url`: the live preview's address."""
    return {
        "locale": "vi",
        "backend": {"name": "git-gateway"},
        "local_backend": {"url": f"http://127.0.0.1:{backend_port}/api/v1"},
        "site_url": preview_url,  # each entry's "view on the site" link (collections' preview_path) starts here
        "display_url": preview_url,
        "media_folder": MEDIA_FOLDER,
        "public_folder": PUBLIC_FOLDER,
        # File names from titles: ASCII, accents removed (đ too), as the base's slugs are.
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections(base),
    }
