"""The editor's npm packages, installed once into a cache folder: decap-server and js-yaml by `npm ci` of the pinned
lock beside this file, decap-cms as its one published tarball (`npm pack`), checked against the pinned integrity,
of which only the self-contained dist bundle is kept."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE_JSON = HERE / "package.json"
LOCK = HERE / "package-lock.json"
_STAMP = ".installed"


class InstallError(RuntimeError):
    """The packages could not be installed; the message says why and what to do, in Vietnamese."""


@dataclass(frozen=True)
class EditorPackages:
    """Where an installed copy of the editor's packages lives."""

    folder: Path

    @property
    def decap_cms(self) -> Path:
        """The folder holding decap-cms.js and the chunks it loads beside itself."""
        return self.folder / "decap-cms"

    @property
    def decap_server(self) -> Path:
        return self.folder / "node_modules" / "decap-server" / "dist" / "index.js"

    @property
    def js_yaml(self) -> Path:
        return self.folder / "node_modules" / "js-yaml" / "dist" / "js-yaml.min.js"

    def installed(self) -> bool:
        return (self.folder / _STAMP).is_file()


def pinned_decap_cms() -> tuple[str, str]:
    """(version, sha512 integrity) of decap-cms as package.json pins it."""
    pin = json.loads(PACKAGE_JSON.read_text(encoding="utf-8"))["sotay"]["decap-cms"]
    return pin["version"], pin["integrity"]


def cache_root() -> Path:
    """SOTAY_EDITOR_CACHE, else the user's cache folder (XDG_CACHE_HOME or ~/.cache) / sotay / editor."""
    if given := os.environ.get("SOTAY_EDITOR_CACHE"):
        return Path(given)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sotay" / "editor"


def packages(root: Path | None = None) -> EditorPackages:
    """The install for the pins of this version of sotay: a folder named by a digest of the lock and the pin, so a
    new pin installs beside the old one instead of over it."""
    digest = hashlib.sha256(LOCK.read_bytes() + PACKAGE_JSON.read_bytes()).hexdigest()[:16]
    return EditorPackages((root or cache_root()) / digest)


def ensure_installed(target: EditorPackages, npm: str | None = None) -> EditorPackages:
    """Install into `target` unless already there; the folder appears whole or not at all."""
    if target.installed():
        return target
    npm = npm or shutil.which("npm")
    if npm is None:
        raise InstallError("không thấy npm (cần Node.js và npm để chạy trình biên tập). Cài: apt-get install npm")
    target.folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=target.folder.name + ".", dir=target.folder.parent))
    try:
        shutil.copy2(PACKAGE_JSON, staging / "package.json")
        shutil.copy2(LOCK, staging / "package-lock.json")
        _npm(npm, ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund"], staging)
        _unpack_decap_cms(npm, staging)
        (staging / _STAMP).write_text("", encoding="utf-8")
        try:
            staging.rename(target.folder)
        except OSError:  # another `sotay edit` finished the same install first
            if not target.installed():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _npm(npm: str, args: list[str], cwd: Path) -> str:
    done = subprocess.run([npm, *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise InstallError(f"npm {' '.join(args)} không chạy được (mã {done.returncode}); kiểm tra kết nối tới kho gói npm.\n"
                           + (done.stderr.strip() or done.stdout.strip()))
    return done.stdout


def _unpack_decap_cms(npm: str, staging: Path) -> None:
    """decap-cms's dist bundle under staging/decap-cms: decap-cms.js, its numbered chunks, the wasm and css files it
    loads; not the source maps nor the twin `cms.js` build (docs/dev/editor.md: what each way of installing costs)."""
    version, integrity = pinned_decap_cms()
    tarballs = staging / "tarballs"
    tarballs.mkdir()
    packed = _npm(npm, ["pack", f"decap-cms@{version}", "--pack-destination", str(tarballs), "--silent"], staging)
    tarball = tarballs / packed.strip().splitlines()[-1]
    algorithm, expected = integrity.split("-", 1)
    actual = base64.b64encode(hashlib.new(algorithm, tarball.read_bytes()).digest()).decode()
    if actual != expected:
        raise InstallError(f"decap-cms {version} tải về không khớp mã kiểm tra đã ghim trong {PACKAGE_JSON} "
                           f"({integrity}); không dùng tệp này.")
    out = staging / "decap-cms"
    out.mkdir()
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            name = member.name.removeprefix("package/dist/")
            if member.isfile() and member.name.startswith("package/dist/") and _kept(name):
                member.name = name
                archive.extract(member, out, filter="data")
    shutil.rmtree(tarballs)


def _kept(name: str) -> bool:
    """decap-cms.js, its licence notice, its chunks `N.decap-cms.js` and the wasm files they fetch."""
    return re.fullmatch(r"(\d+\.)?decap-cms\.js|decap-cms\.js\.LICENSE\.txt|[0-9a-f]+\.wasm", name) is not None
