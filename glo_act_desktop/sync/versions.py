"""Which of two versions of one field wins, and whether they conflict.

Every replicated field carries its version: the stamp of the change that wrote it and the
stamps its writer had already seen for that field (`seen`). The winner is always the greater
stamp, so every node ends with the same value whatever order changes arrive in, and re-applying a
change changes nothing. Whether two versions *conflict* is a separate question: they do when
neither writer had seen the other's value, they come from different nodes and the values differ.
A conflict does not change the winner; it is listed so that a person can look, and their choice
is a new change that has seen both (so it settles the conflict on every node it reaches).

`seen` stays small: a local edit remembers the version it replaced, and what that version had
seen from other nodes (a run of edits on one laptop then counts as one), and a resolution
remembers the versions it settles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from glo_act_desktop.sync.clock import HLC


@dataclass(frozen=True)
class Version:
    value: Any
    stamp: HLC
    seen: frozenset[HLC] = field(default_factory=frozenset)

    def has_seen(self, other: "Version") -> bool:
        return other.stamp in self.seen or other.stamp == self.stamp


def edit(current: Version | None, value: Any, stamp: HLC) -> Version:
    """The version a local edit writes over `current`."""
    if current is None:
        return Version(value, stamp)
    carried = {s for s in current.seen if s.node != stamp.node}
    return Version(value, stamp, frozenset(carried | {current.stamp}))


def resolve(versions: list[Version], value: Any, stamp: HLC) -> Version:
    """A person's choice between conflicting versions: it has seen them all."""
    seen: set[HLC] = set()
    for version in versions:
        seen |= {s for s in version.seen if s.node != stamp.node} | {version.stamp}
    return Version(value, stamp, frozenset(seen))


@dataclass(frozen=True)
class Outcome:
    winner: Version
    changed: bool         # the incoming version replaces the local one
    conflict: bool        # the two were written without either seeing the other


def concurrent(a: Version, b: Version) -> bool:
    return (a.stamp.node != b.stamp.node and not a.has_seen(b) and not b.has_seen(a)
            and a.value != b.value)


def merge(local: Version | None, incoming: Version) -> Outcome:
    if local is None:
        return Outcome(incoming, True, False)
    if incoming.stamp == local.stamp:
        return Outcome(local, False, False)
    winner = incoming if incoming.stamp > local.stamp else local
    return Outcome(winner, winner is incoming, concurrent(local, incoming))
