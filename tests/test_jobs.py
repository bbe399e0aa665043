"""Helpers of long service calls."""

from __future__ import annotations

import gc
import threading

from glo_act_desktop.services.jobs import cycle_collector_paused


def test_the_cycle_collector_is_paused_during_bulk_work_only():
    assert gc.isenabled()
    with cycle_collector_paused():
        assert not gc.isenabled()
        with cycle_collector_paused():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_concurrent_bulk_work_lets_it_run_again_after_the_last():
    entered, leave = threading.Event(), threading.Event()

    def other():
        with cycle_collector_paused():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with cycle_collector_paused():
        thread.start()
        assert entered.wait(5)
    assert not gc.isenabled()  # the other is still at work
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    try:
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
