"""The bundle container: signed by its sender, encrypted (age) to its recipients, refused with
one clear reason when anything is wrong, never yielding plaintext from a file that failed a check."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import textwrap
import zlib
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glo_act_desktop.sync import container
from glo_act_desktop.sync.container import (
    FRAME,
    BundleError,
    Trust,
    deflate,
    extract_payload,
    group_files,
    inflate,
    open_bundle,
    split,
    verify_bundle,
    write_bundle,
)
from glo_act_desktop.sync.keys import NodeKeys, save_keys

LAPTOP = NodeKeys.generate("laptop-np-1")
HQ = NodeKeys.generate("hq")
OTHER = NodeKeys.generate("laptop-lk-1")  # enrolled, trusted, but not a recipient
TRUST = Trust([LAPTOP.public, HQ.public, OTHER.public])
PAYLOAD = os.urandom(150_000)  # three age chunks of 64 KiB


def bundle_of(folder: Path, payload: bytes = PAYLOAD, name: str = "np.bundle", **kwargs) -> Path:
    path = folder / name
    write_bundle(payload, path, sender=LAPTOP, recipients=[HQ.public], **kwargs)
    return path


def read(paths, folder: Path, keys: NodeKeys = HQ, trust: Trust = TRUST, **kwargs) -> bytes:
    with open_bundle(paths, keys, trust, tmp_dir=folder / "tmp", **kwargs) as opened:
        return opened.payload_path.read_bytes()


def refused(paths, folder: Path, keys: NodeKeys = HQ, trust: Trust = TRUST,
            **kwargs) -> BundleError:
    with pytest.raises(BundleError) as caught:
        read(paths, folder, keys, trust, **kwargs)
    error = caught.value
    assert "\n" not in str(error) and str(error)
    leftovers = list((folder / "tmp").glob("*")) if (folder / "tmp").exists() else []
    assert leftovers == [], "a refused bundle left plaintext or a joined file behind"
    return error


def layout(path: Path) -> tuple[int, int]:
    """(header length, ciphertext offset) read as docs/bundle-format.md describes."""
    raw = path.read_bytes()
    header_size = struct.unpack(">I", raw[42:46])[0]
    return header_size, 46 + header_size + 64


def resign(path: Path, header: dict, *, signer: NodeKeys = LAPTOP, body: bytes | None = None,
           version: int = 1) -> None:
    """Rewrite a bundle with another header, correctly signed: what a buggy or malicious trusted
    sender could produce."""
    _, offset = layout(path)
    body = path.read_bytes()[offset:] if body is None else body
    raw = json.dumps(header).encode()
    prefix = FRAME.pack(container.BUNDLE_MAGIC, version, signer.public.ed25519_raw, len(raw)) + raw
    path.write_bytes(prefix + signer.sign(prefix) + body)


def header_of(path: Path) -> dict:
    size, _ = layout(path)
    return json.loads(path.read_bytes()[46:46 + size])


# -- round trips ---------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=st.binary(max_size=3000), meta=st.dictionaries(st.text(max_size=8),
                                                               st.integers(), max_size=3))
def test_any_bytes_round_trip(payload, meta):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = bundle_of(folder, payload, meta=meta)
        with open_bundle(path, HQ, TRUST, tmp_dir=folder / "tmp") as opened:
            assert opened.payload_path.read_bytes() == payload
            assert opened.header.meta == meta
            assert opened.header.payload_size == len(payload)
            assert opened.header.sender == LAPTOP.node_id
            assert opened.sender == LAPTOP.public
        assert list((folder / "tmp").iterdir()) == []  # the plaintext is gone after use


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 3 * 65536])
def test_chunk_boundaries_round_trip(tmp_path, size):
    payload = os.urandom(size)
    assert read(bundle_of(tmp_path, payload), tmp_path) == payload


def test_several_recipients_each_read_it(tmp_path):
    path = tmp_path / "hq.bundle"
    header = write_bundle(PAYLOAD, path, sender=HQ, recipients=[LAPTOP.public, OTHER.public])
    assert header.recipient_ids == (LAPTOP.node_id, OTHER.node_id)
    assert read(path, tmp_path, keys=LAPTOP) == PAYLOAD
    assert read(path, tmp_path, keys=OTHER) == PAYLOAD


def test_streaming_source_and_header_contents(tmp_path):
    path = tmp_path / "s.bundle"
    header = write_bundle(io.BytesIO(PAYLOAD), path, sender=LAPTOP, recipients=[HQ.public],
                          payload_encoding="zlib", meta={"seq": 7})
    on_disk = header_of(path)
    assert on_disk == json.loads(json.dumps(header.to_dict()))
    assert on_disk["format_version"] == 1 and on_disk["app"] == "GLO.ACT Field"
    assert on_disk["payload_encoding"] == "zlib" and on_disk["meta"] == {"seq": 7}
    _, offset = layout(path)
    ciphertext = path.read_bytes()[offset:]
    assert ciphertext.startswith(b"age-encryption.org/v1\n")
    assert on_disk["ciphertext_size"] == len(ciphertext)
    assert on_disk["ciphertext_sha256"] == hashlib.sha256(ciphertext).hexdigest()
    assert verify_bundle(path, TRUST).ciphertext_offset == offset


# -- who may read and who may write --------------------------------------------------------------


def test_wrong_recipient_cannot_decrypt(tmp_path):
    path = bundle_of(tmp_path)
    error = refused(path, tmp_path, keys=OTHER)
    assert error.code == "not-addressed" and "not addressed to this node" in str(error)
    _, offset = layout(path)
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(path.read_bytes()[offset:], [OTHER.identity])


def test_sender_cannot_decrypt_its_own_bundle(tmp_path):
    path = bundle_of(tmp_path)
    assert refused(path, tmp_path, keys=LAPTOP).code == "not-addressed"
    _, offset = layout(path)
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(path.read_bytes()[offset:], [LAPTOP.identity])
    with pytest.raises(ValueError, match="itself"):
        write_bundle(b"x", tmp_path / "self.bundle", sender=LAPTOP,
                     recipients=[HQ.public, LAPTOP.public])


def test_header_naming_a_recipient_the_ciphertext_was_not_made_for(tmp_path):
    """A trusted sender's header lists OTHER, but the age file is for HQ only."""
    path = bundle_of(tmp_path)
    header = header_of(path)
    header["recipients"].append({"node_id": OTHER.node_id,
                                 "age_recipient": OTHER.public.age_recipient})
    resign(path, header)
    assert refused(path, tmp_path, keys=OTHER).code == "not-addressed"


