"""Make the database each schema revision's build would have left: tests/data/schema/NNNN.sqlite3.gz

    .venv/bin/python tests/data/schema/make_fixtures.py 0004      # the new revision's file only

How each file is built
----------------------
1. An empty file is migrated with the app's own migrations up to that revision and no further:
   `upgrade(db, "NNNN")`. Its schema and reference data are then exactly that build's.
2. The records of a Nepal country office's laptop are written into it with plain SQL: one
   INSERT per row, in the stored form that build's write path used (dates as YYYY-MM-DD text,
   instants as ...T..:..:...ffffffZ, amounts as integers of 10^-4 units, lists as "a;b", booleans
   as 0/1, counterpart and institution ids derived from the parent id as `child_id` derives
   them). Nothing here goes through today's services or models, so the rows are what the old
   build wrote, not what today's code would write; revision 0002's triggers fill its search
   index as the app's INSERTs did.
3. What each revision added is written by hand too, as that build wrote it. For 0003: the
   laptop's sync state (one `sync_rows` row per replicated row, with the merge state the change
   capture of 0003 stored for the history below), its enrolment, its HQ peer with acknowledged
   watermarks, the bundle log, a row received from HQ (origin set), and an attachment.

The records (see `office_history`): 18 consultations with counterparts and follow-ups, 10
trainings with institution counts, 6 grants with tranches and reports; titles, places, notes and
organisations in Nepali, Arabic (Gulf employers and ministries), Bengali and English. Each record
is created once; some later lose a child row (kept as a deleted row, as the app keeps it), and
some are deleted: 34 records (5 deleted) and 124 child rows (9 removed) in each file. Ids, times
and numbers come from fixed seeds, so running this again yields the same rows, except the HQ keys
and enrolment signature of 0003, which are made fresh. The output is gzipped (NNNN.sqlite3.gz).

The rule (tests/data/schema/README.md): a file is made once, by the build of its revision, and
never regenerated. A new revision gets a new `make_NNNN` function here (copy the newest one and
add what the new revision stores) and its own file, made by running this script with that
build. tests/test_upgrades.py fails until the file is there.
"""

from __future__ import annotations

import base64
import gzip
import json
import random
import shutil
import sqlite3
import sys
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the checkout, when run as a script

NS = uuid.UUID("6d2c5b0e-8a7f-4c1e-9a55-0f1e2d3c4b5a")  # namespace of the fixtures' ids
DEVICE_NAME = "Kathmandu office laptop"
COUNTRY = "NP"
# The file an 0003 fixture's attachment row names; tests/test_upgrades.py puts it back into the
# data directory's attachments folder (files are not in the database).
ATTACHMENT_BYTES = ("उपस्थिति सूची — Attendance sheet\n"
                    "Pokhara, 2026-11-28: 23 participants (14 F, 9 M)\n").encode("utf-8")


def ident(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(map(str, parts))))


def child_id(parent_id: str, *natural_key: str) -> str:
    """As glo_act_desktop.domain.records.child_id (every revision so far)."""
    return str(uuid.uuid5(uuid.UUID(parent_id), "\x1f".join(natural_key)))


def utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def scaled(amount: str) -> int:
    """An amount in 10^-4 units, as ScaledDecimal stores it."""
    whole, _, frac = amount.partition(".")
    return int(whole) * 10_000 + int((frac + "0000")[:4])


# -- the office's records ---------------------------------------------------------------------

