"""status_on: in force on a day, and why, from dates, declared status and what supersedes what."""

from __future__ import annotations

from datetime import date

import pytest

from guides import guide, verified
from sotay.core.documents.relations import RelationIndex
from sotay.core.documents.status import cited_name, has_ended, status_on, timeline, timeline_data, verification_due

OLD = guide("03-HD/TU", issued=date(2018, 10, 8))
NEW = guide("05-HD/TU", issued=date(2024, 4, 5), effective=date(2024, 5, 1), supersedes=("03-HD/TU",))
EXPIRING = guide("07-KH/TU", issued=date(2024, 1, 10), expires=date(2024, 12, 31))
DRAFT = guide("08-HD/TU", status="du-thao")
PARTLY = guide("09-QĐi/TU", issued=date(2020, 3, 1), status="hieu-luc-mot-phan")
ENDED_UNDATED = guide("10-CT/TU", issued=date(2015, 6, 1), status="het-hieu-luc")
NOT_YET = guide("11-HD/TU", issued=date(2025, 1, 2), status="chua-hieu-luc")
NOT_YET_DATED = guide("12-HD/TU", issued=date(2025, 1, 2), effective=date(2025, 3, 1), status="chua-hieu-luc")
REPLACES_EARLY = guide("13-HD/TU", issued=date(2024, 6, 1), supersedes=("07-KH/TU",))
RELATIONS = RelationIndex([OLD, NEW, EXPIRING, DRAFT, PARTLY, ENDED_UNDATED, NOT_YET, NOT_YET_DATED, REPLACES_EARLY])


@pytest.mark.parametrize("doc, day, in_force, reason", [
    (OLD, date(2018, 10, 7), False, "Chưa có hiệu lực: văn bản có hiệu lực từ ngày 08/10/2018."),
    (OLD, date(2018, 10, 8), True, "Còn hiệu lực: văn bản có hiệu lực từ ngày 08/10/2018 đến hết ngày 30/04/2024."),
    # the replacement's effective date (not its issue date) ends the old document
    (OLD, date(2024, 4, 30), True, "Còn hiệu lực: văn bản có hiệu lực từ ngày 08/10/2018 đến hết ngày 30/04/2024."),
    (OLD, date(2024, 5, 1), False, "Hết hiệu lực từ ngày 01/05/2024: được thay thế bởi Hướng dẫn 05-HD/TU."),
    (NEW, date(2024, 4, 20), False, "Chưa có hiệu lực: văn bản có hiệu lực từ ngày 01/05/2024."),
    (NEW, date(2030, 1, 1), True, "Còn hiệu lực: văn bản có hiệu lực từ ngày 01/05/2024."),
    # whichever ends first: here the replacement (issued 01/06/2024) before the expiry date
    (EXPIRING, date(2024, 5, 31), True, "Còn hiệu lực: văn bản có hiệu lực từ ngày 10/01/2024 đến hết ngày 31/05/2024."),
    (EXPIRING, date(2024, 6, 1), False, "Hết hiệu lực từ ngày 01/06/2024: được thay thế bởi Hướng dẫn 13-HD/TU."),
    (DRAFT, date(2030, 1, 1), False, "Dự thảo: văn bản chưa được ban hành nên chưa có hiệu lực."),
    (PARTLY, date(2021, 1, 1), True, "Còn hiệu lực một phần: văn bản có hiệu lực từ ngày 01/03/2020, "
                                     "một số nội dung đã được sửa đổi hoặc thay thế."),
    (ENDED_UNDATED, date(2014, 1, 1), False, "Chưa có hiệu lực: văn bản có hiệu lực từ ngày 01/06/2015."),
    (ENDED_UNDATED, date(2016, 1, 1), False, "Hết hiệu lực, nhưng sổ tay chưa ghi ngày hết hiệu lực nên không xác định được "
                                             "văn bản còn hiệu lực vào ngày này hay không."),
    (NOT_YET, date(2030, 1, 1), False, "Chưa có hiệu lực: sổ tay chưa ghi ngày văn bản có hiệu lực."),
    (NOT_YET_DATED, date(2025, 2, 28), False, "Chưa có hiệu lực: văn bản có hiệu lực từ ngày 01/03/2025."),
    (NOT_YET_DATED, date(2025, 3, 1), True, "Còn hiệu lực: văn bản có hiệu lực từ ngày 01/03/2025."),
])
def test_status_on(doc, day, in_force, reason):
    assert status_on(doc, day, RELATIONS) == (in_force, reason)


