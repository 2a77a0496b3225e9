"""The browser editor's (Decap CMS) configuration, generated from the content contract and the base."""

from .base_choices import BaseChoices
from .config import Addresses, cms_config, config_for

__all__ = ["Addresses", "BaseChoices", "cms_config", "config_for"]
