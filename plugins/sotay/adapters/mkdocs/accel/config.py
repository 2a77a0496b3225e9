"""Options of the `sotay-accel` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class AccelConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn every speed-up off without removing the plugin from mkdocs.yml; the site is the same. Default: true."""

    processes = c.Type(int, default=0)
    """Processes that share a build's page loop: 0 for one per core, 1 for the build's own only. Default: 0."""

    store = c.Type(bool, default=True)
    """Keep every page's output in ROOT/.cache/sotay/pages/ and write it again, without rendering, while nothing
    it is made from changed (fingerprints.py says what that covers). Default: true."""
