"""How a long service call hears Cancel and reports progress, without knowing about Qt."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


class Cancelled(Exception):
    """The user cancelled; the job's transaction was rolled back."""


@dataclass
class JobControl:
    cancel_event: threading.Event = field(default_factory=threading.Event)
    report: Callable[[int, int], None] = lambda done, total: None

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop: call between batches."""
        if self.cancel_event.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        self.check()
        self.report(done, total)


_pause_lock = threading.Lock()
_pauses = 0
_collector_was_enabled = True


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Bulk work without Python's cycle collector, which would only slow it down: a big sheet
    becomes millions of small objects kept until its plan is done (the collector walked them
    again and again: a third of a 200,000-row plan), and a sync import or the demo make hundreds
    of thousands of short-lived ones, whose bursts made it walk the app's long-lived objects
    again (6 % of a sync import's instructions; bench/README.md). Reference counting still frees
    what the work drops, and it makes no cycles. Nested or concurrent uses pause it once; it
    runs again after the last."""
    global _pauses, _collector_was_enabled
    with _pause_lock:
        _pauses += 1
        if _pauses == 1:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_enabled:
                gc.enable()
