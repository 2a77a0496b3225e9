"""The contract version a base declares: missing means the first, a newer or malformed one stops check and build."""

from __future__ import annotations

from pathlib import Path

import pytest

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.upgrade.apply import findings
from sotay.core.upgrade.steps import STEPS
from sotay.core.upgrade.version import CONTRACT, UNVERSIONED, VERSION_FILE, declared_version, version_text


def base(tmp_path: Path, version_file: str | None) -> Path:
    (tmp_path / "content/guides").mkdir(parents=True)
    if version_file is not None:
        (tmp_path / VERSION_FILE).write_text(version_file, encoding="utf-8")
    return tmp_path


def test_the_written_version_reads_back_as_current(tmp_path: Path):
    assert declared_version(base(tmp_path, version_text())) == (CONTRACT, [])


def test_a_base_without_the_file_is_the_first_version(tmp_path: Path):
    assert declared_version(base(tmp_path, None)) == (UNVERSIONED, [])


def test_a_newer_base_is_an_error_of_the_load_that_says_to_update_the_software(tmp_path: Path):
    kb = KnowledgeBase.load(base(tmp_path, f"# ghi chú\ncontract: {CONTRACT + 1}\n"))
    problem, = kb.errors
    assert (problem.path, problem.line, problem.field) == (VERSION_FILE, 2, "contract")
    assert f"phiên bản {CONTRACT + 1}, mới hơn phần mềm" in problem.message and "cài phiên bản sotay mới hơn" in problem.suggestion


@pytest.mark.parametrize("text", ["contract: hai\n", "contract: true\n", "contract: 0\n", "- 2\n", "contract: [\n",
                                  "contract: !!python/object/apply:os.system ['true']\n"])
def test_a_malformed_version_is_an_error_naming_the_file(tmp_path: Path, text: str):
    kb = KnowledgeBase.load(base(tmp_path, text))
    problem, = kb.errors
    assert problem.path == VERSION_FILE and f"contract: {CONTRACT}" in problem.suggestion


def test_a_syntax_error_in_the_version_file_is_told_in_vietnamese_at_its_line(tmp_path: Path):
    kb = KnowledgeBase.load(base(tmp_path, '# ghi chú\ncontract: "2\n'))
    problem, = kb.errors
    assert (problem.line, problem.message) == (2, 'tệp sai cú pháp: mở ngoặc kép (") mà chưa đóng')
    assert problem.suggestion.startswith('thêm dấu " ở cuối giá trị, trên cùng dòng: `contract: "2"`')


def test_a_current_base_has_nothing_to_change_and_no_step_is_newer_than_the_contract(tmp_path: Path):
    assert findings(KnowledgeBase.load(base(tmp_path, version_text()))) == []
    assert {step.since for step in STEPS} <= set(range(UNVERSIONED + 1, CONTRACT + 1))
