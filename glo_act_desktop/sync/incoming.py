"""Importing a bundle: verify, decrypt, inflate under limits, check every line, apply in one
transaction together with the bundle's log row and the sender's watermarks.

Nothing is written unless everything checked out: a rejected bundle leaves the database as it
was (the caller quarantines the file). A bundle already imported is recognised by its id and
changes nothing; another bundle claiming the same sender, epoch and number (a cloned laptop) is
refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from glo_act_desktop.services.jobs import Cancelled, cycle_collector_paused
from glo_act_desktop.store import search_index
from glo_act_desktop.store.engine import CACHE_KIB, IMPORT_CACHE_KIB
from glo_act_desktop.store.models import RECORD_TABLES, REPLICATED_TABLES, SyncBundleLog
from glo_act_desktop.sync import columns as colspec
from glo_act_desktop.sync import rowstate
from glo_act_desktop.sync.apply import ApplyCounts, Incoming, _load_local, apply_batch, padded
from glo_act_desktop.sync.capture import next_seq
from glo_act_desktop.sync.clock import HLC, ClockAhead
from glo_act_desktop.sync.container import OpenedBundle, inflate
from glo_act_desktop.store.repositories.settings import put_settings
from glo_act_desktop.sync.identity import Node, load_clock, save_clock
from glo_act_desktop.sync.payload import (
    ENCODING, PAYLOAD_TYPE, PAYLOAD_VERSION, PayloadError, read_lines,
)
from glo_act_desktop.sync.peers import UnknownPeer, get_peer, now

BATCH = 1000
MAX_SEEN = 256  # stamps one version may carry as seen
MAX_LOSERS = 64  # open conflicts kept per field
MAX_RESOLVED = 100_000
MAX_CL_JUMP = 1000  # a causal length further ahead of ours than this is forged
MAX_BLOB = 64 * 1024 * 1024
_STAMP = re.compile(r"\d{13}-[0-9a-f]{4}-[0-9a-z-]{1,64}")
_EPOCH = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA = re.compile(r"[0-9a-f]{64}")
_ROW_KEYS = frozenset({"t", "id", "cl", "s", "d"})
_ROW_ID = colspec.ROW_ID.fullmatch
SHARED_STATES = 1024  # states kept for rows written together (_Importer.row_state)
# Countries of the records this import inserted, kept for their child rows' authoring check
# (children follow their records in a bundle): up to this many, then looked up again.
KNOWN_COUNTRIES = 50_000


class Rejected(Exception):
    """A bundle refused as a whole; nothing was written. `code` is stable, `str()` is one line."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class _DryRunDone(Exception):
    """Leaves the transaction by rolling it back, with what would have been done."""

    def __init__(self, result: "ImportResult"):
        super().__init__("dry run")
        self.result = result


@dataclass
class ImportResult:
    file: str
    sender: str
    sender_name: str
    bundle_id: str
    already: bool = False
    dry_run: bool = False
    counts: ApplyCounts = field(default_factory=ApplyCounts)
    by_table: dict[str, int] = field(default_factory=dict)
    reference_rows: int = 0
    attachments: int = 0

    def describe(self) -> str:
        if self.already:
            return (f"{self.file}: already imported (bundle {self.bundle_id[:8]} from "
                    f"{self.sender_name}); nothing changed")
        c = self.counts
        verb = "would change" if self.dry_run else "imported"
        return (f"{self.file} from {self.sender_name}: {verb} {c.new:,} new, {c.updated:,} "
                f"updated, {c.deleted:,} deleted, {c.restored:,} restored, {c.unchanged:,} "
                f"unchanged; {c.conflicts:,} new conflict(s); {self.attachments:,} attachment "
                f"file(s)")


@dataclass
class _Header:
    sender: str
    epoch: str
    bundle_seq: int
    seq_from: int
    seq_high: int
    ack_epoch: str | None
    ack_seq: int
    columns: dict[str, list[str]]
    counts: dict[str, int]
    names: dict[str, str]  # HQ's directory: node id -> device name


MAX_NAMES = 10_000


