"""`sotay refs`: the documents the base cites but does not hold, and where each is cited."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from sotay.core.diagnostics import format_text
from sotay.core.documents.references import CitationIndex, MissingDocument
from sotay.core.knowledge_base import KnowledgeBase

from .options import format_option, root_option


@click.command()
@root_option
@format_option
def refs(root: Path, fmt: str) -> None:
    """Liệt kê văn bản được dẫn chiếu nhưng chưa có trong sổ tay, kèm tệp và dòng nhắc đến."""
    kb = KnowledgeBase.load(root)
    if kb.errors and not kb.documents:
        click.echo(format_text(kb.errors), err=True)
        raise SystemExit(1)
    missing = CitationIndex(kb).missing()
    if fmt == "json":
        click.echo(json.dumps([asdict(m) for m in missing], ensure_ascii=False, indent=2))
        return
    for doc in missing:
        click.echo(_text(doc))
    click.echo(f"{len(missing)} văn bản được dẫn chiếu nhưng chưa có trong sổ tay.", err=True)


def _text(doc: MissingDocument) -> str:
    lines = [f"{doc.number} ({doc.kind}) — {len(doc.occurrences)} lần"]
    lines += [f"  {o.path}:{o.line}: {o.text}" for o in doc.occurrences]
    return "\n".join(lines)
