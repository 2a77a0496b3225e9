import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sotay.core.documents.docnumber import TYPE_CODES, DocNumber, find_numbers, may_cite, normalize, parse_number

PROPERTY = settings(max_examples=200, deadline=None, database=None)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_type_codes_cover_domain_list():
    domain = {
        "NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định", "QĐi": "Quy định",
        "HD": "Hướng dẫn", "KH": "Kế hoạch", "TB": "Thông báo", "CV": "Công văn", "BC": "Báo cáo",
    }
    assert domain.items() <= TYPE_CODES.items()


# --- parse_number ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("03-HD/TU", ("3", "HD", "TU")),
    ("14-QĐi/TU", ("14", "QĐi", "TU")),
    ("14-QĐ/TU", ("14", "QĐ", "TU")),
    ("750-CV/ĐUK", ("750", "CV", "ĐUK")),
    ("42-HD/BTCTW", ("42", "HD", "BTCTW")),
    ("18-KL/TW", ("18", "KL", "TW")),
    ("0003-HD/TU", ("3", "HD", "TU")),
    # stray spaces and the dashes word processors substitute
    ("03 - HD/TU", ("3", "HD", "TU")),
    ("03 - HD / TU", ("3", "HD", "TU")),
    ("03\u2013HD/TU", ("3", "HD", "TU")),
    ("  03-HD/TU\n", ("3", "HD", "TU")),
    # the "Số" prefix of a letter's header
    ("Số 750-CV/ĐUK", ("750", "CV", "ĐUK")),
    ("số: 750-CV/ĐUK", ("750", "CV", "ĐUK")),
    # case: types take their TYPE_CODES spelling, issuers upper case, đ included
    ("14-qđi/tu", ("14", "QĐi", "TU")),
    ("14-QĐI/TU", ("14", "QĐi", "TU")),
    ("750-cv/đuk", ("750", "CV", "ĐUK")),
    ("5-ttr/hu", ("5", "TTr", "HU")),
    # ASCII D typed for Đ: folded in the type only
    ("14-QDi/TU", ("14", "QĐi", "TU")),
    ("14-qd/tu", ("14", "QĐ", "TU")),
    ("750-CV/DUK", ("750", "CV", "DUK")),
    # decomposed input
    (nfd("Số 750-CV/ĐUK"), ("750", "CV", "ĐUK")),
    (nfd("14-QĐi/TU"), ("14", "QĐi", "TU")),
] + [(f"7-{code}/HU", ("7", code, "HU")) for code in TYPE_CODES])
def test_parse_number(text, expected):
    assert parse_number(text) == DocNumber(*expected)


@pytest.mark.parametrize("text", [
    "", "HD/TU", "03-HD", "03/TU", "03-HD/", "03-XX/TU", "03-HD/T", "0-HD/TU", "123456-HD/TU",
    "03-HD/TU-UBND", "03-HD/TU/2018", "03-HD/TŨ", "x03-HD/TU", "03-HD/TU.",
    "Hướng dẫn số 03-HD/TU", "03-HD/TU ngày 08/10/2018", "03-HD/TU, 04-HD/TU",
    "12/2018", "2024-05-03", "COVID-19", "A4", "12/2024/NĐ-CP",
])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


# --- DocNumber --------------------------------------------------------------------------------------

def test_leading_zeros_do_not_distinguish_numbers():
    assert parse_number("03-HD/TU") == parse_number("3-HD/TU")
    assert parse_number("03-HD/TU").canonical == "3-HD/TU"


def test_loose_key_equates_the_variants_real_text_mixes():
    regulation, decision = parse_number("14-QĐi/TU"), parse_number("14-QĐ/TU")
    assert regulation.key != decision.key
    assert regulation.loose_key == decision.loose_key
    assert parse_number("750-CV/DUK").loose_key == parse_number("750-CV/ĐUK").loose_key
    assert parse_number("14-HD/TU").loose_key != regulation.loose_key


@pytest.mark.parametrize("code, name", TYPE_CODES.items())
def test_kind_name(code, name):
    assert DocNumber("1", code, "TU").kind_name == name


@pytest.mark.parametrize("fields", [
    ("03", "HD", "TU"), ("0", "HD", "TU"), ("3", "XX", "TU"), ("3", "QDi", "TU"), ("3", "HD", "tu"), ("3", "HD", "T"),
])
def test_docnumber_rejects_fields_that_would_not_round_trip(fields):
    with pytest.raises(ValueError):
        DocNumber(*fields)


# --- find_numbers -----------------------------------------------------------------------------------

