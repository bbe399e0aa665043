"""Save, delete and restore single records (what the editors call)."""

from __future__ import annotations

from collections.abc import Sequence

from glo_act_desktop.domain.records import KIND_OF_RECORD, Record
from glo_act_desktop.domain.validation import Problem, errors, validate
from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.repositories.records import RecordWriter, load_records


class RecordInvalid(InputRejected):
    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(map(str, problems)),
                         [str(p) for p in problems])
        self.problems = problems


def save_record(ctx: AppContext, rec: Record) -> list[Problem]:
    """Validate and save one record with all its child lists, in one transaction.

    Returns the warnings; raises RecordInvalid (nothing written) when there are errors.
    """
    problems = validate(rec, ctx.reference)
    if errors(problems):
        raise RecordInvalid(errors(problems))
    with ctx.db.writing() as session:
        RecordWriter(session, ctx.stamp()).upsert(KIND_OF_RECORD[type(rec)], [rec])
    return problems


def get_record(ctx: AppContext, kind: str, record_id: str) -> Record | None:
    with ctx.db.reading() as session:
        return load_records(session, kind, [record_id]).get(record_id)


def delete_records(ctx: AppContext, kind: str, ids: Sequence[str]) -> int:
    with ctx.db.writing() as session:
        return RecordWriter(session, ctx.stamp()).set_deleted(kind, ids, True)


def restore_records(ctx: AppContext, kind: str, ids: Sequence[str]) -> int:
    """Undo a delete."""
    with ctx.db.writing() as session:
        return RecordWriter(session, ctx.stamp()).set_deleted(kind, ids, False)
