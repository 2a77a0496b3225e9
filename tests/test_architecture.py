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


ADAPTERS = CORE.parent / "adapters" / "mkdocs"
ACCEL = ADAPTERS / "accel"


def _plain_path() -> list[Path]:
    return [path for path in ADAPTERS.rglob("*.py") if ACCEL not in path.parents]


def _relative_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level}


def test_the_plain_build_path_never_imports_the_speed_machinery():
    assert {str(path.relative_to(ADAPTERS)): sorted(found) for path in _plain_path()
            if (found := {name for name in _relative_imports(path) | imported_modules(path) if "accel" in name})} == {}


def _private_uses(path: Path) -> list[str]:
    """Attributes with a leading underscore read or written on objects other than self, cls and modules of ours,
    and `is_modified`, whose answer MkDocs' dirty mode reads."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted(f"{node.lineno}: .{node.attr}" for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                  and ((node.attr.startswith("_") and not node.attr.startswith("__")
                        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")))
                       or node.attr == "is_modified"))


def test_mkdocs_internals_are_used_only_behind_the_speed_seam():
    assert {str(path.relative_to(ADAPTERS)): found for path in _plain_path() if (found := _private_uses(path))} == {}


def test_the_internals_check_itself_sees_a_private_attribute(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("page._title_from_render = 1\nfile.is_modified = f\nself._mine = 2\n", encoding="utf-8")
    assert _private_uses(sample) == ["1: ._title_from_render", "2: .is_modified"]
