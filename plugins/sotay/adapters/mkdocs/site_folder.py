"""The site folder a build replaces: a staging folder beside it, an exchange in one step, no litter left.

A build writes into `.site-new-PID-…` beside the site folder. When it succeeds the two are exchanged in one
system call where the system has one (Linux's renameat2 with RENAME_EXCHANGE), so that at every moment the
site folder exists and holds a whole site, for a web server reading it or a crash at any point; elsewhere
(other systems, file systems without exchange) the old folder is renamed away and the new one into place,
with a moment between. A staging folder whose build's process is gone (killed, the machine restarted) is
removed by the next build.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

STAGING = ".site-new-"
_OURS = re.compile(rf"^(?:{re.escape(STAGING)}|\.site-old-)(\d+)-")
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def staging_folder(site_dir: Path) -> Path:
    """A new, empty folder beside `site_dir` (readable by a web server) to build into."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_litter(site_dir.parent)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING}{os.getpid()}-", dir=site_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private
    return staging


def replace_site(new: Path, target: Path) -> None:
    """Put `new` in place of `target` (which may not exist yet); the old site is deleted."""
    if target.exists() and exchange(new, target):
        shutil.rmtree(new, ignore_errors=True)  # now the old site
        return
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".site-old-{os.getpid()}-", dir=target.parent))
        os.replace(target, old / "site")
    os.replace(new, target)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step; False where the system or the file system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    return renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0


def remove_litter(folder: Path) -> None:
    """Delete staging and old-site folders in `folder` whose build's process no longer runs."""
    for entry in folder.iterdir() if folder.is_dir() else ():
        found = _OURS.match(entry.name)
        if found and entry.is_dir() and not _running(int(found[1])):
            shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


@lru_cache(maxsize=1)
def _renameat2():
    name = ctypes.util.find_library("c")
    try:
        function = getattr(ctypes.CDLL(name, use_errno=True), "renameat2", None) if name else None
    except OSError:
        return None
    if function is not None:
        function.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
        function.restype = ctypes.c_int
    return function
