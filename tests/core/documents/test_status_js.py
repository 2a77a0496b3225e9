"""The browser's periodOn (assets/status.js) agrees with the core's period_on on every day around each change."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from sotay.core.documents.status import period_on, timeline, timeline_data
from test_status import EXPIRING, NEW, OLD, PARTLY, RELATIONS

STATUS_JS = Path(__file__).resolve().parents[3] / "plugins/sotay/core/assets/status.js"
NODE = shutil.which("node")
# The classic script registers on window.sotay, as in a page; node's global object stands in for window.
LOAD = f"globalThis.window = globalThis; require({json.dumps(str(STATUS_JS))}); const s = window.sotay.status;"


@pytest.mark.skipif(NODE is None, reason="needs node to run the browser script")
@pytest.mark.parametrize("doc", [OLD, NEW, EXPIRING, PARTLY], ids=lambda d: d.number)
def test_browser_and_core_give_the_same_answer(doc):
    periods = timeline(doc, RELATIONS)
    days = [p.start + timedelta(days=shift) for p in periods if p.start for shift in (-1, 0, 1)]
    script = (f"{LOAD} const periods = {json.dumps(timeline_data(periods))};"
              f"console.log(JSON.stringify({json.dumps([d.isoformat() for d in days])}.map(d => s.periodOn(periods, d).reason)));")
    answers = json.loads(subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True).stdout)
    assert answers == [period_on(periods, day).reason for day in days]


@pytest.mark.skipif(NODE is None, reason="needs node to run the browser script")
def test_format_day_writes_day_first():
    script = f"{LOAD} console.log(s.formatDay('2024-04-05'))"
    assert subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True).stdout.split() == ["05/04/2024"]


@pytest.mark.skipif(NODE is None, reason="needs node to run the browser script")
@pytest.mark.parametrize(("typed", "day"), [
    ("05/04/2024", "2024-04-05"), ("5/4/2024", "2024-04-05"), (" 05-04-2024 ", "2024-04-05"), ("05.04.2024", "2024-04-05"),
    ("29/02/2024", "2024-02-29"), ("29/02/2023", None), ("31/04/2024", None), ("04/13/2024", None), ("2024-04-05", None),
    ("5/4/24", None), ("", None), ("hôm nay", None),
])
def test_parse_day_reads_day_month_year(typed: str, day: str | None):
    script = f"{LOAD} console.log(JSON.stringify(s.parseDay({json.dumps(typed)})))"
    assert json.loads(subprocess.run([NODE, "-e", script], capture_output=True, text=True, check=True).stdout) == day
