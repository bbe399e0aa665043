"""Writing a bundle for one peer: everything it has not acknowledged, that it may hold.

Bundles are cumulative: each carries every row changed since the peer's last acknowledgement
(not since the last bundle), so a lost or never-imported stick loses nothing. A laptop writes for
its HQ; HQ writes for one laptop: reference data, and the rows of that laptop's country only.
Rows a peer sent us, unchanged since, do not go back to it. The payload streams through a
private temporary file into the encrypted container (sync/container.py).
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from glo_act_desktop.services.jobs import Cancelled
from glo_act_desktop.store.models import RECORD_TABLES, REPLICATED_TABLES, SyncBundleLog, SyncPeer
from glo_act_desktop.store.repositories.settings import get_settings, put_settings
from glo_act_desktop.sync import columns as colspec
from glo_act_desktop.sync.container import BundleHeader, write_bundle
from glo_act_desktop.sync.identity import Node
from glo_act_desktop.sync.keys import NodeKeys
from glo_act_desktop.sync.payload import (
    BLOB_PIECE, ENCODING, PAYLOAD_TYPE, PAYLOAD_VERSION, PayloadWriter,
)
from glo_act_desktop.sync.peers import now, public_of

FETCH = 2000


@dataclass
class ExportResult:
    path: Path
    peer_name: str
    bundle_seq: int
    seq_from: int
    seq_high: int
    by_table: dict[str, int] = field(default_factory=dict)
    reference_rows: int = 0
    attachments: int = 0
    size: int = 0
    header: BundleHeader | None = None
    parts: list[Path] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.by_table.values())

    def describe(self) -> str:
        where = (f"{len(self.parts)} parts ({self.parts[0].name} …)" if self.parts
                 else str(self.path))
        return (f"Wrote {where} for {self.peer_name}: {self.rows:,} changed rows, "
                f"{self.attachments:,} attachment file(s), {self.reference_rows:,} reference rows, "
                f"{self.size:,} bytes")


def scope_clause(table: str, country: str | None) -> tuple[str, tuple[Any, ...]]:
    """SQL limiting rows of `table` (aliased t) to one country's records."""
    if country is None:
        return "", ()
    if table in RECORD_TABLES:
        return " AND t.country = ?", (country,)
    spec = colspec.spec(table)
    column, parent = spec.parent
    if parent == "*":
        union = " UNION ALL ".join(f"SELECT id FROM {name} WHERE country = ?"
                                   for name in RECORD_TABLES)
        return f" AND t.{column} IN ({union})", (country,) * len(RECORD_TABLES)
    return (f" AND EXISTS (SELECT 1 FROM {parent} p WHERE p.id = t.{column} AND p.country = ?)",
            (country,))


def changed_rows(connection: Connection, table: str, since: int, until: int, peer: str,
                 country: str | None) -> Iterator[tuple[Any, ...]]:
    """(row id, cl, state JSON, values…) of rows changed after `since`, not last sent by `peer`."""
    spec = colspec.spec(table)
    names = ", ".join(f't."{c}"' for c in spec.columns)
    scope, params = scope_clause(table, country)
    cursor = connection.exec_driver_sql(
        f"SELECT s.row_id, s.cl, s.state, {names} FROM sync_rows s JOIN \"{table}\" t "
        f"ON t.id = s.row_id WHERE s.tbl = ? AND s.seq > ? AND s.seq <= ? "
        f"AND (s.origin IS NULL OR s.origin != ?){scope}", (table, since, until, peer, *params))
    while rows := cursor.fetchmany(FETCH):
        yield from rows


def pending_count(connection: Connection, since: int, peer: str, country: str | None) -> int:
    total = 0
    for table in REPLICATED_TABLES:
        scope, params = scope_clause(table, country)
        total += connection.exec_driver_sql(
            f"SELECT count(*) FROM sync_rows s JOIN \"{table}\" t ON t.id = s.row_id "
            f"WHERE s.tbl = ? AND s.seq > ? AND (s.origin IS NULL OR s.origin != ?){scope}",
            (table, since, peer, *params)).scalar()
    return total


def _next_bundle_seq(session: Session, node: Node) -> int:
    settings = get_settings(session)
    if settings.get("bundle_epoch") != node.epoch:
        number = 1
    else:
        number = int(settings.get("bundle_seq", "0")) + 1
    put_settings(session, {"bundle_seq": str(number), "bundle_epoch": node.epoch})
    return number


