"""Tables as lines: a party document's header and signature are two-column tables (in Word files and on web
pages), a data table is rows of one-line cells."""

from __future__ import annotations


def table_lines(rows: list[list[list[str]]]) -> list[str]:
    """Lines of a table given as rows of cells of lines: a row whose cells hold several lines (a header, a signature
    block) column after column, as a person reads it, each column ending with an empty line; a row of one-line
    cells (a data table) as one line, its cells separated by tabs."""
    lines: list[str] = []
    for row in rows:
        columns = [[line for line in cell if line.strip()] for cell in row]
        if any(len(column) > 1 for column in columns):
            for column in columns:
                lines += column + [""]
        else:
            lines.append("\t".join(column[0] if column else "" for column in columns))
    return lines
