"""SVG charts parse as XML, say what they show in <title>/<desc>, and draw exactly the aggregates' numbers."""

import xml.etree.ElementTree as ET

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.training import aggregate, meeting_facts
from sotay.core.meetings.training import charts
from trainer_fixture import write_trainer_base

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def agg(tmp_path):
    kb = KnowledgeBase.load(write_trainer_base(tmp_path / "base"))
    return aggregate(meeting_facts(kb.documents), kb.rubrics.values())


def bars(chart):
    root = ET.fromstring(charts.svg(chart))
    return root, {(r.get("data-series"), r.get("data-category")): r for r in root.iter(f"{SVG}rect") if r.get("data-series")}


def value(rect):
    return float(rect.get("data-value")) if rect.get("data-value") else None


def test_meetings_per_year_bars_are_the_counts(agg):
    root, found = bars(charts.meetings_per_year(agg))
    expected = {(c.label, str(y.year)): c.count for y in agg.by_year for c in y.by_type}
    assert {key: value(rect) for key, rect in found.items()} == expected
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Số buổi sinh hoạt mẫu theo năm và loại sinh hoạt"
    assert "2025: Sinh hoạt thường kỳ 2, Sinh hoạt chuyên đề 1" in root.find(f"{SVG}desc").text
    assert set(root.get("aria-labelledby").split()) == {root.find(f"{SVG}title").get("id"), root.find(f"{SVG}desc").get("id")}


def test_bar_lengths_are_proportional_on_one_scale(agg):
    _, found = bars(charts.limitation_themes(agg))
    widths = {category: float(rect.get("width")) for (_, category), rect in found.items()}
    assert widths["Biên bản chưa đầy đủ"] == pytest.approx(2 * widths["Ít đảng viên phát biểu"], rel=0.02)
    assert widths["Biên bản chưa đầy đủ"] <= charts.WIDTH - charts.VALUE_ROOM


def test_rating_chart_has_recorded_and_computed_series(agg):
    _, found = bars(charts.rating_distribution(agg))
    assert {key: value(rect) for key, rect in found.items()} == {
        (series, r.label): count for r in agg.ratings for series, count in (("Chi bộ ghi", r.recorded), ("Theo khung chấm điểm", r.computed))}


def test_participation_chart_shows_rates_and_missing_data(agg):
    chart = charts.participation(agg)
    root, found = bars(chart)
    assert value(found[("Tỷ lệ dự", "Chi bộ khu dân cư (thôn, bản, tổ dân phố)")]) == pytest.approx(0.85)
    assert float(found[("Tỷ lệ dự", "Chi bộ cơ quan")].get("width")) == charts.WIDTH - charts.VALUE_ROOM  # 100 %
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "85%" in texts and "100%" in texts


def test_figure_pairs_the_chart_with_a_data_table(agg):
    html = charts.figure(charts.meetings_per_year(agg))
    table = ET.fromstring(html).find(".//table")
    rows = [[cell.text for cell in row] for row in table.iter("tr")]
    assert rows == [["Năm", "Sinh hoạt thường kỳ", "Sinh hoạt chuyên đề"], ["2024", "1", "0"], ["2025", "2", "1"], ["2026", "1", "1"]]


def test_labels_are_escaped_and_long_labels_wrap():
    chart = charts.BarChart("x", "A <b> & c", "s", "Nhóm", ("<script>", "một nhãn rất dài " * 6), (charts.Series("n", (1, 2)),))
    root = ET.fromstring(charts.svg(chart))  # would not parse if anything were left unescaped
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "<script>" in texts and root.find(f"{SVG}title").text == "A <b> & c"
    assert all(len(t) <= charts.WRAP for t in texts)
