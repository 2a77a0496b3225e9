"""The browser editor's (Decap CMS) configuration, generated from the content contract and the base."""

from .base_choices import BaseChoices
from .config import cms_config, config_for

__all__ = ["BaseChoices", "cms_config", "config_for"]
