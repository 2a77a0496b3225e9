"""What `sotay edit` runs: the editor page over HTTP on 127.0.0.1 (our files, decap-cms's bundle, the generated
configuration, the site's stylesheets for the preview) and decap-server writing into the base's folder."""

from __future__ import annotations

import json
import mimetypes
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .install import EditorPackages

HOST = "127.0.0.1"
EDITOR_DIR = Path(__file__).resolve().parent / "editor"
ASSETS_DIR = Path(__file__).resolve().parents[2] / "core" / "assets"  # the site's own CSS (sotay.css)
mimetypes.add_type("application/wasm", ".wasm")


def site_stylesheets() -> dict[str, Path]:
    """The stylesheets a published page loads, by the stable names the editor page asks for (site/NAME): the
    theme's main and palette CSS (named by a hash in the theme's package), then ours."""
    import material  # the theme's package ships the built CSS

    theme = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    return {"main.css": next(theme.glob("main.*.min.css")), "palette.css": next(theme.glob("palette.*.min.css")),
            "sotay.css": ASSETS_DIR / "sotay.css"}


@dataclass(frozen=True)
class EditorPage:
    """What the page server hands out: `page_files` and `config` as config.yml."""

    packages: EditorPackages
    config: dict


def page_files(packages: EditorPackages) -> dict[str, Path]:
    """The editor page's files by their path under the page's address: index.html, our scripts and styles under
    sotay/, decap-cms's bundle under decap/, js-yaml under vendor/, the site's stylesheets under site/."""
    files = {"index.html": EDITOR_DIR / "index.html", "vendor/js-yaml.min.js": packages.js_yaml}
    files |= {f"sotay/{path.name}": path for path in EDITOR_DIR.iterdir() if path.name != "index.html"}
    files |= {f"decap/{path.name}": path for path in packages.decap_cms.iterdir()}
    files |= {f"site/{name}": path for name, path in site_stylesheets().items()}
    return files


def export_page(packages: EditorPackages, target: Path) -> list[Path]:
    """The editor page's files written under `target`, for a web server of one's own (config.yml apart: it names
    the Git server, see docs/bien-tap.md). Returns the files written."""
    written = []
    for name, source in sorted(page_files(packages).items()):
        destination = target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        written.append(destination)
    return written


def _handler(page: EditorPage) -> type[BaseHTTPRequestHandler]:
    config_bytes = json.dumps(page.config, ensure_ascii=False, indent=1).encode("utf-8")  # JSON is YAML for Decap
    files = page_files(page.packages)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            path = unquote(urlsplit(self.path).path)
            if path == "/config.yml":
                return self._send(config_bytes, "text/yaml; charset=utf-8")
            file = files.get(path.removeprefix("/") or "index.html")
            if file is None:
                return self._send("Không có trang này.".encode(), "text/plain; charset=utf-8", HTTPStatus.NOT_FOUND)
            kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            textual = kind.startswith("text/") or kind.endswith("javascript")
            return self._send(file.read_bytes(), kind + ("; charset=utf-8" if textual else ""))

        def _send(self, body: bytes, kind: str, status: HTTPStatus = HTTPStatus.OK) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")  # a new configuration must be seen on reload
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:
            pass

    return Handler


def serve_page(page: EditorPage, port: int) -> ThreadingHTTPServer:
    """The editor page served from a background thread on 127.0.0.1:port (0: a free port); `shutdown()` stops it."""
    server = ThreadingHTTPServer((HOST, port), _handler(page))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True, name="sotay-editor").start()
    return server


def start_backend(packages: EditorPackages, root: Path, port: int, node: str | None = None) -> subprocess.Popen:
    """decap-server in its local file mode, writing into `root`, listening on 127.0.0.1:port only."""
    node = node or shutil.which("node") or shutil.which("nodejs")
    if node is None:
        raise FileNotFoundError("không thấy node (Node.js); cài: apt-get install nodejs npm")
    env = {**os.environ, "MODE": "fs", "GIT_REPO_DIRECTORY": str(root.resolve()), "PORT": str(port), "BIND_HOST": HOST,
           "LOG_LEVEL": "warn"}
    return subprocess.Popen([node, str(packages.decap_server)], env=env, cwd=root, stdin=subprocess.DEVNULL)
