"""`sotay build` with nothing to do: the site folder already holds the build of the project as it is now.

A successful `sotay build` leaves a record in `.cache/sotay/built/`, one per site folder: a digest of what the
build was made from, taken before it read anything, and a digest of the site folder it wrote. The next
`sotay build` into that folder takes both digests again before it loads anything; when neither changed, it
repeats the last build's report and leaves the folder as it is. Any change, a missing record or sotay-accel
off in mkdocs.yml, and the build runs as usual.

What a build is made from: every file of the project folder by path, size and modification time (hidden
folders, installed front-end packages and the site folders built from it left out, so a new file anywhere else
counts too), this package's code, the installed packages and Python, the engine, the build date, the environment
variables mkdocs.yml reads, and whether the copy is portable. The site folder's digest is of the same kind: a
folder written by anything else, or touched, is built again. Files outside the project folder that mkdocs.yml
may name (a theme folder elsewhere, say) are not looked at: `sotay build --force` after changing one.

This module reads mkdocs.yml itself and imports no MkDocs, so that the check costs little more than listing folders.
"""

from __future__ import annotations

import json
import os
import re
import sys
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from sotay.core.clock import build_date
from sotay.core.file_stamps import code_stamp, stamps

from .store import digest

FORMAT = "sotay-built-1"
RECORDS = Path(".cache/sotay/built")
PLUGIN = "sotay-accel"
ENGINE_VARIABLE = "SOTAY_ENGINE"
_ENV_TAG = re.compile(r"!ENV\s+\[?\s*([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)")


@dataclass(frozen=True)
class LastBuild:
    """What `sotay build` said about the base it built: the problems report (empty when none) and its size."""

    report: str
    documents: int


class BuiltSite:
    """The site folder `target` as built from `root`: whether it is still the build of the project as it is."""

    def __init__(self, root: Path, target: Path, portable: bool):
        self.target = target.resolve()
        self.record = root.resolve() / RECORDS / f"{digest(str(self.target))[:32]}.json"
        # Taken now, before the build reads anything.
        self.inputs = _inputs(root.resolve(), [self.target, *self._other_sites()], portable)

    @classmethod
    def of(cls, root: Path, target: Path, portable: bool) -> BuiltSite | None:
        """The folder's record keeper, or None when mkdocs.yml does not turn sotay-accel on."""
        return cls(root, target, portable) if accelerated(root / "mkdocs.yml") else None

    def unchanged(self) -> LastBuild | None:
        """The last build's report when neither the project nor the site folder changed since it."""
        record = _read(self.record)
        found = (record.get("format"), record.get("inputs"), record.get("site"))
        if found != (FORMAT, self.inputs, stamps([self.target])):
            return None
        try:
            return LastBuild(str(record["report"]), int(record["documents"]))
        except (KeyError, TypeError, ValueError):
            return None

    def remember(self, built: LastBuild) -> None:
        """Record the build that has just replaced the site folder, made from the inputs taken at the start. A record
        that cannot be written (a full disk, say) costs only a build next time."""
        record = {"format": FORMAT, "target": str(self.target), "inputs": self.inputs, "site": stamps([self.target]),
                  **asdict(built)}
        temporary = self.record.with_suffix(f".{os.getpid()}.new")
        try:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.record)
        except OSError:
            for path in (temporary, self.record):
                with suppress(OSError):
                    path.unlink(missing_ok=True)

    def _other_sites(self) -> list[Path]:
        """The other site folders built from this project (site-offline/ beside site/, say): not inputs of this one,
        or building one would make the other out of date."""
        return [Path(target) for path in self.record.parent.glob("*.json")
                if isinstance(target := _read(path).get("target"), str)]


def _read(path: Path) -> dict:
    """A record, or {} when it is missing or unreadable."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def accelerated(config_file: Path) -> bool:
    """Whether mkdocs.yml lists sotay-accel without `enabled: false`; False when it cannot be read."""
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TagBlindLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    plugins = config.get("plugins") if isinstance(config, dict) else None
    entries = [{name: options} for name, options in plugins.items()] if isinstance(plugins, dict) else plugins or ()
    for entry in entries:
        if entry == PLUGIN:
            return True
        if isinstance(entry, dict) and PLUGIN in entry:
            options = entry[PLUGIN]
            return not isinstance(options, dict) or options.get("enabled", True) is not False
    return False


class _TagBlindLoader(yaml.SafeLoader):
    """Safe YAML that reads every tag MkDocs adds (!ENV, !relative, !!python/name:…) as nothing: only the plugin
    list is wanted here, and no tag is ever executed."""


# Every tag without a constructor of its own.
_TagBlindLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _inputs(root: Path, sites: list[Path], portable: bool) -> str:
    config_file = root / "mkdocs.yml"
    config = config_file.read_text(encoding="utf-8", errors="replace") if config_file.is_file() else ""
    named = {name.strip() for found in _ENV_TAG.findall(config) for name in found.split(",")}
    variables = sorted(named | {ENGINE_VARIABLE})
    return digest(FORMAT, sys.version, code_stamp(), _installed(), build_date().isoformat(), str(portable),
                  *(f"{name}={os.environ.get(name)}" for name in variables),
                  stamps([root], leave_out=sites))


def _installed() -> str:
    """The distributions installed where Python imports from, by name and version (their metadata folders)."""
    return "\n".join(sorted(name for folder in sys.path if os.path.isdir(folder)
                            for name in os.listdir(folder) if name.endswith((".dist-info", ".egg-info"))))
