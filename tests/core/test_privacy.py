"""The external-load scanner: what counts as loading from another host, and what is only a link."""

import pytest

from sotay.core.privacy import external_loads, is_external


@pytest.mark.parametrize("url, external", [
    ("https://cdn.example.com/x.js", True), ("http://x.vn", True), ("//fonts.example.com/a.css", True),
    (" HTTPS://X.VN/a", True), ("assets/x.js", False), ("../x.css", False), ("/x.css", False),
    ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'/>", False), ("#top", False),
    ("javascript:void(0)", False), ("mailto:a@b.vn", False),
])
def test_is_external(url, external):
    assert is_external(url) is external


LOADS = [
    ('<script src="https://cdn.example.com/a.js"></script>', "<script src>"),
    ('<img src="//img.example.com/a.png">', "<img src>"),
    ('<img srcset="a.png 1x, https://img.example.com/b.png 2x">', "<img srcset>"),
    ('<video poster="https://v.example.com/p.jpg"></video>', "<video poster>"),
    ('<object data="https://x.example.com/a.swf"></object>', "<object data>"),
    ('<iframe src="https://x.example.com/"></iframe>', "<iframe src>"),
    ('<link rel="stylesheet" href="https://fonts.example.com/css">', "<link rel=stylesheet>"),
    ('<link rel="preconnect" href="https://fonts.example.com">', "<link rel=preconnect>"),
    ('<link rel="shortcut icon" href="https://x.example.com/f.ico">', "<link rel=shortcut icon>"),
    ('<link rel="manifest" href="https://x.example.com/m.json">', "<link rel=manifest>"),
    ('<base href="https://x.example.com/">', "<base href>"),
    ('<svg><image href="https://x.example.com/a.png"/></svg>', "<image href>"),
    ('<svg><use xlink:href="https://x.example.com/s.svg#i"/></svg>', "<use href>"),
    ('<div style="background: url(https://x.example.com/a.png)"></div>', "css url()"),
    ('<style>@import "https://x.example.com/a.css";</style>', "css @import"),
    ("<style>p { background: url('//x.example.com/a.png') }</style>", "css url()"),
    ('<script>fetch("https://api.example.com/x")</script>', "js url"),
    ('<script type="module">import x from "https://esm.example.com/x.js"</script>', "js url"),
]


@pytest.mark.parametrize("markup, how", LOADS, ids=[how + str(i) for i, (_, how) in enumerate(LOADS)])
def test_html_loads_from_another_host_are_found(markup, how):
    assert [(load.how, load.line) for load in external_loads("a.html", f"<!doctype html>\n{markup}")] == [(how, 2)]


@pytest.mark.parametrize("markup", [
    '<a href="https://thuvienphapluat.vn/van-ban">Nguồn</a>',
    '<link rel="canonical" href="https://x.example.com/a/">',
    '<form action="https://x.example.com/"></form>',
    '<script id="__config" type="application/json">{"u": "https://x.example.com/"}</script>',
    '<img src="assets/a.png" srcset="assets/a.png 1x, assets/b.png 2x">',
    '<div style="background: url(data:image/png;base64,AAAA)"></div>',
    "<p>Xem https://x.example.com/ để biết thêm.</p>",
])
def test_links_data_and_local_files_are_not_loads(markup):
    assert external_loads("a.html", markup) == []


def test_css_and_js_files_report_file_and_line():
    css = "/* url(https://comment.example.com/) */\na { b: url( \"https://x.example.com/f.woff2\" ) }\n@import 'https://y.example.com/c.css';"
    assert [load.format() for load in external_loads("s.css", css)] == [
        "s.css:2: css url(): https://x.example.com/f.woff2", "s.css:3: css @import: https://y.example.com/c.css"]
    js = 'const ns = "http://www.w3.org/2000/svg";\nlet u = `https://${host}/api/v4`; // "//nbsp"\nimportScripts("//cdn.example.com/w.js")'
    assert [load.format() for load in external_loads("a.js", js)] == [
        "a.js:2: js url: https://${host}/api/v4", "a.js:3: js url: //cdn.example.com/w.js"]


def test_other_files_are_not_read():
    assert external_loads("a.json", '{"src": "https://x.example.com/"}') == []
