"""Texts held compressed in frozen dataclasses: read back whole, still required, copied and pickled."""

import dataclasses
import pickle

import pytest

from sotay.core.model import Guide
from sotay.core.packed import Packed

BODY = "# Hướng dẫn\n\nChi bộ sinh hoạt thường kỳ mỗi tháng một lần.\n" * 40


def guide(**changes) -> Guide:
    return Guide(**({"path": "guides/a.md", "slug": "a", "body": BODY, "title": "A", "form": "van-ban"} | changes))


def test_a_body_is_held_compressed_and_read_back_whole():
    doc = guide()
    assert doc.body == BODY
    held = [value for value in vars(doc).values() if isinstance(value, Packed)]
    assert len(held) == 1 and len(held[0].data) < len(BODY.encode("utf-8")) / 5
    assert not any(isinstance(value, str) and len(value) > 100 for value in vars(doc).values())


def test_an_already_packed_text_is_kept_as_given():
    packed = Packed(BODY)
    assert vars(guide(body=packed))["_packed_body"] is packed


def test_a_body_stays_required():
    with pytest.raises(TypeError, match="'body'"):
        Guide(path="guides/a.md", slug="a", title="A", form="van-ban")


def test_equality_replace_and_pickle_see_the_text():
    doc = guide()
    assert doc == guide() and hash(doc) == hash(guide()) and doc != guide(body=BODY + ".")
    assert dataclasses.replace(doc, title="B").body == BODY
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert "Chi bộ" not in repr(doc)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.body = "x"  # type: ignore[misc]