CONSULTATION_TITLES = [
    "मानव बेचबिखन रोकथाम बैठक",                     # meeting on preventing human trafficking
    "वैदेशिक रोजगार सम्बन्धी परामर्श",                 # consultation on foreign employment
    "اجتماع تنسيقي حول حماية العمال المهاجرين",        # coordination on migrant workers (Arabic)
    "সীমান্ত পাচার প্রতিরোধ বিষয়ক সভা",                 # cross-border trafficking (Bengali)
    "National Committee for Controlling Human Trafficking: quarterly session",
    "Review of the Foreign Employment Act amendments",
]
PLACES = ["काठमाडौं", "पोखरा", "विराटनगर", "Nepalgunj", "Birgunj", "धनगढी"]
CAPITAL = "काठमाडौं"
ORGANISATIONS = [
    ("गृह मन्त्रालय", "ministry"),                                   # Ministry of Home Affairs
    ("नेपाल प्रहरी मानव बेचबिखन अनुसन्धान ब्यूरो", "police_border"),
    ("वैदेशिक रोजगार विभाग", "labour"),
    ("وزارة الموارد البشرية والتوطين", "ministry"),                  # UAE, human resources
    ("الهيئة الوطنية لمكافحة الاتجار بالبشر", "tip_committee"),      # Qatar's national committee
    ("বাংলাদেশ পুলিশ", "police_border"),
    ("Maiti Nepal", "civil_society"),
    ("IOM Nepal", "international"),
    ("Office of the Attorney General", "prosecution"),
]
FOLLOW_UP_ACTIONS = [
    "कार्ययोजनाको मस्यौदामा टिप्पणी पठाउने",        # send comments on the draft action plan
    "Share the referral directory with district offices",
    "إرسال قائمة جهات الاتصال إلى السفارة",          # send the contact list to the embassy
    "সভার কার্যবিবরণী বিতরণ করা",                    # circulate the minutes
    "Schedule the follow-up mission to Jhapa",
]
TRAINING_TITLES = [
    "मानव बेचबिखन मुद्दाको अनुसन्धान तालिम",         # investigating trafficking cases
    "Financial investigations of trafficking networks",
    "تدريب على تحديد ضحايا الاتجار",                # identifying victims (Arabic)
    "ভুক্তভোগী সুরক্ষা প্রশিক্ষণ",                    # victim protection (Bengali)
    "Online-enabled trafficking: digital evidence",
]
GRANTEES = ["माइती नेपाल", "Pourakhi Nepal", "شبكة حماية العمال", "শক্তি সমাজ কল্যাণ সংস্থা",
            "Shakti Samuha"]


@dataclass
class Row:
    table: str
    values: dict
    created: datetime
    removed_at: datetime | None = None  # a child row removed by an edit, or a deleted record


@dataclass
class Record:
    kind: str
    row: Row
    children: list[Row] = field(default_factory=list)
    edited_at: datetime | None = None   # when children were removed (the parent is stamped)
    deleted_at: datetime | None = None


def _stamps(created: datetime, updated: datetime | None = None) -> dict:
    return {"created_at": utc_text(created), "created_by": DEVICE_NAME,
            "updated_at": utc_text(updated or created), "updated_by": DEVICE_NAME,
            "deleted": 0}


