"""Options of the `sotay-refs` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class RefsConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml. Default: true."""

    links_autolink = c.Type(bool, default=True)
    """Link every citation of a document the base holds, in every page's text. Default: true."""

    feed_enabled = c.Type(bool, default=True)
    """Write feed.xml (Atom) of what's new and announce it in every page's head. Default: true."""
