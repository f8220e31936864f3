"""Tests of kzsec.balance.signed_spectral_clustering (SPONGE, SPONGE_sym, the signed
Laplacian) and blockmodel_evaluate from Python: the spectrum against scipy.linalg.eigh on
matrices built here with numpy, recovery of planted SSBMs (adjusted Rand index computed here
from the contingency table), the polish against blockmodel_evaluate, keywords and errors."""
from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg

from kzsec import balance, generators


def ari(a, b):
    a = np.unique(np.asarray(a), return_inverse=True)[1]
    b = np.unique(np.asarray(b), return_inverse=True)[1]
    table = np.zeros((a.max() + 1, b.max() + 1))
    np.add.at(table, (a, b), 1)
    c2 = lambda x: x * (x - 1) / 2  # noqa: E731
    s, sa, sb = c2(table).sum(), c2(table.sum(1)).sum(), c2(table.sum(0)).sum()
    expected = sa * sb / c2(len(a))
    return (s - expected) / ((sa + sb) / 2 - expected)


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
            s.append(ari(r.membership, pg.membership))
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
