"""Bundles between HQ and laptops as officers use them: who receives what, acknowledgements and
watermarks by value, parts for email, folders of bundles, revoked laptops, restored backups."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import string
import subprocess
import zlib

import pytest

from glo_act_desktop.services import sync
from glo_act_desktop.services.records import RecordInvalid, delete_records, get_record, save_record
from glo_act_desktop.store.models import SyncPeer
from glo_act_desktop.sync.identity import this_node
from tests.factories import consultation
from tests.sync_helpers import Network


@pytest.fixture
def net(tmp_path):
    network = Network(tmp_path)
    network.laptop("np-1", "NP")
    network.laptop("np-2", "NP")
    network.laptop("bd-1", "BD")
    for laptop in network.laptops.values():  # first bundles introduce the laptops' keys
        assert all(o.ok for o in network.hq.import_(network.up(laptop)))
    yield network
    network.close()


def ids(node, table="consultations"):
    with node.ctx.db.reading() as session:
        return {r for (r,) in session.connection().exec_driver_sql(
            f"SELECT id FROM {table} WHERE deleted = 0")}


def peer(node, name) -> SyncPeer:
    with node.ctx.db.reading() as session:
        return next(p for p in session.query(SyncPeer) if p.name == name)


def max_seq(node) -> int:
    with node.ctx.db.reading() as session:
        return session.connection().exec_driver_sql(
            "SELECT coalesce(max(seq), 0) FROM sync_rows").scalar()


def relay(net, sender, *receivers):
    assert all(o.ok for o in net.hq.import_(net.up(sender)))
    for receiver in receivers:
        assert all(o.ok for o in receiver.import_(net.down(receiver)))


def test_a_laptop_receives_its_own_country_only_and_reference_data(net):
    np1, np2, bd1 = (net.laptops[n] for n in ("np-1", "np-2", "bd-1"))
    nepal = consultation(title="Nepal meeting")
    bangladesh = consultation(title="Bangladesh meeting", country="BD")
    save_record(np1.ctx, nepal)
    save_record(bd1.ctx, bangladesh)
    relay(net, np1)
    relay(net, bd1)
    assert ids(net.hq) == {nepal.id, bangladesh.id}
    for laptop in (np1, np2, bd1):
        assert all(o.ok for o in laptop.import_(net.down(laptop)))
    assert ids(np2) == {nepal.id} and ids(bd1) == {bangladesh.id}
    with np2.ctx.db.reading() as session:
        counterparts = session.connection().exec_driver_sql(
            "SELECT count(*) FROM consultation_counterparts").scalar()
    assert counterparts == len(nepal.counterparts)


def test_an_enrolled_laptop_cannot_write_another_countrys_record(net):
    with pytest.raises(RecordInvalid, match="enrolled for Nepal"):
        save_record(net.laptops["np-1"].ctx, consultation(country="BD"))


def test_acknowledgements_and_watermarks_by_value(net):
    np1 = net.laptops["np-1"]
    save_record(np1.ctx, consultation())
    laptop_seq = max_seq(np1)
    status = sync.sync_status(np1.ctx)
    assert status.peers[0].unacknowledged > 0  # the new record and its counterparts
    result = np1.export_result(output=net.bundle_path("np-1", "HQ"))
    assert result.seq_high == laptop_seq
    assert all(o.ok for o in net.hq.import_(result.path))
    at_hq = peer(net.hq, "np-1")
    assert at_hq.received_seq == laptop_seq
    reply = net.hq.export_result(to="np-1", output=net.bundle_path("HQ", "np-1"))
    assert reply.rows == 0  # what np-1 sent does not go back to it
    assert all(o.ok for o in np1.import_(reply.path))
    hq_at_laptop = peer(np1, "HQ")
    assert hq_at_laptop.acked_seq == laptop_seq
    assert sync.sync_status(np1.ctx).peers[0].unacknowledged == 0
    assert hq_at_laptop.received_seq == reply.seq_high


def test_bundles_are_cumulative_until_acknowledged(net):
    np1 = net.laptops["np-1"]
    first, second = consultation(title="first"), consultation(title="second")
    save_record(np1.ctx, first)
    lost = np1.export_result(output=net.bundle_path("np-1", "HQ"))  # the stick is lost
    save_record(np1.ctx, second)
    later = np1.export_result(output=net.bundle_path("np-1", "HQ"))
    assert later.seq_from == lost.seq_from and later.by_table["consultations"] == 2
    assert all(o.ok for o in net.hq.import_(later.path))
    assert {first.id, second.id} <= ids(net.hq)


def test_parts_for_email_rejoin_in_any_order(net, tmp_path):
    np1 = net.laptops["np-1"]
    noise = random.Random(7)
    for i in range(40):  # summaries that do not compress, so the bundle needs several parts
        save_record(np1.ctx, consultation(title=f"meeting {i}", summary="".join(
            noise.choices(string.ascii_letters + " ", k=3000))))
    folder = tmp_path / "parts"
    folder.mkdir()
    result = np1.export_result(output=folder / "np1.glo-act-bundle", max_size=64 * 1024)
    assert len(result.parts) >= 2
    shuffled = list(result.parts)
    random.Random(3).shuffle(shuffled)
    outcomes = net.hq.import_(*shuffled)
    assert len(outcomes) == 1 and outcomes[0].ok, outcomes[0].describe()
    assert outcomes[0].result.counts.new >= 40


def test_hq_imports_a_whole_folder_from_many_laptops(net, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    made = []
    for name, laptop in net.laptops.items():
        rec = consultation(country="BD" if name == "bd-1" else "NP", title=f"from {name}")
        save_record(laptop.ctx, rec)
        made.append(rec.id)
        laptop.export(output=inbox / f"{name}.glo-act-bundle")
    outcomes = net.hq.import_(inbox)
    assert [o.ok for o in outcomes] == [True, True, True]
    assert set(made) <= ids(net.hq)
    again = net.hq.import_(inbox)
    assert all(o.ok and o.result.already for o in again)


def test_a_revoked_laptop_is_refused_and_what_it_sent_before_stays(net):
    np2 = net.laptops["np-2"]
    before = consultation(title="sent before the laptop was lost")
    save_record(np2.ctx, before)
    relay(net, np2)
    sync.hq_revoke(net.hq.ctx, "np-2")
    save_record(np2.ctx, consultation(title="written by whoever has the laptop now"))
    outcome, = net.hq.import_(net.up(np2))
    assert not outcome.ok and outcome.code == "revoked-sender"
    assert outcome.quarantined is not None and outcome.quarantined.exists()
    assert before.id in ids(net.hq)
    with pytest.raises(sync.InputRejected, match="revoked"):
        net.hq.export(to="np-2")


def test_hq_corrections_reach_the_countrys_laptops_and_deletes_travel(net):
    np1, np2 = net.laptops["np-1"], net.laptops["np-2"]
    rec = consultation(title="Draft title")
    save_record(np1.ctx, rec)
    relay(net, np1, np2)
    corrected = get_record(net.hq.ctx, "consultations", rec.id)
    corrected.title = "Title corrected by HQ"
    save_record(net.hq.ctx, corrected)
    for laptop in (np1, np2):
        assert all(o.ok for o in laptop.import_(net.down(laptop)))
        assert get_record(laptop.ctx, "consultations", rec.id).title == "Title corrected by HQ"
    delete_records(np2.ctx, "consultations", [rec.id])
    relay(net, np2, np1)
    assert rec.id not in ids(np1) and rec.id not in ids(net.hq)


def test_dry_run_reports_and_writes_nothing(net):
    np1 = net.laptops["np-1"]
    save_record(np1.ctx, consultation())
    bundle = net.up(np1)
    before = sqlite3.connect(net.hq.ctx.data_dir.database).execute(
        "SELECT count(*) FROM sync_rows").fetchone()
    outcome, = net.hq.import_(bundle, dry_run=True)
    assert outcome.ok and outcome.result.dry_run and outcome.result.counts.new > 0
    after = sqlite3.connect(net.hq.ctx.data_dir.database).execute(
        "SELECT count(*) FROM sync_rows").fetchone()
    assert before == after
    real, = net.hq.import_(bundle)
    assert real.ok and not real.result.already  # the dry run did not log it as imported


def test_a_database_restored_from_backup_takes_a_new_epoch_and_gets_its_work_back(net, tmp_path):
    np1 = net.laptops["np-1"]
    kept = consultation(title="reached HQ before the disk failed")
    save_record(np1.ctx, kept)
    backup = tmp_path / "backup.sqlite3"
    relay(net, np1)
    np1.ctx.db.dispose()
    shutil.copy(np1.ctx.data_dir.database, backup)  # last week's backup
    save_record(np1.ctx, consultation(title="sent after the backup"))
    relay(net, np1)  # HQ has it; then the laptop's disk fails
    with np1.ctx.db.reading() as session:
        old_epoch = this_node(session).epoch
    np1.ctx.db.dispose()
    for suffix in ("-wal", "-shm"):
        (np1.ctx.data_dir.database.parent / (np1.ctx.data_dir.database.name + suffix)).unlink(
            missing_ok=True)
    shutil.copy(backup, np1.ctx.data_dir.database)  # restored from the backup
    lost = ids(net.hq) - ids(np1)
    assert len(lost) == 1
    assert sync.check_restored(np1.ctx)
    with np1.ctx.db.reading() as session:
        assert this_node(session).epoch != old_epoch
    result = np1.export_result(output=net.bundle_path("np-1", "HQ"))
    assert result.seq_from == 0  # everything again: HQ learns the new epoch
    assert all(o.ok for o in net.hq.import_(result.path))
    assert all(o.ok for o in np1.import_(net.down(np1)))
    assert ids(np1) == ids(net.hq)  # HQ sent back what the restored laptop had lost


@pytest.mark.skipif(shutil.which("age") is None,
                    reason="Debian's `age` tool is not installed (`make test` installs it with "
                           "apt-get when run as root)")
def test_hq_reads_a_real_sync_bundle_with_the_standard_age_tool_and_the_documented_format(net):
    """HQ's recovery path if the app is ever unavailable: age, zlib and JSON Lines are enough."""
    np1 = net.laptops["np-1"]
    rec = consultation(title="Read without the app")
    save_record(np1.ctx, rec)
    bundle = net.up(np1)
    identity = net.hq.ctx.data_dir.keys / "age-identity.txt"
    script = (f"H=$(od -An -tu1 -j42 -N4 '{bundle}' | "
              f"awk '{{print $1*16777216 + $2*65536 + $3*256 + $4}}'); "
              f"tail -c +$((46 + H + 64 + 1)) '{bundle}' | age -d -i '{identity}'")
    done = subprocess.run(["bash", "-c", script], capture_output=True)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in zlib.decompress(done.stdout).decode().splitlines()]
    header, rows, end = lines[0], lines[1:-1], lines[-1]
    assert header["type"] == "glo-act-sync" and header["version"] == 1
    assert end == {"end": len(lines) - 1}
    mine = [r for r in rows if r.get("t") == "consultations" and r["id"] == rec.id]
    assert len(mine) == 1
    values = dict(zip(header["columns"]["consultations"], mine[0]["d"]))
    assert values["title"] == "Read without the app" and values["country"] == "NP"
    assert mine[0]["cl"] == 1
    # the laptop cannot read what it sent
    own = np1.ctx.data_dir.keys / "age-identity.txt"
    done = subprocess.run(["bash", "-c", script.replace(str(identity), str(own))],
                          capture_output=True)
    assert done.returncode != 0


