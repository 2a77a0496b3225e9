"""The core never imports MkDocs or its theme: that is what keeps a move to another generator cheap."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "plugins" / "sotay" / "core"
FORBIDDEN = ("mkdocs", "material", "sotay.adapters", "sotay.cli")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_core_modules_exist():
    assert len(list(CORE.rglob("*.py"))) > 10


def test_no_core_module_imports_mkdocs():
    offenders = {
        str(path.relative_to(CORE)): sorted(name for name in imported_modules(path) if name.split(".")[0] in FORBIDDEN or name.startswith(FORBIDDEN))
        for path in CORE.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_check_itself_sees_a_forbidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from mkdocs.plugins import BasePlugin\nimport material.plugins\n", encoding="utf-8")
    assert imported_modules(sample) == {"mkdocs.plugins", "material.plugins"}
