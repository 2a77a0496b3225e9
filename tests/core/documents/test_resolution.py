"""Citations resolve to one document, or are reported as ambiguous or missing — never guessed."""

from __future__ import annotations

from datetime import date

import pytest

from guides import guide
from sotay.core.documents.docnumber import find_numbers
from sotay.core.documents.resolution import Resolver

REGULATION = guide("14-QĐi/TU", issued=date(2024, 4, 5))
DECISION = guide("14-QĐ/TU", issued=date(2023, 1, 9))
LETTER = guide("750-CV/ĐUK")
LETTER_DUK = guide("750-CV/DUK")
GUIDANCE = guide("03-HD/TU")


def resolve(text: str, *guides):
    [mention] = find_numbers(text)
    return Resolver(list(guides)).resolve_mention(mention)


@pytest.mark.parametrize("text, guides, expected", [
    # one candidate: every variant spelling reaches it
    ("14-QĐi/TU", [REGULATION], REGULATION),
    ("14-QĐ/TU", [REGULATION], REGULATION),
    ("14-QDi/TU", [REGULATION], REGULATION),
    ("750-CV/DUK", [LETTER], LETTER),
    ("3-HD/TU", [GUIDANCE], GUIDANCE),
    ("Hướng dẫn số 03 - hd/tu", [GUIDANCE], GUIDANCE),
    # two candidates: an exact spelling no other candidate shortens to decides
    ("14-QĐi/TU", [REGULATION, DECISION], REGULATION),
    ("750-CV/ĐUK", [LETTER, LETTER_DUK], LETTER),
    # ... and so does what the citation says: its kind word, its date
    ("Quy định số 14-QĐ/TU", [REGULATION, DECISION], REGULATION),
    ("Quyết định số 14-QĐ/TU", [REGULATION, DECISION], DECISION),
    ("14-QĐ/TU ngày 05/4/2024", [REGULATION, DECISION], REGULATION),
    ("14-QĐ/TU ngày 09 tháng 01 năm 2023", [REGULATION, DECISION], DECISION),
])
def test_resolves_to_the_one_document_meant(text, guides, expected):
    resolution = resolve(text, *guides)
    assert resolution.target is expected and not resolution.ambiguous and not resolution.missing


@pytest.mark.parametrize("text, guides", [
    ("14-QĐ/TU", [REGULATION, DECISION]),            # the DOMAIN example: QĐ may stand for QĐi
    ("750-CV/DUK", [LETTER, LETTER_DUK]),            # DUK may stand for ĐUK
    ("Hướng dẫn số 14-QĐ/TU", [REGULATION, DECISION]),  # a kind word that fits neither does not choose
    ("14-QĐ/TU ngày 01/01/2000", [REGULATION, DECISION]),
])
def test_two_fitting_documents_are_ambiguous(text, guides):
    resolution = resolve(text, *guides)
    assert resolution.target is None and resolution.ambiguous
    assert set(resolution.candidates) == set(guides)


def test_a_number_the_base_lacks_is_missing():
    resolution = resolve("Hướng dẫn 09-HD/BTCTW", REGULATION, GUIDANCE)
    assert resolution.missing and resolution.target is None and not resolution.ambiguous


def test_unnumbered_guides_and_unparseable_numbers_resolve_to_nothing():
    resolver = Resolver([guide(None, title="Quy trình", form="huong-dan"), GUIDANCE])
    assert resolver.resolve_text("không phải số hiệu").missing
    assert resolver.resolve_text("03-HD/TU").target is GUIDANCE
