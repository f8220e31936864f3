"""Tests of kzsec.world and kzsec.datasets.world (docs/world.md).

Independent references: the row counts of data/world/SOURCES.md, values read
from the files by hand, the gzip files read with pandas.read_csv, and UN
agreement recomputed with a pandas self-merge.
"""
from __future__ import annotations

import gzip
import math
from pathlib import Path

import numpy as np
import pytest

import kzsec
from kzsec import world

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "world"

# rows of each file, from the table of data/world/SOURCES.md
ROWS = {
    "read_un_votes": ("unvotes_votes.csv.gz", 870109),
    "read_un_roll_calls": ("unvotes_roll_calls.csv.gz", 6203),
    "read_un_issues": ("unvotes_issues.csv.gz", 5745),
    "read_ideal_points": ("bsv_idealpoints_jul2025.csv.gz", 11440),
    "read_atop": ("atop5_1_ddy.csv.gz", 273296),
    "read_nmc": ("cow_nmc_v7.csv.gz", 17121),
    "read_cow_states": ("cow_states.csv.gz", 243),
    "read_gw_states": ("gw_states.csv.gz", 216),
    "read_igo": ("cow_igo_ndy.csv.gz", 917695),
    "read_mids": ("gml_mid_ddy.csv.gz", 9284),
    "read_rivalries": ("td_rivalries.csv.gz", 197),
    "read_cow_majors": ("cow_majors.csv.gz", 14),
    "read_trade": ("cow_trade_ndy_4_0_rounded.csv.gz", 673654),
    "read_declared_neutrality": ("declared_neutrality.csv", None),  # compiled for kzsec: counted with pandas
}


@pytest.fixture(scope="module")
def frames():
    return {name: getattr(world, name)(DATA / file) for name, (file, _) in ROWS.items()}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_readers_row_counts_and_column_names(frames, name):
    file, rows = ROWS[name]
    df = frames[name]
    assert isinstance(df, pd.DataFrame)
    assert len(df) == (rows if rows is not None else len(pd.read_csv(DATA / file)))
    opener = gzip.open if file.endswith(".gz") else open
    with opener(DATA / file, "rt", encoding="utf-8") as f:
        header = f.readline().strip().split(",")
    assert set(df.columns) <= set(header), sorted(set(df.columns) - set(header))


def test_readers_accept_str_and_dict_form():
    cols = world.read_cow_majors(str(DATA / "cow_majors.csv.gz"), as_frame=False)
    assert isinstance(cols, dict) and all(isinstance(v, np.ndarray) for v in cols.values())
    assert list(cols) == ["ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"]
    assert 2 in cols["ccode"].tolist()


def test_votes_spot_values(frames):
    v = frames["read_un_votes"]
    assert v["vote"].value_counts().to_dict() == {"yes": 693664, "abstain": 110897, "no": 65548}
    assert (v["country_code"] == "").sum() == 5444
    assert v["country"].nunique() == 200
    assert v.loc[0, ["rcid", "country", "vote"]].tolist() == [3, "United States", "yes"]
    rc = frames["read_un_roll_calls"]
    assert rc.loc[0, ["rcid", "date", "unres", "amend"]].tolist() == [3, "1946-01-01", "R/1/66", 1]
    assert rc["importantvote"].iloc[-1] == -1


def test_ideal_points_and_atop_spot_values(frames):
    ip = frames["read_ideal_points"]
    kaz = ip[(ip["iso3c"] == "KAZ") & (ip["year"] == 2012)]
    assert len(kaz) == 1
    assert kaz["ccode"].item() == 705
    assert kaz["idealpointfp"].item() == pytest.approx(-0.353779, abs=1e-6)
    assert kaz["nvotesfp"].item() == 73
    assert int(ip["idealpointfp"].isna().sum()) == 19
    atop = frames["read_atop"].set_index(["ccode1", "ccode2", "year"])
    assert atop.loc[(2, 740, 2014), "atop_defense"] == 1  # the US pledged defence to Japan ...
    assert atop.loc[(740, 2, 2014), "atop_defense"] == 0  # ... but not the reverse
    assert atop.loc[(740, 2, 2014), "atop_consul"] == 1


