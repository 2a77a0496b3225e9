"""The `sotay` command group: every command added to it speaks Vietnamese (vietnamese.py)."""

import click

from .build import build
from .check import check
from .edit import edit
from .cms_config import cms_config
from .importer import import_documents
from .init import init
from .new import new
from .pack import pack
from .publish import publish
from .refs import refs
from .review import review
from .schema import schema
from .stats import stats
from .search import search
from .serve import serve
from .upgrade import upgrade
from .vietnamese import VietnameseGroup


@click.group(cls=VietnameseGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog="Cách dùng từng lệnh: sotay LỆNH --help, ví dụ sotay new --help.")
def cli() -> None:
    """Sổ tay chi bộ: kiểm tra, dựng và tra cứu sổ tay."""


for command in (init, check, build, serve, edit, publish, schema, cms_config, refs, new, import_documents, review, stats, pack,
                search, upgrade):
    cli.add_command(command)
