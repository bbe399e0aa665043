"""The one place that knows where files live: the data directory and the shipped resources.

Everything else asks this module, so an encrypted store, another layout or a frozen build changes
one file. Tests point it at a temporary folder through `--data-dir` or `GLO_ACT_DATA_DIR`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from glo_act_desktop import APP_ID

ENV_DATA_DIR = "GLO_ACT_DATA_DIR"
DATABASE_NAME = "glo-act.sqlite3"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then `GLO_ACT_DATA_DIR`, then the per-user default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataDir:
    """The layout of one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def drafts(self) -> Path:
        return self.root / "drafts"

    @property
    def inbox(self) -> Path:
        return self.root / "sync" / "inbox"

    @property
    def outbox(self) -> Path:
        return self.root / "sync" / "outbox"

    @property
    def quarantine(self) -> Path:
        return self.root / "sync" / "quarantine"

    @property
    def keys(self) -> Path:
        """This node's private keys (folder 0700, files 0600), made by `sync.keys`."""
        return self.root / "keys"

    def ensure(self) -> "DataDir":
        for folder in (self.root, self.attachments, self.backups, self.logs, self.drafts,
                       self.inbox, self.outbox, self.quarantine):
            folder.mkdir(parents=True, exist_ok=True)
        return self


# Where a frozen build (build/glo_act_desktop.spec) puts the files read at run time, relative to
# its bundle folder (`sys._MEIPASS`: `_internal/` beside the executable of a one-folder build).
# The spec copies them there from resources_dir() and migrations_dir() of the checkout.
FROZEN_RESOURCES = "resources"
FROZEN_MIGRATIONS = "glo_act_desktop/store/migrations"


def frozen_root() -> Path | None:
    """The bundle folder of a PyInstaller build, or None when running from source."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or inside the bundle when frozen."""
    bundle = frozen_root()
    if bundle is not None:
        return bundle / FROZEN_RESOURCES
    return package_dir().parent / "resources"


def migrations_dir() -> Path:
    """Alembic's scripts (env.py, versions/*.py): Alembic loads them from files, so a frozen
    build ships them as files, not only as compiled modules in its archive."""
    bundle = frozen_root()
    if bundle is not None:
        return bundle / FROZEN_MIGRATIONS
    return package_dir() / "store" / "migrations"
