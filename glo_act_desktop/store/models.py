"""ORM models. Replicated tables have UUID keys, who/when stamps and soft delete; reference
tables are keyed by their stable codes, so every laptop and HQ name the same row the same way."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean, Date, Float, ForeignKey, Index, Integer, MetaData, String, Text, literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from glo_act_desktop.store.types import ScaledDecimal, TextList, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- reference data (seeded by migrations, extended by HQ) -------------------------------------

class Country(Base):
    __tablename__ = "countries"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))


class Currency(Base):
    __tablename__ = "currencies"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    minor_units: Mapped[int] = mapped_column(Integer)


class Programme(Base):
    __tablename__ = "programmes"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    framework: Mapped[str] = mapped_column(String(20))


class ProgrammeCountry(Base):
    __tablename__ = "programme_countries"
    programme: Mapped[str] = mapped_column(ForeignKey("programmes.code"), primary_key=True)
    country: Mapped[str] = mapped_column(ForeignKey("countries.code"), primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # "core" or "regional"


class ProgrammeObjective(Base):
    __tablename__ = "programme_objectives"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    programme: Mapped[str] = mapped_column(ForeignKey("programmes.code"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))


class _Vocabulary:
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)


class Pillar(_Vocabulary, Base):
    __tablename__ = "pillars"


class CounterpartType(_Vocabulary, Base):
    __tablename__ = "counterpart_types"


class TargetGroup(_Vocabulary, Base):
    __tablename__ = "target_groups"


class ConsultationType(_Vocabulary, Base):
    __tablename__ = "consultation_types"


# --- this installation (never replicated) -----------------------------------------------------

class DeviceSetting(Base):
    __tablename__ = "device_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- replicated records -----------------------------------------------------------------------

class Replicated:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(120))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsultationRow(Replicated, Base):
    __tablename__ = "consultations"
    programme: Mapped[str] = mapped_column(ForeignKey("programmes.code"))
    country: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    date: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300), default="")
    type: Mapped[str] = mapped_column(ForeignKey("consultation_types.code"))
    place: Mapped[str] = mapped_column(String(300), default="")
    outside_capital: Mapped[bool] = mapped_column(Boolean, default=False)
    objective: Mapped[str | None] = mapped_column(ForeignKey("programme_objectives.code"))
    participants_female: Mapped[int] = mapped_column(Integer, default=0)
    participants_male: Mapped[int] = mapped_column(Integer, default=0)
    participants_other: Mapped[int] = mapped_column(Integer, default=0)
    pillars: Mapped[tuple] = mapped_column(TextList, default=())
    target_groups: Mapped[tuple] = mapped_column(TextList, default=())
    summary: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_consultations_country_date", "country", "date"),
        Index("ix_consultations_programme_date", "programme", "date"),
        # Registers count and page live rows newest first: (deleted, date) serves both.
        Index("ix_consultations_live_date", "deleted", "date"),
    )


class ConsultationCounterpartRow(Replicated, Base):
    __tablename__ = "consultation_counterparts"
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(ForeignKey("counterpart_types.code"))


class FollowUpRow(Replicated, Base):
    __tablename__ = "follow_ups"
    consultation_id: Mapped[str] = mapped_column(ForeignKey("consultations.id"), index=True)
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")


class TrainingRow(Replicated, Base):
    __tablename__ = "trainings"
    programme: Mapped[str] = mapped_column(ForeignKey("programmes.code"))
    country: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    title: Mapped[str] = mapped_column(String(300))
    pillar: Mapped[str] = mapped_column(ForeignKey("pillars.code"))
    objective: Mapped[str | None] = mapped_column(ForeignKey("programme_objectives.code"))
    topics: Mapped[tuple] = mapped_column(TextList, default=())
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    outside_capital: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery: Mapped[str] = mapped_column(String(20), default="in_person")
    participants_female: Mapped[int] = mapped_column(Integer, default=0)
    participants_male: Mapped[int] = mapped_column(Integer, default=0)
    participants_other: Mapped[int] = mapped_column(Integer, default=0)
    trainers_female: Mapped[int] = mapped_column(Integer, default=0)
    trainers_male: Mapped[int] = mapped_column(Integer, default=0)
    pre_test_avg: Mapped[float | None] = mapped_column(Float)
    post_test_avg: Mapped[float | None] = mapped_column(Float)
    target_groups: Mapped[tuple] = mapped_column(TextList, default=())
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_trainings_country_start", "country", "start_date"),
        Index("ix_trainings_programme_start", "programme", "start_date"),
        Index("ix_trainings_live_start", "deleted", "start_date"),
    )


class TrainingInstitutionRow(Replicated, Base):
    __tablename__ = "training_institutions"
    training_id: Mapped[str] = mapped_column(ForeignKey("trainings.id"), index=True)
    institution_type: Mapped[str] = mapped_column(ForeignKey("counterpart_types.code"))
    female: Mapped[int] = mapped_column(Integer, default=0)
    male: Mapped[int] = mapped_column(Integer, default=0)
    other: Mapped[int] = mapped_column(Integer, default=0)


class GrantRow(Replicated, Base):
    __tablename__ = "grants"
    programme: Mapped[str] = mapped_column(ForeignKey("programmes.code"))
    country: Mapped[str] = mapped_column(ForeignKey("countries.code"))
    grantee: Mapped[str] = mapped_column(String(300))
    agreement_ref: Mapped[str] = mapped_column(String(300), default="")
    currency: Mapped[str] = mapped_column(ForeignKey("currencies.code"))
    committed_amount: Mapped[Decimal] = mapped_column(ScaledDecimal)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="pipeline")
    services: Mapped[tuple] = mapped_column(TextList, default=())
    # People assisted, counts only (never names): sex x age group x kind.
    assisted_female_child_trafficking: Mapped[int] = mapped_column(Integer, default=0)
    assisted_female_child_smuggled: Mapped[int] = mapped_column(Integer, default=0)
    assisted_female_child_vulnerable: Mapped[int] = mapped_column(Integer, default=0)
    assisted_female_adult_trafficking: Mapped[int] = mapped_column(Integer, default=0)
    assisted_female_adult_smuggled: Mapped[int] = mapped_column(Integer, default=0)
    assisted_female_adult_vulnerable: Mapped[int] = mapped_column(Integer, default=0)
    assisted_male_child_trafficking: Mapped[int] = mapped_column(Integer, default=0)
    assisted_male_child_smuggled: Mapped[int] = mapped_column(Integer, default=0)
    assisted_male_child_vulnerable: Mapped[int] = mapped_column(Integer, default=0)
    assisted_male_adult_trafficking: Mapped[int] = mapped_column(Integer, default=0)
    assisted_male_adult_smuggled: Mapped[int] = mapped_column(Integer, default=0)
    assisted_male_adult_vulnerable: Mapped[int] = mapped_column(Integer, default=0)
    assisted_other_child_trafficking: Mapped[int] = mapped_column(Integer, default=0)
    assisted_other_child_smuggled: Mapped[int] = mapped_column(Integer, default=0)
    assisted_other_child_vulnerable: Mapped[int] = mapped_column(Integer, default=0)
    assisted_other_adult_trafficking: Mapped[int] = mapped_column(Integer, default=0)
    assisted_other_adult_smuggled: Mapped[int] = mapped_column(Integer, default=0)
    assisted_other_adult_vulnerable: Mapped[int] = mapped_column(Integer, default=0)
    assisted_with_disability: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_grants_country_start", "country", "start_date"),
        Index("ix_grants_programme_start", "programme", "start_date"),
        Index("ix_grants_live_start", "deleted", "start_date"),
    )


class GrantTrancheRow(Replicated, Base):
    __tablename__ = "grant_tranches"
    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id"), index=True)
    date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(ScaledDecimal)
    reference: Mapped[str] = mapped_column(String(300), default="")


class GrantReportRow(Replicated, Base):
    __tablename__ = "grant_reports"
    grant_id: Mapped[str] = mapped_column(ForeignKey("grants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    received_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


RECORD_TABLES = {
    "consultations": ConsultationRow.__table__,
    "trainings": TrainingRow.__table__,
    "grants": GrantRow.__table__,
}


class AttachmentRow(Replicated, Base):
    """A file added to a record (attendance sheet, agreement, photo). The file itself lives in the
    data directory's attachments folder under its SHA-256, so a file added twice is stored once."""

    __tablename__ = "attachments"
    record_kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")


