"""Rendering the pages of a build on every core, in renderer processes beside the build's own.

A cold build spends half its time converting Markdown. In `on_nav`, the last event before MkDocs reads the
pages, the build starts one renderer (renderer.py) per other core and shares the pages missing from the
render cache with them as they go: whenever a renderer's input pipe has room, the build runs every plugin's
events on the next page up to its final Markdown and sends it; otherwise it renders a page itself (the
`render` callback, which stores it in the cache). So the shares balance themselves, however fast each process
is. MkDocs' one-page-at-a-time loop then finds every rendering in the cache. Warnings of this pass are not
shown: a page that warned is not stored and a page that failed is missing, so MkDocs' loop renders both
again and reports them as it always does.

Renderers are started afresh rather than forked: a forked one shared the build's memory page by page and
copied most of what it touched (10,000 documents: 172 MB on top of the build); a started one holds MkDocs'
Markdown machinery and the list of files (30–80 MB, growing with the largest page it converts). A renderer
that fails to start or dies leaves its pages to the build.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from mkdocs.structure.pages import Page

import sotay

from .memory import Trimmer
from .render_cache import WarningCount
from .renderer import Job

Prepare = Callable[[Page], "tuple[str, str] | None"]
"""A page -> (cache key, final Markdown) to send to a renderer, or None when it needs no rendering."""


def renderer_count(requested: int) -> int:
    """Renderers beside the build's process: `requested` processes in all, or one per core when 0."""
    return max((requested or _cores()) - 1, 0)


def prerender(pages: list[Page], prepare: Prepare, render: Callable[[Page], None], renderers: int,
              job: Callable[[], Job]) -> bool:
    """Render `pages` (each stored in the render cache) in this process and `renderers` started ones, and
    wait for them; False when not worth it (nothing started, nothing rendered here)."""
    if renderers < 1 or len(pages) < 2 * (renderers + 1):
        return False
    header = pickle.dumps(job(), protocol=pickle.HIGHEST_PROTOCOL)
    started = [_Renderer(header) for _ in range(renderers)]
    waiting = deque(sorted(pages, key=lambda page: -len(page.file.content_bytes)))  # largest first, to the renderers
    try:
        with _quiet():
            trimmer = Trimmer()
            while waiting:
                trimmer.tick()  # each step frees a page's texts or a message
                hungry = _hungry(started)
                for renderer in hungry:
                    message = _next_message(waiting, prepare)
                    if message:
                        renderer.send(message)
                if not hungry:
                    _render(waiting.pop(), render)  # the smallest page left, here
    finally:
        for renderer in started:
            renderer.finish()
    return True


def start_module(module: str, stdout: int) -> subprocess.Popen | None:
    """`python -m MODULE` of this package, started afresh, reading a pipe; None when it cannot start."""
    package_root = str(Path(sotay.__file__).resolve().parents[1])
    path = os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH"))))
    try:
        return subprocess.Popen([sys.executable, "-m", module], stdin=subprocess.PIPE, stdout=stdout,
                                stderr=subprocess.DEVNULL, env=os.environ | {"PYTHONPATH": path})
    except OSError:
        return None


def _cores() -> int:
    affinity = getattr(os, "sched_getaffinity", None)  # Linux: the cores this process may use
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def _next_message(waiting: deque[Page], prepare: Prepare) -> bytes | None:
    """The next waiting page that needs rendering, ready to send; None when none is left."""
    while waiting:
        page = waiting.popleft()
        try:
            work = prepare(page)
        except Exception:  # noqa: BLE001 - MkDocs' loop renders this page and reports the error
            continue
        if work:
            return pickle.dumps((page.file.src_uri, *work), protocol=pickle.HIGHEST_PROTOCOL)
    return None


def _render(page: Page, render: Callable[[Page], None]) -> None:
    try:
        render(page)
    except Exception:  # noqa: BLE001 - MkDocs' loop renders this page again and reports the error
        pass


def _hungry(renderers: list[_Renderer]) -> list[_Renderer]:
    """The renderers that have taken all they were sent and whose pipe has room for more."""
    for renderer in renderers:
        renderer.flush()
    idle = [renderer for renderer in renderers if renderer.alive and not renderer.outbox]
    if not idle:
        return []
    _, writable, _ = select.select([], [renderer.pipe for renderer in idle], [], 0)
    return [renderer for renderer in idle if renderer.pipe in writable]


class _Renderer:
    """A started renderer and what is still to be written to its pipe (never blocking the build)."""

    def __init__(self, header: bytes):
        self.outbox = bytearray(header)
        self.process = start_module("sotay.adapters.mkdocs.renderer", subprocess.DEVNULL)
        if self.process is None:
            self.alive = False
            return
        self.pipe = self.process.stdin.fileno()
        os.set_blocking(self.pipe, False)
        self.alive = True

    def send(self, message: bytes) -> None:
        self.outbox += message
        self.flush()

    def flush(self) -> None:
        """Write what the pipe takes now."""
        while self.alive and self.outbox:
            try:
                written = os.write(self.pipe, self.outbox)
            except BlockingIOError:
                return
            except OSError:  # it died: its pages are MkDocs' loop's
                self.alive = False
                return
            del self.outbox[:written]

    def finish(self) -> None:
        """Write the rest, end its input and wait for it to store its last page."""
        if self.process is None:
            return
        if self.alive:
            os.set_blocking(self.pipe, True)
            self.flush()
        self.outbox.clear()
        try:
            self.process.stdin.close()
        except OSError:
            pass
        self.process.wait()


@contextmanager
def _quiet() -> Iterator[None]:
    """MkDocs' messages kept from the terminal for a while: MkDocs' loop renders a page that warned again and
    warns then. The render cache's warning counter still counts them."""
    logger = logging.getLogger("mkdocs")
    saved = logger.handlers, logger.propagate
    logger.handlers = [handler for handler in logger.handlers if isinstance(handler, WarningCount)]
    logger.propagate = False
    try:
        yield
    finally:
        logger.handlers, logger.propagate = saved
