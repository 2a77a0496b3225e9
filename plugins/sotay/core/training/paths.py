"""Where the trainer's generated pages live in the site (source paths)."""

FOLDER = "tap-huan"
HUB = f"{FOLDER}/index.md"
EXPLORER = f"{FOLDER}/sinh-hoat-mau.md"
LESSONS = f"{FOLDER}/bai-hoc/index.md"
CHARTS = f"{FOLDER}/bieu-do.md"
COMPARE = f"{FOLDER}/so-sanh.md"
COMPARE_DATA = f"{FOLDER}/so-sanh.json"  # the meetings the compare page lays out (site-root path)
PACK = f"{FOLDER}/bo-tai-lieu.md"


def lessons_page(group: str, value: str) -> str:
    """tap-huan/bai-hoc/chu-de/bien-ban.md and the like."""
    return f"{FOLDER}/bai-hoc/{group}/{value}.md"
