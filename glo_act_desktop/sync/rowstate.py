"""The merge state of one replicated row, and how two states of the same row merge.

A row's state holds, for every field, the version that wrote its current value (the stamp of the
change and the foreign stamps its writer had seen: sync/versions.py), a causal length `cl` (odd:
alive, even: deleted; every delete or restore adds one) with its own version under "~", the
conflicts still open on each field (losing versions kept with their values, CouchDB-style, so every
node lists the same ones) and the stamps a person already settled.

Merging is per field: the greater stamp wins, everywhere, in any order; the greater causal length
wins for alive/deleted. Two versions written without either seeing the other, with different
values, put the loser on the field's open list. A delete that had not seen an edit made elsewhere
opens an edit-versus-delete conflict under "~". Open lists and settled stamps are unions, filtered
by the winner, so re-applying anything changes nothing.

Values are compared as stored (SQLite's own form); this module never looks inside them.

Stored form (the `state` column and the bundle's "s" field), compact JSON:
    {"v": {"*": [stamp, [seen…]], "<field>": [stamp, [seen…]], "~": [stamp, [seen…]]},
     "x": {"<field>": [[value, stamp, [seen…]], …]}, "r": [stamp, …]}
"*" is the version of every field not named; "x" and "r" are left out when empty.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from glo_act_desktop.sync.clock import HLC

DELETE_KEY = "~"
DEFAULT_KEY = "*"
# Who/when columns follow every change; they never make a conflict of their own.
META_COLUMNS = frozenset({"created_at", "created_by", "updated_at", "updated_by"})
EDITED = "edited"  # the loser's "value" of an edit-versus-delete conflict

FieldVersion = tuple[str, tuple[str, ...]]  # (stamp, seen), stamps in HLC text form
Loser = tuple[Any, str, tuple[str, ...]]  # (value, stamp, seen)


def node_of(stamp: str) -> str:
    return stamp[19:]  # after "%013d-%04x-"


def _foreign(stamps: Iterable[str], node: str) -> set[str]:
    return {s for s in stamps if node_of(s) != node}


@dataclass
class RowState:
    cl: int
    versions: dict[str, FieldVersion]  # every field, and DELETE_KEY
    open: dict[str, list[Loser]] = field(default_factory=dict)
    resolved: frozenset[str] = frozenset()

    @property
    def deleted(self) -> bool:
        return self.cl % 2 == 0

    @property
    def conflict_count(self) -> int:
        return sum(len(losers) for losers in self.open.values())

    def max_stamp(self) -> str:
        return max(stamp for stamp, _seen in self.versions.values())

    # -- stored form -------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        # The most common version is "*"; ties go to the greater version, so that equal states
        # always have the same text (fingerprints compare it).
        counts = Counter(v for k, v in self.versions.items() if k != DELETE_KEY)
        default = max(counts.items(), key=lambda item: (item[1], item[0]))[0] if counts \
            else self.versions[DELETE_KEY]
        v: dict[str, Any] = {DEFAULT_KEY: [default[0], list(default[1])]}
        for key, version in sorted(self.versions.items()):
            if version != default:
                v[key] = [version[0], list(version[1])]
        out: dict[str, Any] = {"v": v}
        if self.open:
            out["x"] = {k: [[value, stamp, list(seen)] for value, stamp, seen in losers]
                        for k, losers in sorted(self.open.items())}
        if self.resolved:
            out["r"] = sorted(self.resolved)
        return out

    @classmethod
    def from_json(cls, cl: int, text: str, columns: Sequence[str]) -> "RowState":
        return cls.from_dict(cl, json.loads(text), columns)

    @classmethod
    def from_dict(cls, cl: int, data: Mapping[str, Any], columns: Sequence[str]) -> "RowState":
        """Trusts its input: bundles are checked by sync/validate.py before they get here."""
        v = data["v"]
        default = v[DEFAULT_KEY]
        default_version = (default[0], tuple(default[1]))
        versions = {c: default_version for c in columns}
        versions[DELETE_KEY] = default_version
        for key, (stamp, seen) in v.items():
            if key != DEFAULT_KEY:
                versions[key] = (stamp, tuple(seen))
        open_ = {k: [(value, stamp, tuple(seen)) for value, stamp, seen in losers]
                 for k, losers in data.get("x", {}).items()}
        return cls(cl, versions, open_, frozenset(data.get("r", ())))


# -- local changes -----------------------------------------------------------------------------


def created(columns: Sequence[str], stamp: HLC) -> RowState:
    version: FieldVersion = (stamp.text(), ())
    return RowState(1, {**{c: version for c in columns}, DELETE_KEY: version})


def edited(state: RowState, columns: Iterable[str], stamp: HLC) -> None:
    """Fields changed here: each new version has seen the one it replaces (sync/versions.edit)."""
    text = stamp.text()
    for column in columns:
        current, seen = state.versions[column]
        version = (text, tuple(sorted(_foreign(seen, stamp.node) | {current})))
        state.versions[column] = version
        # Losers the new version has seen are no longer open, as a merge would find
        # (its writer's own earlier edits among them).
        losers = [loser for loser in state.open.get(column, []) if not _has_seen(version, loser[1])]
        if losers:
            state.open[column] = losers
        else:
            state.open.pop(column, None)


def alive_changed(state: RowState, deleted: bool, stamp: HLC) -> bool:
    """Delete or restore here. The new "~" version has seen every field's version."""
    if state.deleted == deleted:
        return False
    state.cl += 1
    seen: set[str] = set()
    for current, current_seen in state.versions.values():
        seen |= _foreign(current_seen, stamp.node) | {current}
    state.versions[DELETE_KEY] = (stamp.text(), tuple(sorted(_foreign(seen, stamp.node))))
    if not deleted:  # a restore settles any edit-versus-delete conflict it saw
        settle(state, DELETE_KEY)
    return True