def _header(obj: dict[str, Any], sender: str) -> _Header:
    def need(key: str, kind: type) -> Any:
        value = obj.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise Rejected("bad-payload", f"the payload header's {key} is missing or malformed")
        return value

    if obj.get("type") != PAYLOAD_TYPE:
        raise Rejected("bad-payload", "the payload is not a GLO.ACT Field sync payload")
    version = obj.get("version")
    if isinstance(version, int) and version > PAYLOAD_VERSION:
        raise Rejected("newer-format", f"written by a newer version (sync payload "
                                       f"{_shown(version)}); update the app")
    if version != PAYLOAD_VERSION:
        raise Rejected("bad-payload", f"unknown sync payload version {_shown(repr(version))}")
    if need("sender", str) != sender:
        raise Rejected("bad-payload", "the payload names another sender than the signed header")
    epoch = need("epoch", str)
    if not _EPOCH.fullmatch(epoch):
        raise Rejected("bad-payload", "the payload header's epoch is malformed")
    numbers = [need(k, int) for k in ("bundle_seq", "seq_from", "seq_high")]
    if not all(0 <= n < 2**53 for n in numbers) or numbers[1] > numbers[2]:
        raise Rejected("bad-payload", "the payload header's sequence numbers are out of range")
    ack = need("ack", dict)
    ack_epoch, ack_seq = ack.get("epoch"), ack.get("seq")
    if not (ack_epoch is None or (isinstance(ack_epoch, str) and _EPOCH.fullmatch(ack_epoch))) \
            or not isinstance(ack_seq, int) or isinstance(ack_seq, bool) or ack_seq < 0:
        raise Rejected("bad-payload", "the payload header's acknowledgement is malformed")
    columns = need("columns", dict)
    for table, names in columns.items():
        if table not in REPLICATED_TABLES:
            raise Rejected("unknown-table", f"the bundle carries table "
                                            f"'{_shown(table)}', which this app does not know")
        expected = list(colspec.spec(table).columns)
        if names != expected:
            unknown = sorted(map(str, set(names) - set(expected))) \
                if isinstance(names, list) and all(isinstance(n, str) for n in names) else names
            raise Rejected("unknown-column", f"the bundle's columns of {table} are not this "
                                             f"app's (unknown: {_shown(unknown, 80)}); update the "
                                             f"app that wrote it or this one")
    counts = need("counts", dict)
    names = obj.get("names", {})
    if not isinstance(names, dict) or len(names) > MAX_NAMES or not all(
            isinstance(k, str) and isinstance(v, str) and len(k) <= 64 and len(v) <= 120
            for k, v in names.items()):
        raise Rejected("bad-payload", "the payload header's directory of names is malformed")
    return _Header(sender, epoch, *numbers, ack_epoch, ack_seq, columns, counts, names)


