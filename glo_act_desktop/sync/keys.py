"""A node's keys: an age X25519 identity (to decrypt bundles addressed to it) and an Ed25519 signing
key (to sign the bundles it writes).

Stored in the data directory's `keys/` folder (0700), each file 0600:

- `age-identity.txt`: age's own identity file format (comment lines, then `AGE-SECRET-KEY-1…`),
  so `age -d -i keys/age-identity.txt` works directly: HQ's recovery path without this app;
- `ed25519.pem`: the signing key, PKCS#8 PEM, unencrypted (protect the laptop's disk);
- `node.json`: the public part (node id, age recipient, Ed25519 public key), safe to share.

Only the public part (`NodePublic`) ever travels: in enrolment files and bundle headers.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from glo_act_desktop.paths import DataDir

AGE_IDENTITY_FILE = "age-identity.txt"
SIGNING_KEY_FILE = "ed25519.pem"
PUBLIC_FILE = "node.json"

# The same alphabet as the node part of a clock stamp (sync/clock.py): a UUID fits.
NODE_ID_PATTERN = re.compile(r"[0-9a-z-]{1,64}")


class KeyFileError(Exception):
    """A key file is missing, unreadable or inconsistent (one line: what and where)."""


def check_node_id(node_id: str) -> str:
    if not isinstance(node_id, str) or not NODE_ID_PATTERN.fullmatch(node_id):
        raise ValueError(f"not a valid node id: {node_id!r} (1-64 of a-z 0-9 -)")
    return node_id


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError) as error:
        raise ValueError(f"{what} is not base64") from error
    if len(raw) != size:
        raise ValueError(f"{what} must be {size} bytes, got {len(raw)}")
    return raw


@dataclass(frozen=True)
class NodePublic:
    """What others need to know about a node: who it is, how to encrypt to it, how to check it."""

    node_id: str
    age_recipient: str  # "age1…" (bech32 X25519 public key)
    ed25519_public: str  # base64 of the raw 32-byte Ed25519 public key

    def __post_init__(self) -> None:
        check_node_id(self.node_id)
        try:
            x25519.Recipient.from_str(self.age_recipient)
        except Exception as error:  # pyrage raises its own RecipientError
            raise ValueError(f"not an age X25519 recipient: {self.age_recipient!r}") from error
        _unb64(self.ed25519_public, 32, "ed25519_public")

    @property
    def ed25519_raw(self) -> bytes:
        return base64.b64decode(self.ed25519_public)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.ed25519_raw)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            self.verifier().verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def age(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)

    def to_dict(self) -> dict[str, str]:
        return {"node_id": self.node_id, "age_recipient": self.age_recipient,
                "ed25519_public": self.ed25519_public}

    @classmethod
    def from_dict(cls, data: object) -> "NodePublic":
        if not isinstance(data, dict):
            raise ValueError("a node's public keys must be a JSON object")
        try:
            return cls(node_id=data["node_id"], age_recipient=data["age_recipient"],
                       ed25519_public=data["ed25519_public"])
        except KeyError as error:
            raise ValueError(f"a node's public keys lack {error.args[0]!r}") from None

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> "NodePublic":
        return cls.from_dict(json.loads(text))


@dataclass(frozen=True, eq=False)
class NodeKeys:
    """A node's private keys. Never serialised except by `save_keys` into its own data directory."""

    node_id: str
    identity: x25519.Identity
    signing_key: Ed25519PrivateKey

    @classmethod
    def generate(cls, node_id: str | None = None) -> "NodeKeys":
        return cls(node_id=check_node_id(node_id or str(uuid.uuid4())),
                   identity=x25519.Identity.generate(),
                   signing_key=Ed25519PrivateKey.generate())

    @property
    def public(self) -> NodePublic:
        raw = self.signing_key.public_key().public_bytes(serialization.Encoding.Raw,
                                                         serialization.PublicFormat.Raw)
        return NodePublic(node_id=self.node_id, age_recipient=str(self.identity.to_public()),
                          ed25519_public=_b64(raw))

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)

    def age_identity_text(self) -> str:
        """The identity in age's file format, readable by `age -d -i FILE`."""
        created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        return (f"# created: {created}\n# public key: {self.identity.to_public()}\n"
                f"# GLO.ACT Field node {self.node_id}\n{self.identity}\n")


