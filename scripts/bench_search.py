"""Search benchmark: ours against mkdocs-material's built-in search and Pagefind, on one synthetic corpus.

    python scripts/bench_search.py --docs 1000 --work /tmp/bench [--seed 1] [--json results.json]

The corpus comes from scripts/gen_corpus.py. It is built three ways: with sotay (browser shards; the whoosh
index of `sotay search` apart), as a plain mkdocs-material site set up as bench_common says (sections, prune)
with its search plugin on, and as the same plain site without it, its page content marked
`data-pagefind-body`, over which Pagefind (`pagefind-bin`, the `bench` extra) runs. The script prints, side
by side with ratios: index build time, index size on disk, bytes a browser downloads for its first
query (a rare needle and a common phrase), time to first results in headless Chromium, recall@5 on the
needle queries typed four ways, and the p50/p95 latency of `sotay search`.

Time to first results starts with a fresh page (empty cache) when the query is typed and ends when
results are on screen (ours, material) or the first five results' data are loaded (Pagefind, which
is driven through its JavaScript API, without its UI). Bytes count every search file fetched for the
query: index data, and separately the search code (JavaScript, WebAssembly).
"""

from __future__ import annotations

import argparse
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "plugins"))

import gen_corpus  # noqa: E402
from bench_common import plain_project, plain_url, sectioned_paths, size_of  # noqa: E402

from sotay.adapters.mkdocs.site_build import build_site  # noqa: E402
from sotay.core.knowledge_base import KnowledgeBase  # noqa: E402
from sotay.core.search.records import records  # noqa: E402
from sotay.core.search.shards import shard_pairs  # noqa: E402
from sotay.core.search.whoosh_index import CACHE_DIR, build_index, open_index  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
COMMON = "sinh hoạt chi bộ"
STYLES = {
    "có dấu": lambda q: q,
    "không dấu": lambda q: _strip(q, keep_d=False),
    "đ gõ thành d": lambda q: q.replace("đ", "d").replace("Đ", "D"),
    "bỏ dấu, giữ đ": lambda q: _strip(q, keep_d=True),
}
CODE = (".js", ".wasm", ".pagefind", ".css")


def _strip(text: str, keep_d: bool) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    bare = unicodedata.normalize("NFC", bare)
    return bare if keep_d else bare.replace("đ", "d").replace("Đ", "D")


@dataclass
class Engine:
    name: str
    build_seconds: float = 0.0
    index_bytes: int = 0
    first_query: dict = field(default_factory=dict)  # query label -> {"data": bytes, "code": bytes, "ms": time}
    recall: dict = field(default_factory=dict)  # style -> share of needles found in the top 5
    exact_first: float | None = None
    notes: list[str] = field(default_factory=list)


class Server:
    """A folder served on 127.0.0.1 that counts the bytes of every file it sends (what a browser downloads)."""

    def __init__(self, root: Path):
        sent = self.sent = {}

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(root), **kwargs)

            def copyfile(self, source, outputfile):
                start = source.tell()
                super().copyfile(source, outputfile)
                sent[urlsplit(self.path).path] = source.tell() - start

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- building ---------------------------------------------------------------------------------------

def build_ours(root: Path, site: Path, engine: Engine) -> list:
    build_site(root, site)  # the site itself (pages and shards; `sotay search` makes its whoosh index when first asked)
    kb = KnowledgeBase.load(root)  # the content is read for the pages anyway: not counted as index building
    started = time.perf_counter()
    found = records(kb)
    pairs = list(shard_pairs(found))
    shards_seconds = time.perf_counter() - started
    started = time.perf_counter()
    build_index(root / ".bench-whoosh", found)
    whoosh_seconds = time.perf_counter() - started
    engine.build_seconds = shards_seconds
    engine.index_bytes = sum(len(content) for _, content in pairs)
    engine.notes.append(f"whoosh index (sotay search): {whoosh_seconds:.1f} s, {size_of(root / '.bench-whoosh') / 1e6:.1f} MB; "
                        f"{len(pairs)} files in search/")
    shutil.rmtree(root / ".bench-whoosh")
    return found


