"""Our stylesheets and scripts that only some pages need, each loaded on the pages whose markup it acts on.

The site's own stylesheet and scripts load on every page (the plugins' STYLES and SCRIPTS); these would only add
bytes to the others: a guide page has no checklist to tick and no explorer table. A page needs an asset when its
content carries one of the asset's markers: a class name or a `data-sotay-*` attribute that the markup the asset
acts on always has (the checklist's `data-sotay-checklist`, the calculator's form, a trainer page's charts or
filters). Markup that an asset's script makes in the browser carries no marker of its own; the server's markup
around it does (the compare page's `sotay-compare`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLASSES = re.compile(r'\bclass="([^"]*)"')
_DATA = re.compile(r"\s(data-sotay-[a-z-]+)")


@dataclass(frozen=True)
class PageAsset:
    path: str  # under assets/sotay/
    markers: frozenset[str]  # class names and data-sotay-* attribute names of the markup it acts on


def _asset(path: str, *markers: str) -> PageAsset:
    return PageAsset(path, frozenset(markers))


# Dependencies first: deferred scripts run in document order.
PAGE_ASSETS = (
    _asset("preparation.css", "sotay-checklist", "sotay-calc", "sotay-score-sheet", "sotay-minutes", "sotay-signature",
           "sotay-blank-lines", "sotay-prep-actions", "sotay-prep-toc", "sotay-prep-open", "sotay-page-break",
           "sotay-print-only", "sotay-screen-only"),
    _asset("trainer.css", "sotay-chart", "sotay-filter-box", "sotay-explorer", "sotay-compare", "sotay-pack-controls",
           "sotay-pack-cover", "sotay-table-scroll"),
    _asset("checklist.js", "data-sotay-checklist"),
    _asset("rubric-score.js", "data-sotay-rubric"),
    _asset("rubric-calculator.js", "data-sotay-rubric"),
    _asset("print-button.js", "data-sotay-print"),
)


@dataclass(frozen=True)
class PageAssets:
    styles: tuple[str, ...] = ()
    scripts: tuple[str, ...] = ()


def markup_tokens(html: str) -> set[str]:
    """The class names and data-sotay-* attribute names in `html`."""
    tokens = {name for names in _CLASSES.findall(html) for name in names.split()}
    tokens.update(_DATA.findall(html))
    return tokens


def page_assets(html: str) -> PageAssets:
    """The page-specific assets (paths under assets/sotay/) that the page content `html` needs, in load order."""
    tokens = markup_tokens(html)
    needed = [asset.path for asset in PAGE_ASSETS if asset.markers & tokens]
    return PageAssets(tuple(path for path in needed if path.endswith(".css")),
                      tuple(path for path in needed if path.endswith(".js")))


__all__ = ["PAGE_ASSETS", "PageAsset", "PageAssets", "markup_tokens", "page_assets"]
