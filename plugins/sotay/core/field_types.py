"""The value types of front-matter fields, `FieldSpec`, and how a field is checked and exported.

Value types convert YAML values into model values and report what was expected when they cannot. One
FieldSpec list (a kind's fields, in contract.py) serves validation (`check_fields`) and the JSON Schema for
editors (`json_schema`).
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from . import vocabulary
from .dates import parse_date
from .documents.docnumber import parse_number


NAME_LENGTH = 300  # a title, a name, a label
SENTENCE_LENGTH = 1000  # a summary, a change note
MAX_COUNT = 100_000  # members, attendance: a party cell has tens
MAX_POINTS = 10_000  # a criterion's points, a rating's threshold: rubrics count to 100
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Invalid(Exception):
    """A value that does not fit its type; `where` is a dotted sub-path below the field, if any."""

    def __init__(self, message: str, suggestion: str | None = None, where: str = ""):
        super().__init__(message)
        self.message, self.suggestion, self.where = message, suggestion, where


class ValueType:
    schema: dict

    def convert(self, value: Any) -> Any:
        raise NotImplementedError


class Text(ValueType):
    """One line of text, at most `max_length` characters (a name or a title; a sentence for longer ones)."""

    def __init__(self, max_length: int = NAME_LENGTH):
        self.max_length = max_length
        self.schema = {"type": "string", "minLength": 1, "maxLength": max_length}

    def convert(self, value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise Invalid(f"cần một đoạn chữ, gặp {_describe(value)}", "viết giá trị trên cùng dòng, trong ngoặc kép nếu có dấu :")
        text = str(value).strip()
        if not text:
            raise Invalid("không được để trống")
        if control := _CONTROL.search(text):
            raise Invalid(f"có ký tự điều khiển không hiển thị được (mã U+{ord(control.group()):04X})",
                          "xóa ký tự đó (thường là \\0 hay \\e trong ngoặc kép, hoặc do chép từ phần mềm khác)")
        if len(text) > self.max_length:
            raise Invalid(f"dài {len(text)} ký tự, quá mức {self.max_length} ký tự", "rút gọn; phần giải thích dài hơn đưa vào nội dung")
        return text


class Boolean(ValueType):
    schema = {"type": "boolean"}

    def convert(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise Invalid(f"cần true hoặc false, gặp {_describe(value)}", "viết true hoặc false")
        return value


class Count(ValueType):
    schema = {"type": "integer", "minimum": 0, "maximum": MAX_COUNT}

    def convert(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            raise Invalid(f"cần một số nguyên từ 0 đến {MAX_COUNT:,}".replace(",", ".") + f", gặp {_describe(value)}", "ví dụ: 24")
        return value


class Points(ValueType):
    schema = {"type": "number", "minimum": 0, "maximum": MAX_POINTS}

    def convert(self, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not 0 <= value <= MAX_POINTS:
            raise Invalid(f"cần số điểm từ 0 đến {MAX_POINTS:,}".replace(",", ".") + f", gặp {_describe(value)}", "ví dụ: 8 hoặc 7.5")
        return value


class Date(ValueType):
    schema = {"type": "string", "pattern": r"^(\d{4}-\d{1,2}(-\d{1,2})?|(\d{1,2}/)?\d{1,2}/\d{4})$",
              "description": "YYYY-MM-DD hoặc DD/MM/YYYY; chỉ biết tháng: YYYY-MM hoặc MM/YYYY"}

    def convert(self, value: Any) -> date:
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed is None:
            raise Invalid(f"cần một ngày có thật, gặp {_describe(value)}", "viết 2024-04-05 hoặc 05/04/2024")
        return parsed


class Choice(ValueType):
    def __init__(self, vocabulary_name: str):
        self.vocabulary_name = vocabulary_name

    @property
    def schema(self) -> dict:  # type: ignore[override]
        return {"enum": list(vocabulary.values(self.vocabulary_name))}

    def convert(self, value: Any) -> str:
        allowed = vocabulary.values(self.vocabulary_name)
        if value in allowed:
            return value
        guess = difflib.get_close_matches(str(value), allowed, n=1)
        hint = f"có phải `{guess[0]}`?" if guess else None
        raise Invalid(f"giá trị `{value}` không hợp lệ; chọn một trong: {', '.join(allowed)}", hint)


class Url(ValueType):
    schema = {"type": "string", "pattern": "^https?://"}

    def convert(self, value: Any) -> str:
        text = value.strip() if isinstance(value, str) else ""
        if not text.lower().startswith(("http://", "https://")) or any(c.isspace() for c in text):
            raise Invalid(f"cần một địa chỉ web bắt đầu bằng http:// hoặc https://, gặp {_describe(value)}",
                          "chép nguyên địa chỉ từ thanh địa chỉ của trình duyệt")
        return text


class DocumentNumber(ValueType):
    schema = {"type": "string", "pattern": r"^\d+-[A-ZĐa-zđ]+/[A-ZĐ0-9-]+$", "description": "ví dụ 03-HD/TU"}

    def convert(self, value: Any) -> str:
        parsed = parse_number(value) if isinstance(value, str) else None
        if parsed is None:
            raise Invalid(f"số hiệu văn bản không đúng dạng: {_describe(value)}", "viết theo dạng SỐ-LOẠI/CƠ QUAN, ví dụ 03-HD/TU")
        # Keep the number as the document writes it (03-HD/TU, not 3-HD/TU); matching always goes through parse_number.
        compact = "".join(value.split())
        return compact if compact[:1].isdigit() and parse_number(compact) == parsed else parsed.canonical


class Slug(ValueType):
    schema = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}

    def convert(self, value: Any) -> str:
        text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
        if not text or not all(c.isascii() and (c.isalnum() or c == "-") for c in text):
            raise Invalid(f"cần mã không dấu (chữ thường, số, gạch nối), gặp {_describe(value)}", "ví dụ: khung-100-diem")
        return text.lower()


class ListOf(ValueType):
    def __init__(self, item: ValueType, min_items: int = 0):
        self.item, self.min_items = item, min_items

    @property
    def schema(self) -> dict:  # type: ignore[override]
        return {"type": "array", "items": self.item.schema, "minItems": self.min_items}

    def convert(self, value: Any) -> tuple:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            value = [value]  # a single value where a list is expected is what the author meant
        if not isinstance(value, list):
            raise Invalid(f"cần một danh sách, gặp {_describe(value)}", "mỗi phần tử một dòng bắt đầu bằng '- '")
        if len(value) < self.min_items:
            raise Invalid(f"cần ít nhất {self.min_items} phần tử")
        converted = []
        for index, item in enumerate(value):
            try:
                converted.append(self.item.convert(item))
            except Invalid as exc:
                raise Invalid(exc.message, exc.suggestion, _join(str(index), exc.where)) from None
        return tuple(converted)


class Record(ValueType):
    """A mapping with known keys, converted into `make(**values)`."""

    def __init__(self, make: Callable[..., Any], required: dict[str, ValueType], optional: dict[str, ValueType] | None = None):
        self.make, self.required, self.optional = make, required, optional or {}

    @property
    def schema(self) -> dict:  # type: ignore[override]
        fields = self.required | self.optional
        return {"type": "object", "additionalProperties": False, "required": list(self.required),
                "properties": {name: kind.schema for name, kind in fields.items()}}

    def convert(self, value: Any) -> Any:
        if not isinstance(value, dict):
            raise Invalid(f"cần các cặp khóa: giá trị ({', '.join(self.required)}), gặp {_describe(value)}")
        fields = self.required | self.optional
        for key in value:
            if key not in fields:
                raise Invalid(f"khóa `{key}` không có trong mẫu", _did_you_mean(str(key), fields), str(key))
        values = {}
        for key, kind in fields.items():
            if key not in value or value[key] is None:
                if key in self.required:
                    raise Invalid(f"thiếu khóa `{key}`", None, key)
                continue
            try:
                values[key] = kind.convert(value[key])
            except Invalid as exc:
                raise Invalid(exc.message, exc.suggestion, _join(key, exc.where)) from None
        return self.make(**values)


class MappingOf(ValueType):
    """A mapping of ids (written as numbers or text) to values, kept as a tuple of pairs in file order."""

    def __init__(self, value_type: ValueType):
        self.value_type = value_type

    @property
    def schema(self) -> dict:  # type: ignore[override]
        return {"type": "object", "additionalProperties": self.value_type.schema}

    def convert(self, value: Any) -> tuple:
        if not isinstance(value, dict):
            raise Invalid(f"cần các cặp mã: giá trị, gặp {_describe(value)}", "ví dụ: \"1\": 14")
        pairs = []
        for key, item in value.items():
            try:
                pairs.append((str(key), self.value_type.convert(item)))
            except Invalid as exc:
                raise Invalid(exc.message, exc.suggestion, _join(str(key), exc.where)) from None
        return tuple(pairs)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: ValueType
    required: bool = False
    description: str = ""


def check_fields(meta: dict, specs: list[FieldSpec]) -> tuple[dict[str, Any], list[tuple[str, str, str | None]]]:
    """Convert `meta` by `specs`: (values, problems as (field path, message, suggestion))."""
    known = {spec.name: spec for spec in specs}
    values: dict[str, Any] = {}
    problems: list[tuple[str, str, str | None]] = []
    for key in meta:
        if str(key) not in known:
            problems.append((str(key), f"trường `{key}` không có trong mẫu của loại tài liệu này", _did_you_mean(str(key), known)))
    for spec in specs:
        value = meta.get(spec.name)
        if value is None:
            if spec.required:
                problems.append((spec.name, f"thiếu trường bắt buộc `{spec.name}`", f"thêm dòng `{spec.name}: ...` ({spec.description})"))
            continue
        try:
            values[spec.name] = spec.type.convert(value)
        except Invalid as exc:
            problems.append((_join(spec.name, exc.where), f"trường `{_join(spec.name, exc.where)}`: {exc.message}", exc.suggestion))
    return values, problems


def json_schema(title: str, specs: list[FieldSpec]) -> dict:
    return {
        "title": title,
        "type": "object",
        "additionalProperties": False,
        "required": [spec.name for spec in specs if spec.required],
        "properties": {spec.name: spec.type.schema | {"description": spec.description} for spec in specs},
    }


def _did_you_mean(key: str, choices) -> str | None:
    guess = difflib.get_close_matches(key, list(choices), n=1, cutoff=0.6)
    return f"có phải `{guess[0]}`?" if guess else None


def _join(field: str, where: str) -> str:
    return f"{field}.{where}" if where else field


def _describe(value: Any) -> str:
    if value is None:
        return "giá trị trống"
    if isinstance(value, dict):
        return "một bảng khóa: giá trị"
    if isinstance(value, list):
        return "một danh sách"
    shown = str(value)
    return f"`{shown[:60]}…`" if len(shown) > 60 else f"`{shown}`"
