"""The report's bound objects (issue #15, "One report path").

Every field of ReportResult, YearReport, BalanceSummary, Band and RelationChange is compared with
the same number in the report's JSON (``to_json``, written by C++ without the bindings): the
independent check that the binding exposes the numbers of the report. The plot drawn from a
ReportResult (through the objects) and from its JSON text (a file of ``kzsec report --format
json``) holds the same data.
"""
from __future__ import annotations

import io
import json
import math

import numpy as np
import pytest

import kzsec
import kzsec.report as kr
from kzsec.report import BalanceSummary, Band, RelationChange, ReportResult, YearReport

RIVALS = ["RUS", "CHN"]
YEARS = [1992, 2014, 2022]  # 1992: China's relations begin (changes from None); 2014: Crimea


@pytest.fixture(scope="module")
def report():
    # draws > 0 (so every year has bands) and coalition draws (so draw_share is not NaN)
    return kr.make_report(kzsec.datasets.kazakhstan(), "KAZ", RIVALS, YEARS, draws=40, seed=7,
                          robustness_draws=20, coalition_draws=15, frustration_time_limit=2.0)


@pytest.fixture(scope="module")
def data(report):
    return json.loads(report.to_json(-1))


def zips(*seqs):
    """zip of sequences of one length (zip(..., strict=True) needs Python 3.10)."""
    assert len({len(x) for x in seqs}) == 1, [len(x) for x in seqs]
    return zip(*seqs)


def fields(cls):
    return {n for n, v in vars(cls).items() if isinstance(v, property) and not n.startswith("_")}


def same(bound, js):
    """A bound value equals its JSON value exactly (JSON null: None or NaN), element by element."""
    if js is None:
        return bound is None or (isinstance(bound, float) and math.isnan(bound))
    if isinstance(js, (list, tuple)):
        return isinstance(bound, (list, tuple)) and len(bound) == len(js) and all(map(same, bound, js))
    if isinstance(js, dict):
        return isinstance(bound, dict) and bound.keys() == js.keys() and all(same(bound[k], js[k]) for k in js)
    if isinstance(js, bool) or isinstance(bound, bool):
        return bool(bound) == js and isinstance(bound, bool)
    if isinstance(js, (int, float)):
        return float(bound) == float(js)
    return bound == js


def check(checked: dict, cls=None):
    """Every (name -> (bound, json)) pair is equal; with ``cls``, every field of the class is among them."""
    for name, (bound, js) in checked.items():
        assert same(bound, js), (name, bound, js)
    if cls is not None:
        assert fields(cls) <= set(checked), f"{cls.__name__}: not compared: {fields(cls) - set(checked)}"


def test_report_result_fields_equal_the_json(report, data):
    assert data["uncertainty"]["draws"] == 40
    check({
        "title": (report.title, data["title"]),
        "focal": (report.focal, data["focal"]),
        "focal_name": (report.focal_name, data["focal_name"]),
        "rivals": (report.rivals, data["rivals"]),
        "rival_names": (report.rival_names, data["rival_names"]),
        "domains": (report.domains, data["domains"]),
        "judgement_only_domains": (report.judgement_only_domains, data["judgement_only_domains"]),
        "years": (report.years, [y["year"] for y in data["years"]]),
        "year_reports": ([y.year for y in report.year_reports], [y["year"] for y in data["years"]]),
        "draws": (report.draws, data["uncertainty"]["draws"]),
        "seed": (report.seed, data["uncertainty"]["seed"]),
        "band_low": (report.band_low, data["uncertainty"]["band_low"]),
        "band_high": (report.band_high, data["uncertainty"]["band_high"]),
    }, ReportResult)
    assert report.years == YEARS and all(isinstance(y, int) for y in report.years)  # kept as ints
    assert report.judgement_only_domains == ["identity"]


