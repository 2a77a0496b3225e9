"""The service worker's version, what it stores at once, and the generated script."""

import json
import re
import shutil
import subprocess

import pytest

from sotay.core.offline import build_version, fallback_page, service_worker, shell_paths


def test_version_follows_every_byte_and_path_but_not_the_order():
    pairs = [("a.html", b"a"), ("b.css", b"b")]
    assert build_version(pairs) == build_version(list(reversed(pairs)))
    assert build_version(pairs) != build_version([("a.html", b"a!"), ("b.css", b"b")])
    assert build_version(pairs) != build_version([("a2.html", b"a"), ("b.css", b"b")])
    assert re.fullmatch(r"[0-9a-f]{16}", build_version(pairs))


def test_shell_is_the_assets_every_page_needs():
    paths = ["index.html", "guides/a/index.html", "sw.js", "manifest.webmanifest", "assets/sotay/sotay.css",
             "assets/javascripts/bundle.1234abcd.min.js", "assets/javascripts/bundle.1234abcd.min.js.map",
             "assets/javascripts/lunr/min/lunr.vi.min.js", "assets/javascripts/workers/search.js",
             "search/shard-1.json", "search/shard-1.json.js", "so-tay-chi-bo.zip"]
    assert shell_paths(paths) == ["assets/javascripts/bundle.1234abcd.min.js", "assets/sotay/sotay.css",
                                  "manifest.webmanifest"]


def test_worker_script_carries_version_precache_and_fallback():
    script = service_worker("0123456789abcdef", ["assets/a.css"], "khong-co-mang/").decode("utf-8")
    assert 'const VERSION = "0123456789abcdef";' in script
    assert json.loads(re.search(r"const PRECACHE = (\[.*?\]);", script)[1]) == ["assets/a.css", "khong-co-mang/"]
    assert 'const FALLBACK = "khong-co-mang/";' in script and "__" not in script.replace("__proto__", "")


@pytest.mark.skipif(shutil.which("node") is None, reason="node checks the syntax when installed")
def test_worker_script_is_valid_javascript(tmp_path):
    path = tmp_path / "sw.js"
    path.write_bytes(service_worker("0123456789abcdef", ["assets/a.css"], "khong-co-mang/"))
    subprocess.run(["node", "--check", str(path)], check=True)


def test_fallback_page_has_the_list_offline_js_fills():
    path, markdown = fallback_page()
    assert path == "khong-co-mang.md" and 'id="sotay-saved-pages"' in markdown
