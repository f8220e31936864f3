"""Tests of kzsec.hedging: hand-worked cases, options as keyword arguments,
evolution == a loop of profile calls, and UN agreement / split votes on the
Voeten roll calls checked against an independent pandas computation."""
from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest

import kzsec
from kzsec import hedging

SHARED = Path(os.environ.get("KZSEC_SHARED_DIR", Path(__file__).resolve().parents[3] / "shared"))


def issue_split_network():
    n = kzsec.Network()
    for a in ("F", "A", "B"):
        n.add_actor(a)
    # security A 0.8 / B 0.2, economic A 0.1 / B 0.6, political 0.4 / 0.4
    for b, d, v in [("A", "security", 0.8), ("B", "security", 0.2), ("A", "economic", 0.1),
                    ("B", "economic", 0.6), ("A", "political", 0.4), ("B", "political", 0.4)]:
        n.add_relation("F", b, d, v, (2000, 2010))
    n.add_relation("A", "B", "security", -0.5, (2005, 2010))
    return n


def test_profile_hand_worked_with_keyword_options():
    n = issue_split_network()
    p = hedging.profile(n, "F", ["A", "B"], 2006, domains=["security", "economic", "political"],
                        domain_weights={"security": 2.0})
    sec, eco, pol = p.structure.domains
    assert sec.affinity == [0.8, 0.2]
    assert sec.tilt == pytest.approx(0.6)
    assert sec.hedging == pytest.approx(0.7)  # 1 - 0.6 / 2, both positive
    assert sec.tilt_band == "clear_reference"
    assert eco.tilt_band == "clear_other"  # t = -0.5
    assert pol.tilt_band == "even"
    # the old name warns and returns the old Kuik label of the band (issue #12)
    with pytest.warns(DeprecationWarning):
        assert eco.position == "indirect_balancing"
    # Kuik's spectrum per power: A: s 0.8 (ally), o (0.1 + 0.4) / 2 = 0.25 -> limited bandwagoning;
    # B: s 0.2, o (0.6 + 0.4) / 2 = 0.5 (a strategic partnership) -> limited bandwagoning
    sa, sb = p.structure.stances
    assert (sa.power, sa.position, sa.rule) == ("A", "limited_bandwagoning", "alliance_or_partnership")
    assert sa.security == pytest.approx(0.8) and sa.other == pytest.approx(0.25)
    assert sa.other_domains == ["economic", "political"]
    assert (sb.power, sb.position, sb.value) == ("B", "limited_bandwagoning", 2)
    assert sb.other == pytest.approx(0.5)
    ag = p.structure.aggregate
    # (2*0.8 + 0.1 + 0.4) / 4 = 0.525 ; (2*0.2 + 0.6 + 0.4) / 4 = 0.35
    assert ag.affinity == pytest.approx([0.525, 0.35])
    assert ag.spread == pytest.approx(1.1)
    assert ag.split and ag.split_domains == ["security:A", "economic:B"]
    st = p.structure.strategy
    # security A 0.8 >= 0.75 (alliance), no tie <= -0.5: bandwagoning with A (rule 3)
    assert st.primary == "bandwagoning"
    assert st.aligned_with == "A" and st.against == []
    # no stance is a balancing option (before issue #12 the economy's gap bin toward B counted as
    # "indirect balancing" against A, though the focal's ties with A are all positive)
    assert st.components == ["bandwagoning", "hedging"]
    codes = [r.code for r in st.reasons]
    assert codes[0] == "treaty_alliance"
    assert st.reasons[0].values["security_affinity:A"] == 0.8
    assert "component_hedging" in codes
    assert math.isnan(st.robustness) and st.robustness_draws == 0
    # cross-pressure: A-B security -0.5, F-A 0.8, F-B 0.2 -> 0.5 * 0.2 = 0.1
    assert p.cross_pressure.triads == 1
    assert p.cross_pressure.exposure == pytest.approx(0.1)
    assert p.cross_pressure.witnesses[0].domain == "security"


