"""Options and value types the commands share."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from sotay.core.kind_names import UnknownKind, describe_kinds, kind_folder

root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=".", show_default="thư mục hiện tại",
    help="Thư mục gốc của sổ tay (chứa mkdocs.yml và content/).",
)

format_option = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Dạng kết quả: text (để đọc) hoặc json (cho chương trình khác).",
)


class KindType(click.ParamType):
    """A kind named in English or Vietnamese (core/kind_names.py), as its content folder."""

    name = "loại"

    def __init__(self, folders: Iterable[str]) -> None:
        self.folders = tuple(folders)

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "LOẠI"

    def get_missing_message(self, param: click.Parameter, ctx: click.Context | None) -> str:
        return f"Chọn một trong: {self.described}."

    @property
    def described(self) -> str:
        return describe_kinds(self.folders)

    def convert(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return kind_folder(value, self.folders)
        except UnknownKind as exc:
            self.fail(str(exc), param, ctx)
