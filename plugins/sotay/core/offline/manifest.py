"""The web-app manifest: what a phone shows when the site is installed to the home screen."""

from __future__ import annotations

import json

from .icons import BACKGROUND, icon_png, icon_svg

ICON_DIR = "assets/sotay"
PNG_SIZES = (192, 512)


def icon_pairs() -> list[tuple[str, bytes]]:
    """Every icon file as (site path, bytes)."""
    return [(f"{ICON_DIR}/icon.svg", icon_svg())] + [(f"{ICON_DIR}/icon-{size}.png", icon_png(size)) for size in PNG_SIZES]


def manifest(name: str, short_name: str, description: str) -> bytes:
    """manifest.webmanifest for the site root; paths are relative to it, so any base path works."""
    icons = [{"src": f"{ICON_DIR}/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any maskable"}
             for size in PNG_SIZES]
    icons.append({"src": f"{ICON_DIR}/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"})
    data = {
        "name": name,
        "short_name": short_name,
        "description": description,
        "lang": "vi",
        "dir": "ltr",
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": BACKGROUND,
        "icons": icons,
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
