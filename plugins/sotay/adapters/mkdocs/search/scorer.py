"""Under `mkdocs serve`: the search scoring in a process of its own, started once and given each rebuild's records.

A rebuild's scores and related documents (about 0.7 s at 3,000 documents) are needed only once the pages'
contexts are asked for. A thread computing them beside the build held the interpreter lock against the
build's own work (making its pages, their fingerprints), so the rebuild waited for the sum of both. This
process (started afresh with `python -m`, not forked) runs beside the build on another core and keeps its
analyser, the memo of each record's analysis, from one rebuild to the next.

On its standard input come pickles of (records, related limit, folder), one a rebuild; it writes the scores
into the folder (`scoring.term_scores`) and answers on its standard output ("related", related documents) or
("error", traceback text).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from mkdocs.exceptions import PluginError

from sotay.core.search.records import SearchRecord
from sotay.core.search.related import related_documents
from sotay.core.search.scoring import Analyser, term_scores

from ..workers import start_module

Related = list[list[int]]


class Scorer:
    """The scoring process of one `mkdocs serve`, started at its first job; `close` ends it."""

    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None

    def submit(self, found: list[SearchRecord], limit: int, folder: Path) -> Callable[[], Related] | None:
        """Start scoring `found` into `folder`; what waits for the related documents, or None when the process
        cannot take the job (then the caller scores them itself)."""
        if self._process and self._process.poll() is not None:  # it stopped: a new one takes the job
            self.close()
        process = self._process or self._start()
        if process is None:
            return None
        try:
            pickle.dump((found, limit, str(folder)), process.stdin, pickle.HIGHEST_PROTOCOL)
            process.stdin.flush()
        except OSError:
            self.close()
            return None
        return lambda: _answer(process)

    def _start(self) -> subprocess.Popen | None:
        self._process = start_module(__name__, subprocess.PIPE)
        return self._process

    def close(self) -> None:
        if self._process:
            with suppress(OSError):
                self._process.stdin.close()
            self._process.wait()
            self._process.stdout.close()
            self._process = None


def _answer(process: subprocess.Popen) -> Related:
    try:
        kind, value = pickle.load(process.stdout)
    except (EOFError, OSError, pickle.UnpicklingError):
        raise PluginError("sotay-search: tiến trình tính điểm tìm kiếm đã dừng giữa chừng; hãy chạy lại.") from None
    if kind == "error":
        raise PluginError(f"sotay-search: lỗi khi tính điểm tìm kiếm:\n{value}")
    return value


def serve_jobs(jobs: BinaryIO, answers: BinaryIO) -> None:
    """Score every job `jobs` sends, answering each on `answers`, until `jobs` ends."""
    analyser = Analyser(remember=True)
    while True:
        try:
            found, limit, folder = pickle.load(jobs)
        except EOFError:
            return
        try:
            scores = term_scores(found, analyser, Path(folder))
            answer = ("related", related_documents(scores, len(found), limit))
            del scores
        except Exception:  # noqa: BLE001 - told to the build, which raises it
            answer = ("error", traceback.format_exc())
        pickle.dump(answer, answers, pickle.HIGHEST_PROTOCOL)
        answers.flush()


if __name__ == "__main__":
    serve_jobs(sys.stdin.buffer, sys.stdout.buffer)