def _shown(value: Any, limit: int = 40) -> str:
    """A received name or value as one short line, for a message."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class _Checker:
    """Checks one line at a time; knows the clock limit and the sender's authoring rights."""

    def __init__(self, node: Node, sender_role: str, sender_country: str | None, sender: str):
        clock = load_clock_limit()
        self.limit = clock
        self.node = node
        self.sender = sender
        self.sender_is_field = sender_role == "field"
        self.sender_country = sender_country

    def stamp(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not _STAMP.fullmatch(value):
            raise Rejected("bad-row", f"{where}: '{_shown(value)}' is not a clock stamp")
        if value > self.limit.text():
            stamp = HLC.parse(value)
            ahead = ClockAhead(stamp, self.limit.wall_ms - 24 * 3_600_000)
            raise Rejected("clock-ahead", f"{where}: {ahead}; the bundle is held back")
        return value

    def version(self, value: Any, where: str) -> tuple[str, tuple[str, ...]]:
        if not isinstance(value, list) or len(value) != 2 or not isinstance(value[1], list) \
                or len(value[1]) > MAX_SEEN:
            raise Rejected("bad-row", f"{where}: a version must be [stamp, [seen stamps]]")
        return (self.stamp(value[0], where),
                tuple(self.stamp(s, where) for s in value[1]))

    def state(self, data: Any, spec: colspec.TableSpec, where: str) -> dict[str, Any]:
        if not isinstance(data, dict) or not set(data) <= {"v", "x", "r"} \
                or not isinstance(data.get("v"), dict) or "*" not in data["v"]:
            raise Rejected("bad-row", f"{where}: the merge state is malformed")
        allowed = {*spec.columns, rowstate.DEFAULT_KEY, rowstate.DELETE_KEY}
        for key, value in data["v"].items():
            if key not in allowed:
                raise Rejected("unknown-column", f"{where}: version of unknown column '{key}'")
            self.version(value, where)
        losers = data.get("x", {})
        if not isinstance(losers, dict):
            raise Rejected("bad-row", f"{where}: the open conflicts are malformed")
        checks = dict(zip(spec.columns, spec.checks))
        for key, items in losers.items():
            if key not in allowed or key == rowstate.DEFAULT_KEY:
                raise Rejected("unknown-column", f"{where}: conflict on unknown column '{key}'")
            if not isinstance(items, list) or len(items) > MAX_LOSERS:
                raise Rejected("bad-row", f"{where}: the conflicts on {key} are malformed")
            for item in items:
                if not isinstance(item, list) or len(item) != 3:
                    raise Rejected("bad-row", f"{where}: a conflict on {key} is malformed")
                self.version([item[1], item[2]], where)
                problem = (None if item[0] == rowstate.EDITED else "is not 'edited'") \
                    if key == rowstate.DELETE_KEY else checks[key](item[0])
                if problem:
                    raise Rejected("bad-value", f"{where}: a conflicting value of {key} {problem}")
        settled = data.get("r", [])
        if not isinstance(settled, list) or len(settled) > MAX_RESOLVED:
            raise Rejected("bad-row", f"{where}: the settled conflicts are malformed")
        for stamp in settled:
            self.stamp(stamp, where)
        return data

    def authored_here(self, state: rowstate.RowState) -> bool:
        """Whether any version of the row was written by the sender itself."""
        if any(rowstate.node_of(stamp) == self.sender for stamp, _s in state.versions.values()):
            return True
        return False


def load_clock_limit() -> HLC:
    from glo_act_desktop.sync.clock import MAX_AHEAD_MS, wall_ms

    return HLC(wall_ms() + MAX_AHEAD_MS, 0xFFFF, "~")


@dataclass
class _Blob:
    sha256: str
    size: int
    pieces: int = 0
    written: int = 0
    digest: Any = None
    handle: BinaryIO | None = None
    path: Path | None = None


class _Importer:
    def __init__(self, session: Session, node: Node, header: _Header, sender_peer: Any,
                 attachments_dir: Path, tmp_dir: Path, progress, cancelled):
        self.session = session
        self.connection: Connection = session.connection()
        self.node = node
        self.header = header
        self.peer = sender_peer
        self.attachments_dir = attachments_dir
        self.tmp_dir = tmp_dir
        self.progress = progress
        self.cancelled = cancelled
        self.checker = _Checker(node, sender_peer.role, sender_peer.country, header.sender)
        self.seq = next_seq(session)
        self.counts = ApplyCounts()
        self.by_table: dict[str, int] = {}
        self.pending: list[Incoming] = []
        self.pending_table: str | None = None
        self.seen_tables: list[str] = []
        # A row repeated in the bundle: within the pending batch, `pending_ids`; in an earlier
        # batch, its sync_rows row has this import's seq (read with the batch in `flush`), or it
        # changed nothing here and was not written: `unchanged_ids`. Nothing per row is kept for
        # the rows written, so memory does not grow with the bundle.
        self.pending_ids: set[str] = set()
        self.unchanged_ids: dict[str, set[str]] = {}  # table -> ids of rows that changed nothing
        self.current: tuple[int, str, str] | None = None  # (line, table, id) being checked
        self.attachment_rows: dict[str, str] = {}  # sha256 -> row id (alive ones)
        self.blobs: dict[str, _Blob] = {}
        self.reference_rows = 0
        self.max_stamp = ""
        # (table, cl, stamp) -> (state, its max stamp) of rows whose every field has one version
        self.shared_states: dict[tuple[str, int, str], tuple[rowstate.RowState, str]] = {}
        self.inserted_countries: dict[str, str] = {}  # record id -> country (KNOWN_COUNTRIES)
        self.total = sum(v for v in header.counts.values() if isinstance(v, int)) or 1
        self.done = 0

    # -- lines ---------------------------------------------------------------------------------

    def line(self, number: int, obj: dict[str, Any]) -> None:
        self.current = None
        if "t" in obj:
            self.row(number, obj)
        elif "ref" in obj:
            self.reference(number, obj)
        elif "blob" in obj:
            self.blob(number, obj)
        else:
            raise Rejected("bad-payload", f"line {number} is neither a row, a reference row "
                                          f"nor an attachment")

    def row(self, number: int, obj: dict[str, Any]) -> None:
        table = obj.get("t")
        if type(table) is not str or table not in self.header.columns:
            raise Rejected("unknown-table", f"line {number}: table '{_shown(table)}' is not "
                                            f"among the bundle's tables")
        if obj.keys() != _ROW_KEYS:
            raise Rejected("bad-row", f"line {number} ({table}): unexpected or missing keys "
                                      f"{sorted(set(obj) ^ {'t', 'id', 'cl', 's', 'd'})}")
        spec = colspec.spec(table)
        row_id = obj["id"]
        if type(row_id) is not str or not _ROW_ID(row_id):
            raise Rejected("bad-row", f"line {number} ({table}): the row id is malformed")
        if (row_id in self.pending_ids and table == self.pending_table) \
                or row_id in self.unchanged_ids.get(table, ()):
            raise Rejected("bad-row", f"line {number} ({table} {row_id}): the row appears twice")
        self.current = (number, table, row_id)  # a repeat of an earlier batch's: see flush
        cl = obj["cl"]
        if type(cl) is not int or not 1 <= cl <= 2**31:
            raise Rejected("forged-cl", f"line {number} ({table} {row_id}): causal length "
                                        f"{_shown(repr(cl))} is not a positive count")
        values = obj["d"]
        if type(values) is not list or len(values) != len(spec.columns):
            raise Rejected("bad-row", f"line {number} ({table} {row_id}): "
                                      f"{len(values) if isinstance(values, list) else 0}"
                                      f" values for {len(spec.columns)} columns")
        if not spec.fast_check(values):  # something to say, or an uncommon form: in full
            named = dict(zip(spec.columns, values))
            huge = [c for c, v in named.items() if type(v) is int and not -2**63 <= v < 2**63]
            if huge:  # neither a float nor SQLite's INTEGER holds it
                raise Rejected("bad-value", f"line {number} ({table} {row_id}): {huge[0]} is a "
                                            f"number too large to store")
            problems = colspec.problems(spec, named)
            if problems:
                raise Rejected("bad-value", f"line {number} ({table} {row_id}): "
                                            f"{'; '.join(problems[:3])}")
        state, top = self.row_state(cl, obj["s"], spec, number, row_id)
        if top > self.max_stamp:
            self.max_stamp = top
        if table == "attachments":
            sha256 = values[spec.columns.index("sha256")]
            if not _SHA.fullmatch(str(sha256)):
                # it names the file under attachments/: "../keys/…" would export HQ's own files
                raise Rejected("bad-value", f"line {number} ({table} {row_id}): sha256 is not a "
                                            f"SHA-256 in lowercase hex")
            if cl % 2 == 1:
                self.attachment_rows[sha256] = row_id
        if table != self.pending_table:
            self.flush()
            if table in self.seen_tables:
                raise Rejected("bad-payload", f"line {number} ({table} {row_id}): rows of "
                                              f"{table} must come together")
            self.seen_tables.append(table)
            self.pending_table = table
        self.pending.append(Incoming(row_id, cl, state, values, number))
        self.pending_ids.add(row_id)
        self.current = None
        if len(self.pending) >= BATCH:
            self.flush()

    def row_state(self, cl: int, data: Any, spec: colspec.TableSpec, number: int,
                  row_id: str) -> tuple[rowstate.RowState, str]:
        """The checked state of a row and its greatest stamp. Rows written together (a record
        and its children, a bulk import) usually carry one version for every field,
        {"v": {"*": [stamp, []]}}: whether such a state is valid depends on its stamp only, so it
        is checked and built once per table, causal length and stamp, and those rows share one
        RowState (nothing changes an incoming state: merge and apply copy what they change)."""
        key = None
        if type(data) is dict and len(data) == 1:
            versions = data.get("v")
            if type(versions) is dict and len(versions) == 1:
                default = versions.get(rowstate.DEFAULT_KEY)
                if type(default) is list and len(default) == 2 and type(default[0]) is str \
                        and type(default[1]) is list and not default[1]:
                    key = (spec.name, cl, default[0])
                    shared = self.shared_states.get(key)
                    if shared is not None:
                        return shared
        where = f"line {number} ({spec.name} {row_id})"
        state = rowstate.RowState.from_dict(cl, self.checker.state(data, spec, where),
                                            spec.columns)
        found = (state, state.max_stamp())
        if key is not None:
            if len(self.shared_states) >= SHARED_STATES:
                self.shared_states.clear()
            self.shared_states[key] = found
        return found

    def flush(self) -> None:
        if not self.pending:
            return
        spec = colspec.spec(self.pending_table)
        local = _load_local(self.connection, spec, [item.row_id for item in self.pending])
        repeated = self.written_here(spec.name, self.pending, local[1])
        if repeated is not None:
            raise repeated
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.check_batch(spec, self.pending, local[1])
        counts = apply_batch(self.connection, spec, self.pending, seq=self.seq,
                             origin=self.header.sender, local=local,
                             unchanged_ids=self.unchanged_ids.setdefault(spec.name, set()))
        self.counts.add(counts)
        if spec.name in RECORD_TABLES and len(self.inserted_countries) < KNOWN_COUNTRIES:
            at, here = spec.columns.index("country"), local[0]
            self.inserted_countries.update(
                (item.row_id, item.values[at]) for item in self.pending if item.row_id not in here)
        self.by_table[spec.name] = self.by_table.get(spec.name, 0) + len(self.pending)
        self.done += len(self.pending)
        self.pending = []
        self.pending_ids = set()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def written_here(self, table: str, items: list[Incoming],
                     states: dict[str, tuple[int, str, int]]) -> Rejected | None:
        """The refusal of the first of `items` that this import wrote already (its sync_rows
        row has this import's seq: the row appeared in an earlier batch)."""
        for item in items:
            stored = states.get(item.row_id)
            if stored is not None and stored[2] == self.seq:
                return Rejected("bad-row", f"line {item.line} ({table} {item.row_id}): the row "
                                           f"appears twice")
        return None

    def repeated_before(self) -> Rejected | None:
        """When the import fails: the refusal a row repeated from an earlier batch deserves if
        its line comes before the failure (the pending rows, and the row being checked), as a
        check made line by line would have said first."""
        candidates: list[tuple[str, Incoming]] = [(self.pending_table, i) for i in self.pending]
        if self.current is not None:
            number, table, row_id = self.current
            candidates.append((table, Incoming(row_id, 0, None, [], number)))  # type: ignore
        for table in dict.fromkeys(t for t, _i in candidates):
            items = [i for t, i in candidates if t == table]
            for start in range(0, len(items), BATCH):
                part = items[start:start + BATCH]
                marks = ", ".join("?" * len(part))
                seqs = dict(self.connection.exec_driver_sql(
                    f"SELECT row_id, seq FROM sync_rows WHERE tbl = ? AND row_id IN ({marks})",
                    (table, *(i.row_id for i in part))).all())
                found = self.written_here(table, part, {k: (0, "", v) for k, v in seqs.items()})
                if found is not None:
                    return found
        return None

    def check_batch(self, spec: colspec.TableSpec, batch: list[Incoming],
                    local_states: dict[str, tuple[int, str, int]]) -> None:
        for item in batch:
            stored = local_states.get(item.row_id)
            here = stored[0] if stored is not None else 1
            if item.cl > here + MAX_CL_JUMP:
                raise Rejected("forged-cl", f"{spec.name} {item.row_id}: causal length "
                                            f"{item.cl} is far beyond this copy's "
                                            f"{here}: forged")
        countries = self.countries_of(spec, batch)
        if self.checker.sender_is_field:
            for item in batch:
                country = countries.get(item.row_id)
                if country != self.checker.sender_country and (
                        self.checker.authored_here(item.state) or self.changes_here(spec, item)):
                    raise Rejected("not-allowed", f"{spec.name} {item.row_id}: a laptop of "
                                                  f"{self.checker.sender_country} changed a "
                                                  f"record of {country or 'no known country'}; "
                                                  f"it may only write its own country's")

    def changes_here(self, spec: colspec.TableSpec, item: Incoming) -> bool:
        """Whether a row would change this copy. Stamps name their writer but nothing proves
        it: a row of another country passes only as a relay of what is here already."""
        rows, states = _load_local(self.connection, spec, [item.row_id])
        here, stored = rows.get(item.row_id), states.get(item.row_id)
        if here is None or stored is None:
            return True
        local = rowstate.RowState.from_json(stored[0], stored[1], spec.columns)
        merged = rowstate.merge(here, local, item.named(spec.columns), item.state, spec.columns)
        return bool(merged.changed_columns or merged.state_changed)

    def countries_of(self, spec: colspec.TableSpec, batch: list[Incoming]) -> dict[str, str]:
        """Each row's country: its own, or its parent record's (which must exist by now)."""
        if spec.name in RECORD_TABLES:
            at = spec.columns.index("country")
            return {item.row_id: item.values[at] for item in batch}
        column, parent_table = spec.parent
        at = spec.columns.index(column)
        parents = {item.values[at] for item in batch}
        known = self.inserted_countries
        found = {parent: known[parent] for parent in parents if parent in known}
        unknown = tuple(parents - found.keys())
        tables = (RECORD_TABLES if parent_table == "*" else {parent_table: None}) if unknown else {}
        marks, wanted = padded(unknown)
        for table in tables:
            found.update(self.connection.connection.driver_connection.execute(
                f'SELECT id, country FROM "{table}" WHERE id IN ({marks})', wanted))
        missing = parents - set(found)
        if missing:
            raise Rejected("bad-row", f"{spec.name}: rows refer to record "
                                      f"{sorted(missing)[0]}, which is neither in the bundle "
                                      f"nor here")
        return {item.row_id: found[item.values[at]] for item in batch}

    def reference(self, number: int, obj: dict[str, Any]) -> None:
        table = obj.get("ref")
        if self.peer.role != "hq":
            raise Rejected("not-allowed", f"line {number}: reference data comes from HQ only")
        if table not in colspec.REFERENCE_TABLE_NAMES or set(obj) != {"ref", "d"}:
            raise Rejected("unknown-table", f"line {number}: reference table "
                                            f"'{_shown(table)}' is not known")
        ref = colspec.reference_spec(table)
        values = obj["d"]
        if not isinstance(values, list) or len(values) != len(ref.columns):
            raise Rejected("bad-row", f"line {number} ({table}): wrong number of values")
        named = dict(zip(ref.columns, values))
        problems = colspec.reference_problems(ref, named)
        if problems:
            raise Rejected("bad-value", f"line {number} ({table}): {'; '.join(problems[:3])}")
        names = ", ".join(f'"{c}"' for c in ref.columns)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in ref.columns if c not in ref.key)
        conflict = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        self.connection.exec_driver_sql(
            f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(values))}) '
            f'ON CONFLICT ({", ".join(ref.key)}) {conflict}', tuple(values))
        self.reference_rows += 1

    def blob(self, number: int, obj: dict[str, Any]) -> None:
        sha, size, index, data = obj.get("blob"), obj.get("size"), obj.get("i"), obj.get("data")
        if set(obj) != {"blob", "size", "i", "data"} or not isinstance(sha, str) \
                or not _SHA.fullmatch(sha) or not isinstance(size, int) or not isinstance(index, int)\
                or not isinstance(data, str) or not 0 <= size <= MAX_BLOB:
            raise Rejected("bad-attachment", f"line {number}: an attachment piece is malformed")
        blob = self.blobs.get(sha)
        if blob is None:
            if index != 0:
                raise Rejected("bad-attachment", f"line {number}: attachment {sha[:12]} starts "
                                                 f"with piece {index}")
            handle, path = _temp(self.tmp_dir)
            blob = self.blobs[sha] = _Blob(sha, size, 0, 0, hashlib.sha256(), handle, path)
        if blob.handle is None or index != blob.pieces or blob.size != size:
            raise Rejected("bad-attachment", f"line {number}: attachment {sha[:12]} has pieces "
                                             f"out of order or repeated")
        import base64
        import binascii
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise Rejected("bad-attachment", f"line {number}: attachment {sha[:12]} is not "
                                             f"base64") from None
        blob.pieces += 1
        blob.written += len(raw)
        if blob.written > size:
            raise Rejected("bad-attachment", f"attachment {sha[:12]} is larger than its "
                                             f"stated {size:,} bytes")
        blob.digest.update(raw)
        blob.handle.write(raw)
        if blob.written == size:
            blob.handle.close()
            blob.handle = None
            if blob.digest.hexdigest() != sha:
                raise Rejected("bad-attachment", f"attachment {sha[:12]}…: its content does not "
                                                 f"match its SHA-256")

    def finish(self, dry_run: bool) -> None:
        self.flush()
        for sha, blob in self.blobs.items():
            if blob.handle is not None:
                raise Rejected("bad-attachment", f"attachment {sha[:12]}… is cut short")
            if sha not in self.attachment_rows:
                raise Rejected("bad-attachment", f"attachment file {sha[:12]}… belongs to no "
                                                 f"attachment in the bundle (extra)")
        for sha, row_id in self.attachment_rows.items():
            if sha not in self.blobs and not (self.attachments_dir / sha).exists():
                raise Rejected("bad-attachment", f"attachment {row_id}: its file {sha[:12]}… "
                                                 f"is neither in the bundle nor here (missing)")
        if dry_run:
            return
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        for sha, blob in self.blobs.items():  # before the commit: content-addressed, harmless
            target = self.attachments_dir / sha
            if not target.exists():
                os.replace(blob.path, target)

    def cleanup(self) -> None:
        for blob in self.blobs.values():
            if blob.handle is not None:
                blob.handle.close()
            if blob.path is not None:
                blob.path.unlink(missing_ok=True)


