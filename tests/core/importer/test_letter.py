"""The party-document layout read from every way a copy lays it out: each corpus letter in each text layout gives
its stated fields, and nothing it does not state."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gen_import_corpus import letter_txt
from import_corpus_documents import LETTERS
from sotay.core.importer.letter import header_cells, issuer_and_parent, looks_like_letter, read_letter
from sotay.core.importer.markdown import references

LAYOUTS = ["tabs", "stacked", "runon", "markdown", "right-first"]


def read(text: str):
    lines = text.split("\n")
    assert looks_like_letter(lines)
    return read_letter(lines)


def fields_of(draft) -> dict:
    based_on, mentioned = references(draft)
    found = {"kind": draft.kind, "number": draft.number, "issuer": draft.issuer, "parent": draft.parent,
             "issued": draft.issued.isoformat() if draft.issued else None, "subject": draft.subject, "signer": draft.signer,
             "citations": sorted(based_on + [m.doc.canonical for m in mentioned]), "based_on": sorted(based_on)}
    return {key: value for key, value in found.items() if value is not None}


def expected_of(letter) -> dict:
    expected = dict(letter.expected)
    expected["citations"] = sorted(_canonical(n) for n in expected["citations"])
    expected["based_on"] = sorted(expected["based_on"])
    return expected


def _canonical(number: str) -> str:
    from sotay.core.documents.docnumber import parse_number
    return parse_number(number).canonical


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter.slug)
def test_every_layout_gives_the_stated_fields(letter, layout):
    found = fields_of(read(letter_txt(replace(letter, txt_layout=layout))))
    found["citations"] = sorted(_canonical(n) for n in found["citations"])
    assert found == expected_of(letter)


@pytest.mark.parametrize("lines, issuer, parent", [
    (["ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG", "TỈNH ĐIỆN BIÊN"],
     "Đảng ủy các cơ quan Đảng tỉnh Điện Biên", "Đảng bộ tỉnh Điện Biên"),
    (["TỈNH ỦY BÌNH AN", "BAN TỔ CHỨC"], "Ban Tổ chức Tỉnh ủy Bình An", "Tỉnh ủy Bình An"),
    (["ĐẢNG BỘ XÃ TẢ VAN", "CHI BỘ THÔN GIÀNG TẢ"], "Chi bộ thôn Giàng Tả", "Đảng bộ xã Tả Van"),
    (["ĐẢNG BỘ XÃ NÀ HẨU", "CHI BỘ TRƯỜNG THCS HÒA BÌNH"], "Chi bộ Trường THCS Hòa Bình", "Đảng bộ xã Nà Hẩu"),
    (["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], "Đảng ủy Khối các cơ quan tỉnh", None),
    (["ĐẢNG BỘ TỈNH QUẢNG NAM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "VĂN PHÒNG"],
     "Văn phòng Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối các cơ quan tỉnh"),
    ([], None, None),
])
def test_issuer_over_lines_with_its_parent_in_sentence_case(lines, issuer, parent):
    assert issuer_and_parent(lines) == (issuer, parent)


@pytest.mark.parametrize("line, pieces", [
    ("ĐẢNG BỘ TỈNH ĐIỆN BIÊN ĐẢNG CỘNG SẢN VIỆT NAM", ["ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
    ("TỈNH ĐIỆN BIÊN Điện Biên Phủ, ngày 7 tháng 3 năm 2023", ["TỈNH ĐIỆN BIÊN", "Điện Biên Phủ, ngày 7 tháng 3 năm 2023"]),
    ("Số 215-CV/ĐU\tĐiện Biên Phủ, ngày 07/3/2023", ["Số 215-CV/ĐU", "Điện Biên Phủ, ngày 07/3/2023"]),
    ("* Hà Nội, ngày 1 tháng ba năm 2024", ["Hà Nội, ngày 1 tháng ba năm 2024"]),
    ("**ĐẢNG ỦY KHỐI**      *Tam Kỳ, ngày 05 tháng 4 năm 2024*", ["ĐẢNG ỦY KHỐI", "Tam Kỳ, ngày 05 tháng 4 năm 2024"]),
    ("về việc tổ chức sinh hoạt Sơn Lâm, ngày 7 tháng 3 năm 2023", ["về việc tổ chức sinh hoạt", "Sơn Lâm, ngày 7 tháng 3 năm 2023"]),
])
def test_header_lines_split_at_the_landmarks_run_into_them(line, pieces):
    assert header_cells(line) == pieces


def test_a_number_the_text_does_not_give_is_not_invented():
    text = "ĐẢNG BỘ XÃ TẢ VAN\nCHI BỘ THÔN GIÀNG TẢ\n*\nSố 03-BB/CB\n\nBIÊN BẢN\nhọp chi bộ\n\nNội dung.\n\nT/M CHI BỘ\nBÍ THƯ\nLò Văn Pấng\n"
    draft = read(text)
    assert (draft.number, draft.kind, draft.issued, draft.signer) == (None, "Biên bản", None, "Lò Văn Pấng")
    assert [b.text for b in draft.body] == ["Nội dung."]


def test_signature_first_then_distribution_and_a_bare_position():
    text = ("ĐẢNG ỦY XÃ PHIÊNG LU\nSố 5-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nThông báo lịch họp.\n\n"
            "BÍ THƯ\n(đã ký)\nGIÀNG A SÙNG\nNơi nhận:\n- Các chi bộ,\n- Lưu.\n")
    draft = read(text)
    assert (draft.signer, draft.position, draft.distribution) == ("Giàng A Sùng", "BÍ THƯ", ("Các chi bộ,", "Lưu."))
