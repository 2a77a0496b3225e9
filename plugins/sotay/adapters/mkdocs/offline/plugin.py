"""`sotay-offline`: service worker and manifest, portable (file://) builds with a zip, CSP-safe theme scripts.

mkdocs-material's own offline plugin is not used: it adds a script from unpkg.com (the iframe-worker shim).
Under `mkdocs serve` no service worker is written: it would answer reloads from its cache while one edits.
"""

from __future__ import annotations

import os
from fnmatch import fnmatch
from itertools import chain
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from sotay.core.offline import (FALLBACK_PAGE, WORKER_PATH, build_version, fallback_page, icon_pairs, manifest,
                                page_meta_policy, script_twin, service_worker, shell_paths, site_zip)
from sotay.core.textfold import slugify

from ..files import add_pairs
from .config import OfflineConfig

OVERRIDES = Path(__file__).resolve().parent / "overrides"
THEME_FAVICON = "assets/images/favicon.png"
# Never opened by a reader: source maps, and the theme's own search, which this site does not use.
PORTABLE_DROPS = ("*.map", "assets/javascripts/lunr/*", "assets/javascripts/workers/*")


class OfflinePlugin(BasePlugin[OfflineConfig]):
    serving = False

    # MkDocs keeps a plugin with on_startup across every config loaded in the process: the flag lives
    # from startup to shutdown of one command, all other state is made in on_config.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_shutdown(self) -> None:
        self.serving = False

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.fallback_url = self.fallback_dest = None
        self.worker = self.config.enabled and self.config.worker and not self.serving
        if not self.config.enabled:
            return config
        config.theme.dirs.insert(0, str(OVERRIDES))
        if self.config.portable:
            config.use_directory_urls = False
        self.zip_name = self.config.portable_zip or f"{slugify(config.site_name) or 'so-tay'}.zip"
        if config.theme["favicon"] == THEME_FAVICON:
            config.theme["favicon"] = "assets/sotay/icon-192.png"
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        if self.config.portable:
            for file in [f for f in files if any(fnmatch(f.src_uri, p) for p in PORTABLE_DROPS)]:
                files.remove(file)
        pairs: list[tuple[str, str | bytes]] = list(icon_pairs())
        if self.worker:
            short_name = self.config.short_name or config.site_name
            pairs += [("manifest.webmanifest", manifest(config.site_name, short_name, config.site_description or "")),
                      fallback_page()]
        add_pairs(files, config, pairs)
        fallback = files.get_file_from_path(FALLBACK_PAGE) if self.worker else None
        self.fallback_url, self.fallback_dest = (fallback.url, fallback.dest_uri) if fallback else (None, None)
        return files

    def on_env(self, env, config: MkDocsConfig, files: Files):
        env.globals["sotay_offline_worker"] = self.worker
        env.globals["sotay_portable"] = portable = self.config.enabled and self.config.portable
        env.globals["sotay_csp"] = page_meta_policy() if portable else ""
        return env

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        if self.config.enabled:
            context["sotay_save_offline"] = (page.meta.get("save_offline") is True
                                             or page.file.src_uri.startswith(tuple(self.config.worker_save_pages)))
        return context

    # Last of all plugins: data files that others write after the build must be in the worker's version and the zip.
    @event_priority(-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        if not (self.config.enabled and (self.worker or self.config.portable)):
            return
        site = Path(config.site_dir)
        files = _site_files(site, skip={WORKER_PATH, self.zip_name})
        pairs = [(rel, (site / rel).read_bytes()) for rel in files] if self.config.portable else None  # the zip holds them all
        written = _script_twins(pairs, self.config.portable_scripts) if pairs is not None else []
        if self.worker:
            contents = pairs if pairs is not None else ((rel, (site / rel).read_bytes()) for rel in files)  # hosted: a file at a time
            precache = shell_paths((site / self.fallback_dest).read_text(encoding="utf-8"), self.fallback_dest)
            written.append((WORKER_PATH, service_worker(build_version(chain(contents, written)), precache, self.fallback_url)))
        for path, data in written:
            (site / path).write_bytes(data)
        if pairs is not None:
            (site / self.zip_name).write_bytes(site_zip(pairs + written, self.zip_name.removesuffix('.zip')))


def _site_files(site: Path, skip: set[str]) -> list[str]:
    """Every file of the built site as its path from the site root, sorted. Strings, not Paths: a large
    site has tens of thousands of files (10,000 documents: ~20 MB of Path objects)."""
    found = []
    for folder, _, names in os.walk(site):
        prefix = Path(folder).relative_to(site).as_posix() + "/"
        found += [rel for name in names if (rel := (name if prefix == "./" else prefix + name)) not in skip]
    return sorted(found)


def _script_twins(pairs: list[tuple[str, bytes]], patterns: list[str]) -> list[tuple[str, bytes]]:
    twins = []
    for path, data in pairs:
        if any(fnmatch(path, pattern) for pattern in patterns):
            try:
                twins.append(script_twin(path, data))
            except ValueError as exc:
                raise PluginError(f"{path}: dữ liệu hỏng (JSON, gzip hay UTF-8), không tạo được bản dùng từ ổ đĩa: {exc}") from None
    return twins

