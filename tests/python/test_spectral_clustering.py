"""Tests of kzsec.balance.signed_spectral_clustering (SPONGE, SPONGE_sym, the signed
Laplacian) and blockmodel_evaluate from Python: the spectrum against scipy.linalg.eigh on
matrices built here with numpy, recovery of planted SSBMs (adjusted Rand index, itself
checked against pair counting), the polish against blockmodel_evaluate, keywords and errors."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg

from kzsec import balance, generators


def ari_by_pairs(a, b):
    """The adjusted Rand index counted over all pairs of items (Hubert & Arabie 1985, eq. 5 in
    the pair-counting form of Steinley 2004): an independent check of kzsec's contingency-table
    computation."""
    a, b = np.asarray(a), np.asarray(b)
    i, j = np.triu_indices(len(a), 1)
    sa, sb = a[i] == a[j], b[i] == b[j]
    n11, n10, n01 = np.sum(sa & sb), np.sum(sa & ~sb), np.sum(~sa & sb)
    n00 = len(i) - n11 - n10 - n01
    den = (n00 + n01) * (n01 + n11) + (n00 + n10) * (n10 + n11)
    return 1.0 if den == 0 else 2.0 * (n00 * n11 - n01 * n10) / den


def test_adjusted_rand_index():
    ari = balance.adjusted_rand_index
    # by hand: {0,1}{2,3} against {0,1}{2}{3}: sum C(n_ij) = 1, sum C(a_i) = 2, sum C(b_j) = 1,
    # E = 2 * 1 / 6, ARI = (1 - 1/3) / (3/2 - 1/3) = 4/7
    assert ari([0, 0, 1, 1], [0, 0, 1, 2]) == pytest.approx(4 / 7, abs=1e-15)
    assert ari([5, 5, -3, -3, 9], [1, 1, 0, 0, 2]) == 1.0  # labels are names only
    assert ari([0, 0, 0], [0, 0, 0]) == 1.0 and ari([0, 1, 2], [4, 5, 6]) == 1.0
    assert ari([0, 0, 0, 0], [0, 1, 2, 3]) == 0.0
    rng = np.random.default_rng(3)
    for n, ka, kb in [(2, 2, 1), (7, 3, 2), (50, 4, 6), (301, 2, 9)]:
        a, b = rng.integers(0, ka, n), rng.integers(-kb, kb, n)
        assert ari(a, b) == pytest.approx(ari_by_pairs(a, b), abs=1e-12)
        assert ari(a, b) == pytest.approx(ari(b, a), abs=1e-15)
    for bad, msg in [(([0, 1], [0, 1, 2]), "2 and 3 items"), (([0], [0]), "at least 2"),
                     (([[0, 1]], [[0, 1]]), "one-dimensional"), (([0, 2**40], [0, 1]), "range of int")]:
        with pytest.raises(ValueError, match=msg):
            ari(*bad)


def pencil(g, method, tau_p, tau_n):
    a = np.sign(g.adjacency())
    ap, an = np.maximum(a, 0), np.maximum(-a, 0)
    dp, dn = ap.sum(1), an.sum(1)
    eye = np.eye(len(a))
    isq = lambda d: np.diag(np.where(d > 0, 1 / np.sqrt(np.where(d > 0, d, 1)), 0))  # noqa: E731
    if method == "sponge":
        return np.diag(dp) - ap + tau_n * np.diag(dn), np.diag(dn) - an + tau_p * np.diag(dp)
    if method == "sponge_sym":
        return (eye - isq(dp) @ ap @ isq(dp) + tau_n * eye, eye - isq(dn) @ an @ isq(dn) + tau_p * eye)
    if method == "signed_laplacian":
        return np.diag(dp + dn) - a, eye
    return eye - isq(dp + dn) @ a @ isq(dp + dn), eye


@pytest.mark.parametrize("method", ["sponge", "sponge_sym", "signed_laplacian", "signed_laplacian_sym"])
def test_spectrum_equals_scipy(method):
    g = generators.planted_ssbm(50, 3, 0.4, 0.1, seed=4).graph
    num, den = pencil(g, method, 0.5, 2.0)
    want = scipy.linalg.eigh(num, den, eigvals_only=True)[:8]
    for em in ("dense", "sparse"):
        r = balance.signed_spectral_clustering(g, k=3, method=method, tau_p=0.5, tau_n=2.0, spectrum=8,
                                               eigen_method=em)
        assert r.eigen_method == em
        np.testing.assert_allclose(r.eigenvalues, want, rtol=1e-7, atol=1e-9)
        np.testing.assert_allclose(r.eigengaps, np.diff(want), rtol=1e-6, atol=1e-9)
        v = r.embedding
        lam = r.eigenvalues[: v.shape[1]]
        assert np.abs(num @ v - (den @ v) * lam).max() < 1e-6


def test_recovery_and_noise():
    scores = {}
    for eta in (0.05, 0.3):
        s = []
        for seed in range(3):
            pg = generators.planted_ssbm(240, 3, 0.12, eta, seed=seed)
            r = balance.signed_spectral_clustering(pg.graph, k=3, polish=False)
            s.append(balance.adjusted_rand_index(r.membership, pg.membership))
        scores[eta] = np.mean(s)
    assert scores[0.05] > 0.98
    assert scores[0.3] < scores[0.05]


def test_polish_and_criterion():
    pg = generators.planted_ssbm(80, 4, 0.2, 0.2, seed=9)
    image = 2 * np.eye(4) - 1
    r0 = balance.signed_spectral_clustering(pg.graph, k=4, polish=False)
    r1 = balance.signed_spectral_clustering(pg.graph, k=4)
    assert r0.criterion == r0.criterion_spectral
    assert r0.criterion == pytest.approx(balance.blockmodel_evaluate(pg.graph, image, r0.membership).criterion)
    assert r1.criterion_spectral == pytest.approx(r0.criterion)
    assert r1.criterion <= r1.criterion_spectral
    assert r1.criterion == pytest.approx(balance.blockmodel_evaluate(pg.graph, image, r1.membership).criterion)
    # the polish is the local search of blockmodel_general started from the spectral partition
    b = balance.blockmodel_general(pg.graph, image, start=r0.membership)
    assert list(b.membership) == list(r1.membership)
    assert b.evaluated == r1.moves
    # deterministic
    r2 = balance.signed_spectral_clustering(pg.graph, k=4)
    assert list(r2.membership) == list(r1.membership)
    assert r1.block_sizes.sum() == 80


def test_errors_and_keywords():
    g = generators.planted_ssbm(20, 2, 0.5, 0.0, seed=1).graph
    with pytest.raises(ValueError, match="'sponge', 'sponge_sym'"):
        balance.signed_spectral_clustering(g, method="spong")
    with pytest.raises(ValueError, match="tau_n"):
        balance.signed_spectral_clustering(g, tau_n=0.0)
    with pytest.raises(ValueError, match="k = 21 exceeds"):
        balance.signed_spectral_clustering(g, k=21)
    with pytest.raises(ValueError, match="eigen method"):
        balance.signed_spectral_clustering(g, eigen_method="lanczos")
    with pytest.raises(TypeError, match="polsh"):
        balance.signed_spectral_clustering(g, polsh=False)
    with pytest.raises(ValueError, match="puts vertex 0 in block 5"):
        balance.blockmodel_evaluate(g, 2 * np.eye(2) - 1, [5] * 20)
