"""Bad bundles through the real import path (services.sync.import_bundles at HQ, from an enrolled
laptop): each kind is refused with its own stable code and one clear line, the database is left
exactly as it was, and the file is copied to sync/quarantine with its reason beside it. A good
bundle still imports afterwards (nothing was poisoned), in parts given in any order.

Container-level checks are in test_sync_container.py; these build on them end to end. Payload
attacks are crafted the way a buggy or stolen laptop could: decrypt a real bundle with HQ's keys,
change its lines, and seal it again with the laptop's own keys (so signature and hash are good).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import struct
import time
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from glo_act_desktop.services import sync
from glo_act_desktop.services.records import save_record
from glo_act_desktop.sync import columns as colspec
from glo_act_desktop.sync.container import (
    BUNDLE_MAGIC, FRAME, SIGNATURE_SIZE, Trust, inflate, open_bundle, split, write_bundle,
)
from glo_act_desktop.sync.keys import NodeKeys, load_keys
from glo_act_desktop.sync.payload import PayloadWriter

from tests.factories import consultation, training
from tests.sync_helpers import Network, Node

BLOB = os.urandom(150_000)  # incompressible: the good bundle spans several 64 KiB age chunks
BLOB_SHA = hashlib.sha256(BLOB).hexdigest()
PART_SIZE = 60_000


# -- the world: HQ, an enrolled laptop already synced once, a revoked one, a newcomer ----------


@dataclass
class World:
    net: Network
    hq: Node
    laptop: Node
    hq_keys: NodeKeys
    laptop_keys: NodeKeys
    enrolment: dict[str, Any]
    template: list[dict[str, Any]]  # header line and rows of the laptop's second bundle
    good_lines: list[dict[str, Any]]  # the template plus an attachment row and its file
    good: Path  # good_lines sealed by the laptop: imported only at the very end
    good_raw: bytes
    revoked_bundle: Path
    newcomer: Node
    newcomer_lines: list[dict[str, Any]]
    work: Path
    fresh: set[str]  # ids of the template's rows that HQ does not hold yet
    lk_record: str  # a consultation of Sri Lanka at HQ (from an LK laptop)

    @property
    def quarantine(self) -> Path:
        return self.hq.ctx.data_dir.quarantine


def decrypted_lines(path: Path, hq_keys: NodeKeys, sender: NodeKeys, tmp: Path) -> list[dict]:
    """The payload lines of a bundle, read with HQ's keys, without the end marker."""
    with open_bundle(path, hq_keys, Trust([sender.public]), tmp_dir=tmp) as opened, \
            opened.open() as handle:
        out = io.BytesIO()
        inflate(handle, out)
    lines = [json.loads(raw) for raw in out.getvalue().splitlines()]
    assert lines[-1] == {"end": len(lines) - 1}
    return lines[:-1]


def compress(lines: list[dict | bytes], *, end: bool | bytes = True) -> bytes:
    """A zlib payload: dicts as the exporter writes them (PayloadWriter), bytes lines verbatim;
    `end`: True for the proper end marker, False for none, or the raw bytes of a last line."""
    if end is True and all(isinstance(line, dict) for line in lines):
        buffer = io.BytesIO()
        writer = PayloadWriter(buffer)
        for line in lines:
            writer.write(line)
        writer.finish()
        return buffer.getvalue()
    data = b"".join((line if isinstance(line, bytes) else
                     json.dumps(line, separators=(",", ":"), ensure_ascii=False).encode())
                    + b"\n" for line in lines)
    if end is True:
        data += json.dumps({"end": len(lines)}).encode() + b"\n"
    elif end:
        data += end
    return zlib.compress(data)


def seal(world: World, name: str, payload: bytes, *, keys: NodeKeys | None = None,
         recipients: list | None = None, enrolment: dict | None = None,
         encoding: str = "zlib") -> Path:
    """Seal a payload as a laptop's export does: signed by the laptop, encrypted to HQ, carrying
    its enrolment and public keys."""
    path = world.work / name
    write_bundle(payload, path, sender=keys or world.laptop_keys,
                 recipients=recipients or [world.hq_keys.public], payload_encoding=encoding,
                 meta={"enrolment": enrolment or world.enrolment}, introduce=True)
    return path


def layout(raw: bytes) -> tuple[int, int]:
    """(header length, ciphertext offset), as docs/bundle-format.md describes."""
    size = struct.unpack(">I", raw[42:46])[0]
    return size, FRAME.size + size + SIGNATURE_SIZE


def resign(world: World, name: str, header: dict, body: bytes) -> Path:
    """A bundle with this header and ciphertext, correctly signed by the laptop: what a buggy or
    stolen laptop could write."""
    raw = json.dumps(header).encode()
    prefix = FRAME.pack(BUNDLE_MAGIC, 1, world.laptop_keys.public.ed25519_raw, len(raw)) + raw
    path = world.work / name
    path.write_bytes(prefix + world.laptop_keys.sign(prefix) + body)
    return path


def age_chunks(ciphertext: bytes) -> tuple[bytes, list[bytes]]:
    """An age file's header (with its nonce) and its 64 KiB + tag payload chunks."""
    end = ciphertext.index(b"\n", ciphertext.index(b"\n--- ") + 1) + 1 + 16
    body = ciphertext[end:]
    size = 65536 + 16
    return ciphertext[:end], [body[i:i + size] for i in range(0, len(body), size)]


