"""Where the trainer's generated pages live in the site (source paths)."""

FOLDER = "tap-huan"
HUB = f"{FOLDER}/index.md"
EXPLORER = f"{FOLDER}/sinh-hoat-mau.md"
LESSONS = f"{FOLDER}/bai-hoc/index.md"
CHARTS = f"{FOLDER}/bieu-do.md"
COMPARE = f"{FOLDER}/so-sanh.md"
COMPARE_DATA = f"{FOLDER}/so-sanh-du-lieu"  # the meetings the compare page lays out, a few dozen a file (site-root path)
EXPLORER_DATA = f"{FOLDER}/sinh-hoat-mau-du-lieu"  # the explorer's rows beyond those in the page (site-root path)
PACK = f"{FOLDER}/bo-tai-lieu.md"


def lessons_page(group: str, value: str) -> str:
    """tap-huan/bai-hoc/chu-de/bien-ban.md and the like."""
    return f"{FOLDER}/bai-hoc/{group}/{value}.md"


def data_part(folder: str, number: int) -> str:
    """tap-huan/so-sanh-du-lieu/3.json: a page's data file of that number, in the page's data folder."""
    return f"{folder}/{number}.json"

# Each page's title: its heading, its front matter and what search shows.
TITLES = {
    HUB: "Tập huấn với sinh hoạt mẫu",
    EXPLORER: "Các buổi sinh hoạt mẫu",
    CHARTS: "Biểu đồ sinh hoạt mẫu",
    COMPARE: "So sánh các buổi sinh hoạt mẫu",
    PACK: "Bộ tài liệu tập huấn",
    LESSONS: "Ưu điểm, hạn chế và bài học qua các buổi sinh hoạt mẫu",
}