def _write_private(path: Path, text: str) -> None:
    """Write a file readable by its owner only, atomically (temp file, fsync, rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def keys_folder(data_dir: DataDir | Path) -> Path:
    return data_dir.keys if isinstance(data_dir, DataDir) else DataDir(Path(data_dir)).keys


def has_keys(data_dir: DataDir | Path) -> bool:
    return (keys_folder(data_dir) / SIGNING_KEY_FILE).exists()


def save_keys(keys: NodeKeys, data_dir: DataDir | Path, *, overwrite: bool = False) -> Path:
    """Store the keys in `<data dir>/keys/`; refuses to replace existing keys unless told."""
    folder = keys_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        os.chmod(folder, 0o700)
    if not overwrite and any((folder / name).exists()
                             for name in (AGE_IDENTITY_FILE, SIGNING_KEY_FILE)):
        raise KeyFileError(f"keys already exist in {folder}: refusing to replace them")
    pem = keys.signing_key.private_bytes(serialization.Encoding.PEM,
                                         serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()).decode("ascii")
    _write_private(folder / AGE_IDENTITY_FILE, keys.age_identity_text())
    _write_private(folder / SIGNING_KEY_FILE, pem)
    _write_private(folder / PUBLIC_FILE, json.dumps(keys.public.to_dict(), indent=2) + "\n")
    return folder


def _read_age_identity(path: Path) -> x25519.Identity:
    lines = [line.strip() for line in path.read_text("utf-8").splitlines()]
    secrets = [line for line in lines if line and not line.startswith("#")]
    if len(secrets) != 1:
        raise KeyFileError(f"{path} must hold exactly one AGE-SECRET-KEY-1 line")
    try:
        return x25519.Identity.from_str(secrets[0])
    except Exception as error:
        raise KeyFileError(f"{path} does not hold an age X25519 identity") from error


def load_keys(data_dir: DataDir | Path) -> NodeKeys:
    """Load the keys saved by `save_keys`; the public file must agree with the private keys."""
    folder = keys_folder(data_dir)
    try:
        public = NodePublic.from_json((folder / PUBLIC_FILE).read_text("utf-8"))
        identity = _read_age_identity(folder / AGE_IDENTITY_FILE)
        signing = serialization.load_pem_private_key((folder / SIGNING_KEY_FILE).read_bytes(),
                                                     password=None)
    except FileNotFoundError as error:
        raise KeyFileError(f"no keys in {folder}: {Path(error.filename).name} is missing") from None
    except (ValueError, TypeError) as error:
        raise KeyFileError(f"unreadable keys in {folder}: {error}") from None
    if not isinstance(signing, Ed25519PrivateKey):
        raise KeyFileError(f"{folder / SIGNING_KEY_FILE} is not an Ed25519 key")
    keys = NodeKeys(node_id=public.node_id, identity=identity, signing_key=signing)
    if keys.public != public:
        raise KeyFileError(f"{folder / PUBLIC_FILE} does not match the private keys beside it")
    if sys.platform != "win32":  # a copied folder may have lost its modes: tighten them again
        for name in (AGE_IDENTITY_FILE, SIGNING_KEY_FILE, PUBLIC_FILE):
            if (folder / name).stat().st_mode & 0o077:
                os.chmod(folder / name, 0o600)
    return keys


def load_or_create_keys(data_dir: DataDir | Path, node_id: str | None = None) -> NodeKeys:
    if has_keys(data_dir):
        return load_keys(data_dir)
    keys = NodeKeys.generate(node_id)
    save_keys(keys, data_dir)
    return keys
