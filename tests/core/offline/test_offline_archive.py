"""The site zip: the same input gives the same bytes, whatever the order or the clock."""

import io
import zipfile

from sotay.core.offline import site_zip

PAIRS = [("b/index.html", b"<p>b</p>"), ("a.css", b"p{}"), ("index.html", "<p>Sổ tay</p>".encode("utf-8"))]


def test_zip_is_deterministic_and_sorted():
    first = site_zip(PAIRS, "so-tay")
    assert first == site_zip(list(reversed(PAIRS)), "so-tay")
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert archive.namelist() == ["so-tay/a.css", "so-tay/b/index.html", "so-tay/index.html"]
    assert archive.read("so-tay/index.html").decode("utf-8") == "<p>Sổ tay</p>"
    assert {(i.date_time, i.external_attr >> 16, i.compress_type) for i in archive.infolist()} == {
        ((1980, 1, 1, 0, 0, 0), 0o644, zipfile.ZIP_DEFLATED)}
