"""Guides built directly, for table tests of the core functions that read them."""

from __future__ import annotations

from datetime import date

from sotay.core.model import Guide, Verified
from sotay.core.textfold import slugify


def guide(number: str | None, *, title: str | None = None, form: str = "van-ban", issued: date | None = date(2020, 1, 1),
          body: str = "", **fields) -> Guide:
    slug = slugify(number or title or "bai")
    return Guide(path=f"content/guides/{slug}.md", slug=slug, body=body, title=title or f"Văn bản {number}", form=form,
                 number=number, issued=issued, **fields)


def verified(day: date) -> Verified:
    return Verified(day, "Văn phòng Tỉnh ủy")
