"""The content contract's version: what a base declares in content/sotay.yml, and what this software writes."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..diagnostics import Diagnostic, error
from ..yaml_errors import explain

CONTRACT = 2  # the contract this software reads and writes; the steps from each earlier one are in steps.py
UNVERSIONED = 1  # a base made before the contract carried a version
VERSION_FILE = "content/sotay.yml"
FIELD = "contract"


def version_text(version: int = CONTRACT) -> str:
    """The version file's text: the number and what it is for, for whoever opens it."""
    return ("# Phiên bản quy ước nội dung (các trường đầu tệp, thư mục, cấu hình) mà sổ tay này theo.\n"
            "# Không sửa tay: khi phần mềm đổi quy ước, `sotay check` chỉ ra việc cần làm và `sotay upgrade` nâng phiên bản.\n"
            f"{FIELD}: {version}\n")


def declared_version(root: Path) -> tuple[int, list[Diagnostic]]:
    """The version the base at `root` declares (UNVERSIONED without the file), and the file's problems: unreadable,
    not a whole number, or newer than this software."""
    path = root / VERSION_FILE
    if not path.is_file():
        return UNVERSIONED, []
    rewrite = f"viết lại tệp gồm một dòng `{FIELD}: {CONTRACT}`"
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except UnicodeDecodeError:
        return CONTRACT, [error(VERSION_FILE, None, None, "tệp không phải văn bản UTF-8", rewrite)]
    except yaml.YAMLError as exc:
        problem = explain(text, exc)
        return CONTRACT, [error(VERSION_FILE, problem.line, None, f"tệp sai cú pháp: {problem.message}", f"{problem.suggestion}; hoặc {rewrite}")]
    value = data.get(FIELD) if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, int) or value < UNVERSIONED:
        return CONTRACT, [error(VERSION_FILE, _line_of(path), FIELD, f"cần một số nguyên từ {UNVERSIONED} trở lên, gặp {value!r}",
                                f"viết `{FIELD}: {CONTRACT}` nếu sổ tay đã theo quy ước hiện hành")]
    if value > CONTRACT:
        return value, [error(VERSION_FILE, _line_of(path), FIELD,
                             f"sổ tay theo quy ước nội dung phiên bản {value}, mới hơn phần mềm đang cài (phiên bản {CONTRACT})",
                             "cài phiên bản sotay mới hơn (pip install -U, hoặc make site trong bản mới của kho mã) rồi dựng lại")]
    return value, []


def _line_of(path: Path) -> int | None:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next((number for number, text in enumerate(lines, 1) if text.lstrip().startswith(f"{FIELD}:")), None)


__all__ = ["CONTRACT", "UNVERSIONED", "VERSION_FILE", "declared_version", "version_text"]