def test_unknown_sender_rejected(tmp_path):
    path = bundle_of(tmp_path)
    error = refused(path, tmp_path, trust=Trust([HQ.public]))
    assert error.code == "unknown-sender"


def test_revoked_sender_rejected(tmp_path):
    path = bundle_of(tmp_path)
    trust = Trust([LAPTOP.public, HQ.public], revoked=[LAPTOP.node_id])
    error = refused(path, tmp_path, trust=trust)
    assert error.code == "revoked-sender" and LAPTOP.node_id in str(error)


def test_impostor_claiming_a_known_node_id_rejected(tmp_path):
    impostor = NodeKeys.generate(LAPTOP.node_id)  # same name, its own keys
    path = tmp_path / "fake.bundle"
    write_bundle(PAYLOAD, path, sender=impostor, recipients=[HQ.public])
    assert refused(path, tmp_path).code == "unknown-sender"
    # and a trusted node cannot sign in another's name
    header = header_of(path)
    resign(path, header, signer=OTHER)
    assert refused(path, tmp_path).code == "bad-header"


class EnrolmentTrust(Trust):
    """What the sync layer will do: admit a new laptop whose first bundle carries an enrolment
    that HQ signed for that device (here: HQ's signature over the node id)."""

    accepts_introductions = True

    def admit(self, header, candidate):
        token = header.meta.get("enrolment")
        return isinstance(token, str) and HQ.public.verify(bytes.fromhex(token),
                                                           candidate.node_id.encode())


