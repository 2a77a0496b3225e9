"""The browser editor's (Decap CMS) configuration, generated from the content contract and the base."""

from .base_choices import BaseChoices
from .config import BACKEND_PORT, PREVIEW_URL, cms_config, config_for

__all__ = ["BACKEND_PORT", "PREVIEW_URL", "BaseChoices", "cms_config", "config_for"]
