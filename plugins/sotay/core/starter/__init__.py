"""A new base (`sotay init`): configuration, the four content folders, the hand-written pages and a README.

The hand-written pages (how to use, authoring guide, importing received documents, publishing, documents and
updates) and, on request, the example content are the reference base's own: in an installed package they are
copied in when the wheel is built (setup.py), in a checkout they are read from the repository. Only the about page,
the configuration, the README and the Makefile are made from the templates beside this file, with the base's name
and organisation; the content folder also gets the contract version (content/sotay.yml).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..model import KINDS
from ..site.listings import escape_md
from ..upgrade.version import VERSION_FILE, version_text

HERE = Path(__file__).resolve().parent
PACKAGED = HERE.parents[1] / "bundled"  # sotay/bundled/{content,docs} in a wheel
CHECKOUT = HERE.parents[3]  # the repository, when running from its source tree
TEMPLATES = {"mkdocs.yml": "mkdocs.yml", "README.md": "README.md", "Makefile": "Makefile", "gitignore": ".gitignore",
             "gioi-thieu.md": "docs/gioi-thieu.md"}
HAND_WRITTEN = ("bien-tap.md", "cach-su-dung.md", "huong-dan-bien-soan.md", "nhap-van-ban.md", "trien-khai.md",
                "van-ban-va-cap-nhat.md", "reference/nginx.conf")
KEEP = ".gitkeep"  # an empty content folder, kept by version control


@dataclass(frozen=True)
class Starter:
    name: str
    organization: str = ""
    with_examples: bool = False


def starter_files(starter: Starter) -> Iterator[tuple[str, bytes]]:
    """Every file of the new base, as (path from its root, bytes)."""
    env = Environment(loader=FileSystemLoader(HERE), undefined=StrictUndefined, keep_trailing_newline=True,
                      autoescape=False)  # Markdown, YAML and make: each template quotes values its own way
    env.filters["md"] = escape_md
    for template, path in TEMPLATES.items():
        yield path, env.get_template(template).render(name=starter.name, organization=starter.organization).encode()
    docs = bundled("docs")
    for name in HAND_WRITTEN:
        yield f"docs/{name}", (docs / name).read_bytes()
    yield VERSION_FILE, version_text().encode()
    content = bundled("content")
    for kind in KINDS:
        examples = sorted((content / kind).glob("*.md")) if starter.with_examples else []
        yield from ((f"content/{kind}/{file.name}", file.read_bytes()) for file in examples)
        if not examples:
            yield f"content/{kind}/{KEEP}", b""


def bundled(folder: str) -> Path:
    """The reference base's `content` or `docs` folder, packaged or in the checkout."""
    packaged = PACKAGED / folder
    return packaged if packaged.is_dir() else CHECKOUT / folder


__all__ = ["Starter", "bundled", "starter_files"]
