"""`sotay import` as a committee office runs it: a folder of received files in, drafts out, nothing overwritten by
surprise; the drafts pass `sotay check` with only the draft warning and show the draft notice once built."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import TINY_BASE, write_base
from gen_import_corpus import article_html, article_txt, letter_docx, letter_pdf, letter_txt, scans
from import_corpus_documents import ARTICLES, LETTERS, REPORTS
from sotay.adapters.mkdocs.site_build import build_site
from sotay.cli.main import cli
from sotay.core.importer.formats.ocr import OcrUnavailable, tesseract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
# The documents the Word file's "Căn cứ" lines cite: with them in the base, `based_on` points at pages that exist
# (without them check warns that each is missing, as it should).
BASES = {f"content/guides/{slug}.md": f"---\ntitle: {title}\nform: van-ban\nnumber: {number}\nissuer: {issuer}\n"
                                       f"issued: {issued}\nverified: {{date: 2025-05-01, source: Văn phòng}}\n---\nVăn bản.\n"
         for slug, title, number, issuer, issued in (
             ("qdi-09-tu", "Quy định về sinh hoạt chi bộ", "09-QĐi/TU", "Tỉnh ủy Bình An", "2023-01-20"),
             ("hd-12-btctw", "Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ", "12-HD/BTCTW", "Ban Tổ chức Trung ương",
              "2018-07-06"))}
OLD_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # a Word 97-2003 file's first sector
SHORT = replace(LETTERS[0], body=LETTERS[0].body[:1] + LETTERS[0].body[-1:])  # one page, quick to read through OCR


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def ocr_available() -> bool:
    try:
        tesseract()
    except OcrUnavailable as exc:
        if os.environ.get("CI") == "true":
            raise
        print(f"\n!!! OCR tests skipped: {exc}")
        return False
    return True


@pytest.fixture(scope="module")
def received(tmp_path_factory) -> Path:
    """Last month's received files, one of each format."""
    folder = tmp_path_factory.mktemp("nhan") / "van-ban-thang-11"
    folder.mkdir()
    (folder / "cv-915-du.txt").write_text(letter_txt(LETTERS[0]), encoding="utf-8")
    (folder / "hd-07-btctu.docx").write_bytes(letter_docx(LETTERS[4]))
    (folder / "kh-46-du.pdf").write_bytes(letter_pdf(LETTERS[7]))
    (folder / "bao-cao-giang-ta.docx").write_bytes(letter_docx(REPORTS[0].letter))
    (folder / "bai-giang-ta.html").write_text(article_html(ARTICLES[0]), encoding="utf-8")
    (folder / "ghi-chu.doc").write_bytes(OLD_WORD)  # not an extension folders import
    return folder


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("quet")
    png, pdf = scans(letter_pdf(SHORT))
    (folder / "cv-915-du-anh.png").write_bytes(png)
    (folder / "cv-915-du-scan.pdf").write_bytes(pdf)
    return folder


def test_a_folder_of_every_format_becomes_drafts_that_check_and_build_with_the_notice(tmp_path: Path, received: Path):
    base = write_base(tmp_path / "base", TINY_BASE | BASES)
    result = run("import", str(received), "--root", str(base))
    assert result.exit_code == 0, result.output
    guides, meetings = base / "content" / "guides", base / "content" / "model-meetings"
    assert {"cv-915-du.md", "hd-07-btctu.md", "kh-46-du.md"} <= {p.name for p in guides.iterdir()}
    assert "chi-bo-thon-giang-ta-2025-03-15.md" in {p.name for p in meetings.iterdir()}
    assert "+ cv-915-du.txt" in result.stdout and "5 tệp: 5 ghi mới" in result.stdout
    check = run("check", "--root", str(base))
    assert check.exit_code == 0 and "0 lỗi" in check.stderr, check.output
    imported = {f"content/guides/{name}.md" for name in ("cv-915-du", "hd-07-btctu", "kh-46-du")} | {
        "content/guides/chi-bo-thon-giang-ta-doi-moi-sinh-hoat-chuyen-de.md",
        "content/model-meetings/chi-bo-thon-giang-ta-2025-03-15.md"}
    about = [line for line in check.stdout.splitlines() if line.split(":", 1)[0] in imported]
    assert len(about) == 5 and all(": cảnh báo: bản nhập tự động chưa duyệt" in line for line in about), check.stdout
    assert run("check", "--root", str(base), "--strict").exit_code == 1
    assert_built_as_drafts(base, tmp_path / "site", {
        "guides/cv-915-du": "cv-915-du.txt", "guides/hd-07-btctu": "hd-07-btctu.docx", "guides/kh-46-du": "kh-46-du.pdf",
        "guides/chi-bo-thon-giang-ta-doi-moi-sinh-hoat-chuyen-de": "bai-giang-ta.html",
        "model-meetings/chi-bo-thon-giang-ta-2025-03-15": "bao-cao-giang-ta.docx"})