def settle(state: RowState, key: str) -> set[str]:
    """A person's decision on a field's (or "~"'s) open conflict: its losers are settled for good.
    Returns the settled stamps."""
    losers = state.open.pop(key, [])
    stamps = {stamp for _value, stamp, _seen in losers}
    state.resolved = state.resolved | stamps
    for other, items in list(state.open.items()):  # settled everywhere, as a merge finds them
        kept = [loser for loser in items if loser[1] not in stamps]
        if kept:
            state.open[other] = kept
        else:
            del state.open[other]
    return stamps


def resolved_version(state: RowState, column: str, settled: set[str], stamp: HLC) -> None:
    """The version of a value chosen in a conflict: it has seen the winner and every loser."""
    current, seen = state.versions[column]
    everything = set(seen) | {current} | settled
    state.versions[column] = (stamp.text(), tuple(sorted(_foreign(everything, stamp.node))))


# -- merging -----------------------------------------------------------------------------------


def _has_seen(version: FieldVersion, stamp: str) -> bool:
    """Whether `version`'s writer had seen `stamp` (its own earlier writes always)."""
    own, seen = version
    return stamp == own or stamp in seen or (node_of(stamp) == node_of(own) and stamp < own)


@dataclass
class Merged:
    values: dict[str, Any]
    state: RowState
    changed_columns: set[str]  # fields whose value changed locally
    alive_changed: bool
    state_changed: bool


def merge(local_values: Mapping[str, Any], local: RowState, incoming_values: Mapping[str, Any],
          incoming: RowState, columns: Sequence[str]) -> Merged:
    """Merge an incoming state of a row into the local one. Commutative in its outcome (values and
    state), associative and idempotent: see tests/test_sync_rowstate.py."""
    values = dict(local_values)
    versions = dict(local.versions)
    changed: set[str] = set()
    new_losers: dict[str, list[Loser]] = {}
    for column in columns:
        mine, theirs = local.versions[column], incoming.versions[column]
        if mine[0] == theirs[0]:
            continue
        mine_value, their_value = local_values[column], incoming_values[column]
        if theirs[0] > mine[0]:
            versions[column] = theirs
            if their_value != mine_value:
                values[column] = their_value
                changed.add(column)
            loser: Loser = (mine_value, mine[0], mine[1])
        else:
            loser = (their_value, theirs[0], theirs[1])
        if (column not in META_COLUMNS and mine_value != their_value
                and node_of(mine[0]) != node_of(theirs[0])
                and not _has_seen(mine, theirs[0]) and not _has_seen(theirs, mine[0])):
            new_losers.setdefault(column, []).append(loser)

    # Alive or deleted: the greater causal length, then the greater "~" stamp.
    if (incoming.cl, incoming.versions[DELETE_KEY][0]) > (local.cl, local.versions[DELETE_KEY][0]):
        cl, versions[DELETE_KEY], deleter = incoming.cl, incoming.versions[DELETE_KEY], incoming
        alive_side = local
    else:
        cl, deleter, alive_side = local.cl, local, incoming
    if cl % 2 == 0 and alive_side.cl % 2 == 1 and alive_side.cl < cl:
        unseen = _edits_unseen_by_delete(alive_side, deleter, columns)
        if unseen:
            new_losers.setdefault(DELETE_KEY, []).append((EDITED, max(unseen), ()))

    resolved = local.resolved | incoming.resolved
    open_ = _open_conflicts([local.open, incoming.open, new_losers], versions, resolved, cl)
    state = RowState(cl, versions, open_, resolved)
    state_changed = (cl != local.cl or versions != local.versions or open_ != local.open
                     or resolved != local.resolved)
    return Merged(values, state, changed, cl % 2 != local.cl % 2, state_changed)


def _edits_unseen_by_delete(alive: RowState, deleter: RowState,
                            columns: Sequence[str]) -> set[str]:
    delete_version = deleter.versions[DELETE_KEY]
    unseen = set()
    for column in columns:
        if column in META_COLUMNS:
            continue
        # Only the two sides' versions and the delete's own "seen" decide, never which side
        # happens to hold the field's winner now: re-merging must find the same edits.
        stamp = alive.versions[column][0]
        if not _has_seen(delete_version, stamp):
            unseen.add(stamp)
    return unseen


def _open_conflicts(sources: list[Mapping[str, list[Loser]]], versions: Mapping[str, FieldVersion],
                    resolved: frozenset[str], cl: int) -> dict[str, list[Loser]]:
    merged: dict[str, dict[str, Loser]] = {}
    for source in sources:
        for key, losers in source.items():
            for loser in losers:
                merged.setdefault(key, {})[loser[1]] = loser
    out: dict[str, list[Loser]] = {}
    for key, by_stamp in merged.items():
        if key == DELETE_KEY and cl % 2 == 1:
            continue  # restored: nothing deleted to argue about
        winner = versions[key]
        kept = [loser for stamp, loser in sorted(by_stamp.items())
                if stamp not in resolved and not _has_seen(winner, stamp)]
        if kept:
            out[key] = kept
    return out