def found(node, text) -> set[str]:
    """Consultations whose free-text search index matches `text` (title, place, notes,
    counterparts' organisations)."""
    with node.ctx.db.reading() as session:
        return {r for (r,) in session.connection().exec_driver_sql(
            "SELECT c.id FROM consultations c JOIN consultations_search s ON s.rowid = c.rowid "
            "WHERE consultations_search MATCH ?", (f'"{text}"',))}


def test_imported_records_are_found_by_search_old_ones_with_their_new_counterparts(net):
    from glo_act_desktop.domain.records import Counterpart

    np1 = net.laptops["np-1"]
    old = consultation(title="Meeting at Kakarbhitta checkpoint")
    save_record(np1.ctx, old)
    assert all(o.ok for o in net.hq.import_(net.up(np1)))
    assert found(net.hq, "Kakarbhitta") == {old.id}
    # a later bundle: a new consultation, and the old one with a counterpart added and retitled
    new = consultation(title="Workshop in Janakpur")
    save_record(np1.ctx, new)
    changed = get_record(np1.ctx, "consultations", old.id)
    changed.counterparts.append(Counterpart("Zebra Crossing Trust", "civil_society"))
    changed.title = "Meeting at Kakarbhitta border checkpoint"
    save_record(np1.ctx, changed)
    assert all(o.ok for o in net.hq.import_(net.up(np1)))
    assert found(net.hq, "Janakpur") == {new.id}
    assert found(net.hq, "Zebra Crossing") == {old.id}
    assert found(net.hq, "border checkpoint") == {old.id}
    with net.hq.ctx.db.reading() as session:  # one index row per consultation, no stale ones
        connection = session.connection()
        assert connection.exec_driver_sql("SELECT count(*) FROM consultations_search").scalar() \
            == connection.exec_driver_sql("SELECT count(*) FROM consultations").scalar()
        connection.exec_driver_sql(
            "INSERT INTO consultations_search(consultations_search) VALUES ('integrity-check')")
