"""Escaping and link helpers of the trainer pages."""

from sotay.core.meetings.training.markup import md_span, plain_text, rebase_links


def test_md_span_shows_text_as_written():
    assert md_span("<b>*a*</b> & [x]") == "&lt;b&gt;\\*a\\*&lt;/b&gt; &amp; \\[x\\]"


def test_plain_text_drops_emphasis_and_link_targets():
    assert plain_text("**Xếp loại sai:** xem [khung](../rubrics/k.md) và `mã`") == "Xếp loại sai: xem khung và mã"


def test_rebase_links_keeps_targets_from_a_new_page():
    text = "[khung](../rubrics/k.md), [ngoài](https://a.vn/x), [neo](#y), ![ảnh](hinh.png)"
    assert rebase_links(text, "model-meetings/a.md", "tap-huan/bai-hoc/chu-de/x.md") == (
        "[khung](../../../rubrics/k.md), [ngoài](https://a.vn/x), [neo](#y), ![ảnh](../../../model-meetings/hinh.png)")
