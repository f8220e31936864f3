"""Tests of kzsec.report.calibration (codings against the world network) and spearman:
the rank correlation against scipy.stats.spearmanr, a small hand-built pair of networks,
the Kazakhstan table, and ``python -m kzsec report --calibration``."""
from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

import kzsec
from kzsec import report

scipy_stats = pytest.importorskip("scipy.stats")


@pytest.mark.parametrize("seed", range(5))
def test_spearman_equals_scipy_with_ties(seed):
    rng = np.random.default_rng(seed)
    n = 40 + 10 * seed
    x = rng.integers(0, 6, n).astype(float)  # many ties, like judgement levels
    y = 0.5 * x + rng.normal(0, 1, n)
    y[:5] = 0.0  # ties on the other side too
    ours = report.spearman(list(x), list(y))
    theirs = scipy_stats.spearmanr(x, y).statistic
    assert ours == pytest.approx(theirs, abs=1e-12)


def test_spearman_edge_cases():
    assert math.isnan(report.spearman([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]))
    assert math.isnan(report.spearman([1.0], [2.0]))
    assert report.spearman([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        report.spearman([1.0, 2.0], [1.0])


def _pair():
    j, w = kzsec.Network(), kzsec.Network()
    for n in (j, w):
        for a in ("KAZ", "RUS", "CHN", "USA"):
            n.add_actor(a)
    for b, v in (("RUS", 0.7), ("CHN", 0.5), ("USA", 0.1)):
        j.add_relation("KAZ", b, "political", v, (2000, 2004), basis="judgement")
    for b, v in (("RUS", 0.6), ("CHN", 0.8), ("USA", -0.2)):
        w.add_relation("KAZ", b, "political", v, (2000, 2004), basis="data")
    return j, w


def test_small_pair_by_hand():
    j, w = _pair()
    df = report.calibration(j, w, domains=["political"], first_year=2000, last_year=2004, top=3)
    assert len(df) == 15
    assert list(df.columns) == ["a", "b", "domain", "year", "judgement", "basis", "confidence", "data",
                                "data_source", "judgement_rank", "data_rank", "difference"]
    s = df.attrs["summary"][0]
    assert s["domain"] == "political" and s["rows"] == 15 and s["dyads"] == 3
    assert s["spearman"] == pytest.approx(scipy_stats.spearmanr(df["judgement"], df["data"]).statistic)
    assert s["spearman_within_year"] == pytest.approx(0.5)
    rus = next(g for g in s["largest"] if g["b"] == "RUS")
    assert rus["mean_difference"] > 0 and (rus["first_year"], rus["last_year"]) == (2000, 2004)
    res = report.calibration(j, w, as_frame=False, domains=["political"], first_year=2000, last_year=2004)
    assert isinstance(res, report.CalibrationResult)
    assert json.loads(res.to_json())["format"] == "kzsec-calibration"


@pytest.fixture(scope="module")
def kaz():
    if not kzsec.world.has_embedded_data():
        pytest.skip("built without the world data")
    return report.calibration()


def test_kazakhstan_table(kaz):
    df = kaz
    assert set(df["domain"]) == {"security", "political", "economic"}
    assert df.query("domain == 'security'")["year"].max() <= 2018
    assert df.query("domain == 'economic'")["year"].max() <= 2014
    assert not df["a"].isin(["EU", "CSTO", "NATO"]).any() and not df["b"].isin(["EU", "CSTO", "NATO"]).any()
    for s in df.attrs["summary"]:
        sub = df[df["domain"] == s["domain"]]
        assert s["rows"] == len(sub)
        assert s["spearman"] == pytest.approx(scipy_stats.spearmanr(sub["judgement"], sub["data"]).statistic,
                                              abs=1e-12)
        # the percentile ranks are scipy's average ranks rescaled to [0, 1]
        r = (scipy_stats.rankdata(sub["data"]) - 1) / (len(sub) - 1)
        assert np.allclose(sub["data_rank"].to_numpy(), r)
    # the economic value is Kazakhstan's dependence on the partner (a -> b), not the partner's on Kazakhstan
    # (and a share is over all of Kazakhstan's partners, also in a world of a few kept states)
    full = kzsec.datasets.world(years=(2010, 2010), domains=["economic", "institutional"])
    few = kzsec.datasets.world(years=(2010, 2010), actors=["KAZ", "CHN", "RUS"], domains=["economic", "institutional"])
    row = df.query("domain == 'economic' and a == 'KAZ' and b == 'CHN' and year == 2010").iloc[0]
    assert row["data"] == pytest.approx(full.value("KAZ", "CHN", "economic", 2010))
    for a, b in (("KAZ", "CHN"), ("CHN", "KAZ"), ("KAZ", "RUS")):
        assert few.value(a, b, "economic", 2010) == full.value(a, b, "economic", 2010)
        assert few.value(a, b, "institutional", 2010) == full.value(a, b, "institutional", 2010)
    assert full.value("KAZ", "CHN", "economic", 2010) < 0.5


def test_python_m_kzsec_report_calibration_matches_the_library(kaz):
    out = subprocess.run([sys.executable, "-m", "kzsec", "report", "--calibration", "--format", "json"],
                         capture_output=True, text=True, check=True)
    j = json.loads(out.stdout)
    assert j["format"] == "kzsec-calibration"
    assert len(j["rows"]) == len(kaz)
    for d, s in zip(j["domains"], kaz.attrs["summary"]):
        assert d["spearman"] == pytest.approx(s["spearman"])
    md = subprocess.run([sys.executable, "-m", "kzsec", "report", "--calibration", "--format", "markdown",
                         "--years", "2000-2010", "--domains", "political"], capture_output=True, text=True, check=True)
    assert md.stdout.startswith("| domain | dyad-years |") and "| political |" in md.stdout
    bad = subprocess.run([sys.executable, "-m", "kzsec", "report", "--calibration", "--world"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "exclude each other" in bad.stderr
