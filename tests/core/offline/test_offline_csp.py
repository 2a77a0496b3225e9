"""core/offline/csp.py: the policy a page carries in a <meta> is the one the server sends, minus what a <meta>
cannot carry; docs/reference/nginx.conf sends exactly SERVED."""

from __future__ import annotations

import re
from pathlib import Path

from sotay.core.offline.csp import SERVED, page_meta_policy, standalone_policy

NGINX = Path(__file__).resolve().parents[3] / "docs" / "reference" / "nginx.conf"


def test_the_served_header_is_the_policy():
    header = re.search(r'add_header Content-Security-Policy "([^"]+)"', NGINX.read_text(encoding="utf-8"))[1]
    assert header == SERVED


def test_the_meta_policy_is_the_served_one_without_frame_ancestors():
    assert page_meta_policy() == SERVED.replace("; frame-ancestors 'none'", "")


def test_a_standalone_file_allows_its_own_style_only():
    policy = standalone_policy("\nbody { color: red }\n")
    assert policy.startswith("default-src 'none'; style-src 'sha256-") and "script-src" not in policy
    assert standalone_policy("\nbody { color: blue }\n") != policy
