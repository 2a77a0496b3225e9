"""OCR slips put back from the domain's vocabulary, and nothing else changed."""

from __future__ import annotations

import pytest

from sotay.core.importer.ocrfix import correct_ocr


@pytest.mark.parametrize("read, meant", [
    ("ĐẲNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("ĐẲNG BỘ TỈNH SƠN LÂM", "ĐẢNG BỘ TỈNH SƠN LÂM"),
    ("Đảng ủy các cơ quan Đẳng tỉnh", "Đảng ủy các cơ quan Đảng tỉnh"),
    ("các chỉ bộ trực thuộc", "các chi bộ trực thuộc"),
    ("Chỉ bộ thôn Giàng Tả", "Chi bộ thôn Giàng Tả"),
    ("công tác tố chức cán bộ", "công tác tổ chức cán bộ"),
    ("TỐ CHỨC SINH HOẠT", "TỔ CHỨC SINH HOẠT"),
    ("sinh hoat chi bộ", "sinh hoạt chi bộ"),
    ("bảo đảm bình đẳng giới", "bảo đảm bình đẳng giới"),
    ("BÌNH ĐẲNG", "BÌNH ĐẲNG"),
    ("đăng ký sinh hoạt", "đăng ký sinh hoạt"),
    ("chỉ đạo điểm", "chỉ đạo điểm"),
    ("", ""),
])
def test_ocr_slips_put_back(read, meant):
    assert correct_ocr(read) == meant
