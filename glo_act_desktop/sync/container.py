"""The bundle container: a signed, encrypted file carrying an opaque payload between nodes.

Layout (version 1; docs/bundle-format.md is the full description):

    magic "GLOACTB\\x1a" | format version u16 | sender Ed25519 key (32) | header length u32 |
    header (UTF-8 JSON) | Ed25519 signature (64) over everything before it | age ciphertext

The payload is encrypted in the standard age format (age-encryption.org/v1) to the recipients'
X25519 keys through pyrage's streaming `encrypt_io`/`decrypt_io`; the sender does not encrypt to
itself and cannot read what it wrote. The header binds the ciphertext's size and SHA-256, and the
signature binds the header, so one verification covers the whole file.

Reading never trusts what it has not verified: only the fixed framing (magic, version, sender key,
header length, capped at 64 KiB) is looked at before the signature is checked against a key the
reader already trusts; the JSON header is parsed only after that; the ciphertext's hash is checked
in a streaming pass before anything is decrypted; decryption streams into a private temporary file
under a hard size cap and the plaintext is handed over only when everything matched. Nothing here
deletes or moves an input file: a rejected file stays where it was for the caller to quarantine
(or, for `newer-format`, to keep until the app is updated).

`split` cuts a bundle into signed parts for email; `open_bundle` re-joins them in any order.
`inflate` decompresses a zlib or gzip payload under a size and ratio cap.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import math
import os
import re
import struct
import sys
import tempfile
import uuid
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from glo_act_desktop import APP_NAME, __version__
from glo_act_desktop.sync.keys import NodeKeys, NodePublic, check_node_id

BUNDLE_MAGIC = b"GLOACTB\x1a"
PART_MAGIC = b"GLOACTP\x1a"
FORMAT_VERSION = 1
# magic, format version, sender's raw Ed25519 public key, header length
FRAME = struct.Struct(">8sH32sI")
SIGNATURE_SIZE = 64
MAX_HEADER_SIZE = 64 * 1024
MAX_RECIPIENTS = 16
MAX_PARTS = 10_000
MAX_META_SIZE = 16 * 1024

DEFAULT_MAX_CIPHERTEXT = 2 * 1024**3
DEFAULT_MAX_PAYLOAD = 2 * 1024**3
DEFAULT_MAX_INFLATED = 2 * 1024**3
DEFAULT_MAX_RATIO = 250
CHUNK = 64 * 1024
AGE_MAGIC = b"age-encryption.org/v1\n"


class BundleError(Exception):
    """A bundle or part was refused. `code` is stable for programs; `str()` is one line for people.

    Codes: not-a-bundle, newer-format, truncated, trailing-data, too-large, bad-header,
    unknown-sender, revoked-sender, bad-signature, not-addressed, hash-mismatch, decrypt-failed,
    size-mismatch, part-missing, part-foreign, part-mismatch.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def retry_later(self) -> bool:
        """True when the file may be fine and only this app is too old: keep it, no quarantine."""
        return self.code == "newer-format"


# -- trust ---------------------------------------------------------------------------------------


class Trust:
    """The senders whose signatures a reader accepts, and those revoked (a lost laptop).

    Revocation refuses every bundle read from then on, whatever date it claims: a thief can write
    any date. What was imported before stays imported (that is the sync layer's business).
    """

    def __init__(self, nodes: Iterable[NodePublic] = (), revoked: Iterable[str] = ()):
        self._by_key: dict[bytes, NodePublic] = {}
        for node in nodes:
            self._by_key[node.ed25519_raw] = node
        self.revoked = set(revoked)

    def add(self, node: NodePublic) -> None:
        self._by_key[node.ed25519_raw] = node

    def revoke(self, node_id: str) -> None:
        self.revoked.add(node_id)

    def lookup(self, raw_key: bytes) -> NodePublic | None:
        return self._by_key.get(raw_key)

    # First contact: a field laptop makes its keys after enrolment, so HQ learns them from the
    # laptop's first bundle. A subclass that sets `accepts_introductions` and implements `admit`
    # (for example: `header.meta` carries an enrolment signed by HQ naming `candidate.node_id`)
    # lets such a bundle in. Its signature is still checked first, against the key in its
    # framing, which must equal `header.meta["sender_public"]` (see `write_bundle(introduce=True)`).
    accepts_introductions = False

    def admit(self, header: "BundleHeader", candidate: NodePublic) -> bool:
        return False


# -- headers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    node_id: str
    age_recipient: str


@dataclass(frozen=True)
class BundleHeader:
    format_version: int
    app: str
    app_version: str
    bundle_id: str
    sender: str
    recipients: tuple[Recipient, ...]
    created: str
    payload_size: int
    payload_encoding: str
    ciphertext_size: int
    ciphertext_sha256: str
    meta: Mapping[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            "format": "glo-act-bundle",
            "format_version": self.format_version,
            "app": self.app,
            "app_version": self.app_version,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "recipients": [{"node_id": r.node_id, "age_recipient": r.age_recipient}
                           for r in self.recipients],
            "created": self.created,
            "payload_size": self.payload_size,
            "payload_encoding": self.payload_encoding,
            "ciphertext_size": self.ciphertext_size,
            "ciphertext_sha256": self.ciphertext_sha256,
            "parts": None,
            "meta": dict(self.meta),
        }

    @property
    def recipient_ids(self) -> tuple[str, ...]:
        return tuple(r.node_id for r in self.recipients)


