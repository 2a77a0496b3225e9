"""A query downloads the manifest, its terms' shards and what it shows: a few KB, never the whole index."""

from __future__ import annotations

import json

from sotay.core.search.analysis import analyze_query, index_term
from sotay.core.search.shards import shard_of

from ..answers import wait_for_box


def shards_of(query: str, shards: int) -> set[str]:
    terms = [index_term(t.kind, t.folded, folded=True) for t in analyze_query(query)]
    return {f"t/{shard_of(term, shards):x}.json.gz" for term in terms}


def test_a_needle_query_fetches_only_its_shards_and_what_it_shows(corpus, corpus_page):
    server, needles = corpus
    page, needle = corpus_page, needles[0]
    page.open_search("")
    page.page.fill("input[name=q]", needle.query)  # one query; typing letter by letter also fetches the prefixes' shards
    wait_for_box(page.page, needle.query)
    assert page.page.locator("#sotay-search-list [role=option] a").first.get_attribute("href").endswith("/" + needle.url)
    page.page.wait_for_selector("#sotay-search-list .md-search-result__teaser mark")
    manifest = json.loads((server.root / "search/manifest.json").read_text(encoding="utf-8"))
    fetched = dict(page.fetched)
    shards = {path for path in fetched if path.startswith("t/")}
    assert shards == shards_of(needle.query, manifest["shards"]), "one shard per folded term, exact forms included"
    rest = set(fetched) - shards - {"manifest.json"}
    assert rest and all(path.startswith(("d/", "x/")) for path in rest), rest
    index = sum(path.stat().st_size for path in (server.root / "search").rglob("*") if path.is_file())
    assert sum(fetched.values()) < min(20_000, index / 20), (sum(fetched.values()), index, fetched)
