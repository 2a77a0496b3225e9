"""Forked renderers: every page is rendered once, in several processes, and nothing is forked where it is not safe."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from sotay.adapters.mkdocs import workers


def pages(count: int) -> list:
    return [SimpleNamespace(name=f"p{n}", file=SimpleNamespace(content_bytes=b"x" * (n + 1))) for n in range(count)]


def test_nothing_is_forked_while_another_thread_runs(tmp_path: Path):
    """`mkdocs serve` serves from threads: a forked child could inherit a lock one of them holds."""
    stop = threading.Event()
    server = threading.Thread(target=stop.wait)
    server.start()
    try:
        assert not workers.prerender(pages(10), lambda page: None, 2)
    finally:
        stop.set()
        server.join()


@pytest.mark.skipif(workers._cores() < 2, reason="one core: nothing to fork onto")
def test_every_page_is_rendered_once_by_this_process_and_the_forked_ones(tmp_path: Path):
    def render(page) -> None:
        (tmp_path / f"{page.name}-{os.getpid()}").touch()

    assert workers.prerender(pages(12), render, 3)
    rendered = [path.name.split("-") for path in tmp_path.iterdir()]
    assert sorted(name for name, _ in rendered) == sorted(f"p{n}" for n in range(12))
    assert len({pid for _, pid in rendered}) == 3 and str(os.getpid()) in {pid for _, pid in rendered}