@dataclass(frozen=True)
class PartHeader:
    format_version: int
    bundle_id: str
    sender: str
    index: int  # 1-based
    count: int
    offset: int
    size: int
    sha256: str
    bundle_size: int
    bundle_sha256: str
    created: str

    def to_dict(self) -> dict[str, object]:
        return {
            "format": "glo-act-bundle-part",
            "format_version": self.format_version,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "index": self.index,
            "count": self.count,
            "offset": self.offset,
            "size": self.size,
            "sha256": self.sha256,
            "bundle_size": self.bundle_size,
            "bundle_sha256": self.bundle_sha256,
            "created": self.created,
        }

    def label(self) -> str:
        return f"part {self.index} of {self.count} of bundle {self.bundle_id}"


_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ENCODING = re.compile(r"[a-z0-9][a-z0-9.+-]{0,31}")


def _bad(message: str) -> BundleError:
    return BundleError("bad-header", f"malformed header: {message}")


def _int(data: Mapping[str, object], key: str, low: int, high: int) -> int:
    value = data.get(key)
    if type(value) is not int or not low <= value <= high:
        raise _bad(f"{key} must be an integer from {low} to {high}")
    return value


def _str(data: Mapping[str, object], key: str, pattern: re.Pattern[str] | None = None,
         limit: int = 200) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise _bad(f"{key} must be a text of 1 to {limit} characters")
    if pattern is not None and not pattern.fullmatch(value):
        raise _bad(f"{key} has an unexpected form")
    return value


def _node(data: Mapping[str, object], key: str) -> str:
    value = _str(data, key, limit=64)
    try:
        return check_node_id(value)
    except ValueError:
        raise _bad(f"{key} is not a node id") from None


def _created(data: Mapping[str, object]) -> str:
    value = _str(data, "created", limit=40)
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _bad("created is not an ISO 8601 time") from None
    return value


def _parse_json_object(raw: bytes) -> dict[str, object]:
    def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise _bad("a key appears twice")
        return dict(pairs)

    def no_constants(name: str) -> object:
        raise _bad(f"{name} is not allowed")

    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates,
                          parse_constant=no_constants)
    except UnicodeDecodeError:
        raise _bad("not UTF-8") from None
    except (ValueError, RecursionError) as error:
        if isinstance(error, BundleError):
            raise
        raise _bad("not JSON") from None
    if not isinstance(data, dict):
        raise _bad("not a JSON object")
    return data


def _bundle_header_from(raw: bytes, frame_version: int) -> BundleHeader:
    data = _parse_json_object(raw)
    if data.get("format") != "glo-act-bundle":
        raise _bad("format is not glo-act-bundle")
    if data.get("format_version") != frame_version:
        raise _bad("format_version differs from the file's framing")
    recipients_raw = data.get("recipients")
    if not isinstance(recipients_raw, list) or not 1 <= len(recipients_raw) <= MAX_RECIPIENTS:
        raise _bad(f"recipients must be a list of 1 to {MAX_RECIPIENTS}")
    recipients = []
    for entry in recipients_raw:
        if not isinstance(entry, dict):
            raise _bad("a recipient is not an object")
        recipients.append(Recipient(_node(entry, "node_id"),
                                    _str(entry, "age_recipient", limit=100)))
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise _bad("meta must be an object")
    return BundleHeader(
        format_version=frame_version,
        app=_str(data, "app", limit=100),
        app_version=_str(data, "app_version", limit=40),
        bundle_id=_str(data, "bundle_id", _UUID),
        sender=_node(data, "sender"),
        recipients=tuple(recipients),
        created=_created(data),
        payload_size=_int(data, "payload_size", 0, 2**62),
        payload_encoding=_str(data, "payload_encoding", _ENCODING, limit=32),
        ciphertext_size=_int(data, "ciphertext_size", len(AGE_MAGIC), 2**62),
        ciphertext_sha256=_str(data, "ciphertext_sha256", _HEX64),
        meta=meta,
    )


def _part_header_from(raw: bytes, frame_version: int) -> PartHeader:
    data = _parse_json_object(raw)
    if data.get("format") != "glo-act-bundle-part":
        raise _bad("format is not glo-act-bundle-part")
    if data.get("format_version") != frame_version:
        raise _bad("format_version differs from the file's framing")
    count = _int(data, "count", 2, MAX_PARTS)
    return PartHeader(
        format_version=frame_version,
        bundle_id=_str(data, "bundle_id", _UUID),
        sender=_node(data, "sender"),
        index=_int(data, "index", 1, count),
        count=count,
        offset=_int(data, "offset", 0, 2**62),
        size=_int(data, "size", 1, 2**62),
        sha256=_str(data, "sha256", _HEX64),
        bundle_size=_int(data, "bundle_size", 1, 2**62),
        bundle_sha256=_str(data, "bundle_sha256", _HEX64),
        created=_created(data),
    )


def _encode_header(data: Mapping[str, object]) -> bytes:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                     allow_nan=False).encode("utf-8")
    if len(raw) > MAX_HEADER_SIZE:
        raise ValueError(f"header of {len(raw)} bytes exceeds {MAX_HEADER_SIZE}")
    return raw


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# -- framing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Framed:
    magic: bytes
    version: int
    sender: NodePublic | None  # None: a key the reader does not know (an introduction)
    sender_key: bytes
    header_raw: bytes
    body_offset: int  # where the ciphertext (bundle) or the part data starts
    file_size: int


def _kind(magic: bytes) -> str:
    return "bundle" if magic == BUNDLE_MAGIC else "part"


