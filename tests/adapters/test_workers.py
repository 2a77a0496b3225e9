"""Forked workers: a task's outcome reaches the parent, and nothing is forked where it is not safe."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from sotay.adapters.mkdocs import workers


def test_a_worker_reports_whether_its_task_ran_to_the_end(tmp_path: Path):
    done = workers.start(lambda: (tmp_path / "done").write_text("ok", encoding="utf-8"))
    assert done is not None and done.succeeded() and (tmp_path / "done").read_text(encoding="utf-8") == "ok"
    failed = workers.start(lambda: 1 / 0)
    assert failed is not None and not failed.succeeded()


def test_nothing_is_forked_while_another_thread_runs(tmp_path: Path):
    """`mkdocs serve` serves from threads: a forked child could inherit a lock one of them holds."""
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert workers.start(lambda: None) is None
        assert workers.compute(lambda: 1) is None
        assert not workers.prerender([object()] * 10, lambda page: None, 2)
    finally:
        stop.set()
        server.join()


def test_a_stopped_worker_unwinds_its_task_and_is_reaped(tmp_path: Path):
    """A failed build stops the index writer: what it half wrote (a staging folder) is cleaned up by its `finally`."""
    started = tmp_path / "started"

    def task() -> None:
        try:
            started.write_text("yes", encoding="utf-8")
            time.sleep(60)
        finally:
            (tmp_path / "cleaned").write_text("yes", encoding="utf-8")

    worker = workers.start(task)
    assert worker is not None
    deadline = time.monotonic() + 10
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    worker.stop()
    assert (tmp_path / "cleaned").exists()
    with pytest.raises(ChildProcessError):
        os.waitpid(worker.pid, 0)  # already reaped


def test_a_computed_value_comes_back_and_a_failure_says_none():
    computed = workers.compute(lambda: {"postings": list(range(100_000))})  # more than a pipe holds at once
    assert computed is not None and computed.value() == {"postings": list(range(100_000))}
    failed = workers.compute(lambda: 1 / 0)
    assert failed is not None and failed.value() is None
