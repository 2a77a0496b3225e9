"""One problem report type that every validator returns and every front end formats."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


SEVERITY_WORDS = {Severity.ERROR: "lỗi", Severity.WARNING: "cảnh báo"}


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A problem in one file: where it is, what is wrong and, where possible, how to fix it."""

    path: str
    line: int | None
    field: str | None
    severity: Severity
    message: str
    suggestion: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """`path:line: lỗi: message (gợi ý: ...)`: the shape editors and CI logs understand, the words in Vietnamese
        (JSON output keeps `error`/`warning` for programs)."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {SEVERITY_WORDS[self.severity]}: {self.message}"
        return f"{text} (gợi ý: {self.suggestion})" if self.suggestion else text


def error(path: str, line: int | None, field: str | None, message: str, suggestion: str | None = None) -> Diagnostic:
    return Diagnostic(path, line, field, Severity.ERROR, message, suggestion)


def warning(path: str, line: int | None, field: str | None, message: str, suggestion: str | None = None) -> Diagnostic:
    return Diagnostic(path, line, field, Severity.WARNING, message, suggestion)


def has_errors(diagnostics: list[Diagnostic], strict: bool = False) -> bool:
    """True when the list stops a build: any error, or any problem at all under `strict`."""
    return any(d.is_error or strict for d in diagnostics)


def in_order(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """By file, then line: the order every front end lists them in."""
    return sorted(diagnostics, key=_sort_key)


def format_text(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(d.format() for d in in_order(diagnostics))


def format_json(diagnostics: list[Diagnostic]) -> str:
    rows = [asdict(d) | {"severity": d.severity.value} for d in in_order(diagnostics)]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _sort_key(d: Diagnostic) -> tuple:
    return (d.path, d.line or 0, d.severity.value, d.message)
