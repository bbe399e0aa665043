"""Hybrid logical clock: wall-clock milliseconds, a counter, and the node that ticked.

Stamps order every change of every node in one total order that respects causality: a change
made after receiving another always has a greater stamp, whatever the laptops' clocks say. The
clock never goes backwards (the last stamp is kept), and it refuses to be dragged far ahead by a
peer whose clock is wrong (a laptop set to the wrong year): `observe` raises ClockAhead instead,
and the caller holds that bundle back with a clear message.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

# How far ahead of our own clock a peer's stamps may be before we refuse them.
MAX_AHEAD_MS = 24 * 60 * 60 * 1000
_COUNTER_LIMIT = 0xFFFF  # four hex digits in the text form

_TEXT = re.compile(r"(?P<wall>\d{13})-(?P<counter>[0-9a-f]{4})-(?P<node>[0-9a-z-]{1,64})")


@dataclass(frozen=True, order=True)
class HLC:
    wall_ms: int
    counter: int
    node: str

    def text(self) -> str:
        """Fixed-width text whose sort order is the stamps' order (stored and sent as such)."""
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> "HLC":
        match = _TEXT.fullmatch(text)
        if match is None:
            raise ValueError(f"'{text}' is not a clock stamp")
        return cls(int(match["wall"]), int(match["counter"], 16), match["node"])


class ClockAhead(Exception):
    """A peer's stamp is further ahead of our clock than we accept."""

    def __init__(self, stamp: HLC, now_ms: int):
        self.stamp, self.now_ms = stamp, now_ms
        hours = (stamp.wall_ms - now_ms) / 3_600_000
        super().__init__(f"its clock is {hours:,.0f} hours ahead of this computer's; check the "
                         "date and time on both computers")


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, node: str, last: HLC | None = None,
                 now: Callable[[], int] = wall_ms, max_ahead_ms: int = MAX_AHEAD_MS):
        if not re.fullmatch(r"[0-9a-z-]{1,64}", node):
            raise ValueError(f"'{node}' is not a node id")
        self.node = node
        self._now = now
        self._max_ahead_ms = max_ahead_ms
        self.last = last or HLC(0, 0, node)

    def tick(self) -> HLC:
        """The stamp of a change made here, greater than every stamp seen so far."""
        self.last = self._after(self.last.wall_ms, self.last.counter, self._now())
        return self.last

    def check(self, remote: HLC) -> None:
        """Raise ClockAhead when `remote` is too far ahead of our wall clock."""
        now = self._now()
        if remote.wall_ms - max(now, self.last.wall_ms) > self._max_ahead_ms:
            raise ClockAhead(remote, now)

    def observe(self, remote: HLC) -> HLC:
        """Take in a received stamp so that later local stamps are greater than it."""
        self.check(remote)
        if (remote.wall_ms, remote.counter) > (self.last.wall_ms, self.last.counter):
            wall, counter = remote.wall_ms, remote.counter
        else:
            wall, counter = self.last.wall_ms, self.last.counter
        self.last = self._after(wall, counter, self._now())
        return self.last

    def _after(self, wall: int, counter: int, now: int) -> HLC:
        if now > wall:
            return HLC(now, 0, self.node)
        if counter >= _COUNTER_LIMIT:  # 65,536 stamps in one millisecond: borrow the next one
            return HLC(wall + 1, 0, self.node)
        return HLC(wall, counter + 1, self.node)
