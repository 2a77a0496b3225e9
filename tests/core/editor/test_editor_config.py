"""The whole configuration: the names agreed with the editor's page and scripts, and the base's documents."""

from __future__ import annotations

from pathlib import Path

from editor_fields import by_name
from sotay.core.editor import cms_config


def test_settings_the_editor_page_relies_on(tiny_base: Path):
    config = cms_config(tiny_base)
    assert config["locale"] == "vi"
    assert config["backend"] == {"name": "git-gateway"}
    assert config["local_backend"] == {"url": "http://127.0.0.1:8081/api/v1"}
    assert config["site_url"] == config["display_url"] == "http://127.0.0.1:8000"
    elsewhere = cms_config(tiny_base, 9001, "http://127.0.0.1:9000")
    assert elsewhere["local_backend"] == {"url": "http://127.0.0.1:9001/api/v1"}
    assert elsewhere["site_url"] == "http://127.0.0.1:9000"
    assert config["slug"]["encoding"] == "ascii" and config["slug"]["clean_accents"] is True
    for collection in config["collections"]:
        assert collection | {"extension": "md", "format": "sotay-frontmatter", "slug": "{{slug}}", "create": True,
                             "identifier_field": "title", "preview_path": f"{collection['name']}/{{{{slug}}}}/"} == collection
        body = collection["fields"][-1]
        assert body | {"name": "body", "label": "Nội dung", "widget": "markdown", "required": False} == body
        assert body["modes"][0] == "raw"  # the Markdown as written: a save changes only what was edited
        assert set(collection["sortable_fields"]) <= set(by_name(collection))


def test_checklists_are_never_turned_into_rich_text_and_each_body_says_what_it_holds(tiny_base: Path):
    """The rich-text editor does not keep task lines (- [ ] …), which checklists are made of."""
    bodies = {c["name"]: c["fields"][-1] for c in cms_config(tiny_base)["collections"]}
    assert bodies["checklists"]["modes"] == ["raw"]
    assert bodies["guides"]["modes"] == ["raw", "rich_text"]
    assert "`## Ưu điểm`, `## Hạn chế`, `## Bài học kinh nghiệm`" in bodies["model-meetings"]["hint"]
    assert "`- [ ] việc cần làm`" in bodies["checklists"]["hint"]


def test_document_pickers_list_the_documents_of_the_base(tiny_base: Path):
    guides = by_name(cms_config(tiny_base)["collections"][0])
    expected = [{"number": "03-HD/TU", "title": "Hướng dẫn cũ về sinh hoạt chi bộ"},
                {"number": "05-HD/TU", "title": "Hướng dẫn mới về sinh hoạt chi bộ"}]
    for name in ("supersedes", "amends", "guides", "based_on"):
        assert guides[name]["widget"] == "sotay-document"
        assert guides[name]["documents"] == expected


def test_filters_name_controlled_values_in_vietnamese(tiny_base: Path):
    """No filter for "in force": a guide that leaves `status` empty is in force, and Decap filters match only
    values written in the file."""
    guides = cms_config(tiny_base)["collections"][0]
    filters = {(rule["field"], rule["label"]): rule["pattern"] for rule in guides["view_filters"]}
    assert filters["form", "Văn bản"] == "^van-ban$"
    assert filters["status", "Hết hiệu lực"] == "^het-hieu-luc$"
    assert ("status", "Còn hiệu lực") not in filters
    assert guides["view_groups"] == [{"label": "Năm (ngày ban hành)", "field": "issued", "pattern": r"\d{4}"}]
