"""The site identity options of `sotay-content` (organisation, contact, logo, colours) applied to the theme:
checked first, refused with a Vietnamese message naming the option, then given to the templates."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from sotay.core.dates import format_date
from sotay.core.model import Document
from sotay.core.site.identity import Identity, last_update, name_problems, problems, stylesheet

from ..files import ASSETS_URL
from .config import ContentConfig

STYLESHEET = "identity.css"
ABOUT = "gioi-thieu.md"


def identity_of(options: ContentConfig, config: MkDocsConfig) -> Identity:
    """The identity the options describe, with the logo set as the theme's; PluginError when an option is wrong."""
    identity = Identity(options.organization.strip(), options.contact.strip(), options.primary, options.accent)
    found = [f"mkdocs.yml, site_name: {problem}" for problem in name_problems(config.site_name)]
    found += [f"mkdocs.yml, plugins › sotay-content › {problem}" for problem in problems(identity)]
    if options.logo:
        found += _logo_problems(options.logo, Path(config.docs_dir))
    if found:
        raise PluginError("Cấu hình nhận diện của sổ tay chưa dùng được:\n" + "\n".join(f"- {line}" for line in found))
    if options.logo:
        config.theme["logo"] = options.logo
    if stylesheet(identity):
        config.extra_css += [path for path in (f"{ASSETS_URL}/{STYLESHEET}",) if path not in config.extra_css]
    return identity


def identity_pairs(identity: Identity) -> list[tuple[str, str]]:
    """The generated stylesheet of the chosen colours, as a site file (none when no colour is chosen)."""
    css = stylesheet(identity)
    return [(f"{ASSETS_URL}/{STYLESHEET}", css)] if css else []


def footer(identity: Identity, documents: list[Document], files: Files) -> dict:
    """What the footer and print headers show (`sotay_identity` in the templates)."""
    updated = last_update(documents)
    about = files.get_file_from_path(ABOUT)
    return {"organization": identity.organization, "contact": identity.contact,
            "updated": format_date(updated) if updated else "", "about": about.url if about else ""}


def _logo_problems(logo: str, docs: Path) -> list[str]:
    where = "mkdocs.yml, plugins › sotay-content › logo"
    if "://" in logo or logo.startswith("//"):
        return [f"{where}: logo phải là tệp trong thư mục docs/, không tải từ nơi khác (gặp `{logo}`); "
                "chép tệp ảnh vào docs/assets/ rồi ghi `assets/TÊN-TỆP`"]
    if not (docs / logo).is_file():
        return [f"{where}: không thấy tệp `{docs.name}/{logo}`; đường dẫn tính từ thư mục docs/, "
                "ví dụ `assets/logo.png`"]
    return []
