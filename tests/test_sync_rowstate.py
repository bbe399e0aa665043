"""Merge laws of whole rows (sync/rowstate.py): nodes edit, delete, restore and settle conflicts
on one row and exchange states in any order; the outcome does not depend on the order, repeats
change nothing, and conflicts are listed the same on every node."""

from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from glo_act_desktop.sync import rowstate
from glo_act_desktop.sync.clock import HLC, HybridClock

COLUMNS = ("title", "count", "updated_by")
NODES = ("hq", "np-1", "np-2", "bd-1")


class Sim:
    """Nodes holding one row, with one shared fake clock (so runs are reproducible)."""

    def __init__(self):
        self.now = 1_000
        self.clocks = {n: HybridClock(n, now=self._time) for n in NODES}
        first = self.clocks["hq"].tick()
        state = rowstate.created(COLUMNS, first)
        values = {"title": "t0", "count": 0, "updated_by": "hq"}
        self.rows = {n: (dict(values), rowstate.RowState.from_dict(
            state.cl, state.to_dict(), COLUMNS)) for n in NODES}

    def _time(self) -> int:
        self.now += 7
        return self.now

    def copy(self, node):
        values, state = self.rows[node]
        return dict(values), rowstate.RowState.from_dict(state.cl, state.to_dict(), COLUMNS)

    def edit(self, node, column, value):
        values, state = self.copy(node)
        stamp = self.clocks[node].tick()
        values[column] = value
        values["updated_by"] = node
        rowstate.edited(state, [column, "updated_by"], stamp)
        self.rows[node] = (values, state)

    def alive(self, node, deleted):
        values, state = self.copy(node)
        rowstate.alive_changed(state, deleted, self.clocks[node].tick())
        self.rows[node] = (values, state)

    def settle(self, node):
        """A person picks the current value of every open conflict (restores if deleted)."""
        values, state = self.copy(node)
        stamp = self.clocks[node].tick()
        for key in list(state.open):
            settled = rowstate.settle(state, key)
            if key == rowstate.DELETE_KEY:
                rowstate.alive_changed(state, False, stamp)
            else:
                rowstate.resolved_version(state, key, settled, stamp)
        self.rows[node] = (values, state)

    def send(self, src, dst):
        merged = merged_with(self.rows[dst], self.rows[src])
        self.clocks[dst].observe(HLC.parse(self.rows[src][1].max_stamp()))
        self.rows[dst] = (merged.values, merged.state)


def merged_with(local, incoming):
    return rowstate.merge(local[0], local[1], incoming[0], incoming[1], COLUMNS)


def snapshot(row):
    values, state = row
    return values, state.cl, state.to_dict()


ops = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(NODES), st.sampled_from(COLUMNS[:2]),
              st.sampled_from(["a", "b", "c", 1, 2])),
    st.tuples(st.just("delete"), st.sampled_from(NODES)),
    st.tuples(st.just("restore"), st.sampled_from(NODES)),
    st.tuples(st.just("settle"), st.sampled_from(NODES)),
    st.tuples(st.just("send"), st.sampled_from(NODES), st.sampled_from(NODES)),
), max_size=30)


def run(sim, script):
    for op in script:
        if op[0] == "edit":
            sim.edit(op[1], op[2], op[3])
        elif op[0] == "delete":
            sim.alive(op[1], True)
        elif op[0] == "restore":
            sim.alive(op[1], False)
        elif op[0] == "settle":
            sim.settle(op[1])
        elif op[1] != op[2]:
            sim.send(op[1], op[2])


def exchange_until_quiet(sim, order):
    for _round in range(10):
        before = {n: snapshot(sim.rows[n]) for n in NODES}
        for src, dst in order:
            sim.send(src, dst)
        if all(snapshot(sim.rows[n]) == before[n] for n in NODES):
            return
    raise AssertionError("no quiescence after 10 rounds")


@settings(max_examples=500, deadline=None)
@given(ops, st.randoms(use_true_random=False))
def test_nodes_end_identical_whatever_the_order(script, random):
    sim = Sim()
    run(sim, script)
    pairs = [(a, b) for a in NODES for b in NODES if a != b]
    random.shuffle(pairs)
    exchange_until_quiet(sim, pairs)
    first = snapshot(sim.rows[NODES[0]])
    for node in NODES[1:]:
        assert snapshot(sim.rows[node]) == first


