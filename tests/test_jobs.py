"""Helpers of long service calls."""

from __future__ import annotations

import gc
import threading

from glo_act_desktop.services.jobs import long_lived_objects_frozen


def test_objects_made_before_bulk_work_are_frozen_during_it_only():
    assert gc.get_freeze_count() == 0
    with long_lived_objects_frozen():
        frozen = gc.get_freeze_count()
        assert frozen > 1000  # the interpreter's and the app's objects
        with long_lived_objects_frozen():  # nested: frozen once, not again
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == 0


def test_concurrent_bulk_work_unfreezes_after_the_last():
    entered, leave = threading.Event(), threading.Event()

    def other():
        with long_lived_objects_frozen():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with long_lived_objects_frozen():
        thread.start()
        assert entered.wait(5)
    assert gc.get_freeze_count() > 0  # the other is still at work
    leave.set()
    thread.join(5)
    assert gc.get_freeze_count() == 0
