"""Waiting for the search's answer: the results shown for the query and their excerpts in place (aria-busy off)."""

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