def rows_of(lines: list[dict], table: str) -> list[dict]:
    return [line for line in lines if line.get("t") == table]


def set_value(row: dict, column: str, value: Any) -> None:
    row["d"][colspec.spec(row["t"]).columns.index(column)] = value


def value_of(row: dict, column: str) -> Any:
    return row["d"][colspec.spec(row["t"]).columns.index(column)]


def attachment_row(template: list[dict], sha: str, size: int) -> dict:
    parent = rows_of(template, "consultations")[0]
    values = {"record_kind": "consultations", "record_id": parent["id"],
              "file_name": "attendance sheet.pdf", "sha256": sha, "size": size,
              "media_type": "application/pdf"}
    for column in ("created_at", "created_by", "updated_at", "updated_by"):
        values[column] = value_of(parent, column)
    return {"t": "attachments", "id": str(uuid.uuid4()), "cl": 1, "s": copy.deepcopy(parent["s"]),
            "d": [values[c] for c in colspec.spec("attachments").columns]}


def blob_line(sha: str, data: bytes, size: int | None = None) -> dict:
    return {"blob": sha, "size": len(data) if size is None else size, "i": 0,
            "data": base64.b64encode(data).decode("ascii")}


def exported_lines(net: Network, laptop: Node, hq_keys: NodeKeys, tmp: Path) -> list[dict]:
    path = net.up(laptop)
    return decrypted_lines(path, hq_keys, load_keys(laptop.ctx.data_dir), tmp)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("bad-bundles")
    net = Network(root)
    hq_keys = load_keys(net.hq.ctx.data_dir)
    laptop = net.laptop("np-1", "NP")
    save_record(laptop.ctx, consultation())
    [first] = net.hq.import_(net.up(laptop))  # HQ holds data and knows the laptop's key now
    assert first.ok, first.error
    save_record(laptop.ctx, consultation(title="Second meeting", place="Pokhara"))
    save_record(laptop.ctx, training(country="NP", programme="GLOACT-SA"))
    template = exported_lines(net, laptop, hq_keys, root / "tmp")
    assert template[0]["bundle_seq"] == 2
    assert {row["t"] for row in template[1:]} >= {"consultations", "trainings"}

    # a second laptop, synced once, then revoked (stolen): its next bundle is refused
    stolen = net.laptop("np-2", "NP")
    save_record(stolen.ctx, consultation(title="On the stolen laptop"))
    [outcome] = net.hq.import_(net.up(stolen))
    assert outcome.ok, outcome.error
    sync.hq_revoke(net.hq.ctx, "np-2")
    save_record(stolen.ctx, consultation(title="Written by the thief"))
    revoked_bundle = net.up(stolen)

    # an enrolled laptop whose first bundle (its introduction) has not arrived yet
    newcomer = net.laptop("np-9", "NP")
    save_record(newcomer.ctx, consultation(title="First contact"))
    newcomer_lines = exported_lines(net, newcomer, hq_keys, root / "tmp")

    # a laptop of another country, synced once: HQ holds an LK record
    lk = net.laptop("lk-1", "LK")
    save_record(lk.ctx, consultation(country="LK", title="Colombo meeting", place="Galle"))
    [outcome] = net.hq.import_(net.up(lk))
    assert outcome.ok, outcome.error

    work = root / "crafted"
    work.mkdir()
    w = World(net, net.hq, laptop, hq_keys, load_keys(laptop.ctx.data_dir),
              json.loads(laptop.ctx.settings()["enrolment"]), template, [], work / "x", b"",
              revoked_bundle, newcomer, newcomer_lines, work, set(), "")
    with sqlite3.connect(net.hq.ctx.data_dir.database) as connection:
        w.fresh = {line["id"] for line in template if "t" in line and not connection.execute(
            f'SELECT 1 FROM "{line["t"]}" WHERE id = ?', (line["id"],)).fetchone()}
        [(w.lk_record,)] = connection.execute(
            "SELECT id FROM consultations WHERE country = 'LK'").fetchall()
    connection.close()
    assert w.fresh
    # within each table, the rows HQ does not hold yet first: what `first_row` changes is new
    tables = {t: i for i, t in enumerate(dict.fromkeys(line["t"] for line in template[1:]))}
    template[1:] = sorted(template[1:], key=lambda line: (tables[line["t"]],
                                                          line["id"] not in w.fresh))
    assert all(rows_of(template, t)[0]["id"] in w.fresh for t in tables)
    # good: the template, HQ's own LK consultation relayed unchanged (allowed: it changes
    # nothing), and an attachment of the new consultation with its file
    good = copy.deepcopy(template)
    last = max(i for i, line in enumerate(good) if line.get("t") == "consultations")
    good.insert(last + 1, row_as_stored(net.hq, "consultations", w.lk_record))
    w.good_lines = [*good, attachment_row(template, BLOB_SHA, len(BLOB)),
                    blob_line(BLOB_SHA, BLOB)]
    w.good = seal(w, "good.glo-act-bundle", compress(w.good_lines))
    w.good_raw = w.good.read_bytes()
    _, offset = layout(w.good_raw)
    assert len(age_chunks(w.good_raw[offset:])[1]) >= 3
    yield w
    net.close()


