"""A folder of results keyed by what they were made from: an unchanged input costs nothing the next time.

Each entry is one file named after its `name` (a page's source path, say), holding the key it was made for
and the value; `get` returns the value only for the same key, so a key that hashes every input is all the
invalidation there is. The folder lives outside content/ and docs/, so writing it never wakes `mkdocs serve`,
and deleting it at any time is safe. Values are pickled: the folder is this project's own, never shared input.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def digest(*parts: str | bytes) -> str:
    """A hex key of `parts`, each length-prefixed so that ("ab", "c") and ("a", "bc") differ."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hashed.update(len(data).to_bytes(8, "little") + data)
    return hashed.hexdigest()


class ResultStore:
    def __init__(self, directory: Path):
        self.directory = directory

    def get(self, name: str, key: str) -> Any | None:
        """The value stored for `name` under `key`, or None (missing, made from other inputs, unreadable)."""
        try:
            with open(self._path(name), "rb") as stored:
                found_key, value = pickle.load(stored)
        except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError, ImportError):
            return None
        return value if found_key == key else None

    def put(self, name: str, key: str, value: Any) -> None:
        """Store atomically: a build stopped halfway leaves the old entry or the new one, never half of one.
        Safe from several processes at once (each writes its own temporary file, then renames it)."""
        path = self._path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".new-")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def _path(self, name: str) -> Path:
        hashed = digest(name)
        return self.directory / hashed[:2] / hashed