def test_expiry_date_is_the_first_day_out_of_force():
    alone = RelationIndex([EXPIRING])
    assert status_on(EXPIRING, date(2024, 12, 30), alone).in_force
    assert status_on(EXPIRING, date(2024, 12, 31), alone) == (
        False, "Hết hiệu lực từ ngày 31/12/2024, ngày hết hiệu lực ghi trong văn bản.")


def test_replacement_without_dates_ends_the_old_document_on_an_unknown_day():
    old, new = guide("03-HD/TU"), guide("05-HD/TU", issued=None, form="huong-dan", supersedes=("03-HD/TU",))
    in_force, reason = status_on(old, date(2030, 1, 1), RelationIndex([old, new]))
    assert not in_force and reason.startswith("Hết hiệu lực (được thay thế bởi Hướng dẫn 05-HD/TU), nhưng sổ tay chưa ghi")


@pytest.mark.parametrize("doc, day, ended", [
    (OLD, date(2024, 5, 1), True), (OLD, date(2020, 1, 1), False), (DRAFT, date(2030, 1, 1), False),
    (NOT_YET, date(2030, 1, 1), False), (ENDED_UNDATED, date(2016, 1, 1), True), (EXPIRING, date(2025, 1, 1), True),
])
def test_has_ended(doc, day, ended):
    assert has_ended(doc, day, RELATIONS) is ended


def test_timeline_data_is_what_the_browser_reads():
    assert timeline_data(timeline(OLD, RELATIONS)) == [
        {"start": None, "in_force": False, "label": "Chưa có hiệu lực", "reason": "Chưa có hiệu lực: văn bản có hiệu lực từ ngày 08/10/2018."},
        {"start": "2018-10-08", "in_force": True, "label": "Còn hiệu lực",
         "reason": "Còn hiệu lực: văn bản có hiệu lực từ ngày 08/10/2018 đến hết ngày 30/04/2024."},
        {"start": "2024-05-01", "in_force": False, "label": "Hết hiệu lực",
         "reason": "Hết hiệu lực từ ngày 01/05/2024: được thay thế bởi Hướng dẫn 05-HD/TU."},
    ]


@pytest.mark.parametrize("fields, day, due", [
    ({}, date(2025, 6, 1), "hiệu lực chưa từng được xác minh"),
    ({"verified": verified(date(2024, 6, 1))}, date(2025, 6, 1), None),  # 365 days: still fresh
    ({"verified": verified(date(2024, 5, 31))}, date(2025, 6, 1),
     "hiệu lực xác minh lần cuối ngày 31/05/2024, đã 366 ngày (quá 365 ngày)"),
    ({"form": "huong-dan"}, date(2025, 6, 1), None),                 # not an official document
    ({"status": "du-thao"}, date(2025, 6, 1), None),                 # a draft binds no one yet
    ({"expires": date(2025, 1, 1)}, date(2025, 6, 1), None),         # ended: settled
])
def test_verification_due(fields, day, due):
    doc = guide("20-HD/TU", **fields)
    assert verification_due(doc, day, RelationIndex([doc])) == due


@pytest.mark.parametrize("doc, name", [
    (guide("366-QĐ/TW", title="Quy định 366-QĐ/TW về kiểm điểm"), "Quy định 366-QĐ/TW"),
    (guide("05-HD/TU", title="Hướng dẫn mới về sinh hoạt chi bộ"), "Hướng dẫn 05-HD/TU"),
    (guide("99-QĐ/TW", title="Quyết định 99-QĐ/TW và Quy định 366-QĐ/TW"), "Quyết định 99-QĐ/TW"),
    (guide(None, title="Quy trình sinh hoạt", form="huong-dan"), "Quy trình sinh hoạt"),
])
def test_cited_name_takes_the_kind_the_title_gives(doc, name):
    assert cited_name(doc) == name
