"""The Content-Security-Policy of the site: the header a web server sends (docs/reference/nginx.conf), and the
`<meta>` the pages of the portable copy carry, since a page opened from a folder gets no header at all."""

from __future__ import annotations

import base64
import hashlib

SERVED = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
          "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
          "form-action 'self'; frame-ancestors 'none'")


def page_meta_policy() -> str:
    """SERVED as a `<meta>` may carry it: browsers ignore frame-ancestors there (and say so in the console); a
    file opened from a folder is in no frame anyway."""
    return "; ".join(part for part in SERVED.split("; ") if not part.startswith("frame-ancestors"))


def standalone_policy(style: str) -> str:
    """For a single HTML file with its style inline and no script: nothing may load but that very style and
    inline images."""
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'"