# --- sync state (sync/): per-row versions, peers and the bundle log ----------------------------

class SyncRowState(Base):
    """The merge state of one replicated row: its causal length (odd alive, even deleted), the
    local sequence number of its last change here (what bundles are cut by) and its per-field
    versions and open conflicts as compact JSON (sync/rowstate.py)."""

    __tablename__ = "sync_rows"
    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    cl: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer, index=True)
    state: Mapped[str] = mapped_column(Text)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    # The peer whose bundle made this state, when it is exactly the state that peer sent (it
    # need not go back there); None after any local change.
    origin: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_sync_rows_conflicts", "conflicts",
                            sqlite_where=literal_column("conflicts") > 0),)


class SyncPeer(Base):
    """Another node this one exchanges bundles with, and how far each side has the other's work."""

    __tablename__ = "sync_peers"
    node_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(10))  # "hq" or "field"
    country: Mapped[str | None] = mapped_column(String(2))
    public_key: Mapped[str | None] = mapped_column(Text)  # NodePublic JSON, once known
    enrolment: Mapped[str | None] = mapped_column(Text)  # the signed enrolment document
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Theirs: the epoch and sequence up to which we hold all they sent, their last bundle number.
    their_epoch: Mapped[str | None] = mapped_column(String(36))
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    their_bundle_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Ours: up to which of our sequence numbers (in which of our epochs) they acknowledged.
    acked_epoch: Mapped[str | None] = mapped_column(String(36))
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_import_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncBundleLog(Base):
    """Every bundle written or imported: a repeat import is recognised, a clone is caught."""

    __tablename__ = "sync_bundles"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    peer: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[str] = mapped_column(String(36))
    bundle_seq: Mapped[int] = mapped_column(Integer)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (Index("ix_sync_bundles_sequence", "direction", "peer", "epoch",
                            "bundle_seq", unique=True),)


# Every replicated table, parents before children (the order bundles carry them in).
REPLICATED_TABLES = {t.name: t for t in (
    ConsultationRow.__table__, TrainingRow.__table__, GrantRow.__table__,
    ConsultationCounterpartRow.__table__, FollowUpRow.__table__, TrainingInstitutionRow.__table__,
    GrantTrancheRow.__table__, GrantReportRow.__table__, AttachmentRow.__table__)}
