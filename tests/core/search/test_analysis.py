"""Tests for the shared search analysis: normalising, folding, tokens, index terms, queries, Telex/VNI."""

from __future__ import annotations

import ast
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sotay.core.search import analysis
from sotay.core.search.analysis import (
    FOLDED_MARKER,
    NUMBER,
    NUMBER_MARKER,
    PAIR,
    SYLLABLE,
    QueryTerm,
    Token,
    analyze,
    analyze_query,
    fold,
    has_diacritics,
    index_term,
    normalize,
    terms,
    untelex,
)

# The 12 vowel letters of Vietnamese (with their vowel marks) and the letter each folds to.
BASE_VOWELS = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i",
               "o": "o", "ô": "o", "ơ": "o", "u": "u", "ư": "u", "y": "y"}  # fmt: skip
# Sắc, huyền, hỏi, ngã, nặng.
TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
VIETNAMESE_LETTERS = [
    (unicodedata.normalize("NFC", vowel + tone), base)
    for vowel, base in BASE_VOWELS.items()
    for tone in ("", *TONE_MARKS)
]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def forms(tokens: list[Token], kind: str) -> list[tuple[str, str, int]]:
    return [(token.text, token.folded, token.position) for token in tokens if token.kind == kind]


# --- normalize, fold, has_diacritics ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chi Bộ", "chi bộ"),
        ("SINH HOẠT", "sinh hoạt"),
        (nfd("Nghị quyết"), "nghị quyết"),
        ("ĐẢNG ỦY", "đảng ủy"),
        ("14-QĐi/TU", "14-qđi/tu"),
    ],
)
def test_normalize_gives_lowercase_nfc(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert unicodedata.is_normalized("NFC", normalize(text))


def test_vietnamese_letter_table_is_complete() -> None:
    letters = {letter for letter, _ in VIETNAMESE_LETTERS}
    assert len(letters) == 12 * 6
    assert all(len(letter) == 1 for letter in letters), "every Vietnamese vowel has one precomposed code point"


@pytest.mark.parametrize(("letter", "base"), VIETNAMESE_LETTERS)
@pytest.mark.parametrize("case", [str.lower, str.upper], ids=["lower", "upper"])
def test_fold_removes_every_tone_and_vowel_mark(letter: str, base: str, case) -> None:
    assert fold(case(letter)) == base
    assert fold(nfd(case(letter))) == base


@pytest.mark.parametrize("letter", ["đ", "Đ", nfd("Đ")])
def test_fold_maps_d_with_stroke_to_d(letter: str) -> None:
    assert fold(letter) == "d"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Định", "dinh"),
        ("ĐẢNG BỘ", "dang bo"),
        ("Nghị quyết 14-QĐi/TU", "nghi quyet 14-qdi/tu"),
        (nfd("người được"), "nguoi duoc"),
        ("chi bo", "chi bo"),
        ("café naïve", "cafe naive"),
    ],
)
def test_fold_text(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chi bộ", True),
        (nfd("chi bộ"), True),
        ("đi", True),
        ("ĐI", True),
        ("Ă", True),
        ("chi bo", False),
        ("03-HD/TU", False),
        ("", False),
    ],
)
def test_has_diacritics(text: str, expected: bool) -> None:
    assert has_diacritics(text) is expected


# --- analyze ---------------------------------------------------------------------------------------


def test_analyze_gives_syllables_then_pairs_per_phrase() -> None:
    assert analyze("Chi bộ họp") == [
        Token("chi", "chi", 0, SYLLABLE),
        Token("bộ", "bo", 1, SYLLABLE),
        Token("họp", "hop", 2, SYLLABLE),
        Token("chi bộ", "chi bo", 0, PAIR),
        Token("bộ họp", "bo hop", 1, PAIR),
    ]


PHRASE_ENDS = [".", ",", ";", ":", "!", "?", "(", ")", "\n", "\r\n", "[", "]", "|", "…", "–", "—"]


