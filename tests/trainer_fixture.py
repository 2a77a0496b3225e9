"""A small knowledge base of six model meetings with known counts, for the trainer's pages, CLI and browser tests.

The rubric is the tiny base's (criteria 1 Tỷ lệ dự /20, 2 Nội dung /50, 3 Biên bản /30; Tốt needs 90 and full marks on 1 and 3).

Expected aggregates (worked out by hand from the files below):
- per year and type: 2024 thường kỳ 1; 2025 thường kỳ 2, chuyên đề 1; 2026 thường kỳ 1, chuyên đề 1
- recorded ratings: Tốt 2, Khá 2, Trung bình 1, Kém 0, Chưa xếp loại 1; by the rubric: Tốt 2, Khá 2, Trung bình 1
- b-thon-2025 records Tốt with 83 points: the only mismatch; d-co-quan-2025 has no scores
- attendance by cell type: khu-dan-cu (0.9 + 0.8) / 2, co-quan 1.0 (one meeting of two measured), su-nghiep (0.8 + 1.0) / 2
- limitation themes: Biên bản 4 meetings, phát biểu 2, then thời lượng, thời sự, nghị quyết 1 each; d has an unthemed one
"""

from __future__ import annotations

from pathlib import Path

from conftest import RUBRIC, write_base


def meeting(title: str, fields: str, limitations: list[str], strengths: str = "Chuẩn bị sớm.",
            lessons: str = "Thư ký ghi kết luận sau mỗi vấn đề.") -> str:
    bullets = "\n".join(f"- {text}" for text in limitations)
    return (f"---\ntitle: {title}\nexample: true\n{fields}\n---\nDiễn biến buổi sinh hoạt.\n\n"
            f"## Ưu điểm\n\n- {strengths}\n\n## Hạn chế\n\n{bullets}\n\n## Bài học kinh nghiệm\n\n- {lessons}\n")


MEETINGS = {
    "a-thon-2024": meeting("Chi bộ thôn A sinh hoạt thường kỳ", """\
cell: Chi bộ thôn A
organization: Đảng bộ xã Một
date: 2024-03-10
meeting_type: thuong-ky
cell_type: khu-dan-cu
members: 20
attended: 18
speakers: 6
rubric: khung
scores: {"1": 20, "2": 45, "3": 30}
rating: tot""", ["Ít đảng viên phát biểu.", "Biên bản thiếu kết luận."]),
    "b-thon-2025": meeting("Chi bộ thôn B sinh hoạt thường kỳ", """\
cell: Chi bộ thôn B
organization: Đảng bộ xã Một
date: 2025-05-02
meeting_type: thuong-ky
cell_type: khu-dan-cu
members: 10
attended: 8
speakers: 2
rubric: khung
scores: {"1": 18, "2": 40, "3": 25}
rating: tot""", ["Biên bản sơ sài.", "Thời sự đọc chép."]),
    "c-co-quan-2025": meeting("Chi bộ Văn phòng sinh hoạt chuyên đề", """\
cell: Chi bộ Văn phòng <Khối> & Ban
organization: Đảng bộ Cơ quan Hai
date: 2025-09-09
meeting_type: chuyen-de
cell_type: co-quan
members: 12
attended: 12
speakers: 9
rubric: khung
scores: {"1": 20, "2": 35, "3": 20}
rating: kha""", ["Biên bản chưa ghi ý kiến.", "Nghị quyết chung chung."]),
    "d-co-quan-2025": meeting("Chi bộ Phòng Tài vụ sinh hoạt thường kỳ", """\
cell: Chi bộ Phòng Tài vụ
organization: Đảng bộ Cơ quan Hai
date: 2025-11-20
meeting_type: thuong-ky
cell_type: co-quan""", ["Mưa to nên nhiều người đến muộn."]),
    "e-truong-2026": meeting("Chi bộ Trường E sinh hoạt chuyên đề", """\
cell: Chi bộ Trường E
organization: Đảng bộ xã Ba
date: 2026-01-15
meeting_type: chuyen-de
cell_type: su-nghiep
members: 30
attended: 24
speakers: 6
rubric: khung
scores: {"1": 10, "2": 30, "3": 15}
rating: trung-binh""", ["Ít đảng viên phát biểu, chủ yếu là chi ủy viên.", "Thời lượng chỉ 60 phút."]),
    "f-truong-2026": meeting("Chi bộ Trường F sinh hoạt thường kỳ", """\
cell: Chi bộ Trường F
organization: Đảng bộ xã Ba
date: 2026-02
meeting_type: thuong-ky
cell_type: su-nghiep
members: 16
attended: 16
speakers: 8
rubric: khung
scores: {"1": 20, "2": 48, "3": 30}
rating: kha""", ["Biên bản đọc lại vội."], lessons="Xem thêm [khung chấm điểm](../rubrics/khung.md)."),
}

TRAINER_BASE = {"content/rubrics/khung.md": RUBRIC, "docs/index.md": "# Trang chủ\n"} | {
    f"content/model-meetings/{slug}.md": text for slug, text in MEETINGS.items()}


def write_trainer_base(root: Path) -> Path:
    return write_base(root, TRAINER_BASE)
