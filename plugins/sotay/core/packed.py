"""Long texts a loaded base holds for every document, kept zlib-compressed until read.

A document's Markdown body and a search record's plain text are read a few times in a build (validation,
the record, the page) but held from loading to the end: at 10,000 documents the bodies alone were 28 MB
of `str` (Vietnamese text takes two bytes a character there), a sixth of that compressed. Reading one
back costs a few microseconds.
"""

from __future__ import annotations

import zlib
from typing import Any


class Packed:
    """One text, compressed."""

    __slots__ = ("data",)

    def __init__(self, text: str):
        self.data = zlib.compress(text.encode("utf-8"), 1)

    def __str__(self) -> str:
        return zlib.decompress(self.data).decode("utf-8")

    def __eq__(self, other: object) -> bool:  # the same text compresses to the same bytes
        return isinstance(other, Packed) and other.data == self.data

    def __hash__(self) -> int:
        return hash(self.data)


class PackedText:
    """A dataclass field holding text compressed: given a `str` (or an already `Packed` text), read as `str`.

    Declared as the field's default (`body: str = field(default=PackedText("body"), repr=False)`), so the
    field keeps its place, `repr=False` and `dataclasses.replace`; a frozen dataclass's `__init__` sets it
    through `__set__` like any data descriptor. The default itself is refused: the field stays required.
    The packed value lives in the instance's `_packed_NAME`; declared as a field of its own (`init=False`)
    with the text's field `compare=False`, equality and hashing read the compressed bytes, not the text.
    """

    def __init__(self, name: str):
        self._name = name
        self._slot = f"_packed_{name}"

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        return self if instance is None else str(instance.__dict__[self._slot])

    def __set__(self, instance: Any, value: str | Packed) -> None:
        if value is self:
            raise TypeError(f"{type(instance).__name__}() missing required keyword argument: '{self._name}'")
        instance.__dict__[self._slot] = value if isinstance(value, Packed) else Packed(value)
