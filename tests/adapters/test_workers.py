"""Forked workers: a computed value reaches the parent, and nothing is forked where it is not safe."""

from __future__ import annotations

import threading
from pathlib import Path

from sotay.adapters.mkdocs import workers


def test_nothing_is_forked_while_another_thread_runs(tmp_path: Path):
    """`mkdocs serve` serves from threads: a forked child could inherit a lock one of them holds."""
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert workers.compute(lambda: 1) is None
        assert not workers.prerender([object()] * 10, lambda page: None, 2)
    finally:
        stop.set()
        server.join()


def test_a_computed_value_comes_back_and_a_failure_says_none():
    computed = workers.compute(lambda: {"postings": list(range(100_000))})  # more than a pipe holds at once
    assert computed is not None and computed.value() == {"postings": list(range(100_000))}
    failed = workers.compute(lambda: 1 / 0)
    assert failed is not None and failed.value() is None
