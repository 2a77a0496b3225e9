"""Word files: the header and signature tables read column after column, like the typed text."""

from __future__ import annotations

import pytest

from gen_import_corpus import letter_docx, place_date
from import_corpus_documents import LETTERS
from sotay.core.importer import ImportRefused, read_draft, read_source


def test_the_header_table_reads_as_the_person_reads_it():
    source = read_source(letter_docx(LETTERS[0]), "cv-915.docx")
    assert source.format == "tệp Word (.docx)"
    assert list(source.lines[:10]) == ["ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG", "TỈNH SƠN LÂM", "*", "Số 915-CV/ĐU",
                                       "về tổ chức sinh hoạt chi bộ chuyên đề quý II năm 2023", "", "ĐẢNG CỘNG SẢN VIỆT NAM",
                                       place_date(LETTERS[0]), ""]


@pytest.mark.parametrize("letter", [LETTERS[1], LETTERS[4], LETTERS[10]], ids=lambda letter: letter.slug)
def test_a_letter_in_word_gives_its_fields(letter):
    draft = read_draft(read_source(letter_docx(letter), f"{letter.slug}.docx"))
    found = {"number": draft.number, "issuer": draft.issuer, "parent": draft.parent, "issued": draft.issued.isoformat(),
             "subject": draft.subject, "signer": draft.signer, "kind": draft.kind}
    assert found == {key: letter.expected[key] for key in found}


def test_a_damaged_word_file_is_refused_with_what_to_do():
    with pytest.raises(ImportRefused, match="lưu lại thành .docx"):
        read_source(b"PK\x03\x04 not a real archive", "hong.docx")