@pytest.mark.parametrize("stop", PHRASE_ENDS)
def test_pairs_do_not_cross_phrase_ends(stop: str) -> None:
    tokens = analyze(f"sinh hoạt{stop} chi bộ")
    assert forms(tokens, PAIR) == [("sinh hoạt", "sinh hoat", 0), ("chi bộ", "chi bo", 2)]
    assert [token.position for token in tokens if token.kind == SYLLABLE] == [0, 1, 2, 3]


@pytest.mark.parametrize("joiner", [" ", "  ", " \t ", " - ", " / ", ' "', " “"])
def test_pairs_join_syllables_across_spaces_and_inner_signs(joiner: str) -> None:
    assert forms(analyze(f"chi{joiner}bộ"), PAIR) == [("chi bộ", "chi bo", 0)]


@pytest.mark.parametrize(
    ("text", "syllables"),
    [
        ("Đảng ủy", ["đảng", "ủy"]),
        ("năm 2024", ["năm", "2024"]),
        ("a_b c", ["a", "b", "c"]),
        ("ngày 12/3/2024", ["ngày", "12", "3", "2024"]),
        ("   ", []),
    ],
)
def test_syllables_are_runs_of_letters_and_digits(text: str, syllables: list[str]) -> None:
    assert [text for text, _, _ in forms(analyze(text), SYLLABLE)] == syllables


def test_nfd_input_gives_the_same_tokens_as_nfc() -> None:
    text = "Sinh hoạt chi bộ theo Hướng dẫn 14-QĐi/TU của Đảng ủy; người được giao việc."
    assert analyze(nfd(text)) == analyze(unicodedata.normalize("NFC", text))
    assert any(token.text == "14-qđi/tu" for token in analyze(nfd(text)))


@pytest.mark.parametrize(
    ("text", "number", "folded", "parts"),
    [
        ("03-HD/TU", "03-hd/tu", "03-hd/tu", ["03", "hd", "tu"]),
        ("14-QĐi/TU", "14-qđi/tu", "14-qdi/tu", ["14", "qđi", "tu"]),
        ("750-CV/ĐUK", "750-cv/đuk", "750-cv/duk", ["750", "cv", "đuk"]),
        ("42-HD/BTCTW", "42-hd/btctw", "42-hd/btctw", ["42", "hd", "btctw"]),
        ("124-QĐ/TW", "124-qđ/tw", "124-qd/tw", ["124", "qđ", "tw"]),
        ("01-NQ/ĐU-ĐUK", "01-nq/đu-đuk", "01-nq/du-duk", ["01", "nq", "đu", "đuk"]),
        ("03 - HD / TU", "03-hd/tu", "03-hd/tu", ["03", "hd", "tu"]),
        ("03-hd/tu", "03-hd/tu", "03-hd/tu", ["03", "hd", "tu"]),
        ("05-KH/TU-", "05-kh/tu", "05-kh/tu", ["05", "kh", "tu"]),
    ],
)
def test_document_numbers_are_one_token_and_their_parts(text: str, number: str, folded: str, parts: list[str]) -> None:
    tokens = analyze(f"Theo {text}, chi bộ")
    assert forms(tokens, NUMBER) == [(number, folded, 1)]
    assert [text for text, _, _ in forms(tokens, SYLLABLE)] == ["theo", *parts, "chi", "bộ"]


@pytest.mark.parametrize(
    "text", ["12/3/2024", "COVID-19", "a03-HD/TU", "03-HD/TUẤN", "03-H/TU", "03-HDXXXXX/TU", "03-HD/"]
)
def test_lookalikes_are_not_document_numbers(text: str) -> None:
    assert forms(analyze(text), NUMBER) == []


def test_number_parts_pair_with_neighbours() -> None:
    tokens = analyze("Hướng dẫn số 03-HD/TU về")
    pairs = [text for text, _, _ in forms(tokens, PAIR)]
    assert pairs == ["hướng dẫn", "dẫn số", "số 03", "03 hd", "hd tu", "tu về"]
    assert forms(tokens, NUMBER) == [("03-hd/tu", "03-hd/tu", 3)]