def _temp(folder: Path) -> tuple[BinaryIO, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, suffix=".part")
    return os.fdopen(fd, "wb"), Path(name)


def _suspend_triggers(connection: Connection) -> list[Any]:
    suspended = []
    for kind, table in RECORD_TABLES.items():
        found = search_index.suspend_insert_triggers(connection, kind, table.name)
        if found is not None:
            suspended.append(found)
    return suspended


def _high_rowids(connection: Connection, suspended: list[Any]) -> dict[str, int]:
    """The greatest rowid of each table whose inserts the search index follows, before the
    import: the rows it inserts come after (SQLite gives a new row the greatest rowid + 1 while
    that is below 2**63 - 1; the import deletes no row)."""
    tables = [name for item in suspended for name in (item.table, *item.child_tables())]
    return {name: connection.exec_driver_sql(
        f'SELECT coalesce(max(rowid), 0) FROM "{name}"').scalar() for name in tables}


def _reindex(connection: Connection, suspended: list[Any], high: dict[str, int],
             seq: int) -> None:
    """Index the records this import inserted, and the consultations that gained counterparts
    (as the suspended insert triggers would have), selected in SQL: no list of ids is kept."""
    for item in suspended:
        parts, params = [], []
        for name in (item.table, *item.child_tables()):
            column = "id" if name == item.table else colspec.spec(name).parent[0]
            if high[name] < 2**62:
                parts.append(f'SELECT "{column}" FROM "{name}" WHERE rowid > ?')
                params.append(high[name])
            else:  # rowids may not grow: every row this import wrote (updated ones again too)
                parts.append(f'SELECT "{column}" FROM "{name}" WHERE id IN (SELECT row_id FROM '
                             f'sync_rows WHERE tbl = ? AND seq = ?)')
                params += [name, seq]
        ids = " UNION ".join(parts)
        # Index rows to replace: those of records here before (the new ones have none yet).
        older, before = ("AND rowid <= ?", (high[item.table],)) \
            if high[item.table] < 2**62 else ("", ())
        with search_index.merging_later(connection, item.index):
            connection.exec_driver_sql(
                f"DELETE FROM {item.index} WHERE rowid IN "
                f"(SELECT rowid FROM {item.table} WHERE id IN ({ids}) {older})",
                (*params, *before))
            connection.exec_driver_sql(item.index_rows.format(ids=ids), tuple(params))
        search_index.restore_triggers(connection, item)