def test_first_bundle_of_a_new_laptop_is_admitted_through_its_enrolment(tmp_path):
    newcomer = NodeKeys.generate("laptop-np-9")
    path = tmp_path / "first.bundle"
    enrolment = HQ.sign(newcomer.node_id.encode()).hex()
    write_bundle(PAYLOAD, path, sender=newcomer, recipients=[HQ.public], introduce=True,
                 meta={"enrolment": enrolment})
    assert refused(path, tmp_path).code == "unknown-sender"  # a plain trust store refuses it
    trust = EnrolmentTrust([HQ.public])
    verified = verify_bundle(path, trust)
    assert verified.introduced and verified.sender == newcomer.public
    assert read(path, tmp_path, trust=trust) == PAYLOAD
    parts = split(path, 40_000, sender=newcomer, out_dir=tmp_path / "p")
    assert read(parts[::-1], tmp_path, trust=trust) == PAYLOAD
    # without an enrolment, with someone else's, or revoked: refused
    write_bundle(PAYLOAD, path, sender=newcomer, recipients=[HQ.public], introduce=True)
    assert refused(path, tmp_path, trust=trust).code == "unknown-sender"
    write_bundle(PAYLOAD, path, sender=newcomer, recipients=[HQ.public], introduce=True,
                 meta={"enrolment": HQ.sign(b"laptop-np-8").hex()})
    assert refused(path, tmp_path, trust=trust).code == "unknown-sender"
    write_bundle(PAYLOAD, path, sender=newcomer, recipients=[HQ.public], introduce=True,
                 meta={"enrolment": enrolment})
    trust.revoke(newcomer.node_id)
    assert refused(path, tmp_path, trust=trust).code == "revoked-sender"


def test_introduced_keys_must_be_the_signers(tmp_path):
    thief = NodeKeys.generate("laptop-np-9")
    path = tmp_path / "stolen.bundle"
    write_bundle(PAYLOAD, path, sender=thief, recipients=[HQ.public],
                 meta={"enrolment": HQ.sign(b"laptop-np-9").hex(),
                       "sender_public": NodeKeys.generate("laptop-np-9").public.to_dict()})
    assert refused(path, tmp_path, trust=EnrolmentTrust([HQ.public])).code == "bad-header"
    raw = bytearray(path.read_bytes())
    raw[60] ^= 1  # a changed header under an unknown key still fails its own signature
    path.write_bytes(raw)
    assert refused(path, tmp_path, trust=EnrolmentTrust([HQ.public])).code == "bad-signature"


def test_write_refuses_an_oversized_payload_and_leaves_nothing(tmp_path):
    with pytest.raises(ValueError, match="exceeds the limit"):
        write_bundle(b"x" * 1000, tmp_path / "big.bundle", sender=LAPTOP,
                     recipients=[HQ.public], max_payload=100)
    assert list(tmp_path.iterdir()) == []


# -- tampering and truncation --------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> bytes:
    return bundle_of(tmp_path_factory.mktemp("pristine")).read_bytes()


def test_every_byte_of_framing_header_and_signature_is_protected(tmp_path, pristine, monkeypatch):
    def no_decrypt(*args, **kwargs):
        raise AssertionError("decryption ran on a tampered bundle")

    monkeypatch.setattr(container.pyrage, "decrypt_io", no_decrypt)
    _, offset = layout_bytes(pristine)
    path = tmp_path / "t.bundle"
    codes = set()
    for position in range(offset):
        for flip in (0x01, 0x80):
            tampered = bytearray(pristine)
            tampered[position] ^= flip
            path.write_bytes(tampered)
            codes.add(refused(path, tmp_path).code)
    assert codes <= {"not-a-bundle", "newer-format", "unknown-sender", "bad-signature",
                     "too-large", "truncated", "bad-header"}
    assert {"not-a-bundle", "unknown-sender", "bad-signature"} <= codes


