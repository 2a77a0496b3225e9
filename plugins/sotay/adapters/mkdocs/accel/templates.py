"""Compiled theme templates kept between the rebuilds of one `mkdocs serve`.

Every rebuild loads the configuration again, and with it a new Jinja environment that compiles each
template again (the theme has about forty). Jinja stores a template's compiled code
with a checksum of its source and compiles again when the source changed, so a template edited while
serving is never served stale.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class CompiledTemplates(BytecodeCache):
    def __init__(self) -> None:
        self._stored: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._stored.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._stored[bucket.key] = bucket.bytecode_to_string()
