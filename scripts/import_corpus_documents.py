"""The documents of the importer's test corpus: invented party documents, model-meeting reports and news pages.

Everything here is illustrative: the bodies, places, people and document numbers are made up (the numbers
deliberately so), written to look like what a committee office receives, with the deviations real copies show.
gen_import_corpus.py writes each in several formats; the fields each states are its `expected` values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Letter:
    """A party document as Hướng dẫn 36-HD/VPTW lays it out, and the fields it states."""

    slug: str
    issuer_lines: tuple[str, ...]  # the left column in capitals: superior body first, the issuer (maybe wrapped)
    number: str
    place: str
    day: date
    subject: str  # as written: a công văn's line under the number, or the line under the kind title
    body: tuple[str, ...]  # paragraphs; "- " starts a list item
    signature: tuple[str, ...]  # authority and position lines
    signer: str  # as written (capitals or not)
    expected: dict
    kind_title: str | None = None  # "HƯỚNG DẪN"…; None for a công văn
    number_prefix: str = "Số "
    month_in_words: bool = False
    vv: bool = False  # the subject written "V/v …"
    addressees: tuple[str, ...] = ()
    distribution: tuple[str, ...] = ("Như trên,", "Lưu Văn phòng.")
    signed_note: bool = True
    txt_layout: str = "tabs"  # tabs, stacked, runon, markdown, right-first


@dataclass(frozen=True)
class Article:
    """A news page of a party website, with the furniture around its text."""

    slug: str
    title: str
    published: date
    paragraphs: tuple[str, ...]
    expected: dict
    author: str | None = None
    author_in_meta: bool = True
    dateline: bool = False  # the date only in a visible line, not in the page's metadata
    caption: str | None = None  # a photo caption the page repeats in the text
    images: tuple[str, ...] = ()  # addresses of pictures on another host
    letter: Letter | None = None  # a party document published as a web page


MONTHS = ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"]

_DIST = ("Như trên,", "Thường trực Đảng ủy,", "Lưu Văn phòng.")

LETTERS: list[Letter] = [
    Letter(
        slug="cv-915-du", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG", "TỈNH SƠN LÂM"),
        number="915-CV/ĐU", place="Sơn Lâm", day=date(2023, 3, 7),
        subject="về tổ chức sinh hoạt chi bộ chuyên đề quý II năm 2023",
        addressees=("Các chi bộ, đảng bộ cơ sở trực thuộc.",),
        body=("Thực hiện Hướng dẫn số 05-HD/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ và "
              "Kế hoạch số 46-KH/ĐU, ngày 12/02/2023 của Ban Thường vụ Đảng ủy, Ban Thường vụ Đảng ủy đề nghị các chi bộ, "
              "đảng bộ cơ sở thực hiện một số nội dung sau:",
              "1. Mỗi chi bộ chọn một chuyên đề gắn với nhiệm vụ chính trị của cơ quan, đơn vị; dự thảo chuyên đề gửi "
              "đảng viên trước ít nhất 03 ngày.",
              "2. Buổi sinh hoạt dành thời gian cho đảng viên thảo luận, ghi đầy đủ ý kiến vào biên bản.",
              "3. Báo cáo kết quả về Ban Thường vụ Đảng ủy (qua Ban Tổ chức) trước ngày 30/6/2023.",
              "Nhận được Công văn này, đề nghị các chi bộ, đảng bộ cơ sở triển khai thực hiện./."),
        signature=("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"), signer="Lò Thị Mai", distribution=_DIST, txt_layout="runon",
        expected={"kind": "Công văn", "number": "915-CV/ĐU", "issuer": "Đảng ủy các cơ quan Đảng tỉnh Sơn Lâm",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2023-03-07",
                  "subject": "về tổ chức sinh hoạt chi bộ chuyên đề quý II năm 2023", "signer": "Lò Thị Mai",
                  "citations": ["05-HD/TU", "46-KH/ĐU"], "based_on": []},
    ),
    Letter(
        slug="cv-1024-hu", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "HUYỆN ỦY NẬM KHAO"), number="1024-CV/HU",
        number_prefix="Số: ", place="Nậm Khao", day=date(2024, 4, 5), vv=True,
        subject="triển khai sinh hoạt chi bộ thường kỳ theo hướng dẫn mới",
        addressees=("- Các chi bộ, đảng bộ cơ sở;", "- Các cơ quan tham mưu, giúp việc Huyện ủy."),
        body=("Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng "
              "sinh hoạt chi bộ;",
              "Căn cứ Quy định số 09-QĐi/TU ngày 20/01/2023 của Ban Thường vụ Tỉnh ủy,",
              "Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ cơ sở tổ chức sinh hoạt thường kỳ đúng ngày đã định "
              "trong tháng, bảo đảm đủ các bước theo hướng dẫn.",
              "Ban Tổ chức Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện./."),
        signature=("K/T BÍ THƯ", "PHÓ BÍ THƯ"), signer="Hà Văn Thắng", distribution=("Như trên,", "Lưu VP."),
        txt_layout="tabs",
        expected={"kind": "Công văn", "number": "1024-CV/HU", "issuer": "Huyện ủy Nậm Khao",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2024-04-05",
                  "subject": "triển khai sinh hoạt chi bộ thường kỳ theo hướng dẫn mới", "signer": "Hà Văn Thắng",
                  "citations": ["12-HD/BTCTW", "09-QĐi/TU"], "based_on": ["12-HD/BTCTW", "09-QĐi/TU"]},
    ),
    Letter(
        slug="cv-87-du", issuer_lines=("ĐẢNG BỘ HUYỆN NẬM KHAO", "ĐẢNG ỦY XÃ PHIÊNG LU"), number="87-CV/ĐU",
        place="Phiêng Lu", day=date(2024, 11, 15), month_in_words=True,
        subject="về việc chuẩn bị sinh hoạt chi bộ mẫu ở thôn, bản",
        addressees=("Các chi bộ trực thuộc.",),
        body=("Thực hiện Kế hoạch số 25-KH/HU ngày 02/10/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã đề nghị các chi bộ "
              "thôn, bản chuẩn bị nội dung sinh hoạt mẫu như sau:",
              "- Chi ủy họp trước ít nhất 05 ngày để thống nhất nội dung, phân công người chuẩn bị dự thảo nghị quyết.",
              "- Mời đại diện Mặt trận và các đoàn thể thôn, bản dự phần thông tin thời sự.",
              "- Đánh giá, chấm điểm buổi sinh hoạt theo Hướng dẫn 11-HD/HU của Ban Thường vụ Huyện ủy.",
              "Đảng ủy xã sẽ cử cán bộ dự và hướng dẫn các chi bộ./."),
        signature=("T/M ĐẢNG ỦY", "BÍ THƯ"), signer="GIÀNG A SÙNG", distribution=("Như trên,", "Lưu VP Đảng ủy."),
        txt_layout="stacked",
        expected={"kind": "Công văn", "number": "87-CV/ĐU", "issuer": "Đảng ủy xã Phiêng Lu",
                  "parent": "Đảng bộ huyện Nậm Khao", "issued": "2024-11-15",
                  "subject": "về việc chuẩn bị sinh hoạt chi bộ mẫu ở thôn, bản", "signer": "Giàng A Sùng",
                  "citations": ["25-KH/HU", "11-HD/HU"], "based_on": []},
    ),
    Letter(
        slug="cv-312-btctu", issuer_lines=("TỈNH ỦY BÌNH AN", "BAN TỔ CHỨC"), number="312-CV/BTCTU", place="Bình An",
        day=date(2025, 2, 18), subject="về rà soát tiêu chí đánh giá chất lượng sinh hoạt chi bộ",
        addressees=("Ban tổ chức các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.",),
        body=("Để chuẩn bị sửa đổi Hướng dẫn số 07-HD/BTCTU ngày 10/3/2023 của Ban Tổ chức Tỉnh ủy, Ban Tổ chức Tỉnh ủy "
              "đề nghị các đơn vị rà soát việc áp dụng tiêu chí chấm điểm chất lượng sinh hoạt chi bộ trong năm 2024.",
              "Nội dung rà soát gồm: tiêu chí khó chấm, tiêu chí trùng lặp, trường hợp chi bộ xếp loại tốt nhưng có "
              "tiêu chí chưa đạt điểm tối đa.",
              "Báo cáo rà soát gửi về Ban Tổ chức Tỉnh ủy trước ngày 31/3/2025./."),
        signature=("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), signer="Nguyễn Thị Thu Hà",
        distribution=("Như trên,", "Thường trực Tỉnh ủy (b/c),", "Lưu VT."), txt_layout="markdown",
        expected={"kind": "Công văn", "number": "312-CV/BTCTU", "issuer": "Ban Tổ chức Tỉnh ủy Bình An",
                  "parent": "Tỉnh ủy Bình An", "issued": "2025-02-18",
                  "subject": "về rà soát tiêu chí đánh giá chất lượng sinh hoạt chi bộ", "signer": "Nguyễn Thị Thu Hà",
                  "citations": ["07-HD/BTCTU"], "based_on": []},
    ),
    Letter(
        slug="hd-07-btctu", issuer_lines=("TỈNH ỦY BÌNH AN", "BAN TỔ CHỨC"), number="07-HD/BTCTU", place="Bình An",
        day=date(2023, 3, 10), kind_title="HƯỚNG DẪN",
        subject="tổ chức sinh hoạt chi bộ thường kỳ ở chi bộ khu dân cư",
        body=("- Căn cứ Điều lệ Đảng;",
              "- Căn cứ Quy định số 09-QĐ/TU ngày 20/01/2023 của Ban Thường vụ Tỉnh ủy về sinh hoạt chi bộ;",
              "- Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương,",
              "Ban Tổ chức Tỉnh ủy hướng dẫn tổ chức sinh hoạt chi bộ thường kỳ ở chi bộ khu dân cư như sau:",
              "I. MỤC ĐÍCH, YÊU CẦU",
              "Nâng cao chất lượng sinh hoạt chi bộ thôn, bản, tổ dân phố; nội dung sát với đời sống của nhân dân.",
              "II. NỘI DUNG",
              "1. Chi ủy chuẩn bị nội dung, dự thảo nghị quyết trước buổi sinh hoạt.",
              "2. Đảng viên thảo luận, biểu quyết thông qua nghị quyết của chi bộ."),
        signature=("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), signer="TRẦN VĂN KHÁNH",
        distribution=("Ban Thường vụ Tỉnh ủy (b/c),", "Các đảng bộ trực thuộc,", "Lưu VT."), txt_layout="tabs",
        expected={"kind": "Hướng dẫn", "number": "07-HD/BTCTU", "issuer": "Ban Tổ chức Tỉnh ủy Bình An",
                  "parent": "Tỉnh ủy Bình An", "issued": "2023-03-10",
                  "subject": "tổ chức sinh hoạt chi bộ thường kỳ ở chi bộ khu dân cư", "signer": "Trần Văn Khánh",
                  "citations": ["09-QĐi/TU", "12-HD/BTCTW"], "based_on": ["09-QĐi/TU", "12-HD/BTCTW"]},
    ),
    Letter(
        slug="hd-03-duk", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"), number="03-HD/ĐUK",
        place="Sơn Lâm", day=date(2023, 5, 22), kind_title="HƯỚNG DẪN",
        subject="sinh hoạt chuyên đề ở các chi bộ cơ quan năm 2023",
        body=("Thực hiện Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư, Ban Thường vụ Đảng ủy Khối hướng dẫn "
              "như sau:",
              "1. Mỗi quý, chi bộ sinh hoạt ít nhất một chuyên đề; chuyên đề được chuẩn bị bằng văn bản.",
              "2. Chuyên đề năm 2023 tập trung vào cải cách hành chính và thực hành tiết kiệm.",
              "3. Các đảng bộ cơ sở báo cáo kết quả trước ngày 15/12/2023."),
        signature=("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"), signer="Vũ Đức Thịnh", number_prefix="Số ",
        txt_layout="right-first",
        expected={"kind": "Hướng dẫn", "number": "03-HD/ĐUK", "issuer": "Đảng ủy Khối các cơ quan tỉnh",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2023-05-22",
                  "subject": "sinh hoạt chuyên đề ở các chi bộ cơ quan năm 2023", "signer": "Vũ Đức Thịnh",
                  "citations": ["18-KL/TW"], "based_on": []},
    ),
    Letter(
        slug="hd-11-hu", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "HUYỆN ỦY NẬM KHAO"), number="11-HD/HU", place="Nậm Khao",
        day=date(2024, 8, 2), kind_title="HƯỚNG DẪN", subject="đánh giá, chấm điểm chất lượng sinh hoạt chi bộ",
        body=("Căn cứ Hướng dẫn số 07-HD/BTCTU của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Huyện ủy hướng dẫn đánh giá, "
              "chấm điểm chất lượng sinh hoạt chi bộ như sau:",
              "1. Thang điểm 100, gồm 5 tiêu chí; chi bộ tự chấm ngay cuối buổi sinh hoạt.",
              "2. Xếp loại tốt khi đạt từ 90 điểm và không có tiêu chí nào dưới mức tối đa ở phần chuẩn bị.",
              "3. Đảng ủy cơ sở kiểm tra ngẫu nhiên kết quả tự chấm mỗi quý."),
        signature=("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"), signer="Lường Văn Piểng", month_in_words=True,
        txt_layout="runon",
        expected={"kind": "Hướng dẫn", "number": "11-HD/HU", "issuer": "Huyện ủy Nậm Khao",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2024-08-02",
                  "subject": "đánh giá, chấm điểm chất lượng sinh hoạt chi bộ", "signer": "Lường Văn Piểng",
                  "citations": ["07-HD/BTCTU"], "based_on": ["07-HD/BTCTU"]},
    ),
    Letter(
        slug="kh-46-du", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG", "TỈNH SƠN LÂM"),
        number="46-KH/ĐU", place="Sơn Lâm", day=date(2023, 2, 12), kind_title="KẾ HOẠCH",
        subject="nâng cao chất lượng sinh hoạt chi bộ năm 2023",
        body=("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Kết luận số 18-KL/TW của Ban Bí thư, "
              "Ban Thường vụ Đảng ủy xây dựng kế hoạch như sau:",
              "I. MỤC ĐÍCH, YÊU CẦU",
              "Tạo chuyển biến rõ nét về chất lượng sinh hoạt chi bộ; khắc phục tình trạng sinh hoạt hình thức.",
              "II. NHIỆM VỤ, GIẢI PHÁP",
              "- Chi ủy xây dựng chương trình sinh hoạt cả năm, cụ thể từng tháng.",
              "- Tổ chức sinh hoạt mẫu ở 02 chi bộ để các chi bộ khác học tập.",
              "III. TỔ CHỨC THỰC HIỆN",
              "Ban Tổ chức Đảng ủy giúp Ban Thường vụ theo dõi, đôn đốc, sơ kết 6 tháng."),
        signature=("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), signer="ĐINH CÔNG TUẤN", txt_layout="markdown",
        expected={"kind": "Kế hoạch", "number": "46-KH/ĐU", "issuer": "Đảng ủy các cơ quan Đảng tỉnh Sơn Lâm",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2023-02-12",
                  "subject": "nâng cao chất lượng sinh hoạt chi bộ năm 2023", "signer": "Đinh Công Tuấn",
                  "citations": ["05-CT/TW", "18-KL/TW"], "based_on": []},
    ),
    Letter(
        slug="kh-114-duk", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"), number="114-KH/ĐUK",
        place="Sơn Lâm", day=date(2024, 1, 9), kind_title="KẾ HOẠCH", number_prefix="Số: ",
        subject="tổ chức sinh hoạt chi bộ mẫu năm 2024",
        body=("Căn cứ Hướng dẫn số 03-HD/ĐUK ngày 22/5/2023 của Ban Thường vụ Đảng ủy Khối,",
              "Ban Thường vụ Đảng ủy Khối ban hành kế hoạch tổ chức sinh hoạt chi bộ mẫu năm 2024 như sau:",
              "1. Chọn 03 chi bộ cơ quan tổ chức sinh hoạt mẫu vào quý II.",
              "2. Mời bí thư các chi bộ trong Khối dự, rút kinh nghiệm ngay sau buổi sinh hoạt."),
        signature=("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"), signer="Vũ Đức Thịnh", txt_layout="stacked",
        expected={"kind": "Kế hoạch", "number": "114-KH/ĐUK", "issuer": "Đảng ủy Khối các cơ quan tỉnh",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2024-01-09",
                  "subject": "tổ chức sinh hoạt chi bộ mẫu năm 2024", "signer": "Vũ Đức Thịnh",
                  "citations": ["03-HD/ĐUK"], "based_on": ["03-HD/ĐUK"]},
    ),
    Letter(
        slug="kh-25-du", issuer_lines=("ĐẢNG BỘ HUYỆN NẬM KHAO", "ĐẢNG ỦY XÃ NÀ HẨU"), number="25-KH/ĐU", place="Nà Hẩu",
        day=date(2025, 1, 20), kind_title="KẾ HOẠCH", subject="chỉ đạo điểm sinh hoạt chi bộ năm 2025",
        body=("Thực hiện Hướng dẫn số 11-HD/HU ngày 02/8/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã xây dựng kế hoạch "
              "chỉ đạo điểm như sau:",
              "- Chọn Chi bộ bản Huổi Lếch và Chi bộ Trường THCS Nà Hẩu làm điểm.",
              "- Đồng chí Phó Bí thư Thường trực Đảng ủy trực tiếp theo dõi, dự các buổi sinh hoạt điểm."),
        signature=("T/M ĐẢNG ỦY", "BÍ THƯ"), signer="Sùng A Páo", txt_layout="right-first", month_in_words=True,
        expected={"kind": "Kế hoạch", "number": "25-KH/ĐU", "issuer": "Đảng ủy xã Nà Hẩu",
                  "parent": "Đảng bộ huyện Nậm Khao", "issued": "2025-01-20",
                  "subject": "chỉ đạo điểm sinh hoạt chi bộ năm 2025", "signer": "Sùng A Páo",
                  "citations": ["11-HD/HU"], "based_on": []},
    ),
    Letter(
        slug="qd-205-hu", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "HUYỆN ỦY NẬM KHAO"), number="205-QĐ/HU", place="Nậm Khao",
        day=date(2024, 9, 3), kind_title="QUYẾT ĐỊNH",
        subject="thành lập tổ công tác theo dõi sinh hoạt chi bộ",
        body=("BAN THƯỜNG VỤ HUYỆN ỦY",
              "- Căn cứ Điều lệ Đảng;",
              "- Căn cứ Quy chế làm việc số 01-QC/HU ngày 05/01/2021 của Ban Chấp hành Đảng bộ huyện;",
              "- Xét đề nghị của Ban Tổ chức Huyện ủy,",
              "QUYẾT ĐỊNH",
              "Điều 1. Thành lập tổ công tác theo dõi sinh hoạt chi bộ gồm 05 đồng chí do đồng chí Trưởng Ban Tổ chức "
              "Huyện ủy làm tổ trưởng.",
              "Điều 2. Tổ công tác giúp Ban Thường vụ theo dõi việc thực hiện Hướng dẫn số 11-HD/HU.",
              "Điều 3. Văn phòng Huyện ủy, Ban Tổ chức Huyện ủy và các đồng chí có tên tại Điều 1 thi hành Quyết định này./."),
        signature=("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), signer="Tòng Văn Hịa", distribution=("Như Điều 3,", "Lưu VP."),
        txt_layout="tabs",
        expected={"kind": "Quyết định", "number": "205-QĐ/HU", "issuer": "Huyện ủy Nậm Khao",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2024-09-03",
                  "subject": "thành lập tổ công tác theo dõi sinh hoạt chi bộ", "signer": "Tòng Văn Hịa",
                  "citations": ["01-QC/HU", "11-HD/HU"], "based_on": ["01-QC/HU"]},
    ),
    Letter(
        slug="qd-58-duk", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"), number="58-QĐ/ĐUK",
        place="Sơn Lâm", day=date(2024, 12, 2), kind_title="QUYẾT ĐỊNH", number_prefix="",
        subject="ban hành tiêu chí chấm điểm sinh hoạt chi bộ cơ quan",
        body=("BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI",
              "- Căn cứ Hướng dẫn số 07-HD/BTCTU ngày 10/3/2023 của Ban Tổ chức Tỉnh ủy;",
              "- Theo đề nghị của Ban Tổ chức Đảng ủy Khối,",
              "QUYẾT ĐỊNH",
              "Điều 1. Ban hành kèm theo Quyết định này bộ tiêu chí chấm điểm chất lượng sinh hoạt chi bộ cơ quan.",
              "Điều 2. Quyết định có hiệu lực từ ngày ký; thay thế Quyết định số 31-QĐ/ĐUK ngày 14/4/2022."),
        signature=("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), signer="Phạm Quang Vinh", distribution=("Như Điều 2,", "Lưu VP."),
        txt_layout="runon",
        expected={"kind": "Quyết định", "number": "58-QĐ/ĐUK", "issuer": "Đảng ủy Khối các cơ quan tỉnh",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2024-12-02",
                  "subject": "ban hành tiêu chí chấm điểm sinh hoạt chi bộ cơ quan", "signer": "Phạm Quang Vinh",
                  "citations": ["07-HD/BTCTU", "31-QĐ/ĐUK"], "based_on": ["07-HD/BTCTU"]},
    ),
    Letter(
        slug="tb-19-du", issuer_lines=("ĐẢNG BỘ HUYỆN NẬM KHAO", "ĐẢNG ỦY XÃ PHIÊNG LU"), number="19-TB/ĐU",
        place="Phiêng Lu", day=date(2025, 4, 2), kind_title="THÔNG BÁO",
        subject="kết luận của Thường trực Đảng ủy về sinh hoạt chi bộ quý I năm 2025",
        body=("Ngày 28/3/2025, Thường trực Đảng ủy nghe báo cáo kết quả sinh hoạt chi bộ quý I và kết luận:",
              "1. Các chi bộ sinh hoạt đúng định kỳ; 02 chi bộ thôn chưa ghi biên bản đầy đủ.",
              "2. Quý II, các chi bộ thực hiện đúng Công văn số 87-CV/ĐU của Đảng ủy xã."),
        signature=("T/M ĐẢNG ỦY", "Q. BÍ THƯ"), signer="Lò Văn Pấng", txt_layout="stacked",
        expected={"kind": "Thông báo", "number": "19-TB/ĐU", "issuer": "Đảng ủy xã Phiêng Lu",
                  "parent": "Đảng bộ huyện Nậm Khao", "issued": "2025-04-02",
                  "subject": "kết luận của Thường trực Đảng ủy về sinh hoạt chi bộ quý I năm 2025", "signer": "Lò Văn Pấng",
                  "citations": ["87-CV/ĐU"], "based_on": []},
    ),
    Letter(
        slug="qdi-09-tu", issuer_lines=("TỈNH ỦY BÌNH AN",), number="09-QĐi/TU", place="Bình An", day=date(2023, 1, 20),
        kind_title="QUY ĐỊNH", subject="về sinh hoạt chi bộ trong Đảng bộ tỉnh",
        body=("- Căn cứ Điều lệ Đảng;", "- Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương,",
              "Ban Thường vụ Tỉnh ủy quy định về sinh hoạt chi bộ như sau:",
              "Điều 1. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần, vào ngày cố định.",
              "Điều 2. Chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần."),
        signature=("TM. BAN THƯỜNG VỤ", "BÍ THƯ"), signer="Hoàng Minh Đức",
        distribution=("Các đảng bộ trực thuộc,", "Lưu VPTU."), txt_layout="tabs",
        expected={"kind": "Quy định", "number": "09-QĐi/TU", "issuer": "Tỉnh ủy Bình An", "issued": "2023-01-20",
                  "subject": "về sinh hoạt chi bộ trong Đảng bộ tỉnh", "signer": "Hoàng Minh Đức",
                  "citations": ["12-HD/BTCTW"], "based_on": ["12-HD/BTCTW"]},
    ),
    Letter(
        slug="cv-44-du", issuer_lines=("ĐẢNG BỘ HUYỆN NẬM KHAO", "ĐẢNG ỦY XÃ NÀ HẨU"), number="44-CV/ĐU", place="Nà Hẩu",
        day=date(2025, 6, 9), subject="về gửi tài liệu sinh hoạt chuyên đề tháng 7", number_prefix="Số: ",
        addressees=("Các chi bộ trực thuộc Đảng ủy xã.",),
        body=("Đảng ủy xã gửi các chi bộ tài liệu sinh hoạt chuyên đề tháng 7 theo Kế hoạch số 25-KH/ĐU, ngày 20/01/2025.",
              "Các chi bộ in tài liệu gửi đảng viên trước buổi sinh hoạt; đảng viên cao tuổi được đọc cho nghe."),
        signature=("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"), signer="Vàng Thị Dua", txt_layout="markdown",
        expected={"kind": "Công văn", "number": "44-CV/ĐU", "issuer": "Đảng ủy xã Nà Hẩu",
                  "parent": "Đảng bộ huyện Nậm Khao", "issued": "2025-06-09",
                  "subject": "về gửi tài liệu sinh hoạt chuyên đề tháng 7", "signer": "Vàng Thị Dua",
                  "citations": ["25-KH/ĐU"], "based_on": []},
    ),
    Letter(
        slug="hd-02-btgtu", issuer_lines=("TỈNH ỦY BÌNH AN", "BAN TUYÊN GIÁO"), number="02-HD/BTGTU", place="Bình An",
        day=date(2024, 3, 14), kind_title="HƯỚNG DẪN", subject="nội dung thông tin thời sự trong sinh hoạt chi bộ",
        body=("Căn cứ Quy định số 09-QĐi/TU của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:",
              "1. Thông tin thời sự gồm tình hình trong nước, trong tỉnh và ở địa phương, không quá 15 phút.",
              "2. Bí thư chi bộ hoặc đảng viên được phân công chuẩn bị trước, chọn tin gần với đời sống đảng viên."),
        signature=("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), signer="Đỗ Thị Hằng", txt_layout="right-first",
        expected={"kind": "Hướng dẫn", "number": "02-HD/BTGTU", "issuer": "Ban Tuyên giáo Tỉnh ủy Bình An",
                  "parent": "Tỉnh ủy Bình An", "issued": "2024-03-14",
                  "subject": "nội dung thông tin thời sự trong sinh hoạt chi bộ", "signer": "Đỗ Thị Hằng",
                  "citations": ["09-QĐi/TU"], "based_on": ["09-QĐi/TU"]},
    ),
    Letter(
        slug="kh-31-duk", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH"), number="31-KH/ĐUK",
        place="Sơn Lâm", day=date(2025, 3, 3), kind_title="KẾ HOẠCH",
        subject="kiểm tra việc thực hiện sinh hoạt chi bộ ở các chi bộ doanh nghiệp",
        body=("Thực hiện Hướng dẫn số 03-HD/ĐUK của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh và Quy định số 09-QĐi/TU "
              "ngày 20/01/2023 của Ban Thường vụ Tỉnh ủy,",
              "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh kiểm tra 06 chi bộ doanh nghiệp trong quý II năm 2025.",
              "Nội dung kiểm tra: việc duy trì ngày sinh hoạt, chất lượng nghị quyết chi bộ, biên bản sinh hoạt."),
        signature=("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"), signer="Mai Văn Lực", txt_layout="tabs", month_in_words=True,
        expected={"kind": "Kế hoạch", "number": "31-KH/ĐUK", "issuer": "Đảng ủy Khối Doanh nghiệp tỉnh",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2025-03-03",
                  "subject": "kiểm tra việc thực hiện sinh hoạt chi bộ ở các chi bộ doanh nghiệp", "signer": "Mai Văn Lực",
                  "citations": ["03-HD/ĐUK", "09-QĐi/TU"], "based_on": []},
    ),
    Letter(
        slug="cv-560-hu", issuer_lines=("ĐẢNG BỘ TỈNH SƠN LÂM", "HUYỆN ỦY NẬM KHAO"), number="560-CV/HU", place="Nậm Khao",
        day=date(2025, 7, 1), subject="về việc báo cáo kết quả sinh hoạt chi bộ 6 tháng đầu năm 2025",
        addressees=("Các đảng bộ, chi bộ cơ sở trực thuộc Huyện ủy.",),
        body=("Để phục vụ sơ kết việc thực hiện Kế hoạch số 114-KH/ĐUK và Hướng dẫn 11-HD/HU ngày 02/8/2024, Ban Thường vụ "
              "Huyện ủy đề nghị các đảng bộ, chi bộ cơ sở báo cáo kết quả sinh hoạt chi bộ 6 tháng đầu năm 2025.",
              "Báo cáo gửi về Văn phòng Huyện ủy trước ngày 15/7/2025./."),
        signature=("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"), signer="Quàng Thị Xuân", txt_layout="runon",
        distribution=("Như trên,", "Lưu VP."),
        expected={"kind": "Công văn", "number": "560-CV/HU", "issuer": "Huyện ủy Nậm Khao",
                  "parent": "Đảng bộ tỉnh Sơn Lâm", "issued": "2025-07-01",
                  "subject": "về việc báo cáo kết quả sinh hoạt chi bộ 6 tháng đầu năm 2025", "signer": "Quàng Thị Xuân",
                  "citations": ["114-KH/ĐUK", "11-HD/HU"], "based_on": []},
    ),
]


@dataclass(frozen=True)
class Report:
    """A report or minutes of a model meeting, as a party document, and the meeting it states."""

    letter: Letter
    meeting_expected: dict = field(default_factory=dict)


def _report(slug, issuer_lines, number, place, day, kind_title, subject, body, signature, signer, expected, **extra):
    return Report(Letter(slug=slug, issuer_lines=issuer_lines, number=number, place=place, day=day, kind_title=kind_title,
                         subject=subject, body=body, signature=signature, signer=signer, expected={},
                         distribution=("Đảng ủy xã (b/c),", "Lưu chi bộ."), **extra), expected)


REPORTS: list[Report] = [
    _report("bc-05-cb-giang-ta", ("ĐẢNG BỘ XÃ PHIÊNG LU", "CHI BỘ THÔN GIÀNG TẢ"), "05-BC/CB", "Giàng Tả", date(2025, 3, 20),
            "BÁO CÁO", "kết quả sinh hoạt chi bộ mẫu (chuyên đề) tháng 3 năm 2025",
            ("Thực hiện Công văn số 87-CV/ĐU của Đảng ủy xã Phiêng Lu, ngày 15/3/2025 Chi bộ thôn Giàng Tả tổ chức buổi "
             "sinh hoạt chuyên đề mẫu với chủ đề phát triển du lịch cộng đồng.",
             "Chi bộ có 24 đảng viên, dự sinh hoạt 22/24 đồng chí (vắng 02 đồng chí có lý do); có 9 đồng chí phát biểu.",
             "1. Ưu điểm",
             "- Chi ủy chuẩn bị chuyên đề bằng văn bản, gửi đảng viên trước 05 ngày.",
             "- Đảng viên phát biểu sôi nổi, có ý kiến trái chiều được ghi vào biên bản.",
             "- Nghị quyết chi bộ ngắn gọn, phân công rõ người, rõ việc.",
             "2. Hạn chế",
             "- Phần thông tin thời sự còn dài, chưa gắn với địa phương.",
             "- Một số đảng viên cao tuổi chưa phát biểu.",
             "3. Bài học kinh nghiệm",
             "- Chọn chuyên đề gắn với sinh kế của bà con thì đảng viên tham gia nhiều hơn.",
             "- Phân công trước người phát biểu mở đầu cho từng nội dung."),
            ("T/M CHI BỘ", "BÍ THƯ"), "Lò Văn Pấng",
            {"cell": "Chi bộ thôn Giàng Tả", "organization": "Đảng bộ xã Phiêng Lu", "date": "2025-03-15",
             "meeting_type": "chuyen-de", "cell_type": "khu-dan-cu", "members": 24, "attended": 22, "speakers": 9,
             "strengths": 3, "limitations": 2, "lessons": 2}, txt_layout="tabs"),
    _report("bb-rkn-thcs-hoa-binh", ("ĐẢNG BỘ XÃ NÀ HẨU", "CHI BỘ TRƯỜNG THCS HÒA BÌNH"), "03-BB/CB", "Nà Hẩu",
            date(2025, 4, 12), "BIÊN BẢN", "rút kinh nghiệm buổi sinh hoạt chi bộ mẫu tháng 4 năm 2025",
            ("Thời gian: 14 giờ 00, ngày 10/4/2025, Chi bộ Trường THCS Hòa Bình tổ chức sinh hoạt thường kỳ mẫu.",
             "Tổng số đảng viên: 15; số đảng viên có mặt: 14 đồng chí; 6 đồng chí phát biểu.",
             "II. ƯU ĐIỂM",
             "- Chương trình sinh hoạt đủ các bước, đúng thời gian.",
             "- Nội dung bám sát nhiệm vụ dạy học và công tác chủ nhiệm.",
             "III. TỒN TẠI, HẠN CHẾ",
             "- Dự thảo nghị quyết gửi muộn, đảng viên chưa kịp đọc.",
             "IV. BÀI HỌC KINH NGHIỆM",
             "- Gửi dự thảo nghị quyết trước ít nhất 02 ngày.",
             "- Mỗi buổi sinh hoạt chọn một vấn đề để đi sâu."),
            ("T/M CHI BỘ", "BÍ THƯ"), "Phạm Thị Ngọc",
            {"cell": "Chi bộ Trường THCS Hòa Bình", "organization": "Đảng bộ xã Nà Hẩu", "date": "2025-04-10",
             "meeting_type": "thuong-ky", "cell_type": "su-nghiep", "members": 15, "attended": 14, "speakers": 6,
             "strengths": 2, "limitations": 1, "lessons": 2}, txt_layout="stacked"),
    _report("bc-12-du-huoi-lech", ("ĐẢNG BỘ HUYỆN NẬM KHAO", "ĐẢNG ỦY XÃ NÀ HẨU"), "12-BC/ĐU", "Nà Hẩu", date(2025, 5, 6),
            "BÁO CÁO", "kết quả chỉ đạo điểm sinh hoạt chi bộ chuyên đề tại Chi bộ bản Huổi Lếch",
            ("Thực hiện Kế hoạch số 25-KH/ĐU ngày 20/01/2025 của Đảng ủy xã, ngày 28/4/2025 Chi bộ bản Huổi Lếch tổ chức "
             "sinh hoạt chuyên đề về giữ gìn bản sắc văn hóa dân tộc.",
             "Chi bộ có 18 đảng viên; 17 đồng chí dự sinh hoạt; 7 đồng chí phát biểu.",
             "Ưu điểm: chi ủy chuẩn bị kỹ, chuyên đề được dịch sang tiếng Mông cho đảng viên cao tuổi.",
             "Hạn chế: thời gian thảo luận còn ít.",
             "Bài học kinh nghiệm: mời người có uy tín trong bản dự phần thảo luận."),
            ("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ"), "Sùng A Páo",
            {"cell": "Chi bộ bản Huổi Lếch", "organization": "Đảng bộ xã Nà Hẩu", "date": "2025-04-28",
             "meeting_type": "chuyen-de", "cell_type": "khu-dan-cu", "members": 18, "attended": 17, "speakers": 7,
             "strengths": 1, "limitations": 1, "lessons": 1}, txt_layout="runon"),
    _report("bc-07-cb-nong-san", ("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH", "CHI BỘ CÔNG TY CỔ PHẦN NÔNG SẢN SƠN LÂM"), "07-BC/CB",
            "Sơn Lâm", date(2025, 6, 18), "BÁO CÁO", "kết quả sinh hoạt chi bộ mẫu quý II năm 2025",
            ("Ngày 12/6/2025, Chi bộ Công ty Cổ phần Nông sản Sơn Lâm tổ chức sinh hoạt thường kỳ mẫu theo Kế hoạch số "
             "31-KH/ĐUK của Đảng ủy Khối Doanh nghiệp tỉnh.",
             "Chi bộ có 12 đảng viên; có mặt 12/12 đồng chí; 5 đồng chí phát biểu.",
             "1. Ưu điểm",
             "- Gắn nội dung sinh hoạt với kế hoạch sản xuất, kinh doanh quý III.",
             "2. Hạn chế",
             "- Chưa dành thời gian cho tự phê bình và phê bình.",
             "3. Bài học kinh nghiệm",
             "- Giám đốc là đảng viên báo cáo ngắn, để thời gian cho thảo luận."),
            ("T/M CHI BỘ", "BÍ THƯ"), "Trịnh Văn Nam",
            {"cell": "Chi bộ Công ty Cổ phần Nông sản Sơn Lâm", "organization": "Đảng bộ Khối Doanh nghiệp tỉnh",
             "date": "2025-06-12", "meeting_type": "thuong-ky", "cell_type": "doanh-nghiep", "members": 12, "attended": 12,
             "speakers": 5, "strengths": 1, "limitations": 1, "lessons": 1}, txt_layout="markdown"),
    _report("bc-02-cb-quan-su", ("ĐẢNG BỘ XÃ PHIÊNG LU", "CHI BỘ QUÂN SỰ XÃ"), "02-BC/CB", "Phiêng Lu", date(2025, 8, 25),
            "BÁO CÁO", "rút kinh nghiệm sinh hoạt chuyên đề mẫu tháng 8 năm 2025",
            ("Ngày 20/8/2025, Chi bộ Quân sự xã Phiêng Lu tổ chức sinh hoạt chuyên đề mẫu về sẵn sàng chiến đấu.",
             "Chi bộ có 7 đảng viên, có mặt 7 đồng chí; 5 đồng chí phát biểu.",
             "1. Ưu điểm",
             "- Chuyên đề thiết thực, gắn với nhiệm vụ huấn luyện dân quân.",
             "- Đảng viên trẻ phát biểu mạnh dạn.",
             "2. Hạn chế",
             "- Biên bản ghi chưa đủ ý kiến thảo luận.",
             "3. Bài học kinh nghiệm",
             "- Phân công đảng viên ghi biên bản có kinh nghiệm."),
            ("T/M CHI BỘ", "BÍ THƯ"), "Lò Văn Thành",
            {"cell": "Chi bộ Quân sự xã Phiêng Lu", "organization": "Đảng bộ xã Phiêng Lu", "date": "2025-08-20",
             "meeting_type": "chuyen-de", "cell_type": "luc-luong-vu-trang", "members": 7, "attended": 7, "speakers": 5,
             "strengths": 2, "limitations": 1, "lessons": 1}, txt_layout="right-first"),
    _report("bc-09-cb-to-5", ("ĐẢNG BỘ PHƯỜNG TÂN PHONG", "CHI BỘ TỔ DÂN PHỐ SỐ 5"), "09-BC/CB", "Tân Phong",
            date(2025, 9, 30), "BÁO CÁO", "kết quả buổi sinh hoạt chi bộ mẫu tháng 9 năm 2025",
            ("Ngày 25/9/2025, Chi bộ tổ dân phố 5 tổ chức sinh hoạt thường kỳ mẫu với sự tham dự của bí thư các chi bộ "
             "trong phường.",
             "Tổng số đảng viên: 31; dự sinh hoạt 27/31 đồng chí; 11 đồng chí phát biểu.",
             "1. Ưu điểm",
             "- Đánh giá đúng kết quả thực hiện nghị quyết tháng trước, chỉ rõ việc chưa làm.",
             "2. Hạn chế",
             "- Chưa mời đại diện các đoàn thể tổ dân phố.",
             "- Phần biểu quyết nghị quyết còn làm nhanh.",
             "3. Bài học kinh nghiệm",
             "- Giao việc cụ thể cho từng đảng viên, kiểm tra lại ở buổi sau."),
            ("T/M CHI BỘ", "BÍ THƯ"), "Nguyễn Thị Lan",
            {"cell": "Chi bộ tổ dân phố 5", "organization": "Đảng bộ phường Tân Phong", "date": "2025-09-25",
             "meeting_type": "thuong-ky", "cell_type": "khu-dan-cu", "members": 31, "attended": 27, "speakers": 11,
             "strengths": 1, "limitations": 2, "lessons": 1}, txt_layout="tabs"),
]

ARTICLES: list[Article] = [
    Article(
        slug="bai-giang-ta", title="Chi bộ thôn Giàng Tả đổi mới sinh hoạt chuyên đề", published=date(2025, 3, 24),
        author="Minh Hà", caption="Đảng viên Chi bộ thôn Giàng Tả thảo luận tại buổi sinh hoạt chuyên đề.",
        paragraphs=("Chi bộ thôn Giàng Tả chọn chuyên đề phát triển du lịch cộng đồng, bám sát Chỉ thị 05-CT/TW của "
                    "Bộ Chính trị. Trước buổi sinh hoạt, chi ủy giao cho hai đảng viên trẻ chuẩn bị tài liệu.",
                    "Theo đồng chí Bí thư Chi bộ, nhờ gửi chuyên đề trước 5 ngày nên đảng viên chuẩn bị ý kiến kỹ hơn.",
                    "Buổi sinh hoạt được Đảng ủy xã Phiêng Lu chọn làm mẫu để các chi bộ thôn khác học tập."),
        expected={"title": "Chi bộ thôn Giàng Tả đổi mới sinh hoạt chuyên đề", "issued": "2025-03-24", "author": "Minh Hà",
                  "citations": ["05-CT/TW"]},
    ),
    Article(
        slug="bai-to-dang", title="Tổ đảng sinh hoạt ở khu dân cư: cách làm ở phường Tân Phong", published=date(2025, 5, 5),
        author="Quang Huy", author_in_meta=False, dateline=True,
        paragraphs=("Ở phường Tân Phong, các chi bộ tổ dân phố có đông đảng viên chia thành tổ đảng để sinh hoạt.",
                    "Theo Hướng dẫn số 11-HD/HU ngày 02/8/2024, tổ đảng sinh hoạt trước buổi sinh hoạt chi bộ để bàn việc "
                    "của từng khu.",
                    "Cách làm này giúp đảng viên cao tuổi tham gia ý kiến nhiều hơn."),
        expected={"title": "Tổ đảng sinh hoạt ở khu dân cư: cách làm ở phường Tân Phong", "issued": "2025-05-05",
                  "author": "Quang Huy", "citations": ["11-HD/HU"]},
    ),
    Article(
        slug="bai-cham-diem", title="Chấm điểm sinh hoạt chi bộ: tốt phải đủ tiêu chí", published=date(2024, 11, 2),
        author="Thu Trang",
        paragraphs=("Nhiều chi bộ tự xếp loại tốt dù có tiêu chí chưa đạt điểm tối đa, theo kết quả kiểm tra của Ban Tổ "
                    "chức Huyện ủy Nậm Khao.",
                    "Hướng dẫn 11-HD/HU yêu cầu chi bộ chỉ xếp loại tốt khi đủ điểm ở phần chuẩn bị.",
                    "Ban Tổ chức Huyện ủy đề nghị đảng ủy cơ sở kiểm tra lại kết quả tự chấm mỗi quý."),
        images=("https://anh.baodientu.example.vn/2024/11/cham-diem.jpg",),
        expected={"title": "Chấm điểm sinh hoạt chi bộ: tốt phải đủ tiêu chí", "issued": "2024-11-02", "author": "Thu Trang",
                  "citations": ["11-HD/HU"]},
    ),
    Article(
        slug="bai-thong-tin-thoi-su", title="Thông tin thời sự trong sinh hoạt chi bộ: ngắn, gần, đúng",
        published=date(2024, 4, 10), author=None,
        paragraphs=("Ban Tuyên giáo Tỉnh ủy Bình An vừa hướng dẫn nội dung thông tin thời sự trong sinh hoạt chi bộ.",
                    "Theo Hướng dẫn số 02-HD/BTGTU, phần thông tin thời sự không quá 15 phút và ưu tiên tin của địa phương.",
                    "Nhiều bí thư chi bộ cho biết hướng dẫn giúp buổi sinh hoạt bớt dài."),
        expected={"title": "Thông tin thời sự trong sinh hoạt chi bộ: ngắn, gần, đúng", "issued": "2024-04-10",
                  "citations": ["02-HD/BTGTU"]},
    ),
    Article(
        slug="bai-bien-ban", title="Ghi biên bản sinh hoạt chi bộ sao cho đủ", published=date(2025, 8, 14),
        author="Lan Anh", dateline=True, caption="Biên bản sinh hoạt của một chi bộ thôn được lưu trữ cẩn thận.",
        paragraphs=("Biên bản là căn cứ để chi bộ theo dõi việc thực hiện nghị quyết.",
                    "Nhiều chi bộ chỉ ghi kết luận mà bỏ qua ý kiến thảo luận của đảng viên.",
                    "Đảng ủy xã Nà Hẩu đã mở lớp tập huấn ghi biên bản cho các đồng chí được phân công."),
        expected={"title": "Ghi biên bản sinh hoạt chi bộ sao cho đủ", "issued": "2025-08-14", "author": "Lan Anh",
                  "citations": []},
    ),
    Article(
        slug="van-ban-cv-44", title="Công văn 44-CV/ĐU về gửi tài liệu sinh hoạt chuyên đề tháng 7", published=date(2025, 6, 10),
        paragraphs=(), letter=LETTERS[14],
        expected={},
    ),
]