def layout_bytes(raw: bytes) -> tuple[int, int]:
    size = struct.unpack(">I", raw[42:46])[0]
    return size, 46 + size + 64


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_ciphertext_byte_changed_is_caught_before_decryption(tmp_path, pristine, data):
    _, offset = layout_bytes(pristine)
    position = data.draw(st.integers(offset, len(pristine) - 1))
    flip = data.draw(st.integers(1, 255))
    tampered = bytearray(pristine)
    tampered[position] ^= flip
    path = tmp_path / "c.bundle"
    path.write_bytes(tampered)
    calls = []
    original = container.pyrage.decrypt_io
    container.pyrage.decrypt_io = lambda *a, **k: calls.append(a)  # must not be reached
    try:
        error = refused(path, tmp_path)
    finally:
        container.pyrage.decrypt_io = original
    assert error.code == "hash-mismatch" and calls == []


def test_truncation_anywhere_is_named(tmp_path, pristine):
    _, offset = layout_bytes(pristine)
    cuts = set(range(0, offset + 2)) | set(range(offset, len(pristine), 4099)) | {
        len(pristine) - 1, len(pristine) - 17, len(pristine) - 65536}
    path = tmp_path / "cut.bundle"
    for cut in sorted(cuts):
        path.write_bytes(pristine[:cut])
        error = refused(path, tmp_path)
        assert error.code == "truncated", (cut, error)


def test_trailing_bytes_refused(tmp_path, pristine):
    path = tmp_path / "long.bundle"
    path.write_bytes(pristine + b"\0")
    assert refused(path, tmp_path).code == "trailing-data"


def test_signed_but_dishonest_sizes_are_caught(tmp_path):
    path = bundle_of(tmp_path)
    header = header_of(path)
    header["payload_size"] = len(PAYLOAD) + 1
    resign(path, header)
    assert refused(path, tmp_path).code == "size-mismatch"
    header["payload_size"] = len(PAYLOAD) - 1
    resign(path, header)
    assert refused(path, tmp_path).code == "too-large"


def test_signed_ciphertext_that_is_not_age_is_refused_without_plaintext(tmp_path):
    path = bundle_of(tmp_path)
    header = header_of(path)
    body = b"age-encryption.org/v1\n" + os.urandom(500)
    header.update(ciphertext_size=len(body), ciphertext_sha256=hashlib.sha256(body).hexdigest())
    resign(path, header, body=body)
    assert refused(path, tmp_path).code == "decrypt-failed"


def age_chunks(ciphertext: bytes) -> tuple[bytes, list[bytes]]:
    """Split an age file into its header (with the 16-byte nonce) and its 64 KiB + tag chunks."""
    end = ciphertext.index(b"\n", ciphertext.index(b"\n--- ") + 1) + 1 + 16
    body = ciphertext[end:]
    size = 65536 + 16
    return ciphertext[:end], [body[i:i + size] for i in range(0, len(body), size)]


@pytest.mark.parametrize("rearrange", [
    lambda c: [c[1], c[0], c[2]],  # reordered
    lambda c: [c[0], c[2]],  # one dropped
    lambda c: [c[0], c[1]],  # the last (flagged) one dropped
    lambda c: [c[0], c[0], c[1], c[2]],  # duplicated
    lambda c: [c[0], c[1], c[2][:-1]],  # cut mid-chunk
], ids=["reordered", "dropped", "last-dropped", "duplicated", "mid-chunk"])
def test_age_chunks_rearranged_by_a_rogue_trusted_sender_yield_nothing(tmp_path, rearrange):
    """Even with a valid signature and hash (the sender itself misbehaving), age's authenticated
    chunks refuse a rearranged stream, and no plaintext is handed over."""
    path = bundle_of(tmp_path)
    _, offset = layout(path)
    age_header, chunks = age_chunks(path.read_bytes()[offset:])
    assert len(chunks) == 3
    body = age_header + b"".join(rearrange(chunks))
    header = header_of(path)
    header.update(ciphertext_size=len(body), ciphertext_sha256=hashlib.sha256(body).hexdigest())
    resign(path, header, body=body)
    assert refused(path, tmp_path).code in {"decrypt-failed", "too-large"}