def plain_site(root: Path, work: Path, search: bool) -> tuple[Path, float]:
    """The corpus as an ordinary mkdocs-material site (content files as pages).

    Returns the site and the seconds spent in the search plugin's own events (0 without search), so
    that the rest of the build, the same for every engine, is not counted as index building."""
    from material.plugins.search.plugin import SearchPlugin
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    plain = work / ("plain-search" if search else "plain")
    config = plain_project(root, plain, search, pagefind=not search)
    spent = [0.0]

    def timed(method):
        def run(*args, **kwargs):
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started
        return run

    originals = {name: getattr(SearchPlugin, name) for name in ("on_page_context", "on_post_build")}
    try:
        for name, method in originals.items():
            setattr(SearchPlugin, name, timed(method))
        build(load_config(config_file=str(config), site_dir=str(plain / "site")))
    finally:
        for name, method in originals.items():
            setattr(SearchPlugin, name, method)
    return plain / "site", spent[0]


def build_pagefind(site: Path, engine: Engine) -> None:
    import pagefind_bin

    binary = Path(pagefind_bin.__file__).parent / "pagefind"
    started = time.perf_counter()
    subprocess.run([str(binary), "--site", str(site), "--output-subdir", "pagefind", "--quiet"], check=True)
    engine.build_seconds = time.perf_counter() - started
    index = site / "pagefind"
    engine.index_bytes = sum(size_of(index / name) for name in ("index", "fragment", "filter") if (index / name).exists()) \
        + sum(p.stat().st_size for p in index.glob("*.pf_meta"))
    engine.notes.append(f"whole pagefind/ folder incl. UI and wasm: {size_of(index) / 1e6:.1f} MB")


# --- the browser ----------------------------------------------------------------------------------

OURS_QUERY = """async (q) => {
    const input = document.querySelector("[data-sotay-search] input[name=q]");
    const meta = document.querySelector("[data-sotay-search] .md-search-result__meta");
    const started = performance.now();
    input.value = q;
    input.dispatchEvent(new Event("input", {bubbles: true}));
    while (meta.dataset.query !== q) await new Promise((r) => setTimeout(r, 2));
    const ms = performance.now() - started;
    while (document.querySelectorAll("#sotay-search-list .md-search-result__teaser").length
           !== document.querySelectorAll("#sotay-search-list .md-search-result__teaser:not(:empty)").length)
        await new Promise((r) => setTimeout(r, 5));
    return ms;
}"""
OURS_TOP = """async (queries) => {
    const { openIndex } = sotay.searchStore;
    const index = await openIndex();
    const out = [];
    for (const q of queries) {
        const found = await index.search(q);
        const docs = await index.documents(found.hits.slice(0, 5).map((h) => h.doc));
        out.push(docs.map((d) => new URL(d.url).pathname));
    }
    return out;
}"""
MATERIAL_QUERY = """async (q) => {
    const input = document.querySelector("[data-md-component=search-query]");
    const list = () => document.querySelectorAll(".md-search-result__item");
    const meta = () => document.querySelector(".md-search-result__meta").textContent;
    const type = (text) => {
        input.value = text;
        input.dispatchEvent(new Event("keyup", {bubbles: true}));
        input.dispatchEvent(new Event("input", {bubbles: true}));
    };
    input.focus();
    type("");  // results of an earlier query must not pass for this one's
    for (let waited = 0; list().length && waited < 3000; waited += 5) await new Promise((r) => setTimeout(r, 5));
    const started = performance.now();
    type(q);
    while (!list().length && !/Không|No matching/.test(meta())) await new Promise((r) => setTimeout(r, 2));
    return performance.now() - started;
}"""
MATERIAL_TOP = """() => [...document.querySelectorAll(".md-search-result__item > a.md-search-result__link")]
    .map((a) => new URL(a.href).pathname).filter((p, i, all) => all.indexOf(p) === i).slice(0, 5)"""
PAGEFIND_QUERY = """async (q) => {
    const started = performance.now();
    const pagefind = await import("/pagefind/pagefind.js");
    const search = await pagefind.search(q);
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return [performance.now() - started, data.map((d) => new URL(d.url, location.href).pathname)];
}"""


class Browser:
    def __init__(self):
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self.browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)

    def close(self) -> None:
        self.browser.close()
        self._playwright.stop()

    def fresh(self, url: str):
        """A new page (empty cache) at `url`."""
        context = self.browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(120_000)
        page.goto(url)
        page.wait_for_load_state("networkidle")
        return context, page