def office_history(start: datetime, seed: int) -> list[Record]:
    """The laptop's records, in the order they were first saved, from `start` on."""
    rnd = random.Random(seed)
    records: list[Record] = []
    moment = start

    def later() -> datetime:
        nonlocal moment
        moment += timedelta(minutes=rnd.randint(5, 120), seconds=rnd.randint(0, 59),
                            microseconds=rnd.randint(0, 999_999))
        return moment

    for i in range(18):
        at = later()
        cid = ident("consultation", seed, i)
        place = PLACES[i % len(PLACES)]
        day = date(2024, 2, 1) + timedelta(days=41 * i)
        values = {
            "id": cid, "programme": "GLOACT-SA", "country": COUNTRY, "date": day.isoformat(),
            "title": f"{CONSULTATION_TITLES[i % len(CONSULTATION_TITLES)]} ({i + 1})",
            "type": ["technical_meeting", "coordination_meeting", "workshop",
                     "committee_session", "field_visit"][i % 5],
            "place": place, "outside_capital": int(place != CAPITAL),
            "objective": None if i % 4 == 3 else f"GLOACT-SA.OC{1 + i % 4}",
            "participants_female": rnd.randint(3, 20), "participants_male": rnd.randint(3, 20),
            "participants_other": int(i % 3 == 0),
            "pillars": ";".join(["policy", "cooperation", "protection"][: 1 + i % 3]),
            "target_groups": ["", "women", "women;children", "vulnerable_migrants"][i % 4],
            "summary": ["बैठकमा राष्ट्रिय कार्ययोजनाको समीक्षा गरियो।",
                        "ناقش الاجتماع إجراءات الإحالة للعمال المهاجرين العائدين.",
                        "সভায় সীমান্ত এলাকায় সমন্বয় নিয়ে আলোচনা হয়েছে।",
                        "Discussed the referral of returnees from the Gulf."][i % 4],
            **_stamps(at)}
        rec = Record("consultations", Row("consultations", values, at))
        for k in range(2 + i % 3):
            org, kind = ORGANISATIONS[(i + 2 * k) % len(ORGANISATIONS)]
            rec.children.append(Row("consultation_counterparts", {
                "id": child_id(cid, org.strip().casefold(), kind), "consultation_id": cid,
                "organisation": org, "type": kind, **_stamps(at)}, at))
        for k in range(i % 3):
            due = day + timedelta(days=30 * (k + 1))
            rec.children.append(Row("follow_ups", {
                "id": ident("follow-up", seed, i, k), "consultation_id": cid,
                "action": FOLLOW_UP_ACTIONS[(i + k) % len(FOLLOW_UP_ACTIONS)],
                "owner": ["UNODC", "गृह मन्त्रालय", "IOM Nepal"][k % 3],
                "due_date": None if (i + k) % 5 == 4 else due.isoformat(),
                "status": ["open", "done", "in_progress", "dropped"][(i + k) % 4],
                **_stamps(at)}, at))
        records.append(rec)

    for i in range(10):
        at = later()
        tid = ident("training", seed, i)
        venue = PLACES[(i + 1) % len(PLACES)]
        first = date(2024, 3, 4) + timedelta(days=67 * i)
        values = {
            "id": tid, "programme": "GLOACT-SA", "country": COUNTRY,
            "title": f"{TRAINING_TITLES[i % len(TRAINING_TITLES)]} ({i + 1})",
            "pillar": "capacity" if i % 3 else "protection",
            "objective": f"GLOACT-SA.OC{2 + i % 2}",
            "topics": ";".join(["victim identification", "financial investigations",
                                "digital evidence"][: 1 + i % 3]),
            "start_date": first.isoformat(), "end_date": (first + timedelta(days=2)).isoformat(),
            "venue": venue, "outside_capital": int(venue != CAPITAL),
            "delivery": ["in_person", "online", "blended"][i % 3],
            "participants_female": 0, "participants_male": 0, "participants_other": 0,
            "trainers_female": 1 + i % 2, "trainers_male": 1,
            "pre_test_avg": None if i % 4 == 0 else 40.0 + i * 1.5,
            "post_test_avg": None if i % 4 == 0 else 70.0 + i * 1.25,
            "target_groups": "women" if i % 2 else "",
            "notes": ["सहभागीहरूले मुद्दा अध्ययन गरे।", "", "تم توزيع دليل المدرب.",
                      "প্রশিক্ষণ সফলভাবে সম্পন্ন হয়েছে।"][i % 4],
            **_stamps(at)}
        rec = Record("trainings", Row("trainings", values, at))
        for k, code in enumerate(["police_border", "prosecution", "judiciary", "labour"]
                                 [: 2 + i % 3]):
            female, male = rnd.randint(1, 9), rnd.randint(1, 12)
            rec.children.append(Row("training_institutions", {
                "id": child_id(tid, code), "training_id": tid, "institution_type": code,
                "female": female, "male": male, "other": int(k == 0 and i % 4 == 1),
                **_stamps(at)}, at))
        live = [c.values for c in rec.children]
        values["participants_female"] = sum(c["female"] for c in live)
        values["participants_male"] = sum(c["male"] for c in live)
        values["participants_other"] = sum(c["other"] for c in live)
        records.append(rec)

    for i in range(6):
        at = later()
        gid = ident("grant", seed, i)
        first = date(2024, 1, 1) + timedelta(days=120 * i)
        assisted = {f"assisted_{s}_{a}_{k}": 0 for s in ("female", "male", "other")
                    for a in ("child", "adult") for k in ("trafficking", "smuggled", "vulnerable")}
        status = ["active", "active", "closed", "pipeline", "suspended", "active"][i]
        if status != "pipeline":
            assisted["assisted_female_adult_trafficking"] = rnd.randint(5, 40)
            assisted["assisted_female_child_trafficking"] = rnd.randint(0, 9)
            assisted["assisted_male_adult_vulnerable"] = rnd.randint(0, 25)
        values = {
            "id": gid, "programme": "GLOACT-SA", "country": COUNTRY,
            "grantee": GRANTEES[i % len(GRANTEES)],
            "agreement_ref": f"VAG/NP/{first.year}/{i + 1:02d}", "currency": "NPR",
            "committed_amount": scaled(f"{(i + 2) * 1_250_000}.50"),
            "start_date": first.isoformat(),
            "end_date": (first + timedelta(days=364)).isoformat(), "status": status,
            "services": ";".join(["shelter", "legal_aid", "psychosocial", "reintegration"]
                                 [: 1 + i % 4]),
            **assisted, "assisted_with_disability": i % 3,
            "notes": ["आश्रय र कानुनी सहायता।", "يشمل الدعم النفسي للعائدين.",
                      "প্রত্যাবাসনের পর পুনর্বাসন সহায়তা।", "Quarterly visits agreed."][i % 4],
            **_stamps(at)}
        rec = Record("grants", Row("grants", values, at))
        if status != "pipeline":
            for k in range(1 + i % 3):
                rec.children.append(Row("grant_tranches", {
                    "id": ident("tranche", seed, i, k), "grant_id": gid,
                    "date": (first + timedelta(days=90 * k + 10)).isoformat(),
                    "amount": scaled(f"{(i + 2) * 250_000 + k}.25"),
                    "reference": f"TR-{k + 1}", **_stamps(at)}, at))
        for k, kind in enumerate(["narrative", "financial", "final"][: 1 + i % 3]):
            due = first + timedelta(days=180 * (k + 1))
            rec.children.append(Row("grant_reports", {
                "id": ident("report", seed, i, k), "grant_id": gid, "kind": kind,
                "due_date": due.isoformat(),
                "received_date": (due + timedelta(days=3)).isoformat() if k % 2 == 0 else None,
                "notes": "प्रतिवेदन प्राप्त भयो।" if k % 2 == 0 else "", **_stamps(at)}, at))
        records.append(rec)

    # Later edits: a child row removed (kept, deleted); then some records deleted outright.
    for rec in records[1::4]:
        if len(rec.children) > 1:
            rec.edited_at = later()
            gone = rec.children[-1]
            gone.removed_at = rec.edited_at
            gone.values.update(deleted=1, updated_at=utc_text(rec.edited_at))
            rec.row.values["updated_at"] = utc_text(rec.edited_at)
    for rec in records[2::7]:
        rec.deleted_at = later()
        rec.row.removed_at = rec.deleted_at
        rec.row.values.update(deleted=1, updated_at=utc_text(rec.deleted_at))
    return records


