"""A data directory made by each released schema revision opens in this build.

tests/data/schema/NNNN.sqlite3.gz is the database the build of revision NNNN wrote (records of a
Nepal office's laptop; see make_fixtures.py and README.md there). Each is copied into a fresh data
directory and opened the way the app opens one: backed up, upgraded, then used through the
services: its records read, counted, searched, reported on, edited, and sent in a sync bundle.

(Refusing a database from a newer build, file untouched, is
tests/test_database.py::test_database_from_a_newer_app_is_refused_untouched.)
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from glo_act_desktop.domain.filters import Filters
from glo_act_desktop.domain.scope import Scope
from glo_act_desktop.paths import DataDir
from glo_act_desktop.services import sync
from glo_act_desktop.services.context import AppContext
from glo_act_desktop.services.figures import figures_for
from glo_act_desktop.services.records import get_record, save_record
from glo_act_desktop.services.reports import read_period
from glo_act_desktop.store.database import (
    HEAD_REVISION, UPGRADE_LABEL, alembic_config, current_revision,
)
from glo_act_desktop.store.repositories.records import load_records
from glo_act_desktop.store.repositories.registers import count_records, read_page
from glo_act_desktop.sync.keys import NodeKeys, save_keys
from tests import factories

SCHEMA = Path(__file__).parent / "data" / "schema"
KINDS = {"consultations": "date", "trainings": "start", "grants": "start"}
CHILDREN = {"consultations": {"consultation_counterparts": "consultation_id",
                              "follow_ups": "consultation_id"},
            "trainings": {"training_institutions": "training_id"},
            "grants": {"grant_tranches": "grant_id", "grant_reports": "grant_id"}}
# What the free-text filter searches (migration 0002), in SQL over the stored rows.
SEARCHED = {
    "consultations": "r.title LIKE :p OR r.place LIKE :p OR r.summary LIKE :p OR EXISTS (SELECT 1 "
                     "FROM consultation_counterparts k WHERE k.consultation_id = r.id AND "
                     "k.deleted = 0 AND k.organisation LIKE :p)",
    "trainings": "r.title LIKE :p OR r.venue LIKE :p OR r.notes LIKE :p",
    "grants": "r.agreement_ref LIKE :p OR r.notes LIKE :p OR r.grantee LIKE :p",
}
WORDS = {"consultations": "बेचबिखन", "trainings": "الاتجار", "grants": "শক্তি"}


def released_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    return sorted(rev.revision for rev in
                  ScriptDirectory.from_config(alembic_config()).walk_revisions())


def fixture_file(revision: str) -> Path:
    return SCHEMA / f"{revision}.sqlite3.gz"


FIXTURES = sorted(p.name.split(".")[0] for p in SCHEMA.glob("*.sqlite3.gz"))


def unpack(revision: str, folder: Path) -> DataDir:
    data_dir = DataDir(folder).ensure()
    with gzip.open(fixture_file(revision), "rb") as packed, open(data_dir.database, "wb") as out:
        shutil.copyfileobj(packed, out)
    return data_dir


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted: two files with equal snapshots hold the same data."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        con.close()


def test_every_schema_revision_has_its_database():
    """A new migration needs the file its build writes, made once with that build."""
    revisions = released_revisions()
    for revision in revisions:
        assert fixture_file(revision).exists(), (
            f"{fixture_file(revision).relative_to(SCHEMA.parents[2])} is missing: every schema "
            f"revision keeps a database made by its own build, so that later builds are tested "
            f"upgrading it. Add make_{revision}() to tests/data/schema/make_fixtures.py (start "
            f"from the newest make_NNNN and write, in plain SQL, what revision {revision} "
            f"stores), run `.venv/bin/python tests/data/schema/make_fixtures.py {revision}` with "
            f"this build, and commit the file. Never remake the older ones "
            f"(tests/data/schema/README.md).")
    assert FIXTURES == revisions, "a fixture names a revision that migrations/versions lacks"


@pytest.mark.parametrize("revision", FIXTURES)
def test_a_data_directory_of_each_revision_opens_upgraded_and_works(revision, tmp_path):
    data_dir = unpack(revision, tmp_path / "data")
    con = sqlite3.connect(data_dir.database)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    con.close()
    before = snapshot(data_dir.database)
    rows = records_of(data_dir.database)

    ctx = AppContext.open(data_dir.root)
    try:
        # -- backed up first, then at head ----------------------------------------------------
        assert current_revision(ctx.db) == HEAD_REVISION
        backups = sorted(data_dir.backups.glob(f"*-{UPGRADE_LABEL}-{revision}.sqlite3"))
        if revision == HEAD_REVISION:
            assert list(data_dir.backups.iterdir()) == []  # nothing to upgrade, nothing copied
        else:
            assert len(backups) == 1
            assert snapshot(backups[0]) == before

        # -- every record readable, deleted ones still deleted ----------------------------------
        live = {k: {r["id"] for r in rows[k] if not r["deleted"]} for k in KINDS}
        gone = {k: {r["id"] for r in rows[k] if r["deleted"]} for k in KINDS}
        assert all(live.values()) and any(gone.values())
        with ctx.db.reading() as session:
            for kind, sort in KINDS.items():
                loaded = load_records(session, kind, sorted(live[kind] | gone[kind]))
                assert set(loaded) == live[kind], kind
                for table, parent in CHILDREN[kind].items():
                    # the live child rows of live records, all loaded
                    expected = sum(1 for row in rows[table]
                                   if row[parent] in live[kind] and not row["deleted"])
                    attribute = {"consultation_counterparts": "counterparts",
                                 "follow_ups": "follow_ups", "training_institutions":
                                 "institutions", "grant_tranches": "tranches",
                                 "grant_reports": "reports"}[table]
                    assert sum(len(getattr(r, attribute)) for r in loaded.values()) == \
                        expected, table
                assert count_records(session, kind) == len(live[kind])
                page = read_page(session, kind, sort, True, limit=10 ** 6)
                assert {r.id for r in page.rows} == live[kind]
                # free text in Nepali, Arabic, Bengali through the search index
                found = {r.id for r in read_page(session, kind, sort, True, limit=10 ** 6,
                                                 filters=Filters(text=WORDS[kind])).rows}
                assert found and found == matching(data_dir.database, kind, WORDS[kind]), kind
        figures = figures_for(ctx, Scope(country="NP"), today=date(2026, 12, 1))
        assert (figures.consultations, figures.trainings, figures.grants) == \
            tuple(len(live[k]) for k in KINDS)
        committed = sum(row["committed_amount"] for row in rows["grants"]
                        if row["id"] in live["grants"] and row["status"] != "pipeline")
        paid = sum(row["amount"] for row in rows["grant_tranches"]
                   if row["grant_id"] in live["grants"] and not row["deleted"])
        assert [(m.currency, m.committed, m.disbursed) for m in figures.money] == \
            [("NPR", Decimal(committed) / 10_000, Decimal(paid) / 10_000)]
        period = read_period(ctx, Scope(programme="GLOACT-SA", country="NP"),
                             today=date(2026, 12, 1))
        assert period.figures == figures and not period.empty

        # -- every replicated row has its sync state (the backfill of 0003) -------------------
        with ctx.db.reading() as session:
            connection = session.connection()
            for table in (*KINDS, *(t for c in CHILDREN.values() for t in c), "attachments"):
                wrong = connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table} t LEFT JOIN sync_rows s ON s.tbl = ? AND "
                    f"s.row_id = t.id WHERE s.row_id IS NULL OR (s.cl % 2 = 0) != t.deleted",
                    (table,)).scalar()
                assert wrong == 0, table

        # -- and the device goes on working: edit an old record, add one, send a bundle -------
        old = next(iter(sorted(live["consultations"])))
        record = get_record(ctx, "consultations", old)
        save_record(ctx, replace(record, title=record.title + " — संशोधित"))
        new = factories.consultation(title="नयाँ परामर्श बैठक after the upgrade")
        save_record(ctx, new)
        with ctx.db.reading() as session:
            states = dict(session.connection().exec_driver_sql(
                "SELECT row_id, cl FROM sync_rows WHERE tbl = 'consultations' AND row_id IN "
                "(?, ?)", (old, new.id)).all())
        assert states == {old: 1, new.id: 1}
        if ctx.settings().get("enrolment"):
            send_as_enrolled_laptop(ctx, tmp_path)
        else:
            enrol_and_send_to_a_new_hq(ctx, tmp_path, live, gone)
    finally:
        ctx.close()


def records_of(path: Path) -> dict[str, list[dict]]:
    """The rows of the record and child tables, by column name."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        return {t: [dict(r) for r in con.execute(f'SELECT * FROM "{t}"')]
                for t in [*KINDS, *(t for c in CHILDREN.values() for t in c)]}
    finally:
        con.close()


