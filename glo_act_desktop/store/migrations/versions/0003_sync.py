"""sync state: per-row versions, peers, bundle log; attachments

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Rows written before this revision get a sync state as if this device had written each one at its
`updated_at` (causal length 1, or 2 when deleted) so that they travel in the first bundle. The
device gets its id now if it had none, because that id is the node of those stamps.
This migration does not import the app's types: everything is SQL text.
"""

import uuid

from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

UTC_TEXT = sa.String(length=27)
REPLICATED = ("consultations", "trainings", "grants", "consultation_counterparts", "follow_ups",
              "training_institutions", "grant_tranches", "grant_reports")


def upgrade() -> None:
    op.create_table('attachments',
    sa.Column('record_kind', sa.String(length=20), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UTC_TEXT, nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', UTC_TEXT, nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    op.create_index(op.f('ix_attachments_record_id'), 'attachments', ['record_id'], unique=False)
    op.create_index(op.f('ix_attachments_sha256'), 'attachments', ['sha256'], unique=False)
    op.create_table('sync_bundles',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('peer', sa.String(length=64), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('bundle_seq', sa.Integer(), nullable=False),
    sa.Column('payload_sha256', sa.String(length=64), nullable=False),
    sa.Column('at', UTC_TEXT, nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_sync_bundles'))
    )
    op.create_index('ix_sync_bundles_sequence', 'sync_bundles',
                    ['direction', 'peer', 'epoch', 'bundle_seq'], unique=True)
    op.create_table('sync_peers',
    sa.Column('node_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('public_key', sa.Text(), nullable=True),
    sa.Column('enrolment', sa.Text(), nullable=True),
    sa.Column('revoked_at', UTC_TEXT, nullable=True),
    sa.Column('their_epoch', sa.String(length=36), nullable=True),
    sa.Column('received_seq', sa.Integer(), nullable=False),
    sa.Column('their_bundle_seq', sa.Integer(), nullable=False),
    sa.Column('acked_epoch', sa.String(length=36), nullable=True),
    sa.Column('acked_seq', sa.Integer(), nullable=False),
    sa.Column('last_import_at', UTC_TEXT, nullable=True),
    sa.Column('last_export_at', UTC_TEXT, nullable=True),
    sa.PrimaryKeyConstraint('node_id', name=op.f('pk_sync_peers'))
    )
    op.create_table('sync_rows',
    sa.Column('tbl', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('state', sa.Text(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('tbl', 'row_id', name=op.f('pk_sync_rows'))
    )
    op.create_index('ix_sync_rows_conflicts', 'sync_rows', ['conflicts'], unique=False,
                    sqlite_where=sa.text('conflicts > 0'))
    op.create_index(op.f('ix_sync_rows_seq'), 'sync_rows', ['seq'], unique=False)
    _backfill()


def _backfill() -> None:
    conn = op.get_bind()
    if not any(conn.exec_driver_sql(f"SELECT 1 FROM {t} LIMIT 1").first() for t in REPLICATED):
        return
    node = conn.exec_driver_sql(
        "SELECT value FROM device_settings WHERE key = 'device_id'").scalar()
    if not node:
        node = str(uuid.uuid4())
        conn.exec_driver_sql("INSERT INTO device_settings (key, value) VALUES ('device_id', ?)",
                             (node,))
    for table in REPLICATED:
        stamp = ("printf('%013d-0000-%s', CAST(round((julianday(updated_at) - 2440587.5) "
                 "* 86400000.0) AS INTEGER), ?)")
        conn.exec_driver_sql(
            f"INSERT INTO sync_rows (tbl, row_id, cl, seq, state, conflicts) "
            f"SELECT '{table}', id, CASE WHEN deleted THEN 2 ELSE 1 END, 1, "
            f"json_object('v', json_object('*', json_array({stamp}, json_array()))), 0 "
            f"FROM {table}", (node,))


def downgrade() -> None:
    op.drop_index(op.f('ix_sync_rows_seq'), table_name='sync_rows')
    op.drop_index('ix_sync_rows_conflicts', table_name='sync_rows')
    op.drop_table('sync_rows')
    op.drop_table('sync_peers')
    op.drop_index('ix_sync_bundles_sequence', table_name='sync_bundles')
    op.drop_table('sync_bundles')
    op.drop_index(op.f('ix_attachments_sha256'), table_name='attachments')
    op.drop_index(op.f('ix_attachments_record_id'), table_name='attachments')
    op.drop_table('attachments')
