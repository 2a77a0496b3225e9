"""The browser editor's npm packages for the tests: installed once (from the npm registry, by the pinned lock and
tarball integrity) into the cache `sotay edit` uses, and node to run our editor scripts outside the browser.

Without node or npm these tests skip with a loud notice, except under CI=true, where they fail: a green CI run
must have run them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from sotay.adapters.decap.install import EditorPackages, ensure_installed, packages
from sotay.adapters.decap.server import EDITOR_DIR


def require_node() -> str:
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None or shutil.which("npm") is None:
        message = "EDITOR TESTS SKIPPED: node or npm not found (apt-get install nodejs npm)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return node


@pytest.fixture(scope="session")
def editor_packages() -> EditorPackages:
    require_node()
    return ensure_installed(packages())


def run_editor_script(packages: EditorPackages, script: str, payload) -> object:
    """Run `script` in node with our editor scripts loaded (SotayEditor on globalThis, js-yaml resolvable) and
    `payload` as the global `input`; returns what the script passes to `output(...)`, as JSON."""
    prelude = "".join(f"require({json.dumps(str(EDITOR_DIR / name))});\n"
                      for name in ("sotay-format.js", "sotay-widgets.js", "sotay-rubric-scores.js"))
    program = (prelude + "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
               "const output = (value) => process.stdout.write(JSON.stringify(value));\n" + script)
    done = subprocess.run([require_node(), "-e", program], input=json.dumps(payload), capture_output=True, text=True,
                          env={**os.environ, "NODE_PATH": str(packages.folder / "node_modules")}, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
