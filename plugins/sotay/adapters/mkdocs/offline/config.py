"""Options of the `sotay-offline` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class OfflineConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml. Default: true."""

    portable = c.Type(bool, default=False)
    """Build a site that opens from a folder or USB stick (file://): links to .html files, data files
    also as scripts, no source maps, and a zip of the whole site. `sotay build --offline` sets it. Default: false."""

    portable_zip = c.Optional(c.Type(str))
    """File name of the zip written at the root of a portable site; the folder inside it has the same name
    without `.zip`. Default: the site name without diacritics, e.g. so-tay-chi-bo.zip for "Sổ tay chi bộ"."""

    portable_scripts = c.ListOfItems(c.Type(str), default=["*.json", "*.json.gz", "*.txt.gz"])
    """fnmatch patterns (from the site root; * crosses folders) of data files that a portable build also writes as
    PATH.js scripts for `sotayOffline.load`: JSON as data, gzip inflated, other files as text. Default: every JSON
    file, plain or gzip, and gzip text (the search index's shards and excerpts)."""

    worker = c.Type(bool, default=True)
    """Write the service worker and web-app manifest, so the site installs and keeps visited pages. Default: true."""

    worker_save_pages = c.ListOfItems(c.Type(str), default=["chuan-bi/"])
    """Source path prefixes of pages that get the "Lưu để dùng khi không có mạng" button; a page also gets it
    with `save_offline: true` in its front matter. Default: chuan-bi/ (meeting-preparation packs)."""

    short_name = c.Optional(c.Type(str))
    """Name under the home-screen icon. Default: the site name."""