@pytest.mark.parametrize("change, code", [
    (lambda h: h.update(recipients=[{"node_id": f"n{i}", "age_recipient": "x"}
                                    for i in range(17)]), "bad-header"),
    (lambda h: h.update(sender=OTHER.node_id), "bad-header"),
    (lambda h: h.update(format="zip"), "bad-header"),
    (lambda h: h.update(payload_size=-1), "bad-header"),
    (lambda h: h.update(payload_size=True), "bad-header"),
    (lambda h: h.update(ciphertext_sha256="00"), "bad-header"),
    (lambda h: h.update(created="yesterday"), "bad-header"),
    (lambda h: h.update(format_version=2), "bad-header"),
    (lambda h: h.pop("bundle_id"), "bad-header"),
])
def test_malformed_signed_headers(tmp_path, change, code):
    path = bundle_of(tmp_path)
    header = header_of(path)
    change(header)
    resign(path, header)
    assert refused(path, tmp_path).code == code


def test_duplicate_keys_and_non_json_headers(tmp_path):
    path = bundle_of(tmp_path)
    _, offset = layout(path)
    body = path.read_bytes()[offset:]
    for raw in (b'{"format":"glo-act-bundle","format":"x"}', b"\xff\xfe", b"[1,2]", b"{NaN}",
                b'{"a": NaN}'):
        prefix = FRAME.pack(container.BUNDLE_MAGIC, 1, LAPTOP.public.ed25519_raw, len(raw)) + raw
        path.write_bytes(prefix + LAPTOP.sign(prefix) + body)
        assert refused(path, tmp_path).code == "bad-header", raw


def test_huge_header_length_refused_before_reading_it(tmp_path, pristine):
    path = tmp_path / "h.bundle"
    path.write_bytes(pristine[:42] + struct.pack(">I", 2**32 - 1) + pristine[46:])
    error = refused(path, tmp_path)
    assert error.code == "too-large" and "header" in str(error)


def test_size_limits(tmp_path):
    path = bundle_of(tmp_path)
    assert refused(path, tmp_path, max_payload=1000).code == "too-large"
    assert refused(path, tmp_path, max_ciphertext=1000).code == "too-large"


def test_not_a_bundle(tmp_path):
    for name, content in [("doc.pdf", b"%PDF-1.7\n" + b"x" * 200), ("z.zip", b"PK\x03\x04" * 20),
                          ("plain.age", b"age-encryption.org/v1\n-> X25519 ...")]:
        path = tmp_path / name
        path.write_bytes(content)
        error = refused(path, tmp_path)
        assert error.code == "not-a-bundle" and "not a GLO.ACT Field bundle" in str(error)
    empty = tmp_path / "empty.bundle"
    empty.write_bytes(b"")
    assert refused(empty, tmp_path).code == "truncated"


def test_newer_format_says_update_and_keeps_the_file(tmp_path, pristine):
    path = tmp_path / "future.bundle"
    future = pristine[:8] + struct.pack(">H", 2) + pristine[10:]
    path.write_bytes(future)
    error = refused(path, tmp_path)
    assert error.code == "newer-format" and error.retry_later
    assert "written by a newer version of GLO.ACT Field: update the app" in str(error)
    assert path.read_bytes() == future  # kept, untouched


# -- parts ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def split_bundle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts")
    path = bundle_of(folder, name="big.bundle")
    parts = split(path, 40_000, sender=LAPTOP, out_dir=folder / "out")
    return folder, path, parts


def test_split_sizes_and_names(split_bundle):
    _, path, parts = split_bundle
    assert len(parts) == 4
    assert all(p.stat().st_size <= 40_000 for p in parts)
    assert [p.name for p in parts] == [f"big.bundle.part0{i}of04" for i in range(1, 5)]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(order=st.permutations(range(4)), repeat=st.lists(st.integers(0, 3), max_size=2))