def insert(con: sqlite3.Connection, table: str, values: dict) -> None:
    names = ", ".join(f'"{k}"' for k in values)
    con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(values))})',
                tuple(values.values()))


def write_records(con: sqlite3.Connection, records: list[Record]) -> None:
    """As the app's RecordWriter did: the record first, then its child rows."""
    for rec in records:
        insert(con, rec.row.table, rec.row.values)
        for child in rec.children:
            insert(con, child.table, child.values)


def migrated_file(path: Path, revision: str) -> None:
    """An empty database brought to `revision` by the app's migrations."""
    from glo_act_desktop.store.database import current_revision, upgrade
    from glo_act_desktop.store.engine import Database

    path.unlink(missing_ok=True)
    db = Database(path)
    upgrade(db, revision)
    assert current_revision(db) == revision
    db.dispose()


def device_settings(con: sqlite3.Connection, values: dict[str, str]) -> None:
    con.executemany("INSERT OR REPLACE INTO device_settings (key, value) VALUES (?, ?)",
                    list(values.items()))


def finish(con: sqlite3.Connection, path: Path) -> None:
    con.commit()
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


# -- revision 0001: the first release --------------------------------------------------------


def make_0001(path: Path) -> None:
    migrated_file(path, "0001")
    con = sqlite3.connect(path)
    device_settings(con, {"device_id": ident("device", 1), "device_name": DEVICE_NAME,
                          "country": COUNTRY, "role": "field"})
    write_records(con, office_history(datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc), 1))
    finish(con, path)


