"""Measure the importer on its corpus: per format and per field, how many stated values it read right, missed,
or got wrong (a value present but different, or a value the document does not state).

    python scripts/bench_import.py [--corpus DIR] [--no-scans] [--details]

Without --corpus the corpus is generated into a temporary folder (gen_import_corpus.py). Targets (issue 23):
at least 95 % of stated fields right in text formats, 85 % through OCR, and no wrong value in text formats.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from gen_import_corpus import generate
from sotay.core.documents.docnumber import parse_number
from sotay.core.importer import ImportRefused, import_bytes, read_draft, read_source
from sotay.core.importer.markdown import references

OCR_FORMATS = ("png", "pdf-scan")
LETTER_FIELDS = ("kind", "number", "issuer", "parent", "issued", "subject", "signer")
MEETING_FIELDS = ("cell", "organization", "date", "meeting_type", "cell_type", "members", "attended", "speakers",
                  "strengths", "limitations", "lessons")
ARTICLE_FIELDS = ("title", "issued", "author")
LIST_FIELDS = ("citations", "based_on")
# What a party website puts around an article: none of it may reach the draft.
FURNITURE = ("Lượt xem", "Đánh giá:", "Tin liên quan", "Văn bản mới", "99-HD/TU", "Back to top", "Tổng lượt truy cập",
             "Trang chủ", "Đảng ủy xã Phiêng Lu sơ kết")


def read_values(path: Path) -> tuple[dict, str]:
    """The values the importer reads from one file, by the corpus's field names, and the draft it writes."""
    data = path.read_bytes()
    try:
        draft = read_draft(read_source(data, path.name))
        text = import_bytes(data, path.name).text
    except ImportRefused:
        return {}, ""
    based_on, mentioned = references(draft)
    values = {name: getattr(draft, name) for name in LETTER_FIELDS + ARTICLE_FIELDS if hasattr(draft, name)}
    values["issued"] = draft.issued.isoformat() if draft.issued else None
    values["citations"] = based_on + [m.doc.canonical for m in mentioned]
    values["based_on"] = based_on
    if draft.meeting:
        meeting = draft.meeting
        values |= {name: getattr(meeting, name) for name in MEETING_FIELDS}
        values["date"] = meeting.date.isoformat() if meeting.date else None
        values |= {name: len(getattr(meeting, name)) or None for name in ("strengths", "limitations", "lessons")}
    return values, text


def compare(layout: str, expected: dict, found: dict, text: str) -> list[tuple[str, str, object, object]]:
    """(field, outcome, expected, found) for every stated field, every cited number, and every value read that the
    document does not state; outcome is right, missing or wrong."""
    fields = {"letter": LETTER_FIELDS, "meeting": MEETING_FIELDS, "article": ARTICLE_FIELDS}[layout]
    results = []
    for name in fields:
        want, got = expected.get(name), found.get(name)
        if want is None:
            if got is not None:
                results.append((name, "wrong", None, got))
        elif got is None:
            results.append((name, "missing", want, None))
        else:
            results.append((name, "right" if got == want else "wrong", want, got))
    for name in LIST_FIELDS:
        if name not in expected or (name == "based_on" and layout != "letter"):
            continue
        want = {_key(n): n for n in expected[name]}
        got = {_key(n): n for n in found.get(name, [])}
        results += [(name, "right" if key in got else "missing", number, got.get(key)) for key, number in want.items()]
        results += [(name, "wrong", None, number) for key, number in got.items() if key not in want]
    if layout == "article":
        present = [piece for piece in FURNITURE if piece in text]
        results.append(("furniture", "wrong" if present else "right", "none", present or None))
    return results


def _key(number: str):
    parsed = parse_number(number)
    return parsed.loose_key if parsed else number


def run(corpus: Path) -> tuple[dict, dict, list, float]:
    by_format: dict[str, Counter] = defaultdict(Counter)
    by_field: dict[str, Counter] = defaultdict(Counter)
    wrong: list = []
    started = time.perf_counter()
    for path in sorted(corpus.iterdir()):
        if path.suffix == ".json" or path.name == "README.md":
            continue
        expected = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
        found, text = read_values(path)
        for field, outcome, want, got in compare(expected["layout"], expected["fields"], found, text):
            by_format[expected["format"]][outcome] += 1
            by_field[field][outcome] += 1
            if outcome != "right":
                wrong.append((path.name, field, outcome, want, got))
    return by_format, by_field, wrong, time.perf_counter() - started


def table(title: str, rows: dict[str, Counter]) -> str:
    lines = [f"{title:<14}{'right':>7}{'missing':>9}{'wrong':>7}{'stated':>8}{'% right':>9}"]
    total = Counter()
    for name, counts in sorted(rows.items()):
        total.update(counts)
        lines.append(_row(name, counts))
    lines.append(_row("all", total))
    return "\n".join(lines)


def _row(name: str, counts: Counter) -> str:
    stated = counts["right"] + counts["missing"] + counts["wrong"]
    share = 100 * counts["right"] / stated if stated else 0
    return f"{name:<14}{counts['right']:>7}{counts['missing']:>9}{counts['wrong']:>7}{stated:>8}{share:>8.1f}%"


def targets(by_format: dict[str, Counter]) -> list[str]:
    """The issue's targets, each with whether it is met."""
    text, ocr = Counter(), Counter()
    for name, counts in by_format.items():
        (ocr if name in OCR_FORMATS else text).update(counts)
    share = lambda c: 100 * c["right"] / max(1, c["right"] + c["missing"] + c["wrong"])  # noqa: E731
    return [f"text formats: {share(text):.1f} % right (target ≥ 95 %): {'met' if share(text) >= 95 else 'NOT met'}",
            f"text formats: {text['wrong']} wrong (target 0): {'met' if text['wrong'] == 0 else 'NOT met'}",
            f"OCR: {share(ocr):.1f} % right (target ≥ 85 %): {'met' if share(ocr) >= 85 else 'NOT met'}"
            if ocr else "OCR: not measured (--no-scans)"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a corpus written by gen_import_corpus.py (default: a new one)")
    parser.add_argument("--no-scans", action="store_true", help="leave out the scans (no OCR)")
    parser.add_argument("--details", action="store_true", help="list every value missed or wrong")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = args.corpus or Path(folder)
        if args.corpus is None:
            generate(corpus, with_scans=not args.no_scans)
        by_format, by_field, wrong, seconds = run(corpus)
        files = sum(1 for p in corpus.iterdir() if p.suffix not in (".json", ".md"))
    print(f"{files} files read in {seconds:.1f} s\n")
    print(table("format", by_format) + "\n")
    print(table("field", by_field) + "\n")
    print("\n".join(targets(by_format)))
    if args.details:
        print()
        for name, field, outcome, want, got in wrong:
            print(f"{outcome:>7}  {name}  {field}: expected {want!r}, read {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
