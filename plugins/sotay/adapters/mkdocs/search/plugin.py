"""`sotay-search`: the header search box, the results page, the browser shards, related documents.

The search records, scores and related documents are computed once, in on_config (under `mkdocs serve`, by
a scorer process beside the build: scorer.py). The browser shards and the whoosh index of `sotay search` are
written from those scores in on_post_build, after the pages. Not in a worker forked alongside MkDocs' page
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
from functools import cached_property, partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.model import Status
from sotay.core.search.page import SEARCH_PAGE, search_page
from sotay.core.search.records import SearchRecord, records
from sotay.core.search.related import related_documents
from sotay.core.search.scoring import Analyser, Scores, term_scores
from sotay.core.search.shards import shard_pairs
from sotay.core.search.whoosh_index import CACHE_DIR, build_index, is_current

from ..files import ASSETS_URL, SPILL_DIR, add_pairs, add_scripts, relative_url
from ..memory import Trimmer, give_back
from .config import SearchConfig
from .scorer import Scorer

log = logging.getLogger("mkdocs.plugins.sotay")
OVERRIDES = Path(__file__).resolve().parent / "overrides"
# The header box on every page, after what it uses; the results page adds search/page.js (its front matter).
SCRIPTS = ("search/analysis.js", "search/rank.js", "search/store.js", "search/render.js", "search/box.js")


_Scored = tuple[list[SearchRecord], Callable[[], Scores], list[list[int]]]


@dataclass
class _Build:
    """State of one build, made in on_files (see the content plugin for why not in __init__). The records,
    scores and related documents are the scoring's, waited for when first asked: under serve the scorer works
    on while the other plugins make their pages and the pages' contexts (dirty.py asks this plugin's last)."""

    scoring: _Scoring
    files: Files
    whoosh: Path | None  # where the index of `sotay search` is written, when out of date (never under serve)

    @cached_property
    def _scored(self) -> _Scored:
        return self.scoring.result()

    @property
    def records(self) -> list[SearchRecord]:
        return self._scored[0]

    @property
    def scores(self) -> Callable[[], Scores]:  # each call maps them afresh in a build (see _Scoring)
        return self._scored[1]

    @property
    def related(self) -> list[list[int]]:
        return self._scored[2]

    @cached_property
    def by_source(self) -> dict[str, SearchRecord]:
        return {record.source: record for record in self.records}


class SearchPlugin(BasePlugin[SearchConfig]):
    serving = False
    scorer: Scorer | None = None
    shard_thread: threading.Thread | None = None
    shard_stop: threading.Event | None = None
    scoring: _Scoring | None = None

    # Kept across the rebuilds of `mkdocs serve` (MkDocs keeps a plugin with on_startup): the scoring process,
    # whose analyser remembers each record's analysis, so a rebuild analyses only the text that changed, and the
    # thread writing the last build's shards. The preview needs no whoosh index (`sotay search` builds its own
    # when missing or out of date), so serve does not write it.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.on_shutdown()
        self.serving = command == "serve"
        self.scorer = Scorer() if self.serving else None

    def on_shutdown(self) -> None:
        self.shards_written()
        if self.scorer:
            self.scorer.close()
        self.serving, self.scorer = False, None

    def shards_written(self, stop: bool = False) -> None:
        """Wait until the shards of the last `mkdocs serve` build are in the site folder (`stop`: or stop writing them)."""
        if self.shard_thread:
            if stop and self.shard_stop:
                self.shard_stop.set()
            self.shard_thread.join()
            self.shard_thread = None

    # After sotay-content's on_config, which loads the base: its scoring starts here (under serve, in the scorer: _Scoring).
    @event_priority(-10)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.shards_written(stop=True)  # before MkDocs cleans or rewrites the site folder; this build writes them all
        if self.scoring:  # a failed build's
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
            self.scoring = _Scoring(content.build.kb, self.config.related_limit, self.scorer)
        return config

    # After the content plugin's on_files (-50): the knowledge base is loaded and its pages added.
    @event_priority(-60)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        if self.scoring is None:
            raise PluginError("sotay-search cần plugin sotay-content (đặt sotay-content trước trong mkdocs.yml).")
        cache = Path(self.config.cache_dir) if self.config.cache_dir else self.scoring.root / CACHE_DIR
        whoosh = None if self.serving or is_current(cache, self.scoring.result()[0]) else cache
        self.build = _Build(self.scoring, files, whoosh)  # scored once for the related documents, the shards and whoosh
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
                "number": record.number, "status": record.status if record.status != Status.IN_FORCE else "",
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
            self.scoring.discard()


class _Scoring:
    """The search records, scores and related documents of a base.

    A build computes them at once, in on_config, when the process holds little more than the base, into
    a folder (scoring.term_scores writes them there as it goes): each reader (the shards, whoosh) maps them
    afresh, read-only, so they take memory only while it reads them, and what it touched leaves with its
    mapping. Computed by a worker forked alongside the build, as they once were, they doubled the base in
    memory (each process touches every document, so their shared pages are soon copied) at the time the build
    made its pages (10,000 documents: a 561 MB peak instead of 481, for the same wall time). Under `mkdocs
    serve`, the records are made here and the scorer (scorer.py) scores them while MkDocs gathers the files and
    the other plugins make their pages; its folder goes once mapped (the mapping stays).
    """

    def __init__(self, kb: KnowledgeBase, related_limit: int, scorer: Scorer | None):
        self.root = kb.root
        spills = self.root / SPILL_DIR
        spills.mkdir(parents=True, exist_ok=True)
        self._folder: Path | None = Path(tempfile.mkdtemp(prefix="scores-", dir=spills))
        self._found = found = records(kb)
        self._result: _Scored | None = None
        self._related = scorer.submit(found, related_limit, self._folder) if scorer else None
        if self._related is None:
            related = related_documents(term_scores(found, Analyser(), self._folder), len(found), related_limit)
            give_back()  # the scoring's temporaries
            self._result = found, partial(Scores.mapped, self._folder), related

    def result(self) -> _Scored:
        """The records, a callable mapping their scores, the related documents (under serve, once scored)."""
        if self._result is None:
            related, self._related = self._related(), None
            scores = Scores.mapped(self._folder)
            self.discard()  # the mapping keeps the scores
            self._result = self._found, lambda: scores, related
        return self._result

    def discard(self) -> None:
        """Delete the scores' folder (mappings still open keep their data until they go); a job still with the
        scorer is waited for first, so that its answer is not taken for the next one's."""
        if self._related is not None:
            related, self._related = self._related, None
            try:
                related()
            except PluginError:
                pass
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
