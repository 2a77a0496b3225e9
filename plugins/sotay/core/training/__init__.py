"""The trainer's view of model meetings: facts, aggregates, themes, charts and the tap-huan/ pages."""

from sotay.core.training.aggregates import Aggregates, aggregate
from sotay.core.training.facts import MeetingFacts, meeting_facts
from sotay.core.training.pack_html import standalone_pack
from sotay.core.training.pages import training_pages
from sotay.core.training.report import stats_json, stats_text
from sotay.core.training.selection import FILTERS, parse_filters, select
from sotay.core.training.themes import THEMES, Theme, themes_of
from sotay.core.training.training_pack import PackSpec

__all__ = [
    "FILTERS",
    "THEMES",
    "Aggregates",
    "MeetingFacts",
    "PackSpec",
    "Theme",
    "aggregate",
    "meeting_facts",
    "parse_filters",
    "select",
    "standalone_pack",
    "stats_json",
    "stats_text",
    "themes_of",
    "training_pages",
]
