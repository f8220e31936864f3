"""Tests of kzsec.hedging.rank, kzsec.plot.plot_rank and the rank / report --world commands:
a hand-built four-state world worked by hand, rank == one profile per actor, the world
network's ranking, and the program outputs."""
from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

import kzsec
from kzsec import hedging

DOMAINS = ["security", "political", "economic"]


def small_world():
    """F1 a treaty ally of A (0.9) with a hostile B (-0.5); F2 engaged with both; F3 no data."""
    n = kzsec.Network()
    for a in ("A", "B", "F1", "F2", "F3"):
        n.add_actor(a)
    rows = [("F1", "A", "security", 0.9), ("F1", "B", "security", -0.5), ("F1", "A", "political", 0.6),
            ("F1", "B", "political", 0.1), ("F1", "A", "economic", 0.3), ("F1", "B", "economic", 0.3),
            ("F2", "A", "security", 0.25), ("F2", "B", "security", 0.25), ("F2", "A", "political", 0.3),
            ("F2", "B", "political", 0.5), ("F2", "A", "economic", 0.4), ("F2", "B", "economic", 0.2)]
    for a, b, d, v in rows:
        n.add_relation(a, b, d, v, (2000, 2005), confidence="high")
    n.add_relation("A", "B", "security", -0.6, (2000, 2005))
    return n


def test_rank_small_world_by_hand():
    df = hedging.rank(small_world(), ["A", "B"], 2003, domains=DOMAINS)
    # F3 has no evidence: skipped, not read as zero ties
    assert list(df["actor"]) == ["F1", "F2"]  # sorted by tilt toward A: F1 (0.633) before F2 (0)
    f1 = df.iloc[0]
    assert f1["affinity_A"] == pytest.approx((0.9 + 0.6 + 0.3) / 3)
    assert f1["affinity_B"] == pytest.approx((-0.5 + 0.1 + 0.3) / 3)
    assert f1["tilt"] == pytest.approx(0.6 - (-0.1 / 3))
    assert f1["strategy"] == "balancing" and f1["aligned_with"] == "A" and f1["against"] == "B"
    assert f1["rule"] == "treaty_alliance"
    f2 = df.iloc[1]
    assert f2["strategy"] == "hedging" and f2["aligned_with"] == ""
    # A (0.25 + 0.3 + 0.4) / 3 = B (0.25 + 0.5 + 0.2) / 3 = 0.3167: equidistant, both positive
    assert f2["tilt"] == pytest.approx(0.0, abs=1e-12) and f2["hedging"] == pytest.approx(1.0)
    assert math.isnan(f2["robustness"])  # no draws asked
    res = hedging.rank(small_world(), ["A", "B"], 2003, domains=DOMAINS, as_frame=False)
    assert res.skipped == ["F3"]
    assert [r.actor for r in res.rows] == ["F1", "F2"]


def test_rank_equals_one_profile_per_actor():
    net = small_world()
    df = hedging.rank(net, ["A", "B"], 2003, domains=DOMAINS, robustness_draws=100, sort="actor")
    for _, row in df.iterrows():
        p = hedging.profile(net, row["actor"], ["A", "B"], 2003, domains=DOMAINS, robustness_draws=100)
        assert row["strategy"] == p.structure.strategy.primary
        assert row["tilt"] == pytest.approx(p.structure.aggregate.tilt)
        assert row["robustness"] == pytest.approx(p.structure.strategy.robustness)


def test_rank_options_and_errors():
    net = small_world()
    with pytest.raises(KeyError):
        hedging.rank(net, ["A", "ZZ"], 2003)
    with pytest.raises(ValueError, match="unknown sort key"):
        hedging.rank(net, ["A", "B"], 2003, sort="size")
    with pytest.raises(ValueError, match="at least two rivals"):
        hedging.rank(net, ["A"], 2003)
    with pytest.raises(TypeError, match="unknown hedging option"):
        hedging.rank(net, ["A", "B"], 2003, colour="red")
    only = hedging.rank(net, ["A", "B"], 2003, domains=DOMAINS, actors=["F2"])
    assert list(only["actor"]) == ["F2"]
    everyone = hedging.rank(net, ["A", "B"], 2003, domains=DOMAINS, min_observed_domains=0)
    assert "F3" in list(everyone["actor"])
    cols = hedging.rank_records(net, ["A", "B"], 2003, domains=DOMAINS)
    assert isinstance(cols["tilt"], np.ndarray) and cols["actor"] == ["F1", "F2"]