def assert_built_as_drafts(base: Path, site: Path, pages: dict[str, str]) -> None:
    """Built, each page (by its path, with the file it was imported from) shows the draft notice and is listed on
    the committee's page of drafts to review, with its source."""
    build_site(base, site)
    waiting = (site / "cap-uy" / "van-ban-cho-duyet" / "index.html").read_text(encoding="utf-8")
    assert f"Có {len(pages)} trang chờ duyệt." in waiting
    for page, source in pages.items():
        assert "Bản nhập tự động — chưa duyệt" in (site / page / "index.html").read_text(encoding="utf-8"), page
        assert f'href="../../{page}/"' in waiting and f"nhập từ {source}" in waiting, page


def test_scans_are_read_through_ocr_into_a_draft_that_checks_and_builds_with_the_notice(tmp_path: Path, scanned: Path):
    if not ocr_available():
        pytest.skip("tesseract-ocr and tesseract-ocr-vie are not installed")
    base = write_base(tmp_path / "base", TINY_BASE)
    result = run("import", str(scanned), "--root", str(base))
    assert result.exit_code == 0, result.output
    # The scan as an image and as a PDF: one letter, written once.
    assert "+ cv-915-du-anh.png" in result.stdout and "= cv-915-du-scan.pdf" in result.stdout
    text = (base / "content" / "guides" / "cv-915-du.md").read_text(encoding="utf-8")
    assert "number: 915-CV/ĐU" in text and "issued: 2023-03-07" in text and "chữ được nhận bằng OCR" in text
    check = run("check", "--root", str(base))
    assert check.exit_code == 0, check.output
    assert any(line.startswith("content/guides/cv-915-du.md:") and ": cảnh báo: bản nhập tự động chưa duyệt" in line
               for line in check.stdout.splitlines()), check.stdout
    assert_built_as_drafts(base, tmp_path / "site", {"guides/cv-915-du": "cv-915-du-anh.png"})


def test_without_tesseract_a_scan_is_refused_with_what_to_install(tmp_path: Path, scanned: Path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    tesseract.cache_clear()
    try:
        result = run("import", str(scanned / "cv-915-du-anh.png"), "--out", str(tmp_path / "out"))
    finally:
        tesseract.cache_clear()
    assert result.exit_code == 1
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in result.stderr
    assert not (tmp_path / "out").exists()


def test_running_twice_changes_nothing(tmp_path: Path, received: Path):
    out = tmp_path / "guides"
    run("import", str(received), "--out", str(out))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = run("import", str(received), "--out", str(out))
    assert again.exit_code == 0 and "5 tệp: 0 ghi mới, 5 không đổi" in again.stdout
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_later_import_of_the_same_file_keeps_the_first_draft(tmp_path: Path, monkeypatch):
    out = tmp_path / "guides"
    source = FIXTURES / "cong-van-750.txt"
    run("import", str(source), "--out", str(out))
    first = (out / "cv-750-duk.md").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(os.environ["SOURCE_DATE_EPOCH"]) + 86400 * 30))
    again = run("import", str(source), "--out", str(out))
    assert again.exit_code == 0 and "0 ghi mới, 1 không đổi" in again.stdout
    assert (out / "cv-750-duk.md").read_bytes() == first


