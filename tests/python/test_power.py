"""kzsec.power: CINC against every published NMC v6/v7 row, hand-worked concentration and threat."""
import math
import os
import pathlib

import numpy as np
import pytest

from kzsec import power

SHARED = pathlib.Path(os.environ.get("KZSEC_SHARED_DIR", pathlib.Path(__file__).resolve().parents[3] / "shared"))
CAP = SHARED / "reference" / "capabilities"


@pytest.mark.parametrize("subset,totals", [("nmc_v6_subset_1992_2016.csv", "nmc_v6_system_totals_1992_2016.csv"),
                                           ("nmc_v7_subset_1992_2022.csv", "nmc_v7_system_totals_1992_2022.csv")])
def test_cinc_every_row(subset, totals):
    d = power.read_nmc_csv(CAP / subset)
    t = power.read_nmc_totals_csv(CAP / totals)
    r = power.cinc(d.components, t.for_years(list(d.year)))
    assert np.max(np.abs(r.cinc - d.cinc)) < 1e-7
    assert (r.n_components < 6).any()


def test_cinc_kazakhstan_2016():
    comps = np.array([[1101000, 39, 4289, 159332, 17988, 5785]], float)
    tot = np.array([1503924000, 19700, 1626954, 21884250, 7448156, 2344974], float)
    assert power.cinc(comps, tot).cinc[0] == pytest.approx(0.0029184562, abs=1e-10)
    with pytest.raises(ValueError):
        power.cinc(np.ones((1, 5)), tot)


def test_concentration_hand_worked():
    v = [2, 1, 1]  # shares .5 .25 .25
    assert power.hhi(v) == pytest.approx(0.375)
    assert power.effective_number_of_poles(v) == pytest.approx(8 / 3)
    assert power.con(v) == pytest.approx(0.25)
    lc = power.leader_challenger([1, 4, 3])
    assert (lc.leader, lc.challenger) == (1, 2)
    assert lc.ratio == pytest.approx(4 / 3) and lc.parity == pytest.approx(0.75)
    assert power.count_poles([5, 3, 1, 1], 0.3) == 2
    assert math.isnan(power.con([1.0]))


def test_balance_of_threat():
    w = {"aggregate_power": 1, "proximity": 1, "offensive_capability": 1, "aggressive_intentions": 1}
    r = power.balance_of_threat([0.8, 0.4], [1.0, 0.5], [0.6, 0.2], [0.0, 0.5], weights=w, form="additive")
    np.testing.assert_allclose(r.threat, [0.6, 0.4])
    m = power.balance_of_threat([0.8, 0.4], [1.0, 0.5], [0.6, 0.2], [0.0, 0.5], weights=w, form="multiplicative")
    assert m.threat[0] == 0 and m.threat[1] == pytest.approx(0.02 ** 0.25)
    with pytest.raises(ValueError):
        power.balance_of_threat([0.5], [0.5], [0.5], [0.5], weights={}, form="additive")
    with pytest.raises(TypeError):
        power.balance_of_threat([0.5], [0.5], [0.5], [0.5])  # weights and form are required


def test_nmc_frame():
    pytest.importorskip("pandas")
    d = power.read_nmc_csv(CAP / "nmc_v6_subset_1992_2016.csv")
    t = power.read_nmc_totals_csv(CAP / "nmc_v6_system_totals_1992_2016.csv")
    df = power.nmc_frame(d, t)
    assert (df["cinc"] - df["cinc_recomputed"]).abs().max() < 1e-7
    assert df.loc[(df.stateabb == "KZK") & (df.year == 2016), "cinc"].item() == pytest.approx(0.0029184562, abs=1e-9)
