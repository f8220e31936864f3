"""kzsec.similarity: published values (Signorino & Ritter 1999 via r-strat, Häge's
formulas), hand-worked cases, brute force (all-pairs vs pairwise and vs numpy)."""
import csv
import math
import os
import pathlib

import numpy as np
import pytest

from kzsec import similarity as sim

SHARED = pathlib.Path(os.environ.get("KZSEC_SHARED_DIR", pathlib.Path(__file__).resolve().parents[3] / "shared"))
REF = SHARED / "reference"


def read_columns(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return {k: [r[k] for r in rows] for k in rows[0]}


def toy_values():
    with open(REF / "similarity" / "reference_values_similarity_toy.csv", newline="") as f:
        return {(r["case"], r["pair"], r["measure"]): float(r["value"]) for r in csv.DictReader(f) if r["value"] != "NA"}


def test_germany_russia_1914():
    t = read_columns(REF / "similarity" / "sr1999_table6_gmyrus1914.csv")
    gmy = np.array(t["gmy"], float)
    rus = np.array(t["rus"], float)
    cap = np.array(t["syscap"], float)
    ref = toy_values()
    key = lambda m: ref[("SR1999_T6_1914", "GMY-RUS", m)]  # noqa: E731
    # Published: unweighted S = 0.40 (SR 1999 Table 6).
    assert sim.s_score(gmy, rus, max_distance=3).value == pytest.approx(0.40, abs=1e-12)
    assert round(float(sim.s_score(gmy, rus, weights=cap, max_distance=3)), 2) == -0.46
    assert float(sim.s_score(gmy, rus, max_distance=3, squared=True)) == pytest.approx(key("S_sq_unweighted"), abs=1e-6)
    assert float(sim.cohen_kappa(gmy, rus)) == pytest.approx(key("kappa_quadratic_Haege"), abs=1e-6)
    assert float(sim.cohen_kappa(gmy, rus, levels=[0, 1, 2, 3], weight_exponent=1)) == pytest.approx(
        key("cohenk_fpsim_wexp1_levels0_3"), abs=1e-6)
    assert float(sim.scott_pi(gmy, rus)) == pytest.approx(key("pi_quadratic_Haege"), abs=1e-6)
    assert float(sim.scott_pi_nominal(gmy, rus, levels=[0, 1, 2, 3])) == pytest.approx(
        key("spi_nominal_fpsim_levels0_3"), abs=1e-6)
    assert float(sim.tau_b(gmy, rus)) == pytest.approx(key("tau_b"), abs=1e-6)


def test_rstrat_example_and_table5():
    s = sim.s_score([3, 2, 3, 0, 3, 3, 1, 2], [2, 3, 0, 3, 3, 3, 1, 3],
                    weights=[.5, .4, .05, .05, .25, .25, .25, .25], max_distance=[3, 3, 3, 3, 2, 2, 2, 2])
    assert s.value == pytest.approx(0.475)
    assert s.defined and s.reason == "none" and s.n == 8
    # SR 1999 Table 5 (a) and (d): S = -1/3 and 1; tau-b -1 and undefined.
    assert float(sim.s_score([0, 1, 2, 3], [3, 2, 1, 0], max_distance=3)) == pytest.approx(-1 / 3)
    assert float(sim.tau_b([0, 1, 2, 3], [3, 2, 1, 0])) == pytest.approx(-1)
    d = sim.tau_b([3, 3, 3, 3], [3, 3, 3, 3])
    assert not d.defined and math.isnan(d.value) and d.reason == "constant_vector"
    assert float(sim.s_score([3, 3, 3, 3], [3, 3, 3, 3], max_distance=3)) == 1.0


def test_hand_worked_kappa_pi():
    # x = (1,1,2,3), y = (2,2,3,3): kappa = 1 - 3/6 = 0.5, pi = 1 - 3/4.875 = 5/13,
    # nominal pi = (1/4 - 11/32)/(21/32) = -1/7 (worked in tests/cpp/test_similarity.cpp).
    x, y = [1, 1, 2, 3], [2, 2, 3, 3]
    assert float(sim.cohen_kappa(x, y)) == pytest.approx(0.5)
    assert float(sim.scott_pi(x, y)) == pytest.approx(5 / 13)
    assert float(sim.scott_pi_nominal(x, y)) == pytest.approx(-1 / 7)
    k = sim.cohen_kappa([2, 2], [2, 2])
    assert not k.defined and k.reason == "zero_expected_disagreement"
    assert sim.cohen_kappa([2, 2], [2, 2], zero_denominator_as_zero=True).value == 0.0
    with pytest.raises(ValueError):
        sim.cohen_kappa([1, 5], [1, 1], levels=[1, 2, 3])
    with pytest.raises(ValueError):
        sim.s_score([1, 2], [1])


def test_unga_reference_votes():
    vt = sim.read_un_votes(REF / "unga" / "unvotes_subset_2007_2019.csv", "unvotes")
    assert vt.votes.shape == (10, 1203)
    ia = sim.un_agreement_matrix(vt.votes, "lijphart")
    s = sim.s_score_matrix(vt.votes, max_distance=2)
    np.testing.assert_allclose(s, 2 * ia - 1, atol=1e-12)  # S_abs = 2 IA - 1
    kz = vt.row_of("KZ")
    order = {c: ia[kz, vt.row_of(c)] for c in ("CN", "RU", "TR", "DE", "US")}
    # Yuneman (2023): KZ votes most like China, then Russia, then Turkey/Germany, least like the US.
    assert order["CN"] > order["RU"] > max(order["TR"], order["DE"]) > min(order["TR"], order["DE"]) > order["US"]
    sv = sim.split_votes(vt.votes[vt.row_of("TM")], vt.votes[vt.row_of("RU")], vt.votes[vt.row_of("US")])
    assert (sv.n_split, sv.missing) == (625, 165)
    # Pairwise agrees with the matrix.
    r = sim.un_agreement(vt.votes[kz], vt.votes[vt.row_of("US")])
    assert r.lijphart.value == pytest.approx(ia[kz, vt.row_of("US")])
    assert r.state_department.value == pytest.approx(sim.un_agreement_matrix(vt.votes, "state_department")[kz, vt.row_of("US")])
    with pytest.raises(ValueError):
        sim.read_un_votes(REF / "unga" / "unvotes_subset_2007_2019.csv", "nonsense")
    with pytest.raises(ValueError):
        sim.un_agreement([1, 8], [1, 1])


def test_all_pairs_vs_numpy_and_pairwise():
    rng = np.random.default_rng(42)
    v = rng.integers(1, 4, size=(15, 60)).astype(float)
    v[rng.random(v.shape) < 0.1] = np.nan
    # numpy formulation of the squared S with pairwise deletion
    m = ~np.isnan(v)
    z = np.where(m, v, 0.0) / 2.0
    mf = m.astype(float)
    num = (z * z) @ mf.T + mf @ (z * z).T - 2 * z @ z.T
    den = mf @ mf.T
    np.testing.assert_allclose(sim.s_score_matrix(v, max_distance=2, squared=True), 1 - 2 * num / den, atol=1e-12)
    for f_mat, f in [(sim.cohen_kappa_matrix, sim.cohen_kappa), (sim.scott_pi_matrix, sim.scott_pi),
                     (sim.scott_pi_nominal_matrix, sim.scott_pi_nominal), (sim.tau_b_matrix, sim.tau_b)]:
        mat = f_mat(v)
        for i in range(0, 15, 4):
            for j in range(15):
                assert mat[i, j] == pytest.approx(float(f(v[i], v[j])), abs=1e-10, nan_ok=True)
    a = sim.s_score_matrix(v, max_distance=2)
    assert a[2, 7] == pytest.approx(float(sim.s_score(v[2], v[7], max_distance=2)))


def test_map_codes_and_atop():
    raw = np.array([[1, 2, 3, 8, 9]], float)
    out = sim.map_vote_codes(raw, "voeten")
    assert out[0, :3].tolist() == [1, 2, 3] and np.isnan(out[0, 3:]).all()
    rev = sim.map_vote_codes(np.array([[1.0, 3.0]]), {"1": "no", "3": "yes"})
    assert rev.tolist() == [[3.0, 1.0]]
    p = sim.read_atop_portfolios(REF / "alliances" / "atop_focal_dyads_1992_2018.csv", year=2016,
                                 actors=[705, 365, 710, 2], dimensions=[2, 365, 705, 710])
    assert p.positions.shape == (4, 4)
    assert p.positions[0, 2] == 3 and p.positions[3, 0] == 3  # self = 3
    # Kazakhstan's pledge to Russia in 2016 is a defence pact (CSTO): 3.
    ref = read_columns(REF / "alliances" / "atop_valued_portfolios_2016.csv")
    assert p.positions[0, 1] == float(ref["KZ"][ref["ccode"].index("365")])
    pytest.importorskip("pandas")
    df = sim.portfolios_frame(p)
    assert list(df.index) == [705, 365, 710, 2]
    vt = sim.read_un_votes(REF / "unga" / "unvotes_subset_2007_2019.csv", "unvotes", countries=["KZ", "US"])
    assert sim.votes_frame(vt).shape == (2, 1203)
