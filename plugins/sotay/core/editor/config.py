"""The whole Decap CMS configuration of a base: backend, media, locale, slugs and the collections."""

from __future__ import annotations

from pathlib import Path

from ..knowledge_base import KnowledgeBase
from .base_choices import BaseChoices
from .collections import collections

LOCAL_BACKEND_PORT = 8081  # decap-server's port under `sotay edit`
MEDIA_FOLDER = "docs/assets/images"  # the base's files hold no images yet; pictures added in the editor go here
PUBLIC_FOLDER = "/assets/images"


def cms_config(root: Path, local_backend_port: int = LOCAL_BACKEND_PORT) -> dict:
    """The configuration for the base at `root`, its pickers filled from the documents the base holds."""
    return config_for(BaseChoices.of(KnowledgeBase.load(root)), local_backend_port)


def config_for(base: BaseChoices, local_backend_port: int = LOCAL_BACKEND_PORT) -> dict:
    return {
        "locale": "vi",
        "backend": {"name": "git-gateway"},
        "local_backend": {"url": f"http://127.0.0.1:{local_backend_port}/api/v1"},
        "media_folder": MEDIA_FOLDER,
        "public_folder": PUBLIC_FOLDER,
        # File names from titles: ASCII, accents removed (đ too), as the base's slugs are.
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections(base),
    }
