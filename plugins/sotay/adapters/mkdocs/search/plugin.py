"""`sotay-search`: the header search box, the results page, the browser shards, related documents.

The browser shards and the whoosh index of `sotay search` are written in on_post_build, after the pages,
from the scores computed once for the related documents. Not in a worker forked alongside MkDocs' page
loop, as they once were: the worker's pages, copied on write from the build's process, and its own
temporaries came on top of the build's memory at its fullest (3,000 documents: a 334 MB peak instead
of 247, for the same wall time). `mkdocs serve` writes no whoosh index, and writes the shards in a
thread after the pages, so the server (which serves nothing while a build runs) shows the edited page
without waiting for them; the next build stops that thread (it writes every shard again), the end of
serve waits for it.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.page import SEARCH_PAGE, search_page
from sotay.core.search.records import SearchRecord, records
from sotay.core.search.related import related_documents
from sotay.core.search.scoring import Analyser, Scores, term_scores
from sotay.core.search.shards import shard_pairs
from sotay.core.search.whoosh_index import CACHE_DIR, build_index, is_current

from ..files import ASSETS_URL, SPILL_DIR, add_pairs, add_scripts, relative_url
from ..memory import Trimmer, give_back
from .config import SearchConfig

log = logging.getLogger("mkdocs.plugins.sotay")
OVERRIDES = Path(__file__).resolve().parent / "overrides"
# The header box on every page, after what it uses; the results page adds search/page.js (its front matter).
SCRIPTS = ("search/analysis.js", "search/rank.js", "search/store.js", "search/render.js", "search/box.js")


@dataclass
class _Build:
    """State of one build, made in on_files (see the content plugin for why not in __init__)."""

    records: list[SearchRecord]
    scores: Callable[[], Scores]  # each call maps them afresh in a build (see _Scoring)
    by_source: dict[str, SearchRecord]
    related: list[list[int]]
    files: Files
    whoosh: Path | None  # where the index of `sotay search` is written, when out of date (never under serve)


_Scored = tuple[list[SearchRecord], Callable[[], Scores], list[list[int]]]


class SearchPlugin(BasePlugin[SearchConfig]):
    serving = False
    analyser: Analyser | None = None
    shard_thread: threading.Thread | None = None
    shard_stop: threading.Event | None = None
    scoring: _Scoring | None = None

    # Kept across the rebuilds of `mkdocs serve` (MkDocs keeps a plugin with on_startup): a memo of each
    # field's analysis, so a rebuild analyses only the text that changed, and the thread writing the last
    # build's shards. The preview needs no whoosh index (`sotay search` builds its own when missing or out
    # of date), so serve does not write it.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.analyser = Analyser(remember=True) if self.serving else None

    def on_shutdown(self) -> None:
        self.shards_written()
        self.serving, self.analyser = False, None

    def shards_written(self, stop: bool = False) -> None:
        """Wait until the shards of the last `mkdocs serve` build are in the site folder (`stop`: or stop writing them)."""
        if self.shard_thread:
            if stop and self.shard_stop:
                self.shard_stop.set()
            self.shard_thread.join()
            self.shard_thread = None

    # After sotay-content's on_config, which loads the base: its scoring is done here (under serve, in a thread: _Scoring).
    @event_priority(-10)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.shards_written(stop=True)  # before MkDocs cleans or rewrites the site folder; this build writes them all
        if self.scoring:  # a failed build's
            self.scoring.join()  # the analyser's vocabulary takes one writer at a time
            self.scoring.discard()
        self.build = self.scoring = None
        if not self.config.enabled:
            return config
        config.theme.dirs.insert(0, str(OVERRIDES))
        if f"{ASSETS_URL}/search/search.css" not in config.extra_css:  # `mkdocs serve` runs on_config again on the same config
            config.extra_css.append(f"{ASSETS_URL}/search/search.css")
        add_scripts(config, SCRIPTS)
        content = config.plugins.get("sotay-content")
        if getattr(content, "build", None):
            self.scoring = _Scoring(content.build.kb, self.analyser or Analyser(), self.config.related_limit,
                                    background=self.serving)
        return config

    # After the content plugin's on_files (-50): the knowledge base is loaded and its pages added.
    @event_priority(-60)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        if self.scoring is None:
            raise PluginError("sotay-search cần plugin sotay-content (đặt sotay-content trước trong mkdocs.yml).")
        found, scores, related = self.scoring.result()  # scores once for the related documents, the shards and whoosh
        root = self.scoring.root
        cache = Path(self.config.cache_dir) if self.config.cache_dir else root / CACHE_DIR
        whoosh = None if self.serving or is_current(cache, found) else cache
        self.build = _Build(found, scores, {r.source: r for r in found}, related, files, whoosh)
        add_pairs(files, config, [search_page()])
        return files

    def on_env(self, env, config: MkDocsConfig, files: Files):
        if self.build:  # the header form's action: "tim-kiem/" when hosted, "tim-kiem/index.html" in the portable copy
            env.globals["sotay_search_page"] = files.get_file_from_path(SEARCH_PAGE).url
        return env

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        return context | self.page_context(page)

    def page_context(self, page: Page) -> dict:
        record = self.build and self.build.by_source.get(page.file.src_uri)
        if not (record and self.config.related_limit):
            return {}
        return {"sotay_related": [self._related(self.build.records[i], page) for i in self.build.related[record.id]]}

    def site_inputs(self) -> str:
        return ""  # the header's search form links the results page, whose address is in every file's

    def _related(self, record: SearchRecord, page: Page) -> dict:
        target = self.build.files.src_uris.get(record.source)
        return {"title": record.title, "url": relative_url(target.url, page.file.url) if target else record.source,
                "number": record.number, "status": record.status if record.status != "hieu-luc" else "",
                "status_label": record.status_label}

    def on_post_build(self, config: MkDocsConfig) -> None:
        if not self.build:
            return
        build, self.build, site = self.build, None, Path(config.site_dir)
        scoring, self.scoring = self.scoring, None
        if self.serving:
            self.shard_stop = threading.Event()
            self.shard_thread = threading.Thread(target=_write_shards_or_log, args=(build, site, self.shard_stop),
                                                 name="sotay-shards")
            self.shard_thread.start()
        else:
            give_back()  # what MkDocs' page loop freed, before the indexes' temporaries
            try:
                _write_indexes(build, site)
            finally:
                scoring.discard()

    def on_build_error(self, error: Exception) -> None:
        self.build = None
        if self.scoring:
            self.scoring.join()
            self.scoring.discard()


class _Scoring:
    """The search records, scores and related documents of a base.

    A build computes them at once, in on_config, when the process holds little more than the base, into
    a folder (scoring.term_scores writes them there as it goes): each reader (the shards, whoosh) maps them afresh, read-only, so they
    take memory only while it reads them, and what it touched leaves with its mapping. Computed by a worker
    forked alongside the build, as they once were, they doubled the base in memory (each process touches
    every document, so their shared pages are soon copied) at the time the build made its pages (10,000
    documents: a 561 MB peak instead of 481, for the same wall time). Under `mkdocs serve`, a thread
    computes them while MkDocs gathers the files and the other plugins make their pages, with the analyser
    that remembers unchanged records (numpy's sorts, most of the work, let other threads run), into a
    temporary folder whose files go at once (the mapping stays). The base itself is not kept once scored.
    """

    def __init__(self, kb: KnowledgeBase, analyser: Analyser, related_limit: int, background: bool):
        self.root = kb.root
        self._analyser, self._limit = analyser, related_limit
        self._result: _Scored | None = None
        self._error: BaseException | None = None
        self._folder: Path | None = None
        self._thread = threading.Thread(target=self._run, args=(kb,), name="sotay-scoring", daemon=True) if background else None
        if self._thread:
            self._thread.start()
        else:
            spills = self.root / SPILL_DIR
            spills.mkdir(parents=True, exist_ok=True)
            self._folder = Path(tempfile.mkdtemp(prefix="scores-", dir=spills))
            found, scores, related = self._compute(kb, self._folder)
            del scores
            give_back()  # the scoring's temporaries
            self._result = found, partial(Scores.mapped, self._folder), related

    def _compute(self, kb: KnowledgeBase, folder: Path | None = None) -> tuple[list[SearchRecord], Scores, list[list[int]]]:
        found = records(kb)
        scores = term_scores(found, self._analyser, folder)
        return found, scores, related_documents(scores, len(found), self._limit)

    def _run(self, kb: KnowledgeBase) -> None:
        try:
            found, scores, related = self._compute(kb)
            self._result = found, lambda: scores, related
        except BaseException as error:  # noqa: BLE001 - raised again in the build's own thread by result()
            self._error = error

    def join(self) -> None:
        if self._thread:
            self._thread.join()

    def result(self) -> _Scored:
        self.join()
        if self._error:
            raise self._error
        return self._result

    def discard(self) -> None:
        """Delete the scores' folder (mappings still open keep their data until they go)."""
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def _write_indexes(build: _Build, site: Path) -> None:
    """The browser shards, then the whoosh index when it is out of date."""
    _write_shards(build, site)
    if build.whoosh:
        build_index(build.whoosh, build.records, build.scores())


def _write_shards(build: _Build, site: Path, stop: threading.Event | None = None) -> None:
    def url_of(source: str) -> str:
        target = build.files.src_uris.get(source)
        return target.url if target else source

    trimmer = Trimmer()
    # Only serve (which passes `stop`) builds again: its next shards are mostly these, worth remembering.
    for path, content in shard_pairs(build.records, url_of, build.scores(), remember=stop is not None):
        trimmer.tick()  # the last shard's bytes are freed
        if stop and stop.is_set():
            return
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def _write_shards_or_log(build: _Build, site: Path, stop: threading.Event) -> None:
    """In serve's thread: the build has already ended, so a failure can only be told."""
    try:
        _write_shards(build, site, stop)
    except Exception as error:  # noqa: BLE001 - nothing else would show it
        log.error("sotay-search: không ghi được dữ liệu tìm kiếm vào %s: %s", site, error)