def test_defaults_match_cpp_and_bad_options():
    opt = hedging.ProfileOptions()
    assert opt.neutral_band == 0.15
    assert (opt.alliance_threshold, opt.hostility_threshold, opt.lean_margin, opt.engagement_min) == (0.675, 0.4, 0.5, 0.1)
    assert (opt.robustness_draws, opt.robustness_seed) == (0, 1)
    assert (opt.robustness_sd_high, opt.robustness_sd_medium, opt.robustness_sd_low) == (0.05, 0.10, 0.20)
    assert (opt.tilt_bands.even, opt.tilt_bands.slight, opt.tilt_bands.clear) == (0.1, 0.35, 0.6)
    st = opt.stance
    assert (st.hostility, st.friction, st.alliance, st.partnership, st.engagement) == (0.4, 0.15, 0.675, 0.5, 0.275)
    with pytest.warns(DeprecationWarning):
        assert opt.kuik.slight == 0.35
    assert opt.collective_security_organisations == ["CSTO", "NATO"]
    assert str(opt.default_source) == "relation"
    n = issue_split_network()
    with pytest.raises(TypeError):
        hedging.profile(n, "F", ["A", "B"], 2006, no_such_option=1)
    with pytest.raises(ValueError):
        hedging.profile(n, "F", ["A", "B"], 2006, sources={"economic": "trade"})
    with pytest.raises(KeyError):
        hedging.profile(n, "F", ["A", "Z"], 2006)
    with pytest.raises(ValueError):
        hedging.profile(n, "F", ["A"], 2006)
    with pytest.raises(ValueError):
        hedging.profile(n, "F", ["A", "B"], 2006, tilt_bands={"even": 0.5, "slight": 0.2})
    with pytest.raises(ValueError), pytest.warns(DeprecationWarning):
        hedging.profile(n, "F", ["A", "B"], 2006, kuik={"pragmatism": 0.5, "engagement": 0.2})
    with pytest.raises(ValueError):
        hedging.profile(n, "F", ["A", "B"], 2006, stance={"friction": 0.5, "hostility": 0.4})
    assert hedging.classify_tilt_band(0.7, 0.7, 0.0) == "strong_reference"
    assert hedging.classify_tilt_band(0.7, 0.7, 0.1) == "clear_reference"
    with pytest.warns(DeprecationWarning):
        assert hedging.classify_kuik(0.7, 0.7, 0.1) == "limited_bandwagoning"
    assert hedging.classify_stance(-0.5, 0.9).position == "balancing"
    assert hedging.classify_stance(float("nan"), float("nan")).position == "no_data"


def test_perception_side_by_side():
    n = kzsec.Network()
    for a in ("F", "A", "B"):
        n.add_actor(a)
    n.add_relation("F", "A", "security", -0.4, (2000, 2010))
    n.add_relation("F", "B", "security", 0.5, (2000, 2010))
    n.add_relation("F", "A", "economic", 0.6, (2000, 2010))
    n.add_relation("F", "B", "economic", 0.3, (2000, 2010))
    p = hedging.profile(n, "F", ["A", "B"], 2001, domains=["security", "economic"],
                        perception={"threat_multipliers": {"A": 0.0}, "salience": {"economic": 3.0}})
    assert p.has_perception
    assert p.structure.aggregate.tilt == pytest.approx(-0.3)  # (0.1 - 0.4)
    assert p.perceived.aggregate.tilt == pytest.approx(0.1)   # (1.8/4 - 1.4/4)
    assert p.structure.domains[0].tilt_band == "strong_other"
    assert p.perceived.domains[0].tilt_band == "clear_other"
    # stance toward A: structural security -0.4 is hostile (balancing); perceived (m = 0) it is 0, and
    # the economy 0.6 is a partnership -> limited bandwagoning
    assert p.structure.stances[0].position == "balancing"
    assert p.perceived.stances[0].position == "limited_bandwagoning"
    q = hedging.profile(n, "F", ["A", "B"], 2001, domains=["security", "economic"])
    assert not q.has_perception
    assert q.perceived.aggregate.tilt == q.structure.aggregate.tilt


