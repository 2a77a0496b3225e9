"""The build date: what "today" means for statuses, verification age and generated pages."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime, timezone


def build_date(environ: Mapping[str, str] = os.environ) -> date:
    """Today, or the UTC day of SOURCE_DATE_EPOCH when set (the reproducible-builds convention MkDocs also follows).

    Tests and archived rebuilds pin the date this way, so a site built twice from the same content is the same.
    """
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return date.today()
    try:
        return datetime.fromtimestamp(int(epoch), timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise ValueError(f"SOURCE_DATE_EPOCH phải là số giây kể từ 01/01/1970, gặp {epoch!r}") from None
