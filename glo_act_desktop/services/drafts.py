"""Unsaved editor work kept on disk, so a crash or a flat battery loses at most a few seconds.

An editor writes its current record here every few seconds while it has unsaved changes: one JSON
file per record id in the data directory's `drafts/` folder, written atomically (temporary file,
fsync, `os.replace`), so a file is either the old draft or the new one, never half of each. Saving
or discarding the record deletes its draft; the next start offers any draft left behind.

No Qt here: the command line and tests use the same functions.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import tempfile
import types
import typing
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from glo_act_desktop.domain.records import KIND_OF_RECORD, Record
from glo_act_desktop.services.context import AppContext

log = logging.getLogger(__name__)

FORMAT = 1
SUFFIX = ".draft.json"
RECORD_TYPES: dict[str, type] = {kind: cls for cls, kind in KIND_OF_RECORD.items()}


class DraftError(ValueError):
    """A draft file that cannot be read back (damaged, or written by an unknown version)."""


@dataclass
class Draft:
    kind: str                 # "consultations", "trainings" or "grants"
    record: Record
    saved_at: datetime        # when the draft was written (UTC)
    existing: bool = False    # True when the record was already saved once (an edit, not a new one)

    @property
    def record_id(self) -> str:
        return self.record.id


# -- dataclass <-> JSON ------------------------------------------------------------------------

def to_json_value(value: Any) -> Any:
    """Plain JSON for a record or any value inside it: dates as ISO text, Decimals as exact text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json_value(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} in a draft")


def record_to_json(rec: Record) -> dict[str, Any]:
    return to_json_value(rec)


def _from_json_value(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _from_json_value(options[0], value)
    if origin is tuple:
        (item, *_rest) = typing.get_args(tp)
        return tuple(_from_json_value(item, v) for v in value)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_json_value(item, v) for v in value]
    if origin is dict:
        key_type, value_type = typing.get_args(tp)
        return {_from_json_value(key_type, k): _from_json_value(value_type, v)
                for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        return _dataclass_from_json(tp, value)
    if tp is Decimal:
        try:
            return Decimal(str(value))
        except InvalidOperation:
            raise DraftError(f"'{value}' is not an amount") from None
    if tp is date:
        return date.fromisoformat(value)
    if tp is bool:
        return bool(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise DraftError(f"'{value}' is not a whole number")
        return value
    if tp is float:
        return float(value)
    if tp is str:
        return str(value)
    raise DraftError(f"cannot read a {tp} from a draft")


def _dataclass_from_json(cls: type, data: Any) -> Any:
    if not isinstance(data, dict):
        raise DraftError(f"expected an object for {cls.__name__}")
    hints = typing.get_type_hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if f.name in data:  # fields a newer or older version did not write keep their defaults
            values[f.name] = _from_json_value(hints[f.name], data[f.name])
    try:
        return cls(**values)
    except TypeError as exc:
        raise DraftError(f"incomplete {cls.__name__}: {exc}") from None


def record_from_json(kind: str, data: dict[str, Any]) -> Record:
    try:
        cls = RECORD_TYPES[kind]
    except KeyError:
        raise DraftError(f"unknown kind of record '{kind}'") from None
    return _dataclass_from_json(cls, data)


def draft_to_json(draft: Draft) -> dict[str, Any]:
    return {"format": FORMAT, "kind": draft.kind, "record_id": draft.record_id,
            "saved_at": draft.saved_at.isoformat(), "existing": draft.existing,
            "record": record_to_json(draft.record)}


def draft_from_json(data: Any) -> Draft:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DraftError("not a draft this version can read")
    try:
        rec = record_from_json(data["kind"], data["record"])
        saved_at = datetime.fromisoformat(data["saved_at"])
    except (KeyError, TypeError, ValueError) as exc:
        raise DraftError(f"damaged draft: {exc}") from None
    return Draft(data["kind"], rec, saved_at, bool(data.get("existing", False)))


# -- files -------------------------------------------------------------------------------------

def draft_path(ctx: AppContext, record_id: str) -> Path:
    """One file per record id. Ids are UUIDs; anything else is hashed so it cannot name a path."""
    try:
        name = str(uuid.UUID(record_id))
    except (ValueError, AttributeError, TypeError):
        name = hashlib.sha256(str(record_id).encode()).hexdigest()[:32]
    return ctx.data_dir.drafts / (name + SUFFIX)


def save_draft(ctx: AppContext, kind: str, rec: Record, *, existing: bool) -> Draft:
    """Write (or replace) the draft of `rec` atomically; returns what was written."""
    if type(rec) is not RECORD_TYPES.get(kind):
        raise ValueError(f"a {type(rec).__name__} is not a record of {kind}")
    draft = Draft(kind, rec, datetime.now(timezone.utc), existing)
    target = draft_path(ctx, rec.id)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(draft_to_json(draft), ensure_ascii=False, indent=1).encode("utf-8")
    handle, temp_name = tempfile.mkstemp(prefix="." + target.name, suffix=".tmp",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
    return draft


def load_draft(ctx: AppContext, record_id: str, kind: str | None = None) -> Draft | None:
    """The draft of one record, or None (no draft, another kind, or a damaged file)."""
    path = draft_path(ctx, record_id)
    try:
        draft = _read(path)
    except FileNotFoundError:
        return None
    except DraftError as exc:
        log.warning("ignoring draft %s: %s", path.name, exc)
        return None
    if draft.record_id != record_id or (kind is not None and draft.kind != kind):
        return None
    return draft


def _read(path: Path) -> Draft:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DraftError(f"not readable JSON: {exc}") from None
    return draft_from_json(data)


def list_drafts(ctx: AppContext) -> list[Draft]:
    """Every readable draft, newest first. Damaged files are logged and skipped, never deleted."""
    found = []
    folder = ctx.data_dir.drafts
    if not folder.is_dir():
        return []
    for path in folder.glob("*" + SUFFIX):
        if path.name.startswith("."):
            continue  # a temporary file left by a crash mid-write
        try:
            found.append(_read(path))
        except (OSError, DraftError) as exc:
            log.warning("ignoring draft %s: %s", path.name, exc)
    found.sort(key=lambda d: d.saved_at, reverse=True)
    return found


def discard_draft(ctx: AppContext, record_id: str) -> bool:
    """Delete the draft of a record; True if there was one."""
    try:
        draft_path(ctx, record_id).unlink()
        return True
    except FileNotFoundError:
        return False