def check_view(view, js, rivals):
    for row, d in zips(view.domains, js["domains"]):
        check({"domain": (row.domain, d["domain"]), "source": (row.source, d["source"]),
               "tilt": (row.tilt, d["tilt"]), "tilt_normalised": (row.tilt_normalised, d["tilt_normalised"]),
               "equidistance": (row.equidistance, d["equidistance"]), "hedging": (row.hedging, d["hedging"]),
               "dispersion": (row.dispersion, d["dispersion"]), "leaning": (row.leaning, d["leaning"]),
               "tilt_band": (row.tilt_band, d["tilt_band"])})
        for i, r in enumerate(rivals):
            check({r: (row.affinity[i] if row.observed[i] else None, d["affinity"][r])})
    a, ja = view.aggregate, js["aggregate"]
    check({"tilt": (a.tilt, ja["tilt"]), "hedging": (a.hedging, ja["hedging"]), "spread": (a.spread, ja["spread"]),
           "split": (a.split, ja["split"]), "split_domains": (a.split_domains, ja["split_domains"]),
           "tilt_band": (a.tilt_band, ja["tilt_band"]),
           "affinity": (list(a.affinity), [ja["affinity"][r] for r in rivals])})
    for s, js_s in zips(view.stances, js["stances"]):
        check({"power": (s.power, js_s["power"]), "stance": (s.position, js_s["stance"]),
               "value": (s.value if s.observed else None, js_s["value"]), "rule": (s.rule, js_s["rule"]),
               "security": (s.security, js_s["security"]), "other": (s.other, js_s["other"]),
               "other_domains": (s.other_domains, js_s["other_domains"])})
    st, js_st = view.strategy, js["strategy"]
    check({"primary": (st.primary, js_st["primary"]), "aligned_with": (st.aligned_with, js_st["aligned_with"]),
           "against": (st.against, js_st["against"]), "robustness": (st.robustness, js_st["robustness"]),
           "robustness_draws": (st.robustness_draws, js_st["robustness_draws"]),
           "components": (st.components, js_st["components"]),
           "reasons": ([(x.code, x.text, x.values) for x in st.reasons],
                       [(x["code"], x["text"], x["values"]) for x in js_st["reasons"]])})


@pytest.mark.parametrize("k", range(len(YEARS)))
def test_year_report_fields_equal_the_json(report, data, k):
    y, jy = report.year_reports[k], data["years"][k]
    check({
        "year": (y.year, jy["year"]),
        "changes": (len(y.changes), len(jy["changes"])),
        "profile": (y.profile.year, jy["year"]),
        "balance": (y.balance.domain, jy["balance"]["domain"]),
        "events": (len(y.events), len(jy["events"])),
        "bands": (len(y.bands), len(jy["bands"])),
    }, YearReport)
    # the profile (hedging.ProfileResult): every number the JSON holds
    p = y.profile
    check({"focal": (p.focal, data["focal"]), "rivals": (p.rivals, data["rivals"]),
           "has_perception": (p.has_perception, "perceived" in jy),
           "cross_pressure_triads": (p.cross_pressure.triads, jy["cross_pressure"]["triads"]),
           "cross_pressure_exposure": (p.cross_pressure.exposure, jy["cross_pressure"]["exposure"])})
    check_view(p.structure, jy["structure"], data["rivals"])
    for c, jc in zips(y.changes, jy["changes"]):
        assert isinstance(c, RelationChange)
        check({"other": (c.other, jc["other"]), "domain": (c.domain, jc["domain"]),
               "before": (c.before, jc["before"]), "after": (c.after, jc["after"])}, RelationChange)
        assert c.before is None or type(c.before) is float
    for e, je in zips(y.events, jy["events"]):
        assert isinstance(e, kzsec.Event)
        check({"id": (e.id, je["id"]), "year": (e.year, je["year"]), "date": (e.date, je["date"]),
               "actors": (e.actors, je["actors"]), "domain": (e.domain, je["domain"]),
               "description": (e.description, je["description"]), "source": (e.source, je["source"])})
    assert y.bands, "draws > 0: every year has bands"
    for b, jb in zips(y.bands, jy["bands"]):
        assert isinstance(b, Band)
        check({n: (getattr(b, n), jb[n]) for n in
               ("indicator", "domain", "mean", "sd", "low", "high", "modal_tilt_band", "modal_share")}, Band)


