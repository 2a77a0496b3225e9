"""Rules across the whole base: duplicates, unknown ids, relation contradictions, rubric scores."""

from __future__ import annotations

from collections import defaultdict

from ..diagnostics import Diagnostic, error, warning
from ..documents.docnumber import parse_number
from ..documents.relations import RelationIndex
from ..field_labels import field_label
from ..meetings.rubric import assess, blocking_rules, format_points, on_step
from ..model import Document, Guide, ModelMeeting, Rubric


def check_base(documents: list[Document], relations: RelationIndex, lines) -> list[Diagnostic]:
    """`lines(document, field)` gives the line of a field in its file."""
    found: list[Diagnostic] = []
    guides = [d for d in documents if isinstance(d, Guide)]
    rubrics = {d.id: d for d in documents if isinstance(d, Rubric)}
    found += _duplicate_numbers(guides, lines)
    found += _duplicate_rubrics([d for d in documents if isinstance(d, Rubric)], lines)
    found += _relation_problems(relations, lines)
    for meeting in (d for d in documents if isinstance(d, ModelMeeting)):
        found += check_scores(meeting, rubrics, lines)
    found += [_unreviewed(doc, lines) for doc in documents if doc.unreviewed and not getattr(doc, "source_guide", None)]
    return found


def _unreviewed(doc: Document, lines) -> Diagnostic:
    status = " và `status`" if isinstance(doc, Guide) else ""
    return warning(doc.path, lines(doc, "imported"), "imported",
                   "bản nhập tự động chưa duyệt: trang hiện thông báo, chưa vào các bộ chuẩn bị và danh sách còn hiệu lực",
                   f"đối chiếu với tệp gốc (`sotay review {doc.path}`), sửa, rồi ghi `verified: {{date: …, source: …}}`{status}")


def _duplicate_numbers(guides: list[Guide], lines) -> list[Diagnostic]:
    seen: dict[tuple, list[Guide]] = defaultdict(list)
    for guide in guides:
        if guide.number:
            seen[parse_number(guide.number).key].append(guide)
    return [
        error(later.path, lines(later, "number"), "number", f"số hiệu {later.number} trùng với {first.path}",
              "mỗi văn bản một tệp; nếu là hai văn bản khác nhau, kiểm tra lại cơ quan ban hành")
        for group in seen.values() if len(group) > 1
        for first, later in [(group[0], other) for other in group[1:]]
    ]


def _duplicate_rubrics(rubrics: list[Rubric], lines) -> list[Diagnostic]:
    first: dict[str, Rubric] = {}
    found = []
    for rubric in rubrics:
        if rubric.id in first:
            found.append(error(rubric.path, lines(rubric, "id"), "id", f"mã khung chấm điểm `{rubric.id}` trùng với {first[rubric.id].path}",
                               "đặt một mã khác"))
        first.setdefault(rubric.id, rubric)
    return found


def _relation_problems(relations: RelationIndex, lines) -> list[Diagnostic]:
    found = []
    for edge in relations.edges:
        if edge.target is None and len(edge.candidates) > 1:
            found.append(warning(edge.source.path, lines(edge.source, edge.relation), edge.relation,
                                 f"số hiệu {edge.target_number} trong {field_label(edge.relation)} có thể chỉ {either(edge.candidates)}; sổ tay không tự chọn",
                                 AMBIGUITY_HINT))
        elif edge.target is None:
            found.append(warning(edge.source.path, lines(edge.source, edge.relation), edge.relation,
                                 f"văn bản {edge.target_number} trong {field_label(edge.relation)} chưa có trong sổ tay",
                                 "thêm văn bản đó vào content/guides/ hoặc kiểm tra số hiệu"))
        elif edge.relation == "supersedes" and edge.target.status.in_force:
            found.append(warning(edge.target.path, lines(edge.target, "status"), "status",
                                 f"văn bản được ghi là còn hiệu lực nhưng đã bị {edge.source.number} ({edge.source.path}) thay thế",
                                 "ghi `status: het-hieu-luc`"))
    for cycle in relations.supersedes_cycles():
        names = " → ".join(g.number or g.path for g in cycle + cycle[:1])
        found.append(error(cycle[0].path, lines(cycle[0], "supersedes"), "supersedes", f"quan hệ thay thế thành vòng: {names}",
                           "một văn bản không thể vừa thay thế vừa bị thay thế bởi cùng một văn bản"))
    return found