def found(text):
    return [(m.text, m.doc.canonical, m.kind_word, m.date) for m in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("Theo Hướng dẫn số 03-HD/TU ngày 08/10/2018 của Ban Thường vụ Tỉnh ủy.",
     [("Hướng dẫn số 03-HD/TU ngày 08/10/2018", "3-HD/TU", "Hướng dẫn", date(2018, 10, 8))]),
    ("Quy định số 14-QĐi/TU, ngày 05 tháng 4 năm 2024 về chấm điểm",
     [("Quy định số 14-QĐi/TU, ngày 05 tháng 4 năm 2024", "14-QĐi/TU", "Quy định", date(2024, 4, 5))]),
    ("thực hiện Chỉ thị 50-CT/TW (23/7/2025) của Bộ Chính trị",
     [("Chỉ thị 50-CT/TW (23/7/2025)", "50-CT/TW", "Chỉ thị", date(2025, 7, 23))]),
    ("Kết luận số 18-KL/TW ngày 06/3/2018 và Kế hoạch 114-KH/ĐUK ngày 05/05/2022", [
        ("Kết luận số 18-KL/TW ngày 06/3/2018", "18-KL/TW", "Kết luận", date(2018, 3, 6)),
        ("Kế hoạch 114-KH/ĐUK ngày 05/05/2022", "114-KH/ĐUK", "Kế hoạch", date(2022, 5, 5)),
    ]),
    ("Số 750-CV/ĐUK", [("Số 750-CV/ĐUK", "750-CV/ĐUK", None, None)]),
    ("Số: 750-CV/ĐUK", [("Số: 750-CV/ĐUK", "750-CV/ĐUK", None, None)]),
    ("theo số 09-NQ/TU", [("số 09-NQ/TU", "9-NQ/TU", None, None)]),
    ("theo 03 - HD/TU đã ban hành", [("03 - HD/TU", "3-HD/TU", None, None)]),
    ("theo 14-QĐ/TU.", [("14-QĐ/TU", "14-QĐ/TU", None, None)]),
    ("theo 14-QDi/TU.", [("14-QDi/TU", "14-QĐi/TU", None, None)]),
    ("nghị quyết số 09-nq/tu", [("nghị quyết số 09-nq/tu", "9-NQ/TU", "Nghị quyết", None)]),
    ("Hướng dẫn số 03-HD/TU và 04-HD/TU", [
        ("Hướng dẫn số 03-HD/TU", "3-HD/TU", "Hướng dẫn", None),
        ("04-HD/TU", "4-HD/TU", None, None),
    ]),
    ("(ngày 23/7/2025)", []),
    ("05-CT/TW (ngày 23/7/2025)", [("05-CT/TW (ngày 23/7/2025)", "5-CT/TW", None, date(2025, 7, 23))]),
    ("05-CT/TW ngày 5.4.2024", [("05-CT/TW ngày 5.4.2024", "5-CT/TW", None, date(2024, 4, 5))]),
    # an impossible date is still part of the citation, but no date
    ("03-HD/TU ngày 31/02/2018", [("03-HD/TU ngày 31/02/2018", "3-HD/TU", None, None)]),
    ("03-HD/TU ngày 05 tháng 13 năm 2024", [("03-HD/TU ngày 05 tháng 13 năm 2024", "3-HD/TU", None, None)]),
    # what follows is not a date
    ("03-HD/TU ngày càng rõ", [("03-HD/TU", "3-HD/TU", None, None)]),
    ("03-HD/TU (23/7/2025", [("03-HD/TU", "3-HD/TU", None, None)]),
    ("03-HD/TU ngày 08/10-2018", [("03-HD/TU", "3-HD/TU", None, None)]),
    ("03-HD/TU, 12/2018", [("03-HD/TU", "3-HD/TU", None, None)]),
    # a line break inside a Markdown paragraph is part of the citation; a blank line is not
    ("Hướng dẫn\nsố 03-HD/TU\nngày 08/10/2018",
     [("Hướng dẫn\nsố 03-HD/TU\nngày 08/10/2018", "3-HD/TU", "Hướng dẫn", date(2018, 10, 8))]),
    ("Hướng dẫn\n\nsố 03-HD/TU", [("số 03-HD/TU", "3-HD/TU", None, None)]),
    # the kind word is the one written, even when it names another type
    ("Thông báo kết luận số 18-TB/TU", [("kết luận số 18-TB/TU", "18-TB/TU", "Kết luận", None)]),
    ("| 03-HD/TU | 08/10/2018 |", [("03-HD/TU", "3-HD/TU", None, None)]),
    ("[Hướng dẫn 03-HD/TU](https://tinhuy.vn/van-ban?so=03-HD/TU)",
     [("Hướng dẫn 03-HD/TU", "3-HD/TU", "Hướng dẫn", None)]),
])
def test_find_numbers(text, expected):
    assert found(text) == expected
    assert may_cite(text) or not expected  # the fast pass never hides a number


