"""One Decap collection per kind of document: its folder, form fields in contract order, and list views."""

from __future__ import annotations

from dataclasses import dataclass

from ..contract import SPECS
from ..field_types import Choice, FieldSpec
from ..knowledge_base import CONTENT_DIR
from ..model import Status
from ..vocabulary import label, values
from .base_choices import BaseChoices
from .hints import hint, sentence
from .labels import BODY_HINTS, BODY_LABEL, KIND_SINGULAR
from .widgets import field

FORMAT = "sotay-frontmatter"  # the editor's own format: writes front matter in the style of our files
# The Markdown as written by default, so that saving a form changes only what was edited; rich text on request,
# except for checklists, whose task lines (- [ ] …) the rich-text editor does not keep.
MARKDOWN_MODES = {"checklists": ["raw"]}
DEFAULT_MODES = ["raw", "rich_text"]
YEAR = r"\d{4}"
# Values a field takes when left empty: Decap's filters match only values written in the file, so a filter
# for one of these would miss the documents that leave the field empty.
UNWRITTEN = {"status": Status.IN_FORCE.value}


@dataclass(frozen=True)
class View:
    """How the list of one kind reads: each entry's line, the fields it sorts by, the filters and groups."""

    summary: str
    sortable: tuple[str, ...]
    filters: tuple[str, ...] = ()  # controlled fields: one filter per value, named by its Vietnamese label
    years: str | None = None  # a date field: entries grouped by its year


VIEWS = {
    "guides": View("{{number}}{{number | ternary(' · ', '')}}{{title}}", ("title", "number", "issued", "status"),
                   filters=("form", "status"), years="issued"),
    "model-meetings": View("{{date | date('DD/MM/YYYY')}} · {{title}}", ("date", "title", "cell"),
                           filters=("meeting_type", "cell_type"), years="date"),
    "checklists": View("{{title}}", ("title", "phase"), filters=("phase",)),
    "rubrics": View("{{title}}", ("title", "id")),
}


def collections(base: BaseChoices) -> list[dict]:
    return [collection(kind, base) for kind in SPECS]


def collection(kind: str, base: BaseChoices) -> dict:
    view = VIEWS[kind]
    config = {
        "name": kind,
        "label": label("kinds", kind),
        "label_singular": KIND_SINGULAR[kind],
        "folder": f"{CONTENT_DIR}/{kind}",
        "extension": "md",
        "format": FORMAT,
        "create": True,
        "slug": "{{slug}}",
        "identifier_field": "title",
        "preview_path": f"{kind}/{{{{slug}}}}/",  # the page's address on the site: the kind's folder, then the file name
        "summary": view.summary,
        "sortable_fields": list(view.sortable),
        "fields": [field(spec, base, hint(kind, spec)) for spec in SPECS[kind]] + [body(kind)],
    }
    if view.filters:
        config["view_filters"] = [rule for name in view.filters for rule in _filters(kind, name)]
    if view.years:
        config["view_groups"] = [{"label": f"Năm ({_spec(kind, view.years).label})", "field": view.years, "pattern": YEAR}]
    return config


def body(kind: str) -> dict:
    """The Markdown below the front matter: not a contract field, always last."""
    return {"name": "body", "label": BODY_LABEL, "widget": "markdown", "required": False,
            "modes": list(MARKDOWN_MODES.get(kind, DEFAULT_MODES)), "hint": sentence(BODY_HINTS[kind])}


def _filters(kind: str, name: str) -> list[dict]:
    """One filter per value of a controlled field, each matching the whole slug."""
    spec = _spec(kind, name)
    if not isinstance(spec.type, Choice):
        raise TypeError(f"view filter on {kind}.{name}: only controlled fields (Choice) have values to filter by")
    vocabulary = spec.type.vocabulary_name
    return [{"label": label(vocabulary, slug), "field": name, "pattern": f"^{slug}$"}
            for slug in values(vocabulary) if UNWRITTEN.get(name) != slug]


def _spec(kind: str, name: str) -> FieldSpec:
    return next(spec for spec in SPECS[kind] if spec.name == name)
