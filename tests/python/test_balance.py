"""Tests of kzsec.balance against published values (Highland tribes: signnet,
KONECT; Bitcoin Alpha: KONECT), brute force, and SciPy's MILP solver (HiGHS) on
the Correlates-of-War windows."""
from __future__ import annotations

import csv
import gzip
import itertools
import os
import pathlib
import time

import numpy as np
import pytest

import kzsec
from kzsec import balance

SHARED = pathlib.Path(os.environ.get("KZSEC_SHARED_DIR", pathlib.Path(__file__).resolve().parents[3] / "shared"))
REF = SHARED / "reference" / "balance"

TRIBES = ["GAVEV", "KOTUN", "OVE", "ALIKA", "NAGAM", "GAHUK", "MASIL", "UKUDZ", "NOTOH", "KOHIK", "GEHAM",
          "ASARO", "UHETO", "SEUVE", "NAGAD", "GAMA"]


@pytest.fixture(scope="module")
def tribes():
    with open(REF / "highland_tribes.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    idx = {name: i for i, name in enumerate(TRIBES)}
    edges = [(idx[r["from"]], idx[r["to"]], float(r["sign"])) for r in rows]
    return kzsec.SignedGraph.from_edges(edges, labels=TRIBES, n=16)


def cow_windows():
    out: dict[str, list] = {}
    with open(REF / "cow_signed_networks.csv", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["window"], []).append((r["from"], r["to"], float(r["sign"])))
    return out


def amw_milp(g, time_limit=60.0):
    """Aref-Mason-Wilson XOR binary linear model solved by SciPy's HiGHS:
    x_i in {0,1} (side), f_e in {0,1} (frustrated), min sum f_e with
    f >= x_i - x_j, f >= x_j - x_i (positive e) and f >= x_i + x_j - 1,
    f >= 1 - x_i - x_j (negative e); the highest-degree vertex fixed to 1."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    a = g.adjacency()
    iu, ju = np.nonzero(np.triu(a))
    n, m = a.shape[0], len(iu)
    rows, cols, vals, lo = [], [], [], []
    r = 0
    for e, (i, j) in enumerate(zip(iu, ju)):
        if a[i, j] > 0:  # f - x_i + x_j >= 0 ; f + x_i - x_j >= 0
            for si in (-1.0, 1.0):
                rows += [r, r, r]; cols += [n + e, i, j]; vals += [1.0, si, -si]; lo.append(0.0); r += 1
        else:  # f - x_i - x_j >= -1 ; f + x_i + x_j >= 1
            rows += [r, r, r]; cols += [n + e, i, j]; vals += [1.0, -1.0, -1.0]; lo.append(-1.0); r += 1
            rows += [r, r, r]; cols += [n + e, i, j]; vals += [1.0, 1.0, 1.0]; lo.append(1.0); r += 1
    A = coo_matrix((vals, (rows, cols)), shape=(r, n + m)).tocsr()
    c = np.r_[np.zeros(n), np.ones(m)]
    lb = np.zeros(n + m)
    ub = np.ones(n + m)
    top = int(np.argmax(np.abs(a).sum(axis=1)))
    lb[top] = 1.0
    res = milp(c, constraints=[LinearConstraint(A, lo, np.inf)], integrality=np.ones(n + m),
               bounds=Bounds(lb, ub), options={"time_limit": time_limit})
    return res


def test_tribes_published_values(tribes):
    t = balance.triangle_index(tribes, list_unbalanced=True)
    assert t.triangles == 68
    assert t.census == (19, 2, 40, 7)
    assert t.index == pytest.approx(0.8676471, abs=1e-7)
    assert 1 - t.index == pytest.approx(0.132353, abs=1e-6)  # KONECT triadic conflict
    assert t.unbalanced_triangles.shape == (9, 3)
    assert t.vertex_unbalanced.sum() == 27
    assert "strong" in t.convention
    assert balance.triangle_index(tribes, weak=True).balanced == 66
    assert balance.walk_index(tribes).index == pytest.approx(0.3575761, abs=1e-7)
    f = balance.frustration(tribes, method="exact")
    assert f.optimal and f.frustration == 7 and f.lower_bound == 7
    assert f.normalised == pytest.approx(0.7586207, abs=1e-7)
    with pytest.warns(DeprecationWarning):  # the old spelling (issue #14)
        assert f.normalized == f.normalised
    s = balance.summary(tribes, method="exact")
    assert s["frustration_normalised"] == f.normalised  # one name in every output (issue #14)
    with pytest.warns(DeprecationWarning):
        assert s["normalized_frustration"] == f.normalised
    assert isinstance(f.partition, np.ndarray)
    minority = {TRIBES[i] for i in np.nonzero(f.partition != f.partition[TRIBES.index("OVE")])[0]}
    assert minority == {"GAVEV", "KOTUN", "NAGAD", "GAMA"}
    assert f.frustrated_edges.shape == (7, 2)
    b = balance.blockmodel(tribes, 3)
    assert b.criterion == pytest.approx(2.0)
    signnet = np.array([3, 3, 2, 2, 1, 2, 2, 2, 1, 1, 2, 2, 1, 1, 3, 3])
    assert np.array_equal(b.membership[:, None] == b.membership[None, :], signnet[:, None] == signnet[None, :])
    s = balance.spectral_index(tribes)
    assert s.lambda_min == pytest.approx(1.0402890812, abs=1e-9)
    assert s.lambda_min <= 4 * 7 / 16


def test_bitcoin_alpha_konect_convention():
    src, dst, w = [], [], []
    with gzip.open(REF / "soc-sign-bitcoinalpha.csv.gz", "rt") as fh:
        for r in csv.DictReader(fh):
            src.append(int(r["from"])); dst.append(int(r["to"])); w.append(float(r["feature"]))
    g = kzsec.SignedGraph.from_arrays(np.array(src), np.array(dst), np.array(w), directed=True, symmetrize="sum")
    t = balance.triangle_index(g)
    assert (t.triangles, t.unbalanced) == (21677, 3112)
    assert 1 - t.index == pytest.approx(0.143562, abs=1e-6)


def test_brute_force_small_graphs():
    rng = np.random.default_rng(3)
    for trial in range(40):
        n = int(rng.integers(4, 10))
        a = np.triu((rng.random((n, n)) < 0.5) * rng.choice([-1.0, 1.0], size=(n, n)), 1)
        a = a + a.T
        g = kzsec.SignedGraph.from_matrix(a)
        census = [0, 0, 0, 0]
        for i, j, k in itertools.combinations(range(n), 3):
            if a[i, j] and a[j, k] and a[i, k]:
                census[int(a[i, j] < 0) + int(a[j, k] < 0) + int(a[i, k] < 0)] += 1
        assert balance.triangle_index(g).census == tuple(census)
        best = min(
            sum(1 for i, j in zip(*np.nonzero(np.triu(a))) if a[i, j] * s[i] * s[j] < 0)
            for s in (np.r_[1, np.array(bits) * 2 - 1] for bits in itertools.product([0, 1], repeat=n - 1))
        )
        f = balance.frustration(g, method="exact")
        assert f.optimal and f.frustration == best
        assert balance.frustration_of(g, f.partition.tolist()) == best
        assert balance.blockmodel(g, 2, method="exact").criterion == pytest.approx(best)


def test_cow_windows_exact_and_milp_spotcheck():
    wins = cow_windows()
    assert len(wins) == 51
    t0 = time.perf_counter()
    results = {}
    for name, edges in wins.items():
        g = kzsec.SignedGraph.from_edges(edges)
        f = balance.frustration(g, method="exact", time_limit=30)
        assert f.optimal, name
        assert f.lower_bound == f.upper_bound == f.frustration
        assert balance.frustration_of(g, f.partition.tolist()) == f.frustration
        results[name] = (g, f.frustration)
    assert time.perf_counter() - t0 < 60
    assert results["49-52"][1] == 15  # exact value in the methods note (independent solver)
    # Independent solver on three windows (the full comparison is in bench/bench_balance.py).
    for name in ("46-49", "49-52", "70-73"):
        g, L = results[name]
        res = amw_milp(g, time_limit=60)
        if res.status == 0:
            assert round(res.fun) == L, name


def test_bad_arguments(tribes):
    with pytest.raises(ValueError):
        balance.triangle_index(tribes, weighting="geometric")
    with pytest.raises(ValueError):
        balance.walk_index(tribes, beta=0.0)
    with pytest.raises(ValueError):
        balance.frustration(tribes, method="annealing")
    with pytest.raises(ValueError):
        balance.blockmodel(tribes, 0)
    with pytest.raises(ValueError):
        balance.spectral_index(tribes, component="giant")


# ----------------------------------------------- the part that can be unbalanced, optimal coalitions


def _random_graph(rng, n, density, weights=(1,)):
    a = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < density:
                a[i, j] = a[j, i] = rng.choice([-1, 1]) * rng.choice(weights)
    return a


def _brute_frustration(a, weighted):
    n = a.shape[0]
    best = float("inf")
    for s in itertools.product([1, -1], repeat=n):
        s = np.array(s)
        m = a * np.outer(s, s)
        c = -m[m < 0].sum() if weighted else float((m < 0).sum())
        best = min(best, c / 2)
    return best


def test_cycle_part_never_changes_the_frustration_index():
    rng = np.random.default_rng(12)
    for trial in range(60):
        n = 2 + trial % 8
        a = _random_graph(rng, n, 0.2 + 0.05 * (trial % 8), weights=(1, 2, 3))
        g = kzsec.SignedGraph.from_matrix(a)
        cp = balance.cycle_part(g)
        assert cp.graph.num_edges + len(cp.removed) == g.num_edges
        # brute force: an edge is a bridge iff deleting it adds a component
        n0 = g.components()[1]
        bridges = []
        for u, v, w in zip(*g.edges()):
            h = kzsec.SignedGraph.from_matrix(a)
            h.remove_edge(int(u), int(v))
            if h.components()[1] > n0:
                bridges.append((int(u), int(v), float(w)))
        assert cp.removed == bridges
        for weighted in (False, True):
            assert balance.frustration(cp.graph, method="exact", weighted=weighted).frustration == pytest.approx(
                _brute_frustration(a, weighted))


def test_optimal_partitions_count_by_brute_force():
    rng = np.random.default_rng(7)
    for trial in range(40):
        n = 2 + trial % 8
        weighted = trial % 2 == 0
        a = _random_graph(rng, n, 0.5, weights=(1, 2) if weighted else (1,))
        g = kzsec.SignedGraph.from_matrix(a)
        L = _brute_frustration(a, weighted)
        hits = 0
        for s in itertools.product([1, -1], repeat=n):
            if abs(balance.frustration_of(g, list(s), weighted) - L) < 1e-9:
                hits += 1
        expected = hits >> g.components()[1]
        for method in ("enumeration", "branch_and_bound"):
            p = balance.optimal_partitions(g, weighted=weighted, method=method)
            assert p.complete
            assert p.count == expected
            assert p.partitions.shape == (expected, n)
    # hand-worked: the all-negative triangle has three optima; each other vertex is with 0 in one of them
    t = kzsec.SignedGraph.from_edges([("a", "b", -1), ("b", "c", -1), ("a", "c", -1)])
    p = balance.optimal_partitions(t)
    assert (p.count, p.unique, p.frustration) == (3, False, 1)
    assert balance.shares_with(t, "a", p.partitions) == pytest.approx({"a": 1.0, "b": 1 / 3, "c": 1 / 3})


def test_membership_ties_put_nato_with_the_usa_in_2023():
    import json

    net = kzsec.datasets.kazakhstan()
    g = net.snapshot(2023, domain="security")
    pairs = {(g.labels[t.organisation], g.labels[t.member]) for t in g.reduction.membership_ties}
    assert ("NATO", "USA") in pairs
    assert g.weight(g.index("NATO"), g.index("USA")) == pytest.approx(0.5)
    off = net.snapshot(2023, domain="security", membership_ties={})
    assert off.reduction.membership_ties == []
    assert off.num_edges == 25
    assert len(balance.cycle_part(off).removed) == 14

    def year_2023(**kw):
        r = kzsec.report.make_report(net, years=[2023], robustness_draws=0, coalition_draws=10, **kw)
        return json.loads(r.to_json())["years"][0]["balance"]

    b = year_2023()
    assert ("NATO" in b["coalition_with_focal"]) == ("USA" in b["coalition_with_focal"])
    assert ("NATO" in b["coalition_with_focal"]) != ("RUS" in b["coalition_with_focal"])
    assert "NATO-USA" in b["membership_ties"]
    cc = b["coalition_certainty"]
    assert cc["optimal_partitions"] >= 1 and cc["draws"] == 10
    assert set(cc["shares_with_focal"]) >= {"KAZ", "NATO", "USA", "RUS"}
    assert cc["shares_with_focal"]["KAZ"]["optimal_partitions"] == 1.0
    assert b["cycle_part"]["ties"] + len(b["cycle_part"]["left_out"]) == b["ties"]
    # the artefact without the ties: NATO on Russia's side
    b0 = year_2023(membership_ties={})
    assert (b0["ties"], len(b0["cycle_part"]["left_out"])) == (25, 14)
    assert ("NATO" in b0["coalition_with_focal"]) == ("RUS" in b0["coalition_with_focal"])
    # the same numbers as the library computes directly (Python and the report agree)
    assert balance.frustration(g, method="exact", weighted=True).frustration == pytest.approx(b["frustration"])
    assert len(balance.cycle_part(g).removed) == len(b["cycle_part"]["left_out"])


def _random_signed(n, p, q, seed):
    rng = np.random.default_rng(seed)
    a = np.triu(np.where(rng.random((n, n)) < p, np.where(rng.random((n, n)) < q, -1.0, 1.0), 0.0), 1)
    return a + a.T


def test_spectral_index_dense_and_sparse_agree_with_numpy():
    a = _random_signed(500, 0.02, 0.4, 3)
    g = kzsec.SignedGraph.from_matrix(a)
    lam = np.linalg.eigvalsh(np.diag(np.abs(a).sum(axis=1)) - a)
    dense = balance.spectral_index(g, method="dense")
    sparse = balance.spectral_index(g, method="sparse", eigenvector=True)
    assert (dense.method, sparse.method, balance.spectral_index(g).method) == ("dense", "sparse", "sparse")
    assert dense.lambda_min == pytest.approx(lam[0], abs=1e-9)
    assert sparse.lambda_min == pytest.approx(lam[0], abs=1e-7)
    assert sparse.lambda_max == pytest.approx(lam[-1], rel=1e-9)
    with pytest.raises(ValueError, match="'auto', 'dense', 'sparse'"):
        balance.spectral_index(g, method="arpack")


def test_walk_index_truncated_bounds_contain_exact_value():
    a = _random_signed(400, 0.05, 0.3, 9)
    g = kzsec.SignedGraph.from_matrix(a)
    lam, mu = np.linalg.eigvalsh(a), np.linalg.eigvalsh(np.abs(a))
    for beta in (0.5, 2.0):
        k = np.exp(beta * (lam.max() - mu.max())) * np.exp(beta * (lam - lam.max())).sum() / np.exp(beta * (mu - mu.max())).sum()
        exact = balance.walk_index(g, beta=beta)
        assert exact.exact and exact.method == "dense" and exact.index == pytest.approx(k, rel=1e-9)
        t = balance.walk_index(g, beta=beta, method="sparse", eigenvalues=16)
        assert not t.exact and t.method == "sparse" and t.eigenvalues_used == 16
        assert t.index_lower <= k * (1 + 1e-9) and t.index_upper >= k * (1 - 1e-9)
        assert t.index == pytest.approx((t.index_lower + t.index_upper) / 2)


def test_heuristic_frustration_reports_spectral_bound_and_gap():
    a = _random_signed(400, 0.05, 0.45, 405)
    g = kzsec.SignedGraph.from_matrix(a)
    f = balance.frustration(g, method="heuristic")
    lam = np.linalg.eigvalsh(np.diag(np.abs(a).sum(axis=1)) - a)[0]
    assert not f.optimal
    assert f.spectral_bound == pytest.approx(lam * 400 / 4, rel=1e-6)
    assert f.lower_bound >= np.ceil(f.spectral_bound - 1e-7)
    assert f.certified_gap == pytest.approx(f.upper_bound / f.lower_bound)


def test_option_names_come_from_one_table_per_enum():
    """Every method / weighting / component argument is parsed by the C++ table of its enum:
    an unknown name lists the names and suggests the nearest one; the defaults are the C++ ones."""
    g = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", -1), ("A", "C", -1)])
    cases = [
        (lambda: balance.frustration(g, method="exactt"), "frustration method 'exactt' is not one of "
         "'exact', 'heuristic', 'auto'; did you mean 'exact'?"),
        (lambda: balance.triangle_index(g, weighting="products"), "triangle weighting 'products' is not one of "
         "'sign', 'product'; did you mean 'product'?"),
        (lambda: balance.spectral_index(g, component="larger"), "component 'larger' is not one of 'whole', 'largest'; did you mean 'largest'?"),
        (lambda: balance.blockmodel(g, 2, method="heuristc"), "blockmodel method 'heuristc' is not one of "
         "'exact', 'heuristic', 'auto'; did you mean 'heuristic'?"),
        (lambda: balance.optimal_partitions(g, method="enum"), "partitions method 'enum' is not one of "
         "'enumeration', 'branch_and_bound', 'auto'; did you mean 'enumeration'?"),
    ]
    for call, text in cases:
        with pytest.raises(ValueError) as e:
            call()
        assert str(e.value) == "[kzsec] " + text
    # the defaults are those of the C++ option structs (docs/balance.md)
    assert balance.triangle_index(g).weighting == "sign"
    assert balance.frustration(g).method == "exact"  # "auto" resolves to exact on a small graph
