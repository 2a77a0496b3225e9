"""Options of the `sotay-content` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ContentConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml. Default: true."""

    nav_generate = c.Type(bool, default=True)
    """Build the navigation from the content when mkdocs.yml has no `nav`. Default: true."""
