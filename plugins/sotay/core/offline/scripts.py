"""Data files as classic scripts, for a site opened from disk.

Browsers refuse fetch() and workers on file:// pages, but still run <script src>. In a portable build each
JSON data file gets a twin, PATH + ".js", that hands its data to `window.sotayOffline.register`
(assets/sotay/offline-data.js); `sotayOffline.load(PATH)` then works the same from disk and over HTTP.
"""

from __future__ import annotations

import json


def script_twin(path: str, data: bytes) -> tuple[str, bytes]:
    """(path + ".js", a script registering the JSON in `data` under `path`). Raises ValueError on invalid JSON."""
    json.loads(data)  # a broken data file must fail the build, not the reader's browser
    # U+2028/2029 are legal in JSON strings but end a line in JavaScript before ES2019 (older phones).
    body = data.decode("utf-8").strip().replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{path}.js", f"sotayOffline.register({json.dumps(path)},{body});\n".encode("utf-8")
