"""Walks over the contract and the generated configuration, shared by the editor's tests."""

from __future__ import annotations

from sotay.core.field_types import ListOf, Record, ValueType


def contract_paths(specs) -> list[str]:
    """Every field path of a kind: top-level names and, for records and lists of records, `name.key`."""
    paths = []
    for spec in specs:
        paths.append(spec.name)
        paths += [f"{spec.name}.{key}" for key in _record_keys(spec.type)]
    return paths


def config_paths(fields: list[dict], below: str = "") -> list[str]:
    """Every named field of a Decap field list, sub-fields of objects and lists included, as dotted paths."""
    paths = []
    for field in fields:
        path = f"{below}{field['name']}"
        paths.append(path)
        paths += config_paths(field.get("fields", []), f"{path}.")
    return paths


def walk(fields: list[dict]):
    """Every field dict, nested ones and list items (`field`) included."""
    for field in fields:
        yield field
        yield from walk(field.get("fields", []))
        if "field" in field:
            yield from walk([field["field"]])


def by_name(collection: dict) -> dict[str, dict]:
    return {field["name"]: field for field in collection["fields"]}


def _record_keys(value_type: ValueType) -> list[str]:
    record = value_type.item if isinstance(value_type, ListOf) else value_type
    return list(record.required | record.optional) if isinstance(record, Record) else []
