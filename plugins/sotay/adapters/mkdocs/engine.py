"""Which engine runs our plugins: ProperDocs, the maintained fork of MkDocs 1.x, or MkDocs 1.6 itself.

Both read mkdocs.yml and run `mkdocs.plugins` entry points and mkdocs-material unchanged, and they build the
same site but for the generator line of each page (tests/adapters/test_engine.py); docs/dev/engine.md says why
ProperDocs is the default. Once `properdocs.replacement` is imported, ProperDocs answers every `import mkdocs…`,
so the choice is made before anything imports MkDocs: by the `sotay` commands that build, and by the tests.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys

ENGINES = ("properdocs", "mkdocs")
DEFAULT = "properdocs"
ENVIRONMENT = "SOTAY_ENGINE"  # the engine `sotay build` and `sotay serve` use, when set


def choose_engine(name: str | None = None) -> str:
    """Make `name` (else $SOTAY_ENGINE, else DEFAULT) the engine behind `import mkdocs`; the engine in use."""
    name = name or os.environ.get(ENVIRONMENT) or DEFAULT
    if name not in ENGINES:
        raise ValueError(f"{ENVIRONMENT}={name}: chỉ dùng được {' hoặc '.join(ENGINES)}")
    if name == "properdocs" and engine_in_use() != "properdocs":
        if "mkdocs" in sys.modules:
            raise RuntimeError("MkDocs đã được nạp trước khi chọn ProperDocs")
        importlib.import_module("properdocs.replacement")
    return engine_in_use() if "mkdocs" in sys.modules else name


def engine_in_use() -> str:
    """The engine that `import mkdocs` gives (MkDocs when nothing has chosen yet)."""
    mkdocs = sys.modules.get("mkdocs")
    return "properdocs" if mkdocs is not None and mkdocs is sys.modules.get("properdocs") else "mkdocs"


def engine_logger(suffix: str = "") -> logging.Logger:
    """The engine's logger (`mkdocs`, or `properdocs` under ProperDocs), or one below it ("plugins.sotay"): a
    warning logged there is shown, and counted by strict mode, whichever engine builds."""
    root = importlib.import_module("mkdocs").__name__
    return logging.getLogger(f"{root}.{suffix}" if suffix else root)