def _read_exact(handle: BinaryIO, size: int, what: str) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise BundleError("truncated", f"truncated: the file ends inside the {what}")
    return data


def _read_framed(handle: BinaryIO, trust: Trust, *, expect: bytes | None = None,
                 name: str = "file") -> _Framed:
    """Read and verify the framing, header and signature; nothing in the header is parsed yet."""
    handle.seek(0, os.SEEK_END)
    file_size = handle.tell()
    handle.seek(0)
    head = handle.read(FRAME.size)
    if not head:
        raise BundleError("truncated", f"truncated: {name} is empty")
    if head[:8] not in (BUNDLE_MAGIC, PART_MAGIC):
        if len(head) < 8 and (BUNDLE_MAGIC.startswith(head) or PART_MAGIC.startswith(head)):
            raise BundleError("truncated", f"truncated: {name} ends inside the magic bytes")
        raise BundleError("not-a-bundle", f"{name} is not a GLO.ACT Field bundle")
    if len(head) < 10:
        raise BundleError("truncated", f"truncated: {name} ends inside the framing")
    magic = head[:8]
    version = struct.unpack(">H", head[8:10])[0]
    if version > FORMAT_VERSION:
        raise BundleError("newer-format",
                          f"written by a newer version of {APP_NAME}: update the app (bundle "
                          f"format {version}, this app reads {FORMAT_VERSION}; the file is kept)")
    if version < 1:
        raise BundleError("not-a-bundle", f"{name} has an unknown bundle format version {version}")
    if expect is not None and magic != expect:
        raise BundleError("not-a-bundle",
                          f"{name} is a bundle {_kind(magic)}, not a {_kind(expect)}")
    if len(head) < FRAME.size:
        raise BundleError("truncated", f"truncated: {name} ends inside the framing")
    _, _, sender_key, header_size = FRAME.unpack(head)
    if header_size > MAX_HEADER_SIZE:
        raise BundleError("too-large", f"header of {header_size} bytes exceeds the limit of "
                                       f"{MAX_HEADER_SIZE}")
    if header_size < 2:
        raise BundleError("bad-header", "malformed header: empty")
    sender = trust.lookup(sender_key)
    if sender is None and not trust.accepts_introductions:
        raise BundleError("unknown-sender", f"{name} is signed by an unknown sender (key "
                                            f"{base64.b64encode(sender_key).decode()})")
    if sender is not None and sender.node_id in trust.revoked:
        raise BundleError("revoked-sender", f"{name} is signed by revoked node {sender.node_id}")
    header_raw = _read_exact(handle, header_size, "header")
    signature = _read_exact(handle, SIGNATURE_SIZE, "signature")
    try:
        Ed25519PublicKey.from_public_bytes(sender_key).verify(signature, head + header_raw)
    except (InvalidSignature, ValueError):
        who = f"node {sender.node_id}" if sender else "its sender"
        raise BundleError("bad-signature", f"bad signature: {name} is not as {who} "
                                           f"signed it") from None
    return _Framed(magic, version, sender, sender_key, header_raw,
                   FRAME.size + header_size + SIGNATURE_SIZE, file_size)


def _introduced(framed: _Framed, header_sender: str, meta: Mapping[str, object],
                header: "BundleHeader | None", trust: Trust, name: str) -> NodePublic:
    """The sender of a file signed by a key the reader does not know yet, if `trust` admits it.
    The signature has been checked against that key: the file comes from whoever holds it."""
    try:
        candidate = NodePublic.from_dict(meta.get("sender_public"))
    except ValueError:
        raise BundleError("unknown-sender", f"{name} is signed by an unknown sender") from None
    if candidate.ed25519_raw != framed.sender_key or candidate.node_id != header_sender:
        raise BundleError("bad-header", f"malformed header: the introduced keys of {name} are "
                                        f"not its signer's")
    if candidate.node_id in trust.revoked:
        raise BundleError("revoked-sender", f"{name} is signed by revoked node "
                                            f"{candidate.node_id}")
    if header is not None and not trust.admit(header, candidate):
        raise BundleError("unknown-sender", f"{name} is signed by node {candidate.node_id}, "
                                            f"whose key this node has not accepted")
    return candidate


def _hash_section(handle: BinaryIO, offset: int, size: int) -> str:
    digest = hashlib.sha256()
    handle.seek(offset)
    remaining = size
    while remaining:
        block = handle.read(min(CHUNK, remaining))
        if not block:
            raise BundleError("truncated", "truncated: the file shrank while it was read")
        digest.update(block)
        remaining -= len(block)
    return digest.hexdigest()


def _check_body_size(framed: _Framed, expected: int, name: str) -> None:
    actual = framed.file_size - framed.body_offset
    if actual < expected:
        raise BundleError("truncated", f"truncated: {name} has {actual} of {expected} "
                                       f"ciphertext bytes")
    if actual > expected:
        raise BundleError("trailing-data", f"{name} has {actual - expected} unexpected bytes at "
                                           f"its end")


# -- writing -------------------------------------------------------------------------------------


class _CountingReader:
    def __init__(self, source: BinaryIO, limit: int):
        self.source = source
        self.size = 0
        self.limit = limit
        self.overflow = False

    def read(self, n: int = -1) -> bytes:
        data = self.source.read(CHUNK if n is None or n < 0 else n)
        self.size += len(data)
        if self.size > self.limit:
            self.overflow = True
            raise ValueError(f"payload exceeds {self.limit} bytes")
        return data


class _HashingWriter:
    def __init__(self, target: BinaryIO):
        self.target = target
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        self.target.write(data)
        return len(data)

    def flush(self) -> None:
        self.target.flush()


