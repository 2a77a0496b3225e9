"""Options every command shares."""

from pathlib import Path

import click

root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=".", show_default=True,
    help="Thư mục gốc của sổ tay (chứa mkdocs.yml và content/).",
)
