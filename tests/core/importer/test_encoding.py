"""Legacy Vietnamese encodings: converted when recognised, refused by name when not; text normalised."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from legacy_writer import cp1258, tcvn3, vni
from sotay.core.importer.encoding import ImportRefused, decode_bytes
from sotay.core.legacy_encoding import CP1258, TCVN3, VNI

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"

LOWER = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
SENTENCE = "Đảng ủy của các chi bộ được hướng dẫn: những người thực hiện nhiệm vụ trong năm."


@pytest.mark.parametrize("mojibake, text, encoding", [
    # How these documents look when opened with the wrong font: written independently of our tables.
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam, §¶ng Céng s¶n ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam, Đảng Cộng sản Việt Nam", TCVN3),
    ("Tr­êng h­íng dÉn tæ chøc sinh ho¹t chi bé cña §¶ng", "Trường hướng dẫn tổ chức sinh hoạt chi bộ của Đảng", TCVN3),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, Ñaûng Coäng saûn Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam, Đảng Cộng sản Việt Nam", VNI),
    ("höôùng daãn toå chöùc sinh hoaït chi boä cuûa Ñaûng, ñaëc bieät saün saøng", "hướng dẫn tổ chức sinh hoạt chi bộ của Đảng, đặc biệt sẵn sàng", VNI),
])
def test_known_mojibake_decodes_to_vietnamese(mojibake, text, encoding):
    assert decode_bytes(mojibake.encode("cp1252")) == (text, encoding)


@pytest.mark.parametrize("write, encoding", [(vni, VNI), (cp1258, CP1258)])
def test_every_letter_round_trips(write, encoding):
    text = f"{SENTENCE} {LOWER} {LOWER.upper()}"
    assert decode_bytes(write(text)) == (text, encoding)


def test_tcvn3_restores_lines_typed_in_capitals():
    text = f"ĐẢNG CỘNG SẢN VIỆT NAM\nSố 14-QĐi/TU\n{SENTENCE} {LOWER}\nTỈNH ỦY BÌNH AN – SỞ Y TẾ"
    assert decode_bytes(tcvn3(text)) == (text, TCVN3)


def test_fixtures_in_three_encodings_read_alike():
    source = (FIXTURES / "huong-dan-12-source.txt").read_text(encoding="utf-8")
    for suffix, encoding in (("tcvn3", TCVN3), ("vni", VNI), ("cp1258", CP1258)):
        decoded = decode_bytes((FIXTURES / f"huong-dan-12.{suffix}.txt").read_bytes())
        assert decoded == (source, encoding), suffix


def test_committed_legacy_fixtures_are_what_the_writer_makes():
    source = (FIXTURES / "huong-dan-12-source.txt").read_text(encoding="utf-8")
    for suffix, write in (("tcvn3", tcvn3), ("vni", vni), ("cp1258", cp1258)):
        assert (FIXTURES / f"huong-dan-12.{suffix}.txt").read_bytes() == write(source).replace(b"\n", b"\r\n")


def test_a_byte_outside_the_recognised_encoding_is_refused_by_name():
    data = tcvn3(SENTENCE) + b" \xba"  # 0xBA: no letter in TCVN3
    with pytest.raises(ImportRefused, match=r"bảng mã TCVN3 \(ABC\) nhưng có byte 0xba"):
        decode_bytes(data)


@pytest.mark.parametrize("data", [
    "Le café crème et la pâte brisée, très appréciés.".encode("cp1252"),
    bytes(range(128, 256)) * 3,
])
def test_text_that_is_neither_utf8_nor_vietnamese_is_refused(data):
    with pytest.raises(ImportRefused, match="không phải UTF-8;? (và không giống|gần nhất là)"):
        decode_bytes(data)


def test_utf8_with_bom_utf16_and_nfd_are_read_as_nfc():
    nfc = unicodedata.normalize("NFC", SENTENCE)
    assert decode_bytes(codecs.BOM_UTF8 + SENTENCE.encode()) == (nfc, "UTF-8")
    assert decode_bytes(SENTENCE.encode("utf-16")) == (nfc, "UTF-16")
    assert decode_bytes(unicodedata.normalize("NFD", SENTENCE).encode()).text == nfc
    assert decode_bytes("a\r\nb\rc\u00a0d\u200be\x07".encode()).text == "a\nb\nc de"


def test_utf8_that_is_really_a_legacy_document_is_converted_back():
    scrambled = tcvn3(SENTENCE).decode("cp1252").encode("utf-8")
    decoded = decode_bytes(scrambled)
    assert decoded.text == SENTENCE and decoded.encoding == "TCVN3 (ABC) (đã bị đọc nhầm thành Windows-1252)"


@pytest.mark.parametrize("text", ["café crème brûlée", "Số 3 à Hà Nội", "Tổ chức", "plain ASCII only"])
def test_genuine_utf8_is_left_alone(text):
    assert decode_bytes(text.encode()) == (text, "UTF-8")
