"""Processor chains: a processor with a ``parent`` is a sub-processor of that parent."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa.model.records import Controller, Processor


def find_cycle(parents: Mapping[str, str | None]) -> list[str] | None:
    """Return one cycle of the parent relation as ``[a, b, ..., a]``, or None when there is none.

    A cycle would make "who processes my data" infinite, so saving one is refused.
    """
    state: dict[str, int] = {}  # 1: on the current walk, 2: known to end without a cycle
    for start in parents:
        walk: list[str] = []
        node: str | None = start
        while node is not None and node in parents and state.get(node) is None:
            state[node] = 1
            walk.append(node)
            node = parents[node]
        if node is not None and state.get(node) == 1:
            return walk[walk.index(node) :] + [node]
        for visited in walk:
            state[visited] = 2
    return None


def children_index(parents: Mapping[str, str | None]) -> dict[str, list[str]]:
    """Map each processor key to its direct sub-processors, in the order given."""
    children: dict[str, list[str]] = {}
    for key, parent in parents.items():
        if parent is not None:
            children.setdefault(parent, []).append(key)
    return children


def walk_chains(roots: Iterable[str], children: Mapping[str, list[str]]) -> Iterable[tuple[str, ...]]:
    """Yield every chain ``(root, sub, subsub, ...)`` from each root down its sub-processors.

    Breadth first, so the first chain that reaches a processor is a shortest one; a processor
    met again (linked twice, or through a cycle in unsaved data) is not walked again.
    """
    seen: set[str] = set()
    queue: list[tuple[str, ...]] = [(root,) for root in roots]
    head = 0
    while head < len(queue):
        chain = queue[head]
        head += 1
        if chain[-1] in seen:
            continue
        seen.add(chain[-1])
        yield chain
        queue.extend(chain + (child,) for child in children.get(chain[-1], ()))


def used_processors(
    processors: Sequence[Processor], controllers: Sequence[Controller]
) -> tuple[Processor, ...]:
    """The processors ``controllers`` reference, with their sub-processor chains and parents.

    That is what a one-controller export must carry to stand alone: every key resolves, and the
    chains that decide its derived transfers are complete.
    """
    by_key = {p.key: p for p in processors}
    used: set[str] = set()
    for c in controllers:
        for g in c.registers:
            used.update(link.processor for link in g.processors)
            used.update(x.processor for x in g.transfers if x.processor)
        for pob in c.processing_on_behalf:
            used.update(pob.subprocessors)
            used.update(x.processor for x in pob.transfers if x.processor)
    children = children_index({p.key: p.parent for p in processors})
    needed = {chain[-1] for chain in walk_chains(sorted(used), children)}
    for key in list(needed):
        parent = by_key[key].parent
        while parent and parent not in needed:
            needed.add(parent)
            parent = by_key[parent].parent
    return tuple(p for p in processors if p.key in needed)
