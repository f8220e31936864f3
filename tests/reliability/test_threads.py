"""Thread stress of the Python bindings (issue #13 item 1; docs/developer-guide.md "Thread safety").

The compute functions release the GIL. Before kzsec 0.x they then read the very
graph or network another Python thread was mutating (``set_edge``, ``add_vertex``,
``add_relation``): heap corruption (``corrupted size vs. prev_size``) or spurious
KeyError/IndexError. Now every GIL-releasing function computes on a private
copy taken while it still holds the GIL, so each call sees the object as it was
when the call started. Each test runs a few seconds at most, with seeded inputs,
and checks the results, not only that nothing crashed.
"""

import random
import threading
import time

import pytest

import kzsec
from kzsec import balance, centrality, hedging
from kzsec._core import hedging as _h

SECONDS = 1.5  # per test: enough for many thousand interleavings, short for CI


def run_threads(targets):
    """Start every target together, join them, re-raise the first exception."""
    errors = []
    barrier = threading.Barrier(len(targets))

    def wrap(fn):
        def run():
            try:
                barrier.wait()
                fn()
            except BaseException as e:  # noqa: BLE001 - reported below
                errors.append(e)

        return run

    threads = [threading.Thread(target=wrap(t)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
        assert not t.is_alive(), "a thread did not finish in 60 s (deadlock?)"
    if errors:
        raise errors[0]


def random_graph(n, m, seed):
    rng = random.Random(seed)
    g = kzsec.SignedGraph(n)
    while g.num_edges < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            g.set_edge(u, v, -1.0 if rng.random() < 0.3 else 1.0)
    return g


def test_compute_while_another_thread_mutates_the_graph():
    g = random_graph(60, 400, seed=7)
    stop = time.monotonic() + SECONDS
    results = []

    def mutate():
        rng = random.Random(1)
        i = 0
        while time.monotonic() < stop:
            v = g.add_vertex(f"n{i}")
            g.set_edge(rng.randrange(v), v, -1.0)
            if i % 3 == 0:
                g.remove_edge(rng.randrange(v), v)
            i += 1

    def compute():
        while time.monotonic() < stop:
            r = balance.triangle_index(g)
            d = centrality.signed_degree(g)
            # Each result describes one consistent state of the graph.
            assert r.triangles == sum(r.census)
            assert r.balanced + r.unbalanced == r.triangles
            assert len(d.positive) == len(d.negative) == len(d.net)
            results.append(len(d.net))

    run_threads([mutate, compute, compute])
    assert len(results) > 10
    # The graph kept growing: later calls saw more vertices than the first one.
    assert max(results) > min(results)
    # The final graph still computes exactly like a fresh copy of it.
    h = g.copy()
    assert balance.triangle_index(g).census == balance.triangle_index(h).census


def test_hedging_while_another_thread_adds_relations():
    net = kzsec.datasets.kazakhstan()
    years = list(range(1995, 2025))
    before = hedging.evolution_records(net, "KAZ", ["RUS", "CHN"], years)
    stop = time.monotonic() + SECONDS
    counts = []

    def mutate():
        i = 0
        while time.monotonic() < stop:
            a = f"X{i}"
            net.add_actor(a)
            net.add_relation(a, "KAZ", "security", 0.5, (2000, 2020))
            i += 1

    def compute():
        while time.monotonic() < stop:
            evo = hedging.evolution_records(net, "KAZ", ["RUS", "CHN"], years)
            counts.append(len(evo["year"]))
            prof = hedging.profile(net, "KAZ", ["RUS", "CHN"], 2014)
            assert prof.year == 2014

    run_threads([mutate, compute, compute])
    assert counts and all(c == len(before["year"]) for c in counts)


def test_network_index_owns_its_network():
    # A NetworkIndex used to point into the network it was built from: adding
    # memberships or relations afterwards (from any thread) left it dangling.
    net = kzsec.datasets.kazakhstan()
    idx = hedging.NetworkIndex(net)
    want = hedging.profile(idx, "KAZ", ["RUS", "CHN"], 2014).structure.aggregate.tilt
    for i in range(200):
        net.add_actor(f"Y{i}")
        net.add_relation(f"Y{i}", "KAZ", "security", -0.5, (1992, 2024))
    got = hedging.profile(idx, "KAZ", ["RUS", "CHN"], 2014).structure.aggregate.tilt
    assert got == want


@pytest.mark.parametrize("seed", [3])
def test_options_mutated_during_a_call(seed):
    # Option objects are Python-mutable too: the call copies them with the graph.
    g = random_graph(40, 200, seed=seed)
    opts = _h.ProfileOptions()
    opts.domains = ["security"]  # the default (empty) means every domain: 4 rows
    net = kzsec.datasets.kazakhstan()
    stop = time.monotonic() + SECONDS / 2

    def mutate():
        i = 0
        while time.monotonic() < stop:
            opts.domains = ["security"] if i % 2 else ["security", "economic", "political"]
            i += 1

    def compute():
        while time.monotonic() < stop:
            p = _h.profile(net, "KAZ", ["RUS", "CHN"], 2014, opts)
            assert len(p.structure.domains) in (1, 3)
            balance.frustration(g, method="heuristic", seed=seed)

    run_threads([mutate, compute])
