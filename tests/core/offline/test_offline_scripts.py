"""JSON data files as classic scripts for pages opened from disk."""

import gzip
import json

import pytest

from sotay.core.offline import script_twin


def test_twin_registers_the_same_data_under_the_same_path():
    data = '{"tài liệu": ["sinh hoạt", "dòng\u2028mới"], "n": 3}'.encode("utf-8")
    path, script = script_twin("search/shard-01.json", data)
    assert path == "search/shard-01.json.js"
    assert "\u2028" not in script.decode("utf-8")  # a raw line separator ends a string literal in older browsers
    assert registered(script, "search/shard-01.json") == json.loads(data)


def test_invalid_json_is_refused():
    with pytest.raises(ValueError):
        script_twin("a.json", b'{"a": 1')


def registered(script: bytes, path: str):
    """The data a twin script hands to sotayOffline.register under `path`."""
    text = script.decode("utf-8")
    prefix = f"sotayOffline.register({json.dumps(path)},"
    assert text.startswith(prefix) and text.endswith(");\n")
    return json.loads(text[len(prefix):-3])


@pytest.mark.parametrize(("path", "content", "data"), [
    ("search/t/3.json.gz", '{"~chi bo": [2, 1, 5.5]}', {"~chi bo": [2, 1, 5.5]}),
    ("search/x/0.txt.gz", "Chi bộ <b>họp</b>\u2028 thường kỳ\n", "Chi bộ <b>họp</b>\u2028 thường kỳ\n"),
])
def test_a_gzip_file_twin_holds_its_content_inflated(path: str, content: str, data):
    twin, script = script_twin(path, gzip.compress(content.encode("utf-8")))
    assert twin == path + ".js"
    assert "\u2028" not in script.decode("utf-8")
    assert registered(script, path) == data


@pytest.mark.parametrize(("path", "data"), [("a.json.gz", b'{"a": 1}'), ("a.json.gz", gzip.compress(b'{"a": 1', mtime=0)),
                                            ("x/1.txt.gz", gzip.compress(b"\xff\xfe", mtime=0))])
def test_a_damaged_gzip_file_is_refused(path: str, data: bytes):
    with pytest.raises(ValueError):
        script_twin(path, data)
