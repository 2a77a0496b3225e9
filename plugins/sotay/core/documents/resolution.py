"""Which document of the base a cited number means — or why the base cannot say.

Real text shortens numbers: ``14-QĐ/TU`` for the regulation ``14-QĐi/TU``, ``DUK`` for ``ĐUK``. Candidates
are therefore found by the loose key, then narrowed by what the citation itself says (the kind word,
the date). An exact spelling decides only when no other candidate could have been shortened to it;
otherwise the citation is ambiguous and reported, never guessed.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from ..model import Guide
from .docnumber import DocNumber, Mention, parse_number

__all__ = ["Resolution", "Resolver"]


@dataclass(frozen=True)
class Resolution:
    """`target` when exactly one document fits; otherwise `candidates` says whether none or several did."""

    target: Guide | None
    candidates: tuple[Guide, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.target is None and len(self.candidates) > 1

    @property
    def missing(self) -> bool:
        return not self.candidates


class Resolver:
    """Resolves document numbers against the numbered guides of a base."""

    def __init__(self, guides: list[Guide]):
        self._by_loose: dict[tuple[str, str, str], list[tuple[DocNumber, Guide]]] = defaultdict(list)
        for guide in guides:
            number = parse_number(guide.number) if guide.number else None
            if number:
                self._by_loose[number.loose_key].append((number, guide))

    def resolve(self, cited: DocNumber, kind_word: str | None = None, date: datetime.date | None = None) -> Resolution:
        found = self._by_loose.get(cited.loose_key, [])
        found = _narrow(found, lambda number, _: number.kind_name == kind_word) if kind_word else found
        found = _narrow(found, lambda _, guide: guide.issued == date) if date else found
        if len(found) == 1:
            return Resolution(found[0][1], (found[0][1],))
        exact = [guide for number, guide in found if number.key == cited.key]
        shortened = [guide for number, guide in found if number.key != cited.key and _may_be_written_as(number, cited)]
        if len(exact) == 1 and not shortened:
            return Resolution(exact[0], tuple(guide for _, guide in found))
        return Resolution(None, tuple(guide for _, guide in found))

    def resolve_mention(self, mention: Mention) -> Resolution:
        return self.resolve(mention.doc, mention.kind_word, mention.date)

    def resolve_text(self, number: str) -> Resolution:
        """A number as written in front matter ("14-QĐ/TU"); unparseable text resolves to nothing."""
        parsed = parse_number(number)
        return self.resolve(parsed) if parsed else Resolution(None)


def _narrow(found: list, keep) -> list:
    """The candidates `keep` accepts, or all of them when it accepts none: what a citation says only narrows."""
    kept = [pair for pair in found if keep(*pair)]
    return kept or found


def _may_be_written_as(number: DocNumber, written: DocNumber) -> bool:
    """Whether `written` is `number` with the shortenings real text makes (QĐi -> QĐ, Đ -> D in the issuer)."""
    type_ok = number.type == written.type or (number.type == "QĐi" and written.type == "QĐ")
    issuer_ok = len(number.issuer) == len(written.issuer) and all(
        a == b or (a == "Đ" and b == "D") for a, b in zip(number.issuer, written.issuer))
    return number.number == written.number and type_ok and issuer_ok
