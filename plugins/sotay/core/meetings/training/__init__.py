"""The trainer's view of model meetings: facts, aggregates, themes, charts and the tap-huan/ pages."""

from sotay.core.meetings.training.aggregates import Aggregates, aggregate
from sotay.core.meetings.training.facts import MeetingFacts, meeting_facts
from sotay.core.meetings.training.pack import PackSpec
from sotay.core.meetings.training.pack_html import standalone_pack
from sotay.core.meetings.training.pages import training_entries, training_pages
from sotay.core.meetings.training.report import stats_json, stats_text
from sotay.core.meetings.training.selection import FILTERS, parse_filters, select
from sotay.core.meetings.training.themes import THEMES, Theme, themes_of

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
    "training_entries",
    "training_pages",
]
