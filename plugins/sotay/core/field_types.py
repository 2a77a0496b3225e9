"""The value types of front-matter fields, `FieldSpec`, and how a field is checked and exported.

Value types convert YAML values into model values and report what was expected when they cannot. One
FieldSpec list (a kind's fields, in contract.py) serves validation (validate/fields.py) and the JSON Schema for
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
    # Values are slugs, which never hold a comma: a list of them written `a, b` on one line can only mean [a, b].
    slug_values = False

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
    slug_values = True

    def __init__(self, vocabulary_name: str):
        self.vocabulary_name = vocabulary_name

    @property
    def schema(self) -> dict:  # type: ignore[override]
        return {"enum": list(vocabulary.values(self.vocabulary_name))}

    def convert(self, value: Any) -> str:
        allowed = vocabulary.values(self.vocabulary_name)
        if value in allowed:
            return value
        several = one_line_list(value) or []
        if several and set(several) <= set(allowed):
            raise Invalid(f"chỉ nhận một giá trị, gặp {_describe(value)}", f"chọn một: {' hoặc '.join(several)}")
        guess = difflib.get_close_matches(str(value), allowed, n=1)
        choices = "; ".join(f"{slug} ({vocabulary.label(self.vocabulary_name, slug)})" for slug in allowed)
        raise Invalid(f"{_describe(value)} không phải giá trị được phép; các giá trị được phép: {choices}",
                      f"có phải `{guess[0]}`?" if guess else "chép đúng một mã trong danh sách trên")


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
            raise Invalid(f"không đúng dạng số hiệu văn bản: {_describe(value)}", "viết theo dạng SỐ-LOẠI/CƠ QUAN, ví dụ 03-HD/TU")
        # Keep the number as the document writes it (03-HD/TU, not 3-HD/TU); matching always goes through parse_number.
        compact = "".join(value.split())
        return compact if compact[:1].isdigit() and parse_number(compact) == parsed else parsed.canonical


class Slug(ValueType):
    slug_values = True
    schema = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}

    def convert(self, value: Any) -> str:
        text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
        if not text or not all(c.isascii() and (c.isalnum() or c == "-") for c in text):
            raise Invalid(f"cần mã không dấu (chữ thường, số, gạch nối), gặp {_describe(value)}", "ví dụ: khung-100-diem")
        return text.lower()


class ListOf(ValueType):
    """A list of `item` values; `item_label` names one item, in messages ("nguồn thứ 1") and the editor's "Thêm …"."""

    def __init__(self, item: ValueType, min_items: int = 0, item_label: str = ""):
        self.item, self.min_items, self.item_label = item, min_items, item_label

    @property
    def schema(self) -> dict:  # type: ignore[override]
        return {"type": "array", "items": self.item.schema, "minItems": self.min_items}

    def convert(self, value: Any) -> tuple:
        if isinstance(value, str) and self.item.slug_values:
            value = [part.strip() for part in _SEPARATORS.split(value) if part.strip()]
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            value = [value]  # a single value where a list is expected is what the author meant
        if not isinstance(value, list):
            raise Invalid(f"cần một danh sách, gặp {_describe(value)}", LIST_HOWTO)
        if len(value) < self.min_items:
            raise Invalid(f"cần ít nhất {self.min_items} phần tử", LIST_HOWTO)
        converted = []
        for index, item in enumerate(value):
            try:
                converted.append(self.item.convert(item))
            except Invalid as exc:
                several = one_line_list(item) if len(value) == 1 and not isinstance(self.item, Record) else None
                if several:
                    raise Invalid(f"nhiều giá trị viết liền trên một dòng: {_describe(item)}", list_howto(several)) from None
                raise Invalid(exc.message, exc.suggestion, join_path(str(index), exc.where)) from None
        return tuple(converted)


_SEPARATORS = re.compile(r"[,;]")


def one_line_list(value: Any) -> list[str] | None:
    """The values of a list written on one line, `a, b` (or `a; b`), or None for a value without such separators."""
    parts = [part.strip() for part in _SEPARATORS.split(value)] if isinstance(value, str) else []
    return parts if len(parts) > 1 and all(parts) else None


def list_howto(values: list[str]) -> str:
    """How to write `values` as a list, with the values themselves."""
    return (f"viết trong ngoặc vuông, các giá trị cách nhau bằng dấu phẩy: [{', '.join(values)}]; "
            "hoặc xuống dòng, mỗi giá trị một dòng bắt đầu bằng '- '")


LIST_HOWTO = list_howto(["giá trị 1", "giá trị 2"])


class Record(ValueType):
    """A mapping with known keys, converted into `make(**values)`; `labels` names each key in messages."""

    def __init__(self, make: Callable[..., Any], required: dict[str, ValueType], optional: dict[str, ValueType] | None = None,
                 labels: dict[str, str] | None = None):
        self.make, self.required, self.optional, self.labels = make, required, optional or {}, labels or {}

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
                raise Invalid(f"khóa `{key}` không có trong mẫu", did_you_mean(str(key), fields), str(key))
        values = {}
        for key, kind in fields.items():
            if key not in value or value[key] is None:
                if key in self.required:
                    raise Invalid("bắt buộc mà chưa ghi", f"thêm dòng `{key}: ...`", key)
                continue
            try:
                values[key] = kind.convert(value[key])
            except Invalid as exc:
                raise Invalid(exc.message, exc.suggestion, join_path(key, exc.where)) from None
        return self.make(**values)


class MappingOf(ValueType):
    """A mapping of ids (written as numbers or text) to values, kept as a tuple of pairs in file order; `key_label`
    says what the ids are, for messages ("tiêu chí 3")."""

    def __init__(self, value_type: ValueType, key_label: str = ""):
        self.value_type, self.key_label = value_type, key_label

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
                raise Invalid(exc.message, exc.suggestion, join_path(str(key), exc.where)) from None
        return tuple(pairs)


@dataclass(frozen=True)
class FieldSpec:
    """A front-matter field: its YAML key, value type, whether it is required, what to write (the editor's help
    text) and its short Vietnamese name (what messages and forms call it)."""

    name: str
    type: ValueType
    required: bool = False
    description: str = ""
    label: str = ""


def json_schema(title: str, specs: list[FieldSpec]) -> dict:
    return {
        "title": title,
        "type": "object",
        "additionalProperties": False,
        "required": [spec.name for spec in specs if spec.required],
        "properties": {spec.name: spec.type.schema | {"description": spec.description} for spec in specs},
    }


def did_you_mean(key: str, choices) -> str | None:
    guess = difflib.get_close_matches(key, list(choices), n=1, cutoff=0.6)
    return f"có phải `{guess[0]}`?" if guess else None


def join_path(field: str, where: str) -> str:
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
