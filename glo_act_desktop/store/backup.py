"""Consistent copies of the live database through SQLite's online backup API (never a file copy,
which can catch a WAL database half-way through a write)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

KEEP_AUTOMATIC = 10


def backup_database(source: Path, folder: Path, label: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"glo-act-{stamp}-{label}.sqlite3"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)  # a backup is either whole or absent
    return target


def prune_backups(folder: Path, label_suffix: str, keep: int = KEEP_AUTOMATIC) -> None:
    """Drop the oldest automatic backups with this label, keeping the newest `keep`."""
    found = sorted(folder.glob(f"glo-act-*-{label_suffix}*.sqlite3"))
    for old in found[:-keep] if keep else found:
        old.unlink(missing_ok=True)
