"""The peers this node exchanges bundles with: who they are, what they may write, and how far
each side holds the other's work (watermarks). HQ knows every enrolled laptop; a laptop knows HQ."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from glo_act_desktop.store.models import SyncPeer
from glo_act_desktop.sync import enrolment
from glo_act_desktop.sync.container import BundleHeader, Trust
from glo_act_desktop.sync.keys import NodePublic


class UnknownPeer(LookupError):
    pass


def get_peer(session: Session, node_id: str) -> SyncPeer:
    peer = session.get(SyncPeer, node_id)
    if peer is None:
        raise UnknownPeer(node_id)
    return peer


def find_peer(session: Session, name_or_id: str) -> SyncPeer:
    """A peer by node id or by (unique, case-insensitive) device name."""
    peer = session.get(SyncPeer, name_or_id)
    if peer is not None:
        return peer
    named = [p for p in session.scalars(select(SyncPeer))
             if p.name.casefold() == name_or_id.strip().casefold()]
    if len(named) != 1:
        raise UnknownPeer(name_or_id)
    return named[0]


def all_peers(session: Session) -> list[SyncPeer]:
    return list(session.scalars(select(SyncPeer).order_by(SyncPeer.role, SyncPeer.name)))


def hq_peer(session: Session) -> SyncPeer | None:
    return session.scalars(select(SyncPeer).where(SyncPeer.role == "hq")).first()


class PeerTrust(Trust):
    """The senders this node accepts: peers with known keys, minus the revoked. HQ (`own_hq`
    given) also admits a laptop's first bundle when it carries an enrolment HQ signed for it."""

    def __init__(self, session: Session, own_hq: NodePublic | None = None):
        peers = all_peers(session)
        super().__init__([NodePublic.from_json(p.public_key) for p in peers if p.public_key],
                         [p.node_id for p in peers if p.revoked_at is not None])
        self._enrolled = {p.node_id: p for p in peers if p.role == "field"}
        self._own_hq = own_hq
        self.accepts_introductions = own_hq is not None

    def admit(self, header: BundleHeader, candidate: NodePublic) -> bool:
        peer = self._enrolled.get(candidate.node_id)
        if self._own_hq is None or peer is None or peer.revoked_at is not None:
            return False
        if peer.public_key and NodePublic.from_json(peer.public_key) != candidate:
            return False  # the id has a key already: a second key is not this laptop
        try:
            document = enrolment.parse(header.meta.get("enrolment"), expected_hq=self._own_hq)
        except enrolment.EnrolmentError:
            return False
        return document.device_id == candidate.node_id


def now() -> datetime:
    return datetime.now(timezone.utc)


def public_of(peer: SyncPeer) -> NodePublic | None:
    return NodePublic.from_json(peer.public_key) if peer.public_key else None
