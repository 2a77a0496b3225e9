"""The names people type for a kind of content, and the content folder each one means.

A kind is named in English (`guide`), in Vietnamese (`tai-lieu`) or by its folder (`guides`), with or without marks,
in any case, with spaces or hyphens ("Sinh hoạt mẫu" = `sinh-hoat-mau`). One table for every front end: the CLI
(`sotay new`, `sotay import --kind`, `sotay search --kind`, `make new KIND=…`) and the editor.

A guide's forms (`van-ban`, `huong-dan`, `bai-viet`) are values of its `form` field, not kinds: `sotay new van-ban`
would read as "a file with form: van-ban". They are refused with the kind that holds them, so the two never blur.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from .textfold import fold
from .vocabulary import vocabularies

__all__ = ["KIND_NAMES", "KindName", "UnknownKind", "describe_kinds", "kind_folder"]


@dataclass(frozen=True)
class KindName:
    folder: str  # under content/, and the kind's key in vocabulary.yml
    english: str
    vietnamese: str  # the name shown first to the office
    others: tuple[str, ...] = ()  # other Vietnamese names the project's pages use

    @property
    def names(self) -> tuple[str, ...]:
        return (self.vietnamese, self.english, self.folder, *self.others)


KIND_NAMES = (
    KindName("guides", "guide", "tai-lieu"),
    KindName("model-meetings", "model-meeting", "sinh-hoat-mau"),
    KindName("checklists", "checklist", "danh-muc-kiem-tra", ("danh-sach-kiem-tra", "bang-kiem")),
    KindName("rubrics", "rubric", "khung-cham-diem", ("tieu-chi-cham-diem",)),
    KindName("tools", "tool", "cong-cu"),  # the generated pages search finds; not a content folder
)
_BY_FOLDER = {kind.folder: kind for kind in KIND_NAMES}


class UnknownKind(ValueError):
    """A name that means no kind among those allowed; the message says which names to use."""


def kind_folder(name: str, allowed: Iterable[str]) -> str:
    """The folder of the kind `name` means, among the `allowed` folders; UnknownKind otherwise."""
    kinds = [_BY_FOLDER[folder] for folder in allowed]
    typed = _key(name)
    for kind in kinds:
        if typed in map(_key, kind.names):
            return kind.folder
    if typed in vocabularies()["form"]:
        raise UnknownKind(f"«{name}» là một hình thức (form) của tài liệu, không phải loại nội dung: dùng loại "
                          f"{_BY_FOLDER['guides'].vietnamese} (guide); hình thức ghi ở trường form của tệp.")
    names = {_key(each): each for kind in kinds for each in kind.names}
    close = difflib.get_close_matches(typed, names, n=1)
    hint = f" Có phải ý bạn là {names[close[0]]}?" if close else ""
    raise UnknownKind(f"không có loại «{name}»; dùng {describe_kinds(allowed)}.{hint}")


def describe_kinds(allowed: Iterable[str]) -> str:
    """"tai-lieu (guide), sinh-hoat-mau (model-meeting)": each allowed kind by its Vietnamese and English names."""
    return ", ".join(f"{_BY_FOLDER[folder].vietnamese} ({_BY_FOLDER[folder].english})" for folder in allowed)


def _key(name: str) -> str:
    return "-".join(fold(name).replace("_", " ").replace("-", " ").split())
