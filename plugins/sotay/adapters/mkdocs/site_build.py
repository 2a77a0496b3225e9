"""Build a site with MkDocs into a temporary folder and swap it into place only when the build succeeds."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError

from sotay.core.knowledge_base import KnowledgeBase

from .context import prepare_context
from .site_folder import replace_site, staging_folder

OFFLINE_PLUGIN = "sotay-offline"
ACCEL_PLUGIN = "sotay-accel"


def build_site(root: Path, site_dir: Path, strict: bool = True, portable: bool = False,
               kb: KnowledgeBase | None = None) -> None:
    """Raise on any failure; the previous `site_dir` then stays exactly as it was.

    `portable`: a site that opens from a folder or USB stick (file://), with a zip of itself (sotay-offline).
    `kb`: the base of `root` when the caller has just loaded it (sotay build validates first), not read twice.
    """
    site_dir = site_dir.resolve()
    staging = staging_folder(site_dir)
    try:
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(staging), strict=strict)
        if portable:
            _make_portable(config)
        if kb is not None:
            prepare_context(config, kb=kb)
        # sotay-accel leaves pages out of MkDocs' page loop through its dirty mode; into the empty staging folder,
        # a dirty build writes every page that no plugin leaves out. Run as the `mkdocs build` command runs it.
        dirty = ACCEL_PLUGIN in config.plugins
        config.plugins.on_startup(command="build", dirty=dirty)
        try:
            build(config, dirty=dirty)
        finally:
            config.plugins.on_shutdown()
        replace_site(staging, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _make_portable(config) -> None:
    plugin = config.plugins.get(OFFLINE_PLUGIN)
    if plugin is None:
        raise ConfigurationError(f"bản dùng không cần mạng cần plugin {OFFLINE_PLUGIN} trong mkdocs.yml (mục plugins)")
    plugin.config.portable = True
