"""A local HTTP server that serves a built site the way docs/reference/nginx.conf does.

Same security headers (read from that file, so the tests check the configuration we ship), gzip for
text, the same cache rules, ETag revalidation — and a log of every response with the bytes that went
over the wire, for the page-weight budget.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import re
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

NGINX_CONF = Path(__file__).resolve().parents[3] / "docs" / "reference" / "nginx.conf"
TYPES = {
    ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".json": "application/json", ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml",
    ".png": "image/png", ".xml": "application/xml", ".gz": "application/gzip", ".zip": "application/zip",
    ".woff2": "font/woff2", ".conf": "text/plain; charset=utf-8",
}
COMPRESSED = (".html", ".css", ".js", ".json", ".webmanifest", ".svg", ".xml", ".conf")
HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)$")


def security_headers(conf: Path = NGINX_CONF) -> dict[str, str]:
    """Every `add_header NAME "VALUE" always;` line of the shipped nginx configuration."""
    return dict(re.findall(r'^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;', conf.read_text(encoding="utf-8"), re.M))


def cache_control(path: str) -> str:
    """What the nginx configuration's `expires` lines send."""
    if HASHED.search(path):
        return "max-age=31536000"
    if path.startswith("/assets/"):
        return "max-age=3600"
    return "no-cache"


@dataclass
class Served:
    path: str
    status: int
    wire_bytes: int


@dataclass
class SiteServer:
    site: Path
    headers: dict[str, str] = field(default_factory=security_headers)
    log: list[Served] = field(default_factory=list)
    offline: bool = False
    compress: bool = True  # False: a server that sends every file as it is on disk

    def start(self) -> str:
        handler = _handler(self)
        self.httpd = _Quiet(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_port}/"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def wire_bytes(self) -> int:
        return sum(entry.wire_bytes for entry in self.log)


class _Quiet(http.server.ThreadingHTTPServer):
    """A browser that drops a connection (a page left, a fetch given up) is not an error of the test."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler(server: SiteServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            if server.offline:
                self.close_connection = True  # what a dead connection looks like to the browser
                return
            path = self.path.split("?", 1)[0].split("#", 1)[0]
            file = _resolve(server.site, path)
            status = 200
            if file is None:
                file, status = server.site / "404.html", 404
            body = file.read_bytes()
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            headers = dict(server.headers)
            headers["Content-Type"] = TYPES.get(file.suffix, "application/octet-stream")
            headers["Cache-Control"] = cache_control(path)
            headers["ETag"] = etag
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status, body = 304, b""
            elif server.compress and file.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
                twin = file.with_name(file.name + ".gz")  # written beside it by sotay publish: nginx's gzip_static
                body = twin.read_bytes() if twin.is_file() else gzip.compress(body, compresslevel=6, mtime=0)
                headers["Content-Encoding"] = "gzip"
                headers["Vary"] = "Accept-Encoding"
            headers["Content-Length"] = str(len(body))
            # logged before it is sent: a test that has read the response must find it in the log
            server.log.append(Served(path, status, len(body) + sum(len(k) + len(v) + 4 for k, v in headers.items())))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


def _resolve(site: Path, path: str) -> Path | None:
    target = (site / unquote(path).lstrip("/")).resolve()
    if site.resolve() not in (target, *target.parents):
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None
