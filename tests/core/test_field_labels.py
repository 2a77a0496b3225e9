"""Field paths as people read them, from the contract's labels, list positions counted from 1."""

from __future__ import annotations

import pytest

from sotay.core.contract import SPECS
from sotay.core.field_labels import field_label
from sotay.core.field_types import ListOf, MappingOf, Record, ValueType


@pytest.mark.parametrize("path, label", [
    ("title", "tiêu đề [title]"),
    ("sources.0.url", "nguồn thứ 1 — địa chỉ web [sources.0.url]"),
    ("sources.1", "nguồn thứ 2 [sources.1]"),
    ("cell_types.1", "loại hình chi bộ áp dụng, giá trị thứ 2 [cell_types.1]"),
    ("scores.chuan-bi", "điểm theo tiêu chí — tiêu chí chuan-bi [scores.chuan-bi]"),
    ("changes.2.note", "lần cập nhật thứ 3 — việc đã cập nhật [changes.2.note]"),
    ("criteria.0.max", "tiêu chí thứ 1 — điểm tối đa [criteria.0.max]"),
    ("ratings.0.require_max.1", "mức xếp loại thứ 1 — tiêu chí phải đạt điểm tối đa, giá trị thứ 2 [ratings.0.require_max.1]"),
    ("imported.missing.0", "bản nháp nhập từ tệp — phần còn phải duyệt, giá trị thứ 1 [imported.missing.0]"),
    ("verified.date", "đối chiếu với nguồn — ngày đối chiếu [verified.date]"),
    ("sources.0.tieu_de", "nguồn thứ 1 [sources.0.tieu_de]"),
    ("sumary", "[sumary]"),
    ("theme.palette.primary", "[theme.palette.primary]"),
])
def test_field_label(path: str, label: str):
    assert field_label(path) == label


def _unlabelled(kind: ValueType, where: str) -> list[str]:
    """Paths below a field whose values a message could name but the contract gives no label."""
    if isinstance(kind, ListOf):
        missing = [] if kind.item_label else [f"{where}.N (item_label)"]  # the editor's "Thêm …" names one item
        return missing + _unlabelled(kind.item, f"{where}.N")
    if isinstance(kind, MappingOf):
        return ([] if kind.key_label else [f"{where}.KEY (key_label)"]) + _unlabelled(kind.value_type, f"{where}.KEY")
    if isinstance(kind, Record):
        found = []
        for key, sub in (kind.required | kind.optional).items():
            found += [] if kind.labels.get(key) else [f"{where}.{key}"]
            found += _unlabelled(sub, f"{where}.{key}")
        return found
    return []


@pytest.mark.parametrize("kind", SPECS)
def test_every_field_of_every_kind_has_a_label(kind: str):
    missing = [spec.name for spec in SPECS[kind] if not spec.label]
    for spec in SPECS[kind]:
        missing += _unlabelled(spec.type, spec.name)
    assert not missing


def test_a_field_name_means_one_thing_in_every_kind():
    labels: dict[str, set[str]] = {}
    for specs in SPECS.values():
        for spec in specs:
            labels.setdefault(spec.name, set()).add(spec.label)
    assert {name: found for name, found in labels.items() if len(found) > 1} == {}