def row_as_stored(node: Node, table: str, row_id: str) -> dict:
    """A row line exactly as `node` holds the row (values and merge state)."""
    names = ", ".join(f'"{c}"' for c in colspec.spec(table).columns)
    with sqlite3.connect(node.ctx.data_dir.database) as connection:
        values = connection.execute(f'SELECT {names} FROM "{table}" WHERE id = ?',
                                    (row_id,)).fetchone()
        cl, state = connection.execute("SELECT cl, state FROM sync_rows WHERE tbl = ? AND "
                                       "row_id = ?", (table, row_id)).fetchone()
    connection.close()
    return {"t": table, "id": row_id, "cl": cl, "s": json.loads(state), "d": list(values)}


def database_digest(world: World) -> dict[str, str]:
    """A SHA-256 of every row of every table of HQ's database (sqlite_master included)."""
    path = world.hq.ctx.data_dir.database
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        digest = {"sqlite_master": hashlib.sha256(repr(connection.execute(
            "SELECT * FROM sqlite_master ORDER BY name").fetchall()).encode()).hexdigest()}
        for name in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"'))
            digest[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return digest
    finally:
        connection.close()


# -- crafting the bad bundles ----------------------------------------------------------------


Craft = Callable[[World], list[Path]]


def raw_file(name: str, make: Callable[[World, bytes], bytes]) -> Craft:
    """A copy of the good bundle's bytes, changed."""
    def craft(world: World) -> list[Path]:
        path = world.work / name
        path.write_bytes(make(world, world.good_raw))
        return [path]
    return craft


def flip(raw: bytes, position: int) -> bytes:
    out = bytearray(raw)
    out[position] ^= 0x04
    return bytes(out)


def resigned_body(name: str, change: Callable[[bytes, list[bytes]], bytes]) -> Craft:
    """The good bundle with its age chunks rearranged, the header honestly re-signed to match."""
    def craft(world: World) -> list[Path]:
        size, offset = layout(world.good_raw)
        header = json.loads(world.good_raw[FRAME.size:FRAME.size + size])
        age_header, chunks = age_chunks(world.good_raw[offset:])
        body = change(age_header, chunks)
        header.update(ciphertext_size=len(body),
                      ciphertext_sha256=hashlib.sha256(body).hexdigest())
        return [resign(world, name, header, body)]
    return craft


def resigned_header(name: str, change: Callable[[dict], None]) -> Craft:
    def craft(world: World) -> list[Path]:
        size, offset = layout(world.good_raw)
        header = json.loads(world.good_raw[FRAME.size:FRAME.size + size])
        change(header)
        return [resign(world, name, header, world.good_raw[offset:])]
    return craft


def recipients(count: int) -> Callable[[dict], None]:
    def change(header: dict) -> None:
        header["recipients"] += [{"node_id": str(uuid.UUID(int=i)),
                                  "age_recipient": header["recipients"][0]["age_recipient"]}
                                 for i in range(count)]
    return change


def lines_changed(name: str, change: Callable[[list[dict]], list[dict | bytes] | None], *,
                  end: bool | bytes = True) -> Craft:
    """The laptop's real payload, changed (in place, or `change` returns the new lines), sealed
    again by the laptop."""
    def craft(world: World) -> list[Path]:
        lines = copy.deepcopy(world.template)
        changed = change(lines)
        return [seal(world, name, compress(lines if changed is None else changed, end=end))]
    return craft


def first_row(table: str, change: Callable[[dict], None]) -> Callable[[list[dict]], None]:
    def apply(lines: list[dict]) -> None:
        change(rows_of(lines, table)[0])
    return apply


def on_line(table: str, raw: Callable[[bytes], bytes]) -> Callable[[list[dict]], list]:
    """Replace the first row of `table` by bytes derived from its JSON text."""
    def apply(lines: list[dict]) -> list:
        index = lines.index(rows_of(lines, table)[0])
        text = json.dumps(lines[index], separators=(",", ":"), ensure_ascii=False).encode()
        changed = raw(text)
        assert changed != text
        return [*lines[:index], changed, *lines[index + 1:]]
    return apply


def number_literal(column: str, literal: bytes) -> Callable[[list[dict]], list]:
    """The first training's `column` written as this JSON literal (NaN, 1e999...)."""
    marker = 123456.789

    def apply(lines: list[dict]) -> list:
        set_value(rows_of(lines, "trainings")[0], column, marker)
        return on_line("trainings", lambda text: text.replace(
            str(marker).encode(), literal, 1))(lines)
    return apply


def future_stamp(row: dict) -> None:
    stamp = row["s"]["v"]["*"][0]
    ahead = int(stamp[:13]) + 400 * 24 * 3_600_000  # the laptop's clock set to next year
    row["s"]["v"]["*"][0] = f"{ahead:013d}{stamp[13:]}"


def with_lines(*extra: Callable[[list[dict]], list[dict]]) -> Callable[[list[dict]], list[dict]]:
    def apply(lines: list[dict]) -> list[dict]:
        for make in extra:
            lines = lines + make(lines)
        return lines
    return apply


def parts_of(world: World, folder: str, created_pause: bool = False) -> list[Path]:
    if created_pause:
        time.sleep(0.01)  # another split, another `created` in every part header
    source = world.work / f"{folder}.glo-act-bundle"
    shutil.copy(world.good, source)
    parts = split(source, PART_SIZE, sender=world.laptop_keys, out_dir=world.work / folder)
    source.unlink()
    assert len(parts) >= 3
    return parts


def parts_dropped(world: World) -> list[Path]:
    parts = parts_of(world, "dropped")
    return [parts[0], *parts[2:]]


def part_duplicated_differently(world: World) -> list[Path]:
    parts = parts_of(world, "dup")
    again = parts_of(world, "dup-again", created_pause=True)
    other = world.work / "dup-again" / "dup-resplit.part02"
    again[1].rename(other)
    return [*parts, other]


def another_hub(world: World) -> list[Path]:
    elsewhere = NodeKeys.generate(str(uuid.uuid4()))  # the HQ of another programme
    return [seal(world, "to-another-hub.glo-act-bundle", compress(world.template),
                 recipients=[elsewhere.public])]


def unknown_signer(world: World) -> list[Path]:
    stranger = NodeKeys.generate(str(uuid.uuid4()))
    return [seal(world, "stranger.glo-act-bundle", compress(world.template), keys=stranger)]


def impostor(world: World) -> list[Path]:
    """New keys claiming the enrolled laptop's id, with its (copied) enrolment."""
    fake = NodeKeys.generate(world.laptop_keys.node_id)
    return [seal(world, "impostor.glo-act-bundle", compress(world.template), keys=fake)]


def revoked(world: World) -> list[Path]:
    return [world.revoked_bundle]


def cloned(world: World) -> list[Path]:
    """Bundle number 1 of the laptop's epoch was imported; this one has the same number and
    epoch but another id and content: a copied data folder on a second laptop."""
    lines = copy.deepcopy(world.template)
    lines[0]["bundle_seq"] = 1
    return [seal(world, "clone.glo-act-bundle", compress(lines))]


def bomb(world: World) -> list[Path]:
    payload = compress([world.template[0], b" " * (40 * 1024 * 1024)])
    assert len(payload) < 100_000
    return [seal(world, "bomb.glo-act-bundle", payload)]


def newcomer_bad(world: World) -> list[Path]:
    """The first bundle of a newly enrolled laptop (its introduction), with a bad row: refused,
    and its key is not remembered (the database digest covers sync_peers)."""
    lines = copy.deepcopy(world.newcomer_lines)
    set_value(rows_of(lines, "consultations")[0], "place", "Kath\x00mandu")
    keys = load_keys(world.newcomer.ctx.data_dir)
    enrolment = json.loads(world.newcomer.ctx.settings()["enrolment"])
    return [seal(world, "newcomer.glo-act-bundle", compress(lines), keys=keys,
                 enrolment=enrolment)]


def fresh_row(world: World, lines: list[dict], table: str) -> dict:
    return next(row for row in rows_of(lines, table) if row["id"] in world.fresh)


def forge_author(world: World, row: dict) -> None:
    """Every stamp of the row now names HQ as its writer, as if the laptop only relayed it."""
    text = json.dumps(row["s"]).replace(world.laptop_keys.node_id, world.hq_keys.node_id)
    assert text != json.dumps(row["s"])
    row["s"] = json.loads(text)


def other_country(forged: bool) -> Craft:
    """A new consultation of Sri Lanka from the Nepal laptop (forged: it and its children
    claim HQ wrote them)."""
    def craft(world: World) -> list[Path]:
        lines = copy.deepcopy(world.template)
        row = fresh_row(world, lines, "consultations")
        set_value(row, "country", "LK")
        if forged:
            for line in lines[1:]:
                if line["id"] == row["id"] or row["id"] in line["d"]:
                    forge_author(world, line)
        return [seal(world, f"country-{forged}.glo-act-bundle", compress(lines))]
    return craft


def child_of_other_country(forged: bool) -> Craft:
    """A new follow-up added by the Nepal laptop to HQ's Sri Lankan consultation."""
    def craft(world: World) -> list[Path]:
        lines = copy.deepcopy(world.template)
        row = fresh_row(world, lines, "follow_ups")
        set_value(row, "consultation_id", world.lk_record)
        if forged:
            forge_author(world, row)
        return [seal(world, f"child-country-{forged}.glo-act-bundle", compress(lines))]
    return craft


def attachment_on_other_country(world: World) -> list[Path]:
    lines = copy.deepcopy(world.template)
    row = attachment_row(lines, BLOB_SHA, len(BLOB))
    set_value(row, "record_id", world.lk_record)
    return [seal(world, "att-country.glo-act-bundle",
                 compress([*lines, row, blob_line(BLOB_SHA, BLOB)]))]


def oversized_ciphertext_claim(header: dict) -> None:
    header["ciphertext_size"] = 2**40


CASES: list[tuple[str, Craft, str, str]] = [
    # truncated anywhere
    ("empty-file", raw_file("empty.glo-act-bundle", lambda w, r: b""),
     "truncated", "is empty"),
    ("header-only", raw_file("header-only.glo-act-bundle", lambda w, r: r[:FRAME.size
                                                                          + layout(r)[0]]),
     "truncated", "ends inside the signature"),
    ("cut-mid-chunk", raw_file("mid-chunk.glo-act-bundle",
                               lambda w, r: r[:layout(r)[1] + 65536 + 777]),
     "truncated", "ciphertext bytes"),
    ("last-chunk-missing", raw_file("last-chunk.glo-act-bundle", lambda w, r: r[:len(r) - len(
        age_chunks(r[layout(r)[1]:])[1][-1])]), "truncated", "ciphertext bytes"),
    ("age-last-chunk-dropped-resigned",
     resigned_body("age-dropped.glo-act-bundle", lambda h, c: h + b"".join(c[:-1])),
     "decrypt-failed", "cannot decrypt"),
    ("age-chunk-duplicated-resigned",
     resigned_body("age-dup.glo-act-bundle", lambda h, c: h + c[0] + b"".join(c)),
     "decrypt-failed", "cannot decrypt"),
    ("compressed-payload-cut", lambda w: [seal(w, "zcut.glo-act-bundle",
                                               compress(w.template)[:-20])],
     "truncated", "the compressed payload ends early"),
    ("odd-file-name", raw_file("odd\nname\r\n.glo-act-bundle", lambda w, r: b""),
     "truncated", "odd name"),
    ("trailing-bytes", raw_file("trailing.glo-act-bundle", lambda w, r: r + b"\n"),
     "trailing-data", "unexpected bytes at its end"),
    # a flipped bit
    ("bit-flipped-in-header", raw_file("flip-header.glo-act-bundle",
                                       lambda w, r: flip(r, FRAME.size + 20)),
     "bad-signature", "bad signature"),
    ("bit-flipped-in-ciphertext", raw_file("flip-cipher.glo-act-bundle",
                                           lambda w, r: flip(r, len(r) - 1000)),
     "hash-mismatch", "is not what its sender signed"),
    ("bit-flipped-in-signature", raw_file("flip-signature.glo-act-bundle",
                                          lambda w, r: flip(r, layout(r)[1] - 10)),
     "bad-signature", "bad signature"),
    # who wrote it, for whom
    ("unknown-signer", unknown_signer, "unknown-sender", "has not accepted"),
    ("impostor-with-copied-enrolment", impostor, "unknown-sender", "has not accepted"),
    ("revoked-signer", revoked, "revoked-sender", "revoked node"),
    ("addressed-to-another-hub", another_hub, "not-addressed", "not addressed to this node"),
    ("cloned-laptop-same-seq", cloned, "cloned-sender",
     "already sent bundle number 1 with other content"),
    # parts of a --max-size split
    ("part-dropped", parts_dropped, "part-missing", "is missing"),
    ("part-duplicated-with-other-content", part_duplicated_differently, "part-mismatch",
     "but differ"),
    # sizes
    ("huge-header-length", raw_file("huge-header.glo-act-bundle",
                                    lambda w, r: r[:42] + struct.pack(">I", 2**32 - 1) + r[46:]),
     "too-large", "header of 4294967295 bytes exceeds"),
    ("thousands-of-recipients", resigned_header("recipients-3000.glo-act-bundle",
                                                recipients(3000)),
     "too-large", "exceeds the limit of 65536"),
    ("too-many-recipients", resigned_header("recipients-40.glo-act-bundle", recipients(40)),
     "bad-header", "recipients must be a list of 1 to 16"),
    ("huge-ciphertext-claim", resigned_header("huge-claim.glo-act-bundle",
                                              oversized_ciphertext_claim),
     "too-large", "ciphertext of 1099511627776 bytes exceeds the limit"),
    ("decompression-bomb", bomb, "too-large", "decompression bomb"),
    # what the payload carries
    ("not-zlib", lambda w: [seal(w, "raw.glo-act-bundle", compress(w.template), encoding="raw")],
     "bad-payload", "is not zlib"),
    ("unknown-table-in-header", lines_changed(
        "table-header.glo-act-bundle",
        lambda lines: lines[0]["columns"].update(secrets=["a", "b"])),
     "unknown-table", "carries table 'secrets'"),
    ("unknown-table-with-a-long-multi-line-name", lines_changed(
        "table-newline.glo-act-bundle",
        lambda lines: lines[0]["columns"].update({"evil\n" * 3000: []})),
     "unknown-table", "carries table 'evil"),
    ("unknown-columns-not-a-list", lines_changed(
        "columns-text.glo-act-bundle",
        lambda lines: lines[0]["columns"].update(trainings="a\nb" * 3000)),
     "unknown-column", "the bundle's columns of trainings are not this app's"),
    ("unknown-columns-not-names", lines_changed(
        "columns-objects.glo-act-bundle",
        lambda lines: lines[0]["columns"].update(trainings=[{"a": 1}, ["b"]])),
     "unknown-column", "the bundle's columns of trainings are not this app's"),
    ("unknown-table-in-row", lines_changed(
        "table-row.glo-act-bundle",
        first_row("trainings", lambda row: row.update(t="users"))),
     "unknown-table", "table 'users' is not among the bundle's tables"),
    ("unknown-column", lines_changed(
        "column.glo-act-bundle",
        lambda lines: lines[0]["columns"]["consultations"].append("salary")),
     "unknown-column", "unknown: ['salary']"),
    ("unknown-column-in-state", lines_changed(
        "column-state.glo-act-bundle",
        first_row("consultations", lambda row: row["s"]["v"].update(
            salary=row["s"]["v"]["*"]))),
     "unknown-column", "version of unknown column 'salary'"),
    ("wrong-type", lines_changed(
        "type.glo-act-bundle",
        first_row("consultations", lambda row: set_value(row, "participants_female", "seven"))),
     "bad-value", "participants_female is str, not a whole number"),
    ("wrong-number-of-values", lines_changed(
        "values.glo-act-bundle", first_row("consultations", lambda row: row["d"].pop())),
     "bad-row", "17 values for 18 columns"),
    ("nan", lines_changed("nan.glo-act-bundle", number_literal("pre_test_avg", b"NaN")),
     "bad-payload", "NaN is not a JSON number"),
    ("infinite-number", lines_changed("inf.glo-act-bundle",
                                      number_literal("pre_test_avg", b"1e999")),
     "bad-value", "pre_test_avg is not a finite number"),
    ("number-beyond-floats", lines_changed(
        "huge-float.glo-act-bundle", number_literal("pre_test_avg", b"1" + b"0" * 400)),
     "bad-value", "pre_test_avg is a number too large"),
    ("number-beyond-64-bits", lines_changed(
        "huge-int.glo-act-bundle", number_literal("pre_test_avg", b"-1" + b"0" * 30)),
     "bad-value", "pre_test_avg is a number too large"),
    ("number-beyond-floats-in-an-open-conflict", lines_changed(
        "huge-loser.glo-act-bundle",
        first_row("trainings", lambda row: row["s"].update(
            x={"pre_test_avg": [[10**400, row["s"]["v"]["*"][0], []]]}))),
     "bad-value", "too large"),
    ("nul-byte", lines_changed(
        "nul.glo-act-bundle",
        first_row("consultations", lambda row: set_value(row, "title", "Meeting\x00on"))),
     "bad-value", "title holds a NUL character"),
    ("invalid-utf8", lines_changed(
        "utf8.glo-act-bundle",
        lambda lines: on_line("consultations", lambda text: text.replace(
            b"MARKER", b"Pokh\xff\xfeara"))(first_row("consultations", lambda row: set_value(
                row, "place", "MARKER"))(lines) or lines)),
     "bad-payload", "is not valid UTF-8"),
    ("oversized-text", lines_changed(
        "long.glo-act-bundle",
        first_row("consultations", lambda row: set_value(row, "summary", "x" * 100_001))),
     "bad-value", "summary is 100,001 characters long; the limit is 100,000"),
    ("oversized-line", lines_changed(  # incompressible, or it would be a bomb
        "longline.glo-act-bundle",
        first_row("consultations", lambda row: set_value(
            row, "summary", base64.b64encode(os.urandom(3_300_000)).decode()))),
     "bad-payload", "is longer than 4,194,304 bytes"),
    ("clock-far-in-the-future", lines_changed(
        "clock.glo-act-bundle", first_row("consultations", future_stamp)),
     "clock-ahead", "hours ahead of this computer's"),
    ("forged-causal-length", lines_changed(
        "cl.glo-act-bundle", first_row("consultations", lambda row: row.update(cl=5001))),
     "forged-cl", "causal length 5001 is far beyond this copy's 1: forged"),
    ("causal-length-not-a-count", lines_changed(
        "cl0.glo-act-bundle", first_row("trainings", lambda row: row.update(cl=0))),
     "forged-cl", "causal length 0 is not a positive count"),
    ("causal-length-of-400-digits", lines_changed(  # named, but not quoted whole
        "cl400.glo-act-bundle", first_row("trainings", lambda row: row.update(cl=10**400))),
     "forged-cl", "causal length 1000000"),
    ("another-countrys-record", lines_changed(
        "country.glo-act-bundle",
        first_row("consultations", lambda row: set_value(row, "country", "LK"))),
     "not-allowed", "a laptop of NP changed a record of LK"),
    ("another-countrys-record-with-forged-author", other_country(forged=True),
     "not-allowed", "may only write its own country's"),
    ("child-row-on-another-countrys-record", child_of_other_country(forged=False),
     "not-allowed", "a laptop of NP changed a record of LK"),
    ("child-row-on-another-countrys-record-with-forged-author",
     child_of_other_country(forged=True), "not-allowed", "may only write its own country's"),
    ("reference-data-from-a-laptop", lines_changed(
        "reference.glo-act-bundle",
        lambda lines: [lines[0], {"ref": "countries", "d": ["NP", "Nepal (renamed)"]},
                       *lines[1:]]),
     "not-allowed", "reference data comes from HQ only"),
    ("attachment-on-another-countrys-record", attachment_on_other_country,
     "not-allowed", "a laptop of NP changed a record of LK"),
    ("child-row-of-no-record", lines_changed(
        "orphan.glo-act-bundle",
        first_row("follow_ups", lambda row: set_value(row, "consultation_id",
                                                      str(uuid.UUID(int=7))))),
     "bad-row", "which is neither in the bundle nor here"),
    ("code-this-node-does-not-know", lines_changed(
        "code.glo-act-bundle",
        first_row("consultations", lambda row: set_value(row, "type", "coffee_morning"))),
     "bad-value", "code this node does not know"),
    ("impossible-date", lines_changed(
        "date.glo-act-bundle",
        first_row("consultations", lambda row: set_value(row, "date", "2025-02-30"))),
     "bad-value", "date is not a date like 2025-03-14"),
    ("malformed-row-id", lines_changed(
        "row-id.glo-act-bundle", first_row("trainings", lambda row: row.update(id="../x"))),
     "bad-row", "the row id is malformed"),
    ("malformed-merge-state", lines_changed(
        "state.glo-act-bundle", first_row("trainings", lambda row: row.update(s={"v": {}}))),
     "bad-row", "the merge state is malformed"),
    ("first-bundle-of-a-new-laptop-with-a-bad-row", newcomer_bad,
     "bad-value", "place holds a NUL character"),
    # attachments
    ("attachment-missing", lines_changed(
        "att-missing.glo-act-bundle",
        with_lines(lambda lines: [attachment_row(lines, hashlib.sha256(b"gone").hexdigest(),
                                                 4)])),
     "bad-attachment", "is neither in the bundle nor here (missing)"),
    ("attachment-extra", lines_changed(
        "att-extra.glo-act-bundle",
        with_lines(lambda lines: [blob_line(hashlib.sha256(b"stowaway").hexdigest(),
                                            b"stowaway")])),
     "bad-attachment", "belongs to no attachment in the bundle (extra)"),
    ("attachment-wrong-hash", lines_changed(
        "att-hash.glo-act-bundle",
        with_lines(lambda lines: [attachment_row(lines, BLOB_SHA, len(BLOB)),
                                  blob_line(BLOB_SHA, BLOB[:-1] + b"!")])),
     "bad-attachment", "does not match its SHA-256"),
    ("attachment-path-outside-the-store", lines_changed(  # HQ's private key, read on export
        "att-path.glo-act-bundle",
        with_lines(lambda lines: [attachment_row(lines, "../keys/age-identity.txt", 10)])),
     "bad-value", "sha256 is not"),
    ("attachment-cut-short", lines_changed(
        "att-short.glo-act-bundle",
        with_lines(lambda lines: [attachment_row(lines, BLOB_SHA, len(BLOB)),
                                  blob_line(BLOB_SHA, BLOB[:1000], size=len(BLOB))])),
     "bad-attachment", "is cut short"),
    ("payload-names-another-sender", lines_changed(
        "sender.glo-act-bundle", lambda lines: lines[0].update(sender=str(uuid.uuid4()))),
     "bad-payload", "names another sender than the signed header"),
    ("unknown-payload-version", lines_changed(
        "version.glo-act-bundle", lambda lines: lines[0].update(version="v2\n" * 500)),
     "bad-payload", "unknown sync payload version 'v2"),
    ("payload-without-its-header", lines_changed(
        "headless.glo-act-bundle", lambda lines: lines[1:]),
     "bad-payload", "is not a GLO.ACT Field sync payload"),
    ("empty-payload", lines_changed("empty-payload.glo-act-bundle", lambda lines: []),
     "bad-payload", "the payload is empty"),
    ("line-not-an-object", lines_changed(
        "array.glo-act-bundle", lambda lines: [*lines, b"[1, 2]"]),
     "bad-payload", "is not a JSON object"),
    ("deeply-nested-line", lines_changed(
        "nested.glo-act-bundle", lambda lines: [*lines, b"[" * 200_000 + b"]" * 200_000]),
     "bad-payload", "is not JSON"),
    ("key-twice-in-a-line", lines_changed(
        "key-twice.glo-act-bundle",
        on_line("trainings", lambda text: text.replace(b'{"t":"trainings",',
                                                       b'{"t":"trainings","t":"trainings",'))),
     "bad-payload", "a key appears twice"),
    ("not-a-bundle", raw_file("minutes.pdf", lambda w, r: b"%PDF-1.7\n" + os.urandom(3000)),
     "not-a-bundle", "minutes.pdf is not a GLO.ACT Field bundle"),
    # the end of the payload
    ("end-marker-missing", lines_changed("no-end.glo-act-bundle", lambda lines: None, end=False),
     "bad-payload", "ends without its end marker"),
    ("lines-after-end-marker", lines_changed(
        "after-end.glo-act-bundle",
        lambda lines: [*lines, {"end": len(lines)}, b'{"t":"consultations"}'], end=False),
     "bad-payload", "data after the end marker"),
    ("end-marker-miscounts", lines_changed(
        "miscount.glo-act-bundle", lambda lines: [*lines, {"end": 99}], end=False),
     "bad-payload", "the end marker counts 99 lines"),
    # rows
    ("row-twice", lines_changed(
        "twice.glo-act-bundle",
        lambda lines: [lines[0], lines[1], *lines[1:]]),
     "bad-row", "the row appears twice"),
    ("table-rows-split-up", lines_changed(
        "split-up.glo-act-bundle",
        lambda lines: [lines[0], *rows_of(lines, "consultations")[:1],
                       *rows_of(lines, "trainings"), *rows_of(lines, "consultations")[1:]]
        if len(rows_of(lines, "consultations")) > 1 else None),
     "bad-payload", "must come together"),
]


def quarantined(world: World, path: Path) -> tuple[Path, Path]:
    """The quarantine copy of `path` and its reason file."""
    named = re.compile(r"\d{8}-\d{6}-(\d+-)?" + re.escape(path.name))
    copies = [p for p in world.quarantine.iterdir() if named.fullmatch(p.name)]
    assert len(copies) == 1, (path.name, sorted(p.name for p in world.quarantine.iterdir()))
    return copies[0], copies[0].parent / (copies[0].name + ".reason.txt")


@pytest.mark.parametrize(("craft", "code", "fragment"),
                         [pytest.param(craft, code, fragment, id=name)
                          for name, craft, code, fragment in CASES])
def test_bad_bundle_is_refused_and_quarantined(world, craft, code, fragment):
    files = craft(world)
    contents = [f.read_bytes() for f in files]
    before = database_digest(world)
    outcomes = sync.import_bundles(world.hq.ctx, files)
    after = database_digest(world)

    assert len(outcomes) == 1, [o.describe() for o in outcomes]
    outcome = outcomes[0]
    assert outcome.ok is False, outcome.describe()
    assert outcome.result is None
    assert (outcome.code, fragment in outcome.error) == (code, True), outcome.error
    assert "\n" not in outcome.error and "Traceback" not in outcome.error
    assert 10 < len(outcome.error) < 400, outcome.error
    changed = sorted(table for table in before if before[table] != after.get(table))
    assert before == after, f"the rejected bundle changed {changed}"

    assert not outcome.kept
    reason_text = f"{outcome.code}: {outcome.error}\n"
    for file, content in zip(files, contents):
        copy_, reason = quarantined(world, file)
        assert copy_.read_bytes() == content
        assert reason.read_text("utf-8") == reason_text
        assert file.read_bytes() == content  # the original is copied, not moved or changed
    assert outcome.quarantined is not None and outcome.quarantined.parent == world.quarantine
    leftovers = list((world.hq.ctx.data_dir.root / "sync" / "tmp").glob("*"))
    assert leftovers == [], "a rejected bundle left plaintext behind"
    assert not (world.hq.ctx.data_dir.attachments / BLOB_SHA).exists()


def test_at_least_twenty_distinct_reasons():
    assert len({code for _name, _craft, code, _fragment in CASES}) >= 20


def test_a_newer_payload_format_is_kept_for_a_newer_app_not_quarantined(world):
    lines = copy.deepcopy(world.template)
    lines[0]["version"] = 2
    path = seal(world, "from-the-future.glo-act-bundle", compress(lines))
    before = database_digest(world)
    [outcome] = sync.import_bundles(world.hq.ctx, [path])
    assert (outcome.ok, outcome.code, outcome.kept) == (False, "newer-format", True)
    assert "update the app" in outcome.error
    assert outcome.quarantined is None
    assert not any(path.name in p.name for p in world.quarantine.iterdir())
    assert database_digest(world) == before


# -- and afterwards, nothing is poisoned ---------------------------------------------------------


def rows_new_at_hq(world: World) -> int:
    """The good bundle's rows HQ does not hold yet (the bundle is cumulative: it also carries
    the laptop's first consultation, imported in the fixture)."""
    connection = sqlite3.connect(world.hq.ctx.data_dir.database)
    try:
        return sum(1 for line in world.good_lines if "t" in line
                   and not connection.execute(f'SELECT 1 FROM "{line["t"]}" WHERE id = ?',
                                              (line["id"],)).fetchone())
    finally:
        connection.close()


def rows_in_bundle(world: World) -> int:
    return sum(1 for line in world.good_lines if "t" in line)


def test_dry_run_of_a_good_bundle_reports_counts_and_changes_nothing(world):
    before = database_digest(world)
    quarantine_before = sorted(world.quarantine.iterdir()) if world.quarantine.exists() else []
    new = rows_new_at_hq(world)
    assert 0 < new < rows_in_bundle(world)
    [outcome] = sync.import_bundles(world.hq.ctx, [world.good], dry_run=True)
    assert outcome.ok, outcome.error
    result = outcome.result
    assert result.dry_run and not result.already
    assert result.counts.new == new
    assert result.counts.unchanged == rows_in_bundle(world) - new
    assert result.counts.updated == result.counts.deleted == 0
    assert result.attachments == 1
    assert result.by_table["attachments"] == 1
    assert result.by_table["consultations"] == len(rows_of(world.good_lines, "consultations"))
    assert "would change" in outcome.describe()
    assert database_digest(world) == before
    assert not (world.hq.ctx.data_dir.attachments / BLOB_SHA).exists()
    after = sorted(world.quarantine.iterdir()) if world.quarantine.exists() else []
    assert after == quarantine_before
    assert world.good.read_bytes() == world.good_raw


def test_a_good_bundle_still_imports_after_all_the_rejections_in_parts_any_order(world):
    before = database_digest(world)
    parts = parts_of(world, "good-parts")
    # reordered, and one part received twice (the same file copied into the inbox again):
    # parts re-join in any order and an identical copy is used once
    again = parts[1].parent / "copy-of-part2.part02"
    shutil.copy(parts[1], again)
    given = [*reversed(parts), again]
    new = rows_new_at_hq(world)
    [outcome] = sync.import_bundles(world.hq.ctx, given)
    assert outcome.ok, outcome.error
    result = outcome.result
    assert not result.dry_run and not result.already
    assert result.counts.new == new > 0
    assert rows_new_at_hq(world) == 0
    assert result.attachments == 1
    assert database_digest(world) != before
    stored = world.hq.ctx.data_dir.attachments / BLOB_SHA
    assert stored.read_bytes() == BLOB
    connection = sqlite3.connect(world.hq.ctx.data_dir.database)
    try:
        for table in ("consultations", "trainings", "attachments"):
            for row in rows_of(world.good_lines, table):
                found = connection.execute(f'SELECT count(*) FROM "{table}" WHERE id = ?',
                                           (row["id"],)).fetchone()[0]
                assert found == 1, (table, row["id"])
    finally:
        connection.close()
    # the same bundle again (whole this time) is recognised and changes nothing
    after = database_digest(world)
    [again_outcome] = sync.import_bundles(world.hq.ctx, [world.good])
    assert again_outcome.ok and again_outcome.result.already
    assert database_digest(world) == after
