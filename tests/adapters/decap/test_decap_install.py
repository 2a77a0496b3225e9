"""The editor's npm packages: what of decap-cms's tarball is kept, and a tarball that does not match the pinned
integrity is refused without leaving a half-made install behind."""

from __future__ import annotations

import pytest

from editor_fixture import require_node
from sotay.adapters.decap import install


@pytest.mark.parametrize("name, kept", [
    ("decap-cms.js", True), ("103.decap-cms.js", True), ("decap-cms.js.LICENSE.txt", True), ("f728dc876b39e5273411.wasm", True),
    ("decap-cms.js.map", False), ("103.decap-cms.js.map", False), ("cms.js", False), ("103.cms.js", False), ("cms.css", False),
    ("esm/index.js", False),
])
def test_only_the_bundle_the_page_loads_is_kept(name, kept):
    assert install._kept(name) is kept


def test_the_install_folder_is_named_by_the_pins(tmp_path):
    assert install.packages(tmp_path).folder.parent == tmp_path
    assert install.packages(tmp_path) == install.packages(tmp_path)


def test_a_tarball_that_does_not_match_the_pin_is_refused(tmp_path, monkeypatch):
    require_node()
    version, _ = install.pinned_decap_cms()
    monkeypatch.setattr(install, "pinned_decap_cms", lambda: (version, "sha512-" + "A" * 86 + "=="))
    target = install.packages(tmp_path)
    with pytest.raises(install.InstallError, match="không khớp mã kiểm tra"):
        install.ensure_installed(target)
    assert not target.installed() and list(tmp_path.iterdir()) == []
