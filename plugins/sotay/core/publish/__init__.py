"""What each kind of host needs from a built site (`sotay publish`): the theme's stylesheets without the rules no
page uses (purge.py), gzip twins beside the text files, for servers that send them as they are (nginx
`gzip_static`, GitLab Pages), and the files a base copies to set up its host."""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass
from pathlib import Path

from .purge import PurgedFile, purge_site

HERE = Path(__file__).resolve().parent
TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".webmanifest", ".map")
HOST_FILES = {"gitlab-ci.yml": "ci/.gitlab-ci.yml", "github-pages.yml": "ci/.github/workflows/pages.yml"}
LEVEL = 9  # compressed once, sent many times: the smallest output is worth the time


@dataclass(frozen=True)
class Compressed:
    files: int
    plain_bytes: int
    compressed_bytes: int


def precompress(site: Path) -> Compressed:
    """Write FILE.gz beside every text file of `site` that it makes smaller, with the same modification time."""
    files = plain = compressed = 0
    for folder, _, names in os.walk(site):
        for name in names:
            if not name.endswith(TEXT):
                continue
            path = Path(folder, name)
            data = path.read_bytes()
            squeezed = gzip.compress(data, compresslevel=LEVEL, mtime=0)
            if len(squeezed) >= len(data):
                continue
            twin = path.with_name(name + ".gz")
            twin.write_bytes(squeezed)
            stat = path.stat()
            os.utime(twin, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            files, plain, compressed = files + 1, plain + len(data), compressed + len(squeezed)
    return Compressed(files, plain, compressed)


@dataclass(frozen=True)
class Prepared:
    purged: list[PurgedFile]
    compressed: Compressed


def prepare_web_folder(site: Path) -> Prepared:
    """Make a built site what a web server is given: the theme's stylesheets purged, then gzip twins of the text
    files (the purged ones included)."""
    purged = purge_site(site)
    return Prepared(purged, precompress(site))


def host_files() -> list[tuple[str, bytes]]:
    """The CI templates a base copies, as (path under the publish folder, bytes)."""
    return [(target, (HERE / source).read_bytes()) for source, target in HOST_FILES.items()]


__all__ = ["Compressed", "Prepared", "PurgedFile", "host_files", "precompress", "prepare_web_folder", "purge_site"]
