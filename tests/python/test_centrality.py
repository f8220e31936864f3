"""Tests of kzsec.centrality: the published Everett-Borgatti Table 5 values
(signnet's JOSS paper), numpy's dense solver and eigensolver on seeded random
graphs, networkx's eigenvector centrality on all-positive graphs, and errors."""
from __future__ import annotations

import os
import pathlib

import numpy as np
import pytest

import kzsec
from kzsec import centrality

SHARED = pathlib.Path(os.environ.get("KZSEC_SHARED_DIR", pathlib.Path(__file__).resolve().parents[3] / "shared"))
TABLE5 = SHARED / "reference" / "balance" / "everett_borgatti_2014_table5.csv"

PN_PUBLISHED = [0.900975, 0.861348, 0.907700, 0.861348, 0.841066, 0.849656, 0.861732, 0.901591, 0.850985, 0.907293]
EV_PUBLISHED = [-0.6221496, 1, -0.7451885, 1, -0.8999004, 0.6428959, 0.3582816, -0.3747192, -0.2808741, -0.0783457]


@pytest.fixture(scope="module")
def table5():
    return np.loadtxt(TABLE5, delimiter=",")


def random_signed(rng, n, p=0.4, directed=False):
    a = np.where(rng.random((n, n)) < p, np.where(rng.random((n, n)) < 0.6, 1.0, -1.0) * rng.uniform(0.1, 1, (n, n)), 0.0)
    np.fill_diagonal(a, 0.0)
    return a if directed else np.triu(a, 1) + np.triu(a, 1).T


def test_published_table5(table5):
    g = kzsec.SignedGraph.from_matrix(table5)
    r = centrality.pn_index(g)
    np.testing.assert_allclose(r.pn, PN_PUBLISHED, atol=5e-7)
    assert r.beta == pytest.approx(1 / 18)
    np.testing.assert_allclose(centrality.pn_index(table5).pn, r.pn, rtol=1e-12)
    e = centrality.signed_eigenvector_centrality(g)
    assert e.eigenvalue == pytest.approx(-4.268416, abs=1e-6)
    np.testing.assert_allclose(e.centrality, EV_PUBLISHED, atol=5e-7)


@pytest.mark.parametrize("seed", range(8))
def test_pn_against_numpy_dense_solve(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 40))
    for directed in (False, True):
        a = random_signed(rng, n, directed=directed)
        for weighted in (False, True):
            s = a if weighted else np.sign(a)
            star = np.where(s > 0, s, 2 * s)
            beta = 1 / (2 * n - 2)
            expect_out = np.linalg.solve(np.eye(n) - beta * star, np.ones(n))
            expect_in = np.linalg.solve(np.eye(n) - beta * star.T, np.ones(n))
            if directed:
                np.testing.assert_allclose(centrality.pn_index(a, mode="out", weighted=weighted).pn, expect_out, rtol=1e-10)
                np.testing.assert_allclose(centrality.pn_index(a, mode="in", weighted=weighted).pn, expect_in, rtol=1e-10)
            else:
                g = kzsec.SignedGraph.from_matrix(a)
                np.testing.assert_allclose(centrality.pn_index(g, weighted=weighted).pn, expect_out, rtol=1e-10)


@pytest.mark.parametrize("seed", range(8))
def test_eigenvector_against_numpy_eigh(seed):
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(4, 30))
    a = random_signed(rng, n, p=0.5)
    g = kzsec.SignedGraph.from_matrix(a)
    w, v = np.linalg.eigh(a)
    k = int(np.argmax(np.abs(w)))
    others = np.abs(np.delete(w, k))
    if others.size and (np.abs(w[k]) - others.max()) / np.abs(w[k]) < 1e-6:
        with pytest.raises(ArithmeticError):
            centrality.signed_eigenvector_centrality(g, weighted=True)
        return
    x = v[:, k]
    x = x / x[np.argmax(np.abs(x) >= np.abs(x).max() * (1 - 1e-9))]
    e = centrality.signed_eigenvector_centrality(g, weighted=True)
    assert e.eigenvalue == pytest.approx(w[k], rel=1e-12)
    np.testing.assert_allclose(e.centrality, x, atol=1e-9)


