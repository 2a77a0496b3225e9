"""Party-cell meetings: rubrics and self-assessment, checklists, minutes, preparation pages, reviews, training."""

__all__ = ["checklist", "checklist_markup", "minutes", "preparation", "review", "rubric", "selfcheck", "training"]