def test_an_edited_draft_is_not_overwritten_without_force(tmp_path: Path):
    out = tmp_path / "guides"
    source = FIXTURES / "cong-van-750.txt"
    run("import", str(source), "--out", str(out))
    target = out / "cv-750-duk.md"
    target.write_text(target.read_text(encoding="utf-8") + "\nGhi chú của người biên tập.\n", encoding="utf-8")
    edited = target.read_bytes()
    refused = run("import", str(source), "--out", str(out))
    assert refused.exit_code == 1 and "không ghi đè (dùng --force để ghi đè)" in refused.stderr
    assert target.read_bytes() == edited
    forced = run("import", str(source), "--out", str(out), "--force")
    assert forced.exit_code == 0 and "Ghi chú của người biên tập" not in target.read_text(encoding="utf-8")


def test_dry_run_writes_nothing(tmp_path: Path, received: Path):
    out = tmp_path / "guides"
    result = run("import", str(received), "--out", str(out), "--dry-run")
    assert result.exit_code == 0 and "5 chạy thử (chưa ghi)" in result.stdout
    assert not out.exists()


def test_an_unreadable_file_is_refused_by_name_and_the_others_imported(tmp_path: Path):
    bad = tmp_path / "hong.txt"
    bad.write_bytes((FIXTURES / "huong-dan-12.tcvn3.txt").read_bytes() + b"\xba")
    out = tmp_path / "guides"
    result = run("import", str(bad), str(FIXTURES / "bai-bao.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert f"✗ {bad}: tệp có vẻ dùng bảng mã TCVN3 (ABC) nhưng có byte 0xba" in result.stderr
    assert [p.name for p in out.iterdir()] == ["nang-cao-chat-luong-sinh-hoat-chi-bo-o-vung-cao-kinh-nghiem.md"]


def test_nothing_importable_exits_non_zero(tmp_path: Path):
    (tmp_path / "ghi-chu.doc").write_bytes(OLD_WORD)
    assert run("import", str(tmp_path)).exit_code == 1
    refused = run("import", str(tmp_path / "ghi-chu.doc"), "--out", str(tmp_path / "out"))
    assert refused.exit_code == 1 and "lưu thành .docx" in refused.stderr


def test_one_document_received_twice_is_written_once(tmp_path: Path):
    """The same number twice would fail `sotay check`: the first file in argument order is written."""
    out = tmp_path / "guides"
    twin = tmp_path / "ban-sao.txt"
    shutil.copy(FIXTURES / "huong-dan-12.vni.txt", twin)
    result = run("import", str(FIXTURES / "huong-dan-12-source.txt"), str(twin), "--out", str(out))
    assert result.exit_code == 0
    assert [p.name for p in out.iterdir()] == ["hd-12-btctu.md"]
    assert "= ban-sao.txt" in result.stdout and "số hiệu 12-HD/BTCTU đã có ở" in result.stdout
    assert "hd-12-btctu-source" not in result.stdout


def test_a_number_the_base_holds_in_another_file_is_not_written_again(tmp_path: Path):
    base = write_base(tmp_path / "base", {"content/guides/huong-dan-cu.md": BASES["content/guides/qdi-09-tu.md"].replace(
        "09-QĐi/TU", "12-HD/BTCTU")})
    result = run("import", str(FIXTURES / "huong-dan-12-source.txt"), "--root", str(base))
    assert result.exit_code == 0 and "đã có ở content/guides/huong-dan-cu.md" in result.stdout
    assert not (base / "content" / "guides" / "hd-12-btctu.md").exists()


def test_unnumbered_drafts_of_one_name_get_numbered_in_argument_order(tmp_path: Path):
    out = tmp_path / "guides"
    twin = tmp_path / "ban-sao.txt"
    # The same column on another day: another article.
    twin.write_text((FIXTURES / "bai-bao.txt").read_text(encoding="utf-8").replace("90 phút", "60 phút").replace(
        "05/05/2025", "12/05/2025"), encoding="utf-8")
    result = run("import", str(FIXTURES / "bai-bao.txt"), str(twin), "--out", str(out))
    assert result.exit_code == 0
    slug = "nang-cao-chat-luong-sinh-hoat-chi-bo-o-vung-cao-kinh-nghiem"
    assert sorted(p.name for p in out.iterdir()) == [f"{slug}-2.md", f"{slug}.md"]


def test_an_article_saved_as_a_page_and_copied_as_text_is_written_once(tmp_path: Path):
    article = next(a for a in ARTICLES if a.letter is None and a.caption)
    (tmp_path / "bai.html").write_text(article_html(article), encoding="utf-8")
    (tmp_path / "bai-chep.txt").write_text(article_txt(article), encoding="utf-8")
    out = tmp_path / "guides"
    result = run("import", str(tmp_path / "bai.html"), str(tmp_path / "bai-chep.txt"), "--out", str(out))
    assert result.exit_code == 0, result.output
    [draft] = out.iterdir()
    assert "= bai-chep.txt" in result.stdout and "bài cùng tiêu đề và ngày đăng đã có ở" in result.stdout
    text = draft.read_text(encoding="utf-8")
    assert article.caption not in text  # under the picture and again in the text: neither summary nor paragraph


@pytest.mark.parametrize("kind", ["guide", "tai-lieu", "Tài liệu", "guides"])
def test_the_kind_can_be_forced_by_english_or_vietnamese_name(tmp_path: Path, received: Path, kind: str):
    out = tmp_path / "guides"
    result = run("import", str(received / "bao-cao-giang-ta.docx"), "--out", str(out), "--kind", kind)
    assert result.exit_code == 0, result.output
    assert "model-meetings" not in result.stdout and "bài viết" in result.stdout


def test_a_report_missing_what_every_meeting_needs(tmp_path: Path):
    """Without the day of the meeting a report is written as an article to complete, and cannot be forced."""
    letter = REPORTS[0].letter
    report = tmp_path / "bao-cao.txt"
    report.write_text(letter_txt(replace(letter, body=tuple(p.replace("ngày 15/3/2025 ", "") for p in letter.body))),
                      encoding="utf-8")
    forced = run("import", str(report), "--out", str(tmp_path / "out"), "--kind", "model-meeting")
    assert forced.exit_code == 1 and "không ghi được thành sinh hoạt mẫu vì văn bản không nêu: ngày sinh hoạt" in forced.stderr
    chosen = run("import", str(report), "--root", str(tmp_path / "base"))
    assert chosen.exit_code == 0 and "content/guides/bc-05-cb.md" in chosen.stdout
    assert "không nêu ngày sinh hoạt nên được ghi vào hướng dẫn, bài viết" in chosen.stdout


@pytest.mark.parametrize("args, message", [
    ([], "Lỗi: cần ít nhất một tệp hoặc thư mục để nhập"),
    (["khong-co.pdf"], "Lỗi: không thấy khong-co.pdf"),
    (["--kind", "bien-ban", "x"], "không có loại «bien-ban»; dùng tai-lieu (guide), sinh-hoat-mau (model-meeting)"),
    (["--kind", "van-ban", "x"], "«van-ban» là một hình thức (form) của tài liệu, không phải loại nội dung"),
    (["--khong-co"], "Lỗi: Không có tùy chọn '--khong-co'."),
    (["--out"], "Lỗi: Tùy chọn '--out' cần một giá trị."),
])
def test_usage_errors_in_vietnamese(args, message, tmp_path: Path):
    (tmp_path / "x").mkdir()
    result = CliRunner().invoke(cli, ["import", *args] if args[:1] != ["--kind"] else ["import", *args[:2], str(tmp_path / "x")])
    assert result.exit_code == 2 and message in result.stderr and "Cách dùng: " in result.stderr, result.output


def test_help_in_vietnamese():
    result = run("import", "--help")
    assert "Cách dùng: cli import [TÙY CHỌN] TỆP_HOẶC_THƯ_MỤC…" in result.stdout
    assert "Tùy chọn" in result.stdout and "Xem hướng dẫn này rồi thoát." in result.stdout
    assert "--root THƯ_MỤC" in result.stdout and "định: (thư mục hiện tại)]" in result.stdout and "Usage" not in result.stdout
