"""Tests of kzsec.scenario: edits, JSON, shocks, compare, Monte Carlo, Dask."""
import math

import numpy as np
import pytest

import kzsec
from kzsec import scenario as sc


def world():
    n = kzsec.Network()
    for i in ("F", "A", "B", "N"):
        n.add_actor(kzsec.Actor(id=i, name=i))
    org = kzsec.Actor(id="U", name="U")
    org.kind = "organisation"
    n.add_actor(org)

    def rel(a, b, d, v, f, t, conf="medium"):
        n.add_relation(kzsec.Relation(a=a, b=b, domain=d, value=v, years=(f, t), confidence=conf))

    rel("F", "A", "security", 0.5, 2000, 2009, "high")
    rel("F", "B", "security", 0.2, 2000, 2009, "low")
    rel("F", "A", "economic", 0.6, 2000, 2009)
    rel("F", "B", "economic", 0.3, 2000, 2009)
    rel("F", "A", "political", 0.8, 2000, 2009)
    rel("F", "B", "political", 0.4, 2000, 2009)
    rel("A", "B", "security", -0.6, 2000, 2009)
    return n


@pytest.fixture
def net():
    return world()


def test_apply_never_touches_the_base_and_splits_history(net):
    before = kzsec.io.to_json(net)
    s = sc.Scenario("hostile", [sc.Edit("set_relation", 2005, a="F", b="A", domain="security", value=-0.5)])
    out = sc.apply(net, s)
    assert kzsec.io.to_json(net) == before
    assert out.value("F", "A", "security", 2004) == 0.5
    assert out.value("F", "A", "security", 2006) == -0.5


def test_json_round_trip_and_error_pointer(net):
    s = sc.Scenario("x", [sc.Edit("change_relation", 2005, a="F", b="B", domain="economic", value=0.1),
                          sc.Edit("scale_domain", 2006, domain="economic", value=0.5)], horizon=2012)
    back = sc.from_json(s.to_json(), "s.json")
    assert back == s
    bad = ('{"format":"kzsec-scenario","version":1,"name":"x","edits":'
           '[{"kind":"set_relation","year":2005,"a":"F","b":"A","domain":"security","value":2}, {"kind":"nope","year":1}]}')
    with pytest.raises(ValueError, match=r"bad.json:/edits/1/kind"):
        sc.from_json(bad, "bad.json")


def test_bad_edits(net):
    with pytest.raises(KeyError, match="unknown actor 'XYZ'"):
        sc.apply(net, sc.Scenario("b", [sc.Edit("set_relation", 2005, a="F", b="XYZ", domain="security", value=0.1)]))
    with pytest.raises(ValueError, match=r"value 1.5 is outside \[-1, 1\]"):
        sc.apply(net, sc.Scenario("b", [sc.Edit("set_relation", 2005, a="F", b="A", domain="security", value=1.5)]))
    with pytest.raises(ValueError, match="outside the network's years"):
        sc.apply(net, sc.Scenario("b", [sc.Edit("set_relation", 1980, a="F", b="A", domain="security", value=0.1)]))


def test_conflict_shock_by_hand(net):
    # w_FA = 0.8, w_FB = 0.4 (political); p = 0.5 * 1 * 0.4 = 0.2
    s, why = sc.conflict_shock(net, "A", "B", 2005, intensity=1.0, factor=0.5)
    out = sc.apply(net, s)
    assert out.value("F", "A", "political", 2005) == pytest.approx(0.6)
    assert out.value("F", "B", "political", 2005) == pytest.approx(0.2)
    assert any("p = " in w for w in why)


def test_compare_frames_and_attribution(net):
    s = sc.Scenario("two", [sc.Edit("set_relation", 2005, a="F", b="A", domain="security", value=-0.5),
                            sc.Edit("change_relation", 2005, a="F", b="B", domain="economic", value=0.4)])
    r = sc.compare(net, s, "F", ["A", "B"], [2004, 2006])
    num = r.numeric
    row = num[(num.year == 2006) & (num.indicator == "tilt") & (num.domain == "security")].iloc[0]
    assert row["base"] == pytest.approx(0.3) and row["scenario"] == pytest.approx(-0.7)
    a = r.attribution
    sel = a[(a.year == 2006) & (a.indicator == "affinity") & (a.domain == "aggregate") & (a.actor == "B")]
    # only the economic edit moves the aggregate affinity to B: 0.4 / 3 (three observed domains)
    assert dict(zip(sel.edit, sel.contribution)) == pytest.approx({0: 0.0, 1: 0.4 / 3})


