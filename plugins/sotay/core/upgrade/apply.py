"""What a base must change for the current contract, and the upgrade that changes it.

`sotay check` prints the `report`; `sotay upgrade` applies the fixes (each changed file first copied to a backup
folder, so nothing is lost) and writes the current version once nothing is left for a person to change.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, warning
from ..knowledge_base import KnowledgeBase
from .steps import STEPS, Finding
from .version import CONTRACT, UNVERSIONED, VERSION_FILE, declared_version, version_text

BACKUP_DIR = "sao-luu-nang-cap"


def findings(kb: KnowledgeBase) -> list[Finding]:
    """What the base must change to follow the current contract, from the version it declares; empty when current."""
    version, problems = declared_version(kb.root)
    if problems or version >= CONTRACT:
        return []
    return [finding for step in STEPS if step.since > version for finding in step.find(kb)]


def report(kb: KnowledgeBase) -> list[Diagnostic]:
    """`sotay check`'s lines for an older base: which contract it follows, then each finding."""
    found = findings(kb)
    if not found:
        return []
    version = declared_version(kb.root)[0]
    declared = "không ghi phiên bản" if version == UNVERSIONED else f"phiên bản {version}"
    summary = warning(VERSION_FILE, None, None, f"sổ tay theo quy ước nội dung cũ ({declared}); phần mềm dùng phiên bản "
                      f"{CONTRACT}: {len(found)} việc cần đổi, liệt kê ngay dưới", "chạy `sotay upgrade` để sửa những việc sửa được")
    return [summary, *(finding.diagnostic for finding in found)]


@dataclass
class Upgrade:
    """What `upgrade` did: fixes applied, what is left for a person, where the originals were copied."""

    fixed: list[Diagnostic] = field(default_factory=list)
    left: list[Diagnostic] = field(default_factory=list)
    backup: Path | None = None
    version: int = UNVERSIONED


def upgrade(kb: KnowledgeBase, stamp: str, dry_run: bool = False) -> Upgrade:
    """Apply every fix the current contract needs; `stamp` names the backup folder (sao-luu-nang-cap/STAMP/)."""
    root = kb.root
    version, problems = declared_version(root)
    result = Upgrade(left=list(problems), version=version)
    if problems:
        return result
    for finding in findings(kb):
        if finding.fix is None:
            result.left.append(finding.diagnostic)
            continue
        result.fixed.append(finding.diagnostic)
        if not dry_run:
            result.backup = root / BACKUP_DIR / stamp
            _back_up(root, finding.diagnostic.path, result.backup)
            finding.fix(root)
    if not result.left and version < CONTRACT:
        result.version = CONTRACT
        if not dry_run:
            (root / VERSION_FILE).write_text(version_text(), encoding="utf-8")
    return result


def _back_up(root: Path, relative: str, backup: Path) -> None:
    target = backup / relative
    if not target.exists():  # the first copy is the original: a second fix of one file must not overwrite it
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / relative, target)


__all__ = ["BACKUP_DIR", "Upgrade", "findings", "report", "upgrade"]