def import_opened(db_writing: Callable[[], Any], node: Node, opened: OpenedBundle,
                  data_root: Path, *, dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  file_label: str = "") -> ImportResult:
    """Apply a verified, decrypted bundle. `db_writing()` opens the one write transaction."""
    header = opened.header
    if header.payload_encoding != ENCODING:
        raise Rejected("bad-payload", f"payload encoding '{header.payload_encoding}' is not "
                                      f"{ENCODING}")
    tmp_dir = data_root / "sync" / "tmp"
    handle, inflated = _temp(tmp_dir)
    try:
        with handle, opened.open() as source:
            inflate(source, handle, max_size=4 * max(header.payload_size, 1) * 64
                    + 64 * 1024 * 1024)
        with cycle_collector_paused(), db_writing() as session:
            connection = session.connection()
            connection.exec_driver_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
            try:
                return _import_in(session, connection, node, opened, header, data_root,
                                  tmp_dir, inflated, dry_run, progress, cancelled, file_label)
            finally:
                try:
                    connection.exec_driver_sql(f"PRAGMA cache_size = {CACHE_KIB}")
                except Exception:  # noqa: BLE001  (a broken connection is not reused)
                    pass
    except _DryRunDone as done:
        return done.result
    except PayloadError as error:
        raise Rejected("bad-payload", str(error)) from None
    except OverflowError:  # a number no float holds, where the checks compare it as one
        raise Rejected("bad-value", "a number in the bundle is too large for a number "
                                    "field") from None
    finally:
        inflated.unlink(missing_ok=True)


