"""The content model: frozen documents of plain values, compared and hashed by every field but left out of repr."""

import dataclasses
import pickle

import pytest

from sotay.core.model import Guide

BODY = "# Hướng dẫn\n\nChi bộ sinh hoạt thường kỳ mỗi tháng một lần.\n" * 40


def guide(**changes) -> Guide:
    return Guide(**({"path": "guides/a.md", "slug": "a", "body": BODY, "title": "A", "form": "van-ban"} | changes))


def test_a_body_is_required():
    with pytest.raises(TypeError, match="'body'"):
        Guide(path="guides/a.md", slug="a", title="A", form="van-ban")  # type: ignore[call-arg]


def test_documents_compare_and_hash_by_their_body_too():
    doc = guide()
    assert doc == guide() and hash(doc) == hash(guide()) and doc != guide(body=BODY + ".")
    assert dataclasses.replace(doc, title="B").body == BODY
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_a_body_is_left_out_of_repr_and_cannot_be_changed():
    doc = guide()
    assert "Chi bộ" not in repr(doc)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.body = "x"  # type: ignore[misc]