def matching(database: Path, kind: str, word: str) -> set[str]:
    con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {i for (i,) in con.execute(
            f"SELECT r.id FROM {kind} r WHERE r.deleted = 0 AND ({SEARCHED[kind]})",
            {"p": f"%{word}%"})}
    finally:
        con.close()


def enrol_and_send_to_a_new_hq(ctx, tmp_path, live, gone) -> None:
    """A laptop from before sync is enrolled; its first bundle carries every record, deleted
    ones as deleted, and HQ reads them."""
    hq = AppContext.open(tmp_path / "hq")
    try:
        sync.hq_init(hq, "UNODC HQ")
        enrol = tmp_path / "laptop.enrol"
        sync.hq_enrol(hq, "NP", "Pokhara laptop", enrol)
        sync.init_from_enrolment(ctx, enrol)
        result = sync.export_bundles(ctx, output=tmp_path / "up.glo-act-bundle").results[0]
        assert result.by_table["consultations"] == len(live["consultations"]) + \
            len(gone["consultations"]) + 1
        [outcome] = sync.import_bundles(hq, [result.path])
        assert outcome.error is None, outcome.error
        with hq.db.reading() as session:
            for kind in KINDS:
                extra = 1 if kind == "consultations" else 0
                assert count_records(session, kind) == len(live[kind]) + extra
                deleted = {i for (i,) in session.connection().exec_driver_sql(
                    f"SELECT id FROM {kind} WHERE deleted = 1")}
                assert deleted == gone[kind]
            assert count_records(session, "consultations",
                                 Filters(text=WORDS["consultations"])) > 0
    finally:
        hq.close()