def _import_in(session: Session, connection: Connection, node: Node, opened: OpenedBundle,
               header: Any, data_root: Path, tmp_dir: Path, inflated: Path, dry_run: bool,
               progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None, file_label: str) -> ImportResult:
    """The import's work inside its write transaction (see import_opened)."""
    sender = header.sender
    result = ImportResult(file_label, sender, sender, header.bundle_id, dry_run=dry_run)
    logged = session.get(SyncBundleLog, header.bundle_id)
    if logged is not None and logged.direction == "in":
        result.already = True
        result.sender_name = _peer_name(session, sender)
        return result
    try:
        peer = get_peer(session, sender)
    except UnknownPeer:
        raise Rejected("unknown-sender", f"{sender} is not a peer of this node") from None
    result.sender_name = peer.name
    if opened.verified.introduced:
        peer.public_key = opened.sender.to_json()
    with open(inflated, "rb") as payload:
        lines = read_lines(payload)
        try:
            _number, first = next(lines)
        except StopIteration:
            raise Rejected("bad-payload", "the payload is empty") from None
        head = _header(first, sender)
        clone = session.query(SyncBundleLog).filter_by(
            direction="in", peer=sender, epoch=head.epoch,
            bundle_seq=head.bundle_seq).first()
        if clone is not None:
            raise Rejected("cloned-sender", f"{peer.name} already sent bundle number "
                                            f"{head.bundle_seq} with other content "
                                            f"({clone.bundle_id[:8]}): two laptops share "
                                            f"one identity (a copied data folder?)")
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        suspended = [] if dry_run else _suspend_triggers(connection)
        high = _high_rowids(connection, suspended)
        importer = _Importer(session, node, head, peer, data_root / "attachments",
                             tmp_dir, progress, cancelled)
        try:
            try:
                for number, obj in lines:
                    importer.line(number, obj)
                importer.finish(dry_run)
            except Exception:
                try:
                    repeated = importer.repeated_before()
                except Exception:  # noqa: BLE001  (the first failure is the one to tell)
                    repeated = None
                if repeated is not None:
                    raise repeated from None
                raise
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise Rejected("bad-value", f"a row of {broken[0]} refers to a "
                                            f"{broken[2]} code this node does not know")
            _reindex(connection, suspended, high, importer.seq)
        finally:
            importer.cleanup()
    result.counts = importer.counts
    result.by_table = importer.by_table
    result.reference_rows = importer.reference_rows
    result.attachments = len(importer.blobs)
    _watermarks(session, node, peer, head)
    if head.names and peer.role == "hq":
        put_settings(session, {"node_names": json.dumps(head.names, sort_keys=True)})
    session.add(SyncBundleLog(
        bundle_id=header.bundle_id, direction="in", peer=sender, epoch=head.epoch,
        bundle_seq=head.bundle_seq, payload_sha256=header.ciphertext_sha256, at=now(),
        changes=importer.counts.changes, file_name=file_label[:300],
        summary=json.dumps(importer.by_table, sort_keys=True)))
    if importer.max_stamp:
        clock = load_clock(session)
        try:
            clock.observe(HLC.parse(importer.max_stamp))
        except ClockAhead as error:
            raise Rejected("clock-ahead", f"{error}; the bundle is held back") from None
        save_clock(session, clock)
    if dry_run:
        raise _DryRunDone(result)
    return result