def write_for_peer(session: Session, node: Node, keys: NodeKeys, peer: SyncPeer, out: Path,
                   attachments_dir: Path, *, enrolment: dict[str, Any] | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the bundle for `peer` to `out`, in the caller's write transaction (which also logs
    it). Raises when the peer's key is not known yet (a laptop that never sent a bundle)."""
    recipient = public_of(peer)
    if recipient is None:
        raise LookupError(f"{peer.name} has not sent its first bundle yet: its key is unknown, "
                          f"so nothing can be encrypted for it")
    connection = session.connection()
    seq_high = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM sync_rows").scalar()
    since = peer.acked_seq if peer.acked_epoch == node.epoch else 0
    country = peer.country if (node.is_hq and peer.role == "field") else None
    total = pending_count(connection, since, peer.node_id, country)
    bundle_seq = _next_bundle_seq(session, node)
    result = ExportResult(out, peer.name, bundle_seq, since, seq_high)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=".payload-", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            writer = PayloadWriter(handle)
            counts = {}
            writer.write({
                "type": PAYLOAD_TYPE, "version": PAYLOAD_VERSION, "sender": node.node_id,
                "epoch": node.epoch, "bundle_seq": bundle_seq, "seq_from": since,
                "seq_high": seq_high,
                "ack": {"epoch": peer.their_epoch, "seq": peer.received_seq},
                "columns": {t: list(colspec.spec(t).columns) for t in REPLICATED_TABLES},
                "counts": {"rows": total},
                "names": _directory(session, node) if node.is_hq else {},
            })
            if node.is_hq:
                result.reference_rows = _write_reference(connection, writer)
            done = 0
            blobs: list[str] = []
            parsed: dict[str, Any] = {}  # state JSON -> its object, parsed once for rows sharing it
            for table in REPLICATED_TABLES:
                count = 0
                for row in changed_rows(connection, table, since, seq_high, peer.node_id,
                                        country):
                    row_id, cl, state = row[0], row[1], row[2]
                    found = parsed.get(state)
                    if found is None:
                        if len(parsed) >= 1024:
                            parsed.clear()
                        found = parsed[state] = json.loads(state)
                    writer.write({"t": table, "id": row_id, "cl": cl, "s": found,
                                  "d": list(row[3:])})
                    count += 1
                    if table == "attachments" and cl % 2 == 1:
                        blobs.append(row[3 + colspec.spec(table).columns.index("sha256")])
                    if count % FETCH == 0:
                        if cancelled is not None and cancelled():
                            raise Cancelled()
                        if progress is not None:
                            progress(done + count, total)
                if count:
                    counts[table] = count
                done += count
            result.attachments = _write_blobs(writer, attachments_dir, blobs)
            writer.finish()
            handle.seek(0)
            result.header = write_bundle(
                handle, out, sender=keys, recipients=[recipient], payload_encoding=ENCODING,
                meta={"enrolment": enrolment} if enrolment else {},
                introduce=enrolment is not None)
        result.by_table = counts
        result.size = out.stat().st_size
        session.add(SyncBundleLog(
            bundle_id=result.header.bundle_id, direction="out", peer=peer.node_id,
            epoch=node.epoch, bundle_seq=bundle_seq,
            payload_sha256=result.header.ciphertext_sha256, at=now(), changes=result.rows,
            summary=json.dumps(counts, sort_keys=True), file_name=out.name[:300]))
        peer.last_export_at = now()
        if progress is not None:
            progress(total, total)
        return result
    finally:
        tmp.unlink(missing_ok=True)


def _directory(session: Session, node: Node) -> dict[str, str]:
    """Who is who, so that laptops name their colleagues in conflicts (HQ only)."""
    names = {peer.node_id: peer.name for peer in session.query(SyncPeer)}
    names[node.node_id] = node.name
    return names


def _write_reference(connection: Connection, writer: PayloadWriter) -> int:
    rows = 0
    for table in colspec.REFERENCE_TABLE_NAMES:
        ref = colspec.reference_spec(table)
        names = ", ".join(f'"{c}"' for c in ref.columns)
        for row in connection.exec_driver_sql(f'SELECT {names} FROM "{table}" ORDER BY 1'):
            writer.write({"ref": table, "d": list(row)})
            rows += 1
    return rows


def _write_blobs(writer: PayloadWriter, folder: Path, hashes: list[str]) -> int:
    written = 0
    for sha in dict.fromkeys(hashes):
        path = folder / sha
        if not path.exists():
            raise FileNotFoundError(f"attachment file {sha[:12]}… is missing from {folder}; "
                                    f"remove that attachment from its record, or put the file "
                                    f"back, then export again")
        size = path.stat().st_size
        with open(path, "rb") as handle:
            index = 0
            while True:
                piece = handle.read(BLOB_PIECE)
                if not piece and index > 0:
                    break
                writer.write({"blob": sha, "size": size, "i": index,
                              "data": base64.b64encode(piece).decode("ascii")})
                index += 1
                if len(piece) < BLOB_PIECE:
                    break
        written += 1
    return written
