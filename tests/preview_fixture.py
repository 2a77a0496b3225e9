"""`sotay serve` run as a person runs it, in a process of its own on a free port, for the preview's tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sotay.adapters.mkdocs.preview import STATE_PATH
from sotay.core.preview import STATE_HEADER

UNCLOSED_QUOTE = ("title: Hướng dẫn mới", 'title: "Hướng dẫn mới')  # in conftest.GUIDE_NEW, line 2
GUIDE = "content/guides/hd-05-tu.md"
STARTUP_SECONDS = 90  # the first build of the tiny base, on a machine shared with other test runs


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    text: str


@dataclass
class RunningPreview:
    root: Path
    url: str  # ends in /
    log: Path

    def get(self, path: str, method: str = "GET", timeout: float = 30) -> Answer:
        """The server's answer; a test that hangs here fails on the timeout instead of waiting forever."""
        request = urllib.request.Request(self.url + path.lstrip("/"), method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return Answer(response.status, dict(response.headers), response.read().decode("utf-8"))
        except urllib.error.HTTPError as answer:
            return Answer(answer.code, dict(answer.headers), answer.read().decode("utf-8"))

    def build(self) -> int:
        """The number of the last build, as the error page asks for it."""
        return int(self.get(STATE_PATH, "HEAD").headers[STATE_HEADER])

    def edit(self, rel: str, replace: str, by: str) -> None:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert replace in text, f"{replace!r} not in {rel}"
        path.write_text(text.replace(replace, by), encoding="utf-8")

    def wait_for_build_after(self, build: int, seconds: float = 60) -> None:
        """Until a build newer than `build` is done (an edit was seen and built, or failed)."""
        deadline = time.monotonic() + seconds
        while self.build() <= build:
            assert time.monotonic() < deadline, f"no new build within {seconds} s:\n{self.log.read_text(encoding='utf-8')}"
            time.sleep(0.2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running_preview(root: Path, *options: str) -> Iterator[RunningPreview]:
    """`sotay serve --root ROOT -a 127.0.0.1:PORT OPTIONS…`, once it answers; stopped (and waited for) afterwards."""
    port = free_port()
    log = root.parent / f"serve-{port}.log"
    with open(log, "w", encoding="utf-8") as output:
        process = subprocess.Popen([sys.executable, "-c", "from sotay.cli.main import cli; cli()", "serve", "--root",
                                    str(root), "-a", f"127.0.0.1:{port}", *options], stdout=output, stderr=subprocess.STDOUT)
    preview = RunningPreview(root, f"http://127.0.0.1:{port}/", log)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert process.poll() is None, f"sotay serve stopped:\n{log.read_text(encoding='utf-8')}"
            try:
                preview.build()
                break
            except OSError:
                assert time.monotonic() < deadline, f"sotay serve did not answer:\n{log.read_text(encoding='utf-8')}"
                time.sleep(0.3)
        yield preview
    finally:
        process.terminate()  # as Ctrl+C: the preview removes its temporary site folder
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