@pytest.mark.parametrize("k", range(len(YEARS)))
def test_balance_summary_fields_equal_the_json(report, data, k):
    b, jb = report.year_reports[k].balance, data["years"][k]["balance"]
    assert isinstance(b, BalanceSummary)
    cyc, cert = jb["cycle_part"], jb["coalition_certainty"]
    shares = cert["shares_with_focal"]
    check({
        "domain": (b.domain, jb["domain"]),
        "actors": (b.actors, jb["actors"]),
        "ties": (b.ties, jb["ties"]),
        "negative_ties": (b.negative_ties, jb["negative_ties"]),
        "triangles": ((b.triangles.triangles, list(b.triangles.census), b.triangles.index),
                      (jb["triangles"], jb["census"], jb["triangle_index"])),
        "frustration": ((b.frustration.frustration, b.frustration.lower_bound, b.frustration.optimal,
                         b.frustration.normalised),
                        (jb["frustration"], jb["frustration_lower_bound"], jb["frustration_optimal"],
                         jb["frustration_normalised"])),
        "with_focal": (b.with_focal, jb["coalition_with_focal"]),
        "against_focal": (b.against_focal, jb["coalition_against_focal"]),
        "unbalanced_through_focal": (b.unbalanced_through_focal, [tuple(t) for t in jb["unbalanced_through_focal"]]),
        "pn_actors": (sorted(b.pn_actors), sorted(jb["pn_centrality"])),
        "pn": (dict(zip(b.pn_actors, b.pn.tolist())), jb["pn_centrality"]),
        "membership_ties": (b.membership_ties, jb["membership_ties"]),
        "cycle_ties": (b.cycle_ties, cyc["ties"]),
        "cycle_actors": (b.cycle_actors, cyc["actors"]),
        "left_out": (b.left_out, cyc["left_out"]),
        "cycle_normalised": (b.cycle_normalised, cyc["frustration_normalised"]),
        "optimal_partitions": (b.optimal_partitions, cert["optimal_partitions"]),
        "optimal_partitions_complete": (b.optimal_partitions_complete, cert["complete"]),
        "share_actors": (sorted(b.share_actors), sorted(shares)),
        "partition_share": (dict(zip(b.share_actors, b.partition_share.tolist())),
                            {a: s["optimal_partitions"] for a, s in shares.items()}),
        "draw_share": (dict(zip(b.share_actors, b.draw_share.tolist())), {a: s["draws"] for a, s in shares.items()}),
        "coalition_draws": (b.coalition_draws, cert["draws"]),
        "weighting_dependent": (b.weighting_dependent, cert["weighting_dependent"]),
        "with_focal_other_weighting": (b.with_focal_other_weighting, cert["coalition_other_weighting"]),
    }, BalanceSummary)
    # the types of the conventions: numbers as numpy arrays, triangles as 3-tuples of labels
    assert isinstance(b.pn, np.ndarray) and b.pn.dtype == np.float64 and len(b.pn) == len(b.pn_actors)
    assert isinstance(b.draw_share, np.ndarray) and np.isfinite(b.draw_share).all()  # coalition draws were made
    assert b.coalition_draws == 15
    assert all(isinstance(t, tuple) and len(t) == 3 and t[0] == "KAZ" for t in b.unbalanced_through_focal)
    assert "KAZ" in b.with_focal


def test_the_years_have_what_the_test_needs(report):
    # so the comparisons above are not vacuous
    assert any(c.before is None for c in report.year_reports[0].changes)  # 1992: new relations
    assert any(y.changes for y in report.year_reports[1:])
    assert any(y.events for y in report.year_reports)
    assert any(y.balance.unbalanced_through_focal for y in report.year_reports)
    assert any(len(y.balance.pn) for y in report.year_reports)


def test_objects_outlive_the_report():
    import gc

    y = kr.make_report(kzsec.datasets.kazakhstan(), "KAZ", RIVALS, [2014], robustness_draws=0,
                       coalition_draws=0).year_reports[0]
    gc.collect()
    assert y.year == 2014 and "KAZ" in y.balance.with_focal and y.profile.structure.domains


def test_repr_html_and_to_dict(report):
    y = report.year_reports[1]
    for obj, name in ((report, "ReportResult"), (y, "YearReport"), (y.balance, "BalanceSummary"),
                      (y.bands[0], "Band"), (y.changes[0], "RelationChange")):
        text = repr(obj)
        assert text.startswith(name + "(") and len(text) < 700 and "\n" not in text, text
        assert f"kzsec.{name}" in obj._repr_html_()
        d = obj.to_dict()
        assert set(d) == fields(type(obj))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no deprecated alias is read
        d = report.to_dict()
    assert "normalized" not in d["year_reports"][0]["balance"]["frustration"]
    assert d["years"] == YEARS
    assert d["year_reports"][1]["balance"]["with_focal"] == y.balance.with_focal
    assert d["year_reports"][1]["balance"]["triangles"]["index"] == y.balance.triangles.index
    assert "with_focal=" in repr(y.balance)


