"""The one write path: save, load, update, child lists, delete and undo, all in one transaction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import text

from glo_act_desktop.domain.records import Counterpart, FollowUp, Tranche, in_canonical_order
from glo_act_desktop.services.records import (
    RecordInvalid, delete_records, get_record, restore_records, save_record,
)
from tests import factories


@pytest.mark.parametrize("make, kind", [(factories.consultation, "consultations"),
                                        (factories.training, "trainings"),
                                        (factories.grant, "grants")])
def test_a_saved_record_loads_back_equal(ctx, make, kind):
    rec = make()
    save_record(ctx, rec)
    assert get_record(ctx, kind, rec.id) == in_canonical_order(rec)


def test_stamps_name_the_device_and_time(ctx):
    rec = factories.consultation()
    save_record(ctx, rec)
    with ctx.db.reading() as session:
        row = session.execute(text("select created_by, updated_by, created_at, deleted "
                                   "from consultations")).one()
    assert row.created_by == row.updated_by == "Test laptop"
    assert row.created_at.endswith("Z")
    assert row.deleted == 0


def test_saving_an_unchanged_record_changes_nothing(ctx):
    rec = factories.grant()
    save_record(ctx, rec)
    with ctx.db.reading() as session:
        before = session.execute(text("select updated_at from grants")).scalar()
    save_record(ctx, get_record(ctx, "grants", rec.id))
    with ctx.db.reading() as session:
        assert session.execute(text("select updated_at from grants")).scalar() == before


def test_child_lists_follow_the_record_and_removed_rows_are_soft_deleted(ctx):
    rec = factories.consultation()
    save_record(ctx, rec)
    rec.follow_ups = [FollowUp("A new action", due_date=date(2025, 5, 1))]
    rec.counterparts = [Counterpart("Nepal Police", "police_border")]
    save_record(ctx, rec)
    assert get_record(ctx, "consultations", rec.id) == in_canonical_order(rec)
    with ctx.db.reading() as session:
        deleted = session.execute(text(
            "select (select count(*) from follow_ups where deleted), "
            "(select count(*) from consultation_counterparts where deleted)")).one()
    assert tuple(deleted) == (1, 1)


def test_a_removed_child_can_come_back(ctx):
    rec = factories.consultation()
    save_record(ctx, rec)
    kept = list(rec.counterparts)
    rec.counterparts = kept[:1]
    save_record(ctx, rec)
    rec.counterparts = kept
    save_record(ctx, rec)
    assert get_record(ctx, "consultations", rec.id).counterparts == \
        in_canonical_order(rec).counterparts


def test_invalid_record_is_refused_and_nothing_is_written(ctx):
    rec = factories.grant(tranches=[Tranche(date(2020, 1, 1), Decimal(1))])
    with pytest.raises(RecordInvalid, match=r"tranches\[1\]\.date"):
        save_record(ctx, rec)
    assert get_record(ctx, "grants", rec.id) is None
    with ctx.db.reading() as session:
        assert session.execute(text("select count(*) from grant_tranches")).scalar() == 0


def test_failure_mid_write_leaves_nothing_half_written(ctx, monkeypatch):
    from glo_act_desktop.store.repositories import records as repo

    def explode(*_args, **_kwargs):
        raise OSError("power cut")
    monkeypatch.setattr(repo.RecordWriter, "_insert_children", explode)
    rec = factories.consultation()
    with pytest.raises(OSError):
        save_record(ctx, rec)
    with ctx.db.reading() as session:
        assert session.execute(text("select count(*) from consultations")).scalar() == 0


def test_delete_then_undo(ctx):
    rec = factories.training()
    save_record(ctx, rec)
    assert delete_records(ctx, "trainings", [rec.id]) == 1
    assert get_record(ctx, "trainings", rec.id) is None
    assert delete_records(ctx, "trainings", [rec.id]) == 0  # already deleted
    assert restore_records(ctx, "trainings", [rec.id]) == 1
    assert get_record(ctx, "trainings", rec.id) == in_canonical_order(rec)


def test_amounts_stay_exact(ctx):
    rec = factories.grant(committed_amount=Decimal("1234567890.12"),
                          tranches=[Tranche(date(2025, 2, 1), Decimal("0.10")),
                                    Tranche(date(2025, 3, 1), Decimal("0.20"))])
    save_record(ctx, rec)
    loaded = get_record(ctx, "grants", rec.id)
    assert loaded.committed_amount == Decimal("1234567890.12")
    assert loaded.disbursed_amount == Decimal("0.30")
    with ctx.db.reading() as session:
        total = session.execute(text("select sum(amount) from grant_tranches")).scalar()
    assert total == 3000  # 0.30 in units of 10^-4: summed exactly as integers


follow_up_lists = st.lists(
    st.builds(FollowUp, action=st.sampled_from(["Call", "Write", "Visit"]),
              owner=st.sampled_from(["", "UNODC", "Police"]),
              due_date=st.one_of(st.none(), st.dates(date(2024, 1, 1), date(2026, 1, 1))),
              status=st.sampled_from(["open", "done"])),
    max_size=4)
counterpart_lists = st.lists(
    st.builds(Counterpart, organisation=st.sampled_from(["IOM", "Nepal Police", "नेपाल प्रहरी"]),
              type=st.sampled_from(["international", "police_border"])),
    max_size=3, unique_by=lambda c: (c.organisation.casefold(), c.type))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=st.lists(st.tuples(follow_up_lists, counterpart_lists), min_size=1, max_size=4))
def test_whatever_was_saved_last_is_what_loads(ctx, history):
    """Law: after any sequence of saves, loading gives the last saved record; saving it again
    changes nothing."""
    rec = factories.consultation()
    for follow_ups, counterparts in history:
        rec.follow_ups, rec.counterparts = list(follow_ups), list(counterparts)
        save_record(ctx, rec)
    loaded = get_record(ctx, "consultations", rec.id)
    assert loaded == in_canonical_order(rec)
    with ctx.db.reading() as session:
        before = session.execute(text("select * from follow_ups order by id")).all()
    save_record(ctx, loaded)
    with ctx.db.reading() as session:
        assert session.execute(text("select * from follow_ups order by id")).all() == before
