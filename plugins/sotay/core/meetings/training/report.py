"""The aggregates as `sotay stats` prints them: readable text, or JSON for spreadsheets and scripts."""

from __future__ import annotations

from .aggregates import Aggregates
from .facts import percent


def stats_json(agg: Aggregates) -> dict:
    return {
        "meetings": agg.meetings,
        "by_year": [{"year": y.year, "total": y.total, "by_meeting_type": {c.key: c.count for c in y.by_type}} for y in agg.by_year],
        "by_meeting_type": {c.key: c.count for c in agg.by_meeting_type},
        "by_cell_type": {c.key: c.count for c in agg.by_cell_type},
        "ratings": [{"label": r.label, "recorded": r.recorded, "computed": r.computed} for r in agg.ratings],
        "scored": agg.scored,
        "rating_mismatches": list(agg.mismatches),
        "participation": [{"cell_type": p.cell_type, "meetings": p.meetings, "measured": p.measured,
                           "attendance": _round(p.attendance), "speaking": _round(p.speaking)} for p in agg.participation],
        "limitation_themes": [{"theme": t.theme.slug, "label": t.theme.problem, "meetings": list(t.meetings)}
                              for t in agg.limitation_themes],
    }


def _round(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 4)


def stats_text(agg: Aggregates) -> str:
    lines = [f"Sinh hoạt mẫu: {agg.meetings} buổi", "", "Theo năm:"]
    lines += [f"  {y.year}: {y.total} ({', '.join(f'{c.label} {c.count}' for c in y.by_type)})" for y in agg.by_year]
    lines += ["", "Theo loại hình chi bộ:"] + [f"  {c.label}: {c.count}" for c in agg.by_cell_type]
    lines += ["", f"Xếp loại (chi bộ ghi / theo khung, {agg.scored} buổi có điểm):"]
    lines += [f"  {r.label}: {r.recorded} / {r.computed}" for r in agg.ratings]
    lines.append(f"  Ghi xếp loại mà khung không cho phép: {len(agg.mismatches)}" + (f" ({', '.join(agg.mismatches)})" if agg.mismatches else ""))
    lines += ["", "Tỷ lệ dự / tỷ lệ phát biểu bình quân theo loại hình chi bộ:"]
    lines += [f"  {p.label}: {_percent(p.attendance)} / {_percent(p.speaking)} ({p.measured}/{p.meetings} buổi có số liệu)"
              for p in agg.participation]
    lines += ["", "Hạn chế gặp nhiều nhất (số buổi):"]
    lines += [f"  {t.count:>3}  {t.theme.problem}" for t in agg.limitation_themes]
    return "\n".join(lines) + "\n"


def _percent(rate: float | None) -> str:
    return "—" if rate is None else percent(rate)
