"""The content model: frozen documents of plain values; the one status type and the vocabulary that labels it."""

import dataclasses
import pickle

import pytest

from sotay.core.model import Guide, Status
from sotay.core.vocabulary import values

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


def test_the_status_type_holds_the_slugs_the_vocabulary_labels():
    assert tuple(Status) == values("status")


def test_a_status_written_as_text_is_held_as_the_member_equal_to_it():
    doc = guide(status="hieu-luc-mot-phan")
    assert doc.status is Status.PARTLY_IN_FORCE and doc.status == "hieu-luc-mot-phan"
    assert guide().status is Status.IN_FORCE and hash(doc) == hash(guide(status=Status.PARTLY_IN_FORCE))
    with pytest.raises(ValueError):
        guide(status="con-hieu-luc")


@pytest.mark.parametrize("status, in_force", [(Status.IN_FORCE, True), (Status.PARTLY_IN_FORCE, True), (Status.ENDED, False),
                                              (Status.NOT_YET_IN_FORCE, False), (Status.DRAFT, False), (Status.UNVERIFIED, False)])
def test_in_force_as_written(status, in_force):
    assert status.in_force is in_force
