"""What the offline browser tests share: screen sizes, and one page of each type."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
AXE_MISSING = f"AXE-CORE MISSING: accessibility tests did not run. Install it: npm ci (in {REPO}; make test does it)"

# One page of each type, as paths of the hosted site.
PAGE_TYPES = {
    "home": "",
    "guide, superseded document": "guides/qd-124-tw/",
    "guide, article": "guides/quy-trinh-sinh-hoat-thuong-ky/",
    "model meeting": "model-meetings/phong-tong-hop-thuong-ky-2026-04/",
    "checklist": "checklists/truoc-sinh-hoat-thuong-ky/",
    "rubric": "rubrics/khung-100-diem/",
    "kind index": "guides/",
    "facet listing": "tra-cuu/loai-hinh-chi-bo/khu-dan-cu/",
    "what's new": "moi-cap-nhat/",
    "hand-written page": "huong-dan-bien-soan/",
    "offline notice": "khong-co-mang/",
    "preparation pack": "chuan-bi/thuong-ky-khu-dan-cu/",
    "search results": "tim-kiem/?q=sinh+hoat+chi+bo",
    "trainer explorer": "tap-huan/sinh-hoat-mau/",
    "self-assessment calculator": "rubrics/khung-100-diem/tu-cham-diem/",
    "preparation index": "chuan-bi/",
    "minutes form": "chuan-bi/bien-ban-thuong-ky/",
    "browse overview": "tra-cuu/",
    "empty search": "tim-kiem/?q=xyzzy+quux",
    "trainer hub": "tap-huan/",
    "trainer compare": "tap-huan/so-sanh/?m=phong-tong-hop-thuong-ky-2026-04,thon-na-mon-thuong-ky-2025-10",
    "trainer charts": "tap-huan/bieu-do/",
    "trainer lessons": "tap-huan/bai-hoc/",
    "trainer pack": "tap-huan/bo-tai-lieu/",
    "committee hub": "cap-uy/",
    "committee page": "cap-uy/van-ban-cho-duyet/",
    "checklist made from a guide": "checklists/quy-trinh-sinh-hoat-thuong-ky/",
    "page not found": "404.html",
}


def copy_bundled_base(target: Path, extra: dict[str, str]) -> Path:
    """The repository's content, docs and mkdocs.yml under `target`, plus `extra` files (path: text)."""
    for name in ("content", "docs"):
        shutil.copytree(REPO / name, target / name)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    for path, text in extra.items():
        (target / path).parent.mkdir(parents=True, exist_ok=True)
        (target / path).write_text(text, encoding="utf-8")
    return target
