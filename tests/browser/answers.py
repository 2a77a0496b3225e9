"""Waiting for what scripts add to a page: the search's answer (the results shown for the query and their excerpts in
place, aria-busy off), or every region a script fills (the results page, the explorer's rows, the compare table)."""

from __future__ import annotations

ANSWERED = """([selector, q]) => {
  const region = document.querySelector(selector);
  return region?.dataset.query === q && region.getAttribute("aria-busy") === "false";
}"""
BOX = ".md-search-result__meta"
RESULTS_PAGE = ".sotay-results"


def wait_for_box(page, query: str) -> None:
    """Until the header box has answered `query` completely."""
    page.wait_for_function(ANSWERED, arg=[BOX, query])


def wait_for_results_page(page, query: str) -> None:
    """Until the results page has answered `query` completely."""
    page.wait_for_function(ANSWERED, arg=[RESULTS_PAGE, query])


# Our scripts mark a region they fill aria-busy from their start (before the load event) until it is complete.
FILLED = """() => document.readyState === "complete" && !document.querySelector("[aria-busy=true]")"""


def wait_for_scripts(page) -> None:
    """Until the loaded page's scripts have filled what they fill and its fonts are in. Playwright's `networkidle`
    waits for the same and then half a second more without requests, on every page."""
    page.wait_for_function(FILLED)
    page.evaluate("() => document.fonts.ready.then(() => true)")