# --- index terms -----------------------------------------------------------------------------------


def test_term_markers() -> None:
    assert (FOLDED_MARKER, NUMBER_MARKER) == ("~", "#")


@pytest.mark.parametrize(
    ("kind", "text", "folded", "expected"),
    [
        (SYLLABLE, "hoạt", False, "hoạt"),
        (SYLLABLE, "hoat", True, "~hoat"),
        (PAIR, "chi bộ", False, "chi bộ"),
        (PAIR, "chi bo", True, "~chi bo"),
        (NUMBER, "03-hd/tu", False, "#03-hd/tu"),
        (NUMBER, "03-hd/tu", True, "~#03-hd/tu"),
    ],
)
def test_index_term(kind: str, text: str, folded: bool, expected: str) -> None:
    assert index_term(kind, text, folded=folded) == expected


def test_terms_hold_every_exact_and_folded_form() -> None:
    assert sorted(terms("Sinh hoạt chi bộ; 14-QĐi/TU")) == sorted(
        ["sinh", "hoạt", "chi", "bộ", "14", "qđi", "tu"]
        + ["~sinh", "~hoat", "~chi", "~bo", "~14", "~qdi", "~tu"]
        + ["sinh hoạt", "hoạt chi", "chi bộ", "14 qđi", "qđi tu"]
        + ["~sinh hoat", "~hoat chi", "~chi bo", "~14 qdi", "~qdi tu"]
        + ["#14-qđi/tu", "~#14-qdi/tu"]
    )


def test_terms_match_analyze() -> None:
    text = "Chi bộ họp. Theo 03-HD/TU, đảng viên"
    expected = [index_term(t.kind, t.text) for t in analyze(text)]
    expected += [index_term(t.kind, t.folded, folded=True) for t in analyze(text)]
    assert sorted(terms(text)) == sorted(expected)


def test_terms_keep_repeats_for_term_frequency() -> None:
    assert terms("bộ bộ").count("~bo") == 2


# --- Telex and VNI ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keyed", "expected"),
    [
        # Telex: tone keys at the end or after the vowel, vowel doubling, w, dd.
        ("hoatj", "hoạt"),
        ("hoajt", "hoạt"),
        ("ddinhj", "định"),
        ("ddangr", "đảng"),
        ("hoaij", "hoại"),
        ("hoaif", "hoài"),
        ("boo", "bô"),
        ("booj", "bộ"),
        ("vieetj", "việt"),
        ("quyeets", "quyết"),
        ("dduowngf", "đường"),
        ("nguwowif", "người"),
        ("thuowr", "thuở"),
        ("muaw", "mưa"),
        ("ngoawn", "ngoăn"),
        ("tuwj", "tự"),
        ("gif", "gì"),
        ("quys", "quý"),
        ("hoaf", "hòa"),
        ("thuyr", "thủy"),
        ("khoer", "khỏe"),
        ("as", "á"),
        # VNI: 1-5 tones, 6 hat, 7 horn, 8 breve, 9 đ.
        ("hoat5", "hoạt"),
        ("d9ang3", "đảng"),
        ("d9uo7ng2", "đường"),
        ("to6i", "tôi"),
        ("nhu7ng4", "những"),
        ("a8n", "ăn"),
        ("d9i", "đi"),
        # Plain syllables stay as typed.
        ("chi", None),
        ("bo", None),
        ("hoat", None),
        ("sinh", None),
        ("quy", None),
        ("duong", None),
        ("boong", None),
        ("xoong", None),
        # Abbreviations and non-syllables are not keyed text.
        ("tw", None),
        ("hd", None),
        ("nq", None),
        ("btctw", None),
        ("ts", None),
        ("03", None),
        # Impossible results: two tones, a level or falling tone on a stopped syllable, unknown rhymes.
        ("hoasf", None),
        ("hoatf", None),
        ("aa", None),
        ("news", None),
        ("k50", None),
        ("d9", None),
        # Not lowercase ASCII.
        ("Hoatj", None),
        ("bộ", None),
        ("", None),
    ],
)
def test_untelex(keyed: str, expected: str | None) -> None:
    assert untelex(keyed) == expected


