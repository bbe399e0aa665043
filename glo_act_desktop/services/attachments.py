"""Files added to records: attendance sheets, agreements, photos.

A file is stored once in the data directory's attachments folder under its SHA-256 (so the same
file added to two records, or twice to one, takes its space once) and an attachment row names it
for a record. Rows travel in sync bundles and their files with them (sync/outgoing.py); removing
an attachment soft-deletes its row and leaves the file, which other rows may share.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
from pathlib import Path

from glo_act_desktop.services.context import AppContext, InputRejected
from glo_act_desktop.store.repositories.attachments import (
    Attachment, AttachmentWriter, get_attachment, list_for_record, record_exists,
)

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
CHUNK = 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"
OPENED_FOLDER = "opened"  # copies made to open attachments, under their own names


def describe_size(size: int) -> str:
    """Bytes as people read them: 512 bytes, 12.3 KB, 4.5 MB (1 MB = 1,048,576 bytes)."""
    if size < 1024:
        return f"{size:,} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _too_large(name: str, size: int) -> InputRejected:
    return InputRejected(
        f"“{name}” is {describe_size(size)}; an attachment can be at most "
        f"{describe_size(MAX_ATTACHMENT_BYTES)}. Make it smaller (scan at a lower resolution, "
        f"compress the photo or split the document) and add it again.")


def _checked_source(path: Path) -> int:
    """The size of the file to add; InputRejected when it cannot be added."""
    name = path.name or str(path)
    if not path.exists():
        raise InputRejected(f"“{name}” was not found in {path.parent}. Check that the file is "
                            f"still there (a USB stick may have been removed) and add it again.")
    if path.is_dir():
        raise InputRejected(f"“{name}” is a folder, not a file. Choose a file inside it, or "
                            f"put the folder in a zip file and add that.")
    if not path.is_file():
        raise InputRejected(f"“{name}” is not a regular file. Choose a document or a photo.")
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise _too_large(name, size)
    return size


def _hash_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while piece := handle.read(CHUNK):
            size += len(piece)
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_large(path.name, size)
            digest.update(piece)
    return digest.hexdigest(), size


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _store(source: Path, folder: Path, sha: str) -> None:
    """Copy `source` to folder/<sha> atomically (temp file, fsync, rename), checking that what
    was copied still has that SHA-256. Nothing happens when the file is there already."""
    target = folder / sha
    if target.exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".adding-", suffix=".part")
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, open(source, "rb") as handle:
            while piece := handle.read(CHUNK):
                digest.update(piece)
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            raise InputRejected(f"“{source.name}” changed while it was being added. Wait until "
                                f"it is saved completely (or closed in the program using it) "
                                f"and add it again.")
        os.replace(tmp, target)
        _fsync_folder(folder)
    finally:
        tmp.unlink(missing_ok=True)


def guess_media_type(file_name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(file_name, strict=False)
    return guessed or DEFAULT_MEDIA_TYPE


def add_attachment(ctx: AppContext, kind: str, record_id: str, path: str | os.PathLike[str]
                   ) -> Attachment:
    """Add a file to a saved record; returns the new attachment.

    Raises InputRejected (nothing written) for a missing file, a folder, a file over
    MAX_ATTACHMENT_BYTES, or a record that is not saved (or deleted)."""
    source = Path(path)
    _checked_source(source)
    with ctx.db.reading() as session:
        if not record_exists(session, kind, record_id):
            raise InputRejected(f"“{source.name}” was not added: the record is not saved (or "
                                f"was deleted). Save the record first, then add the file.")
    try:
        sha, size = _hash_file(source)
        _store(source, ctx.data_dir.attachments, sha)
    except (FileNotFoundError, IsADirectoryError):
        _checked_source(source)  # gone or replaced meanwhile: say so as above
        raise
    except PermissionError:
        raise InputRejected(f"“{source.name}” could not be read: permission denied. Close the "
                            f"program that has it open, or copy it somewhere else first, and "
                            f"add it again.") from None
    with ctx.db.writing() as session:
        if not record_exists(session, kind, record_id):
            raise InputRejected(f"“{source.name}” was not added: the record was deleted "
                                f"meanwhile.")
        return AttachmentWriter(session, ctx.stamp()).add(
            kind, record_id, source.name, sha, size, guess_media_type(source.name))


def list_attachments(ctx: AppContext, kind: str, record_id: str) -> list[Attachment]:
    """The live attachments of a record, oldest first."""
    with ctx.db.reading() as session:
        return list_for_record(session, kind, record_id)


def remove_attachment(ctx: AppContext, attachment_id: str) -> bool:
    """Remove an attachment from its record (the stored file stays). True if it was there."""
    with ctx.db.writing() as session:
        return AttachmentWriter(session, ctx.stamp()).remove([attachment_id]) > 0


def attachment_path(ctx: AppContext, attachment: Attachment | str) -> Path:
    """Where an attachment's file is, to open it. InputRejected when the row or file is gone."""
    if isinstance(attachment, str):
        with ctx.db.reading() as session:
            found = get_attachment(session, attachment)
        if found is None:
            raise InputRejected("That attachment was removed. Refresh the list.")
        attachment = found
    path = ctx.data_dir.attachments / attachment.sha256
    if not path.is_file():
        raise InputRejected(f"The file of “{attachment.file_name}” is missing from "
                            f"{ctx.data_dir.attachments}. It may still be arriving with the "
                            f"next sync bundle; otherwise remove the attachment and add the "
                            f"file again.")
    return path


def _safe_name(file_name: str) -> str:
    """A file name safe to create here (names arrive from other devices in sync bundles)."""
    name = re.sub(r'[\x00-\x1f<>:"/\\|?*]', "_", file_name).strip(" .")
    return name[:150] or "attachment"


def open_copy_path(ctx: AppContext, attachment: Attachment | str) -> Path:
    """A copy of the attachment's file under its own name (the stored one has no extension, so
    the desktop would not know which program opens it), in the data directory's "opened"
    folder: not the shared temporary folder, since attendance sheets name people. What Open
    uses: changes made in the opened program do not touch the stored file."""
    stored = attachment_path(ctx, attachment)
    if isinstance(attachment, str):
        with ctx.db.reading() as session:
            attachment = get_attachment(session, attachment)
        assert attachment is not None
    folder = ctx.data_dir.root / OPENED_FOLDER / attachment.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _safe_name(attachment.file_name)
    if not target.exists() or target.stat().st_size != attachment.size:
        fd, tmp_name = tempfile.mkstemp(dir=folder, suffix=".part")
        os.close(fd)
        try:
            shutil.copyfile(stored, tmp_name)
            os.replace(tmp_name, target)
        finally:
            Path(tmp_name).unlink(missing_ok=True)
    return target
