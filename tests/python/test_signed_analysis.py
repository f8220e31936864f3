"""Tests of kzsec.generators, kzsec.significance, kzsec.balance.focal_triads, signed_clustering,
negativity and dyadic_conflict from Python (clustering also against networkx on unsigned graphs):
structure checked with networkx and numpy, summaries recomputed with numpy from the draws,
the focal triads by brute force over every pair of actors (itertools)."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

import kzsec
from kzsec import balance, generators, significance


def triples(g):
    u, v, w = g.edges()
    return [(int(a), int(b), float(c)) for a, b, c in zip(u, v, w)]


def sign_matrix(g):
    n = g.num_vertices
    s = np.zeros((n, n), dtype=int)
    for u, v, w in triples(g):
        s[u, v] = s[v, u] = 1 if w > 0 else -1
    return s


def test_planted_ssbm_structure_and_seed():
    pg = generators.planted_ssbm(30, 3, 0.4, 0.0, seed=5)
    s = sign_matrix(pg.graph)
    same = pg.membership[:, None] == pg.membership[None, :]
    assert np.all(s[same & (s != 0)] == 1)
    assert np.all(s[~same & (s != 0)] == -1)
    assert list(np.bincount(pg.membership)) == [10, 10, 10]
    again = generators.planted_ssbm(30, 3, 0.4, 0.0, seed=5)
    assert again.graph == pg.graph
    assert generators.planted_ssbm(30, 3, 0.4, 0.0, seed=6).graph != pg.graph


def test_signed_sbm_and_errors():
    pg = generators.signed_sbm([4, 6], np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[0.0, 1.0], [1.0, 1.0]]), seed=1)
    s = sign_matrix(pg.graph)
    assert pg.graph.num_edges == 6 + 15
    assert np.all(s[:4, :4][~np.eye(4, dtype=bool)] == 1)
    assert np.all(s[4:, 4:][~np.eye(6, dtype=bool)] == -1)
    with pytest.raises(ValueError, match=r"density\(0, 1\)"):
        generators.signed_sbm([2, 2], np.array([[0.5, 2.0], [2.0, 0.5]]), np.full((2, 2), 0.5))
    with pytest.raises(ValueError, match=r"p must be in \[0, 1\]"):
        generators.signed_gnp(10, 1.5, 0.5)


def test_islands_and_bipartite():
    pg = generators.islands(3, 8, 1.0, 2, seed=4)
    s = sign_matrix(pg.graph)
    for a, b in itertools.combinations(range(3), 2):
        block = s[np.ix_(pg.membership == a, pg.membership == b)]
        assert (block == -1).sum() == 2 and (block == 1).sum() == 0
    assert pg.graph.num_edges == 3 * 28 + 3 * 2
    bp = generators.signed_bipartite(5, 7, 1.0, 0.0, seed=2)
    assert bp.graph.num_edges == 35 and list(bp.membership) == [0] * 5 + [1] * 7


def test_null_draws_keep_what_they_promise():
    nx = pytest.importorskip("networkx")
    g = generators.signed_gnp(25, 0.3, 0.4, seed=9)
    pos = lambda h: nx.Graph([(u, v) for u, v, w in triples(h) if w > 0])  # noqa: E731
    neg = lambda h: nx.Graph([(u, v) for u, v, w in triples(h) if w < 0])  # noqa: E731
    h = significance.null_draw(g, "sign_shuffle", seed=3)
    assert sorted((u, v) for u, v, _ in triples(h)) == sorted((u, v) for u, v, _ in triples(g))
    assert h.num_negative_edges == g.num_negative_edges
    k = significance.null_draw(g, "switching", seed=3, swaps_per_edge=5)
    assert dict(pos(k).degree()) == dict(pos(g).degree())
    assert dict(neg(k).degree()) == dict(neg(g).degree())
    assert triples(k) != triples(g)


def test_significance_summary_recomputed_from_the_draws():
    g = generators.planted_ssbm(30, 2, 0.3, 0.15, seed=2).graph
    r = significance.balance_significance(g, model="switching", draws=150, seed=4, threads=2, keep_draws=True)
    x = r.triangle.values
    assert len(x) == 150
    assert r.triangle.mean == pytest.approx(x.mean())
    assert r.triangle.sd == pytest.approx(x.std(ddof=1))
    assert r.triangle.z == pytest.approx((r.triangle.observed - x.mean()) / x.std(ddof=1))
    assert r.triangle.p_greater == pytest.approx((1 + np.sum(x >= r.triangle.observed - 1e-12)) / 151)
    assert r.triangle.observed == pytest.approx(balance.triangle_index(g).index)
    assert not r.frustration.computed
    one = significance.balance_significance(g, model="switching", draws=150, seed=4, threads=1, keep_draws=True)
    assert np.array_equal(one.walk.values, r.walk.values)
    with pytest.raises(ValueError, match="rewire"):
        significance.balance_significance(g, model="rewire")


def test_focal_triads_brute_force():
    g = generators.signed_gnp(16, 0.4, 0.45, seed=12)
    s = sign_matrix(g)
    names = {(1, 1, 1): "friends_friendly", (1, 1, -1): "friends_hostile", (1, -1, 1): "friend_enemy_friendly",
             (1, -1, -1): "friend_enemy_hostile", (-1, -1, 1): "enemies_friendly", (-1, -1, -1): "enemies_hostile"}
    opens = {(1, 1): "friend_of_friend", (1, -1): "enemy_of_friend", (-1, 1): "friend_of_enemy",
             (-1, -1): "enemy_of_enemy"}
    vu = balance.triangle_index(g).vertex_unbalanced
    for f in range(16):
        want = dict.fromkeys(list(names.values()) + list(opens.values()), 0)
        others = [x for x in range(16) if x != f]
        for u, v in itertools.combinations(others, 2):
            if s[f, u] and s[f, v] and s[u, v]:
                a, b = sorted((s[f, u], s[f, v]), reverse=True)
                want[names[(a, b, s[u, v])]] += 1
        for u, v in itertools.permutations(others, 2):
            if s[f, u] and s[u, v] and not s[f, v]:
                want[opens[(s[f, u], s[u, v])]] += 1
        r = balance.focal_triads(g, str(f))
        assert r.counts == want
        assert r.unbalanced == vu[f]
    listed = balance.focal_triads(g, 0, list=True).triads
    assert len(listed) == sum(balance.focal_triads(g, 0).counts.values())
    with pytest.raises(KeyError):
        balance.focal_triads(g, "nobody")


def test_signed_clustering_brute_force():
    g = generators.signed_gnp(15, 0.4, 0.4, seed=21)
    s = sign_matrix(g)
    n = 15
    total_sign = total_pairs = 0
    local = np.zeros(n)
    for u in range(n):
        nb = [v for v in range(n) if s[u, v]]
        pairs = len(nb) * (len(nb) - 1) // 2
        closed = sum(s[u, v] * s[u, w] * s[v, w] for v, w in itertools.combinations(nb, 2))
        total_sign += closed
        total_pairs += pairs
        local[u] = closed / pairs if pairs else 0.0
    r = balance.signed_clustering(g)
    np.testing.assert_allclose(r.local, local)
    assert r.global_signed == pytest.approx(total_sign / total_pairs)
    assert r.wedges == total_pairs
    z = balance.negativity(g)
    assert z.negative == int((s < 0).sum() // 2)
    assert z.negativity == pytest.approx((s < 0).sum() / np.abs(s).sum())


def test_signed_clustering_all_positive_is_networkx_transitivity():
    nx = pytest.importorskip("networkx")
    h = nx.gnp_random_graph(20, 0.3, seed=4)
    g = kzsec.SignedGraph.from_edges([(str(u), str(v), 1) for u, v in h.edges()])
    order = [int(x) for x in g.labels]
    r = balance.signed_clustering(g)
    assert r.global_signed == pytest.approx(nx.transitivity(h))
    cl = nx.clustering(h)
    np.testing.assert_allclose(r.local, [cl[u] for u in order])


def test_dyadic_conflict_brute_force_and_errors():
    rng = np.random.default_rng(3)
    n = 12
    a = np.where(rng.random((n, n)) < 0.4, np.where(rng.random((n, n)) < 0.4, -1.0, 1.0), 0.0)
    np.fill_diagonal(a, 0.0)
    src, dst = np.nonzero(a)
    r = balance.dyadic_conflict(src, dst, a[src, dst], n=n)
    recip = [(u, v) for u, v in itertools.combinations(range(n), 2) if a[u, v] and a[v, u]]
    conflict = [(u, v) for u, v in recip if a[u, v] * a[v, u] < 0]
    assert r.reciprocated == len(recip)
    assert r.conflicting_pairs == conflict
    assert r.conflict == pytest.approx(len(conflict) / len(recip))
    assert r.negativity == pytest.approx((a < 0).sum() / (a != 0).sum())
    with pytest.raises(ValueError, match="twice"):
        balance.dyadic_conflict([0, 0], [1, 1], [1, -1])
    with pytest.raises(ValueError, match="self-loop"):
        balance.dyadic_conflict([2], [2], [1])
    with pytest.raises(ValueError, match="lengths"):
        balance.dyadic_conflict([0, 1], [1], [1])
    with pytest.raises(ValueError, match="negative vertex index"):
        balance.dyadic_conflict([-1], [1], [1])


def _naive_blockmodel_optimum(s, image, alpha):
    n = s.shape[0]
    pairs = [(u, v) for u, v in itertools.combinations(range(n), 2) if s[u, v]]
    best = None
    for c in itertools.product(range(image.shape[0]), repeat=n):
        cost = sum(alpha if s[u, v] < 0 and image[c[u], c[v]] > 0 else
                   (1 - alpha) if s[u, v] > 0 and image[c[u], c[v]] < 0 else 0 for u, v in pairs)
        best = cost if best is None else min(best, cost)
    return 2 * best


def test_blockmodel_general_exact_heuristic_and_naive():
    image = np.array([[1, -1, -1], [-1, 1, 1], [-1, 1, -1]])
    g = generators.signed_gnp(7, 0.6, 0.4, seed=5)
    want = _naive_blockmodel_optimum(sign_matrix(g), image, 0.4)
    ex = balance.blockmodel_general(g, image, alpha=0.4, method="exact")
    assert ex.optimal and ex.method == "exact"
    assert ex.criterion == pytest.approx(want)
    he = balance.blockmodel_general(g, image, alpha=0.4, method="heuristic", seed=3)
    assert he.criterion == pytest.approx(want)
    neg = sum(1 for u, v, w in ex.violations if w < 0)
    pos = sum(1 for u, v, w in ex.violations if w > 0)
    assert ex.criterion == pytest.approx(2 * (0.4 * neg + 0.6 * pos))
    assert all(image[ex.membership[u], ex.membership[v]] == (1 if w < 0 else -1) for u, v, w in ex.violations)
    with pytest.raises(ValueError, match="symmetric"):
        balance.blockmodel_general(g, np.array([[1, -1], [1, 1]]))
    with pytest.raises(ValueError, match="method"):
        balance.blockmodel_general(g, image, method="annealing")


def test_blockmodel_general_recovers_planted_blocks():
    image = np.array([[1, -1, -1], [-1, 1, 1], [-1, 1, -1]], dtype=float)
    pg = generators.signed_sbm([12, 10, 14], np.full((3, 3), 0.5), (1 - image) / 2, seed=2)
    r = balance.blockmodel_general(pg.graph, image, seed=1)
    assert r.method == "heuristic"
    assert r.criterion == 0
    assert list(r.membership) == list(pg.membership)


def test_directed_signed_degree_and_triad_census_against_networkx():
    nx = pytest.importorskip("networkx")
    rng = np.random.default_rng(11)
    n = 14
    a = np.where(rng.random((n, n)) < 0.3, np.where(rng.random((n, n)) < 0.4, -1.0, 1.0), 0.0)
    np.fill_diagonal(a, 0.0)
    src, dst = np.nonzero(a)
    d = balance.directed_signed_degree(src, dst, a[src, dst], n=n)
    np.testing.assert_array_equal(d.out_positive, (a > 0).sum(axis=1))
    np.testing.assert_array_equal(d.in_negative, (a < 0).sum(axis=0))
    r = balance.signed_triad_census(src, dst, a[src, dst], n=n)
    assert len(r.classes) == 138
    assert sum(c.count for c in r.classes) == n * (n - 1) * (n - 2) // 6
    h = nx.DiGraph()
    h.add_nodes_from(range(n))
    h.add_edges_from(zip(src.tolist(), dst.tolist()))
    assert dict(r.unsigned_census) == nx.triadic_census(h)
    frame = r.to_frame()
    assert list(frame.columns[:2]) == ["name", "man"]
    semi = pos = 0
    for i, j, k in itertools.combinations(range(n), 3):
        arcs = [[x for x in (a[p, q], a[q, p]) if x] for p, q in ((i, j), (i, k), (j, k))]
        for x, y, z in itertools.product(*arcs):
            semi += 1
            pos += x * y * z > 0
    assert r.semicycles == semi
    assert r.balance == pytest.approx(pos / semi)
