"""Options of the `sotay-content` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ContentConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml. Default: true."""

    nav_generate = c.Type(bool, default=True)
    """Build the navigation from the content when mkdocs.yml has no `nav`. Default: true."""

    organization = c.Type(str, default="")
    """Who publishes the handbook (a party committee or its office): in the footer and in print headers."""

    contact = c.Type(str, default="")
    """A contact line for readers (an office, a telephone number, an address): in the footer."""

    logo = c.Optional(c.Type(str))
    """The header's logo: an image file in docs/ (a path from docs/, e.g. `assets/logo.png`)."""

    primary = c.Optional(c.Type(str))
    """The header's and buttons' colour, `#rrggbb`; white text on it must stay readable (4.5:1)."""

    accent = c.Optional(c.Type(str))
    """The colour of links under the pointer and of focus outlines, `#rrggbb`; at least 3:1 on white."""
