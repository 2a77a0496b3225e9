"""PDFs with a text layer: words placed back into rows and columns, the same fields as the typed text."""

from __future__ import annotations

import pytest

from gen_import_corpus import letter_pdf
from import_corpus_documents import LETTERS
from sotay.core.importer import ImportRefused, read_draft, read_source


@pytest.mark.parametrize("letter", [LETTERS[0], LETTERS[5], LETTERS[11]], ids=lambda letter: letter.slug)
def test_a_pdf_gives_the_letters_fields(letter):
    source = read_source(letter_pdf(letter), f"{letter.slug}.pdf")
    assert source.format == "PDF có lớp chữ" and not source.ocr
    draft = read_draft(source)
    found = {"number": draft.number, "issuer": draft.issuer, "parent": draft.parent, "issued": draft.issued.isoformat(),
             "subject": draft.subject, "signer": draft.signer, "kind": draft.kind}
    assert found == {key: letter.expected[key] for key in found}


def test_the_header_columns_come_out_side_by_side():
    lines = read_source(letter_pdf(LETTERS[0]), "x.pdf").lines
    assert lines[0] == "ĐẢNG BỘ TỈNH SƠN LÂM\tĐẢNG CỘNG SẢN VIỆT NAM"


def test_a_damaged_pdf_is_refused_with_what_to_do():
    with pytest.raises(ImportRefused, match="không mở được tệp PDF"):
        read_source(b"%PDF-1.7\n garbage", "hong.pdf")