AMBIGUITY_HINT = "viết đúng số hiệu đầy đủ của văn bản (ví dụ 14-QĐi/TU, ĐUK thay cho DUK) hoặc ghi rõ loại và ngày ban hành"


def either(guides) -> str:
    """The candidates a reader must choose from, each with its file."""
    return " hoặc ".join(f"{g.number} ({g.path})" for g in guides)


def check_scores(meeting: ModelMeeting, rubrics: dict[str, Rubric], lines) -> list[Diagnostic]:
    """Scores fit the rubric (errors); a recorded rating the rules do not allow is a warning."""
    if meeting.rubric is None:
        return []
    rubric = rubrics.get(meeting.rubric)
    if rubric is None:
        return [error(meeting.path, lines(meeting, "rubric"), "rubric", f"không có khung chấm điểm mã `{meeting.rubric}`",
                      f"các mã hiện có: {', '.join(sorted(rubrics)) or '(chưa có)'}")]
    maxima = {c.id: c.max for c in rubric.criteria}
    found = []
    for cid, points in meeting.scores:
        field = f"scores.{cid}"
        if cid not in maxima:
            found.append(error(meeting.path, lines(meeting, field), field, f"tiêu chí `{cid}` không có trong khung `{rubric.id}`",
                               f"các mã tiêu chí: {', '.join(maxima)}"))
        elif points > maxima[cid]:
            found.append(error(meeting.path, lines(meeting, field), field,
                               f"tiêu chí {cid} được {points:g} điểm, vượt điểm tối đa {maxima[cid]:g}", None))
        elif not on_step(points, rubric.step):
            found.append(warning(meeting.path, lines(meeting, field), field,
                                 f"tiêu chí {cid} được {format_points(points)} điểm, không phải bội của bước điểm "
                                 f"{format_points(rubric.step)} của khung `{rubric.id}`", "kiểm tra lại điểm đã ghi"))
    if found or meeting.rating is None:
        return found
    ratings = {r.id: r for r in rubric.ratings}
    recorded = ratings.get(meeting.rating)
    if recorded is None:
        return [error(meeting.path, lines(meeting, "rating"), "rating", f"xếp loại `{meeting.rating}` không có trong khung `{rubric.id}`",
                      f"chọn một trong: {', '.join(ratings)}")]
    if meeting.scores:
        problem = rating_note(rubric, meeting)
        if problem:
            found.append(warning(meeting.path, lines(meeting, "rating"), "rating", problem,
                                 _expected(rubric, meeting)))
    return found


def rating_note(rubric: Rubric, meeting: ModelMeeting) -> str | None:
    """Why the recorded rating breaks the rubric, or None when the rules allow it."""
    scores = dict(meeting.scores)
    recorded = next(r for r in rubric.ratings if r.id == meeting.rating)
    problems = blocking_rules(rubric, recorded, scores)
    if not problems:
        return None  # a rating the rules allow (even one below the best allowed) is the cell's choice
    return f"xếp loại ghi là \"{recorded.label}\" nhưng {' và '.join(problems)} nên không đủ điều kiện xếp loại {recorded.label}"


def _expected(rubric: Rubric, meeting: ModelMeeting) -> str:
    rating = assess(rubric, dict(meeting.scores)).rating
    return f"theo khung, xếp loại đúng là {rating.label}" if rating else "theo khung, điểm này chưa đạt mức xếp loại nào"
