"""JSON data files as classic scripts for pages opened from disk."""

import json

import pytest

from sotay.core.offline import script_twin


def test_twin_registers_the_same_data_under_the_same_path():
    data = '{"tài liệu": ["sinh hoạt", "dòng\u2028mới"], "n": 3}'.encode("utf-8")
    path, script = script_twin("search/shard-01.json", data)
    text = script.decode("utf-8")
    assert path == "search/shard-01.json.js"
    prefix = 'sotayOffline.register("search/shard-01.json",'
    assert text.startswith(prefix) and text.endswith(");\n")
    assert "\u2028" not in text  # a raw line separator ends a string literal in older browsers
    assert json.loads(text[len(prefix):-3]) == json.loads(data)


def test_invalid_json_is_refused():
    with pytest.raises(ValueError):
        script_twin("a.json", b'{"a": 1')