def first_query(browser: Browser, server: Server, script: str, query: str, prefix: tuple[str, ...], before=None) -> dict:
    """Open a fresh page, click into the search box as a reader would, then type the query at once.

    Bytes are counted by the server: every search file sent from the page load on (Chromium's own
    response sizes are -1 for some requests)."""
    server.sent.clear()
    context, page = browser.fresh(server.url)
    if before:
        before(page)
        page.wait_for_timeout(500)
    result = page.evaluate(script, query)
    ms = result[0] if isinstance(result, list) else result
    page.wait_for_load_state("networkidle")
    context.close()
    fetched = {path: size for path, size in server.sent.items() if path.startswith(prefix)}
    code = sum(size for path, size in fetched.items() if path.endswith(CODE))
    return {"ms": ms, "data": sum(fetched.values()) - code, "code": code, "files": len(fetched)}


def ours_before(page) -> None:
    page.click("[data-sotay-search] input[name=q]")


def material_before(page) -> None:
    page.click("label.md-header__button[for=__search]") if page.viewport_size["width"] < 960 else page.click("[data-md-component=search-query]")


def measure(browser: Browser, engines: dict, servers: dict, needles: list, samples: int) -> None:
    rare = [n.query for n in needles[:samples]]
    setups = {
        "sotay": (servers["sotay"], OURS_QUERY, ("/search/", "/assets/sotay/search/"), ours_before),
        "material": (servers["plain-search"], MATERIAL_QUERY, ("/search/", "/assets/javascripts/workers/", "/assets/javascripts/lunr/"), material_before),
        "pagefind": (servers["plain"], PAGEFIND_QUERY, ("/pagefind/",), None),
    }
    for name, (server, script, prefix, before) in setups.items():
        engine = engines[name]
        runs = [first_query(browser, server, script, q, prefix, before) for q in rare]
        engine.first_query["rare"] = {key: statistics.median(r[key] for r in runs) for key in ("ms", "data", "code", "files")}
        common = [first_query(browser, server, script, COMMON, prefix, before) for _ in range(3)]
        engine.first_query["common"] = {key: statistics.median(r[key] for r in common) for key in ("ms", "data", "code", "files")}


def recall(browser: Browser, engines: dict, servers: dict, needles: list, sectioned: dict[str, str]) -> None:
    targets = {"sotay": ["/" + n.url for n in needles], "plain": ["/" + plain_url(n.target, sectioned) for n in needles]}
    queries = {style: [change(n.query) for n in needles] for style, change in STYLES.items()}
    context = browser.browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(300_000)
    page.goto(servers["sotay"].url + "tim-kiem/")  # the results page loads the search scripts (the header box, when used)
    ours = {style: page.evaluate(OURS_TOP, qs) for style, qs in queries.items()}
    page.goto(servers["plain"].url)
    pagefind = {style: [page.evaluate(PAGEFIND_QUERY, q)[1] for q in qs] for style, qs in queries.items()}
    page.goto(servers["plain-search"].url)
    material_before(page)
    material = {}
    for style, qs in queries.items():
        material[style] = []
        for q in qs:
            page.evaluate(MATERIAL_QUERY, q)
            material[style].append(page.evaluate(MATERIAL_TOP))
    context.close()
    for name, tops in (("sotay", ours), ("pagefind", pagefind), ("material", material)):
        engine, wanted = engines[name], targets["sotay" if name == "sotay" else "plain"]
        engine.recall = {style: sum(t in top for t, top in zip(wanted, tops[style])) / len(wanted) for style in STYLES}
        engine.exact_first = sum(top[:1] == [t] for t, top in zip(wanted, tops["có dấu"])) / len(wanted)


def cli_latency(root: Path, found: list, needles: list) -> dict:
    """`sotay search` in process: latency over the needle queries (four styles) and common ones, and its recall@5."""
    styled = {style: [change(n.query) for n in needles] for style, change in STYLES.items()}
    queries = [q for qs in styled.values() for q in qs] + [COMMON, "sinh hoat chi bo", "quy ddinhj", "nghi quyet"]
    by_source = {r.source: r for r in found}
    with open_index(root / CACHE_DIR, found) as index:
        recall_at_5 = {style: sum(by_source[n.target].id in [h.id for h in index.search(q, limit=5)]
                                  for n, q in zip(needles, qs)) / len(needles) for style, qs in styled.items()}
        times = []
        for _ in range(3):
            for query in queries:
                started = time.perf_counter()
                index.search(query)
                times.append((time.perf_counter() - started) * 1000)
    times.sort()
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "sotay"), "search", needles[0].query, "--root", str(root)],
                   check=True, capture_output=True)
    cold = time.perf_counter() - started
    return {"p50_ms": statistics.median(times), "p95_ms": times[int(len(times) * 0.95) - 1], "queries": len(times),
            "cold_cli_s": cold, "recall_at_5": recall_at_5}