def _private_temp(folder: Path, suffix: str) -> tuple[BinaryIO, Path]:
    fd, name = tempfile.mkstemp(prefix=".glo-act-", suffix=suffix, dir=folder)
    return os.fdopen(fd, "w+b"), Path(name)


def _finish(handle: BinaryIO, tmp: Path, target: Path) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    os.replace(tmp, target)


def write_bundle(payload: BinaryIO | bytes, out_path: str | os.PathLike[str], *,
                 sender: NodeKeys, recipients: Sequence[NodePublic],
                 payload_encoding: str = "raw", meta: Mapping[str, object] | None = None,
                 bundle_id: str | None = None, created: str | None = None,
                 introduce: bool = False,
                 max_payload: int = DEFAULT_MAX_PAYLOAD) -> BundleHeader:
    """Encrypt `payload` (bytes or a readable binary stream, read once in chunks) to `recipients`,
    sign it as `sender`, and write the bundle to `out_path` atomically.

    `payload_encoding` tells the reader how the caller encoded the payload ("raw", "zlib",
    "gzip", ...); `meta` is a small JSON object for the caller (sequence numbers, epochs): both
    are signed with the header but not encrypted. `introduce` adds the sender's public keys to
    `meta["sender_public"]`, for a first bundle to a peer that does not know them yet.
    """
    out = Path(out_path)
    if not recipients or len(recipients) > MAX_RECIPIENTS:
        raise ValueError(f"a bundle needs 1 to {MAX_RECIPIENTS} recipients")
    ids = [r.node_id for r in recipients]
    if len(set(ids)) != len(ids):
        raise ValueError("a recipient is named twice")
    own = sender.public
    if own.node_id in ids or own.age_recipient in {r.age_recipient for r in recipients}:
        raise ValueError("a node does not encrypt to itself: the sender cannot read its bundle")
    if not _ENCODING.fullmatch(payload_encoding):
        raise ValueError(f"payload_encoding {payload_encoding!r} has an unexpected form")
    meta = dict(meta or {})
    if introduce:
        meta["sender_public"] = own.to_dict()
    if len(json.dumps(meta, allow_nan=False)) > MAX_META_SIZE:
        raise ValueError(f"meta exceeds {MAX_META_SIZE} bytes")
    source: BinaryIO
    if isinstance(payload, (bytes, bytearray, memoryview)):
        source = io.BytesIO(bytes(payload))
    else:
        source = payload
    out.parent.mkdir(parents=True, exist_ok=True)
    cipher_handle, cipher_tmp = _private_temp(out.parent, ".age")
    final_handle = None
    final_tmp = None
    try:
        reader = _CountingReader(source, max_payload)
        writer = _HashingWriter(cipher_handle)
        try:
            pyrage.encrypt_io(reader, writer, [r.age() for r in recipients])
        except pyrage.EncryptError:
            if reader.overflow:
                raise ValueError(f"payload exceeds the limit of {max_payload} bytes") from None
            raise
        writer.flush()
        header = BundleHeader(
            format_version=FORMAT_VERSION, app=APP_NAME, app_version=__version__,
            bundle_id=bundle_id or str(uuid.uuid4()), sender=own.node_id,
            recipients=tuple(Recipient(r.node_id, r.age_recipient) for r in recipients),
            created=created or _now(), payload_size=reader.size,
            payload_encoding=payload_encoding, ciphertext_size=writer.size,
            ciphertext_sha256=writer.digest.hexdigest(), meta=meta)
        header_raw = _encode_header(header.to_dict())
        prefix = FRAME.pack(BUNDLE_MAGIC, FORMAT_VERSION, own.ed25519_raw, len(header_raw))
        signed = prefix + header_raw
        final_handle, final_tmp = _private_temp(out.parent, ".bundle")
        final_handle.write(signed)
        final_handle.write(sender.sign(signed))
        cipher_handle.seek(0)
        while block := cipher_handle.read(CHUNK):
            final_handle.write(block)
        _finish(final_handle, final_tmp, out)
        final_tmp = None
        return header
    finally:
        cipher_handle.close()
        cipher_tmp.unlink(missing_ok=True)
        if final_tmp is not None:
            if final_handle is not None:
                final_handle.close()
            final_tmp.unlink(missing_ok=True)


# -- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature, header and ciphertext hash checked out; not yet decrypted."""

    path: Path
    header: BundleHeader
    sender: NodePublic
    ciphertext_offset: int
    introduced: bool = False  # the sender was unknown and `Trust.admit` accepted it: remember it
    name: str = ""  # how messages call the file


def verify_bundle(path: str | os.PathLike[str], trust: Trust, *,
                  max_ciphertext: int = DEFAULT_MAX_CIPHERTEXT,
                  max_payload: int = DEFAULT_MAX_PAYLOAD,
                  name: str | None = None) -> VerifiedBundle:
    """Check framing, signature, header and the ciphertext's SHA-256 (one streaming pass).
    `name` is how messages call the file (default: its file name)."""
    path = Path(path)
    name = name or path.name
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise BundleError("truncated", f"{name} does not exist") from None
    with handle:
        framed = _read_framed(handle, trust, expect=BUNDLE_MAGIC, name=name)
        header = _bundle_header_from(framed.header_raw, framed.version)
        sender = framed.sender
        if sender is None:
            sender = _introduced(framed, header.sender, header.meta, header, trust, name)
        if header.sender != sender.node_id:
            raise BundleError("bad-header", f"malformed header: sender {header.sender} is not the "
                                            f"signer {sender.node_id}")
        if header.ciphertext_size > max_ciphertext:
            raise BundleError("too-large", f"ciphertext of {header.ciphertext_size} bytes exceeds "
                                           f"the limit of {max_ciphertext}")
        if header.payload_size > max_payload:
            raise BundleError("too-large", f"payload of {header.payload_size} bytes exceeds the "
                                           f"limit of {max_payload}")
        _check_body_size(framed, header.ciphertext_size, name)
        if _hash_section(handle, framed.body_offset, header.ciphertext_size) \
                != header.ciphertext_sha256:
            raise BundleError("hash-mismatch", f"hash mismatch: the ciphertext of {name} is not "
                                               f"what its sender signed")
    return VerifiedBundle(path, header, sender, framed.body_offset,
                          introduced=framed.sender is None, name=name)


