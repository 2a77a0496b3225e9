"""A field path as people read it: `sources.0.url` -> "nguồn thứ 1 — địa chỉ web [sources.0.url]".

Built from the labels of the content contract (contract.py), with list positions counted from 1; the dotted
path stays in brackets for those who edit the file itself.
"""

from __future__ import annotations

from functools import cache

from .contract import SPECS
from .field_types import FieldSpec, ListOf, MappingOf, Record


@cache
def _fields() -> dict[str, FieldSpec]:
    return {spec.name: spec for specs in SPECS.values() for spec in specs}


def field_label(field_path: str) -> str:
    """`cell_types.1` -> "loại hình chi bộ, giá trị thứ 2 [cell_types.1]"; a path the contract does not know keeps
    the labels of its known start ("nguồn thứ 1 [sources.0.tieu_de]"), or is only bracketed."""
    name, *rest = field_path.split(".")
    spec = _fields().get(name)
    if spec is None:
        return f"[{field_path}]"
    names, kind = [spec.label], spec.type
    for part in rest:
        if isinstance(kind, ListOf) and part.isdigit():
            if isinstance(kind.item, Record):  # "nguồn thứ 1"; a plain value keeps its list's name: "từ khóa, giá trị thứ 2"
                names[-1] = f"{kind.item_label} thứ {int(part) + 1}"
            else:
                names[-1] += f", giá trị thứ {int(part) + 1}"
            kind = kind.item
        elif isinstance(kind, Record) and part in kind.labels:
            names.append(kind.labels[part])
            kind = (kind.required | kind.optional)[part]
        elif isinstance(kind, MappingOf):
            names.append(f"{kind.key_label} {part}")
            kind = kind.value_type
        else:
            break
    return f"{' — '.join(names)} [{field_path}]"
