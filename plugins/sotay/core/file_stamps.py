"""A digest of files' paths, sizes and modification times: a cheap way to tell that nothing under some folders
changed since a result was made from them (an edit, a new file or a removed one changes it)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import sotay


_LEFT_OUT = ("node_modules", "__pycache__")  # installed front-end packages, compiled Python


def stamps(directories: Iterable[Path], suffix: str = "", leave_out: Iterable[Path] = ()) -> str:
    """The digest of every file under `directories` whose name ends with `suffix` (hidden folders, installed
    front-end packages, compiled Python and the folders `leave_out` left out); a missing folder counts as empty."""
    digest = hashlib.sha256()
    skipped = {os.path.abspath(path) for path in leave_out}
    for directory in directories:
        for folder, subfolders, names in os.walk(directory):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith(".")  # .icons: thousands of SVGs
                                   and name not in _LEFT_OUT
                                   and not (skipped and os.path.abspath(os.path.join(folder, name)) in skipped))
            for name in sorted(names):
                if name.endswith(suffix) and not name.endswith(".pyc"):
                    status = os.stat(Path(folder, name))
                    digest.update(f"{folder}/{name}\t{status.st_size}\t{status.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


@cache
def code_stamp() -> str:
    """This package's own files (code, templates, scripts, styles): an upgrade changes what is made from a base."""
    return stamps([Path(sotay.__file__).resolve().parent])
