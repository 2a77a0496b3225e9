"""The site's icon — a yellow star over an open white book on the header's red — as SVG and as PNG.

One set of polygons drives both formats, so the installed-app icon and the favicon cannot drift apart.
PNGs are rasterised here (scanline fill, 4×4 supersampling, numpy arrays, zlib): no image library, no outside file.
Everything sits inside the centre 80 % circle, so launchers may crop the square ("maskable").
"""

from __future__ import annotations

import math
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

VIEW = 512
BACKGROUND = "#a31515"

Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    colour: str
    points: tuple[Point, ...]


def _star(cx: float, cy: float, outer: float, inner: float) -> tuple[Point, ...]:
    return tuple((cx + r * math.sin(k * math.pi / 5), cy - r * math.cos(k * math.pi / 5))
                 for k, r in ((k, outer if k % 2 == 0 else inner) for k in range(10)))


SHAPES = (
    Shape("#ffd54f", _star(256, 150, 78, 31)),
    Shape("#ffffff", ((96, 262), (244, 288), (244, 404), (96, 378))),     # left page
    Shape("#ffffff", ((268, 288), (416, 262), (416, 378), (268, 404))),   # right page
)


def icon_svg() -> bytes:
    paths = "".join(
        f'<path fill="{s.colour}" d="M{" L".join(f"{x:.1f} {y:.1f}" for x, y in s.points)} Z"/>' for s in SHAPES)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW} {VIEW}">'
            f'<rect width="{VIEW}" height="{VIEW}" fill="{BACKGROUND}"/>{paths}</svg>\n').encode("ascii")


@lru_cache(maxsize=None)
def icon_png(size: int) -> bytes:
    """A size×size RGB PNG of the icon."""
    pixels = np.tile(np.array(_rgb(BACKGROUND), float), (size, size, 1))
    for shape in SHAPES:
        _fill(pixels, shape)
    rows = np.concatenate([np.zeros((size, 1), np.uint8), pixels.reshape(size, size * 3).astype(np.uint8)], axis=1)
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB, filter type 0 on every row
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows.tobytes(), 9)) + _chunk(b"IEND", b"")


_SAMPLES = 4


def _fill(pixels: np.ndarray, shape: Shape) -> None:
    """Blend `shape` into `pixels` (rows × columns × RGB, whole values) by its coverage of each pixel (even-odd
    rule, 4 sub-scanlines per row)."""
    size = pixels.shape[0]
    scale = size / VIEW
    points = [(x * scale, y * scale) for x, y in shape.points]
    edges = list(zip(points, points[1:] + points[:1]))
    colour = np.array(_rgb(shape.colour), float)
    left = np.arange(size, dtype=float)
    for row in range(size):
        coverage = np.zeros(size)
        for sub in range(_SAMPLES):
            y = row + (sub + 0.5) / _SAMPLES
            crossings = sorted(x0 + (y - y0) * (x1 - x0) / (y1 - y0)
                               for (x0, y0), (x1, y1) in edges if (y0 <= y < y1) or (y1 <= y < y0))
            for start, end in zip(crossings[::2], crossings[1::2]):
                start, end = max(start, 0.0), min(end, float(size))
                if end > start:  # each column gets 1/_SAMPLES × its overlap with [start, end)
                    coverage += np.clip(np.minimum(end, left + 1) - np.maximum(start, left), 0.0, None) / _SAMPLES
        covered = coverage > 0
        amount = np.minimum(coverage[covered], 1.0)[:, None]
        pixels[row, covered] = np.round(pixels[row, covered] * (1 - amount) + colour * amount)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
