"""Merge laws: any delivery order, duplicates and relays end with the same values everywhere, and
concurrent edits are flagged whichever side looks."""

from __future__ import annotations

from hypothesis import given, strategies as st

from glo_act_desktop.sync.clock import HLC, ClockAhead, HybridClock
from glo_act_desktop.sync.versions import Version, concurrent, edit, merge, resolve

NODES = ("hq", "np-laptop-1", "np-laptop-2")


def apply_all(versions):
    local, conflicts = None, 0
    for version in versions:
        outcome = merge(local, version)
        local, conflicts = outcome.winner, conflicts + outcome.conflict
    return local, conflicts


versions = st.builds(
    Version, st.sampled_from(["a", "b", "c", None, 3]),
    st.builds(HLC, st.integers(0, 50), st.integers(0, 3), st.sampled_from(NODES)))


@given(st.lists(versions, min_size=1, max_size=8), st.randoms())
def test_any_order_and_duplicates_give_the_same_winner(delivered, random):
    # Distinct stamps name distinct changes (a node never stamps twice the same).
    by_stamp = {v.stamp: v for v in delivered}
    changes = list(by_stamp.values())
    shuffled = changes + random.sample(changes, k=len(changes) // 2)  # some arrive twice
    random.shuffle(shuffled)
    assert apply_all(shuffled)[0] == apply_all(changes)[0] == max(changes, key=lambda v: v.stamp)


@given(versions)
def test_reapplying_changes_nothing(version):
    outcome = merge(version, version)
    assert outcome.winner == version and not outcome.changed and not outcome.conflict


def clock(node, start=1000):
    now = [start]

    def tick():
        now[0] += 1
        return now[0]
    return HybridClock(node, now=tick)


def test_an_edit_made_after_receiving_is_not_a_conflict_and_wins():
    laptop, hq = clock("np-laptop-1"), clock("hq", start=5000)  # HQ's clock runs ahead
    v1 = edit(None, "draft", hq.tick())
    laptop.observe(v1.stamp)
    v2 = edit(v1, "final", laptop.tick())
    assert v2.stamp > v1.stamp  # causality beats the slow wall clock
    outcome = merge(v1, v2)
    assert outcome.winner == v2 and outcome.changed and not outcome.conflict


def test_a_run_of_local_edits_counts_as_one_against_a_relay():
    a, b = clock("np-laptop-1"), clock("np-laptop-2")
    base = edit(None, "x", a.tick())
    b.observe(base.stamp)
    first = edit(base, "y", b.tick())
    second = edit(first, "z", b.tick())  # HQ only ever gets the last of the run
    assert not merge(base, second).conflict


def test_concurrent_edits_conflict_on_both_sides_and_agree_on_the_winner():
    a, b = clock("np-laptop-1"), clock("np-laptop-2", start=1003)
    base = edit(None, "12 participants", a.tick())
    b.observe(base.stamp)
    mine = edit(base, "14 participants", a.tick())
    theirs = edit(base, "15 participants", b.tick())
    here, there = merge(mine, theirs), merge(theirs, mine)
    assert here.conflict and there.conflict
    assert here.winner == there.winner


def test_equal_values_written_concurrently_are_not_a_conflict():
    a, b = clock("np-laptop-1"), clock("np-laptop-2")
    base = edit(None, "x", a.tick())
    assert not concurrent(edit(base, "same", a.tick()), edit(base, "same", b.tick()))


def test_a_resolution_settles_the_conflict_wherever_it_arrives():
    a, b, hq = clock("np-laptop-1"), clock("np-laptop-2"), clock("hq", start=2000)
    base = edit(None, "x", a.tick())
    mine, theirs = edit(base, "y", a.tick()), edit(base, "z", b.tick())
    for stamp in (mine.stamp, theirs.stamp):
        hq.observe(stamp)
    chosen = resolve([mine, theirs], "y and z", hq.tick())
    for local in (mine, theirs):  # a laptop that never saw the other side's value
        outcome = merge(local, chosen)
        assert outcome.winner == chosen and not outcome.conflict


@given(st.integers(0, 10 ** 12), st.integers(0, 0xFFFF), st.sampled_from(NODES))
def test_stamp_text_round_trips_and_sorts_like_stamps(wall, counter, node):
    stamp = HLC(wall, counter, node)
    assert HLC.parse(stamp.text()) == stamp
    other = HLC(wall + 1, 0, node)
    assert (stamp.text() < other.text()) == (stamp < other)


def test_the_clock_never_goes_backwards_when_the_wall_clock_does():
    times = iter([5000, 4000, 4000, 3000])
    clk = HybridClock("hq", now=lambda: next(times))
    stamps = [clk.tick() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_a_peer_a_year_ahead_is_refused_without_moving_our_clock():
    clk = HybridClock("hq", now=lambda: 1_700_000_000_000)
    before = clk.tick()
    ahead = HLC(1_700_000_000_000 + 366 * 86_400_000, 0, "np-laptop-1")
    try:
        clk.observe(ahead)
    except ClockAhead as refused:
        assert "8,784 hours ahead" in str(refused)
    else:
        raise AssertionError("a stamp a year ahead was accepted")
    assert clk.tick() < ahead and clk.last.wall_ms == before.wall_ms