class _SectionReader:
    """Reads exactly `size` bytes from `offset`, hashing them (the file may change under us)."""

    def __init__(self, handle: BinaryIO, offset: int, size: int):
        self.handle = handle
        self.remaining = size
        self.digest = hashlib.sha256()
        handle.seek(offset)

    def read(self, n: int = -1) -> bytes:
        if self.remaining <= 0:
            return b""
        want = self.remaining if n is None or n < 0 else min(n, self.remaining)
        data = self.handle.read(min(want, 1 << 20))
        self.remaining -= len(data)
        self.digest.update(data)
        return data


class _TooLarge(Exception):
    pass


class _CappedWriter:
    def __init__(self, target: BinaryIO, limit: int):
        self.target = target
        self.limit = limit
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge()
        self.target.write(data)
        return len(data)

    def flush(self) -> None:
        self.target.flush()


def decrypt_verified(bundle: VerifiedBundle, keys: NodeKeys, target: BinaryIO, *,
                     max_payload: int = DEFAULT_MAX_PAYLOAD) -> int:
    """Decrypt a verified bundle's payload into `target` (streaming). On any error the bytes
    already written to `target` must be thrown away: the caller writes to a temporary file."""
    header = bundle.header
    name = bundle.name or bundle.path.name
    if keys.node_id not in header.recipient_ids:
        raise BundleError("not-addressed", f"{name} is not addressed to this node "
                                           f"({keys.node_id}) but to "
                                           f"{', '.join(header.recipient_ids)}")
    limit = min(max_payload, header.payload_size)
    with open(bundle.path, "rb") as handle:
        reader = _SectionReader(handle, bundle.ciphertext_offset, header.ciphertext_size)
        writer = _CappedWriter(target, limit)
        try:
            pyrage.decrypt_io(reader, writer, [keys.identity])
        except _TooLarge:
            raise BundleError("too-large", f"the payload of {name} decrypts to more "
                                           f"than {limit} bytes") from None
        except pyrage.DecryptError as error:
            if "no matching keys" in str(error).lower():
                raise BundleError("not-addressed", f"{name} is not encrypted to this "
                                                   f"node's key") from None
            raise BundleError("decrypt-failed", f"cannot decrypt {name}: "
                                                f"{_one_line(error)}") from None
        except (OSError, ValueError) as error:
            raise BundleError("decrypt-failed", f"cannot decrypt {name}: "
                                                f"{_one_line(error)}") from None
        if reader.remaining or reader.digest.hexdigest() != header.ciphertext_sha256:
            raise BundleError("hash-mismatch", f"hash mismatch: {name} changed while "
                                               f"it was read")
    if writer.size != header.payload_size:
        raise BundleError("size-mismatch", f"{name} decrypts to {writer.size} bytes, "
                                           f"its header says {header.payload_size}")
    return writer.size


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text[:200] or type(error).__name__


