"""A build's page loop shared among forked processes, one per core.

Once MkDocs has gathered the files and made the navigation (`on_nav`), everything a page needs is in memory,
and MkDocs then reads, renders and writes the pages one at a time. Forked at that moment, each process gets a
share of the pages (largest first, dealt in turn) and marks the others as unmodified, so that MkDocs' dirty
mode leaves them out of its loop (internals.py); every process then runs MkDocs' own loop over its share.
A forked process hands the anchors of its pages to the build's own process (anchors.py) and ends in
`on_post_build`, before any plugin writes what needs every page (search shards, offline copy): it exits with 1
when MkDocs warned while it rendered its pages (strict mode must fail), with 2 when the build failed there.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
from collections.abc import Callable, Sequence

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from ..engine import engine_logger
from .anchors import Anchors, given_back
from .internals import mark_modified

log = engine_logger("plugins.sotay")
MIN_PAGES_PER_PROCESS = 200  # below this, forking costs more than it saves


class WarningCount(logging.Handler):
    """MkDocs' warnings, counted."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class PageLoop:
    """The forked processes of one build, seen from the build's own process or from one of them."""

    def __init__(self) -> None:
        self.children: list[tuple[int, int]] = []  # (process id, end of the pipe its anchors come through)
        self.own = 0  # pages left for this process to write, once shared
        self.anchors: list[Anchors] | None = None  # in a forked process: those of its pages
        self._to_parent = -1
        self._warnings: WarningCount | None = None

    @property
    def forked(self) -> bool:
        return self.anchors is not None

    def share(self, pages: Sequence[File], statics: Sequence[File], processes: int,
              before_fork: Callable[[], None]) -> None:
        """Fork `processes - 1` processes and leave each its share of `pages` to read and write; `statics` (theme
        assets and the like) are copied by the build's own process only. `before_fork` runs first, when there is
        something to share: what it learns, every process knows."""
        processes = min(processes, len(pages) // MIN_PAGES_PER_PROCESS)
        if processes < 2:
            return
        before_fork()
        ordered = sorted(pages, key=_size, reverse=True)
        shares = [ordered[number::processes] for number in range(processes)]
        gc.freeze()  # the garbage collector leaves what exists now alone, so it does not copy every shared page
        for number in range(1, processes):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read)
                self._become_forked(pages, statics, shares[number], write)
                return
            os.close(write)
            self.children.append((pid, read))
        _keep_only(pages, shares[0])
        self.own = len(shares[0])

    def _become_forked(self, pages: Sequence[File], statics: Sequence[File], mine: list[File], to_parent: int) -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # an interrupt ends it; it never unwinds into the caller's code
        for _, read in self.children:
            os.close(read)
        self.children, self.anchors, self._to_parent = [], [], to_parent
        self._warnings = WarningCount()
        engine_logger().addHandler(self._warnings)
        _keep_only(pages, mine)
        for file in statics:
            mark_modified(file, False)

    def end_forked(self, failed: bool = False) -> None:
        """In a forked process: its pages are written (or the build failed); it hands over their anchors and
        exits, never returning."""
        status = 2 if failed else 1 if self._warnings.count else 0
        try:
            with os.fdopen(self._to_parent, "wb") as out:
                pickle.dump(self.anchors, out, pickle.HIGHEST_PROTOCOL)
        except OSError:
            status = 2
        os._exit(status)

    def written(self, files: Files) -> None:
        """In the build's own process, after each of its pages: after the last, the anchors of every other
        process's pages are put on this process's, for MkDocs' check that follows."""
        if not self.children or self.own == 0:
            return
        self.own -= 1
        if self.own == 0:
            for _, read in self.children:
                with os.fdopen(read, "rb") as answers:
                    try:
                        given_back(pickle.load(answers), files)
                    except (EOFError, pickle.UnpicklingError):
                        pass  # it failed: wait() says so

    def wait(self) -> None:
        """In the build's own process: wait for every forked one; raise when one failed, warn when one warned."""
        statuses = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid, _ in self.children]
        self.children = []
        if any(status not in (0, 1) for status in statuses):
            raise PluginError("sotay-accel: một tiến trình dựng trang song song bị lỗi (xem thông báo ở trên).")
        if 1 in statuses:
            log.warning("sotay-accel: có cảnh báo khi dựng một phần các trang ở tiến trình song song (xem ở trên).")

    def stop(self) -> None:
        """The build failed in its own process: end the forked ones."""
        for pid, read in self.children:
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
                os.close(read)
            except OSError:
                pass
        self.children = []


def _keep_only(pages: Sequence[File], mine: list[File]) -> None:
    chosen = {id(file) for file in mine}
    for file in pages:
        if id(file) not in chosen:
            mark_modified(file, False)


def _size(file: File) -> int:
    """About how much work a page is: its Markdown's length."""
    if file.generated_by is not None:
        return len(file.content_bytes)
    return os.path.getsize(file.abs_src_path) if file.abs_src_path else 0
