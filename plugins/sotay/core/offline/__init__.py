"""Offline delivery as data: icons, manifest, service worker, data scripts for file://, the site zip."""

from .archive import site_zip
from .csp import SERVED, page_meta_policy, standalone_policy
from .manifest import icon_pairs, manifest
from .scripts import script_twin
from .worker import FALLBACK_PAGE, WORKER_PATH, build_version, fallback_page, service_worker, shell_paths

__all__ = ["FALLBACK_PAGE", "SERVED", "WORKER_PATH", "build_version", "fallback_page", "icon_pairs", "manifest",
           "page_meta_policy", "script_twin", "service_worker", "shell_paths", "site_zip", "standalone_policy"]
