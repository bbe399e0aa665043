"""What every use case needs: the data directory, its database, who is writing, the reference data."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from glo_act_desktop.domain.reference import Reference
from glo_act_desktop.paths import DataDir, resolve_data_dir
from glo_act_desktop.store.database import open_database
from glo_act_desktop.store.engine import Database
from glo_act_desktop.store.repositories.reference import read_reference

if TYPE_CHECKING:
    from glo_act_desktop.store.repositories.records import Stamp

# Opening a context, its settings and its reference data need no SQLAlchemy (Database.read_rows):
# the window paints its first screen before that import (bench/README.md, start-up).

DEFAULT_AUTHOR = "unnamed device"


class InputRejected(Exception):
    """Input that was refused as a whole; nothing was written. The message says what to fix."""

    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.details = details or []


@dataclass
class AppContext:
    data_dir: DataDir
    db: Database
    _reference: Reference | None = field(default=None, repr=False)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> "AppContext":
        folder = DataDir(resolve_data_dir(data_dir))
        return cls(folder, open_database(folder))

    @property
    def reference(self) -> Reference:
        if self._reference is None:
            reference = read_reference(self.db.read_rows)
            settings = self.settings()
            if settings.get("enrolment") and settings.get("role") == "field":
                reference = dataclasses.replace(reference,
                                                writable_country=settings.get("country"))
            self._reference = reference
        return self._reference

    def forget_reference(self) -> None:
        """Reload reference data next time (after HQ sent new codes, or enrolment)."""
        self._reference = None

    def settings(self) -> dict[str, str]:
        return dict(self.db.read_rows("SELECT key, value FROM device_settings"))

    def stamp(self) -> Stamp:
        """Who is writing now. Sync replaces the wall clock with its hybrid logical clock."""
        from glo_act_desktop.store.repositories.records import Stamp

        author = self.settings().get("device_name") or DEFAULT_AUTHOR
        return Stamp(author=author, at=datetime.now(timezone.utc))

    def close(self) -> None:
        self.db.dispose()