@settings(max_examples=500, deadline=None)
@given(ops, st.sampled_from(NODES), st.sampled_from(NODES))
# found by hypothesis: a local edit over an open conflict of its own earlier edit, and a restore
# settling an edit that was also a field's open loser (both left the state unlike a merge's)
@example([("edit", "np-1", "title", "b"), ("edit", "hq", "title", "a"), ("send", "hq", "np-1"),
          ("edit", "np-1", "title", "a")], "np-1", "hq")
@example([("delete", "hq"), ("edit", "np-1", "title", "a"), ("edit", "hq", "title", "b"),
          ("send", "hq", "np-1"), ("restore", "np-1")], "np-1", "hq")
def test_merge_is_commutative_and_idempotent(script, a, b):
    sim = Sim()
    run(sim, script)
    ab = merged_with(sim.rows[a], sim.rows[b])
    ba = merged_with(sim.rows[b], sim.rows[a])
    assert (ab.values, ab.state.cl, ab.state.to_dict()) == \
        (ba.values, ba.state.cl, ba.state.to_dict())
    again = merged_with((ab.values, ab.state), sim.rows[b])
    assert not again.state_changed and not again.changed_columns
    itself = merged_with(sim.rows[a], sim.rows[a])
    assert not itself.state_changed and not itself.changed_columns


def test_concurrent_edits_of_one_field_open_a_conflict_listed_everywhere():
    sim = Sim()
    sim.edit("np-1", "title", "from np-1")
    sim.edit("np-2", "title", "from np-2")
    sim.send("np-1", "hq")
    sim.send("np-2", "hq")
    values, state = sim.rows["hq"]
    assert values["title"] == "from np-2"  # the later stamp wins
    assert [loser[0] for loser in state.open["title"]] == ["from np-1"]
    sim.send("hq", "np-1")
    sim.send("hq", "np-2")
    assert all(snapshot(sim.rows[n]) == snapshot(sim.rows["hq"]) for n in ("np-1", "np-2"))


def test_an_edit_made_after_seeing_the_other_is_no_conflict():
    sim = Sim()
    sim.edit("np-1", "title", "first")
    sim.send("np-1", "np-2")
    sim.edit("np-2", "title", "second")
    sim.send("np-2", "np-1")
    assert sim.rows["np-1"][0]["title"] == "second" and not sim.rows["np-1"][1].open


def test_a_settled_conflict_stays_settled_on_every_node():
    sim = Sim()
    sim.edit("np-1", "title", "A")
    sim.edit("np-2", "title", "B")
    sim.send("np-1", "np-2")
    assert sim.rows["np-2"][1].open
    sim.settle("np-2")
    assert not sim.rows["np-2"][1].open
    sim.send("np-2", "np-1")  # np-1 still listed it: the settlement reaches it
    assert not sim.rows["np-1"][1].open
    sim.send("np-1", "np-2")
    assert snapshot(sim.rows["np-1"]) == snapshot(sim.rows["np-2"])


def test_edit_versus_delete_is_a_conflict_and_delete_wins_until_restored():
    sim = Sim()
    sim.edit("np-1", "count", 5)
    sim.alive("np-2", True)
    sim.send("np-1", "np-2")
    values, state = sim.rows["np-2"]
    assert state.deleted and values["count"] == 5  # the edit is kept inside the deleted row
    assert [loser[0] for loser in state.open[rowstate.DELETE_KEY]] == [rowstate.EDITED]
    sim.send("np-2", "np-1")
    assert sim.rows["np-1"][1].deleted and sim.rows["np-1"][1].open
    sim.settle("np-1")  # restore with the edits
    sim.send("np-1", "np-2")
    assert not sim.rows["np-2"][1].deleted and not sim.rows["np-2"][1].open


def test_a_delete_after_seeing_the_edit_is_no_conflict():
    sim = Sim()
    sim.edit("np-1", "count", 5)
    sim.send("np-1", "np-2")
    sim.alive("np-2", True)
    sim.send("np-2", "np-1")
    assert sim.rows["np-1"][1].deleted and not sim.rows["np-1"][1].open
