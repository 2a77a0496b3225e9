"""The `sotay` command group."""

import click

from .build import build
from .check import check
from .schema import schema
from .search import search


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Sổ tay chi bộ: kiểm tra, dựng và tra cứu sổ tay."""


for command in (check, build, schema, search):
    cli.add_command(command)