# --- report -------------------------------------------------------------------------------------

def report(docs: int, engines: dict, latency: dict) -> str:
    ours, material, pagefind = engines["sotay"], engines["material"], engines["pagefind"]

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}×" if b else "–"

    rows = [("index build time (s)", lambda e: e.build_seconds, "{:.1f}"),
            ("index size on disk (MB)", lambda e: e.index_bytes / 1e6, "{:.2f}")]
    for label in ("rare", "common"):
        rows += [(f"first query, {label}: index data (KB)", lambda e, l=label: e.first_query[l]["data"] / 1e3, "{:.1f}"),
                 (f"first query, {label}: data + code (KB)", lambda e, l=label: (e.first_query[l]["data"] + e.first_query[l]["code"]) / 1e3, "{:.1f}"),
                 (f"first query, {label}: time to results (ms)", lambda e, l=label: e.first_query[l]["ms"], "{:.0f}")]
    rows += [(f"recall@5, {style}", lambda e, s=style: e.recall[s] * 100, "{:.0f}%") for style in STYLES]
    rows.append(("exact-diacritic query: target ranked first", lambda e: (e.exact_first or 0) * 100, "{:.0f}%"))
    lines = [f"Search benchmark, {docs} documents", "",
             "| measure | sotay | material | pagefind | sotay/material | sotay/pagefind |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for label, value, form in rows:
        a, b, c = value(ours), value(material), value(pagefind)
        lines.append(f"| {label} | {form.format(a)} | {form.format(b)} | {form.format(c)} | {ratio(a, b)} | {ratio(a, c)} |")
    lines += ["", f"`sotay search` (whoosh, in process, {latency['queries']} queries): p50 {latency['p50_ms']:.1f} ms, "
              f"p95 {latency['p95_ms']:.1f} ms (every query run 3 times, the first cold); one cold CLI run (load content, "
              f"check index, search): {latency['cold_cli_s']:.1f} s; recall@5: "
              + ", ".join(f"{style} {share * 100:.0f}%" for style, share in latency["recall_at_5"].items())]
    lines += [f"- {e.name}: {note}" for e in engines.values() for note in e.notes]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--work", type=Path, required=True, help="working folder (emptied first)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--samples", type=int, default=7, help="rare queries timed from a fresh page")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    args.work = args.work.resolve()  # MkDocs reads a relative site_dir from the folder of mkdocs.yml
    if args.work.exists():
        shutil.rmtree(args.work)
    root = args.work / "corpus"
    needles = gen_corpus.generate(root, args.docs, args.seed)
    engines = {name: Engine(name) for name in ("sotay", "material", "pagefind")}
    log = lambda message: print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)  # noqa: E731
    log(f"corpus: {args.docs} documents, {len(needles)} needles")
    found = build_ours(root, args.work / "site", engines["sotay"])
    log("sotay built")
    material_site, engines["material"].build_seconds = plain_site(root, args.work, search=True)
    plain, _ = plain_site(root, args.work, search=False)
    engines["material"].index_bytes = size_of(material_site / "search" / "search_index.json")
    engines["material"].notes.append("build time: time spent in the search plugin's events during the site build")
    log("material built")
    build_pagefind(plain, engines["pagefind"])
    log("pagefind built")
    servers = {"sotay": Server(args.work / "site"), "plain-search": Server(material_site), "plain": Server(plain)}
    browser = Browser()
    try:
        measure(browser, engines, servers, needles, args.samples)
        log("first queries measured")
        recall(browser, engines, servers, needles,
               {path.relative_to(root / "content").as_posix(): placed for path, placed in sectioned_paths(root / "content").items()})
        log("recall measured")
    finally:
        browser.close()
        for server in servers.values():
            server.close()
    latency = cli_latency(root, found, needles)
    text = report(args.docs, engines, latency)
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "engines": {k: vars(v) for k, v in engines.items()}, "sotay_search": latency},
                                        ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
