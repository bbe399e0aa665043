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


_freeze_lock = threading.Lock()
_freezes = 0


@contextmanager
def long_lived_objects_frozen() -> Iterator[None]:
    """For bulk work that makes hundreds of thousands of short-lived objects (a sync import, the
    demo): Python's cycle collector leaves alone the objects that existed before (gc.freeze).
    Each burst of new objects otherwise made it walk the app's long-lived ones again: a tenth of
    a sync import's instructions (bench/README.md, sync import). New objects are collected as
    usual, the old ones again afterwards. Nested or concurrent uses freeze once."""
    global _freezes
    with _freeze_lock:
        _freezes += 1
        if _freezes == 1:
            gc.freeze()
    try:
        yield
    finally:
        with _freeze_lock:
            _freezes -= 1
            if _freezes == 0:
                gc.unfreeze()