class OpenedBundle:
    """A verified, decrypted bundle. The plaintext is in a private temporary file that `close()`
    (or leaving the `with` block) deletes."""

    def __init__(self, verified: VerifiedBundle, payload_path: Path,
                 cleanup: Sequence[Path] = ()):
        self.verified = verified
        self.header = verified.header
        self.sender = verified.sender
        self.payload_path = payload_path
        self._cleanup = [payload_path, *cleanup]

    def open(self) -> BinaryIO:
        return open(self.payload_path, "rb")

    def iter_payload(self, chunk: int = CHUNK) -> Iterator[bytes]:
        with self.open() as handle:
            while block := handle.read(chunk):
                yield block

    def close(self) -> None:
        for path in self._cleanup:
            path.unlink(missing_ok=True)

    def __enter__(self) -> "OpenedBundle":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_bundle(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], keys: NodeKeys,
                trust: Trust, *, tmp_dir: str | os.PathLike[str] | None = None,
                max_ciphertext: int = DEFAULT_MAX_CIPHERTEXT,
                max_payload: int = DEFAULT_MAX_PAYLOAD) -> OpenedBundle:
    """Verify and decrypt one bundle, given as its file or as all its parts in any order.

    Plaintext goes to a private temporary file in `tmp_dir` (use the data directory, not a shared
    /tmp) and is handed over only after every check passed.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = [Path(p) for p in paths]
    if not files:
        raise ValueError("no file given")
    folder = Path(tmp_dir) if tmp_dir is not None else Path(tempfile.gettempdir())
    folder.mkdir(parents=True, exist_ok=True)
    cleanup: list[Path] = []
    kinds = {_sniff(path) for path in files}
    name = files[0].name
    if kinds == {BUNDLE_MAGIC} and len(files) == 1:
        bundle_path = files[0]
    elif kinds == {PART_MAGIC}:
        name = f"{name.rsplit('.part', 1)[0]} (joined from its parts)"
        bundle_path = join_parts(files, trust, folder, max_size=max_ciphertext + MAX_HEADER_SIZE
                                 + FRAME.size + SIGNATURE_SIZE)
        cleanup.append(bundle_path)
    elif kinds == {BUNDLE_MAGIC}:
        raise ValueError("give one bundle at a time, or the parts of one bundle")
    else:
        raise BundleError("part-mismatch", "a whole bundle and bundle parts were given together")
    try:
        verified = verify_bundle(bundle_path, trust, max_ciphertext=max_ciphertext,
                                 max_payload=max_payload, name=name)
        if keys.node_id not in verified.header.recipient_ids:
            raise BundleError("not-addressed",
                              f"{name} is not addressed to this node "
                              f"({keys.node_id}) but to {', '.join(verified.header.recipient_ids)}")
        handle, plain = _private_temp(folder, ".payload")
        try:
            with handle:
                decrypt_verified(verified, keys, handle, max_payload=max_payload)
                handle.flush()
        except BaseException:
            plain.unlink(missing_ok=True)
            raise
    except BaseException:
        for path in cleanup:
            path.unlink(missing_ok=True)
        raise
    return OpenedBundle(verified, plain, cleanup)


def _sniff(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            magic = handle.read(8)
    except FileNotFoundError:
        raise BundleError("truncated", f"{path.name} does not exist") from None
    if magic in (BUNDLE_MAGIC, PART_MAGIC):
        return magic
    if not magic:
        raise BundleError("truncated", f"truncated: {path.name} is empty")
    if (BUNDLE_MAGIC.startswith(magic) or PART_MAGIC.startswith(magic)):
        raise BundleError("truncated", f"truncated: {path.name} ends inside the magic bytes")
    raise BundleError("not-a-bundle", f"{path.name} is not a GLO.ACT Field bundle")


# -- parts ---------------------------------------------------------------------------------------


def _part_overhead(bundle_id: str, sender: str, bundle_size: int) -> int:
    probe = PartHeader(FORMAT_VERSION, bundle_id, sender, MAX_PARTS, MAX_PARTS, bundle_size,
                       bundle_size, "0" * 64, bundle_size, "0" * 64, _now())
    return FRAME.size + len(_encode_header(probe.to_dict())) + SIGNATURE_SIZE


def split(path: str | os.PathLike[str], max_size: int, *, sender: NodeKeys,
          out_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Cut a bundle written by `sender` into signed parts of at most `max_size` bytes each
    (`NAME.part01of03` ...). A bundle that already fits is returned as it is."""
    source = Path(path)
    verified = verify_bundle(source, Trust([sender.public]))
    size = source.stat().st_size
    if size <= max_size:
        return [source]
    header = verified.header
    room = max_size - _part_overhead(header.bundle_id, header.sender, size)
    if room < 1024:
        raise ValueError(f"max_size {max_size} is too small for a part")
    count = math.ceil(size / room)
    if count > MAX_PARTS:
        raise ValueError(f"{count} parts exceed the limit of {MAX_PARTS}")
    with open(source, "rb") as handle:
        whole = hashlib.sha256()
        while block := handle.read(CHUNK):
            whole.update(block)
    bundle_sha = whole.hexdigest()
    folder = Path(out_dir) if out_dir is not None else source.parent
    folder.mkdir(parents=True, exist_ok=True)
    width = max(2, len(str(count)))
    created = _now()
    written: list[Path] = []
    try:
        with open(source, "rb") as handle:
            for index in range(1, count + 1):
                offset = (index - 1) * room
                part_size = min(room, size - offset)
                digest = _hash_section(handle, offset, part_size)
                part = PartHeader(FORMAT_VERSION, header.bundle_id, header.sender, index, count,
                                  offset, part_size, digest, size, bundle_sha, created)
                header_raw = _encode_header(part.to_dict())
                signed = FRAME.pack(PART_MAGIC, FORMAT_VERSION, sender.public.ed25519_raw,
                                    len(header_raw)) + header_raw
                target = folder / f"{source.name}.part{index:0{width}d}of{count:0{width}d}"
                out, tmp = _private_temp(folder, ".part")
                try:
                    out.write(signed)
                    out.write(sender.sign(signed))
                    handle.seek(offset)
                    remaining = part_size
                    while remaining:
                        block = handle.read(min(CHUNK, remaining))
                        out.write(block)
                        remaining -= len(block)
                    _finish(out, tmp, target)
                except BaseException:
                    out.close()
                    tmp.unlink(missing_ok=True)
                    raise
                written.append(target)
    except BaseException:
        for target in written:
            target.unlink(missing_ok=True)
        raise
    return written


@dataclass(frozen=True)
class _Part:
    path: Path
    header: PartHeader
    sender_key: bytes
    data_offset: int


def read_part(path: str | os.PathLike[str], trust: Trust) -> _Part:
    """Verify one part's framing and signature and parse its header."""
    path = Path(path)
    with open(path, "rb") as handle:
        framed = _read_framed(handle, trust, expect=PART_MAGIC, name=path.name)
    header = _part_header_from(framed.header_raw, framed.version)
    # A part of an introduction is admitted provisionally: the joined bundle is judged whole.
    signer = framed.sender.node_id if framed.sender is not None else header.sender
    if header.sender != signer:
        raise BundleError("bad-header", f"malformed header: sender {header.sender} is not the "
                                        f"signer {signer}")
    _check_body_size(framed, header.size, path.name)
    return _Part(path, header, framed.sender_key, framed.body_offset)


