"""A folder of results keyed by what they were made from, so unchanged inputs cost nothing next build.

Each entry is one file named by its `name` (a source path, say), holding the key it was made for and
the value. `get` returns the value only when the key is the same, so a key that hashes every input
(the text, the configuration, the versions of the code that made it) is all the invalidation there is:
a changed input is a miss and the entry is overwritten. The folder lives outside content/ and docs/
(ROOT/.cache/sotay/ by default; .gitignored), so writing it never triggers `mkdocs serve`, and deleting
it at any time is safe. Values are pickled: the folder is this project's own, never shared input.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["LastResult", "ResultCache", "digest"]


def digest(*parts: str | bytes) -> str:
    """A hex key of `parts`, each length-prefixed so that ("ab", "c") and ("a", "bc") differ."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hashed.update(len(data).to_bytes(8, "little") + data)
    return hashed.hexdigest()


class ResultCache:
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

    def has(self, name: str) -> bool:
        """Whether anything is stored for `name`, made from whatever inputs."""
        return self._path(name).is_file()

    def put(self, name: str, key: str, value: Any) -> None:
        """Store atomically: a build stopped halfway leaves the old entry or the new one, never half of one."""
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


class LastResult:
    """A pure function of lists of documents that returns its last result again while it is given the very
    same objects (a `mkdocs serve` rebuild reuses the document objects of unchanged files)."""

    def __init__(self, function: Callable[..., Any]):
        self._function = function
        self._last: tuple[tuple[list, ...], Any] | None = None

    def __call__(self, *inputs: list) -> Any:
        if self._last is None or not all(_same_objects(a, b) for a, b in zip(inputs, self._last[0], strict=True)):
            self._last = (inputs, self._function(*inputs))
        return self._last[1]


def _same_objects(first: list, second: list) -> bool:
    return len(first) == len(second) and all(a is b for a, b in zip(first, second))
