"""The pure functions of the trainer scripts, table-driven, run in the browser that runs them on the site."""

from __future__ import annotations

import pytest

from .conftest import open_page

CASES = [
    ("filters.js", "m.parseTokens('meeting_type=a theme=x theme=y  bad')", {"meeting_type": ["a"], "theme": ["x", "y"]}),
    ("filters.js", "m.matches({t: ['a', 'b'], y: ['1']}, {t: 'b', y: ''})", True),
    ("filters.js", "m.matches({t: ['a']}, {t: 'b'}, 't')", True),
    ("filters.js", "[...m.optionCounts([{k: ['a'], t: ['x']}, {k: ['b'], t: ['x', 'x']}, {k: ['a'], t: []}], {k: 'a'}, 't')]",
     [["", 2], ["x", 1]]),
    ("filters.js", "m.searchWithFilters('?m=a&year=2024', {year: '', theme: 'x'})", "?m=a&theme=x"),
    ("filters.js", "m.filtersFromSearch('?year=2025&other=1', ['year', 'theme'])", {"year": "2025", "theme": ""}),
    ("table-sort.js", "m.sortedOrder(['3', '', '10', '3'], 'number', 'ascending')", [0, 3, 2, 1]),
    ("table-sort.js", "m.sortedOrder(['3', '', '10'], 'number', 'descending')", [2, 0, 1]),
    ("table-sort.js", "m.sortedOrder(['Trường', 'thôn', 'Đồng', 'Phòng'], 'text', 'ascending')", [2, 3, 1, 0]),  # đ after d
    ("table-sort.js", "[m.nextDirection(null), m.nextDirection('ascending'), m.nextDirection('descending')]",
     ["ascending", "descending", "ascending"]),
    ("selection.js", "m.parseSelection('?m=b,x,a,b,c', ['a', 'b', 'c'], 2)", {"slugs": ["b", "a"], "unknown": ["x"], "dropped": ["c"]}),
    ("selection.js", "m.parseSelection('', ['a'])", {"slugs": [], "unknown": [], "dropped": []}),
    ("selection.js", "[m.selectionSearch(['a', 'b'], '?x=1&m=z'), m.selectionSearch([], '?m=z')]", ["?m=a,b&x=1", ""]),
    ("compare-model.js", "m.alignRows([{rows: [['G', 'x', '1'], ['G', 'y', ['p'], 'short']]}, {rows: [['G', 'y', '2'], ['H', 'z', null]]}])",
     [{"group": "G", "rows": [{"label": "x", "cells": [{"value": "1", "flag": ""}, None]},
                              {"label": "y", "cells": [{"value": ["p"], "flag": "short"}, {"value": "2", "flag": ""}]}]},
      {"group": "H", "rows": [{"label": "z", "cells": [None, None]}]}]),
    ("compare-model.js", "m.selectionMessage({slugs: ['a'], unknown: ['q'], dropped: []}, 4)",
     "Không tìm thấy buổi: q. Chọn ít nhất hai buổi để so sánh."),
]


@pytest.fixture(scope="module")
def module_page(browser, site_url):
    page = open_page(browser, "desktop")
    page.goto(site_url)
    yield page
    page.context.close()


@pytest.mark.parametrize(("module", "expression", "expected"), CASES, ids=[f"{m}:{e[:40]}" for m, e, _ in CASES])
def test_pure_function(module_page, module, expression, expected):
    result = module_page.evaluate(f"async () => {{ const m = await import('/assets/sotay/{module}'); return {expression}; }}")
    assert result == expected
    assert module_page.errors == []
