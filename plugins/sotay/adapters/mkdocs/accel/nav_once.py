"""The site's navigation rendered once per folder of pages, not once per page.

The theme renders its whole navigation (`partials/nav.html`) into every page, and the links in it are relative to
the page. A page that is not itself in the navigation, and under whose URL no navigation entry lies, gets the very
same navigation as every other page of its folder with the same entries marked active: its links climb the same
number of folders to the same places. Such pages share one rendering, made for the first of them. Pages in the
navigation (an index page, a hand-written page) are rendered as the theme renders them.

The theme's partial is served under another name, and `partials/nav.html` becomes a wrapper that includes it,
either at once or once per key (`_WRAPPER`), so no template of the theme or of ours is copied or changed.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator

from jinja2 import BaseLoader, Environment
from markupsafe import Markup

NAV = "partials/nav.html"
_THEMES = "sotay-accel/theme/" + NAV  # the theme's own partial, as the wrapper includes it
_WRAPPER = (
    "{%- set sotay_nav_key = sotay_nav.key(page, nav) -%}"
    "{%- if sotay_nav_key is none -%}{% include '" + _THEMES + "' %}"
    "{%- elif sotay_nav_key in sotay_nav.made -%}{{ sotay_nav.made[sotay_nav_key] }}"
    "{%- else -%}{%- set sotay_nav_html -%}{% include '" + _THEMES + "' %}{%- endset -%}"
    "{{ sotay_nav.keep(sotay_nav_key, sotay_nav_html) }}{%- endif -%}"
)


class _Loader(BaseLoader):
    """The environment's loader, with the wrapper as `partials/nav.html` and the theme's partial under `_THEMES`."""

    def __init__(self, inner: BaseLoader):
        self.inner = inner

    def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template == NAV:
            return _WRAPPER, None, lambda: True
        return self.inner.get_source(environment, NAV if template == _THEMES else template)

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()


class NavOnce:
    """One build's navigations, by key; `key` says which pages share one (None: this page renders its own)."""

    def __init__(self) -> None:
        self.made: dict[tuple, Markup] = {}
        self._nav: object = None
        self._in_nav: set[int] = set()
        self._urls: list[str] = []

    def key(self, page, nav) -> tuple | None:
        if page is None or nav is None:
            return None
        if nav is not self._nav:
            self._nav, self._in_nav = nav, {id(item) for item in nav.pages}
            self._urls = [item.url for item in _links(nav.items)]
        if id(page) in self._in_nav or any(url.startswith(page.url) for url in self._urls):
            return None
        folder = posixpath.dirname(page.url.rstrip("/")) if page.url.endswith("/") else posixpath.dirname(page.url)
        return folder, tuple(id(item) for item in _active(nav.items))

    def keep(self, key: tuple, html: str) -> Markup:
        self.made[key] = Markup(html)
        return self.made[key]


def install(env: Environment) -> None:
    """Make `env` render the navigation once per key, for the pages of one build."""
    if not isinstance(env.loader, _Loader):
        env.loader = _Loader(env.loader)
    env.globals["sotay_nav"] = NavOnce()


def _links(items) -> Iterator:
    """Every page and link of the navigation."""
    for item in items:
        if getattr(item, "children", None):
            yield from _links(item.children)
        elif getattr(item, "url", None) is not None:
            yield item


def _active(items) -> Iterator:
    for item in items:
        if getattr(item, "active", False):
            yield item
        if getattr(item, "children", None):
            yield from _active(item.children)