def test_parts_rejoin_in_any_order(tmp_path, split_bundle, order, repeat):
    _, _, parts = split_bundle
    given_parts = [parts[i] for i in order] + [parts[i] for i in repeat]
    assert read(given_parts, tmp_path) == PAYLOAD
    assert list((tmp_path / "tmp").iterdir()) == []


def test_joined_parts_are_named_after_the_bundle(tmp_path, split_bundle):
    _, _, parts = split_bundle
    error = refused(parts, tmp_path, keys=OTHER)
    assert error.code == "not-addressed"
    assert str(error).startswith("big.bundle (joined from its parts) is not addressed")


def test_show_prints_the_header_and_offset(tmp_path, pristine, capsys):
    path = tmp_path / "s.bundle"
    path.write_bytes(pristine)
    assert container.main(["show", str(path)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["ciphertext_offset"] == layout_bytes(pristine)[1]
    assert shown["header"]["sender"] == LAPTOP.node_id
    path.write_bytes(b"hello")
    assert container.main(["show", str(path)]) == 3
    assert "rejected: s.bundle is not a GLO.ACT Field bundle" in capsys.readouterr().err


def test_a_bundle_that_fits_is_not_split(tmp_path):
    path = bundle_of(tmp_path, b"small")
    assert split(path, 10_000_000, sender=LAPTOP) == [path]
    with pytest.raises(ValueError, match="too small"):
        split(bundle_of(tmp_path, PAYLOAD, name="b2"), 1500, sender=LAPTOP)
    with pytest.raises(BundleError):  # only one's own bundle is split (and re-signed)
        split(path, 2000, sender=OTHER)


def test_missing_part_is_named(tmp_path, split_bundle):
    _, _, parts = split_bundle
    error = refused([parts[0], parts[2], parts[3]], tmp_path)
    bundle_id = header_of(split_bundle[1])["bundle_id"]
    assert error.code == "part-missing"
    assert str(error) == f"part 2 of 4 of bundle {bundle_id} is missing"
    error = refused([parts[3]], tmp_path)
    assert str(error) == f"parts 1, 2, 3 of 4 of bundle {bundle_id} are missing"


def test_part_of_another_bundle_is_named(tmp_path, split_bundle):
    _, _, parts = split_bundle
    other = bundle_of(tmp_path, os.urandom(100_000), name="other.bundle")
    others = split(other, 40_000, sender=LAPTOP, out_dir=tmp_path / "o")
    error = refused([parts[0], parts[1], others[2], parts[2], parts[3]], tmp_path)
    assert error.code == "part-foreign"
    other_id = header_of(other)["bundle_id"]
    assert f"other.bundle.part03of03 is part 3 of 3 of bundle {other_id}" in str(error)


def test_parts_of_two_splits_of_one_bundle_disagree(tmp_path, split_bundle):
    _, path, parts = split_bundle
    finer = split(path, 20_000, sender=LAPTOP, out_dir=tmp_path / "fine")
    error = refused([parts[0], finer[1]], tmp_path)
    assert error.code == "part-mismatch"


def test_tampered_or_truncated_part_refused(tmp_path, split_bundle):
    _, _, parts = split_bundle
    for position in (5, 60, 300, parts[1].stat().st_size - 1):
        raw = bytearray(parts[1].read_bytes())
        raw[position] ^= 0x10
        bad = tmp_path / parts[1].name
        bad.write_bytes(raw)
        error = refused([parts[0], bad, parts[2], parts[3]], tmp_path)
        assert error.code in {"bad-signature", "hash-mismatch", "unknown-sender", "bad-header",
                              "not-a-bundle", "newer-format"}
    bad.write_bytes(parts[1].read_bytes()[:-10])
    assert refused([parts[0], bad, parts[2], parts[3]], tmp_path).code == "truncated"


def test_part_from_unknown_sender_and_mixed_input(tmp_path, split_bundle):
    _, path, parts = split_bundle
    assert refused(parts, tmp_path, trust=Trust([HQ.public])).code == "unknown-sender"
    assert refused([path, parts[0]], tmp_path).code == "part-mismatch"


def test_an_inbox_folder_is_grouped_into_bundles(tmp_path, split_bundle):
    _, path, parts = split_bundle
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    whole = bundle_of(inbox, b"small", name="a.bundle")
    for part in parts[1:]:
        shutil.copy(part, inbox)
    (inbox / "notes.txt").write_text("hello")
    groups = group_files(sorted(inbox.iterdir()), TRUST)
    by_kind = {(g.bundle_id is not None, g.error is not None): g for g in groups}
    assert by_kind[(False, False)].paths == (whole,)
    assert by_kind[(False, True)].error.code == "not-a-bundle"
    part_group = by_kind[(True, False)]
    assert part_group.bundle_id == header_of(path)["bundle_id"]
    assert len(part_group.paths) == 3
    assert refused(list(part_group.paths), tmp_path).code == "part-missing"
    shutil.copy(parts[0], inbox)
    groups = group_files(sorted(inbox.iterdir()), TRUST)
    [complete] = [g for g in groups if g.bundle_id]
    assert read(list(complete.paths), tmp_path) == PAYLOAD


# -- compression ---------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=20_000))
def test_inflate_inverts_deflate_and_gzip(data):
    packed = io.BytesIO()
    deflate(io.BytesIO(data), packed)
    out = io.BytesIO()
    assert inflate(io.BytesIO(packed.getvalue()), out) == len(data)
    assert out.getvalue() == data
    out = io.BytesIO()
    inflate(io.BytesIO(gzip.compress(data)), out)
    assert out.getvalue() == data


def test_inflate_caps_a_bomb():
    bomb = zlib.compress(b"\0" * (200 * 1024 * 1024), 9)  # 200 MiB of zeros in ~200 KiB
    sink = io.BytesIO()
    with pytest.raises(BundleError, match="decompression bomb") as caught:
        inflate(io.BytesIO(bomb), sink)
    assert caught.value.code == "too-large"
    assert sink.tell() < 64 * 1024 * 1024
    with pytest.raises(BundleError, match="exceeds the limit"):
        inflate(io.BytesIO(zlib.compress(os.urandom(300_000))), io.BytesIO(), max_size=100_000)


def test_inflate_refuses_truncated_trailing_and_damaged_streams():
    packed = zlib.compress(os.urandom(100_000))
    with pytest.raises(BundleError, match="ends early"):
        inflate(io.BytesIO(packed[:-5]), io.BytesIO())
    with pytest.raises(BundleError, match="after the compressed payload"):
        inflate(io.BytesIO(packed + b"junk"), io.BytesIO())
    with pytest.raises(BundleError, match="after the compressed payload"):
        inflate(io.BytesIO(gzip.compress(b"a") + gzip.compress(b"b")), io.BytesIO())
    with pytest.raises(BundleError, match="damaged"):
        inflate(io.BytesIO(b"\x78\x9c" + os.urandom(200)), io.BytesIO())


def test_compressed_payload_through_a_bundle(tmp_path):
    text = json.dumps([{"id": i, "name": "training"} for i in range(20_000)]).encode()
    packed = io.BytesIO()
    deflate(io.BytesIO(text), packed)
    path = tmp_path / "z.bundle"
    write_bundle(packed.getvalue(), path, sender=LAPTOP, recipients=[HQ.public],
                 payload_encoding="zlib")
    with open_bundle(path, HQ, TRUST, tmp_dir=tmp_path) as opened, opened.open() as handle:
        assert opened.header.payload_encoding == "zlib"
        out = io.BytesIO()
        inflate(handle, out)
    assert out.getvalue() == text


# -- interoperability: Debian's age tool is HQ's recovery path ----------------------------------


@pytest.mark.skipif(shutil.which("age") is None,
                    reason="Debian's `age` tool is not installed (`make test` installs it with "
                           "apt-get when run as root)")
def test_age_cli_decrypts_the_payload_with_hqs_identity_file(tmp_path):
    hq_dir = tmp_path / "hq-data"
    save_keys(HQ, hq_dir)
    laptop_dir = tmp_path / "laptop-data"
    save_keys(LAPTOP, laptop_dir)
    path = bundle_of(tmp_path)
    identity = hq_dir / "keys" / "age-identity.txt"
    env = {**os.environ, "PYTHONPATH": str(Path(container.__file__).parents[2])}

    # 1. the app's own extractor, verifying the signature with the laptop's public file
    extracted = tmp_path / "payload.age"
    done = subprocess.run([sys.executable, "-m", "glo_act_desktop.sync.container",
                           "extract-payload", str(path), str(extracted),
                           "--sender", str(laptop_dir / "keys" / "node.json")],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "payload.bin"
    done = subprocess.run(["age", "-d", "-i", str(identity), "-o", str(out), str(extracted)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == PAYLOAD

    # 2. without the app at all: the documented offset, with standard tools
    script = textwrap.dedent(f"""
        set -euo pipefail
        H=$(od -An -tu1 -j42 -N4 '{path}' | awk '{{print $1*16777216 + $2*65536 + $3*256 + $4}}')
        tail -c +$((46 + H + 64 + 1)) '{path}' | age -d -i '{identity}' > '{tmp_path}/shell.bin'
    """)
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shell.bin").read_bytes() == PAYLOAD

    # and the laptop's own identity cannot open what it sent
    done = subprocess.run(["age", "-d", "-i", str(laptop_dir / "keys" / "age-identity.txt"),
                           str(extracted)], capture_output=True)
    assert done.returncode != 0


def test_extract_payload_refuses_a_damaged_or_forged_bundle(tmp_path, pristine):
    path = tmp_path / "d.bundle"
    raw = bytearray(pristine)
    raw[-100] ^= 1
    path.write_bytes(raw)
    with pytest.raises(BundleError, match="hash mismatch"):
        extract_payload(path, tmp_path / "x.age")
    path.write_bytes(pristine)
    with pytest.raises(BundleError) as caught:
        extract_payload(path, tmp_path / "x.age", sender=OTHER.public)
    assert caught.value.code == "unknown-sender"
    assert container.main(["extract-payload", str(path), str(tmp_path / "y.age")]) == 0
    assert (tmp_path / "y.age").read_bytes().startswith(b"age-encryption.org/v1\n")


# -- memory --------------------------------------------------------------------------------------


MEMORY_SCRIPT = """
import os, resource, sys, tracemalloc
from pathlib import Path
from glo_act_desktop.sync.container import Trust, open_bundle, write_bundle
from glo_act_desktop.sync.keys import NodeKeys
folder = Path(sys.argv[1]); size = int(sys.argv[2])
sender, hq = NodeKeys.generate("laptop"), NodeKeys.generate("hq")
source = folder / "plain.bin"
with open(source, "wb") as handle:
    for _ in range(size // (1 << 20)):
        handle.write(os.urandom(1 << 20))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
with open(source, "rb") as handle:
    write_bundle(handle, folder / "big.bundle", sender=sender, recipients=[hq.public])
with open_bundle(folder / "big.bundle", hq, Trust([sender.public]), tmp_dir=folder) as opened:
    same = opened.payload_path.stat().st_size == size
peak = tracemalloc.get_traced_memory()[1]
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
print(same, peak, grown * (1 if sys.platform == "darwin" else 1024))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource module")
def test_fifty_megabytes_stream_through_in_little_memory(tmp_path):
    size = 50 * 1024 * 1024
    env = {**os.environ, "PYTHONPATH": str(Path(container.__file__).parents[2])}
    done = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(tmp_path), str(size)],
                          capture_output=True, text=True, env=env, check=True)
    same, peak, grown = done.stdout.split()
    assert same == "True"
    assert int(peak) < 4 * 1024 * 1024, f"Python allocations peaked at {peak} bytes"
    assert int(grown) < 16 * 1024 * 1024, f"resident memory grew by {grown} bytes"
