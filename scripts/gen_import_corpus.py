"""Write the importer's test corpus into a folder: every document of import_corpus_documents.py in the formats the
office receives, each file with its expected fields in FILE.json beside it.

    python scripts/gen_import_corpus.py OUT [--no-scans]

Formats: .txt (copies laid out as word processors, web pages and PDF viewers leave them: columns on one line,
one column after the other, run together, with Markdown markers), .docx (python-docx, header and signature as
two-column tables), .pdf with a text layer (fpdf2, DejaVu Serif embedded), scans rasterised from those PDFs
(.png, and .pdf without text), saved web pages (.html with the furniture of a party website). The corpus is
illustrative: every name, place and number is invented (README.md written beside it says so).
"""

from __future__ import annotations

import argparse
import io
import json
import textwrap
from itertools import zip_longest
from pathlib import Path

from import_corpus_documents import ARTICLES, LETTERS, MONTHS, REPORTS, Article, Letter

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian's fonts-dejavu-core
SCAN_RESOLUTION = 200  # dots per inch, as office scanners are usually set
NATIONAL = "ĐẢNG CỘNG SẢN VIỆT NAM"
README = """\
# Bộ văn bản thử của bộ nhập (minh họa)

Các tệp trong thư mục này do `scripts/gen_import_corpus.py` sinh ra để đo bộ nhập (`scripts/bench_import.py`).
Mọi cơ quan, địa danh, người ký, số hiệu và nội dung đều **bịa ra để minh họa**, không phải văn bản có thật.
Mỗi tệp có một tệp `.json` cùng tên ghi các trường mà văn bản nêu (giá trị đúng để so).
"""


def place_date(letter: Letter) -> str:
    day = letter.day
    month = MONTHS[day.month - 1] if letter.month_in_words else str(day.month)
    day_text = f"{day.day:02d}" if len(letter.slug) % 2 else str(day.day)  # with and without the leading zero
    return f"{letter.place}, ngày {day_text} tháng {month} năm {day.year}"


def left_column(letter: Letter, width: int | None = 42) -> list[str]:
    """The issuer column: bodies, "*", the number and a công văn's subject (wrapped, or one paragraph)."""
    lines = [*letter.issuer_lines, "*", f"{letter.number_prefix}{letter.number}"]
    if letter.kind_title is None:
        subject = ("V/v " if letter.vv else "") + letter.subject
        lines += textwrap.wrap(subject, width) if width else [subject]
    return lines


def footer_columns(letter: Letter) -> tuple[list[str], list[str]]:
    left = ["Nơi nhận:", *(f"- {item}" for item in letter.distribution)]
    right = [*letter.signature, *(["(Đã ký)"] if letter.signed_note else []), "", letter.signer]
    return left, right


def title_block(letter: Letter, width: int | None = 70) -> list[str]:
    """The kind title, the subject (wrapped as typed text wraps it, or one paragraph: `width` None) and a rule."""
    if letter.kind_title is None:
        return []
    return [letter.kind_title, *(textwrap.wrap(letter.subject, width) if width else [letter.subject]), "-----"]


def addressee_lines(letter: Letter) -> list[str]:
    if not letter.addressees:
        return []
    if len(letter.addressees) == 1:
        return [f"Kính gửi: {letter.addressees[0]}"]
    return ["Kính gửi:", *letter.addressees]


