"""One analysis: the browser's analysis.js gives the same query terms and shards as analysis.py."""

from __future__ import annotations

import unicodedata

from search_fixture import RESULTS_PAGE

from sotay.core.search.analysis import analyze_query
from sotay.core.search.shards import shard_of

QUERIES = [
    "sinh hoat chi bo", "Sinh hoạt chi bộ", "sinh hoatj chi booj", "quy ddinhj", "Đồng Đăm", "Dồng Dăm", "Đong Đam",
    "03-HD/TU", "14-QĐi/TU về sinh hoạt", "750 - CV / ĐUK", "nguoiwf dduwowcj", "thuyr", "hoaf", "giuwx gin",
    "d9inh5 quy", "tw hd", "Nghị quyết 09-NQ/TU, (kết luận) số 18-KL/TW", "khuyeenx", "chuyeen ddeef",
    unicodedata.normalize("NFD", "Nghị quyết đảng ủy"), "  ", "tổ—dân; phố… (khu) [dân] cư", "hoatf", "ĐẢNG BỘ XÃ",
    "aw aa ee oo ow uw dd", "huowngs dẫn", "quyeets ddinhj 366-QĐ/TW",
]
WORDS = ["ă â ê ô ơ ư đ", "à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ", "è é ẻ ẽ ẹ ề ế ể ễ ệ", "ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ",
         "ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ"]

ANALYZE = """(queries) => {
    const { analyzeQuery } = sotay.searchAnalysis;
    return queries.map((q) => analyzeQuery(q).map((t) => [t.exact, t.folded, t.kind]));
}"""
SHARDS = """([terms, shards]) => {
    const { shardOf } = sotay.searchAnalysis;
    return terms.map((t) => shardOf(t, shards));
}"""


def test_query_terms_are_the_same_in_python_and_javascript(desktop):
    desktop.page.goto(desktop.base + RESULTS_PAGE)
    queries = QUERIES + WORDS + [word.upper() for word in WORDS]
    expected = [[[t.exact, t.folded, t.kind] for t in analyze_query(q)] for q in queries]
    assert desktop.page.evaluate(ANALYZE, queries) == expected


def test_shard_assignment_is_the_same_in_python_and_javascript(desktop):
    desktop.page.goto(desktop.base + RESULTS_PAGE)
    terms = ["sinh", "~sinh", "hoạt", "~hoat", "chi bộ", "~chi bo", "#03-hd/tu", "~#03-hd/tu", "đăm", "~dam", "ỹ", ""]
    for shards in (8, 512, 4096):
        assert desktop.page.evaluate(SHARDS, [terms, shards]) == [shard_of(t, shards) for t in terms]