def test_other_spot_values_against_pandas_read_csv(frames):
    gw = frames["read_gw_states"]
    ref = pd.read_csv(DATA / "gw_states.csv.gz", keep_default_na=False)
    assert gw["startdate"].tolist() == ref["startdate"].tolist()
    assert gw["gwcode"].tolist() == ref["gwcode"].tolist()
    cow = frames["read_cow_states"]
    ref = pd.read_csv(DATA / "cow_states.csv.gz", keep_default_na=False)
    for c in ["stateabb", "ccode", "statenme", "styear", "endday"]:
        assert cow[c].tolist() == ref[c].tolist(), c
    tr = frames["read_trade"].set_index(["ccode1", "ccode2", "year"])
    assert tr.loc[(2, 710, 2014), ["flow1", "flow2"]].tolist() == [472525, 183283]
    assert int(tr["flow1"].isna().sum()) == 22937
    igo = frames["read_igo"].set_index(["ccode1", "ccode2", "year"])
    assert igo.loc[(2, 710, 2014), "dyadigos"] == 54
    mids = frames["read_mids"]
    assert mids.loc[0, ["dispnum", "hostlev1", "hostlev2"]].tolist() == [2968, 1, 4]
    assert mids["dispnum"].nunique() == 2047
    nmc = frames["read_nmc"]
    ref = pd.read_csv(DATA / "cow_nmc_v7.csv.gz")
    np.testing.assert_allclose(nmc["cinc"].to_numpy(), ref["cinc"].to_numpy(), equal_nan=True)


def test_reader_errors_name_file_line_and_column(tmp_path):
    bad = tmp_path / "votes.csv"
    bad.write_text("rcid,country,country_code,vote\n3,United States,US,yes\n3,Canada,CA,maybe\n")
    with pytest.raises(ValueError) as e:
        world.read_un_votes(bad)
    msg = str(e.value)
    assert str(bad) in msg and ":3:" in msg and "'vote'" in msg and "maybe" in msg
    with pytest.raises(FileNotFoundError):
        world.read_atop(tmp_path / "no-such-file.csv.gz")
    short = tmp_path / "igo.csv"
    short.write_text("ccode1,ccode2,year,dyadigos\n2,20,1950\n")
    with pytest.raises(ValueError, match=r"igo\.csv:2: expected 4 fields, found 3"):
        world.read_igo(short)


def test_sources_and_files():
    assert world.has_embedded_data()
    assert world.file_names() == [f for f, _ in [ROWS[k] for k in [
        "read_un_votes", "read_un_roll_calls", "read_un_issues", "read_ideal_points", "read_atop", "read_nmc",
        "read_cow_states", "read_cow_majors", "read_gw_states", "read_igo", "read_mids", "read_rivalries",
        "read_trade", "read_declared_neutrality"]]]
    src = world.embedded_sources()
    assert world.embedded_sources() is src  # parsed once
    assert len(src) == len(world.file_names())
    counts = src.counts()
    assert counts["votes"] == 870109 and counts["trade"] == 673654 and counts["majors"] == 14
    assert len(src.rivals["rivalryname"]) == 197


def test_world_options():
    o = world.WorldOptions(first_year=2000, actors=["KAZ"], mid_values=[0, 0, -0.2, -0.4, -0.6, -0.8])
    assert o.first_year == 2000 and o.last_year == 2024 and o.actors == ["KAZ"]
    assert o.mid_values[5] == pytest.approx(-0.8)
    assert o.domains == ["security", "political", "economic", "institutional"]
    with pytest.raises(TypeError, match="frist_year"):
        world.WorldOptions(frist_year=2000)
    with pytest.raises(TypeError, match="min_joint_votes"):
        world.WorldOptions(min_joint_votes="ten")


def test_crosswalk():
    cw = world.crosswalk().set_index("iso3")
    assert cw.index.is_unique
    assert cw.loc["RUS", "ccodes"] == "365"
    assert cw.loc["SRB", "ccodes"] == "345"
    assert cw.loc["DEU", "ccodes"] == "255;260"
    assert cw.loc["KAZ", "gwcode"] == 705 and cw.loc["KAZ", "iso2"] == "KZ"
    assert cw.loc["DEU", "gwcode"] == 260
    assert str(cw["gwcode"].dtype) == "Int64"
    assert cw["gwcode"].isna().any()
    assert cw.loc["KAZ", "spells"] == "1991-2024"
    by_code = {int(c): iso for iso, codes in cw["ccodes"].items() for c in codes.split(";")}
    assert by_code[365] == "RUS" and by_code[345] == "SRB" and by_code[255] == "DEU" and by_code[260] == "DEU"
    raw = world.crosswalk(as_frame=False)
    assert (raw["gwcode"] == -1).sum() == cw["gwcode"].isna().sum()


def _pandas_agreement(votes, roll_calls, year):
    """The same numbers by a pandas self-merge (yes 1, abstain 0, no -1)."""
    rc = roll_calls.assign(year=roll_calls["date"].str[:4].astype(int))
    v = votes.merge(rc.loc[rc["year"] == year, ["rcid"]], on="rcid")
    v = v.assign(v=v["vote"].map({"yes": 1, "abstain": 0, "no": -1}))[["rcid", "country", "v"]]
    m = v.merge(v, on="rcid", suffixes=("1", "2"))
    m = m[m["country1"] < m["country2"]]
    m = m.assign(agreement=1 - (m["v1"] - m["v2"]).abs() / 2)
    g = m.groupby(["country1", "country2"])["agreement"].agg(["mean", "count"]).reset_index()
    return g.rename(columns={"mean": "agreement", "count": "joint"})


