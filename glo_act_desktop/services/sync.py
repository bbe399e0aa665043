"""Sync use cases for the command line and the window: set up HQ and laptops, write and import
bundles, report status. Each write happens in one transaction; a rejected bundle is copied to the
quarantine folder with its reason beside it, and the database is left as it was."""

from __future__ import annotations

import json
import re
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from glo_act_desktop.domain.validation import device_name_problem
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.models import SyncPeer
from glo_act_desktop.store.repositories.settings import get_settings, put_settings
from glo_act_desktop.sync import enrolment as enrolments
from glo_act_desktop.sync import rows
from glo_act_desktop.sync.container import BundleError, FileGroup, group_files, open_bundle, split
from glo_act_desktop.sync.identity import ROLE_FIELD, ROLE_HQ, Node, new_epoch, this_node
from glo_act_desktop.sync.incoming import ImportResult, Rejected, import_opened
from glo_act_desktop.sync.keys import NodeKeys, has_keys, load_keys, save_keys
from glo_act_desktop.sync.outgoing import ExportResult, pending_count, write_for_peer
from glo_act_desktop.sync.peers import (
    PeerTrust, UnknownPeer, all_peers, find_peer, hq_peer, now,
)

BUNDLE_SUFFIX = ".glo-act-bundle"
ENROLMENT_SUFFIX = ".enrol"
STATE_FILE = "state.json"


class NotEnrolled(InputRejected):
    pass


# -- roles ------------------------------------------------------------------------------------


def hq_init(ctx: AppContext, name: str) -> Node:
    name = name.strip()
    problem = device_name_problem(name)
    if problem:
        raise InputRejected(f"name: {problem}")
    with ctx.db.writing() as session:
        settings = get_settings(session)
        if settings.get("role") == ROLE_HQ:
            raise InputRejected(f"{ctx.data_dir.root} is already the HQ hub "
                                f"'{settings.get('device_name')}'")
        if settings.get("enrolment"):
            raise InputRejected(f"{ctx.data_dir.root} is an enrolled field laptop; an HQ hub "
                                f"needs its own data directory")
        node_id = settings.get("device_id") or str(uuid.uuid4())
        put_settings(session, {"device_id": node_id, "device_name": name, "role": ROLE_HQ,
                               "country": ""})
        if not has_keys(ctx.data_dir):
            save_keys(NodeKeys.generate(node_id), ctx.data_dir)
        node = this_node(session)
    return node


def _require_hq(session) -> Node:
    node = this_node(session)
    if not node.is_hq:
        raise InputRejected("this data directory is not an HQ hub (glo-act hq init --name NAME "
                            "makes one)")
    return node


def hq_enrol(ctx: AppContext, country: str, device_name: str, out: Path) -> enrolments.Enrolment:
    country = country.strip().upper()
    device_name = device_name.strip()
    if country not in ctx.reference.countries:
        raise InputRejected(f"country '{country}' is not an ISO 3166-1 alpha-2 code")
    problem = device_name_problem(device_name)
    if problem:
        raise InputRejected(f"device name: {problem}")
    with ctx.db.writing() as session:
        node = _require_hq(session)
        if any(p.name.casefold() == device_name.casefold() for p in all_peers(session)):
            raise InputRejected(f"a device named '{device_name}' is already enrolled; "
                                f"choose another name")
        keys = load_keys(ctx.data_dir)
        document = enrolments.issue(keys, node.name, str(uuid.uuid4()), device_name, country)
        session.add(SyncPeer(node_id=document.device_id, name=device_name, role=ROLE_FIELD,
                             country=country, enrolment=json.dumps(document.document),
                             received_seq=0, their_bundle_seq=0, acked_seq=0))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(document.to_json(), encoding="utf-8")
    return document


def hq_revoke(ctx: AppContext, device: str) -> SyncPeer:
    with ctx.db.writing() as session:
        _require_hq(session)
        try:
            peer = find_peer(session, device)
        except UnknownPeer:
            raise InputRejected(f"no enrolled device is called '{device}' (see glo-act sync "
                                f"status)") from None
        if peer.revoked_at is None:
            peer.revoked_at = now()
        return peer


