"""Options of the `sotay-content` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ContentConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml. Default: true."""

    root = c.Optional(c.Dir(exists=True))
    """Folder holding `content/`. Default: the folder of mkdocs.yml."""

    nav_generate = c.Type(bool, default=True)
    """Build the navigation from the content when mkdocs.yml has no `nav`. Default: true."""

    cache_enabled = c.Type(bool, default=True)
    """Reuse the Markdown rendering of pages unchanged since the last build, kept in ROOT/.cache/sotay/pages/
    (adapters/mkdocs/render_cache.py says what the key covers). Default: true."""

    render_workers = c.Type(int, default=0)
    """Processes that render the pages missing from that cache before MkDocs' own loop, the build's own and renderers
    it starts (adapters/mkdocs/workers.py): 0 for one per core, 1 to render one page at a time. Default: 0."""
