"""This node as sync sees it: its id, role, country, epoch and hybrid logical clock, kept in the
device's own settings (never replicated)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from glo_act_desktop.store.repositories.settings import get_settings, put_settings
from glo_act_desktop.sync import clock
from glo_act_desktop.sync.clock import HLC, HybridClock

ROLE_FIELD, ROLE_HQ = "field", "hq"


@dataclass(frozen=True)
class Node:
    node_id: str
    name: str
    role: str
    country: str  # "" for HQ, which may write any country
    epoch: str

    @property
    def is_hq(self) -> bool:
        return self.role == ROLE_HQ


def node_id(session: Session) -> str:
    """The device id, made now if this device never had one (its first write)."""
    settings = get_settings(session)
    if not settings.get("device_id"):
        put_settings(session, {"device_id": str(uuid.uuid4())})
        session.flush()
        return get_settings(session)["device_id"]
    return settings["device_id"]


def this_node(session: Session) -> Node:
    settings = get_settings(session)
    node = node_id(session)
    epoch = settings.get("epoch")
    if not epoch:
        epoch = new_epoch(session)
    return Node(node, settings.get("device_name", ""), settings.get("role", ROLE_FIELD),
                settings.get("country", ""), epoch)


def new_epoch(session: Session) -> str:
    """A new epoch: peers resend everything this database may have lost (a restored backup)."""
    epoch = str(uuid.uuid4())
    put_settings(session, {"epoch": epoch})
    session.flush()
    return epoch


def load_clock(session: Session) -> HybridClock:
    settings = get_settings(session)
    node = node_id(session)
    last = settings.get("hlc")
    return HybridClock(node, HLC.parse(last) if last else None, now=lambda: clock.wall_ms())


def save_clock(session: Session, hybrid: HybridClock) -> None:
    put_settings(session, {"hlc": hybrid.last.text()})
