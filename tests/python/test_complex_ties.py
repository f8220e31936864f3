"""Tests of kzsec.balance.complex_ties, complex_adjacency, complex_laplacian and
count_complex_triangles (ambivalent ties, signnet's complex matrices): signnet's vignette
"Complex Matrices" (the printed matrices and census), the matrices rebuilt here with numpy,
the census by brute force over every triple (itertools), and errors."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

import kzsec
from kzsec import balance, generators

NAMES = ["PPP", "PPN", "PNN", "NNN", "PPA", "PNA", "NNA", "PAA", "NAA", "AAA"]


def test_vignette_matrices():
    # a, b, c = 0, 1, 2; a-b ambivalent, a-c and b-c negative (signnet vignette "Complex Matrices")
    src, dst, kind = [0, 0, 1], [1, 2, 2], ["A", "N", "N"]
    a = balance.complex_adjacency(src, dst, kind)
    want = np.array([[0, 0.5 + 0.5j, 1j], [0.5 - 0.5j, 0, 1j], [-1j, -1j, 0]])
    np.testing.assert_array_equal(a, want)
    lap = balance.complex_laplacian(src, dst, kind)
    # printed by the vignette to 6 decimals
    printed = np.array([[1.707107, -0.5 - 0.5j, -1j], [-0.5 + 0.5j, 1.707107, -1j], [1j, 1j, 2]])
    np.testing.assert_allclose(lap, printed, atol=5e-7)
    # the names are accepted too
    np.testing.assert_array_equal(balance.complex_adjacency(src, dst, ["ambivalent", "negative", "negative"]), want)


def test_vignette_triangles():
    # make_full_graph(5), types P P P N N N A A A A in igraph's edge order; printed census
    # PPP 0 PPN 2 PNN 0 NNN 0 PPA 1 PNA 3 NNA 1 PAA 0 NAA 2 AAA 1
    src, dst = zip(*itertools.combinations(range(5), 2))
    r = balance.count_complex_triangles(src, dst, list("PPPNNNAAAA"))
    assert r.names == NAMES
    assert r.to_dict() == {"PPP": 0, "PPN": 2, "PNN": 0, "NNN": 0, "PPA": 1, "PNA": 3, "NNA": 1, "PAA": 0,
                           "NAA": 2, "AAA": 1}
    assert r.triangles == 10


@pytest.mark.parametrize("seed", range(6))
def test_against_numpy_and_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = 12
    pairs = np.array([p for p in itertools.combinations(range(n), 2) if rng.random() < 0.5])
    kind = rng.choice(np.array(list("PNA")), size=len(pairs))
    flip = rng.random(len(pairs)) < 0.5  # either orientation in the input
    src = np.where(flip, pairs[:, 1], pairs[:, 0])
    dst = np.where(flip, pairs[:, 0], pairs[:, 1])
    value = np.select([kind == "P", kind == "N"], [1 + 0j, 1j], 0.5 + 0.5j)
    want = np.zeros((n, n), complex)
    want[pairs[:, 0], pairs[:, 1]] = value
    want[pairs[:, 1], pairs[:, 0]] = np.conj(value)
    a = balance.complex_adjacency(src, dst, kind, n=n)
    np.testing.assert_array_equal(a, want)
    d = np.abs(want).sum(1)
    np.testing.assert_allclose(balance.complex_laplacian(src, dst, kind, n=n), np.diag(d) - want, atol=1e-15)
    s = np.where(d > 0, 1 / np.sqrt(np.where(d > 0, d, 1)), 0)
    np.testing.assert_allclose(balance.complex_laplacian(src, dst, kind, n=n, normalised=True),
                               np.eye(n) - s[:, None] * want * s[None, :], atol=1e-15)
    assert np.linalg.eigvalsh(balance.complex_laplacian(src, dst, kind, n=n)).min() > -1e-12
    code = {(min(u, v), max(u, v)): k for u, v, k in zip(src, dst, kind)}
    counts = dict.fromkeys(NAMES, 0)
    for x, y, z in itertools.combinations(range(n), 3):
        ks = [code.get((x, y)), code.get((y, z)), code.get((x, z))]
        if None not in ks:
            counts["".join(sorted(ks, key="PNA".index))] += 1
    assert balance.count_complex_triangles(src, dst, kind, n=n).to_dict() == counts


def test_complex_ties_from_signed_graph():
    g = kzsec.SignedGraph.from_edges([("a", "b", 1), ("b", "c", -1), ("a", "c", -0.5), ("c", "d", 2)])
    src, dst, kind = balance.complex_ties(g, ambivalent=[(2, 0)])
    assert list(src) == [0, 0, 1, 2] and list(dst) == [1, 2, 2, 3]
    assert list(kind) == ["P", "A", "N", "P"]
    assert balance.count_complex_triangles(src, dst, kind).to_dict()["PNA"] == 1
    # without ambivalent pairs: the signs, and the census matches triangle_index's
    g2 = generators.signed_gnp(30, 0.3, 0.4, seed=2)
    s, d, k = balance.complex_ties(g2)
    r = balance.count_complex_triangles(s, d, k).to_dict()
    census = balance.triangle_index(g2).census
    assert [r["PPP"], r["PPN"], r["PNN"], r["NNN"]] == list(census)
    with pytest.raises(ValueError, match="not a tie of the graph"):
        balance.complex_ties(g, ambivalent=[(0, 3)])


def test_errors():
    with pytest.raises(ValueError, match="kind 'X'"):
        balance.complex_adjacency([0], [1], ["X"])
    with pytest.raises(ValueError, match="given twice"):
        balance.complex_laplacian([0, 1], [1, 0], ["P", "N"])
    with pytest.raises(ValueError, match="self-loop"):
        balance.count_complex_triangles([2], [2], ["A"])
    with pytest.raises(ValueError, match="lengths"):
        balance.complex_adjacency([0, 1], [1, 2], ["P"])
