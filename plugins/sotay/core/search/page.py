"""The results page: a form that works without JavaScript, and the containers page.js fills."""

from __future__ import annotations

from ..site.listings import escape_md, link
from .records import SearchRecord, shortcut_groups

SEARCH_PAGE = "tim-kiem/index.md"


def search_page(found: list[SearchRecord]) -> tuple[str, str]:
    """("tim-kiem/index.md", Markdown), below the form the shortcuts of `found` (the search records; the header box
    offers the same when it finds nothing). The page loads the scripts that search (front matter `scripts`), which
    the header box then finds there instead of adding them."""
    sections = []
    for heading, members in shortcut_groups(found):
        sections += [f"## {heading}", "", *(f"- [{escape_md(r.title)}]({link(SEARCH_PAGE, r.source)})" for r in members), ""]
    markdown = f"""---
title: Tìm kiếm
hide:
  - toc
scripts:
  - search/analysis.js
  - search/rank.js
  - search/store.js
  - search/render.js
  - search/page.js
---

# Tìm kiếm

<div class="sotay-search-page" data-sotay-search-page>
<form class="sotay-search-page__form" role="search" action="./" method="get">
<label for="sotay-search-q">Từ cần tìm</label>
<input id="sotay-search-q" type="search" name="q" autocomplete="off" spellcheck="false" placeholder="Ví dụ: sinh hoat chi bo, 03-HD/TU">
<button type="submit" class="md-button md-button--primary">Tìm</button>
</form>
<noscript>
<div class="admonition warning" role="note">
<p class="admonition-title">Tìm kiếm cần JavaScript</p>
<p>Trình duyệt đang tắt JavaScript nên trang này chưa tìm được. Hãy bật JavaScript, hoặc tra cứu theo các mục bên dưới.</p>
</div>
</noscript>
<div class="sotay-search-page__body" hidden>
<details class="sotay-facets" hidden><summary>Lọc kết quả</summary><div class="sotay-facets__groups"></div></details>
<section class="sotay-results" aria-live="polite"></section>
</div>
</div>

"""
    return SEARCH_PAGE, markdown + "\n".join(sections)
