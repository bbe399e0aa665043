"""How a long service call hears Cancel and reports progress, without knowing about Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable
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