def test_all_positive_graph_matches_networkx_eigenvector_centrality():
    nx = pytest.importorskip("networkx")
    g_nx = nx.karate_club_graph()
    g = kzsec.SignedGraph.from_edges([(str(u), str(v), 1.0) for u, v in g_nx.edges()])
    e = centrality.signed_eigenvector_centrality(g)
    ref = nx.eigenvector_centrality_numpy(g_nx)
    x = np.array([ref[int(label)] for label in g.labels])
    np.testing.assert_allclose(e.centrality, x / x.max(), atol=1e-9)
    assert (e.centrality > 0).all()


def test_table_and_errors():
    pytest.importorskip("pandas")
    g = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", -1), ("A", "C", -1)])
    t = centrality.table(g)
    assert list(t.index) == ["A", "B", "C"]
    assert list(t.columns) == ["positive", "negative", "net", "ratio", "pn", "eigenvector"]
    assert t.loc["C", "net"] == -2
    # C is the one both others are hostile to: lowest PN
    assert t["pn"].idxmin() == "C"
    # the two-camp structure: A and B on one side, C on the other
    assert np.sign(t.loc["A", "eigenvector"]) == np.sign(t.loc["B", "eigenvector"]) != np.sign(t.loc["C", "eigenvector"])
    neg = kzsec.SignedGraph.from_edges([("A", "B", -1)])
    with pytest.raises(ArithmeticError, match="singular"):
        centrality.pn_index(neg)
    with pytest.raises(ArithmeticError, match="no dominant eigenvalue"):
        centrality.signed_eigenvector_centrality(neg)
    # a path (bipartite: eigenvalues sqrt(2), 0, -sqrt(2)) has no dominant eigenvalue: NaN in the table
    path = centrality.table(kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", 1)]))
    assert path["eigenvector"].isna().all()
    assert path["pn"].notna().all()
    with pytest.raises(ValueError, match="symmetric"):
        centrality.pn_index(np.array([[0.0, 1.0], [0.0, 0.0]]))
    with pytest.raises(ValueError, match="'all', 'out', 'in'"):
        centrality.pn_index(g, mode="both")
    with pytest.raises(ValueError, match="beta"):
        centrality.pn_index(g, beta=-1.0)


def test_kazakhstan_security_network_by_year():
    """Central and peripheral actors of the security network, two years apart."""
    pytest.importorskip("pandas")
    net = kzsec.datasets.kazakhstan()
    # the coded relations alone (membership ties off): the claim is about the relations the data code;
    # with the default membership ties (issue #12) the CSTO, SCO and CIS ties hold Russia at 17th of 20
    t05 = centrality.table(net.snapshot(2005, domain="security", membership_ties={}))
    t14 = centrality.table(net.snapshot(2014, domain="security", membership_ties={}))
    assert {"KAZ", "RUS", "CHN", "USA"} <= set(t14.index)
    # the dataset is centred on Kazakhstan: it is the hub in both years
    assert t05["pn"].idxmax() == t14["pn"].idxmax() == "KAZ"
    # 2014: Crimea puts Russia in negative security ties with Ukraine and the West, and its PN
    # falls from above the mean to the lowest of all actors
    assert t14.loc["RUS", "negative"] > t05.loc["RUS", "negative"]
    assert t05.loc["RUS", "pn"] > t05["pn"].mean()
    assert t14["pn"].idxmin() == "RUS"


def test_signed_eigenvector_dense_and_sparse_paths_agree_with_numpy():
    rng = np.random.default_rng(21)
    n = 600
    a = np.triu(np.where(rng.random((n, n)) < 0.03, np.where(rng.random((n, n)) < 0.35, -1.0, 1.0), 0.0), 1)
    a = a + a.T
    g = kzsec.SignedGraph.from_matrix(a)
    lam, vec = np.linalg.eigh(a)
    k = int(np.argmax(np.abs(lam)))
    v = vec[:, k] / vec[np.argmax(np.abs(vec[:, k])), k]
    for method in ("dense", "sparse"):
        e = centrality.signed_eigenvector_centrality(g, method=method)
        assert e.method == method
        assert e.eigenvalue == pytest.approx(lam[k], rel=1e-9)
        assert np.abs(e.centrality - v).max() < 1e-6
    assert centrality.signed_eigenvector_centrality(g).method == "sparse"
