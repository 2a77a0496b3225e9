"""Old documents -> content files: fields found (or reported missing), Markdown that shows the text as written,
the same output every run and in every encoding, and a file `sotay check` accepts — whatever the input.

Expected files live in tests/fixtures/import/expected/; after a deliberate change of the output:
SOTAY_UPDATE_EXPECTED=1 pytest tests/core/importer, then read every changed file before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from legacy_writer import tcvn3
from sotay.core.frontmatter import parse
from sotay.core.importer import ImportRefused, import_bytes
from sotay.core.importer.markdown import escape_text
from sotay.core.validate.document import build_document

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"

# Derandomised like tests/core/test_fuzz.py, so every run tries the same inputs; SOTAY_FUZZ_EXAMPLES=20000 searches harder.
PROPERTY = settings(max_examples=int(os.environ.get("SOTAY_FUZZ_EXAMPLES", "300")) * 2 // 3, deadline=None,
                    derandomize=True, database=None)
INPUTS = ["cong-van-750.txt", "cong-van-khong-ngay.txt", "huong-dan-12-source.txt", "bai-bao.txt", "bai-bao-nfd.txt", "bai-bao-thieu.txt"]


def imported(name: str):
    return import_bytes((FIXTURES / name).read_bytes(), name)


def meta_of(text: str) -> dict:
    return parse(text.encode("utf-8"), "content/guides/x.md").meta


@pytest.mark.parametrize("name", INPUTS)
def test_output_matches_the_expected_file(name: str):
    result = imported(name)
    expected = FIXTURES / "expected" / f"{result.slug}.md"
    if os.environ.get("SOTAY_UPDATE_EXPECTED"):
        expected.parent.mkdir(exist_ok=True)
        expected.write_text(result.text, encoding="utf-8")
    assert result.text == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, slug, form, fields, missing", [
    ("cong-van-750.txt", "cv-750-duk", "van-ban",
     {"title": "Công văn 750-CV/ĐUK về tổ chức sinh hoạt chi bộ chuyên đề năm 2024", "number": "750-CV/ĐUK",
      "issuer": "Đảng ủy Khối các cơ quan tỉnh", "signer": "Nguyễn Văn Hùng", "issued": "2024-04-05",
      "based_on": ["12-HD/BTCTW", "114-KH/ĐUK"], "status": "du-thao"}, ()),
    ("huong-dan-12-source.txt", "hd-12-btctu", "van-ban",
     {"title": "Hướng dẫn 12-HD/BTCTU về tổ chức sinh hoạt chi bộ thường kỳ ở chi bộ khu dân cư", "number": "12-HD/BTCTU",
      "issuer": "Ban Tổ chức Tỉnh ủy Bình An", "signer": "Trần Thị Lan", "issued": "2023-03-20"}, ()),
    ("cong-van-khong-ngay.txt", "tb-03-cb", "bai-viet",
     {"title": "Thông báo 03-TB/CB lịch sinh hoạt chi bộ tháng 6", "number": "03-TB/CB", "issuer": "Chi bộ thôn Bản Mới",
      "signer": "Lò Văn Pấng"},
     ("ngày ban hành", "số hiệu, cơ quan ban hành và ngày ban hành chưa đủ nên tài liệu được ghi là bài viết (form: bai-viet)")),
    ("bai-bao.txt", "nang-cao-chat-luong-sinh-hoat-chi-bo-o-vung-cao-kinh-nghiem", "bai-viet",
     {"title": "Nâng cao chất lượng sinh hoạt chi bộ ở vùng cao: kinh nghiệm từ xã Tả Van", "issued": "2025-05-05",
      "summary": "Nhiều chi bộ thôn ở xã Tả Van đã đổi mới cách sinh hoạt, chọn chuyên đề gần với đời sống của bà con.",
      "based_on": ["42-HD/BTCTW"]}, ()),
    ("bai-bao-nfd.txt", "to-dang-sinh-hoat-o-khu-dan-cu", "bai-viet",
     {"title": "Tổ đảng sinh hoạt ở khu dân cư", "issued": "2024-01-12",
      "sources": [{"title": "Bản gốc trên baodientu.example.vn", "url": "https://baodientu.example.vn/to-dang-sinh-hoat.html"}]}, ()),
    ("bai-bao-thieu.txt", "chi-bo-truong-hoc-sinh-hoat-chuyen-de-ve-dao-duc-nha-giao", "bai-viet",
     {"title": "Chi bộ trường học sinh hoạt chuyên đề về đạo đức nhà giáo",
      "summary": "Chi bộ Trường THCS Hòa Bình chọn chuyên đề đạo đức nhà giáo cho quý II."}, ("ngày đăng", "tác giả")),
])
def test_fields_found_and_fields_reported(name, slug, form, fields, missing):
    result = imported(name)
    meta = meta_of(result.text)
    assert (result.slug, result.form, meta["form"], meta["status"]) == (slug, form, form, "du-thao")
    assert {key: meta[key] for key in fields} == fields
    assert result.to_review == missing
    assert meta["imported"] == {"file": name, "date": "2025-06-01", **({"missing": list(missing)} if missing else {})}
    for absent in {"number", "issuer", "signer", "issued", "based_on", "sources", "summary"} - set(fields):
        assert absent not in meta, f"{absent} is not invented"


def test_page_furniture_is_dropped_and_the_rest_kept():
    text = imported("bai-bao.txt").text
    for furniture in ("Trang chủ", "Chia sẻ", "Facebook", "Zalo", "Lượt xem", "1.204", "Từ khóa", "In bài", "Tin liên quan",
                      "tổng kết công tác năm", "GMT"):
        assert furniture not in text, furniture
    assert "Chi bộ thôn Giàng Tả chọn chuyên đề" in text and "Tác giả: Minh Hà" in text
    assert "- Đảng viên phát biểu sôi nổi" in text


def test_citations_split_into_basis_and_mentions():
    text = imported("cong-van-750.txt").text
    mentioned = text.split("## Văn bản được nhắc đến\n\n", 1)[1]
    assert mentioned == "- Kết luận số 18-KL/TW ngày 22/9/2017\n", "not the bases, not the letter's own number"


def test_every_encoding_gives_the_same_file():
    source = imported("huong-dan-12-source.txt").text
    for suffix in ("tcvn3", "vni", "cp1258"):
        legacy = imported(f"huong-dan-12.{suffix}.txt").text
        assert _without_comment(legacy) == _without_comment(source), suffix


def test_the_comment_names_the_format_and_the_file():
    first = imported("huong-dan-12.vni.txt").text.split("\n")[1]
    assert first.startswith("# Bản nháp do `sotay import` nhập (văn bản thuần, bảng mã VNI-Windows); đối chiếu")
    assert first.endswith("Tệp gốc: huong-dan-12.vni.txt")


def test_importing_twice_gives_identical_output():
    for name in INPUTS:
        assert imported(name) == imported(name)


@pytest.mark.parametrize("name", INPUTS)
def test_imported_file_passes_validation(name: str):
    assert _errors(imported(name)) == []


@pytest.mark.parametrize("text", [
    "<!-- checklist: nope -->\n- [ ] x\n<!-- /checklist -->", "# Không phải tiêu đề\n---\n```\ncode", "1. một\n2) hai\n> trích",
    ": định nghĩa\n=====\n~~~\n!!! note", "[liên kết](http://x) *nhấn* _gạch_ `mã` {: .lớp} | a | b |\n<script>alert(1)</script>",
])
def test_markdown_syntax_in_the_text_is_shown_not_obeyed(text: str):
    result = import_bytes(("Tiêu đề\n\n" + text).encode(), "x.txt")
    body = result.text.split("---\n", 2)[2]
    assert "<!--" not in body and "<script" not in body and "\n#" not in "\n" + body.replace("## Văn bản", "")
    assert _errors(result) == []


@pytest.mark.parametrize("text, escaped", [
    ("a*b_c", "a\\*b\\_c"), ("1. Mục", "1\\. Mục"), ("- gạch", "\\- gạch"), ("<b>&", "&lt;b&gt;&amp;"),
    (": x", "&#58; x"), ("~~~", "&#126;~~"), ("# x", "\\# x"),
])
def test_escape_text(text, escaped):
    assert escape_text(text) == escaped


def test_empty_and_unreadable_files_are_refused():
    with pytest.raises(ImportRefused, match="không có nội dung"):
        import_bytes(b" \n\t\n", "rong.txt")
    with pytest.raises(ImportRefused, match="TCVN3"):
        import_bytes(tcvn3("Đảng ủy của các chi bộ được hướng dẫn") + b"\xba", "hong.txt")


PIECES = st.lists(st.sampled_from([
    "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 750-CV/ĐUK", "Số: 14-QĐi/TU", "V/v ", "HƯỚNG DẪN", "Kính gửi:", "Nơi nhận:", "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ", "(Đã ký)", "Nguyễn Văn A", "Tam Kỳ, ngày 05 tháng 4 năm 2024", "ngày 31 tháng 02 năm 2024", "Căn cứ Hướng dẫn số 03-HD/TU;",
    "Tin liên quan", "Trang chủ > Tin", "Lượt xem: 12", "05/05/2022", "- ", "1. ", "I. MỤC ĐÍCH", "*", "#", "<!--", "---", "\n", "\n\n",
    "    ", "\t", ": ", "~~~", "`", "[x](y)", "\u0301", "Tác giả: ", "Nguồn: https://x.vn/a", "của và các được",
]) | st.text(max_size=8), max_size=40).map("".join)
# Letters in their usual order, each part present or not, with arbitrary text mixed in: reaches the van-ban path.
LETTERS = st.tuples(
    st.lists(st.sampled_from(["ĐẢNG BỘ TỈNH AN GIANG", "ĐẢNG ỦY KHỐI CƠ QUAN", "BAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM  *"]), max_size=3),
    st.sampled_from(["Số 750-CV/ĐUK", "Số: 05-HD/TU", "Số 3-QĐi/HU", ""]),
    st.sampled_from(["Long Xuyên, ngày 05 tháng 4 năm 2024", "ngày 30 tháng 02 năm 2024", "Hà Nội, ngày 1/2/2023", ""]),
    st.sampled_from(["V/v tổ chức sinh hoạt", "KẾ HOẠCH\nthực hiện chuyên đề", "", "HƯỚNG DẪN"]),
    st.lists(PIECES | st.sampled_from(["Kính gửi: các chi bộ.", "Căn cứ Kết luận số 18-KL/TW;", "Nội dung 05-HD/TU."]), max_size=6),
    st.sampled_from(["Nơi nhận:   T/M BAN THƯỜNG VỤ\n- Lưu.   BÍ THƯ\n(Đã ký)\nTRẦN VĂN BA", "T/M CHI BỘ", ""]),
).map(lambda parts: "\n".join([*parts[0], *parts[1:4], *parts[4], parts[5]]).encode())


@PROPERTY
@given(st.one_of(
    LETTERS,
    st.binary(max_size=400),
    st.text(max_size=400).map(str.encode),
    PIECES.map(str.encode),
    st.text(max_size=200).map(lambda t: tcvn3("".join(c for c in t if c.isascii()) + " của các được")),
))
# Capitals that name no body where the issuer would stand: not an issuer (check refuses an issuer without letters).
@example("Long Xuyên, ngày 05 tháng 4 năm 2024\nV/v tổ chức sinh hoạt\n:{Æ\nNơi nhận:   T/M BAN THƯỜNG VỤ\n- Lưu.   BÍ THƯ\n"
         "(Đã ký)\nTRẦN VĂN BA".encode())
def test_any_input_is_refused_or_imported_as_a_valid_file(data: bytes):
    try:
        result = import_bytes(data, "fuzz.txt")
    except ImportRefused as exc:
        assert str(exc)
        return
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", result.slug)
    assert _errors(result) == []
    assert import_bytes(data, "fuzz.txt") == result


def _errors(result) -> list[str]:
    source = parse(result.text.encode("utf-8"), f"content/guides/{result.slug}.md")
    _, diagnostics = build_document(source, "guides", result.slug)
    return [d.format() for d in diagnostics if d.is_error]


def _without_comment(text: str) -> str:
    """The file without what names the source file: its first comment and the stamp's file name."""
    return "\n".join(line for line in text.split("\n") if not line.startswith(("# Bản nháp do", "  file: ")))

