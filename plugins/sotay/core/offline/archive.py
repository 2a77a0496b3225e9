"""A zip of the site that is the same bytes every time the same files go in."""

from __future__ import annotations

import io
import zipfile

# The earliest time a zip entry can record: no build clock leaks into the archive.
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def site_zip(pairs: list[tuple[str, bytes]], folder: str) -> bytes:
    """Every (path, bytes) under `folder/`, sorted by path, with fixed times and permissions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, data in sorted(pairs):
            info = zipfile.ZipInfo(f"{folder}/{path}", date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine builds it
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()
