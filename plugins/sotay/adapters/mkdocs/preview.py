"""`sotay serve`: the engine's live preview, which answers every page with an error page while a build fails.

The engine's own `serve` stops when its first build fails, and after a failed rebuild leaves every request
waiting for a build that never comes. Here the builder never raises: a failed build records its problems (for
content errors, `base_diagnostics`, what `sotay check` reports), every page request gets the error page
(core/preview), and the next build that succeeds gives the site back. Builds run in the engine's dirty mode, as
`serve --dirty` runs them: sotay-accel writes again only the pages an edit touches.

What this relies on in the engine beyond its plugin events, all here and pinned by tests/adapters/test_preview.py:

- `LiveReloadServer(builder, host, port, root, mount_path)` serves the site folder; `watch(path)`; `serve()` runs
  `builder` again after changes under the watched paths, until `shutdown()`; a rebuild that returns, whatever it
  built, makes the pages it served (which poll /livereload/) reload. Its WSGI application is `serve_request`,
  before which `set_app` puts ours.
- The server logs each answer other than 200 at WARNING, from its handler's `log_request`, on the engine's
  `livereload` logger; a strict build running meanwhile would count it as its own warning and fail (an error page
  or a missing file asked for during a rebuild): such lines are shown at INFO instead.
- `build(config, serve_url=..., dirty=...)` logs what stopped it at WARNING or above, then raises; and the
  plugins' `on_startup`, `on_serve` and `on_shutdown` are run as the engine's `serve` runs them.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

from sotay.core.clock import build_date
from sotay.core.diagnostics import Diagnostic, error
from sotay.core.knowledge_base import CONTENT_DIR
from sotay.core.model import Document
from sotay.core.preview import STATE_HEADER, error_page, title_as_written
from sotay.core.problems import base_diagnostics

from .context import context_of
from .engine import engine_logger

REQUEST_LOG = "log_request"  # the server's function that logs each answer
STATE_PATH = "/.sotay-preview"
"""What the error page asks (HEAD) to learn whether a newer build is there; outside any page of the site."""
ENGINE_HINT = "đọc thêm chi tiết ở cửa sổ dòng lệnh đang chạy `sotay serve`"

StartResponse = Callable[..., object]


class Preview:
    """The state of one preview: the number of the last build and, while it failed, why."""

    def __init__(self, editor: str | None = None):
        self.editor = editor
        self.build = 0
        self.failure: bytes | None = None  # while the last build failed: the error page, made once for every request
        self.titles: dict[str, str] = {}  # each document's title by file, as last read: a file broken now keeps it
        self.server: LiveReloadServer | None = None

    def rebuild(self, config: MkDocsConfig | None, load: Callable[[], MkDocsConfig], serve_url: str) -> None:
        """Build the site (with `config`, else a fresh one); never raises: a failure is what the pages show."""
        logged = _Logged()
        engine_logger().addHandler(logged)
        try:
            config = config or load()
            config.site_url = serve_url
            build(config, serve_url=serve_url, dirty=True)
        except Exception as exc:  # whatever stops a build, the browser must get an answer
            self._failed(self._problems(config, logged.reasons(exc)))
        else:
            self._succeeded(config)
        finally:
            engine_logger().removeHandler(logged)

    def _problems(self, config: MkDocsConfig | None, messages: list[str]) -> list[Diagnostic]:
        context = context_of(config) if config else None
        if context and context.kb.errors:
            self._remember_titles(context.kb.documents)
            diagnostics = base_diagnostics(context.kb, build_date(), context.citations)
            self._read_titles(context.kb.root, {d.path for d in diagnostics if d.path not in self.titles})
            return diagnostics
        return [error("", None, None, f"bộ dựng trang dừng lại: {message}", ENGINE_HINT) for message in messages]

    def _failed(self, diagnostics: list[Diagnostic]) -> None:
        build = self.build + 1
        self.failure = error_page(diagnostics, self.titles, build, STATE_PATH, self.editor).encode()
        self.build = build
        errors = sum(d.is_error for d in diagnostics)
        log().warning(f"Chưa dựng được trang ({errors} lỗi): trình duyệt đang hiện trang báo lỗi, sửa rồi lưu tệp.")

    def _succeeded(self, config: MkDocsConfig) -> None:
        context = context_of(config)
        if context:
            self._remember_titles(context.kb.documents)
        self.failure, self.build = None, self.build + 1

    def _remember_titles(self, documents: Iterable[Document]) -> None:
        read: dict[str, str] = {}
        for doc in documents:
            read.setdefault(doc.path, doc.title)  # the file's own document comes before a checklist made from it
        self.titles = self.titles | read

    def _read_titles(self, root: Path, paths: Iterable[str]) -> None:
        """The titles of files never read whole (broken since the preview started), as their `title:` line says."""
        for path in paths:
            try:
                text = (root / path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if title := title_as_written(text):
                self.titles[path] = title

    def app(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        """Our answers in front of the engine's: the build number, and the error page for every page while a build
        failed; everything else (files, the engine's /livereload/) the engine answers."""
        path = environ.get("PATH_INFO", "")
        if path == STATE_PATH:
            start_response("200 OK", [(STATE_HEADER, str(self.build)), ("Content-Length", "0"), ("Cache-Control", "no-store")])
            return []
        page = self.failure
        if page is not None and _is_page(path):
            # 500, not 200: this is not the page asked for, and the site's offline worker keeps only pages that
            # answer 2xx: the error page must never be saved in place of a page.
            start_response("500 Internal Server Error", [("Content-Type", "text/html; charset=utf-8"),
                                                         ("Content-Length", str(len(page))),
                                                         ("Cache-Control", "no-store")])
            return [page]
        return self.server.serve_request(environ, start_response)


def serve(root: Path, dev_addr: str | None = None, editor: str | None = None,
          on_ready: Callable[[str], None] = lambda url: None) -> None:
    """Serve the base of `root` until interrupted, rebuilding after each change; `dev_addr`: "HOST:PORT"
    (mkdocs.yml's, else 127.0.0.1:8000); `on_ready(url)` once the first build is done, before serving."""
    site_dir = tempfile.mkdtemp(prefix="sotay-xem-truoc-")
    options = {"dev_addr": dev_addr} if dev_addr else {}

    def load() -> MkDocsConfig:
        return load_config(config_file=str(root / "mkdocs.yml"), site_dir=site_dir, **options)

    preview = Preview(editor)
    requests = engine_logger("livereload")
    requests.addFilter(_ANSWERS_AT_INFO)
    try:
        config = load()
        config.plugins.on_startup(command="serve", dirty=True)
        try:
            host, port = config.dev_addr
            mount_path = urlsplit(config.site_url or "/").path
            server = LiveReloadServer(builder=lambda: preview.rebuild(None, load, url), host=host, port=port,
                                      root=site_dir, mount_path=mount_path)
            url = server.url
            preview.server = server
            server.set_app(preview.app)
            preview.rebuild(config, load, url)
            for path in (config.docs_dir, config.config_file_path, str(root / CONTENT_DIR), *config.watch):
                if path and Path(path).exists():
                    server.watch(path)
            server = config.plugins.on_serve(server, config=config, builder=server.builder)
            on_ready(url)
            try:
                server.serve()
            except KeyboardInterrupt:
                pass
            finally:
                server.shutdown()
        finally:
            config.plugins.on_shutdown()
    finally:
        requests.removeFilter(_ANSWERS_AT_INFO)
        shutil.rmtree(site_dir, ignore_errors=True)


def _is_page(path: str) -> bool:
    """A request for a page (/, /guides/, /guides/x/index.html, /guides/x), not for a file the page loads, nor the
    engine's reload poll."""
    last = path.rsplit("/", 1)[-1]
    return not path.startswith("/livereload/") and (last == "" or last.endswith(".html") or "." not in last)


class _AnswersAtInfo(logging.Filter):
    """The server's line for each answer at INFO at most: still shown, never counted by a strict build."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.funcName == REQUEST_LOG and record.levelno > logging.INFO:
            record.levelno, record.levelname = logging.INFO, logging.getLevelName(logging.INFO)
        return True


_ANSWERS_AT_INFO = _AnswersAtInfo()


class _Logged(logging.Handler):
    """What the engine logs at WARNING or above during one build: why it stopped, when it is not the content."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def reasons(self, exc: Exception) -> list[str]:
        """The errors the engine logged before it stopped; else its warnings (which stop it in strict mode) and
        what it raised."""
        errors = [r.getMessage() for r in self.records if r.levelno >= logging.ERROR]
        return errors or [*(r.getMessage() for r in self.records), str(exc) or type(exc).__name__]


def log() -> logging.Logger:
    return engine_logger("sotay.serve")
