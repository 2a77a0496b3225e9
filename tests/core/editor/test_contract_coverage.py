"""The generated editor configuration holds every field of the contract, in the contract's order."""

from __future__ import annotations

import pytest

from conftest import TINY_BASE, write_base
from editor_fields import config_paths, contract_paths
from sotay.core.contract import SPECS
from sotay.core.editor import BaseChoices, config_for
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.model import KINDS
from sotay.core.vocabulary import label


@pytest.fixture(scope="module")
def collections(tmp_path_factory) -> dict[str, dict]:
    base = write_base(tmp_path_factory.mktemp("editor") / "base", TINY_BASE)
    return {c["name"]: c for c in config_for(BaseChoices.of(KnowledgeBase.load(base)))["collections"]}


def test_one_collection_per_kind_named_as_its_folder(collections):
    assert list(collections) == list(SPECS) == list(KINDS)
    for kind, collection in collections.items():
        assert collection["folder"] == f"content/{kind}"
        assert collection["label"] == label("kinds", kind)  # named as the site names the section
        assert collection["label_singular"] != collection["label"]


@pytest.mark.parametrize("kind", list(SPECS))
def test_every_contract_field_and_record_key_is_in_the_form(collections, kind):
    generated = config_paths(collections[kind]["fields"])
    missing = [path for path in contract_paths(SPECS[kind]) if path not in generated]
    assert not missing, f"{kind}: the editor configuration lacks {missing} (add them in core/editor/)"


@pytest.mark.parametrize("kind", list(SPECS))
def test_the_form_has_nothing_the_contract_lacks_and_keeps_its_order(collections, kind):
    """Scores' sub-fields are the rubric's criteria, not contract keys; the body is the Markdown below."""
    generated = [path for path in config_paths(collections[kind]["fields"]) if not path.startswith("scores.")]
    assert generated == contract_paths(SPECS[kind]) + ["body"]