# -- revision 0002: the free-text search index (kept by triggers) ------------------------------


def make_0002(path: Path) -> None:
    migrated_file(path, "0002")
    con = sqlite3.connect(path)
    device_settings(con, {"device_id": ident("device", 2), "device_name": DEVICE_NAME,
                          "country": COUNTRY, "role": "field"})
    write_records(con, office_history(datetime(2026, 11, 25, 8, 30, tzinfo=timezone.utc), 2))
    finish(con, path)


# -- revision 0003: sync state, peers, bundle log, attachments ---------------------------------

REPLICATED_0003 = ("consultations", "trainings", "grants", "consultation_counterparts",
                   "follow_ups", "training_institutions", "grant_tranches", "grant_reports",
                   "attachments")
UPDATE_STAMPS = ("updated_at", "updated_by")


def hlc(moment: datetime, node: str, counter: int = 0) -> str:
    """A hybrid logical clock stamp in its stored text form (sync/clock.py of 0003)."""
    wall = int(moment.timestamp() * 1000)
    return f"{wall:013d}-{counter:04x}-{node}"


class SyncRow:
    """One row's merge state as 0003's change capture kept it (sync/rowstate.py of 0003)."""

    def __init__(self, columns: list[str], stamp: str, seq: int):
        self.columns = columns
        self.versions = {c: (stamp, ()) for c in [*columns, "~"]}
        self.cl, self.seq, self.origin = 1, seq, None

    def edit(self, columns, stamp: str, seq: int) -> None:
        node = stamp[19:]
        for c in columns:
            current, seen = self.versions[c]
            foreign = {s for s in seen if s[19:] != node}
            self.versions[c] = (stamp, tuple(sorted(foreign | {current})))
        self.seq = seq

    def delete(self, stamp: str, seq: int) -> None:
        node = stamp[19:]
        seen = set()
        for current, current_seen in self.versions.values():
            seen |= {s for s in (*current_seen, current)}
        self.cl += 1
        self.versions["~"] = (stamp, tuple(sorted(s for s in seen if s[19:] != node)))
        self.seq = seq

    def state(self) -> str:
        counts: dict = {}
        for key, version in self.versions.items():
            if key != "~":
                counts[version] = counts.get(version, 0) + 1
        default = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
        v = {"*": [default[0], list(default[1])]}
        for key, version in sorted(self.versions.items()):
            if version != default:
                v[key] = [version[0], list(version[1])]
        return json.dumps({"v": v}, separators=(",", ":"), ensure_ascii=False)


def table_columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')
            if r[1] not in ("id", "deleted")]


