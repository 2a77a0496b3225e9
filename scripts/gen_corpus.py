"""A synthetic Vietnamese knowledge base of any size, valid for `sotay check`, with known answers.

    python scripts/gen_corpus.py --docs 1000 --out /tmp/corpus --seed 1

writes content/ (guides of every form, model meetings, checklists, one rubric), docs/index.md, the
project's mkdocs.yml and needles.json: one rare place name per "needle" page, each listed with the
query that must find it and the page's path. Each needle also has decoys, pages naming a place spelt
with other marks that fold to the same letters ("Đông Đầm" for "Đồng Đăm"), so only the exact
spelling tells the target apart. The same seed gives the same files, byte for byte.

`generate(root, docs, seed)` is the importable entry point (scripts/bench_*.py use it).
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
DECOYS = 2

FIRST = ["Nà", "Bó", "Khuổi", "Pác", "Phiêng", "Nậm", "Đồng", "Tà", "Mường", "Lũng", "Cốc", "Đông", "Đào",
         "Bản", "Nặm", "Thẩm", "Chiềng", "Háng", "Sủng", "Pò", "Lạng", "Khau", "Đèo", "Đà", "Đắk", "Ea"]
SECOND = ["Mòn", "Lằn", "Pục", "Hẩu", "Ngần", "Slam", "Hoa", "Lạc", "Tâm", "Mới", "Lếch", "Cọ", "Sài", "Vài",
          "Cuổi", "Nưa", "Cang", "Khoang", "Trình", "Phìn", "Sáng", "Thàng", "Lương", "Muổng", "Tồng"]
# Second syllables kept for needles only, so a needle's place name is in no other page.
NEEDLE_SECOND = ["Đăm", "Đướng", "Đíp", "Đổn", "Đuống", "Đẩy", "Đón", "Đải", "Đớ", "Điềng", "Đúc", "Đèn",
                 "Đậy", "Đốc", "Đằng", "Đĩnh", "Đươi", "Đỏng", "Đệp", "Đứa"]
TONES = "\u0301\u0300\u0309\u0303\u0323"

ISSUERS = [("TU", "Ban Thường vụ Tỉnh ủy"), ("HU", "Ban Thường vụ Huyện ủy"), ("ĐUK", "Đảng ủy Khối các cơ quan tỉnh"),
           ("BTCTU", "Ban Tổ chức Tỉnh ủy"), ("BTGTU", "Ban Tuyên giáo Tỉnh ủy"), ("ĐU", "Đảng ủy xã")]
TYPES = [("HD", "Hướng dẫn"), ("KH", "Kế hoạch"), ("CV", "Công văn"), ("QĐi", "Quy định"), ("NQ", "Nghị quyết"),
         ("TB", "Thông báo")]
TOPICS = ["nâng cao chất lượng sinh hoạt chi bộ", "sinh hoạt chuyên đề về chuyển đổi số", "đánh giá, chấm điểm chất lượng sinh hoạt",
          "ghi biên bản sinh hoạt chi bộ", "thông tin thời sự trong sinh hoạt", "phân công nhiệm vụ cho đảng viên",
          "tự phê bình và phê bình", "quán triệt văn bản cấp trên", "sinh hoạt chi bộ khu dân cư", "sổ tay đảng viên điện tử",
          "xây dựng nghị quyết chi bộ", "kết nạp đảng viên mới", "sinh hoạt chi bộ doanh nghiệp", "vệ sinh môi trường thôn bản",
          "làm đường giao thông nông thôn", "phòng chống thiên tai, lũ quét", "giảm nghèo bền vững", "an ninh trật tự địa bàn"]
SUBJECTS = ["Chi ủy", "Bí thư chi bộ", "Đồng chí phó bí thư", "Các đảng viên", "Tổ đảng", "Cấp ủy cấp trên", "Đảng viên cao tuổi",
            "Chi bộ", "Đảng ủy xã", "Cán bộ tập huấn", "Tổ công tác"]
VERBS = ["chuẩn bị chu đáo", "thảo luận sôi nổi về", "thống nhất", "phân công theo dõi", "đánh giá nghiêm túc", "quán triệt đầy đủ",
         "kiểm tra việc thực hiện", "rút kinh nghiệm về", "biểu quyết thông qua", "đề xuất giải pháp cho", "báo cáo kết quả",
         "bàn biện pháp khắc phục", "góp ý thẳng thắn về", "tổ chức thực hiện"]
OBJECTS = ["dự thảo nghị quyết tháng tới", "nội dung sinh hoạt thường kỳ", "việc thu hoạch vụ mùa", "công tác vận động nhân dân",
           "chương trình sinh hoạt chuyên đề", "tỷ lệ đảng viên dự họp", "biên bản cuộc họp", "nhiệm vụ trọng tâm của quý",
           "việc đóng đảng phí", "kế hoạch làm đường liên thôn", "phong trào thi đua", "ý kiến của quần chúng",
           "tài liệu trên sổ tay đảng viên điện tử", "việc giữ gìn an ninh thôn", "kết quả chấm điểm chất lượng"]
TAILS = ["trước ngày sinh hoạt", "theo đúng hướng dẫn", "với tinh thần trách nhiệm cao", "trong tháng", "ở từng tổ đảng",
         "sau buổi sinh hoạt", "để nghị quyết sát thực tế", "nhưng còn một số hạn chế", "và giao cho từng người", ""]
CHECK_ITEMS = ["Họp chi ủy thống nhất nội dung", "Gửi tài liệu lên sổ tay đảng viên điện tử", "Chuẩn bị thông tin thời sự",
               "Dự thảo nghị quyết", "Điểm danh, nêu lý do vắng", "Cử người ghi biên bản", "Biểu quyết nghị quyết",
               "Phân công đảng viên thực hiện", "Chấm điểm chất lượng sinh hoạt", "Thông báo nghị quyết đến tổ đảng",
               "Kiểm tra việc thực hiện nghị quyết", "Lưu biên bản và tài liệu"]
CELL_TYPES = ["khu-dan-cu", "co-quan", "su-nghiep", "doanh-nghiep", "luc-luong-vu-trang"]
CELL_NAMES = {"khu-dan-cu": "thôn", "co-quan": "Văn phòng", "su-nghiep": "Trường tiểu học", "doanh-nghiep": "Phân xưởng",
              "luc-luong-vu-trang": "Quân sự xã"}
MEETINGS = ["thuong-ky", "chuyen-de"]
PHASES = ["truoc", "trong", "sau"]


@dataclass(frozen=True)
class Needle:
    """A query with one right page: `query` is the place name as written in `target` (a site source path)."""

    query: str
    target: str
    url: str
    decoys: tuple[str, ...]


def generate(root: Path | str, docs: int, seed: int = 1) -> list[Needle]:
    """Write a knowledge base of `docs` documents under `root`; return (and write to needles.json) its needles."""
    root = Path(root)
    rng = random.Random(seed)
    plans = _plan(docs)
    needles = _needles(plans, rng)
    mentions: dict[int, list[str]] = {}
    for needle, target, decoys in needles:
        mentions.setdefault(target, []).append(needle.query)
        for decoy in decoys:
            mentions.setdefault(decoy, []).append(_variant(needle.query, rng))
    for index, (kind, slug, maker) in enumerate(plans):
        path = root / "content" / kind / f"{slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(maker(_Context(rng, index, mentions.get(index, []))), encoding="utf-8")
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "docs" / "index.md").write_text(f"# Sổ tay thử nghiệm\n\nKho tài liệu tổng hợp gồm {docs} tài liệu.\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    result = [needle for needle, _, _ in needles]
    (root / "needles.json").write_text(json.dumps([asdict(n) for n in result], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result


@dataclass
class _Context:
    rng: random.Random
    index: int
    mentions: list[str]


def _plan(docs: int) -> list[tuple[str, str, object]]:
    """(kind, slug, maker) of every document: one rubric, then guides, meetings and checklists in fixed shares."""
    docs = max(docs, 4)
    guides, meetings = round((docs - 1) * 0.35), round((docs - 1) * 0.45)
    counts = [("guides", "huong-dan", guides, _guide), ("model-meetings", "sinh-hoat", meetings, _meeting),
              ("checklists", "danh-muc", docs - 1 - guides - meetings, _checklist)]
    return [("rubrics", "khung-thu", _rubric)] + [
        (kind, f"{prefix}-{n:05d}", maker) for kind, prefix, count, maker in counts for n in range(count)]


def _needles(plans: list, rng: random.Random) -> list[tuple[Needle, int, list[int]]]:
    """One needle per 20 documents (at least 3, at most 60) in distinct pages, each with its decoy pages.

    Needles and decoys go to documents in force: one no longer in force ranks lower by design, so it
    would be no known answer."""
    pages = [i for i in range(1, len(plans)) if not _expired(plans[i][0], i)]
    rng.shuffle(pages)
    count = min(60, max(3, len(plans) // 20), len(pages) // (1 + DECOYS))
    found = []
    for n in range(count):
        name = f"{FIRST[(n * 7) % len(FIRST)]} {NEEDLE_SECOND[n % len(NEEDLE_SECOND)]}"
        if n >= len(NEEDLE_SECOND):
            name += f" {SECOND[n % len(SECOND)]}"
        target, *decoys = pages[n * (1 + DECOYS):(n + 1) * (1 + DECOYS)]
        paths = [f"{plans[i][0]}/{plans[i][1]}" for i in (target, *decoys)]
        found.append((Needle(name, paths[0] + ".md", paths[0] + "/", tuple(p + ".md" for p in paths[1:])), target, decoys))
    return found


def _expired(kind: str, index: int) -> bool:
    """Whether the document at this place of the plan is an official document no longer in force."""
    return kind == "guides" and index % 9 == 0


def _variant(name: str, rng: random.Random) -> str:
    """The same letters with other tone marks: folds to the same text, differs when written exactly."""
    words = []
    for word in name.split():
        base = unicodedata.normalize("NFD", word)
        tones = [c for c in base if c in TONES]
        plain = "".join(c for c in base if c not in TONES)
        choices = [t for t in ("", *TONES) if t not in tones]
        tone = choices[rng.randrange(len(choices))]
        vowel = max(i for i, c in enumerate(plain) if c.lower() in "aeiouy")
        after = vowel + 1
        while after < len(plain) and unicodedata.combining(plain[after]):
            after += 1  # the tone goes after the vowel's own hat, breve or horn, or NFC cannot compose them
        words.append(unicodedata.normalize("NFC", plain[:after] + tone + plain[after:]))
    return " ".join(words)


def _place(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(SECOND)}"


def _sentence(rng: random.Random) -> str:
    tail = rng.choice(TAILS)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{' ' + tail if tail else ''}."


def _paragraphs(ctx: _Context, count: int) -> list[str]:
    rng = ctx.rng
    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(3, 6))) for _ in range(count)]
    for mention in ctx.mentions:
        where = rng.randrange(len(paragraphs))
        paragraphs[where] += f" Tại bản {mention}, {_sentence(rng)[0].lower()}{_sentence(rng)[1:]}"
    return paragraphs


def _day(rng: random.Random) -> date:
    return date(2016, 1, 1) + timedelta(days=rng.randrange(365 * 10))


def _front(fields: dict) -> str:
    return "---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields.items()) + "---\n\n"


def _common(ctx: _Context, title: str) -> dict:
    rng = ctx.rng
    return {"title": title, "summary": f"Tài liệu về {rng.choice(TOPICS)} tại {_place(rng)}.",
            "tags": rng.sample(TOPICS, 2), "example": True}


def _guide(ctx: _Context) -> str:
    rng = ctx.rng
    topic = rng.choice(TOPICS)
    form = ("van-ban", "huong-dan", "bai-viet")[ctx.index % 3]
    fields = _common(ctx, "")
    if form == "van-ban":
        (issuer_code, issuer), (type_code, type_name) = rng.choice(ISSUERS), rng.choice(TYPES)
        number = f"{ctx.index}-{type_code}/{issuer_code}"
        fields |= {"title": f"{type_name} {number} về {topic}", "form": form, "number": number, "issuer": issuer,
                   "issued": _day(rng).isoformat()}
        if _expired("guides", ctx.index):
            fields["status"] = "het-hieu-luc"
    else:
        fields |= {"title": f"{'Hướng dẫn' if form == 'huong-dan' else 'Kinh nghiệm'} {topic} ở {_place(rng)}", "form": form}
    fields |= {"meeting_types": rng.sample(MEETINGS, rng.randint(1, 2)), "cell_types": rng.sample(CELL_TYPES, rng.randint(1, 3))}
    body = []
    for heading, paragraph in zip(("Mục đích", "Nội dung", "Tổ chức thực hiện", "Ghi chú"), _paragraphs(ctx, 4)):
        body += [f"## {heading}", "", paragraph, ""]
    return _front(fields) + "\n".join(body)


def _meeting(ctx: _Context) -> str:
    rng = ctx.rng
    cell_type, meeting_type, place = rng.choice(CELL_TYPES), rng.choice(MEETINGS), _place(rng)
    when = _day(rng)
    members = rng.randint(8, 40)
    attended = rng.randint(members // 2, members)
    label = "thường kỳ" if meeting_type == "thuong-ky" else "chuyên đề"
    title = f"Chi bộ {CELL_NAMES[cell_type]} {place} sinh hoạt {label} tháng {when.month}/{when.year}"
    fields = _common(ctx, title) | {
        "cell": f"Chi bộ {CELL_NAMES[cell_type]} {place}", "organization": f"Đảng bộ xã {_place(rng)}",
        "date": when.isoformat(), "meeting_type": meeting_type, "cell_type": cell_type, "members": members,
        "attended": attended, "speakers": rng.randint(1, attended), "rubric": "khung-thu",
        "scores": {"1": rng.randint(10, 20), "2": rng.randint(30, 50), "3": rng.randint(15, 30)},
    }
    paragraphs = _paragraphs(ctx, 4)
    body = ["## Diễn biến", "", paragraphs[0], paragraphs[1], "",
            "## Ưu điểm", "", f"- {_sentence(rng)}", f"- {_sentence(rng)}", "",
            "## Hạn chế", "", f"- {paragraphs[2]}", "", "## Bài học kinh nghiệm", "", f"- {paragraphs[3]}", ""]
    return _front(fields) + "\n".join(body)


def _checklist(ctx: _Context) -> str:
    rng = ctx.rng
    phase = PHASES[ctx.index % 3]
    moment = {"truoc": "Trước", "trong": "Trong", "sau": "Sau"}[phase]
    fields = _common(ctx, f"{moment} buổi sinh hoạt ở {_place(rng)} (danh mục {ctx.index})") | {
        "phase": phase, "meeting_types": rng.sample(MEETINGS, 1)}
    items = [f"- [ ] {item}" for item in rng.sample(CHECK_ITEMS, rng.randint(4, 8))]
    return _front(fields) + "\n".join([*_paragraphs(ctx, 1), "", *items, ""])


def _rubric(ctx: _Context) -> str:
    fields = _common(ctx, "Khung chấm điểm thử nghiệm") | {
        "id": "khung-thu",
        "criteria": [{"id": "1", "title": "Chuẩn bị", "max": 20}, {"id": "2", "title": "Nội dung", "max": 50},
                     {"id": "3", "title": "Biên bản", "max": 30}],
        "ratings": [{"id": "tot", "label": "Tốt", "min_total": 90}, {"id": "kha", "label": "Khá", "min_total": 70},
                    {"id": "kem", "label": "Kém", "min_total": 0}],
    }
    return _front(fields) + "\n\n".join(_paragraphs(ctx, 2)) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="số tài liệu")
    parser.add_argument("--out", type=Path, required=True, help="thư mục gốc của sổ tay sinh ra")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    needles = generate(args.out, args.docs, args.seed)
    print(f"Đã sinh {args.docs} tài liệu và {len(needles)} câu hỏi kim vào {args.out}")


if __name__ == "__main__":
    main()
