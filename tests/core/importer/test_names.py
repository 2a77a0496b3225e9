"""Names of bodies in sentence case, people told from positions."""

from __future__ import annotations

import pytest

from sotay.core.importer.names import is_position, person_name, sentence_case


@pytest.mark.parametrize("upper, written", [
    ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH ĐIỆN BIÊN", "Đảng ủy các cơ quan Đảng tỉnh Điện Biên"),
    ("ĐẢNG BỘ TỈNH QUẢNG NAM", "Đảng bộ tỉnh Quảng Nam"),
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh"),
    ("BAN TỔ CHỨC TỈNH ỦY BÌNH AN", "Ban Tổ chức Tỉnh ủy Bình An"),
    ("HUYỆN ỦY NẬM KHAO", "Huyện ủy Nậm Khao"),
    ("CHI BỘ THÔN GIÀNG TẢ", "Chi bộ thôn Giàng Tả"),
    ("CHI BỘ BẢN HUỔI LẾCH", "Chi bộ bản Huổi Lếch"),
    ("CHI BỘ TRƯỜNG THCS HÒA BÌNH", "Chi bộ Trường THCS Hòa Bình"),
    ("CHI BỘ TỔ DÂN PHỐ SỐ 5", "Chi bộ tổ dân phố số 5"),
    ("ỦY BAN KIỂM TRA HUYỆN ỦY", "Ủy ban Kiểm tra Huyện ủy"),
    ("BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI", "Ban Thường vụ Đảng ủy Khối"),
    ("Đảng ủy xã Tả Van", "Đảng ủy xã Tả Van"),
])
def test_bodies_in_sentence_case(upper, written):
    assert sentence_case(upper) == written


@pytest.mark.parametrize("text, name", [
    ("Nguyễn Văn Hùng", "Nguyễn Văn Hùng"), ("TRẦN VĂN BA", "Trần Văn Ba"), ("GIÀNG A SÙNG", "Giàng A Sùng"),
    ("PHÓ BÍ THƯ", None), ("T/M BAN THƯỜNG VỤ", None), ("Lưu VP", None), ("Như trên", None), ("Hùng", None),
    ("Văn Phòng", None), ("Nguyễn Văn Phong", "Nguyễn Văn Phong"), ("Lò Thị 2", None),
])
def test_people_told_from_positions(text, name):
    assert person_name(text) == name


@pytest.mark.parametrize("text, position", [
    ("PHÓ BÍ THƯ", True), ("CHÁNH VĂN PHÒNG", True), ("PHÓ TRƯỞNG BAN", True), ("Nguyễn Văn Phong", False),
])
def test_positions(text, position):
    assert is_position(text) == position
