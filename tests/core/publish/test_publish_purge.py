"""The purge of the theme's stylesheets (`sotay publish`): which rules stay, on small stylesheets and markup, and a
site folder whose pages and service worker follow the purged file's new name."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from sotay.core.publish import prepare_web_folder
from sotay.core.publish.purge import Used, purge, purge_site

HTML = """<body dir="ltr" data-md-color-scheme="default"><div class="md-typeset md-content" id="top">
<input class="md-toggle" data-md-toggle="search" type="checkbox"><a class="headerlink" href="#x">¶</a>
<span
  class="sotay-status sotay-status--hieu-luc">x</span></div></body>"""
SCRIPT = """el.classList.add("md-search--active"); el.setAttribute("data-md-state", "lock");
const tag = `md-tag--${kind}`; const fact = "md-source__fact--" + name; style.getPropertyValue("--md-read-by-script");"""


def used(html: str = HTML, script: str = SCRIPT) -> Used:
    found = Used()
    found.add_html(html)
    found.add_script(script)
    return found


def kept(css: str) -> str:
    return purge(css, used())


@pytest.mark.parametrize(("css", "stays"), [
    (".md-typeset h1{color:red}", True),                      # a class in the markup
    (".md-typeset .md-admonition-x{color:red}", False),      # one class nowhere
    ("#top{color:red}", True),
    ("#nowhere{color:red}", False),
    ("hr{margin:0}", True),                                   # elements alone
    ("*,:after{box-sizing:border-box}", True),
    (".md-search--active .md-search__form{color:red}", False),  # a class set by the script, one nowhere
    (".md-search--active{color:red}", True),                 # set by the script
    ("[data-md-state=lock]{overflow:hidden}", True),          # attribute and value set by the script
    ("[data-md-toggle=search]:checked~.md-content{color:red}", True),
    ("[data-md-toggle=drawer]:checked{color:red}", False),   # a value no element and no script gives
    ("[dir=rtl] .md-typeset{color:red}", False),
    ("[dir^=r] .md-typeset{color:red}", True),               # other operators: by the name alone
    ("[data-md-color-primary=red]{color:red}", False),
    ("[data-md-color-scheme=default]{color:red}", True),
    (".md-tag--note{color:red}", True),                       # `md-tag--${…}` in the script: a prefix
    (".md-source__fact--stars{color:red}", True),            # "md-source__fact--" + …
    (".sotay-status--het-hieu-luc{color:red}", False),
    (".md-typeset :is(.nowhere,.md-content){color:red}", True),  # inside :is()/:not(): taken as possible
    (".md-content:not(.nowhere){color:red}", True),
    (".nowhere,.md-content{color:red}", True),               # one possible selector keeps the list whole
    (".nowhere,.elsewhere{color:red}", False),
])
def test_a_rule_stays_when_one_of_its_selectors_may_match(css: str, stays: bool):
    assert bool(kept(css)) is stays, kept(css)


def test_the_whole_selector_list_of_a_kept_rule_stays():
    assert kept(".nowhere,.md-content{color:red}") == ".nowhere,.md-content{color:red}"


@pytest.mark.parametrize(("css", "expected"), [
    ("@media screen{.nowhere{color:red}.md-content{color:blue}}", "@media screen{.md-content{color:blue}}"),
    ("@media print{.nowhere{color:red}}", ""),
    ("@supports (display:grid){@media (min-width:60em){.md-typeset{display:grid}.x{a:b}}}",
     "@supports (display:grid){@media (min-width:60em){.md-typeset{display:grid}}}"),
    ("@keyframes spin{0%{transform:none}to{transform:rotate(1turn)}}", "@keyframes spin{0%{transform:none}to{transform:rotate(1turn)}}"),
    ('@font-face{font-family:x;src:url(x.woff2)}', '@font-face{font-family:x;src:url(x.woff2)}'),
])
def test_grouping_at_rules_keep_what_stays_inside_and_others_stay_whole(css: str, expected: str):
    assert kept(css) == expected


def test_custom_properties_nothing_reads_go_and_those_read_stay():
    css = (":root{--a:url(x.svg);--b:red;--c:var(--d);--d:blue;--md-read-by-script:1;--e:var(--f);--f:0}"
           ".md-typeset{color:var(--b);background:var(--c)}.nowhere{color:var(--e)}")
    assert kept(css) == ":root{--b:red;--c:var(--d);--d:blue;--md-read-by-script:1}.md-typeset{color:var(--b);background:var(--c)}"


def test_a_custom_property_read_by_a_stylesheet_kept_whole_stays():
    reader = used()
    reader.add_reader(".sotay-meta{border:1px solid var(--md-default-fg-color--lightest)}")
    assert purge(":root{--md-default-fg-color--lightest:#eee;--other:1}", reader) == ":root{--md-default-fg-color--lightest:#eee}"


def test_comments_go_and_strings_stay_intact():
    css = '/* .md-content{} */.md-content:after{content:"} .nowhere {"}.md-typeset{background:url("a{b}.svg")}'
    assert kept(css) == '.md-content:after{content:"} .nowhere {"}.md-typeset{background:url("a{b}.svg")}'


def test_markup_spread_over_lines_and_unquoted_attributes_count():
    found = used('<p\nclass="a b"\ndata-x=1 hidden><i id=z>')
    assert {"a", "b"} <= found.classes and {"data-x", "hidden", "class"} <= found.attributes and "z" in found.ids
    assert {"1", "a b", "a"} <= found.values


def site(root: Path) -> Path:
    files = {
        "index.html": '<link rel="stylesheet" href="assets/stylesheets/main.0123abcd.min.css"><div class="md-content"></div>'
                      '<script src="assets/javascripts/bundle.min.js"></script>',
        "guides/a/index.html": '<link rel="stylesheet" href="../../assets/stylesheets/main.0123abcd.min.css">'
                               '<link rel="stylesheet" href="../../assets/sotay/own.css"><p class="own">',
        "sw.js": 'const PRECACHE = ["assets/stylesheets/main.0123abcd.min.css", "index.html"];\n' * 5,
        "assets/stylesheets/main.0123abcd.min.css": ":root{--unread:1;--read:2}.md-content{a:b}.md-set-by-script{c:d}"
                                                    + ".md-nowhere{e:f}" * 50 + "/*# sourceMappingURL=main.0123abcd.min.css.map*/",
        "assets/stylesheets/main.0123abcd.min.css.map": "{}",
        "assets/javascripts/bundle.min.js": 'x.classList.add("md-set-by-script")',
        "assets/javascripts/lunr/other.js": 'x.classList.add("md-nowhere")',  # no page loads it, nor a script beside
        "assets/sotay/own.css": ".own{color:var(--read)}",
    }
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def test_the_purged_stylesheet_gets_a_new_name_that_pages_and_the_worker_follow(tmp_path: Path):
    web = site(tmp_path / "web")
    [done] = purge_site(web)
    assert done.before == "assets/stylesheets/main.0123abcd.min.css" and done.after != done.before
    assert done.after.startswith("assets/stylesheets/main.") and done.after.endswith(".min.css")
    assert (web / done.after).read_text(encoding="utf-8") == ":root{--read:2}.md-content{a:b}.md-set-by-script{c:d}"
    assert not (web / done.before).exists() and not (web / (done.before + ".map")).exists()
    name = done.after.rsplit("/", 1)[1]
    assert f'href="../../assets/stylesheets/{name}"' in (web / "guides/a/index.html").read_text(encoding="utf-8")
    assert f'href="assets/stylesheets/{name}"' in (web / "index.html").read_text(encoding="utf-8")
    assert f'"assets/stylesheets/{name}"' in (web / "sw.js").read_text(encoding="utf-8")
    assert done.bytes_after < done.bytes_before


def test_the_web_folder_gets_gzip_twins_of_the_purged_files(tmp_path: Path):
    web = site(tmp_path / "web")
    (web / "assets/stylesheets/main.0123abcd.min.css").write_text(".md-content{color:red}" * 50, encoding="utf-8")
    prepared = prepare_web_folder(web)
    purged = web / prepared.purged[0].after
    assert gzip.decompress(purged.with_name(purged.name + ".gz").read_bytes()) == purged.read_bytes()
    assert gzip.decompress((web / "sw.js.gz").read_bytes()) == (web / "sw.js").read_bytes()
    assert prepared.compressed.files >= 2
    assert not list(web.rglob("main.0123abcd*"))
