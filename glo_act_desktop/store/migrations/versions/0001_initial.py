"""initial schema and reference data

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa

from glo_act_desktop.store.migrations import iso_data, reference_0001 as seed


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consultation_types',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_consultation_types'))
    )
    op.create_table('counterpart_types',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_counterpart_types'))
    )
    op.create_table('countries',
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_countries'))
    )
    op.create_table('currencies',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('minor_units', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_currencies'))
    )
    op.create_table('device_settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_device_settings'))
    )
    op.create_table('pillars',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_pillars'))
    )
    op.create_table('programmes',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=True),
    sa.Column('end_year', sa.Integer(), nullable=True),
    sa.Column('framework', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_programmes'))
    )
    op.create_table('target_groups',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_target_groups'))
    )
    op.create_table('grants',
    sa.Column('programme', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('grantee', sa.String(length=300), nullable=False),
    sa.Column('agreement_ref', sa.String(length=300), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('committed_amount', sa.BigInteger(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('services', sa.Text(), nullable=False),
    sa.Column('assisted_female_child_trafficking', sa.Integer(), nullable=False),
    sa.Column('assisted_female_child_smuggled', sa.Integer(), nullable=False),
    sa.Column('assisted_female_child_vulnerable', sa.Integer(), nullable=False),
    sa.Column('assisted_female_adult_trafficking', sa.Integer(), nullable=False),
    sa.Column('assisted_female_adult_smuggled', sa.Integer(), nullable=False),
    sa.Column('assisted_female_adult_vulnerable', sa.Integer(), nullable=False),
    sa.Column('assisted_male_child_trafficking', sa.Integer(), nullable=False),
    sa.Column('assisted_male_child_smuggled', sa.Integer(), nullable=False),
    sa.Column('assisted_male_child_vulnerable', sa.Integer(), nullable=False),
    sa.Column('assisted_male_adult_trafficking', sa.Integer(), nullable=False),
    sa.Column('assisted_male_adult_smuggled', sa.Integer(), nullable=False),
    sa.Column('assisted_male_adult_vulnerable', sa.Integer(), nullable=False),
    sa.Column('assisted_other_child_trafficking', sa.Integer(), nullable=False),
    sa.Column('assisted_other_child_smuggled', sa.Integer(), nullable=False),
    sa.Column('assisted_other_child_vulnerable', sa.Integer(), nullable=False),
    sa.Column('assisted_other_adult_trafficking', sa.Integer(), nullable=False),
    sa.Column('assisted_other_adult_smuggled', sa.Integer(), nullable=False),
    sa.Column('assisted_other_adult_vulnerable', sa.Integer(), nullable=False),
    sa.Column('assisted_with_disability', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['country'], ['countries.code'], name=op.f('fk_grants_country_countries')),
    sa.ForeignKeyConstraint(['currency'], ['currencies.code'], name=op.f('fk_grants_currency_currencies')),
    sa.ForeignKeyConstraint(['programme'], ['programmes.code'], name=op.f('fk_grants_programme_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grants'))
    )
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.create_index('ix_grants_country_start', ['country', 'start_date'], unique=False)
        batch_op.create_index('ix_grants_programme_start', ['programme', 'start_date'], unique=False)
        batch_op.create_index('ix_grants_live_start', ['deleted', 'start_date'], unique=False)

    op.create_table('programme_countries',
    sa.Column('programme', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['country'], ['countries.code'], name=op.f('fk_programme_countries_country_countries')),
    sa.ForeignKeyConstraint(['programme'], ['programmes.code'], name=op.f('fk_programme_countries_programme_programmes')),
    sa.PrimaryKeyConstraint('programme', 'country', name=op.f('pk_programme_countries'))
    )
    op.create_table('programme_objectives',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('programme', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['programme'], ['programmes.code'], name=op.f('fk_programme_objectives_programme_programmes')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_programme_objectives'))
    )
    with op.batch_alter_table('programme_objectives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_objectives_programme'), ['programme'], unique=False)

    op.create_table('consultations',
    sa.Column('programme', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('outside_capital', sa.Boolean(), nullable=False),
    sa.Column('objective', sa.String(length=30), nullable=True),
    sa.Column('participants_female', sa.Integer(), nullable=False),
    sa.Column('participants_male', sa.Integer(), nullable=False),
    sa.Column('participants_other', sa.Integer(), nullable=False),
    sa.Column('pillars', sa.Text(), nullable=False),
    sa.Column('target_groups', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['country'], ['countries.code'], name=op.f('fk_consultations_country_countries')),
    sa.ForeignKeyConstraint(['objective'], ['programme_objectives.code'], name=op.f('fk_consultations_objective_programme_objectives')),
    sa.ForeignKeyConstraint(['programme'], ['programmes.code'], name=op.f('fk_consultations_programme_programmes')),
    sa.ForeignKeyConstraint(['type'], ['consultation_types.code'], name=op.f('fk_consultations_type_consultation_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultations'))
    )
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.create_index('ix_consultations_country_date', ['country', 'date'], unique=False)
        batch_op.create_index('ix_consultations_live_date', ['deleted', 'date'], unique=False)
        batch_op.create_index('ix_consultations_programme_date', ['programme', 'date'], unique=False)

    op.create_table('grant_reports',
    sa.Column('grant_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('received_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['grant_id'], ['grants.id'], name=op.f('fk_grant_reports_grant_id_grants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_reports'))
    )
    with op.batch_alter_table('grant_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_reports_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_grant_reports_grant_id'), ['grant_id'], unique=False)

    op.create_table('grant_tranches',
    sa.Column('grant_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['grant_id'], ['grants.id'], name=op.f('fk_grant_tranches_grant_id_grants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_tranches'))
    )
    with op.batch_alter_table('grant_tranches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grant_tranches_grant_id'), ['grant_id'], unique=False)

    op.create_table('trainings',
    sa.Column('programme', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('pillar', sa.String(length=40), nullable=False),
    sa.Column('objective', sa.String(length=30), nullable=True),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('outside_capital', sa.Boolean(), nullable=False),
    sa.Column('delivery', sa.String(length=20), nullable=False),
    sa.Column('participants_female', sa.Integer(), nullable=False),
    sa.Column('participants_male', sa.Integer(), nullable=False),
    sa.Column('participants_other', sa.Integer(), nullable=False),
    sa.Column('trainers_female', sa.Integer(), nullable=False),
    sa.Column('trainers_male', sa.Integer(), nullable=False),
    sa.Column('pre_test_avg', sa.Float(), nullable=True),
    sa.Column('post_test_avg', sa.Float(), nullable=True),
    sa.Column('target_groups', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['country'], ['countries.code'], name=op.f('fk_trainings_country_countries')),
    sa.ForeignKeyConstraint(['objective'], ['programme_objectives.code'], name=op.f('fk_trainings_objective_programme_objectives')),
    sa.ForeignKeyConstraint(['pillar'], ['pillars.code'], name=op.f('fk_trainings_pillar_pillars')),
    sa.ForeignKeyConstraint(['programme'], ['programmes.code'], name=op.f('fk_trainings_programme_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainings'))
    )
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.create_index('ix_trainings_country_start', ['country', 'start_date'], unique=False)
        batch_op.create_index('ix_trainings_programme_start', ['programme', 'start_date'], unique=False)
        batch_op.create_index('ix_trainings_live_start', ['deleted', 'start_date'], unique=False)

    op.create_table('consultation_counterparts',
    sa.Column('consultation_id', sa.String(length=36), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_consultation_counterparts_consultation_id_consultations')),
    sa.ForeignKeyConstraint(['type'], ['counterpart_types.code'], name=op.f('fk_consultation_counterparts_type_counterpart_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation_counterparts'))
    )
    with op.batch_alter_table('consultation_counterparts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_counterparts_consultation_id'), ['consultation_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('consultation_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=300), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_follow_ups_consultation_id_consultations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_consultation_id'), ['consultation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_due_date'), ['due_date'], unique=False)

    op.create_table('training_institutions',
    sa.Column('training_id', sa.String(length=36), nullable=False),
    sa.Column('institution_type', sa.String(length=40), nullable=False),
    sa.Column('female', sa.Integer(), nullable=False),
    sa.Column('male', sa.Integer(), nullable=False),
    sa.Column('other', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['institution_type'], ['counterpart_types.code'], name=op.f('fk_training_institutions_institution_type_counterpart_types')),
    sa.ForeignKeyConstraint(['training_id'], ['trainings.id'], name=op.f('fk_training_institutions_training_id_trainings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_institutions'))
    )
    with op.batch_alter_table('training_institutions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_institutions_training_id'), ['training_id'], unique=False)
    _seed_reference_data()


def _seed_reference_data() -> None:
    def table(name, *columns):
        return sa.table(name, *(sa.column(c) for c in columns))

    op.bulk_insert(table("countries", "code", "name"),
                   [{"code": c, "name": n} for c, n in iso_data.COUNTRIES])
    op.bulk_insert(table("currencies", "code", "name", "minor_units"),
                   [{"code": c, "name": n, "minor_units": m} for c, n, m in iso_data.CURRENCIES])
    op.bulk_insert(table("programmes", "code", "name", "start_year", "end_year", "framework"),
                   [dict(zip(("code", "name", "start_year", "end_year", "framework"), row))
                    for row in seed.PROGRAMMES])
    op.bulk_insert(table("programme_countries", "programme", "country", "role"),
                   [dict(zip(("programme", "country", "role"), row))
                    for row in seed.PROGRAMME_COUNTRIES])
    op.bulk_insert(table("programme_objectives", "code", "programme", "position", "title"),
                   [dict(zip(("code", "programme", "position", "title"), row))
                    for row in seed.OBJECTIVES])
    for name, rows in (("pillars", seed.PILLARS), ("counterpart_types", seed.COUNTERPART_TYPES),
                       ("target_groups", seed.TARGET_GROUPS),
                       ("consultation_types", seed.CONSULTATION_TYPES)):
        op.bulk_insert(table(name, "code", "name", "position"),
                       [{"code": c, "name": n, "position": i} for i, (c, n) in enumerate(rows, 1)])


def downgrade() -> None:
    with op.batch_alter_table('training_institutions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_institutions_training_id'))

    op.drop_table('training_institutions')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_due_date'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_consultation_id'))

    op.drop_table('follow_ups')
    with op.batch_alter_table('consultation_counterparts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_counterparts_consultation_id'))

    op.drop_table('consultation_counterparts')
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.drop_index('ix_trainings_live_start')
        batch_op.drop_index('ix_trainings_programme_start')
        batch_op.drop_index('ix_trainings_country_start')

    op.drop_table('trainings')
    with op.batch_alter_table('grant_tranches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_tranches_grant_id'))

    op.drop_table('grant_tranches')
    with op.batch_alter_table('grant_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grant_reports_grant_id'))
        batch_op.drop_index(batch_op.f('ix_grant_reports_due_date'))

    op.drop_table('grant_reports')
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.drop_index('ix_consultations_programme_date')
        batch_op.drop_index('ix_consultations_live_date')
        batch_op.drop_index('ix_consultations_country_date')

    op.drop_table('consultations')
    with op.batch_alter_table('programme_objectives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_objectives_programme'))

    op.drop_table('programme_objectives')
    op.drop_table('programme_countries')
    with op.batch_alter_table('grants', schema=None) as batch_op:
        batch_op.drop_index('ix_grants_live_start')
        batch_op.drop_index('ix_grants_programme_start')
        batch_op.drop_index('ix_grants_country_start')

    op.drop_table('grants')
    op.drop_table('target_groups')
    op.drop_table('programmes')
    op.drop_table('pillars')
    op.drop_table('device_settings')
    op.drop_table('currencies')
    op.drop_table('countries')
    op.drop_table('counterpart_types')
    op.drop_table('consultation_types')
