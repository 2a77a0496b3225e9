"""Reading content files: encodings, line ends, normalisation, safety bounds, line numbers."""

import unicodedata

import pytest

from sotay.core.frontmatter import MAX_ALIASES, FrontMatterError, LineMap, line_in, parse

SIMPLE = "---\ntitle: Sinh hoạt chi bộ\ntags:\n  - chuẩn bị\n  - biên bản\n---\nNội dung\n"


def test_fields_body_and_lines():
    source = parse(SIMPLE.encode("utf-8"), "a.md")
    assert source.meta == {"title": "Sinh hoạt chi bộ", "tags": ["chuẩn bị", "biên bản"]}
    assert source.body == "Nội dung\n"
    assert source.body_line == 7
    assert (source.line_of("title"), source.line_of("tags.1"), source.line_of("tags.9")) == (2, 5, 3)


def test_a_line_map_answers_as_the_dict_it_was_made_from():
    lines = parse("---\ntitle: A\nsources:\n  - url: x\n    title: y\n  - url: z\n---\n".encode("utf-8"), "a.md").lines
    kept = LineMap(lines)
    for field in [*lines, "sources.1.title", "source", "url", "sources.0.u", "missing"]:
        assert line_in(kept, field) == line_in(lines, field), field
    assert [kept.get(key) for key in ("sources.0", "sources.0.title", "sources.1.url")] == [4, 5, 6]


def test_a_line_map_leaves_out_a_key_holding_its_separators():
    source = parse('---\ntitle: A\n"a\\x01b": 1\n"c\\0": 2\n---\n'.encode("utf-8"), "a.md")
    assert set(source.meta) == {"title", "a\x01b", "c\0"}
    kept = LineMap(source.lines)
    assert (kept.get("a"), kept.get("a\x01b"), kept.get("c"), line_in(kept, "title")) == (None, None, None, 2)


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + SIMPLE.encode("utf-8"),
    SIMPLE.replace("\n", "\r\n").encode("utf-8"),
    unicodedata.normalize("NFD", SIMPLE).encode("utf-8"),
], ids=["bom", "crlf", "nfd"])
def test_bom_crlf_and_nfd_read_the_same_as_plain_nfc(data):
    source = parse(data, "a.md")
    assert source.meta["title"] == "Sinh hoạt chi bộ"
    assert unicodedata.is_normalized("NFC", source.body) and "\r" not in source.body


def test_dates_stay_text_for_the_schema_to_judge():
    assert parse(b"---\nissued: 2024-02-30\n---\n", "a.md").meta == {"issued": "2024-02-30"}


def test_alias_expansion_is_bounded():
    anchors = "a: &x [1]\n" + "".join(f"k{i}: *x\n" for i in range(MAX_ALIASES + 1))
    with pytest.raises(FrontMatterError, match=f"quá {MAX_ALIASES} chỗ lặp lại") as caught:
        parse(f"---\n{anchors}---\n".encode("utf-8"), "a.md")
    assert caught.value.diagnostic.line == MAX_ALIASES + 3  # the first alias past the bound
    assert parse("---\na: &x [1]\nb: *x\n---\n".encode("utf-8"), "a.md").meta["b"] == [1]


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system ['true']", "!!python/name:os.system", "!custom 1"])
def test_yaml_tags_are_refused_not_executed(tag):
    with pytest.raises(FrontMatterError) as caught:
        parse(f"---\ntitle: {tag}\n---\n".encode("utf-8"), "a.md")
    assert caught.value.diagnostic.line == 2


def test_windows_1258_is_named_not_decoded():
    data = b"---\ntitle: Sinh hoa\xf2t chi b\xf4\xf2\n---\n"  # "Sinh hoạt chi bộ": base letters + tone bytes
    with pytest.raises(FrontMatterError) as caught:
        parse(data, "a.md")
    assert "UTF-8" in caught.value.diagnostic.message
    assert "Windows-1258" in caught.value.diagnostic.suggestion


def test_the_slug_of_a_long_value_is_cut_at_a_word_to_a_file_name_any_system_takes():
    from sotay.core.textfold import MAX_SLUG, slugify

    slug = slugify("Ban Thường vụ Tỉnh ủy " * 30)
    assert len(slug) <= MAX_SLUG and slug.startswith("ban-thuong-vu-tinh-uy-ban") and not slug.endswith("-")