def test_evolution_dataframe_equals_profile_loop():
    pd = pytest.importorskip("pandas")
    n = issue_split_network()
    years = list(range(2003, 2008))
    kw = dict(perception={"threat_multipliers": {"B": 2.0}}, domain_weights={"identity": 0.0})
    df = hedging.evolution(n, "F", ["A", "B"], years, **kw)
    assert isinstance(df, pd.DataFrame)
    # the default domains are those with a relation (issue #12): identity has none and is not reported
    assert len(df) == 2 * len(years) * 3
    assert list(df["view"].unique()) == ["structure", "perceived"]
    for view in ("structure", "perceived"):
        for y in years:
            p = hedging.profile(n, "F", ["A", "B"], y, **kw)
            v = p.structure if view == "structure" else p.perceived
            sub = df[(df.view == view) & (df.year == y)]
            assert list(sub.domain) == [r.domain for r in v.domains]
            np.testing.assert_array_equal(sub.affinity_A.to_numpy(), [r.affinity[0] for r in v.domains])
            np.testing.assert_array_equal(sub.tilt.to_numpy(), [r.tilt for r in v.domains])
            assert list(sub.tilt_band_name) == [r.tilt_band for r in v.domains]
            assert (sub.stance_A == v.stances[0].position).all()
            assert (sub.stance_B == v.stances[1].position).all()
            assert (sub.strategy == v.strategy.primary).all()
            assert (sub.spread == v.aggregate.spread).all()
            assert (sub.cross_pressure_exposure == p.cross_pressure.exposure).all()
    rec = hedging.evolution_records(n, "F", ["A", "B"], years)
    assert isinstance(rec["tilt"], np.ndarray) and rec["tilt"].dtype == np.float64
    assert rec["year"].dtype.kind == "i" and rec["split"].dtype == np.bool_
    assert len(rec["domain"]) == len(years) * 3


def _unga_network():
    pd = pytest.importorskip("pandas")
    path = SHARED / "reference" / "unga" / "unvotes_subset_2007_2019.csv"
    if not path.exists():
        pytest.skip("shared UN votes not available")
    votes = pd.read_csv(path)
    code = {"yes": 1.0, "abstain": 0.0, "no": -1.0}
    n = kzsec.Network()
    cols = ["KZ", "RU", "CN", "US"]
    for c in cols:
        n.add_actor(c)
    votes["year"] = votes["date"].str.slice(0, 4).astype(int)
    for c in cols:
        for rcid, year, v in zip(votes["rcid"], votes["year"], votes[c]):
            if isinstance(v, str):
                n.add_metric(kzsec.Metric("unga_vote", c, int(year), code[v], item=str(rcid)))
    return n, votes, code


def test_un_agreement_and_split_votes_match_independent_pandas():
    n, votes, code = _unga_network()
    idx = hedging.NetworkIndex(n)
    spec = hedging.AffinitySpec("un_agreement")
    for year in (2007, 2014, 2019):
        yv = votes[votes.year == year]
        for other in ("RU", "CN", "US"):
            both = yv[yv.KZ.notna() & yv[other].notna()]
            x = both.KZ.map(code).to_numpy()
            y = both[other].map(code).to_numpy()
            ia = np.mean(1 - np.abs(x - y) / 2)  # Lijphart: abstain vs yes/no = half agreement
            got = hedging.affinity(idx, "KZ", other, "political", year, spec)
            assert got == pytest.approx(2 * ia - 1, abs=1e-12)
        # split votes RU vs US
        split = yv[((yv.RU == "yes") & (yv.US == "no")) | ((yv.RU == "no") & (yv.US == "yes"))]
        sv = hedging.split_votes(idx, "KZ", "RU", "US", year)
        assert sv.n_split == len(split)
        assert sv.with_a == int((split.KZ == split.RU).sum())
        assert sv.with_b == int((split.KZ == split.US).sum())
        assert sv.abstain == int((split.KZ == "abstain").sum())
        assert sv.absent == int(split.KZ.isna().sum())
    # Yuneman's direction: KZ votes more like China than like the US in every year
    p = hedging.profile(idx, "KZ", ["CN", "US"], 2014, domains=["political"],
                        sources={"political": "un_agreement"})
    assert p.structure.domains[0].tilt > 0
    assert p.split_votes[0].a == "CN" and p.split_votes[0].n_split > 0