def test_rank_formats_are_the_programs():
    res = hedging.rank(small_world(), ["A", "B"], 2003, domains=DOMAINS, as_frame=False)
    doc = json.loads(res.to_json())
    assert doc["rivals"] == ["A", "B"] and doc["skipped"] == ["F3"]
    assert [r["actor"] for r in doc["rows"]] == ["F1", "F2"] and doc["rows"][0]["robustness"] is None
    csv = res.to_csv().splitlines()
    assert csv[0].startswith("rank,actor,name,region,year,affinity_A,affinity_B,tilt,hedging")
    assert csv[1].startswith("1,F1,")
    assert "| 1 | F1 |" in res.to_markdown()
    assert "Alignment between A and B in 2003" in res.to_text()


@pytest.fixture(scope="module")
def world_2014():
    return kzsec.datasets.world(years=(2014, 2014))


def test_rank_world_2014(world_2014):
    idx = hedging.NetworkIndex(world_2014)
    df = hedging.rank(idx, ["USA", "CHN"], 2014, domains=["security", "political", "economic", "institutional"],
                      robustness_draws=50)
    assert len(df) > 150
    by = df.set_index("actor")
    # treaty allies of the US and of China, a hedger
    assert by.loc["JPN", "strategy"] == "balancing" and by.loc["JPN", "aligned_with"] == "USA"
    assert by.loc["CAN", "strategy"] == "bandwagoning" and by.loc["CAN", "aligned_with"] == "USA"
    assert by.loc["PRK", "aligned_with"] == "CHN"
    assert by.loc["SGP", "strategy"] == "hedging"
    assert set(df["strategy"]) <= {"balancing", "bandwagoning", "hedging", "neutrality", "collective_security"}
    assert ((df["robustness"] >= 0) & (df["robustness"] <= 1)).all()
    assert (np.diff(df["tilt"].to_numpy()) <= 1e-12).all()  # sorted by tilt, descending


def test_plot_rank(world_2014, tmp_path):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    df = hedging.rank(world_2014, ["USA", "CHN"], 2014, domains=["security", "political", "economic", "institutional"],
                      robustness_draws=20)
    ax = kzsec.plot.plot_rank(df, label=["KAZ", "VNM", "JPN"])
    texts = {t.get_text() for t in ax.texts}
    assert {"KAZ", "VNM", "JPN"} <= texts
    assert ax.get_xlabel() == "aggregate affinity to USA"
    out = tmp_path / "rank.png"
    ax.figure.savefig(out)
    assert out.stat().st_size > 10_000
    res = hedging.rank(world_2014, ["USA", "CHN"], 2014, as_frame=False)
    assert kzsec.plot.plot_rank(res).get_ylabel() == "aggregate affinity to CHN"
    assert kzsec.plot.plot_rank(json.loads(res.to_json())).get_ylabel() == "aggregate affinity to CHN"


def test_python_m_kzsec_rank_and_report_world(tmp_path):
    out = subprocess.run([sys.executable, "-m", "kzsec", "rank", "--rivals", "RUS,CHN", "--year", "2012",
                          "--format", "csv", "--robustness-draws", "0"], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[0].startswith("rank,actor,name,region,year,affinity_RUS,affinity_CHN")
    kaz = [x for x in lines if ",KAZ," in x]
    assert kaz and ",bandwagoning,RUS," in kaz[0]
    rep = subprocess.run([sys.executable, "-m", "kzsec", "report", "--world", "--focal", "VNM", "--rivals",
                          "USA,CHN", "--years", "2014", "--format", "json", "--robustness-draws", "0"],
                         capture_output=True, text=True, check=True)
    doc = json.loads(rep.stdout)
    assert doc["focal"] == "VNM" and doc["domains"] == ["security", "political", "economic", "institutional"]
    strategy = doc["years"][0]["structure"]["strategy"]
    assert strategy["primary"] == "hedging"
    bad = subprocess.run([sys.executable, "-m", "kzsec", "report", "--world", "--data", "kazakhstan"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "exclude each other" in bad.stderr
