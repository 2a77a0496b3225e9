"""Icons: valid PNGs of the asked size, drawn from the same shapes as the SVG."""

import struct
import xml.etree.ElementTree as ET
import zlib

import pytest

from sotay.core.offline.icons import BACKGROUND, SHAPES, icon_png, icon_svg


def decode(png: bytes) -> tuple[int, list[bytes]]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = {}, 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        data = png[at + 8:at + 8 + length]
        assert struct.unpack(">I", png[at + 8 + length:at + 12 + length])[0] == zlib.crc32(kind + data)
        chunks[kind] = data
        at += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (width, depth, colour) == (height, 8, 2)
    raw = zlib.decompress(chunks[b"IDAT"])
    rows = [raw[r * (3 * width + 1):(r + 1) * (3 * width + 1)] for r in range(height)]
    assert {row[0] for row in rows} == {0}
    return width, [row[1:] for row in rows]


def pixel(rows: list[bytes], x: int, y: int) -> str:
    return "#" + rows[y][3 * x:3 * x + 3].hex()


@pytest.mark.parametrize("size", [192, 512])
def test_png_has_background_star_and_pages(size):
    width, rows = decode(icon_png(size))
    at = lambda x, y: pixel(rows, round(x * size / 512), round(y * size / 512))  # noqa: E731
    assert width == size
    assert at(5, 5) == BACKGROUND
    assert at(256, 150) == SHAPES[0].colour      # centre of the star
    assert at(170, 330) == at(340, 330) == "#ffffff"  # both pages
    assert at(256, 340) == BACKGROUND            # the gap at the spine


def test_svg_draws_the_same_shapes():
    svg = ET.fromstring(icon_svg())
    fills = [el.get("fill") for el in svg]
    assert fills == [BACKGROUND] + [shape.colour for shape in SHAPES]


def test_shapes_stay_inside_the_maskable_safe_zone():
    assert all((x - 256) ** 2 + (y - 256) ** 2 <= (0.4 * 512) ** 2 for shape in SHAPES for x, y in shape.points)