def test_cross_pressure_function():
    n = issue_split_network()
    cp = hedging.cross_pressure(n, "F", 2006)
    assert cp.triads == 1 and cp.exposure == pytest.approx(0.1)
    assert hedging.cross_pressure(n, "F", 2004).triads == 0
    assert math.isclose(cp.witnesses[0].w_ab, -0.5)


def two_rival_network(p, q, to_p, to_q, confidence="medium"):
    """F with security, political and economic ties to two rivals, 2000-2010."""
    n = kzsec.Network()
    for a in ("F", p, q):
        n.add_actor(a)
    for d, vp, vq in zip(("security", "political", "economic"), to_p, to_q):
        n.add_relation("F", p, d, vp, (2000, 2010), confidence=confidence)
        n.add_relation("F", q, d, vq, (2000, 2010), confidence=confidence)
    return n


DOMAINS = ["security", "political", "economic"]


def test_belarus_like_treaty_ally_is_bandwagoning():
    # RUS 0.95 / 0.9 / 0.9, CHN 0.1 / 0.3 / 0.3: both aggregates positive (0.917, 0.233), which the
    # old rule called hedging; the security tie 0.95 >= 0.75 is an alliance with RUS alone, and no tie
    # is <= -0.5: bandwagoning with RUS.
    n = two_rival_network("RUS", "CHN", (0.95, 0.9, 0.9), (0.1, 0.3, 0.3))
    for rivals in (["RUS", "CHN"], ["CHN", "RUS"]):
        st = hedging.profile(n, "F", rivals, 2005, domains=DOMAINS).structure.strategy
        assert st.primary == "bandwagoning"
        assert st.aligned_with == "RUS"
        assert st.against == []
        assert st.reasons[0].code == "treaty_alliance"


def test_japan_like_us_ally_balances_china():
    # USA 0.9 (defence pact) / 0.8 / 0.5, CHN -0.5 (strategic rivalry) / 0.1 / 0.4
    n = two_rival_network("USA", "CHN", (0.9, 0.8, 0.5), (-0.5, 0.1, 0.4))
    st = hedging.profile(n, "F", ["USA", "CHN"], 2005, domains=DOMAINS).structure.strategy
    assert st.primary == "balancing"
    assert st.aligned_with == "USA"
    assert st.against == ["CHN"]
    assert [r.code for r in st.reasons][:2] == ["treaty_alliance", "hostility"]
    assert st.reasons[1].values["security_affinity:CHN"] == -0.5
    # a higher hostility threshold turns the rivalry into no hostility: bandwagoning with the ally
    st2 = hedging.profile(n, "F", ["USA", "CHN"], 2005, domains=DOMAINS, hostility_threshold=0.6).structure.strategy
    assert st2.primary == "bandwagoning" and st2.aligned_with == "USA"


def test_robustness_is_seeded_and_sits_between_0_and_1_at_a_threshold():
    # RUS security exactly on the alliance threshold (0.675, sd 0.10): about half of the draws keep it
    n = two_rival_network("RUS", "CHN", (0.675, 0.4, 0.3), (0.3, 0.4, 0.6))
    a = hedging.profile(n, "F", ["RUS", "CHN"], 2005, domains=DOMAINS, robustness_draws=400).structure.strategy
    b = hedging.profile(n, "F", ["RUS", "CHN"], 2005, domains=DOMAINS, robustness_draws=400,
                        robustness_seed=1).structure.strategy
    assert a.primary == "bandwagoning"
    assert a.robustness_draws == 400
    assert 0.0 < a.robustness < 1.0
    assert abs(a.robustness - 0.5) < 0.1
    assert a.robustness == b.robustness
    # far from every threshold (high confidence, sd 0.05): 1
    far = two_rival_network("RUS", "CHN", (0.95, 0.9, 0.9), (0.1, 0.3, 0.3), confidence="high")
    st = hedging.profile(far, "F", ["RUS", "CHN"], 2005, domains=DOMAINS, robustness_draws=200).structure.strategy
    assert st.robustness == 1.0
    with pytest.raises(ValueError):
        hedging.profile(n, "F", ["RUS", "CHN"], 2005, robustness_draws=-1)
    with pytest.raises(ValueError):
        hedging.profile(n, "F", ["RUS", "CHN"], 2005, alliance_threshold=float("nan"))
