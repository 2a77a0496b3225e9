"""Rendering pages in forked processes on the other cores while a build runs.

A cold build spends half its time converting Markdown. In `on_nav`, the last event before
MkDocs reads the pages, one process per core (this one and forked workers) reads its share of the pages,
runs every plugin's events up to the final Markdown, converts it and stores the rendering in the render
cache (the `render` callback); MkDocs' one-page-at-a-time loop then finds those renderings there. Warnings
and errors of this pass are not shown: a page that warned is not stored (render_cache.py) and a page that
failed is missing, so MkDocs' loop renders both again and reports them as it always does.

Forking is only safe in a process with one thread: under `mkdocs serve` (its server threads) nothing is
forked and the caller does the work itself, as it would without this module.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from mkdocs.structure.pages import Page

from .memory import give_back


def worker_count(requested: int) -> int:
    """`requested`, or one per core this process may run on when 0."""
    return requested or _cores()


def prerender(pages: list[Page], render: Callable[[Page], None], workers: int) -> bool:
    """`render` each of `pages` in `workers` processes, this one and forked ones, and wait for them; False when
    not worth it or not safe. This process renders a share too: a worker fewer is its memory saved."""
    if workers < 2 or len(pages) < 2 * workers or not _can_fork():
        return False
    own, *others = _shares(pages, workers)
    give_back()  # what this process has freed but kept: each child would otherwise start with it
    gc.freeze()  # the collector would write to every object the children share, copying their memory page by page
    try:
        children = [_fork(lambda share=share: _render_all(share, render)) for share in others]
        with _quiet():
            _render_all(own, render)
        for child in children:
            os.waitpid(child, 0)
    finally:
        gc.unfreeze()
    return True


def _can_fork() -> bool:
    return hasattr(os, "fork") and threading.active_count() == 1 and _cores() > 1


def _cores() -> int:
    affinity = getattr(os, "sched_getaffinity", None)  # Linux: the cores this process may use
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def _fork(task: Callable[[], None]) -> int:
    """Run `task` in a child, which leaves at once after it (no atexit handlers, nothing of the parent's flushed)."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        _silence_output()
        task()
        code = 0
    finally:
        os._exit(code)


def _render_all(pages: list[Page], render: Callable[[Page], None]) -> None:
    for page in pages:
        try:
            render(page)
        except Exception:  # noqa: BLE001 - MkDocs' loop renders this page again and reports the error
            continue


def _shares(pages: list[Page], workers: int) -> list[list[Page]]:
    """Pages split into `workers` lists of about the same amount of Markdown, largest pages first."""
    shares: list[list[Page]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for size, page in sorted(((len(page.file.content_bytes), page) for page in pages), key=lambda pair: -pair[0]):
        lightest = loads.index(min(loads))
        shares[lightest].append(page)
        loads[lightest] += size
    return shares


def _silence_output() -> None:
    """Warnings still reach the render cache's counter (it stores no page that warned), not the terminal."""
    for name in ("", "mkdocs"):
        logger = logging.getLogger(name)
        logger.handlers = [handler for handler in logger.handlers if getattr(handler, "counts_renderings", False)]
    logging.getLogger("mkdocs").propagate = False


@contextmanager
def _quiet() -> Iterator[None]:
    """`_silence_output` in this process for a while: MkDocs' loop renders a page that warned again and warns then."""
    loggers = [logging.getLogger(name) for name in ("", "mkdocs")]
    saved = [(logger.handlers, logger.propagate) for logger in loggers]
    _silence_output()
    try:
        yield
    finally:
        for logger, (handlers, propagate) in zip(loggers, saved):
            logger.handlers, logger.propagate = handlers, propagate