def test_monte_carlo_closed_form_and_threads():
    n = kzsec.Network()
    for i in ("F", "A", "B"):
        n.add_actor(kzsec.Actor(id=i, name=i))
    n.add_relation(kzsec.Relation(a="F", b="A", domain="security", value=0.5, years=(2000, 2000), confidence="low"))
    n.add_relation(kzsec.Relation(a="F", b="B", domain="security", value=0.0, years=(2000, 2000)))
    opts = dict(draws=20000, seed=5, domains=["security"], overrides=[("F", "B", "security", 0, 0.0)],
                sensitivity=["tilt:security"])
    res = {t: sc.monte_carlo(n, "F", ["A", "B"], [2000], threads=t, **opts) for t in (1, 2, 4)}
    for t in (2, 4):
        assert np.array_equal(res[t].summary["mean"].to_numpy(), res[1].summary["mean"].to_numpy())
        assert np.array_equal(res[t].summary["q50"].to_numpy(), res[1].summary["q50"].to_numpy())
    # truncated normal N(0.5, 0.2^2) on [-1, 1]
    phi = lambda x: math.exp(-x * x / 2) / math.sqrt(2 * math.pi)  # noqa: E731
    Phi = lambda x: 0.5 * math.erfc(-x / math.sqrt(2))  # noqa: E731
    al, be = (-1 - 0.5) / 0.2, (1 - 0.5) / 0.2
    Z = Phi(be) - Phi(al)
    mean = 0.5 + 0.2 * (phi(al) - phi(be)) / Z
    s = res[1].summary
    tilt = s[(s.indicator == "tilt") & (s.domain == "security")].iloc[0]
    assert abs(tilt["mean"] - mean) < 4 * 0.2 / math.sqrt(20000)
    band = res[1].bands("tilt", "security")
    assert list(band.columns[:3]) == ["year", "mean", "sd"] and "q05" in band.columns


def test_monte_carlo_kazakhstan_smoke():
    try:
        kaz = kzsec.datasets.kazakhstan()
    except Exception as exc:  # pragma: no cover
        pytest.skip(f"Kazakhstan dataset not built in: {exc}")
    r = sc.monte_carlo(kaz, "KAZ", ["RUS", "CHN", "USA"], range(1991, 2025), draws=500, seed=1)
    s = r.summary
    assert set(s.year) == set(range(1991, 2025))
    t = s[(s.indicator == "tilt") & (s.domain == "aggregate")]
    assert (t["q05"] <= t["q50"]).all() and (t["q50"] <= t["q95"]).all()
    bands = r.categories[(r.categories.indicator == "tilt_band") & (r.categories.domain == "aggregate")]
    assert np.allclose(bands.groupby("year")["share"].sum(), 1.0)
    assert r.sensitivity["rank"].min() == 1


def test_dask_local_cluster(net):
    distributed = pytest.importorskip("dask.distributed", reason="dask.distributed is not installed")
    s = sc.Scenario("hostile", [sc.Edit("set_relation", 2005, a="F", b="A", domain="security", value=-0.5)])
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        df = sc.dask_sweep(client, net, [None, s], "F", ["A", "B"], [2006], seeds=[1, 2], draws=200)
    assert set(df.scenario) == {"base", "hostile"} and set(df.seed) == {1, 2}
    # each task equals the same computation run locally
    local = sc.monte_carlo(sc.apply(net, s), "F", ["A", "B"], [2006], draws=200, seed=2, threads=1).summary
    remote = df[(df.scenario == "hostile") & (df.seed == 2)].reset_index(drop=True)
    assert np.array_equal(remote["mean"].to_numpy(), local["mean"].to_numpy())


def test_indicator_registry_lists_every_indicator_of_evaluate():
    pytest.importorskip("pandas")
    kaz = kzsec.datasets.kazakhstan()
    num, cat = sc.evaluate(kaz, "KAZ", ["RUS", "CHN"], [2000, 2014, 2022])
    reg = {i.name: i for i in sc.indicators()}
    assert set(num["indicator"]) | set(cat["indicator"]) == set(reg)
    assert [i.name for i in sc.indicators()][:2] == ["affinity", "tilt"]  # the cell order of evaluate
    for row in num.itertuples():
        info = reg[row.indicator]
        assert info.numeric
        if info.bound == "fixed" and not math.isnan(row.value):
            assert info.lower <= row.value <= info.upper, row
    for row in cat.itertuples():
        assert row.value in reg[row.indicator].categories, row
    assert reg["frustration"].bound == "domain_relations"
    assert reg["stance"].categories[-1] == "no_data"