def letter_txt(letter: Letter) -> str:
    """A copy of the letter as the given layout leaves it in plain text."""
    left, right = left_column(letter), [NATIONAL, place_date(letter)]
    foot_left, foot_right = footer_columns(letter)
    layout = letter.txt_layout
    if layout == "tabs":
        head = [f"{a:<44}    {b}".rstrip() for a, b in zip_longest(left, [right[0], "", right[1]], fillvalue="")]
        foot = [f"{a:<44}    {b}".rstrip() for a, b in zip_longest(foot_left, foot_right, fillvalue="")]
        body = [wrapped for paragraph in letter.body for wrapped in textwrap.wrap(paragraph, 92) or [""]]
    elif layout == "runon":
        head = [f"{a} {b}".strip() for a, b in zip_longest(left, [right[0], "", right[1]], fillvalue="")]
        foot = [f"{a} {b}".strip() for a, b in zip_longest(foot_left, foot_right, fillvalue="")]
        body = list(letter.body)
    elif layout == "right-first":
        head, foot, body = right + left, foot_right + foot_left, list(letter.body)
    elif layout == "markdown":
        head = ([f"**{line}**" for line in letter.issuer_lines] + left[len(letter.issuer_lines):]
                + [f"**{NATIONAL}**", f"*{right[1]}*"])
        foot = (foot_left + [f"**{foot_right[0]}", f"{foot_right[1]}**", *foot_right[2:-1], f"*{foot_right[-1]}*"])
        body = list(letter.body)
    else:  # stacked: one column after the other, as a web page gives them
        head, foot, body = left + right, foot_left + foot_right, list(letter.body)
    title = [f"**{line}**" if layout == "markdown" and line.isupper() else line for line in title_block(letter)]
    parts = head + [""] + title + [""] + addressee_lines(letter) + [""] + body + [""] + foot
    return "\n".join(parts) + "\n"


def letter_docx(letter: Letter) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    left = left_column(letter, width=None)
    _cell_lines(header.rows[0].cells[0], left, bold=set(letter.issuer_lines[1:]), italic=set(left[len(letter.issuer_lines) + 2:]))
    _cell_lines(header.rows[0].cells[1], [NATIONAL, "", place_date(letter)], bold={NATIONAL}, italic={place_date(letter)})
    for line in title_block(letter, width=None):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = True
    for line in addressee_lines(letter):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for paragraph in letter.body:
        document.add_paragraph(paragraph)
    foot_left, foot_right = footer_columns(letter)
    footer = document.add_table(rows=1, cols=2)
    _cell_lines(footer.rows[0].cells[0], foot_left, bold={"Nơi nhận:"})
    _cell_lines(footer.rows[0].cells[1], foot_right, bold=set(letter.signature) | {letter.signer})
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _cell_lines(cell, lines: list[str], bold: set[str] = frozenset(), italic: set[str] = frozenset()) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(line)
        run.bold, run.italic = line in bold, line in italic