# --- queries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sinh hoat", [(None, "sinh", SYLLABLE), (None, "hoat", SYLLABLE), (None, "sinh hoat", PAIR)]),
        ("Sinh hoạt", [("sinh", "sinh", SYLLABLE), ("hoạt", "hoat", SYLLABLE), ("sinh hoạt", "sinh hoat", PAIR)]),
        ("sinh hoatj", [("sinh", "sinh", SYLLABLE), ("hoạt", "hoat", SYLLABLE), ("sinh hoạt", "sinh hoat", PAIR)]),
        ("quy d9inh5", [("quy", "quy", SYLLABLE), ("định", "dinh", SYLLABLE), ("quy định", "quy dinh", PAIR)]),
        ("chi boo", [("chi", "chi", SYLLABLE), ("bô", "bo", SYLLABLE), ("chi bô", "chi bo", PAIR)]),
        ("bộ, bộ", [("bộ", "bo", SYLLABLE)]),
    ],
)
def test_analyze_query(query: str, expected: list[tuple[str | None, str, str]]) -> None:
    assert analyze_query(query) == [QueryTerm(*term) for term in expected]


@pytest.mark.parametrize(
    ("query", "exact", "folded"),
    [
        ("03-HD/TU", None, "03-hd/tu"),
        ("03 - hd / tu", None, "03-hd/tu"),
        ("14-QĐi/TU", "14-qđi/tu", "14-qdi/tu"),
        ("05-NQ/TW", None, "05-nq/tw"),
    ],
)
def test_query_numbers(query: str, exact: str | None, folded: str) -> None:
    assert [term for term in analyze_query(query) if term.kind == NUMBER] == [QueryTerm(exact, folded, NUMBER)]


def test_query_numbers_are_not_untelexed() -> None:
    assert [term.folded for term in analyze_query("05-NQ/TW") if term.kind == SYLLABLE] == ["05", "nq", "tw"]


def test_query_without_number_shape_finds_number_parts() -> None:
    query = {term.folded for term in analyze_query("03 hd tu")}
    assert {"03", "hd", "tu", "03 hd", "hd tu"} <= query
    assert query <= {token.folded for token in analyze("Hướng dẫn 03-HD/TU")}


# --- properties and boundaries ---------------------------------------------------------------------

VIETNAMESE_TEXT = st.text(
    alphabet=st.sampled_from(
        [letter for letter, _ in VIETNAMESE_LETTERS] + list("bcdđghklmnpqrstvxBCDĐ0123456789 .,;-/\n")
    )
)


@given(st.text())
def test_analyze_never_fails_and_tokens_are_consistent(text: str) -> None:
    tokens = analyze(text)
    syllables = [token for token in tokens if token.kind == SYLLABLE]
    assert [token.position for token in syllables] == list(range(len(syllables)))
    assert all(token.folded == fold(token.text) for token in tokens)
    assert len(terms(text)) == 2 * len(tokens)
    analyze_query(text)


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(VIETNAMESE_TEXT)
def test_nfd_and_nfc_vietnamese_give_the_same_tokens(text: str) -> None:
    assert analyze(nfd(text)) == analyze(unicodedata.normalize("NFC", text))


@given(VIETNAMESE_TEXT)
def test_folded_vietnamese_has_no_diacritics(text: str) -> None:
    assert not has_diacritics(fold(text))


def test_analysis_imports_only_the_standard_library_and_the_core() -> None:
    tree = ast.parse(Path(analysis.__file__).read_text(encoding="utf-8"))
    nodes = list(ast.walk(tree))
    imported = {alias.name for node in nodes if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in nodes if isinstance(node, ast.ImportFrom) and node.module and node.level == 0}
    assert {name.split(".")[0] for name in imported} <= set(sys.stdlib_module_names) | {"__future__"}
