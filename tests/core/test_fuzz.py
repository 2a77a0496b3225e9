"""Hostile input never crashes or hangs the readers of content: only FrontMatterError (with a diagnostic in
Vietnamese, never the YAML parser's English) may leave the front-matter parser, nothing may leave the
document-number parser, and a base of random files always loads.

Derandomised, so CI runs the same examples every time; SOTAY_FUZZ_EXAMPLES=20000 searches harder (and longer).
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import timedelta
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PARSER_ENGLISH
from sotay.core.contract import SPECS
from sotay.core.documents.docnumber import find_numbers, parse_number
from sotay.core.frontmatter import FrontMatterError, parse
from sotay.core.knowledge_base import KnowledgeBase

EXAMPLES = int(os.environ.get("SOTAY_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=2), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])

YAML_BITS = st.sampled_from(["---", "\n", ": ", "- ", "  ", "\t", "&a ", "*a", "!!python/object:x", "[", "]", "{", "}",
                             "'", '"', "#", "|", ">", "title", "tags", "?", ",", "\r\n", "\ufeff", "\x00", "Đ", "ộ"])
NUMBER_BITS = st.sampled_from(["03", "-", "‑", "–", "HD", "QĐi", "qd", "/", "TU", "ĐUK", "Số", "số ", " ", "\n", "\u00a0",
                               "ngày", "tháng", "năm", "06/3/2018", "(", ")", ",", "https://", "www.", "@", ".", "0" * 40])


def assemble(parts: list[str]) -> str:
    return "".join(parts)


@FUZZ
@given(st.binary(max_size=2000))
def test_front_matter_parser_on_any_bytes(data: bytes):
    _parse_or_diagnose(data)


@FUZZ
@given(st.lists(YAML_BITS | st.text(max_size=8), max_size=80).map(assemble))
def test_front_matter_parser_on_yaml_like_text(text: str):
    _parse_or_diagnose(f"---\n{text}\n---\nNội dung\n".encode("utf-8", "surrogatepass"))


def _parse_or_diagnose(data: bytes) -> None:
    try:
        source = parse(data, "content/guides/a.md")
    except FrontMatterError as exc:
        assert exc.diagnostic.path == "content/guides/a.md" and exc.diagnostic.is_error
        assert exc.diagnostic.line is None or exc.diagnostic.line >= 1
        for text in (exc.diagnostic.message, exc.diagnostic.suggestion or ""):  # the author's own text quoted aside
            assert not PARSER_ENGLISH.search(re.sub(r"`[^`]*`|\[[^\]]*\]", "", text)), text
    else:
        assert isinstance(source.meta, dict)


@FUZZ
@given(st.lists(NUMBER_BITS | st.text(max_size=6), max_size=60).map(assemble))
def test_document_number_parser_on_any_text(text: str):
    number = parse_number(text)
    assert number is None or parse_number(number.canonical) == number
    for mention in find_numbers(text):
        assert 0 <= mention.start < mention.end


SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20) | st.dates().map(str)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
                      max_leaves=12)


def front_matters(kind: str):
    fields = [spec.name for spec in SPECS[kind]] + ["khong-co", "id", "criteria", "ratings", "scores"]
    return st.dictionaries(st.sampled_from(fields), VALUES, max_size=12)


@FUZZ
@given(st.sampled_from(sorted(SPECS)).flatmap(lambda kind: st.tuples(st.just(kind), front_matters(kind))),
       st.text(max_size=200))
def test_a_base_of_random_documents_loads_with_diagnostics_not_exceptions(kind_and_meta, body: str):
    kind, meta = kind_and_meta
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "content" / kind).mkdir(parents=True)
        (Path(folder) / "content" / kind / "a.md").write_text(text, encoding="utf-8", errors="surrogatepass")
        kb = KnowledgeBase.load(folder)
    assert all(d.path.startswith("content/") for d in kb.diagnostics)
    assert kb.documents or kb.errors


def test_a_control_character_is_reported_with_its_line():
    """Found by the fuzzer: PyYAML's reader refused it before parsing, outside the parser's error handling."""
    try:
        parse(b"---\ntitle: a\nsummary: b\x00c\n---\n", "content/guides/a.md")
    except FrontMatterError as exc:
        assert (exc.diagnostic.line, exc.diagnostic.message) == (3, "có ký tự điều khiển không hiển thị được (mã U+0000)")
    else:
        raise AssertionError("a NUL byte in front matter must be an error")


NESTING = st.sampled_from(["flow-list", "flow-map", "block-list", "block-map", "mixed"])


def nested(shape: str, depth: int) -> str:
    """A `tags:` value nested `depth` levels deep, written in one of the shapes YAML allows."""
    if shape == "flow-list":
        return "tags: " + "[" * depth + "x" + "]" * depth
    if shape == "flow-map":
        return "tags: " + "{a: " * depth + "x" + "}" * depth
    if shape == "block-list":
        return "tags:\n" + "".join(" " * level + "-\n" for level in range(depth)) + " " * depth + "- x"
    if shape == "block-map":
        return "tags:\n" + "".join(" " * (level + 1) + f"k{level}:\n" for level in range(depth)) + " " * (depth + 1) + "k: x"
    return "tags:\n  - " + "[{a: " * depth + "x" + "}]" * depth


@settings(max_examples=EXAMPLES // 5, deadline=timedelta(seconds=5), derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(NESTING, st.integers(min_value=1, max_value=30_000))
def test_nesting_of_any_depth_and_shape_is_read_or_refused_with_a_line(shape: str, depth: int):
    """libyaml composes nodes recursively: deep nesting once crashed the process (a segmentation fault)."""
    if shape.startswith("block"):
        depth = min(depth, 400)  # indentation grows as the square of the depth: the file-size limit comes first
    try:
        parse(f"---\ntitle: Sâu\n{nested(shape, depth)}\n---\nNội dung\n".encode(), "content/guides/a.md")
    except FrontMatterError as exc:
        assert exc.diagnostic.line is not None and exc.diagnostic.is_error
        if depth > 20:
            assert "lồng nhau quá sâu" in exc.diagnostic.message or "dài quá mức" in exc.diagnostic.message


@settings(max_examples=EXAMPLES // 15, deadline=timedelta(seconds=5), derandomize=True)
@given(st.sampled_from(["title", "summary", "issuer", "tags"]), st.integers(min_value=0, max_value=3_000_000))
def test_oversized_values_are_refused_with_the_field_named(field: str, size: int):
    value = "Ý" * size
    text = f"---\ntitle: Thử\nform: van-ban\nnumber: 01-HD/TU\nissuer: Tỉnh ủy\nissued: 2024-01-02\n{field}: \"{value}\"\n---\nx\n"
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "content" / "guides").mkdir(parents=True)
        (Path(folder) / "content" / "guides" / "a.md").write_text(text, encoding="utf-8")
        kb = KnowledgeBase.load(folder)
    if size > 1000:
        assert kb.errors and not kb.documents, "refused"
        assert all(d.path == "content/guides/a.md" for d in kb.errors)
