"""The wheel carries the reference base's example content and hand-written pages, which `sotay init` copies into a
new base (plugins/sotay/core/starter). Everything else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = {"content": ("*.md",), "docs": ("*.md", "reference/nginx.conf")}


class BuildWithBundledBase(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads them from the checkout
            return
        for folder, patterns in BUNDLED.items():
            for pattern in patterns:
                for source in Path(folder).glob(pattern if folder == "docs" else f"*/{pattern}"):
                    target = Path(self.build_lib, "sotay", "bundled", source)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, target)


setup(cmdclass={"build_py": BuildWithBundledBase})
