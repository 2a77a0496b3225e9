"""`sotay schema`: the JSON Schema of the front matter, for editors."""

from __future__ import annotations

import json
from pathlib import Path

import click

from sotay.core.contract import front_matter_schema

from .vietnamese import os_reason


@click.command()
@click.option("--out", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default=None,
              help="Tệp ghi ra (mặc định, hoặc -: màn hình).")
def schema(out: Path | None) -> None:
    """Ghi lược đồ JSON Schema của phần khai báo (front matter)."""
    text = json.dumps(front_matter_schema(), ensure_ascii=False, indent=2) + "\n"
    if out is None or out == Path("-"):
        click.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"không ghi được {out}: {os_reason(exc)}") from None