@dataclass(frozen=True)
class FileGroup:
    """Files that make one bundle: a whole bundle alone, or the parts of one bundle found so far,
    or a single file that is neither (with its `error`). Give `paths` to `open_bundle`."""

    paths: tuple[Path, ...]
    bundle_id: str | None = None
    error: BundleError | None = None


def group_files(paths: Iterable[str | os.PathLike[str]], trust: Trust) -> list[FileGroup]:
    """Sort received files (a whole inbox folder from many laptops) into bundles: each whole bundle
    on its own, parts together by bundle (signatures checked), unreadable files with their error.
    Nothing is decrypted; missing parts show up when the group is opened."""
    groups: list[FileGroup] = []
    parts: dict[str, list[Path]] = {}
    for raw in paths:
        path = Path(raw)
        try:
            if _sniff(path) == BUNDLE_MAGIC:
                groups.append(FileGroup((path,)))
                continue
            part = read_part(path, trust)
        except BundleError as error:
            groups.append(FileGroup((path,), error=error))
            continue
        parts.setdefault(part.header.bundle_id, []).append(path)
    groups.extend(FileGroup(tuple(found), bundle_id) for bundle_id, found in parts.items())
    return groups


def _ranges(numbers: Sequence[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def join_parts(paths: Sequence[str | os.PathLike[str]], trust: Trust,
               out_dir: str | os.PathLike[str], *, max_size: int = DEFAULT_MAX_CIPHERTEXT) -> Path:
    """Re-join the parts of one bundle, given in any order (a part given twice is used once), into
    a temporary file in `out_dir`; the caller then verifies it as a bundle and deletes it."""
    parts = [read_part(p, trust) for p in paths]
    by_bundle: dict[str, list[_Part]] = {}
    for part in parts:
        by_bundle.setdefault(part.header.bundle_id, []).append(part)
    main_id = max(by_bundle, key=lambda b: (len({p.header.index for p in by_bundle[b]}),
                                            -next(i for i, p in enumerate(parts)
                                                  if p.header.bundle_id == b)))
    for bundle_id, group in by_bundle.items():
        if bundle_id != main_id:
            stray = group[0]
            raise BundleError("part-foreign", f"{stray.path.name} is {stray.header.label()}, "
                                              f"not of bundle {main_id}: give one bundle's "
                                              f"parts at a time")
    group = by_bundle[main_id]
    first = group[0].header
    for part in group:
        h = part.header
        if (h.count, h.bundle_size, h.bundle_sha256, h.sender, part.sender_key) != \
                (first.count, first.bundle_size, first.bundle_sha256, first.sender,
                 group[0].sender_key):
            raise BundleError("part-mismatch", f"{part.path.name} and {group[0].path.name} "
                                               f"disagree about bundle {main_id}: split twice "
                                               f"differently? give the parts of one split")
    if first.bundle_size > max_size:
        raise BundleError("too-large", f"bundle {main_id} of {first.bundle_size} bytes exceeds "
                                       f"the limit of {max_size}")
    chosen: dict[int, _Part] = {}
    for part in group:
        other = chosen.get(part.header.index)
        if other is not None and other.header != part.header:
            raise BundleError("part-mismatch", f"{part.path.name} and {other.path.name} are both "
                                               f"{part.header.label()} but differ")
        chosen.setdefault(part.header.index, part)
    missing = [i for i in range(1, first.count + 1) if i not in chosen]
    if missing:
        which = "part" if len(missing) == 1 else "parts"
        verb = "is" if len(missing) == 1 else "are"
        raise BundleError("part-missing", f"{which} {_ranges(missing)} of {first.count} of bundle "
                                          f"{main_id} {verb} missing")
    expected_offset = 0
    for index in range(1, first.count + 1):
        h = chosen[index].header
        if h.offset != expected_offset:
            raise BundleError("part-mismatch", f"{h.label()} starts at {h.offset}, expected "
                                               f"{expected_offset}")
        expected_offset += h.size
    if expected_offset != first.bundle_size:
        raise BundleError("part-mismatch", f"the parts of bundle {main_id} add up to "
                                           f"{expected_offset} bytes, not {first.bundle_size}")
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    out, tmp = _private_temp(folder, ".joined")
    try:
        whole = hashlib.sha256()
        for index in range(1, first.count + 1):
            part = chosen[index]
            digest = hashlib.sha256()
            with open(part.path, "rb") as handle:
                handle.seek(part.data_offset)
                remaining = part.header.size
                while remaining:
                    block = handle.read(min(CHUNK, remaining))
                    if not block:
                        raise BundleError("truncated", f"truncated: {part.path.name} shrank "
                                                       f"while it was read")
                    digest.update(block)
                    whole.update(block)
                    out.write(block)
                    remaining -= len(block)
            if digest.hexdigest() != part.header.sha256:
                raise BundleError("hash-mismatch", f"hash mismatch: {part.header.label()} "
                                                   f"({part.path.name}) is damaged")
        if whole.hexdigest() != first.bundle_sha256:
            raise BundleError("hash-mismatch", f"hash mismatch: the joined parts are not "
                                               f"bundle {main_id}")
        out.flush()
        out.close()
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    return tmp


# -- compression ---------------------------------------------------------------------------------


def deflate(source: BinaryIO, target: BinaryIO, *, level: int = 6) -> int:
    """Compress a stream as zlib (RFC 1950); returns the compressed size."""
    compressor = zlib.compressobj(level)
    written = 0
    while block := source.read(CHUNK):
        data = compressor.compress(block)
        target.write(data)
        written += len(data)
    data = compressor.flush()
    target.write(data)
    return written + len(data)


def inflate(source: BinaryIO, target: BinaryIO, *, max_size: int = DEFAULT_MAX_INFLATED,
            max_ratio: int = DEFAULT_MAX_RATIO, ratio_floor: int = 1024 * 1024) -> int:
    """Decompress a zlib or gzip stream (told apart by its first bytes) into `target`, streaming,
    refusing more than `max_size` bytes out or, once past `ratio_floor` bytes out, more than
    `max_ratio` bytes out per byte in (a decompression bomb). Returns the decompressed size.
    Trailing bytes and a truncated stream are errors. On error discard what was written."""
    decompressor = zlib.decompressobj(wbits=32 + zlib.MAX_WBITS)
    consumed = 0
    produced = 0

    def emit(data: bytes) -> None:
        nonlocal produced
        produced += len(data)
        if produced > max_size:
            raise BundleError("too-large", f"decompressed payload exceeds the limit of "
                                           f"{max_size} bytes")
        if produced > ratio_floor and produced > max_ratio * max(consumed, 1):
            raise BundleError("too-large", f"compression ratio above {max_ratio}:1: refused as a "
                                           f"decompression bomb")
        target.write(data)

    try:
        while not decompressor.eof:
            block = source.read(CHUNK)
            if not block:
                break
            consumed += len(block)
            pending = block
            while not decompressor.eof:
                out = decompressor.decompress(pending, CHUNK)
                emit(out)
                pending = decompressor.unconsumed_tail
                if not pending and len(out) < CHUNK:
                    break  # this input is used up and no output is held back
            if decompressor.eof and (decompressor.unused_data or pending):
                raise BundleError("trailing-data", "unexpected bytes after the compressed payload")
        if not decompressor.eof:
            raise BundleError("truncated", "truncated: the compressed payload ends early")
        if source.read(1):
            raise BundleError("trailing-data", "unexpected bytes after the compressed payload")
    except zlib.error as error:
        raise BundleError("bad-header", f"the compressed payload is damaged: {error}") from None
    return produced


# -- command line (HQ recovery and inspection; no database, no Qt) --------------------------------


def read_unverified_header(path: str | os.PathLike[str]) -> tuple[dict[str, object], int]:
    """The header as JSON and the ciphertext offset, WITHOUT checking the signature: for
    inspection and recovery only, never for import."""
    path = Path(path)
    with open(path, "rb") as handle:
        head = handle.read(FRAME.size)
        if len(head) < FRAME.size or head[:8] != BUNDLE_MAGIC:
            raise BundleError("not-a-bundle", f"{path.name} is not a GLO.ACT Field bundle")
        _, version, _, header_size = FRAME.unpack(head)
        if version > FORMAT_VERSION:
            raise BundleError("newer-format", f"written by a newer version of {APP_NAME}: update "
                                              f"the app; the file is kept")
        if header_size > MAX_HEADER_SIZE:
            raise BundleError("too-large", "header too large")
        raw = _read_exact(handle, header_size, "header")
    return _parse_json_object(raw), FRAME.size + header_size + SIGNATURE_SIZE


def extract_payload(path: str | os.PathLike[str], out: str | os.PathLike[str], *,
                    sender: NodePublic | None = None) -> dict[str, object]:
    """Copy a bundle's age ciphertext to `out` (decrypt it with `age -d -i IDENTITY`). With
    `sender`, the signature is verified first; without, only size and SHA-256 are checked."""
    if sender is not None:
        verified = verify_bundle(path, Trust([sender]))
        header, offset = verified.header.to_dict(), verified.ciphertext_offset
    else:
        header, offset = read_unverified_header(path)
    size = header.get("ciphertext_size")
    if type(size) is not int or size < 0:
        raise _bad("ciphertext_size")
    with open(path, "rb") as handle:
        if _hash_section(handle, offset, size) != header.get("ciphertext_sha256"):
            raise BundleError("hash-mismatch", "hash mismatch: the ciphertext is damaged")
        handle.seek(offset)
        with open(out, "wb") as target:
            remaining = size
            while remaining:
                block = handle.read(min(CHUNK, remaining))
                target.write(block)
                remaining -= len(block)
    return header


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m glo_act_desktop.sync.container",
                                     description="Inspect a GLO.ACT Field bundle or take out its "
                                                 "age-encrypted payload.")
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("show", help="print the header (signature NOT verified)")
    show.add_argument("bundle")
    extract = commands.add_parser("extract-payload",
                                  help="write the age ciphertext, for `age -d -i KEY`")
    extract.add_argument("bundle")
    extract.add_argument("out")
    extract.add_argument("--sender", metavar="NODE_JSON",
                         help="the sender's public keys (node.json): verify the signature first")
    args = parser.parse_args(argv)
    try:
        if args.command == "show":
            header, offset = read_unverified_header(args.bundle)
            print(json.dumps({"ciphertext_offset": offset, "header": header}, indent=2,
                             ensure_ascii=False))
        else:
            sender = None
            if args.sender:
                sender = NodePublic.from_json(Path(args.sender).read_text("utf-8"))
            extract_payload(args.bundle, args.out, sender=sender)
            if sender is None:
                print("signature not verified (give --sender NODE_JSON to verify it)",
                      file=sys.stderr)
    except BundleError as error:
        print(f"rejected: {error}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