def _peer_name(session: Session, node_id: str) -> str:
    try:
        return get_peer(session, node_id).name
    except UnknownPeer:
        return node_id


def _watermarks(session: Session, node: Node, peer: Any, head: _Header) -> None:
    if peer.their_epoch != head.epoch:
        if peer.their_epoch is not None:
            # The sender took a new epoch (a database restored from a backup): it may have lost
            # what we sent, so everything goes to it again, including what came from it.
            peer.acked_seq, peer.acked_epoch = 0, None
            session.connection().exec_driver_sql(
                "UPDATE sync_rows SET origin = NULL WHERE origin = ?", (peer.node_id,))
        peer.their_epoch, peer.received_seq, peer.their_bundle_seq = head.epoch, 0, 0
    if head.seq_from <= peer.received_seq:
        peer.received_seq = max(peer.received_seq, head.seq_high)
    peer.their_bundle_seq = max(peer.their_bundle_seq, head.bundle_seq)
    if head.ack_epoch == node.epoch:
        if peer.acked_epoch != node.epoch:
            peer.acked_epoch, peer.acked_seq = node.epoch, 0
        ours = session.connection().exec_driver_sql(
            "SELECT coalesce(max(seq), 0) FROM sync_rows").scalar()
        peer.acked_seq = max(peer.acked_seq, min(head.ack_seq, ours))
    peer.last_import_at = now()
