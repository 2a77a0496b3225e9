"""Rules of guides and official documents beyond field types."""

from __future__ import annotations

from ..frontmatter import SourceFile
from ..textfold import slugify

Finding = tuple[str, str | None, str, str | None]

FORM_OF_OFFICIAL_DOCUMENT = "van-ban"
# The fields an official document (form van-ban) must have, with what each holds; the editor's hints name them too.
OFFICIAL_DOCUMENT_FIELDS = (("number", "số hiệu"), ("issuer", "cơ quan ban hành"), ("issued", "ngày ban hành"))


def rules(values: dict, source: SourceFile) -> tuple[dict, list[Finding]]:
    findings: list[Finding] = []
    if values["form"] == FORM_OF_OFFICIAL_DOCUMENT:
        for name, what in OFFICIAL_DOCUMENT_FIELDS:
            if name not in values:
                findings.append(("error", "form", f"văn bản (form: van-ban) phải có trường `{name}` ({what})",
                                 f"thêm dòng `{name}: ...`"))
    if "issuer" in values and not slugify(values["issuer"]):  # the issuer names a listing page (tra-cuu/co-quan-ban-hanh/…)
        findings.append(("error", "issuer", "tên cơ quan ban hành phải có chữ hoặc số", "ví dụ: Ban Thường vụ Tỉnh ủy"))
    issued, effective, expires = values.get("issued"), values.get("effective"), values.get("expires")
    if issued and effective and effective < issued:
        findings.append(("error", "effective", "ngày có hiệu lực (effective) trước ngày ban hành (issued)",
                         "kiểm tra lại hai ngày"))
    start = effective or issued
    if start and expires and expires < start:
        findings.append(("error", "expires", "ngày hết hiệu lực (expires) trước ngày bắt đầu hiệu lực", "kiểm tra lại hai ngày"))
    own = values.get("number")
    for relation in ("supersedes", "amends", "guides", "based_on"):
        if own and own in values.get(relation, ()):
            findings.append(("error", relation, f"văn bản tự dẫn chiếu chính nó trong `{relation}`", f"bỏ {own} khỏi danh sách"))
    return {}, findings