def letter_pdf(letter: Letter) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    for style, file in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
        pdf.add_font("serif", style, str(FONT_DIR / file))
    pdf.add_page()
    top = pdf.get_y()
    left = left_column(letter, width=None)
    _column(pdf, 20, top, 85, left, bold=set(letter.issuer_lines[1:]), italic=set(left[len(letter.issuer_lines) + 2:]))
    bottom = pdf.get_y()
    _column(pdf, 105, top, 90, [NATIONAL, place_date(letter)], bold={NATIONAL}, italic={place_date(letter)})
    pdf.set_y(max(bottom, pdf.get_y()) + 6)
    for line in title_block(letter, width=None):
        pdf.set_font("serif", "B", 13)
        pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("serif", "", 12)
    for line in addressee_lines(letter):
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for paragraph in letter.body:
        pdf.multi_cell(0, 6.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(4)
    if pdf.get_y() > 230:
        pdf.add_page()
    top = pdf.get_y()
    foot_left, foot_right = footer_columns(letter)
    _column(pdf, 20, top, 80, foot_left, size=11, bold={"Nơi nhận:"}, align="L")
    _column(pdf, 105, top, 90, foot_right, bold=set(letter.signature) | {letter.signer})
    return bytes(pdf.output())


def _column(pdf, x: float, y: float, width: float, lines: list[str], size: int = 12, bold: set[str] = frozenset(),
            italic: set[str] = frozenset(), align: str = "C") -> None:
    """Lines of one column, each wrapped within the column's width as a word processor does."""
    pdf.set_xy(x, y)
    for line in lines:
        pdf.set_font("serif", "B" if line in bold else "I" if line in italic else "", size)
        pdf.set_x(x)
        pdf.multi_cell(width, 6.5, line, align=align, new_x="LEFT", new_y="NEXT")


def scans(pdf: bytes) -> tuple[bytes, bytes]:
    """(PNG of the first page, PDF of every page as an image without text), as a scanner would give them."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        images = [page.to_image(resolution=SCAN_RESOLUTION).original.convert("L") for page in document.pages]
    png, scanned = io.BytesIO(), io.BytesIO()
    images[0].save(png, format="PNG")
    images[0].save(scanned, format="PDF", resolution=SCAN_RESOLUTION, save_all=True, append_images=images[1:])
    return png.getvalue(), scanned.getvalue()


_MENU = ["Trang chủ", "Tin tức", "Xây dựng Đảng", "Văn bản", "Liên hệ"]
_RELATED = ["Đảng ủy xã Phiêng Lu sơ kết 6 tháng", "Hội nghị học tập chuyên đề năm 2025", "Chi bộ bản Nà Hẩu ra mắt tổ đảng"]
_NEW_DOCUMENTS = ["Hướng dẫn số 99-HD/TU về công tác thi đua năm 2025", "Kế hoạch số 77-KH/TU tổ chức đại hội chi bộ"]


def article_html(article: Article) -> str:
    """A saved page of a party website: menus, crumbs, counters, ratings, related lists around the article."""
    meta = [f'<meta property="og:title" content="{article.title}">',
            f'<link rel="canonical" href="https://xaydungdang.sonlam.example.vn/tin/{article.slug}.html">']
    if not article.dateline:
        meta.append(f'<meta property="article:published_time" content="{article.published.isoformat()}T08:30:00+07:00">')
    if article.author and article.author_in_meta:
        meta.append(f'<meta name="author" content="{article.author}">')
    body = [f"<h1>{article.title}</h1>"]
    if article.dateline:
        body.append(f'<p class="dateline">Thứ Hai, {article.published.day:02d}/{article.published.month:02d}/'
                    f'{article.published.year} 08:30 (GMT+7)</p>')
    body.append('<p class="views">Lượt xem: 1.204</p>')
    if article.letter is not None:
        body.append(_letter_html(article.letter))
    if article.caption:
        body.append(f'<figure><img src="anh/{article.slug}.jpg" alt="ảnh"><figcaption>{article.caption}</figcaption></figure>')
    for url in article.images:
        body.append(f'<figure><img src="{url}" alt="Ảnh minh họa"><figcaption>Ảnh minh họa</figcaption></figure>')
    body += [f"<p>{paragraph}</p>" for paragraph in article.paragraphs]
    if article.caption:
        body.append(f"<p><em>{article.caption}</em></p>")
    if article.author and not article.author_in_meta:
        body.append(f"<p><strong>Bài và ảnh: {article.author}</strong></p>")
    elif article.author:
        body.append(f'<p class="author">{article.author}</p>')
    body.append('<div class="rating">Đánh giá: ★★★★☆ (12 lượt đánh giá)</div>')
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{article.title} - Xây dựng Đảng Sơn Lâm</title>
{chr(10).join(meta)}</head>
<body>
<header><nav><ul>{"".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(_MENU))}</ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/xay-dung-dang">Xây dựng Đảng</a></div></header>
<main><article>
{chr(10).join(body)}
</article>
<section class="related"><h3>Tin liên quan</h3><ul>{"".join(f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate(_RELATED))}</ul></section>
</main>
<aside><h3>Văn bản mới</h3><ul>{"".join(f'<li><a href="/v{i}">{t}</a></li>' for i, t in enumerate(_NEW_DOCUMENTS))}</ul></aside>
<footer><p>Đang truy cập: 15 | Tổng lượt truy cập: 1.234.567</p><p><a href="#top">Back to top</a></p>
<p>Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Sơn Lâm (minh họa)</p></footer>
</body></html>
"""


def _letter_html(letter: Letter) -> str:
    left, right = left_column(letter, width=None), [NATIONAL, place_date(letter)]
    foot_left, foot_right = footer_columns(letter)
    cell = lambda lines: "".join(f"<p>{line}</p>" for line in lines if line)  # noqa: E731
    parts = [f'<table class="header"><tr><td>{cell(left)}</td><td>{cell(right)}</td></tr></table>']
    parts += [f"<p><strong>{line}</strong></p>" for line in title_block(letter, width=None)]
    parts += [f"<p>{line}</p>" for line in addressee_lines(letter) + list(letter.body)]
    parts.append(f'<table class="footer"><tr><td>{cell(foot_left)}</td><td>{cell(foot_right)}</td></tr></table>')
    return "\n".join(parts)


def article_txt(article: Article) -> str:
    """The article copied from the browser window: menu, crumbs, counters and lists come along."""
    lines = ["Trang chủ > Xây dựng Đảng > Tổ chức đảng", "Chia sẻ", "Facebook", "Zalo", article.title,
             f"Thứ Hai, {article.published.day:02d}/{article.published.month:02d}/{article.published.year} 08:30 (GMT+7)",
             "Lượt xem: 1.204", ""]
    if article.caption:
        lines += [article.caption, ""]
    lines += [line for paragraph in article.paragraphs for line in (paragraph, "")]
    if article.caption:
        lines += [article.caption, ""]
    if article.author:
        lines += [f"Tác giả: {article.author}", ""]
    lines += ["Đánh giá: ★★★★☆ (12 lượt đánh giá)", "In bài", "Back to top", "Tin liên quan", *_RELATED, "Văn bản mới",
              *_NEW_DOCUMENTS]
    return "\n".join(lines) + "\n"


def generate(out: Path, with_scans: bool = True) -> list[Path]:
    """Write the corpus into `out`; the written document files, in order."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "README.md").write_text(README, encoding="utf-8")
    written: list[Path] = []

    def write(name: str, data: bytes | str, layout: str, fields: dict, format_name: str) -> None:
        path = out / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected = {"layout": layout, "format": format_name, "fields": fields}
        path.with_name(path.name + ".json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        written.append(path)

    for index, letter in enumerate(LETTERS):
        write(f"{letter.slug}.txt", letter_txt(letter), "letter", letter.expected, "txt")
        write(f"{letter.slug}.docx", letter_docx(letter), "letter", letter.expected, "docx")
        pdf = letter_pdf(letter)
        write(f"{letter.slug}.pdf", pdf, "letter", letter.expected, "pdf")
        if with_scans and index % 3 == 0:
            png, scanned = scans(pdf)
            if index % 2 == 0:
                write(f"{letter.slug}-anh.png", png, "letter", letter.expected, "png")
            else:
                write(f"{letter.slug}-scan.pdf", scanned, "letter", letter.expected, "pdf-scan")
    for index, report in enumerate(REPORTS):
        letter, fields = report.letter, report.meeting_expected
        write(f"{letter.slug}.docx", letter_docx(letter), "meeting", fields, "docx")
        pdf = letter_pdf(letter)
        write(f"{letter.slug}.pdf", pdf, "meeting", fields, "pdf")
        if index in (0, 2, 5):
            write(f"{letter.slug}.txt", letter_txt(letter), "meeting", fields, "txt")
        if with_scans and index in (1, 4):
            png, scanned = scans(pdf)
            if index == 1:
                write(f"{letter.slug}-scan.pdf", scanned, "meeting", fields, "pdf-scan")
            else:
                write(f"{letter.slug}-anh.png", png, "meeting", fields, "png")
    for index, article in enumerate(ARTICLES):
        if article.letter is not None:
            write(f"{article.slug}.html", article_html(article), "letter", article.letter.expected, "html")
            continue
        write(f"{article.slug}.html", article_html(article), "article", article.expected, "html")
        if index < 2:
            write(f"{article.slug}-chep.txt", article_txt(article), "article", article.expected, "txt")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="thư mục ghi bộ văn bản thử")
    parser.add_argument("--no-scans", action="store_true", help="không tạo bản quét (không cần OCR khi đo)")
    args = parser.parse_args()
    files = generate(args.out, with_scans=not args.no_scans)
    print(f"{len(files)} tệp trong {args.out}")


if __name__ == "__main__":
    main()
