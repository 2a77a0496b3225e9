"""The pure functions of the trainer scripts, table-driven, run in the browser that runs them on the site.

Each file is loaded as the site loads it, a classic script, and its functions called on its namespace (window.sotay)."""

from __future__ import annotations

import pytest

from .conftest import open_page

CASES = [
    ("filters", "m.parseTokens('meeting_type=a theme=x theme=y  bad')", {"meeting_type": ["a"], "theme": ["x", "y"]}),
    ("filters", "m.matches({t: ['a', 'b'], y: ['1']}, {t: 'b', y: ''})", True),
    ("filters", "m.matches({t: ['a']}, {t: 'b'}, 't')", True),
    ("filters", "[...m.optionCounts([{k: ['a'], t: ['x']}, {k: ['b'], t: ['x', 'x']}, {k: ['a'], t: []}], {k: 'a'}, 't')]",
     [["", 2], ["x", 1]]),
    ("filters", "m.searchWithFilters('?m=a&year=2024', {year: '', theme: 'x'})", "?m=a&theme=x"),
    ("filters", "m.filtersFromSearch('?year=2025&other=1', ['year', 'theme'])", {"year": "2025", "theme": ""}),
    ("tableSort", "m.sortedOrder(['3', '', '10', '3'], 'number', 'ascending')", [0, 3, 2, 1]),
    ("tableSort", "m.sortedOrder(['3', '', '10'], 'number', 'descending')", [2, 0, 1]),
    ("tableSort", "m.sortedOrder(['Trường', 'thôn', 'Đồng', 'Phòng'], 'text', 'ascending')", [2, 3, 1, 0]),  # đ after d
    ("tableSort", "[m.nextDirection(null), m.nextDirection('ascending'), m.nextDirection('descending')]",
     ["ascending", "descending", "ascending"]),
    ("selection", "m.parseSelection('?m=b,x,a,b,c', ['a', 'b', 'c'], 2)", {"slugs": ["b", "a"], "unknown": ["x"], "dropped": ["c"]}),
    ("selection", "m.parseSelection('', ['a'])", {"slugs": [], "unknown": [], "dropped": []}),
    ("selection", "m.namedSlugs('?m=b,%20x,,b&y=1')", ["b", "x"]),
    ("selection", "[m.selectionSearch(['a', 'b'], '?x=1&m=z'), m.selectionSearch([], '?m=z')]", ["?m=a,b&x=1", ""]),
    ("compareModel", "m.alignRows([{rows: [['G', 'x', '1'], ['G', 'y', ['p'], 'short']]}, {rows: [['G', 'y', '2'], ['H', 'z', null]]}])",
     [{"group": "G", "rows": [{"label": "x", "cells": [{"value": "1", "flag": ""}, None]},
                              {"label": "y", "cells": [{"value": ["p"], "flag": "short"}, {"value": "2", "flag": ""}]}]},
      {"group": "H", "rows": [{"label": "z", "cells": [None, None]}]}]),
    ("compareModel", "m.selectionMessage({slugs: ['a'], unknown: ['q'], dropped: []}, 4)",
     "Không tìm thấy buổi: q. Chọn ít nhất 2 buổi để so sánh."),
    ("compareModel", "['a', 'b-1', 'c', 'e', 'z'].map((slug) => m.partOf(['b', 'd', 'e'], slug))", [0, 0, 0, 2, 2]),
    ("compareModel", "m.partOf(['a-thon'], 'zz')", 0),
    ("compareModel", "m.flagsUsed([{rows: [['G', 'x', '1', 'misfit']]}, {rows: [['G', 'y', '2', 'short'], ['G', 'z', '3']]}])",
     ["short", "misfit"]),
    ("compareModel", "['file:///media/usb/so-tay/tap-huan/so-sanh.html?m=a,b', 'http://localhost:8000/x/', 'http://127.0.0.1:5/',"
     " 'http://[::1]/', 'http://so-tay.tinhuy.vn/x/?m=a', 'https://192.168.1.20/x/', 'http://sotay.local/']"
     ".map((href) => m.canShare(href))", [False, False, False, False, True, True, True]),
    ("siteData", "[m.linkLike('../../model-meetings/a-1/', 'a-1')('b-2'), m.linkLike('../a-1.html', 'a-1')('c')]",
     ["../../model-meetings/b-2/", "../c.html"]),
]


SCRIPTS = ("filters.js", "table-sort.js", "selection.js", "compare-model.js", "site-data.js")


@pytest.fixture(scope="module")
def module_page(browser, site_url):
    page = open_page(browser, "desktop")
    page.goto(site_url)
    for name in SCRIPTS:
        page.add_script_tag(url=f"/assets/sotay/{name}")
    yield page
    page.context.close()


@pytest.mark.parametrize(("namespace", "expression", "expected"), CASES, ids=[f"{m}:{e[:40]}" for m, e, _ in CASES])
def test_pure_function(module_page, namespace, expression, expected):
    result = module_page.evaluate(f"() => {{ const m = sotay.{namespace}; return {expression}; }}")
    assert result == expected
    assert module_page.errors == []
