"""Choosing meetings by filter: one set of keys for the explorer, the pack page, their URLs and `sotay pack`.

A filter is {key: {value, ...}}: a meeting matches when, for every key, one of its values is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from ...textfold import slugify
from ...vocabulary import values
from .facts import MeetingFacts, cell_type_label, meeting_type_label
from .themes import THEMES

Value = tuple[str, str, object]
"""(value, label, rank): what a meeting offers for one key; options sort by rank, then label."""


@dataclass(frozen=True)
class FilterKey:
    key: str
    title: str
    values_of: Callable[[MeetingFacts], tuple[Value, ...]]


_FITS = {True: ("khop", "Khớp khung", 0), False: ("chua-khop", "Chưa khớp khung", 1), None: ("khong-cham", "Chưa chấm theo khung", 2)}
_THEME_RANK = {theme.slug: index for index, theme in enumerate(THEMES)}

FILTERS = (
    FilterKey("meeting_type", "Loại sinh hoạt",
              lambda f: ((f.meeting_type, meeting_type_label(f.meeting_type), _rank("meeting_types", f.meeting_type)),)),
    FilterKey("cell_type", "Loại hình chi bộ",
              lambda f: ((f.cell_type, cell_type_label(f.cell_type), _rank("cell_types", f.cell_type)),)),
    FilterKey("organization", "Đảng bộ", lambda f: ((slugify(f.organization), f.organization, 0),)),
    FilterKey("year", "Năm", lambda f: ((str(f.year), str(f.year), -f.year),)),
    FilterKey("rating", "Xếp loại", lambda f: ((f.rating, f.rating_label, f.rating_rank),)),
    FilterKey("fits", "Xếp loại so với khung", lambda f: (_FITS[f.rating_fits],)),
    FilterKey("theme", "Hạn chế", lambda f: tuple((t.slug, t.problem, _THEME_RANK[t.slug]) for t in f.limitation_themes())),
)
BY_KEY = {f.key: f for f in FILTERS}


def _rank(vocabulary: str, slug: str) -> int:
    known = values(vocabulary)
    return known.index(slug) if slug in known else len(known)


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


def options(facts: list[MeetingFacts], key: str) -> list[Option]:
    """Every value of `key` among `facts`, with how many meetings have it."""
    found: dict[str, tuple[str, object, int]] = {}
    for f in facts:
        for value, name, rank in BY_KEY[key].values_of(f):
            _, _, count = found.get(value, (name, rank, 0))
            found[value] = (name, rank, count + 1)
    return [Option(value, name, count) for value, (name, rank, count) in sorted(found.items(), key=lambda i: (i[1][1], i[1][0]))]


def tokens(f: MeetingFacts) -> str:
    """"key=value key=value …": the filter values of one meeting, as the page's script reads them."""
    return " ".join(f"{key.key}={value}" for key in FILTERS for value, _, _ in key.values_of(f))


def select(facts: list[MeetingFacts], filters: Mapping[str, set[str]]) -> list[MeetingFacts]:
    return [f for f in facts
            if all({v for v, _, _ in BY_KEY[key].values_of(f)} & chosen for key, chosen in filters.items() if chosen)]


def parse_filters(pairs: list[str]) -> dict[str, set[str]]:
    """["meeting_type=thuong-ky", …] -> {"meeting_type": {"thuong-ky"}}; ValueError names what is wrong."""
    filters: dict[str, set[str]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not value.strip():
            raise ValueError(f"bộ lọc `{pair}` phải có dạng KHÓA=GIÁ_TRỊ, ví dụ meeting_type=thuong-ky")
        if key.strip() not in BY_KEY:
            raise ValueError(f"không có khóa lọc `{key}`; các khóa: {', '.join(BY_KEY)}")
        filters.setdefault(key.strip(), set()).add(value.strip())
    return filters
