"""A whole base of 1,000 corrupted files: `sotay build` names every one of them and writes nothing.

The files are made from the bundled content by a fixed seed: random edits to the body, then one edit that
breaks the file for certain (bad bytes, a lost fence, a cut, a duplicated, missing, unknown or malformed
field). The breaking edit comes last, so nothing done after it can repair the file.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from click.testing import CliRunner

from sotay.cli.main import cli
from sotay.core.knowledge_base import KnowledgeBase

REPO = Path(__file__).resolve().parents[2]
SEED = 20261123
COUNT = 1000
_KEY = re.compile(rb"^[a-z_]+:", re.M)


def _front_matter_end(data: bytes) -> int:
    return data.index(b"\n---", 3) + 1


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _key_lines(data: bytes) -> list[int]:
    end = data[:_front_matter_end(data)].count(b"\n")
    return [i for i, line in enumerate(_lines(data)[:end]) if _KEY.match(line)]


def invalid_utf8(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + bytes([rng.choice([0x80, 0xBF, 0xC0, 0xFE, 0xFF])]) + data[at:]


def drop_opening_fence(data: bytes, rng: random.Random) -> bytes:
    return data.split(b"\n", 1)[1]


def cut_inside_front_matter(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(4, _front_matter_end(data))]


def duplicate_field(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    at = rng.choice(_key_lines(data))
    return b"\n".join(lines[:at + 1] + [lines[at]] + lines[at + 1:])


def remove_title(data: bytes, rng: random.Random) -> bytes:
    return b"\n".join(line for line in _lines(data) if not line.startswith(b"title:"))


def unknown_field(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    return b"\n".join(lines[:1] + [rng.choice([b"titel: x", b"khong_co: 1", b"tom_tat: a"])] + lines[1:])


def tab_indent(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    return b"\n".join(lines[:1] + [b"\tx: 1"] + lines[1:])


def malformed_value(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    at = rng.choice(_key_lines(data))
    key = lines[at].split(b":", 1)[0]
    lines[at] = key + b": " + rng.choice([b"[khong dong", b"{a: 1", b'"mo ngoac', b"[1, [2", b"!!python/object:os.system x"])
    return b"\n".join(lines)


def noise(data: bytes, rng: random.Random) -> bytes:
    return b"\xff" + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))


BREAKING = [invalid_utf8, drop_opening_fence, cut_inside_front_matter, duplicate_field, remove_title, unknown_field,
            tab_indent, malformed_value, noise]


def scramble_body(data: bytes, rng: random.Random) -> bytes:
    """Edits after the front matter that may or may not matter: flipped bytes, lost or repeated lines."""
    start = _front_matter_end(data) + 4
    head, body = data[:start], bytearray(data[start:])
    for _ in range(rng.randrange(4)):
        if body:
            body[rng.randrange(len(body))] = rng.randrange(32, 127)
    lines = bytes(body).split(b"\n")
    for _ in range(rng.randrange(3)):
        if lines:
            at = rng.randrange(len(lines))
            lines[at:at + 1] = rng.choice([[], [lines[at], lines[at]]])
    return head + b"\n".join(lines)


def corrupted_base(root: Path) -> list[str]:
    rng = random.Random(SEED)
    sources = sorted((REPO / "content").rglob("*.md"))
    written = []
    for number in range(COUNT):
        source = rng.choice(sources)
        data = scramble_body(source.read_bytes(), rng)
        data = rng.choice(BREAKING)(data, rng)
        rel = f"content/{source.parent.name}/{source.stem}-{number:04d}.md"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
        written.append(rel)
    (root / "mkdocs.yml").write_bytes((REPO / "mkdocs.yml").read_bytes())
    return written


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_every_corrupted_file_is_named_and_nothing_is_written(tmp_path: Path):
    root = tmp_path / "base"
    corrupted = corrupted_base(root)
    site = root / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>bản cũ</p>", encoding="utf-8")
    before = snapshot(tmp_path)

    result = CliRunner().invoke(cli, ["build", "--root", str(root)])

    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    named = {line.split(":", 1)[0] for line in result.output.splitlines() if ": lỗi: " in line}
    assert sorted(set(corrupted) - named) == []
    assert f"Có {len(KnowledgeBase.load(root).errors)} lỗi trong nội dung" in result.output
    assert snapshot(tmp_path) == before


def test_the_corruption_is_the_same_every_run(tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    corrupted_base(first), corrupted_base(second)
    assert snapshot(first) == snapshot(second)
    kinds = {rel.split("/")[1] for rel in corrupted_base(tmp_path / "c")}
    assert kinds == {"guides", "model-meetings", "checklists", "rubrics"}