@pytest.mark.parametrize("text", ["", "Chi bộ họp ngày 05/3/2024, 12 đảng viên dự", "phòng chống COVID-19", "theo HD/TU"])
def test_may_cite_rules_out_texts_without_numbers(text):
    assert not may_cite(text)


@pytest.mark.parametrize("code, name", TYPE_CODES.items())
def test_find_numbers_for_every_type_and_kind(code, name):
    expected = [(f"{name} số 7-{code}/HU", f"7-{code}/HU", name, None)]
    assert found(f"Căn cứ {name} số 7-{code}/HU của Huyện ủy") == expected and may_cite(f"7-{code}/HU")


@pytest.mark.parametrize("text", [
    "Báo cáo 12/2018", "ngày 2024-05-03", "phòng chống COVID-19", "in khổ A4", "theo HD/TU", "xem trang 3-4",
    "gửi vanphong.tu@dangbo.vn", "gửi 03-HD/TU@tinhuy.vn", "https://tinhuy.vn/?so=03-HD/TU",
    "www.tinhuy.vn/van-ban?so=03-HD/TU", "tai-lieu/03-HD/TU", "mã x03-HD/TU", "tỷ lệ 1.03-HD/TU",
    "03-HD/TU-UBND", "03-HD/TU/2018", "Nghị định 12/2024/NĐ-CP", "0-HD/TU", "Hướng dẫn số", "ngày 08/10/2018",
])
def test_find_numbers_ignores(text):
    assert find_numbers(text) == []


def test_spans_index_the_nfc_text():
    text = nfd("Theo Hướng dẫn số 03-HD/TU ngày 08/10/2018")
    [mention] = find_numbers(text)
    assert normalize(text)[mention.start:mention.end] == mention.text == "Hướng dẫn số 03-HD/TU ngày 08/10/2018"
    assert mention.kind_word == "Hướng dẫn" and mention.date == date(2018, 10, 8)


# --- properties -------------------------------------------------------------------------------------

VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
LETTERS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + "fjwzĐ"
# pieces of real citations, so generated text lands near the patterns and not only far from them
FRAGMENTS = [
    "03", "14", "0", "750", "2018", "-", "\u2013", "/", " ", "\n", ",", ".", ":", "(", ")", "@", "://", "www.",
    "HD", "QĐi", "QDi", "qđ", "TU", "ĐUK", "BTCTW", "Số", "số", "ngày", "tháng", "năm", "Hướng dẫn", "Quy định",
    "\u0301", "\u0323", "\u00a0",
]
arbitrary_text = st.one_of(
    st.text(),
    st.text(alphabet=LETTERS + "0123456789 -/().,:@\n"),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(LETTERS, max_size=3)).map("".join),
)
doc_numbers = st.builds(
    DocNumber,
    number=st.integers(1, 99999).map(str),
    type=st.sampled_from(list(TYPE_CODES)),
    issuer=st.from_regex(r"[A-ZĐ]{2,12}", fullmatch=True),
)


@PROPERTY
@given(arbitrary_text)
def test_mentions_are_ordered_disjoint_slices_of_the_normalised_text(text):
    normalised = normalize(text)
    mentions = find_numbers(text)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(normalised)
        assert normalised[mention.start:mention.end] == mention.text
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@PROPERTY
@given(doc_numbers)
def test_canonical_round_trips(doc):
    assert parse_number(doc.canonical) == doc
    assert parse_number(f"Số 0{doc.canonical}") == doc


@PROPERTY
@given(doc_numbers, st.dates(min_value=date(1930, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_citation_in_a_sentence_is_found_with_its_date(doc, day, decompose):
    sentence = f"Theo {doc.kind_name} số {doc.canonical} ngày {day.day:02d}/{day.month}/{day.year} của Tỉnh ủy."
    [mention] = find_numbers(nfd(sentence) if decompose else sentence)
    assert (mention.doc, mention.date, mention.kind_word) == (doc, day, doc.kind_name)


@PROPERTY
@given(st.lists(st.text(LETTERS, min_size=1, max_size=8), max_size=30).map(" ".join))
def test_ordinary_words_have_no_numbers(sentence):
    assert find_numbers(sentence) == []
