"""The browser's ranking (assets/search/rank.js over the built shards), on the same cases as whoosh."""

from __future__ import annotations

import pytest
from search_fixture import CASES, RESULTS_PAGE, check_case

RANK = """async ([query, full]) => {
    const { openIndex } = sotay.searchStore;
    const index = await openIndex();
    const found = await index.search(query, full);
    const docs = await index.documents(found.hits.slice(0, 10).map((h) => h.doc));
    return docs.map((d) => new URL(d.url).pathname.slice(1));
}"""


def ranked(page, query: str, full: bool) -> list[str]:
    return [url.removesuffix("/") + ".md" for url in page.page.evaluate(RANK, [query, full])]


@pytest.fixture
def home(desktop):
    desktop.page.goto(desktop.base + RESULTS_PAGE)
    return desktop


@pytest.mark.parametrize("full", [False, True], ids=["header-box", "results-page"])
@pytest.mark.parametrize("case", CASES, ids=[c["query"] for c in CASES])
def test_ranking(home, case: dict, full: bool):
    check_case(case, ranked(home, case["query"], full))
