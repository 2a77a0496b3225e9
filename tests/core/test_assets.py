"""The browser scripts under core/assets/ are classic scripts: a module script does not run from file://."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ASSETS = Path(__file__).resolve().parents[2] / "plugins" / "sotay" / "core" / "assets"
MODULE_SYNTAX = re.compile(r"^\s*(?:import|export)\b|\bimport\s*\(|\bimport\.meta\b", re.M)


def module_syntax(text: str) -> list[str]:
    return [match.group(0).strip() for match in MODULE_SYNTAX.finditer(text)]


def test_no_script_uses_module_syntax():
    scripts = sorted(ASSETS.rglob("*.js"))
    assert len(scripts) > 20
    found = {str(path.relative_to(ASSETS)): module_syntax(path.read_text(encoding="utf-8")) for path in scripts}
    assert {path: syntax for path, syntax in found.items() if syntax} == {}


@pytest.mark.parametrize("text", ['import { a } from "./a.js";', "export function f() {}", "  export const x = 1;",
                                  'import("./a.js").then(start);', "new URL('.', import.meta.url)"])
def test_the_check_sees_module_syntax(text: str):
    assert module_syntax(text)


def test_the_check_leaves_words_in_comments_and_strings_alone():
    assert module_syntax('// the important rows\nconst label = "export to print";') == []
