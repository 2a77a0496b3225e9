"""`sotay schema`: the JSON Schema of the front matter, for editors."""

from __future__ import annotations

import json

import click

from sotay.core.contract import front_matter_schema


@click.command()
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-", help="Tệp ghi ra (mặc định: màn hình).")
def schema(out) -> None:
    """Ghi lược đồ JSON Schema của phần khai báo (front matter)."""
    out.write(json.dumps(front_matter_schema(), ensure_ascii=False, indent=2) + "\n")
