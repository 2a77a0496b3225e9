"""Relations between official documents: written once in front matter, read both ways.

A guide lists what it `supersedes`, `amends`, `guides` and is `based_on`; the reverse directions
(superseded by, amended by, guided by, basis of) are derived here and never typed twice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import Guide
from .resolution import Resolver

RELATIONS = ("supersedes", "amends", "guides", "based_on")

LABELS = {
    "supersedes": ("Thay thế", "Bị thay thế bởi"),
    "amends": ("Sửa đổi, bổ sung", "Được sửa đổi, bổ sung bởi"),
    "guides": ("Hướng dẫn thực hiện", "Được hướng dẫn bởi"),
    "based_on": ("Căn cứ", "Là căn cứ của"),
}


@dataclass(frozen=True)
class Edge:
    relation: str
    source: Guide
    target_number: str
    target: Guide | None
    candidates: tuple[Guide, ...] = ()  # several when the number is ambiguous (see resolution.py)


class RelationIndex:
    """Every relation edge, with lookups by document number in both directions."""

    def __init__(self, guides: list[Guide]):
        self.resolver = Resolver(guides)
        self.edges: list[Edge] = [
            Edge(relation, guide, number, resolved.target, resolved.candidates)
            for guide in guides
            for relation in RELATIONS
            for number in getattr(guide, relation)
            for resolved in [self.resolver.resolve_text(number)]
        ]
        self._incoming: dict[str, list[Edge]] = defaultdict(list)
        self._outgoing: dict[str, list[Edge]] = defaultdict(list)
        for edge in self.edges:
            self._outgoing[edge.source.path].append(edge)
            if edge.target:
                self._incoming[edge.target.path].append(edge)

    def find(self, number: str) -> Guide | None:
        return self.resolver.resolve_text(number).target

    def outgoing(self, guide: Guide) -> list[Edge]:
        return self._outgoing.get(guide.path, [])

    def incoming(self, guide: Guide) -> list[Edge]:
        return self._incoming.get(guide.path, [])

    def superseded_by(self, guide: Guide) -> list[Guide]:
        return [edge.source for edge in self.incoming(guide) if edge.relation == "supersedes"]

    def supersedes_cycles(self) -> list[list[Guide]]:
        """Cycles of `supersedes` edges, found by one depth-first walk (linear in the edges)."""
        graph: dict[str, list[Guide]] = defaultdict(list)
        nodes: dict[str, Guide] = {}
        for edge in self.edges:
            if edge.relation == "supersedes" and edge.target:
                graph[edge.source.path].append(edge.target)
                nodes[edge.source.path] = edge.source
        state: dict[str, int] = {}  # 1: on the current path, 2: finished
        cycles: list[list[Guide]] = []
        for root in sorted(nodes):
            if root in state:
                continue
            path: list[Guide] = [nodes[root]]
            state[root] = 1
            stack = [iter(graph[root])]
            while stack:
                target = next(stack[-1], None)
                if target is None:
                    state[path.pop().path] = 2
                    stack.pop()
                elif state.get(target.path) == 1:
                    cycles.append(path[[g.path for g in path].index(target.path):])
                elif target.path not in state:
                    state[target.path] = 1
                    path.append(target)
                    stack.append(iter(graph[target.path]))
        return cycles