def fixture_maker():
    """tests/data/schema/make_fixtures.py as a module (the attachment's bytes are there)."""
    import importlib.util
    import sys

    name = "glo_act_schema_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SCHEMA / "make_fixtures.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def send_as_enrolled_laptop(ctx, tmp_path) -> None:
    """An enrolled laptop: what HQ has not acknowledged, and what was written since, goes in the
    next bundle, with the attachment's file. (Its keys and files live beside the database, not
    in it: they are put back here.)"""
    with ctx.db.reading() as session:
        connection = session.connection()
        hq, acked = connection.exec_driver_sql(
            "SELECT node_id, acked_seq FROM sync_peers WHERE role = 'hq'").one()
        pending = connection.exec_driver_sql(
            "SELECT count(*) FROM sync_rows WHERE seq > ? AND (origin IS NULL OR origin != ?)",
            (acked, hq)).scalar()
        sha, = connection.exec_driver_sql("SELECT sha256 FROM attachments").one()
    maker = fixture_maker()
    assert hashlib.sha256(maker.ATTACHMENT_BYTES).hexdigest() == sha
    (ctx.data_dir.attachments / sha).write_bytes(maker.ATTACHMENT_BYTES)
    save_keys(NodeKeys.generate(ctx.settings()["device_id"]), ctx.data_dir)

    result = sync.export_bundles(ctx, output=tmp_path / "up.glo-act-bundle").results[0]
    assert result.rows == pending > 2  # the two writes above and the fixture's own
    assert result.seq_from == acked and result.attachments == 1
    assert result.bundle_seq == 2 and result.path.stat().st_size > 0