def test_to_frame_equals_the_csv(report):
    pd = pytest.importorskip("pandas")
    df = report.to_frame()
    csv = pd.read_csv(io.StringIO(report.to_csv()), keep_default_na=False, na_values=[""])
    assert len(df) == len(csv) == sum(len(y.profile.structure.domains) for y in report.year_reports)
    common = [c for c in df.columns if c in csv.columns]
    assert set(df.columns) - set(common) == {"tilt_low", "tilt_high"}
    for c in common:
        if pd.api.types.is_numeric_dtype(df[c]) or pd.api.types.is_bool_dtype(df[c]):
            np.testing.assert_array_equal(df[c].to_numpy(float), csv[c].to_numpy(float), err_msg=c)
        else:  # text; an empty CSV cell is ""
            assert list(df[c]) == list(csv[c].fillna("")), c
    # the band columns are the tilt bands of the objects
    y = report.year_reports[0]
    band = next(b for b in y.bands if b.indicator == "tilt" and b.domain == y.profile.structure.domains[0].domain)
    assert (df.loc[0, "tilt_low"], df.loc[0, "tilt_high"]) == (band.low, band.high)
    # the other tables: one row per record, with its year
    for table, attr in (("bands", "bands"), ("changes", "changes"), ("events", "events")):
        t = report.to_frame(table)
        assert len(t) == sum(len(getattr(y, attr)) for y in report.year_reports)
        assert list(t["year"]) == [y.year for y in report.year_reports for _ in getattr(y, attr)]
    with pytest.raises(ValueError, match="unknown table 'nope'"):
        report.to_frame("nope")


def test_report_data_is_the_json_form(report, data):
    assert kr.report_data(report) == data
    assert kr.report_data(report.to_json()) == data
    assert kr.report_data(data) is data


def axes_data(fig):
    """Per axes: the lines' (label, x, y), the error bars' segments, the shaded spans and the texts."""
    out = []
    for ax in fig.axes:
        lines = [(ln.get_label(), np.asarray(ln.get_xdata(), dtype=float), np.asarray(ln.get_ydata(), dtype=float))
                 for ln in ax.lines]
        segments = [np.concatenate(c.get_segments()) if c.get_segments() else np.empty((0, 2))
                    for c in ax.collections if hasattr(c, "get_segments")]
        spans = [(p.get_label(), np.asarray(p.get_xy(), dtype=float)) for p in ax.patches if hasattr(p, "get_xy")]
        texts = [t.get_text() for t in ax.texts]
        out.append((ax.get_ylabel(), lines, segments, spans, texts))
    return out, fig._suptitle.get_text()


def test_plot_from_the_objects_and_from_the_json_text_hold_the_same_data(report, tmp_path):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import kzsec.plot as kp

    from_objects, title_a = axes_data(kp.plot_report(report))
    path = tmp_path / "report.json"
    path.write_text(report.to_json())  # a file of `kzsec report --format json`
    from_text, title_b = axes_data(kp.plot_report(path.read_text()))
    from_dict, _ = axes_data(kp.plot_report(json.loads(report.to_json(-1))))
    assert title_a == title_b
    n_lines = 0
    for a, b, c in zips(from_objects, from_text, from_dict):
        assert a[0] == b[0] == c[0]
        assert len(a[1]) == len(b[1]) == len(c[1])
        for (la, xa, ya), (lb, xb, yb), (lc, xc, yc) in zip(a[1], b[1], c[1]):
            assert la == lb == lc
            np.testing.assert_array_equal(xa, xb)
            np.testing.assert_array_equal(ya, yb)  # NaN where a year is missing, in both
            np.testing.assert_array_equal(ya, yc)
            n_lines += 1
        assert len(a[2]) == len(b[2])
        for sa, sb in zip(a[2], b[2]):
            np.testing.assert_array_equal(sa, sb)  # the Monte Carlo error bars
        assert [s[0] for s in a[3]] == [s[0] for s in b[3]]
        for (_, pa), (_, pb) in zip(a[3], b[3]):
            np.testing.assert_array_equal(pa, pb)
        assert a[4] == b[4]
    assert n_lines >= len(report.domains) + 5
    assert any(len(s) for s in from_objects[1][2]), "draws > 0: the tilt panel has error bars"
    # the plotted numbers are the objects' numbers
    hedge = next(y for lab, x, y in from_objects[2][1] if lab == "hedging score")
    expected = [y.profile.structure.aggregate.hedging for y in report.year_reports]
    np.testing.assert_array_equal(hedge[np.array(YEARS) - YEARS[0]], expected)
