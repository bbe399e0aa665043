"""free-text search index (FTS5, trigram tokenizer) kept current by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

One FTS5 table per register, its rowid equal to the record's rowid, holding the texts the free-text
filter searches: title, place or venue, summary or notes, and the names of organisations
(consultations' counterparts, grants' grantee). The trigram tokenizer matches any substring of
three or more characters in any script, case-folded (Unicode), through the index.

Triggers on the record tables (and on consultation_counterparts) keep the index current for every
write path. Notes for later migrations:
- a batch (copy-and-move) ALTER of consultations, consultation_counterparts, trainings or grants
  drops their triggers: call `create_triggers()` of this module again afterwards;
- the index is keyed by rowid: a plain VACUUM may renumber rowids of these tables (they have no
  INTEGER PRIMARY KEY), so run `rebuild()` after one.
This migration does not import the app's types: everything is SQL text.
"""

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TRIGRAM = "tokenize='trigram'"

# register table -> (fts table, {fts column: SQL over the record aliased r})
INDEXES = {
    "consultations": ("consultations_search", {
        "title": "r.title",
        "place": "r.place",
        "notes": "r.summary",
        "organisations": "(SELECT group_concat(k.organisation, ' | ') "
                         "FROM consultation_counterparts k "
                         "WHERE k.consultation_id = r.id AND k.deleted = 0)",
    }),
    "trainings": ("trainings_search", {
        "title": "r.title",
        "place": "r.venue",
        "notes": "r.notes",
        "organisations": "''",
    }),
    "grants": ("grants_search", {
        "title": "r.agreement_ref",
        "place": "''",
        "notes": "r.notes",
        "organisations": "r.grantee",
    }),
}
WATCHED = {"consultations": "title, place, summary", "trainings": "title, venue, notes",
           "grants": "grantee, agreement_ref, notes"}
COLUMNS = "title, place, notes, organisations"


def _select(table: str, where: str) -> str:
    fts, columns = INDEXES[table]
    return f"SELECT r.rowid, {', '.join(columns.values())} FROM {table} r WHERE {where}"


def create_triggers() -> None:
    for table, (fts, _columns) in INDEXES.items():
        op.execute(f"""CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO {fts}(rowid, {COLUMNS}) {_select(table, 'r.rowid = new.rowid')};
            END""")
        op.execute(f"""CREATE TRIGGER {fts}_update AFTER UPDATE OF {WATCHED[table]} ON {table}
            BEGIN
            DELETE FROM {fts} WHERE rowid = old.rowid;
            INSERT INTO {fts}(rowid, {COLUMNS}) {_select(table, 'r.rowid = new.rowid')};
            END""")
        op.execute(f"""CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM {fts} WHERE rowid = old.rowid;
            END""")
    # A consultation's counterparts are part of its searchable text.
    orgs = INDEXES["consultations"][1]["organisations"]
    for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        op.execute(f"""CREATE TRIGGER consultations_search_counterparts_{event.lower()}
            AFTER {event} ON consultation_counterparts BEGIN
            UPDATE consultations_search SET organisations = (
                SELECT {orgs} FROM consultations r WHERE r.id = {ref}.consultation_id)
            WHERE rowid = (SELECT rowid FROM consultations WHERE id = {ref}.consultation_id);
            END""")
    # An update that moves a counterpart to another consultation also changes the old one.
    op.execute(f"""CREATE TRIGGER consultations_search_counterparts_move
        AFTER UPDATE OF consultation_id ON consultation_counterparts
        WHEN old.consultation_id <> new.consultation_id BEGIN
        UPDATE consultations_search SET organisations = (
            SELECT {orgs} FROM consultations r WHERE r.id = old.consultation_id)
        WHERE rowid = (SELECT rowid FROM consultations WHERE id = old.consultation_id);
        END""")


def drop_triggers() -> None:
    for table, (fts, _columns) in INDEXES.items():
        for suffix in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
    for suffix in ("insert", "update", "delete", "move"):
        op.execute(f"DROP TRIGGER IF EXISTS consultations_search_counterparts_{suffix}")


def rebuild() -> None:
    """Fill the indexes from the records (all of them: the register query skips deleted ones)."""
    for table, (fts, _columns) in INDEXES.items():
        op.execute(f"DELETE FROM {fts}")
        op.execute(f"INSERT INTO {fts}(rowid, {COLUMNS}) {_select(table, '1')}")


def upgrade() -> None:
    for table, (fts, _columns) in INDEXES.items():
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({COLUMNS}, {TRIGRAM})")
    rebuild()
    create_triggers()


def downgrade() -> None:
    drop_triggers()
    for table, (fts, _columns) in INDEXES.items():
        op.execute(f"DROP TABLE IF EXISTS {fts}")
