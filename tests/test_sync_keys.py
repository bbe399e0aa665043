"""A node's keys: generated, saved owner-only in the data directory, loaded back unchanged."""

from __future__ import annotations

import json
import stat
import sys

import pytest
from pyrage import x25519

from glo_act_desktop.paths import DataDir
from glo_act_desktop.sync.keys import (
    KeyFileError,
    NodeKeys,
    NodePublic,
    load_keys,
    load_or_create_keys,
    save_keys,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def test_keys_round_trip_through_the_data_directory(tmp_path):
    data = DataDir(tmp_path / "data")
    keys = NodeKeys.generate()
    folder = save_keys(keys, data)
    assert folder == data.keys == tmp_path / "data" / "keys"
    loaded = load_keys(data)
    assert loaded.node_id == keys.node_id
    assert loaded.public == keys.public
    assert str(loaded.identity) == str(keys.identity)
    assert loaded.public.verify(loaded.sign(b"x"), b"x")
    assert keys.public.verify(loaded.sign(b"x"), b"x")


@posix_only
def test_private_files_are_owner_only(tmp_path):
    folder = save_keys(NodeKeys.generate(), tmp_path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("age-identity.txt", "ed25519.pem", "node.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    (folder / "ed25519.pem").chmod(0o644)  # a careless copy
    load_keys(tmp_path)
    assert stat.S_IMODE((folder / "ed25519.pem").stat().st_mode) == 0o600


def test_age_identity_file_is_in_ages_own_format(tmp_path):
    keys = NodeKeys.generate()
    folder = save_keys(keys, tmp_path)
    lines = (folder / "age-identity.txt").read_text().splitlines()
    assert lines[-1].startswith("AGE-SECRET-KEY-1")
    assert f"# public key: {keys.public.age_recipient}" in lines
    assert all(line.startswith("#") for line in lines[:-1])
    assert str(x25519.Identity.from_str(lines[-1]).to_public()) == keys.public.age_recipient


def test_save_refuses_to_replace_existing_keys(tmp_path):
    first = NodeKeys.generate()
    save_keys(first, tmp_path)
    with pytest.raises(KeyFileError, match="refusing to replace"):
        save_keys(NodeKeys.generate(), tmp_path)
    assert load_keys(tmp_path).public == first.public
    assert load_or_create_keys(tmp_path).public == first.public


def test_load_or_create_makes_keys_once(tmp_path):
    created = load_or_create_keys(tmp_path, node_id="hq")
    assert created.node_id == "hq"
    assert load_or_create_keys(tmp_path).public == created.public


def test_missing_or_mismatched_files_are_named(tmp_path):
    with pytest.raises(KeyFileError, match="missing"):
        load_keys(tmp_path)
    save_keys(NodeKeys.generate(), tmp_path)
    other = NodeKeys.generate()
    (tmp_path / "keys" / "node.json").write_text(other.public.to_json())
    with pytest.raises(KeyFileError, match="does not match"):
        load_keys(tmp_path)


def test_public_part_is_small_json_and_validated():
    public = NodeKeys.generate("laptop-np-2").public
    data = json.loads(public.to_json())
    assert set(data) == {"node_id", "age_recipient", "ed25519_public"}
    assert data["age_recipient"].startswith("age1")
    assert NodePublic.from_json(public.to_json()) == public
    with pytest.raises(ValueError):
        NodePublic(node_id="NP laptop", age_recipient=public.age_recipient,
                   ed25519_public=public.ed25519_public)
    with pytest.raises(ValueError):
        NodePublic(node_id="x", age_recipient="age1nope", ed25519_public=public.ed25519_public)
    with pytest.raises(ValueError):
        NodePublic(node_id="x", age_recipient=public.age_recipient, ed25519_public="AAAA")
    with pytest.raises(ValueError, match="lack"):
        NodePublic.from_dict({"node_id": "x"})