def hq_enrolment(device_id: str, hq_id: str) -> tuple[dict, dict]:
    """HQ's public keys and the signed enrolment document it issued for this laptop, made with
    the same libraries and in the same form as sync/keys.py and sync/enrolment.py of 0003."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    signing = Ed25519PrivateKey.generate()
    raw = signing.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    public = {"node_id": hq_id, "age_recipient": str(x25519.Identity.generate().to_public()),
              "ed25519_public": base64.b64encode(raw).decode("ascii")}
    body = {"format": "glo-act-enrolment", "version": 1, "hq": {"name": "UNODC HQ", **public},
            "device": {"node_id": device_id, "name": DEVICE_NAME, "country": COUNTRY},
            "issued": "2026-12-01T01:40:00Z"}
    signed = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    signature = base64.b64encode(signing.sign(signed.encode("utf-8"))).decode("ascii")
    return public, {**body, "signature": signature}


def make_0003(path: Path) -> None:
    import hashlib

    migrated_file(path, "0003")
    con = sqlite3.connect(path)
    device = ident("device", 3)
    hq = ident("hq", 3)
    epoch, hq_epoch = ident("epoch", 3), ident("hq-epoch", 3)
    hq_public, enrolment = hq_enrolment(device, hq)
    start = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
    records = office_history(start, 3)
    columns = {t: table_columns(con, t) for t in REPLICATED_0003}
    states: dict[tuple[str, str], SyncRow] = {}

    # Every save was one transaction: one clock stamp and one sequence number for its rows.
    events = []  # (moment, what, record)
    for rec in records:
        events.append((rec.row.created, "save", rec))
        if rec.edited_at:
            events.append((rec.edited_at, "edit", rec))
        if rec.deleted_at:
            events.append((rec.deleted_at, "delete", rec))
    events.sort(key=lambda e: e[0])
    split_at = len(events) * 2 // 3  # the first bundle to HQ carried everything before this
    # Saves are at least 5 minutes apart: the round trip to HQ fits between two of them.
    sent_at = events[split_at - 1][0] + timedelta(minutes=1)
    corrected_at = sent_at + timedelta(seconds=30)  # at HQ
    back_at = sent_at + timedelta(minutes=2)
    assert back_at < events[split_at][0]

    def capture(moment: datetime, what: str, rec: Record, seq: int) -> None:
        stamp = hlc(moment, device)
        if what == "save":
            for row in [rec.row, *rec.children]:
                states[row.table, row.values["id"]] = SyncRow(columns[row.table], stamp, seq)
            return
        if what == "edit":  # child rows removed: deleted, and the parent stamped
            for row in rec.children:
                if row.removed_at == moment:
                    states[row.table, row.values["id"]].delete(stamp, seq)
                    states[row.table, row.values["id"]].edit(UPDATE_STAMPS, stamp, seq)
        else:
            states[rec.row.table, rec.row.values["id"]].delete(stamp, seq)
        states[rec.row.table, rec.row.values["id"]].edit(UPDATE_STAMPS, stamp, seq)

    seq = 0
    for moment, what, rec in events[:split_at]:
        seq += 1
        capture(moment, what, rec, seq)
    acked = seq

    # HQ corrected one grant's agreement reference; its bundle came back and was merged here
    # (under this device's next sequence number, marked as HQ's so it is not sent back).
    grant = next(r for r in records if r.kind == "grants" and not r.deleted_at
                 and r.row.created < sent_at and not (r.edited_at and r.edited_at > sent_at))
    grant.row.values.update(agreement_ref=grant.row.values["agreement_ref"] + "-A1",
                            updated_at=utc_text(corrected_at), updated_by="UNODC HQ")
    seq += 1
    state = states["grants", grant.row.values["id"]]
    state.edit(["agreement_ref", *UPDATE_STAMPS], hlc(corrected_at, hq), seq)
    state.origin = hq

    # After that, more work here: not acknowledged yet, so it goes in the next bundle.
    for moment, what, rec in events[split_at:]:
        seq += 1
        capture(moment, what, rec, seq)

    # An attendance sheet added to a live consultation, in the last transaction.
    target = next(r for r in reversed(records) if r.kind == "consultations" and not r.deleted_at)
    attached_at = events[-1][0] + timedelta(hours=1)
    seq += 1
    last = hlc(attached_at, device)
    attachment = {"id": ident("attachment", 3), "record_kind": "consultations",
                  "record_id": target.row.values["id"],
                  "file_name": "उपस्थिति-सूची.txt", "sha256": hashlib.sha256(
                      ATTACHMENT_BYTES).hexdigest(), "size": len(ATTACHMENT_BYTES),
                  "media_type": "text/plain", **_stamps(attached_at)}
    states["attachments", attachment["id"]] = SyncRow(columns["attachments"], last, seq)

    write_records(con, records)
    insert(con, "attachments", attachment)
    con.executemany(
        "INSERT INTO sync_rows (tbl, row_id, cl, seq, state, conflicts, origin) "
        "VALUES (?, ?, ?, ?, ?, 0, ?)",
        [(table, row_id, s.cl, s.seq, s.state(), s.origin)
         for (table, row_id), s in sorted(states.items())])
    device_settings(con, {
        "device_id": device, "device_name": DEVICE_NAME, "country": COUNTRY, "role": "field",
        "enrolment": json.dumps(enrolment), "epoch": epoch, "bundle_seq": "1",
        "bundle_epoch": epoch, "hlc": last})
    insert(con, "sync_peers", {
        "node_id": hq, "name": "UNODC HQ", "role": "hq", "country": None,
        "public_key": json.dumps(hq_public, sort_keys=True), "enrolment": None,
        "revoked_at": None, "their_epoch": hq_epoch, "received_seq": 412,
        "their_bundle_seq": 1, "acked_epoch": epoch, "acked_seq": acked,
        "last_import_at": utc_text(back_at), "last_export_at": utc_text(sent_at)})
    insert(con, "sync_bundles", {
        "bundle_id": ident("bundle-out", 3), "direction": "out", "peer": hq, "epoch": epoch,
        "bundle_seq": 1, "payload_sha256": hashlib.sha256(b"out").hexdigest(),
        "at": utc_text(sent_at), "changes": sum(1 for s in states.values() if s.seq <= acked),
        "summary": "{}", "file_name": "Kathmandu-office-laptop-to-UNODC-HQ.glo-act-bundle"})
    insert(con, "sync_bundles", {
        "bundle_id": ident("bundle-in", 3), "direction": "in", "peer": hq, "epoch": hq_epoch,
        "bundle_seq": 1, "payload_sha256": hashlib.sha256(b"in").hexdigest(),
        "at": utc_text(back_at), "changes": 1, "summary": json.dumps({"grants": 1}),
        "file_name": "UNODC-HQ-to-Kathmandu-office-laptop.glo-act-bundle"})
    finish(con, path)


MAKERS = {"0001": make_0001, "0002": make_0002, "0003": make_0003}


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit(f"usage: {Path(__file__).name} REVISION  (one of {', '.join(MAKERS)}; an "
                 f"existing file is never remade: see README.md)")
    for revision in argv:
        target = HERE / f"{revision}.sqlite3.gz"
        if target.exists():
            sys.exit(f"{target.name} exists: a revision's file is made once, by its own build")
        work = HERE / f"{revision}.sqlite3"
        MAKERS[revision](work)
        # Mostly empty pages: gzip takes ~400 KB down to ~50 KB. mtime 0: the same bytes again.
        with open(work, "rb") as raw, open(target, "wb") as out, \
                gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as packed:
            shutil.copyfileobj(raw, packed)
        print(f"{target}: {work.stat().st_size:,} bytes, {target.stat().st_size:,} packed")
        work.unlink()


if __name__ == "__main__":
    main(sys.argv[1:])