def test_agreement_matches_pandas_for_one_year(frames):
    year = 2014
    mine = world.agreement_frame(years=[year])
    assert set(mine["year"]) == {year}
    ref = _pandas_agreement(frames["read_un_votes"], frames["read_un_roll_calls"], year)
    assert len(mine) == len(ref)
    merged = mine.merge(ref, on=["country1", "country2"], suffixes=("", "_pd"))
    assert len(merged) == len(ref)
    assert (merged["joint"] == merged["joint_pd"]).all()
    np.testing.assert_allclose(merged["agreement"], merged["agreement_pd"], rtol=0, atol=1e-12)
    # the same from the frames (paths of the reader and the table form agree)
    again = world.agreement_frame(frames["read_un_votes"], frames["read_un_roll_calls"], years=[year])
    pd.testing.assert_frame_equal(again, mine)


def test_agreement_matrices():
    years = world.un_agreement_by_year()
    assert [a.year for a in years] == sorted(a.year for a in years)
    assert years[0].year == 1946 and years[-1].year == 2020
    a = next(a for a in years if a.year == 2014)
    n = len(a.countries)
    assert a.agreement.shape == (n, n) and a.joint.shape == (n, n)
    assert a.agreement.dtype == np.float64
    np.testing.assert_array_equal(a.joint, a.joint.T)
    i = a.countries.index("Russia")
    j = a.countries.index("China")
    assert 0 < a.agreement[i, j] <= 1 and a.joint[i, j] > 10
    assert a.agreement[i, i] == 1.0


def test_agreement_bad_input():
    with pytest.raises(ValueError, match="maybe"):
        world.un_agreement_by_year({"rcid": [3], "country": ["X"], "vote": ["maybe"]},
                                   {"rcid": [3], "date": ["1946-01-01"]})
    with pytest.raises(ValueError, match="not in the roll calls"):
        world.un_agreement_by_year({"rcid": [4], "country": ["X"], "vote": ["yes"]},
                                   {"rcid": [3], "date": ["1946-01-01"]})


def test_datasets_lists_world():
    assert "world" in kzsec.datasets.names()
    assert "world" in kzsec.__all__


@pytest.fixture(scope="module")
def net2012():
    return kzsec.datasets.world(years=(2012, 2012))


def test_datasets_world_years_forms():
    small = dict(actors=["KAZ", "RUS", "CHN"], domains=["security"], capabilities=False)
    a = kzsec.datasets.world(years=2012, **small)
    b = kzsec.datasets.world(years=range(2012, 2013), **small)
    c = kzsec.datasets.world(years=(2012, 2012), **small)
    assert a == b == c
    assert sorted(x.id for x in a.actors) == ["CHN", "KAZ", "RUS"]
    assert {r.domain for r in a.relations} == {"security"}
    with pytest.raises(TypeError, match="no_such_option"):
        kzsec.datasets.world(years=2012, no_such_option=1)
    with pytest.raises(TypeError):
        kzsec.datasets.world(years=2012, first_year=2010)
    with pytest.raises(KeyError, match="XXX"):
        kzsec.datasets.world(years=2012, actors=["KAZ", "XXX"])
    with pytest.raises(ValueError):
        kzsec.datasets.world(years=(2014, 2012), **small)


def test_build_world_from_sources_equals_dataset():
    opt = world.WorldOptions(first_year=2012, last_year=2012, actors=["KAZ", "RUS", "CHN", "USA"])
    net = world.build_world(world.embedded_sources(), opt)
    assert net == kzsec.datasets.world(years=2012, actors=["KAZ", "RUS", "CHN", "USA"])


def test_kazakhstan_profile_2012(net2012):
    p = kzsec.hedging.profile(net2012, "KAZ", ["RUS", "CHN"], 2012)
    rows = {d.domain: d for d in p.structure.domains}
    sec = rows["security"].affinity
    assert sec[0] > sec[1], sec  # treaty ally Russia above China
    pol = {d.domain: d for d in kzsec.hedging.profile(net2012, "KAZ", ["RUS", "CHN", "USA"], 2012).structure.domains}
    aff = pol["political"].affinity
    assert aff[1] > aff[0] > aff[2], aff  # UN agreement: China > Russia > USA
    assert all(math.isfinite(x) for x in aff)
