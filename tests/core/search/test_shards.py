"""The browser index format: manifest snapshot, shard assignment, heads and tails, documents, facets."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest
from search_fixture import copy_base

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search import shards
from sotay.core.search.analysis import fold, terms
from sotay.core.search.records import records
from sotay.core.search.scoring import Scores
from sotay.core.search.shards import HEAD, ShardPlan, shard_of, shard_pairs

MANIFEST_SNAPSHOT = Path(__file__).parent / "manifest.snapshot.json"


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    return records(KnowledgeBase.load(copy_base(tmp_path_factory.mktemp("shards") / "base")))


@pytest.fixture(scope="module")
def files(found) -> dict[str, bytes]:
    return dict(shard_pairs(found))


def read(files: dict[str, bytes], path: str):
    data = files[path]
    return json.loads(gzip.decompress(data) if path.endswith(".gz") else data)


def test_manifest_format_is_the_snapshot(files):
    """The manifest is what deployed pages read: change its format deliberately (bump VERSION, update the snapshot)."""
    assert read(files, "search/manifest.json") == json.loads(MANIFEST_SNAPSHOT.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("term", "expected"), [("", 0x811C9DC5), ("a", 0xE40C292C), ("foobar", 0xBF9CF968)])
def test_shard_of_is_fnv1a_32(term: str, expected: int):
    assert shard_of(term, 1 << 32) == expected


@pytest.mark.parametrize(("exact", "folded"), [("đăm", "~dam"), ("chi bộ", "~chi bo"), ("#14-qđi/tu", "~#14-qdi/tu")])
def test_a_word_and_its_folded_form_share_a_shard(exact: str, folded: str):
    assert shard_of(exact, 512) == shard_of(folded, 512)


def test_every_term_is_in_the_shard_its_hash_names(files, found):
    plan = read(files, "search/manifest.json")["shards"]
    for record in found:
        for term in set(terms(record.title)):
            head = read(files, f"search/t/{shard_of(term, plan):x}.json.gz")
            assert term in head and record.id in head[term][1::2], term


def test_every_shard_file_exists_so_no_lookup_meets_a_404(files):
    plan = read(files, "search/manifest.json")["shards"]
    assert all(f"search/t/{shard:x}.json.gz" in files for shard in range(plan))


def test_heads_keep_the_best_postings_and_tails_the_rest(monkeypatch, found):
    monkeypatch.setattr(shards, "HEAD", 2)
    small = dict(shard_pairs(found))
    plan = read(small, "search/manifest.json")["shards"]
    term = "~sinh"
    head = read(small, f"search/t/{shard_of(term, plan):x}.json.gz")[term]
    tail = read(small, f"search/t/{shard_of(term, plan):x}.tail.json.gz")[term]
    df, postings = head[0], head[1:]
    assert len(postings) == 4 and df == 2 + len(tail) // 2 > 2
    scores = postings[1::2] + tail[1::2]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(("at_once", "shards_at_once"), [(1, 1), (7, 50), (1 << 30, 1)])
def test_postings_ranked_a_few_terms_and_shards_at_a_time_give_the_files_of_all_at_once(monkeypatch, found, files,
                                                                                        at_once, shards_at_once):
    monkeypatch.setattr(shards, "RANKED_AT_ONCE", at_once)
    monkeypatch.setattr(shards, "SHARDS_AT_ONCE", shards_at_once)
    assert dict(shard_pairs(found)) == files


def test_postings_rank_by_score_then_by_record():
    scores = Scores.from_mapping({"a": {0: 1.0, 1: 2.0, 2: 1.0, 3: 2.004}, "b": {1: 0.5, 4: 3.0}})
    flat, bounds = shards._ranked(scores, np.array([True, True]))
    assert flat.tolist() == [1, 200, 3, 200, 0, 100, 2, 100, 4, 300, 1, 50] and bounds == [0, 8, 12]
    flat, bounds = shards._ranked(scores, np.array([False, True]))
    assert flat.tolist() == [4, 300, 1, 50] and bounds == [0, 4]


def test_superseded_documents_score_lower_but_not_on_their_own_number(files, found):
    plan = read(files, "search/manifest.json")["shards"]
    ids = {r.source: r.id for r in found}
    old, new = ids["guides/hd-03-tu.md"], ids["guides/hd-05-tu.md"]

    def score(term: str, doc: int) -> int:
        postings = read(files, f"search/t/{shard_of(term, plan):x}.json.gz")[term][1:]
        return dict(zip(postings[::2], postings[1::2]))[doc]

    assert score("~noi dung", old) < score("~noi dung", new)
    assert score("~#03-hd/tu", old) > score("~#03-hd/tu", new)


def test_documents_are_described_in_blocks_with_urls(files, found):
    block = read(files, "search/manifest.json")["docs"]["block"]
    old = next(r for r in found if r.source == "guides/hd-03-tu.md")
    assert read(files, f"search/d/{old.id // block}.json.gz")[old.id % block] == [
        "Hướng dẫn về nội dung sinh hoạt chi bộ", "guides/hd-03-tu/", "guides", "03-HD/TU", "het-hieu-luc", 2018]


def test_excerpt_is_the_plain_body_without_the_title(files, found):
    new = next(r for r in found if r.source == "guides/hd-05-tu.md")
    text = gzip.decompress(files[f"search/x/{new.id}.txt.gz"]).decode("utf-8")
    assert text.startswith("Hướng dẫn nội dung sinh hoạt chi bộ: thông tin thời sự") and "\n" not in text


def test_facet_columns_code_every_document(files, found):
    manifest, facets = read(files, "search/manifest.json"), read(files, "search/facets.json.gz")
    meeting = next(r for r in found if r.source == "model-meetings/dong-dam-chuyen-de.md")
    columns = facets["columns"]
    kinds = [slug for slug, _ in manifest["labels"]["kind"]]
    assert kinds[columns["kind"][meeting.id] - 1] == "model-meetings"
    meetings = [slug for slug, _ in manifest["labels"]["meeting"]]
    assert columns["meeting"][meeting.id] == 1 << meetings.index("chuyen-de")
    assert columns["year"][meeting.id] == 2025
    old = next(r for r in found if r.source == "guides/hd-03-tu.md")
    assert facets["issuers"][columns["issuer"][old.id] - 1] == "Ban Thường vụ Tỉnh ủy"
    assert all(len(column) == len(found) for column in columns.values())


def test_vocabulary_lists_words_and_pairs_in_exact_spellings_most_frequent_first(files):
    vocabulary = read(files, "search/vocab.json.gz")
    words, pairs = vocabulary["words"], vocabulary["pairs"]
    assert {"sinh", "hoạt"} <= set(words[:10]) and "dam" in {fold(word) for word in words}
    assert len({fold(word) for word in words}) == len(words)
    assert "sinh hoạt" in pairs[:10] and "biên bản" in pairs and all(p.count(" ") == 1 for p in pairs)
    assert len({fold(pair) for pair in pairs}) == len(pairs)
    assert not any(c.isdigit() for text in words + pairs for c in text)


def test_the_manifest_names_the_pages_offered_when_nothing_is_found(files, found):
    shortcuts = read(files, "search/manifest.json")["shortcuts"]
    assert [heading for heading, _ in shortcuts] == ["Xem theo loại tài liệu", "Trang hay dùng"]
    assert shortcuts[0][1][0] == ["Hướng dẫn và văn bản", "guides/"]
    assert ["Chuẩn bị sinh hoạt", "chuan-bi/"] in shortcuts[1][1]


def test_a_generated_page_is_described_as_a_tool(files, found):
    block = read(files, "search/manifest.json")["docs"]["block"]
    compare = next(r for r in found if r.source == "tap-huan/so-sanh.md")
    assert read(files, f"search/d/{compare.id // block}.json.gz")[compare.id % block] == [
        "So sánh các buổi sinh hoạt mẫu", "tap-huan/so-sanh/", "tools", "", "", 0]
    assert gzip.decompress(files[f"search/x/{compare.id}.txt.gz"]).decode("utf-8").startswith("Đặt các buổi sinh hoạt mẫu cạnh nhau")


def test_output_is_byte_identical_from_run_to_run(found, files):
    assert dict(shard_pairs(found)) == files


@pytest.mark.parametrize(("estimate", "count"), [(0, 8), (3072 * 8, 8), (3072 * 9, 16), (3072 * 1000, 1024)])
def test_shard_count_grows_with_the_corpus(estimate: int, count: int):
    assert ShardPlan.for_postings(estimate).shards == count


def test_head_is_small_enough_for_a_phone():
    assert HEAD <= 64
