"""Controlled vocabularies: slug -> Vietnamese label, read from the one vocabulary file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.yml")


@cache
def vocabularies() -> dict[str, dict[str, str]]:
    with open(VOCABULARY_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def values(vocabulary: str) -> tuple[str, ...]:
    return tuple(vocabularies()[vocabulary])


def label(vocabulary: str, slug: str) -> str:
    """Label of `slug`, or the slug itself when unknown (validation reports unknown slugs)."""
    return vocabularies()[vocabulary].get(slug, slug)
