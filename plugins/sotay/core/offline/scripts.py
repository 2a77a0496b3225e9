"""Data files as classic scripts, for a site opened from disk.

Browsers refuse fetch() and workers on file:// pages, but still run <script src>. In a portable build each
data file gets a twin, PATH + ".js", that hands its data to `window.sotayOffline.register`
(assets/sotay/offline-data.js); `sotayOffline.load(PATH)` then works the same from disk and over HTTP.
A gzip file's twin holds its content inflated (JSON as data, text as a string), so the page needs neither
fetch() nor DecompressionStream to read it.
"""

from __future__ import annotations

import gzip
import json


def script_twin(path: str, data: bytes) -> tuple[str, bytes]:
    """(path + ".js", a script registering the data of `path` under `path`): JSON files (`*.json`, `*.json.gz`)
    as data, any other file as its text. Raises ValueError on invalid JSON, gzip or UTF-8."""
    name = path.removesuffix(".gz")
    if name != path:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise ValueError(f"not gzip: {exc}") from None
    text = data.decode("utf-8")
    if name.endswith(".json"):
        json.loads(text)  # a broken data file must fail the build, not the reader's browser
        text = text.strip()
    else:
        text = json.dumps(text, ensure_ascii=False)
    # U+2028/2029 are legal in JSON strings but end a line in JavaScript before ES2019 (older phones).
    body = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{path}.js", f"sotayOffline.register({json.dumps(path)},{body});\n".encode("utf-8")
