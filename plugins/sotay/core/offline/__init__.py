"""Offline delivery as data: icons, manifest, service worker, data scripts for file://, the site zip."""

from .archive import site_zip
from .manifest import icon_pairs, manifest
from .scripts import script_twin
from .worker import FALLBACK_PAGE, WORKER_PATH, build_version, fallback_page, service_worker, shell_paths

__all__ = ["FALLBACK_PAGE", "WORKER_PATH", "build_version", "fallback_page", "icon_pairs", "manifest",
           "script_twin", "service_worker", "shell_paths", "site_zip"]