def init_from_enrolment(ctx: AppContext, path: Path) -> enrolments.Enrolment:
    try:
        document = enrolments.load(Path(path).read_bytes())
    except OSError as error:
        raise InputRejected(f"cannot read {path}: {error.strerror}") from None
    except enrolments.EnrolmentError as error:
        raise InputRejected(f"{Path(path).name}: {error}") from None
    if document.country not in ctx.reference.countries:
        raise InputRejected(f"{Path(path).name}: country {document.country} is not known here")
    with ctx.db.writing() as session:
        settings = get_settings(session)
        if settings.get("role") == ROLE_HQ:
            raise InputRejected("this data directory is an HQ hub; a laptop needs its own")
        if settings.get("enrolment"):
            raise InputRejected(f"this laptop is already enrolled as "
                                f"'{settings.get('device_name')}'")
        if has_keys(ctx.data_dir):
            raise InputRejected(f"{ctx.data_dir.keys} already holds keys; enrol a fresh data "
                                f"directory")
        put_settings(session, {"device_id": document.device_id,
                               "device_name": document.device_name,
                               "country": document.country, "role": ROLE_FIELD,
                               "enrolment": json.dumps(document.document)})
        session.add(SyncPeer(node_id=document.hq.node_id, name=document.hq_name, role=ROLE_HQ,
                             country=None, public_key=document.hq.to_json(), received_seq=0,
                             their_bundle_seq=0, acked_seq=0))
        save_keys(NodeKeys.generate(document.device_id), ctx.data_dir)
    ctx.forget_reference()
    return document


# -- restored databases --------------------------------------------------------------------------


def _state_path(ctx: AppContext) -> Path:
    return ctx.data_dir.root / "sync" / STATE_FILE


def check_restored(ctx: AppContext) -> bool:
    """A database older than the last bundle this data directory wrote was restored from a
    backup: take a new epoch so that peers send again what it lost. True when that happened."""
    path = _state_path(ctx)
    try:
        marker = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    with ctx.db.writing() as session:
        settings = get_settings(session)
        same_epoch = settings.get("epoch") == marker.get("epoch")
        behind = int(settings.get("bundle_seq", "0")) < int(marker.get("bundle_seq", 0))
        if same_epoch and behind:
            new_epoch(session)
            return True
    return False


def _write_marker(ctx: AppContext) -> None:
    settings = ctx.settings()
    path = _state_path(ctx)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"epoch": settings.get("epoch"),
                               "bundle_seq": int(settings.get("bundle_seq", "0"))}), "utf-8")
    tmp.replace(path)


# -- export ------------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "device"


def _default_name(node: Node, peer: SyncPeer, bundle_seq_hint: str) -> str:
    day = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return f"{_slug(node.name)}-to-{_slug(peer.name)}-{day}{bundle_seq_hint}{BUNDLE_SUFFIX}"


def _targets(session, node: Node, to: str | None, all_peers_: bool) -> list[SyncPeer]:
    if node.is_hq:
        if all_peers_:
            return [p for p in all_peers(session) if p.role == ROLE_FIELD
                    and p.revoked_at is None and p.public_key]
        if not to:
            raise InputRejected("HQ writes for one laptop (--to DEVICE) or for all of them "
                                "(--all -o FOLDER)")
        try:
            peer = find_peer(session, to)
        except UnknownPeer:
            raise InputRejected(f"no enrolled device is called '{to}'") from None
        if peer.revoked_at is not None:
            raise InputRejected(f"{peer.name} was revoked: nothing is sent to it")
        return [peer]
    hq = hq_peer(session)
    if hq is None:
        raise NotEnrolled("this laptop is not enrolled: ask HQ for an enrolment file, then run "
                          "glo-act init --enrolment FILE")
    if to and to not in (hq.node_id, hq.name):
        raise InputRejected(f"a laptop writes bundles for its HQ ({hq.name}) only")
    return [hq]


@dataclass
class ExportRun:
    results: list[ExportResult]
    waiting: list[str]  # enrolled laptops whose first bundle has not arrived (no key yet)


