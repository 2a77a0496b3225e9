"""Options of the `sotay-search` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class SearchConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn search off without removing the plugin from mkdocs.yml. Default: true."""

    related_limit = c.Type(int, default=5)
    """How many related documents a document page lists. Default: 5; 0 lists none."""
