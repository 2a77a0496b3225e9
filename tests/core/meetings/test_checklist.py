"""Checklist items: nesting, notes, and ids that survive edits to other items."""

from sotay.core.meetings.checklist import marked_sections, parse_items

LIST = """\
Giới thiệu.

- [ ] Họp chi ủy
  - [ ] Thống nhất nội dung
  - [x] Dự thảo nghị quyết
- [ ] Gửi tài liệu
    Ghi chú: trước ít nhất một ngày.
- [ ] Họp chi ủy
"""


def ids(items):
    return [item.id for item in items] + [i for item in items for i in ids(item.children)]


def test_nesting_notes_and_texts():
    items = parse_items(LIST)
    assert [i.text for i in items] == ["Họp chi ủy", "Gửi tài liệu", "Họp chi ủy"]
    assert [c.text for c in items[0].children] == ["Thống nhất nội dung", "Dự thảo nghị quyết"]
    assert items[1].note == "trước ít nhất một ngày."


def test_repeated_text_gets_distinct_ids():
    every = ids(parse_items(LIST))
    assert len(every) == len(set(every)) == 5


def test_editing_or_inserting_an_item_keeps_the_other_ids():
    before = {item.text: item.id for item in parse_items(LIST)}
    edited = LIST.replace("Gửi tài liệu", "Gửi tài liệu cho đảng viên").replace("- [ ] Họp chi ủy\n  -", "- [ ] Điểm danh\n- [ ] Họp chi ủy\n  -", 1)
    after = {item.text: item.id for item in parse_items(edited)}
    assert after["Họp chi ủy"] == before["Họp chi ủy"]
    assert after["Gửi tài liệu cho đảng viên"] != before["Gửi tài liệu"]
    assert len(after) == 3


def test_ids_ignore_case_and_diacritic_encoding_but_not_wording():
    assert parse_items("- [ ] Họp Chi ủy")[0].id == parse_items("- [ ] họp chi ủy")[0].id
    assert parse_items("- [ ] Họp chi ủy")[0].id != parse_items("- [ ] Họp chi bộ")[0].id


def test_marked_sections_in_a_guide():
    guide = "Mở đầu\n\n<!-- checklist: trong -->\n- [ ] Điểm danh\n<!-- /checklist -->\n\nKết."
    assert marked_sections(guide) == [("trong", "- [ ] Điểm danh\n")]