def export_bundles(ctx: AppContext, *, to: str | None = None, output: Path | None = None,
                   all_peers_: bool = False, max_size: int | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ExportRun:
    """Write bundles: a laptop's for its HQ, HQ's for one laptop or (`all_peers_`) for every
    laptop whose key it knows. Laptops still waiting for their first bundle are listed."""
    check_restored(ctx)
    keys = load_keys(ctx.data_dir)
    results = []
    with ctx.db.reading() as session:
        node = this_node(session) if get_settings(session).get("epoch") else None
    if node is None:
        with ctx.db.writing() as session:
            node = this_node(session)
    with ctx.db.writing() as session:
        targets = _targets(session, node, to, all_peers_)
        skipped = [p.name for p in all_peers(session) if node.is_hq and all_peers_
                   and p.role == ROLE_FIELD and p.revoked_at is None and not p.public_key]
        target_ids = [p.node_id for p in targets]
    if node.is_hq and all_peers_ and output is not None and output.suffix == BUNDLE_SUFFIX:
        raise InputRejected("--all writes one file per laptop: give a folder with -o")
    for node_id in target_ids:
        with ctx.db.writing() as session:
            peer = session.get(SyncPeer, node_id)
            if output is None:
                out = ctx.data_dir.outbox / _default_name(node, peer, "")
            elif all_peers_ or output.is_dir():
                out = output / _default_name(node, peer, "")
            else:
                out = output
            enrolment = None
            if not node.is_hq:
                enrolment = json.loads(get_settings(session)["enrolment"])
            result = write_for_peer(session, node, keys, peer, out, ctx.data_dir.attachments,
                                    enrolment=enrolment, progress=progress, cancelled=cancelled)
        if max_size:
            parts = split(result.path, max_size, sender=keys, out_dir=result.path.parent)
            if parts != [result.path]:  # a bundle that fits is kept whole
                result.parts = parts
                result.path.unlink()
        results.append(result)
        _write_marker(ctx)
    return ExportRun(results, skipped)


# -- import ------------------------------------------------------------------------------------


@dataclass
class ImportOutcome:
    files: tuple[Path, ...]
    result: ImportResult | None = None
    error: str | None = None
    code: str | None = None
    quarantined: Path | None = None
    kept: bool = False  # a newer format: left in place for a newer app

    @property
    def ok(self) -> bool:
        return self.error is None

    def describe(self) -> str:
        if self.result is not None:
            return self.result.describe()
        name = self.files[0].name if len(self.files) == 1 else \
            f"{self.files[0].name} (+{len(self.files) - 1} parts)"
        where = ("; kept where it is" if self.kept else
                 f"; copied to {self.quarantined}" if self.quarantined else "")
        return f"{name}: rejected: {self.error}{where}"


def _expand(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file()
                                and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


def _quarantine(ctx: AppContext, files: Sequence[Path], reason: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    folder = ctx.data_dir.quarantine
    folder.mkdir(parents=True, exist_ok=True)
    first = None
    for path in files:
        target = folder / f"{stamp}-{path.name}"
        n = 1
        while target.exists():
            target = folder / f"{stamp}-{n}-{path.name}"
            n += 1
        try:
            shutil.copy2(path, target)
        except OSError:
            continue
        (target.parent / (target.name + ".reason.txt")).write_text(reason + "\n", "utf-8")
        first = first or target
    return first or folder


def import_bundles(ctx: AppContext, paths: Sequence[Path], *, dry_run: bool = False,
                   progress: Callable[[str, int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> list[ImportOutcome]:
    """Import files (bundles, parts of bundles, or folders of them), each bundle in its own
    transaction. Rejected ones are quarantined unless `dry_run`."""
    _remove_stale_temp(ctx.data_dir.root / "sync" / "tmp", before=time.time())
    check_restored(ctx)
    keys = load_keys(ctx.data_dir)
    files = _expand([Path(p) for p in paths])
    if not files:
        raise InputRejected("no files to import")
    with ctx.db.writing() as session:
        node = this_node(session)
        trust = PeerTrust(session, keys.public if node.is_hq else None)
    outcomes = []
    for group in group_files(files, trust):
        outcomes.append(_import_group(ctx, node, keys, trust, group, dry_run, progress,
                                      cancelled))
    if any(o.result is not None and o.result.reference_rows for o in outcomes):
        ctx.forget_reference()  # HQ may have sent new codes
    return outcomes


def _remove_stale_temp(folder: Path, before: float) -> None:
    """Delete what an import killed half-way (power cut, SIGKILL) left in sync/tmp: decrypted
    payloads and inflated plaintext. Only files older than this run; each import removes its own."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for path in entries:
        try:
            if path.is_file() and path.stat().st_mtime < before:
                path.unlink()
        except OSError:
            continue


def _import_group(ctx: AppContext, node: Node, keys: NodeKeys, trust: PeerTrust,
                  group: FileGroup, dry_run: bool, progress, cancelled) -> ImportOutcome:
    outcome = ImportOutcome(group.paths)
    label = group.paths[0].name
    try:
        if group.error is not None:
            raise group.error
        with open_bundle(list(group.paths), keys, trust,
                         tmp_dir=ctx.data_dir.root / "sync" / "tmp") as opened:
            step = None if progress is None else (lambda d, t: progress(label, d, t))
            outcome.result = import_opened(ctx.db.writing, node, opened, ctx.data_dir.root,
                                           dry_run=dry_run, progress=step, cancelled=cancelled,
                                           file_label=label)
    except BundleError as error:
        outcome.error, outcome.code = error.message, error.code
        outcome.kept = error.retry_later
    except Rejected as error:
        outcome.error, outcome.code = str(error), error.code
        outcome.kept = error.code == "newer-format"
    if outcome.error is not None:  # one line, even when it quotes a file's odd name
        outcome.error = " ".join(outcome.error.split())
    if outcome.error is not None and not outcome.kept and not dry_run:
        outcome.quarantined = _quarantine(ctx, group.paths, f"{outcome.code}: {outcome.error}")
    return outcome


# -- status ------------------------------------------------------------------------------------


@dataclass
class PeerStatus:
    node_id: str
    name: str
    role: str
    country: str | None
    revoked: bool
    key_known: bool
    unacknowledged: int
    last_import_at: datetime | None
    last_export_at: datetime | None


@dataclass
class SyncStatus:
    node: Node
    enrolled: bool
    peers: list[PeerStatus] = field(default_factory=list)
    conflicts: int = 0
    quarantined: int = 0

    def lines(self) -> list[str]:
        role = "HQ hub" if self.node.is_hq else f"field laptop ({self.node.country or '-'})"
        out = [f"{self.node.name or 'This device'}: {role}, node {self.node.node_id}"]
        if not self.node.is_hq and not self.enrolled:
            out.append("Not enrolled: ask HQ for an enrolment file, then glo-act init "
                       "--enrolment FILE")
        for peer in self.peers:
            state = "revoked" if peer.revoked else ("" if peer.key_known else
                                                    "waiting for its first bundle")
            if self.node.is_hq:
                what = f"{peer.unacknowledged:,} changes not yet acknowledged"
            else:
                what = f"{peer.unacknowledged:,} changes not yet acknowledged by HQ"
            seen = peer.last_import_at.strftime("%Y-%m-%d %H:%M") if peer.last_import_at \
                else "never"
            out.append(f"  {peer.name} ({peer.role}{', ' + peer.country if peer.country else ''})"
                       f": {what}; last bundle from it: {seen}"
                       f"{'; ' + state if state else ''}")
        out.append(f"Open conflicts: {self.conflicts:,}")
        if self.quarantined:
            out.append(f"Quarantined files: {self.quarantined:,} (in "
                       f"sync/quarantine, each with its reason)")
        return out


def sync_status(ctx: AppContext) -> SyncStatus:
    with ctx.db.writing() as session:
        node = this_node(session)
        settings = get_settings(session)
        connection = session.connection()
        status = SyncStatus(node, enrolled=bool(settings.get("enrolment")) or node.is_hq)
        for peer in all_peers(session):
            since = peer.acked_seq if peer.acked_epoch == node.epoch else 0
            country = peer.country if node.is_hq and peer.role == ROLE_FIELD else None
            status.peers.append(PeerStatus(
                peer.node_id, peer.name, peer.role, peer.country, peer.revoked_at is not None,
                bool(peer.public_key), pending_count(connection, since, peer.node_id, country),
                peer.last_import_at, peer.last_export_at))
        status.conflicts = rows.conflict_total(connection)
    quarantine = ctx.data_dir.quarantine
    if quarantine.exists():
        status.quarantined = sum(1 for p in quarantine.iterdir()
                                 if p.is_file() and not p.name.endswith(".reason.txt"))
    return status


# -- fingerprint --------------------------------------------------------------------------------


def fingerprint(ctx: AppContext, country: str | None = None) -> tuple[str, int]:
    """A digest of every synced row of one country or all, and the number of rows: nodes that
    agree print the same (sync/rows.py)."""
    with ctx.db.reading() as session:
        return rows.fingerprint(session.connection(), country)
