"""One set of defaults everywhere (issue #12): the report, kzsec.hedging.profile,
evolution and the C++ API use the same domains, the same handling of missing ties
and the same frustration weighting, so that Python and the report give the same
numbers for the same year."""
from __future__ import annotations

import json
import math

import pytest

import kzsec
from kzsec import hedging

RIVALS = ["RUS", "CHN"]


@pytest.fixture(scope="module")
def kaz():
    return kzsec.datasets.kazakhstan()


def _report(net, years, **kw):
    return json.loads(kzsec.report.make_report(net, focal="KAZ", rivals=RIVALS, years=years, **kw).to_json(-1))


def test_default_domains_leave_out_the_water_subdomain(kaz):
    assert "economic.water" in [d.id for d in kaz.domains]
    dd = hedging.default_domains(kaz)
    assert dd == ["security", "economic", "political", "identity"]
    p = hedging.profile(kaz, "KAZ", RIVALS, 2014)
    assert [r.domain for r in p.structure.domains] == dd
    ev = hedging.evolution(kaz, "KAZ", RIVALS, [2014])
    assert sorted(set(ev["domain"])) == sorted(dd)
    rep = _report(kaz, [2014], robustness_draws=0)
    assert rep["domains"] == dd
    assert rep["judgement_only_domains"] == ["identity"]


@pytest.mark.parametrize("year", [1992, 2008, 2014, 2022])
def test_python_and_the_report_give_the_same_numbers(kaz, year):
    rep = _report(kaz, [year])["years"][0]
    p = hedging.profile(kaz, "KAZ", RIVALS, year, robustness_draws=200, robustness_seed=1)
    st = p.structure
    for row, r in zip(st.domains, rep["structure"]["domains"]):
        assert row.domain == r["domain"]
        for i, rv in enumerate(RIVALS):
            if r["affinity"][rv] is None:
                assert not row.observed[i]
            else:
                assert row.affinity[i] == pytest.approx(r["affinity"][rv], abs=0)
        assert (math.isnan(row.tilt) and math.isnan(r["tilt"] if r["tilt"] is not None else math.nan)) or \
            row.tilt == pytest.approx(r["tilt"], abs=0)
    agg = rep["structure"]["aggregate"]
    assert st.aggregate.tilt == pytest.approx(agg["tilt"], abs=0)
    assert st.aggregate.hedging == pytest.approx(agg["hedging"], abs=0)
    assert [st.aggregate.affinity[i] for i in range(2)] == pytest.approx([agg["affinity"][r] for r in RIVALS], abs=0)
    assert str(st.strategy.primary).split(".")[-1] == rep["structure"]["strategy"]["primary"]
    assert st.strategy.robustness == pytest.approx(rep["structure"]["strategy"]["robustness"], abs=0)
    # the same year's row of the evolution
    ev = hedging.evolution(kaz, "KAZ", RIVALS, [year])
    sub = ev[(ev["view"] == "structure")] if "view" in ev else ev
    assert sub["aggregate_tilt"].iloc[0] == pytest.approx(agg["tilt"], abs=0)
    # the balance: the report's frustration is the weighted one of kzsec.balance on the same snapshot
    g = kaz.snapshot(year, domain="security")
    f = kzsec.balance.frustration(g, method="exact", weighted=True)
    assert f.frustration == pytest.approx(rep["balance"]["frustration"], abs=1e-12)
    assert kzsec.balance.triangle_index(g).strong_index == pytest.approx(rep["balance"]["triangle_index"], abs=1e-12)


def test_a_missing_tie_is_not_a_zero_tie(kaz):
    # 1991: Kazakhstan has relations with Russia only; China is unobserved in every domain
    p = hedging.profile(kaz, "KAZ", RIVALS, 1991)
    assert str(p.structure.strategy.primary).split(".")[-1] == "no_data"
    assert all(not r.observed[1] for r in p.structure.domains)
    assert all(math.isnan(r.tilt) for r in p.structure.domains)
    rep = _report(kaz, [1991, 1992], robustness_draws=0)
    assert rep["years"][0]["structure"]["strategy"]["primary"] == "no_data"
    assert rep["years"][0]["structure"]["domains"][0]["affinity"]["CHN"] is None
    assert rep["years"][1]["structure"]["strategy"]["primary"] != "no_data"
    text = kzsec.report.make_report(kaz, focal="KAZ", rivals=RIVALS, years=[1991], robustness_draws=0).to_text()
    assert "strategy: no_data" in text and "n/a (no domain observed for every rival)" in text
    assert "nan" not in text.replace("n/a", "")
    # the old convention on request
    old = hedging.profile(kaz, "KAZ", RIVALS, 1991, missing_as_zero=True)
    assert str(old.structure.strategy.primary).split(".")[-1] == "bandwagoning"


def test_the_world_network_declares_its_complete_domains():
    w = kzsec.datasets.world(years=(2010, 2010), actors=["KAZ", "RUS", "CHN", "JPN"])
    assert hedging.absent_is_zero_domains(w, hedging.ProfileOptions()) == ["security", "economic", "institutional"]
    assert hedging.absent_is_zero_domains(kzsec.datasets.kazakhstan(), hedging.ProfileOptions()) == []
    # Kazakhstan has no ATOP pledge, dispute or rivalry with Japan: an observed 0, so security stays in
    p = hedging.profile(w, "KAZ", ["JPN", "CHN"], 2010, domains=["security", "political", "economic"])
    sec = p.structure.domains[0]
    assert sec.domain == "security" and not sec.observed[0] and sec.affinity[0] == 0.0
    assert not math.isnan(sec.tilt)
