"""link_references: citations in rendered HTML become links, everywhere but code, links and headings."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from sotay.core.documents.autolink import Link, link_references
from sotay.core.documents.docnumber import Mention

PROPERTY = settings(max_examples=200, deadline=None, database=None)
KNOWN = {("3", "HD", "TU"): Link("../hd-03-tu/", "Hướng dẫn cũ — Hết hiệu lực"),
         ("5", "HD", "TU"): Link("../hd-05-tu/?a=1&b=2", 'Tên có "ngoặc" & <dấu>')}


def link_for(mention: Mention) -> Link | None:
    return KNOWN.get(mention.doc.key)


def test_a_citation_in_text_becomes_a_link_with_title():
    out = link_references("<p>Theo Hướng dẫn số 03-HD/TU ngày 08/10/2018, chi bộ…</p>", link_for)
    assert out == ('<p>Theo <a class="sotay-ref" href="../hd-03-tu/" title="Hướng dẫn cũ — Hết hiệu lực">'
                   'Hướng dẫn số 03-HD/TU ngày 08/10/2018</a>, chi bộ…</p>')


def test_href_and_title_are_escaped():
    out = link_references("<p>xem 05-HD/TU</p>", link_for)
    assert 'href="../hd-05-tu/?a=1&amp;b=2"' in out
    assert 'title="Tên có &quot;ngoặc&quot; &amp; &lt;dấu&gt;"' in out


def test_code_links_headings_and_scripts_are_left_alone():
    skipped = [
        "<code>03-HD/TU</code>", "<pre><code>số 03-HD/TU\n</code></pre>", '<a href="x">Hướng dẫn 03-HD/TU</a>',
        "<h1>Hướng dẫn 03-HD/TU</h1>", "<h3 id='x'>03-HD/TU <em>mới</em></h3>", "<script>var s = '03-HD/TU';</script>",
        "<style>/* 03-HD/TU */</style>", "<textarea>03-HD/TU</textarea>", "<kbd>03-HD/TU</kbd>",
        '<a href="x"><strong>03-HD/TU</strong></a>',
    ]
    for fragment in skipped:
        assert link_references(fragment, link_for) == fragment


def test_text_after_a_skipped_element_is_linked_again():
    out = link_references("<p><code>03-HD/TU</code> và 03-HD/TU</p><h2>05-HD/TU</h2><p>05-HD/TU</p>", link_for)
    assert out.count('class="sotay-ref"') == 2
    assert out.startswith("<p><code>03-HD/TU</code> và <a ")
    assert "<h2>05-HD/TU</h2>" in out


def test_inline_markup_and_attributes_are_copied_as_written():
    source = '<p class="x" data-n="03-HD/TU">Theo <em>Hướng dẫn</em> 03-HD/TU &amp; 99-HD/TU<br/>hết.</p>'
    out = link_references(source, link_for)
    assert out == ('<p class="x" data-n="03-HD/TU">Theo <em>Hướng dẫn</em> <a class="sotay-ref" href="../hd-03-tu/" '
                   'title="Hướng dẫn cũ — Hết hiệu lực">03-HD/TU</a> &amp; 99-HD/TU<br/>hết.</p>')


def test_unknown_and_refused_citations_leave_the_html_unchanged():
    source = "<p>Theo 99-HD/TU và 03-HD/TU.</p>"
    assert link_references(source, lambda mention: None) is source
    assert "99-HD/TU" in link_references(source, link_for) and link_references(source, link_for).count("<a ") == 1


def test_decomposed_text_is_normalised_where_it_is_linked():
    nfd = unicodedata.normalize("NFD", "<p>Hướng dẫn số 03-HD/TU</p>")
    assert '>Hướng dẫn số 03-HD/TU</a>' in link_references(nfd, link_for)


@PROPERTY
@given(st.lists(st.sampled_from([
    "<p>", "</p>", "<a href='x'>", "</a>", "<code>", "</code>", "<h2>", "</h2>", "<em>", "</em>", "<br>", "&amp;", "&",
    "<", ">", " ", "\n", "03-HD/TU", "Hướng dẫn số ", "05-HD/TU", "ngày 08/10/2018", "<!-- 03-HD/TU -->", "<p title='03-HD/TU'>",
]) | st.text(max_size=5)).map("".join))
def test_only_text_changes_and_removing_the_links_gives_the_source_back(fragment):
    out = link_references(fragment, link_for)
    unlinked = re.sub(r'<a class="sotay-ref" href="[^"]*" title="[^"]*">([^<]*)</a>', r"\1", out)
    assert unicodedata.normalize("NFC", unlinked) == unicodedata.normalize("NFC", fragment)


def test_a_number_beside_a_link_to_the_same_page_is_not_linked_again():
    listing = '<ul><li><a href="../hd-03-tu/">Hướng dẫn cũ</a><br><small>03-HD/TU · Tỉnh ủy</small></li><li>03-HD/TU</li></ul>'
    out = link_references(listing, link_for)
    assert out.startswith('<ul><li><a href="../hd-03-tu/">Hướng dẫn cũ</a><br><small>03-HD/TU · Tỉnh ủy</small></li><li><a class')
    other = '<p><a href="../khac/">Khác</a> và 03-HD/TU</p>'
    assert '<a class="sotay-ref" href="../hd-03-tu/"' in link_references(other, link_for)
