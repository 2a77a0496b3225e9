"""A file's front matter checked against its kind's fields: values converted, problems naming each field by its label."""

from __future__ import annotations

from typing import Any

from ..field_labels import field_label
from ..field_types import FieldSpec, Invalid, ListOf, Record, did_you_mean, join_path, list_howto, one_line_list

# (severity "error" or "warning", field path or None for the body, message, suggestion)
Finding = tuple[str, str | None, str, str | None]


def check_fields(meta: dict, specs: list[FieldSpec]) -> tuple[dict[str, Any], list[Finding]]:
    """Convert `meta` by `specs`: (values, findings)."""
    known = {spec.name: spec for spec in specs}
    values: dict[str, Any] = {}
    findings: list[Finding] = []
    for key in meta:
        if str(key) not in known:
            findings.append(("error", str(key), f"trường `{key}` không có trong mẫu của loại tài liệu này",
                             did_you_mean(str(key), known) or _owner_hint(str(key), specs)))
    for spec in specs:
        value = meta.get(spec.name)
        if value is None:
            if spec.required:
                findings.append(("error", spec.name, f"thiếu trường bắt buộc: {field_label(spec.name)}",
                                 f"thêm dòng `{spec.name}: ...` ({spec.description})"))
            continue
        try:
            values[spec.name] = spec.type.convert(value)
        except Invalid as exc:
            path = join_path(spec.name, exc.where)
            findings.append(("error", path, f"{field_label(path)}: {exc.message}", exc.suggestion))
            continue
        several = one_line_list(value) if isinstance(spec.type, ListOf) and not spec.type.item.slug_values else None
        if several:  # a list of text written on one line reads as one value that holds commas
            findings.append(("warning", spec.name, f"{field_label(spec.name)}: một giá trị có dấu phẩy, `{value}`",
                             f"nếu là nhiều giá trị, {list_howto(several)}; nếu đúng là một giá trị, viết "
                             f"`{spec.name}: [\"{value}\"]`"))
    return values, findings


def _owner_hint(key: str, specs: list[FieldSpec]) -> str | None:
    """A key of a list item or record written at the left margin, out of its parent: say whose it is."""
    for spec in specs:
        record = spec.type.item if isinstance(spec.type, ListOf) else spec.type
        if isinstance(record, Record) and key in record.labels:
            return (f"`{key}` là một mục của {field_label(spec.name)}: thụt lề dòng này cho thẳng cột với các mục khác "
                    f"của nó ở dòng trên")
    return None
