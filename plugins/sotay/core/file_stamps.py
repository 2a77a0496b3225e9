"""A digest of files' paths, sizes and modification times: a cheap way to tell that nothing under some folders
changed since a result was made from them (an edit, a new file or a removed one changes it)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import sotay


def stamps(directories: Iterable[Path], suffix: str = "") -> str:
    """The digest of every file under `directories` whose name ends with `suffix` (hidden folders and compiled
    Python left out); a missing folder counts as empty."""
    digest = hashlib.sha256()
    for directory in directories:
        for folder, subfolders, names in os.walk(directory):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith((".", "__pycache__")))  # .icons: thousands of SVGs
            for name in sorted(names):
                if name.endswith(suffix) and not name.endswith(".pyc"):
                    status = os.stat(Path(folder, name))
                    digest.update(f"{folder}/{name}\t{status.st_size}\t{status.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


@cache
def code_stamp() -> str:
    """This package's own files (code, templates, scripts, styles): an upgrade changes what is made from a base."""
    return stamps([Path(sotay.__file__).resolve().parent])
