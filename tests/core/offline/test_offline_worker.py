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


def test_shell_is_what_the_offline_notice_loads_from_this_site():
    notice = """<html><head>
      <link rel="stylesheet" href="../assets/stylesheets/main.57a0d79d.min.css">
      <link rel="icon" href="../assets/sotay/icon-192.png"><link rel="manifest" href="../manifest.webmanifest">
      <link rel="canonical" href="https://so-tay.example/khong-co-mang/"><link rel="prev" href="../guides/">
      <link rel="stylesheet" href="https://cdn.example/theme.css"><link rel="stylesheet" href="//cdn.example/b.css">
      <script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script><script src="../sw.js"></script>
      <script src="../assets/sotay/offline.js?v=2" defer></script><script>inline()</script>
      <script src="../../outside.js"></script></head>
      <body><a href="../assets/sotay/compare.js">not loaded</a><img src="../assets/images/photo.png"></body></html>"""
    assert shell_paths(notice, "khong-co-mang/index.html") == [
        "assets/javascripts/bundle.a5f9d56c.min.js", "assets/sotay/icon-192.png", "assets/sotay/offline.js",
        "assets/stylesheets/main.57a0d79d.min.css", "manifest.webmanifest"]


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
