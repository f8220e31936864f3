"""The notebook user's first hour (issue #14, "Defaults and names" and "Long runs"):
reprs, argument and keyword messages, nearest ids, warnings for silent rules,
clean public namespaces, igraph interop, progress bars and Ctrl-C."""
from __future__ import annotations

import math
import subprocess
import sys
import textwrap
import types
import warnings

import numpy as np
import pytest

import kzsec
from kzsec import _core
from kzsec import _repr as kzrepr

RIVALS = ["RUS", "CHN"]


@pytest.fixture(scope="module")
def kaz():
    return kzsec.datasets.kazakhstan()


# ------------------------------------------------------------------- reprs
def _objects(kaz):
    """Instances of as many result classes as one short session produces."""
    g = kaz.snapshot(2014, "security")
    out = [
        kzsec.hedging.profile(kaz, "KAZ", RIVALS + ["USA"], 2014),
        kzsec.hedging.rank(kaz, RIVALS, 2014, as_frame=False, min_observed_domains=1),
        kzsec.hedging.ProfileOptions(),
        kzsec.balance.triangle_index(g, list_unbalanced=True),
        kzsec.balance.walk_index(g),
        kzsec.balance.spectral_index(g),
        kzsec.balance.frustration(g),
        kzsec.balance.blockmodel(g, 2),
        kzsec.balance.cycle_part(g),
        kzsec.balance.optimal_partitions(g),
        kzsec.centrality.pn_index(g),
        kzsec.centrality.signed_degree(g),
        kzsec.centrality.signed_eigenvector_centrality(g),
        kzsec.scenario.apply_report(kaz, kzsec.scenario.Scenario("empty")),
        kzsec.report.make_report(kaz, years=[2013, 2014], draws=5, robustness_draws=0, coalition_draws=2),
        kzsec.datasets.list()[0],
        kaz.metadata,
        kaz.actors[0], kaz.relations[0], kaz.domains[0],
        g.reduction,
        kzsec.world.WorldOptions(),
    ]
    return out


def _walk(obj, seen, depth=0):
    """Every kzsec object reachable through fields (lists included), by class."""
    cls = type(obj)
    if not cls.__module__.startswith("kzsec._core") or hasattr(cls, "__members__") or depth > 4:
        return
    seen.setdefault(cls.__name__, obj)
    if cls.__name__ in kzrepr._CONTAINERS:
        return
    for name in kzrepr._fields(cls):
        try:
            value = getattr(obj, name)
        except Exception:
            continue
        for v in (value[:3] if isinstance(value, list) else [value]):
            _walk(v, seen, depth + 1)


def test_every_core_class_has_a_readable_repr_and_html():
    classes = kzrepr._core_classes()
    assert len(classes) > 50
    for cls in classes:
        if hasattr(cls, "__members__"):
            continue
        assert cls.__repr__ is not object.__repr__, cls
        assert hasattr(cls, "_repr_html_"), cls


def test_no_repr_shows_an_address(kaz):
    seen = {}
    for obj in _objects(kaz):
        _walk(obj, seen)
    # the session above reaches most result classes, nested ones included
    for name in ["ProfileResult", "ProfileView", "DomainRow", "AggregateRow", "StrategyResult", "Reason",
                 "CrossPressureResult", "SplitVoteResult", "RankResult", "RankRow", "TriangleResult",
                 "FrustrationResult", "PNResult", "ApplyResult", "ReductionReport", "ProfileOptions",
                 "ReportResult", "YearReport", "BalanceSummary", "Band", "RelationChange"]:
        assert name in seen, name
    for name, obj in seen.items():
        text, html = repr(obj), obj._repr_html_()
        assert "object at 0x" not in text, (name, text)
        assert "object at 0x" not in html, (name, html)
        assert len(text) < 700, (name, len(text))
        assert text.startswith((name, "<")), (name, text)


def test_repr_shows_the_values(kaz):
    p = kzsec.hedging.profile(kaz, "KAZ", RIVALS, 2014)
    text = repr(p.structure.aggregate)
    assert f"tilt={p.structure.aggregate.tilt:.6g}" in text
    assert repr(p).startswith("ProfileResult(focal='KAZ', rivals=['RUS', 'CHN'], year=2014")
    html = p._repr_html_()
    assert "<table>" in html and "focal" in html and "KAZ" in html


def test_to_dict_and_to_frame_match_the_fields(kaz):
    pd = pytest.importorskip("pandas")
    p = kzsec.hedging.profile(kaz, "KAZ", RIVALS, 2014)
    d = p.to_dict()
    assert d["structure"]["aggregate"]["tilt"] == p.structure.aggregate.tilt
    assert [r["domain"] for r in d["structure"]["domains"]] == [r.domain for r in p.structure.domains]
    df = p.structure.to_frame()
    assert isinstance(df, pd.DataFrame)
    assert list(df["domain"]) == [r.domain for r in p.structure.domains]
    assert np.allclose(df["tilt"].to_numpy(), [r.tilt for r in p.structure.domains], equal_nan=True)
    rk = kzsec.hedging.rank(kaz, RIVALS, 2014, as_frame=False, min_observed_domains=1)
    rf = rk.to_frame()
    assert len(rf) == len(rk.rows) and list(rf["actor"]) == [r.actor for r in rk.rows]
    with pytest.raises(ValueError, match="unknown table"):
        rk.to_frame("nope")


# --------------------------------------------------------- argument messages
def test_a_string_of_rivals_is_rejected_clearly(kaz):
    with pytest.raises(TypeError, match=r"rivals must be a list of actor ids .* not the string 'RUS'"):
        kzsec.hedging.profile(kaz, "KAZ", "RUS", 2022)
    with pytest.raises(TypeError, match="not the string"):
        kzsec.hedging.evolution_records(kaz, "KAZ", "RUS,CHN", [2022])
    with pytest.raises(TypeError, match="not the string"):
        kzsec.scenario.monte_carlo(kaz, "KAZ", "RUS", [2022], draws=10)
    # a tuple or a generator is fine
    a = kzsec.hedging.profile(kaz, "KAZ", ("RUS", "CHN"), 2022)
    b = kzsec.hedging.profile(kaz, "KAZ", (r for r in RIVALS), 2022)
    assert a.structure.aggregate.tilt == b.structure.aggregate.tilt


def test_signs_as_text_in_from_edges():
    g = kzsec.SignedGraph.from_edges([("A", "B", "+"), ("B", "C", "-"), ("A", "C", "+")])
    h = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", -1), ("A", "C", 1)])
    assert g.labels == h.labels
    assert np.array_equal(g.adjacency(), h.adjacency())
    with pytest.raises(ValueError, match=r"edge 1 has weight 'x'; expected a number or '\+' / '-'"):
        kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "C", "x")])
    with pytest.raises(ValueError, match="edge 0 has weight of type NoneType"):
        kzsec.SignedGraph.from_edges([("A", "B", None)])


def test_unknown_focal_names_the_nearest_ids(kaz):
    with pytest.raises(KeyError, match=r"unknown actor 'KZ'; did you mean 'KAZ'"):
        kzsec.hedging.profile(kaz, "KZ", RIVALS, 2022)
    with pytest.raises(KeyError, match=r"unknown focal actor 'KZ'; did you mean 'KAZ'"):
        kzsec.report.make_report(kaz, focal="KZ", rivals=RIVALS, years=[2022])
    with pytest.raises(KeyError, match=r"unknown actor 'Rus'; did you mean 'RUS'"):
        kzsec.hedging.profile(kaz, "KAZ", ["Rus", "CHN"], 2022)


def test_a_mistyped_keyword_is_named(kaz):
    g = kaz.snapshot(2014)
    cases = [
        (lambda: kzsec.hedging.profile(kaz, "KAZ", RIVALS, 2014, domain=["security"]), "domain", "domains"),
        (lambda: kzsec.hedging.evolution_records(kaz, "KAZ", RIVALS, [2014], missing_as_zer=True),
         "missing_as_zer", "missing_as_zero"),
        (lambda: kzsec.balance.triangle_index(g, weightng="sign"), "weightng", "weighting"),
        (lambda: kzsec.balance.frustration(g, methd="exact"), "methd", "method"),
        (lambda: kzsec.scenario.monte_carlo(kaz, "KAZ", RIVALS, [2014], draw=10), "draw", "draws"),
        (lambda: kzsec.SignedGraph.from_edges([("A", "B", 1)], symetrize="sum"), "symetrize", "symmetrize"),
    ]
    for call, bad, good in cases:
        with pytest.raises(TypeError) as info:
            call()
        msg = str(info.value)
        assert f" {bad!r}; did you mean {good!r}?" in msg, msg  # "unexpected keyword" or "unknown hedging option"
        assert "incompatible function arguments" not in msg and "Invoked with" not in msg
    # a real type error is still pybind11's
    with pytest.raises(TypeError, match="incompatible function arguments"):
        kzsec.balance.triangle_index("not a graph")


# ------------------------------------------------------------ silent rules
def test_snapshot_outside_the_years_warns(kaz):
    lo, hi = kaz.years()
    with pytest.warns(UserWarning, match=rf"year 1980 is outside the network's years {lo}-{hi}"):
        g = kaz.snapshot(1980, "security")
    assert g.num_vertices == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert kaz.snapshot(2014, "security").num_vertices > 0


def test_cancelled_opposite_ties_warn_and_show():
    with pytest.warns(UserWarning, match=r"1 pair\(s\) of opposite ties \(A-B\) cancelled"):
        g = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "A", -1), ("A", "C", 1)])
    assert g.num_edges == 1
    assert "cancelled=1 by symmetrize='sum'" in repr(g)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        h = kzsec.SignedGraph.from_edges([("A", "B", 1), ("B", "A", -1)], symmetrize="negative_wins")
    assert h.num_edges == 1 and "cancelled" not in repr(h)


# ------------------------------------------------------------- namespaces
HELPERS = {"Any", "Iterable", "Mapping", "Sequence", "Union", "require", "annotations", "np", "json", "os", "math",
           "builtins", "re"}


@pytest.mark.parametrize("name", ["kzsec", "kzsec.balance", "kzsec.centrality", "kzsec.hedging", "kzsec.similarity",
                                  "kzsec.power", "kzsec.scenario", "kzsec.report", "kzsec.interop", "kzsec.io",
                                  "kzsec.world", "kzsec.datasets"])
def test_public_modules_show_no_helper_names(name):
    import importlib

    mod = importlib.import_module(name)
    names = set(dir(mod))
    assert not names & HELPERS, sorted(names & HELPERS)
    assert names == set(mod.__all__)
    for n in mod.__all__:
        assert hasattr(mod, n), n


# ------------------------------------------------------------------ igraph
def test_igraph_round_trip(kaz):
    ig = pytest.importorskip("igraph")
    g = kaz.snapshot(2014, "security")
    G = kzsec.interop.to_igraph(g)
    assert isinstance(G, ig.Graph)
    assert G.vcount() == g.num_vertices and G.ecount() == g.num_edges
    assert G.vs["name"] == list(g.labels)
    u, v, w = g.edges()
    assert sorted(zip(u.tolist(), v.tolist(), w.tolist())) == sorted(
        (e.source, e.target, e["weight"]) for e in G.es)
    assert set(G.es["sign"]) <= {1, -1}
    back = kzsec.interop.from_igraph(G)
    assert back.labels == g.labels and np.array_equal(back.adjacency(), g.adjacency())
    # the same graph as through networkx
    nxg = pytest.importorskip("networkx")
    assert np.array_equal(kzsec.from_networkx(kzsec.to_networkx(g)).adjacency(), back.adjacency())
    # signnet's convention: the sign in the edge attribute "sign", no weight
    S = ig.Graph(n=3, edges=[(0, 1), (1, 2), (0, 2)])
    S.es["sign"] = [1, 1, -1]
    s = kzsec.interop.from_igraph(S)
    assert s.num_negative_edges == 1 and kzsec.balance.triangle_index(s).strong_index == 0.0
    N = kzsec.interop.to_igraph(kaz, 2014, "security")
    assert N["year"] == 2014 and "actor_name" in N.vs.attributes()
    with pytest.raises(ValueError, match="no edge attribute 'strength'"):
        kzsec.interop.from_igraph(S, weight="strength")


# -------------------------------------------------- progress and interrupt
def test_progress_callback_of_monte_carlo(kaz):
    from kzsec._core import scenario as s

    calls = []
    s.monte_carlo(kaz, "KAZ", RIVALS, [2014], 2000, 1, 1, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 2000) and calls[-1] == (2000, 2000)
    assert all(b[0] >= a[0] for a, b in zip(calls, calls[1:]))
    with pytest.raises(RuntimeError, match="cancelled by the progress callback"):
        s.monte_carlo(kaz, "KAZ", RIVALS, [2014], 2000, 1, 1, progress=lambda d, t: False)


def test_progress_false_prints_nothing_and_true_shows_a_bar(kaz, capfd):
    pytest.importorskip("pandas")
    a = kzsec.scenario.monte_carlo(kaz, "KAZ", RIVALS, [2014], draws=3000, progress=False)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    b = kzsec.scenario.monte_carlo(kaz, "KAZ", RIVALS, [2014], draws=3000, progress=True)
    out, err = capfd.readouterr()
    assert "3000/3000" in err
    # the bar changes no number
    assert a.summary["mean"].equals(b.summary["mean"])
    # default: no bar for a run shorter than a second
    kzsec.scenario.monte_carlo(kaz, "KAZ", RIVALS, [2014], draws=500)
    assert capfd.readouterr() == ("", "")


def test_progress_of_the_world_build():
    from kzsec._core import datasets as ds
    from kzsec import world

    if not world.has_embedded_data():
        pytest.skip("built without the world data")
    opt = world.make_options(first_year=2010, last_year=2010, actors=["KAZ", "RUS"], domains=["security"],
                             capabilities=False)
    calls = []
    ds.world(opt, progress=lambda d, t: calls.append((d, t)))
    # stages: crosswalk, security, assembly; the bindings pass the first, the last and one call per 0.1 s
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert all(b[0] > a[0] and b[1] == 3 for a, b in zip(calls, calls[1:]))
    with pytest.raises(RuntimeError, match="cancelled"):
        ds.world(opt, progress=lambda d, t: d < 1)


def test_progress_of_the_report(kaz, capfd):
    from kzsec._core import report as r

    years, coalition, draws = [2008, 2014], 3, 300
    total = len(years) * (1 + coalition) + draws  # docs: one step per year, coalition draw and MC draw
    calls = []
    a = r.make_report(kaz, years=years, coalition_draws=coalition, draws=draws, robustness_draws=10,
                      progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert all(b[0] >= a_[0] and b[1] == total for a_, b in zip(calls, calls[1:]))
    with pytest.raises(RuntimeError, match="report: cancelled by the progress callback after 0 of"):
        r.make_report(kaz, years=years, coalition_draws=coalition, progress=lambda d, t: False)
    # the package's make_report: a bar on stderr with progress=True, nothing with False, same numbers
    capfd.readouterr()
    b = kzsec.report.make_report(kaz, years=years, coalition_draws=coalition, draws=draws, robustness_draws=10,
                                 progress=True)
    out, err = capfd.readouterr()
    assert f"{total}/{total}" in err and "kzsec report" in err
    c = kzsec.report.make_report(kaz, years=years, coalition_draws=coalition, draws=draws, robustness_draws=10,
                                 progress=False)
    assert capfd.readouterr() == ("", "")
    assert a.to_json() == b.to_json() == c.to_json()
    with pytest.raises(TypeError, match="unexpected keyword 'coalition_drawz'; did you mean 'coalition_draws'"):
        kzsec.report.make_report(kaz, coalition_drawz=3)
    with pytest.raises(TypeError, match="progress must be True, False or None"):
        kzsec.report.make_report(kaz, years=years, progress=lambda d, t: None)


def test_progress_of_rank(kaz, capfd):
    from kzsec._core import hedging as h

    calls = []
    plain = h.rank(kaz, RIVALS, 2014, min_observed_domains=1)
    hooked = h.rank(kaz, RIVALS, 2014, min_observed_domains=1, progress=lambda d, t: calls.append((d, t)))
    n = len(plain.rows) + len(plain.skipped)
    assert calls[0] == (0, n) and calls[-1] == (n, n)
    assert hooked.to_json() == plain.to_json()
    with pytest.raises(RuntimeError, match="rank: cancelled by the progress callback"):
        h.rank(kaz, RIVALS, 2014, progress=lambda d, t: False)
    capfd.readouterr()
    res = kzsec.hedging.rank(kaz, RIVALS, 2014, min_observed_domains=1, as_frame=False, progress=True)
    out, err = capfd.readouterr()
    assert f"{n}/{n} actors" in err or f"{n}/{n} [" in err
    assert res.to_json() == plain.to_json()
    kzsec.hedging.rank_records(kaz, RIVALS, 2014, progress=False)
    assert capfd.readouterr() == ("", "")


def test_ctrl_c_stops_a_long_report_within_two_seconds():
    # the coalition draws of the report (an exact frustration each): 10^6 of them take many minutes
    code = textwrap.dedent("""
        import _thread, threading, time, kzsec
        net = kzsec.datasets.kazakhstan()
        t0 = [0.0]
        def interrupt():
            time.sleep(1.0)
            t0[0] = time.monotonic()
            _thread.interrupt_main()
        threading.Thread(target=interrupt, daemon=True).start()
        try:
            kzsec.report.make_report(net, years=[2014], coalition_draws=1_000_000, progress=False)
            print("FINISHED")
        except KeyboardInterrupt:
            print(f"INTERRUPTED {time.monotonic() - t0[0]:.3f}")
    """)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    word, *rest = res.stdout.split()
    assert word == "INTERRUPTED", res.stdout
    assert float(rest[0]) < 2.0, res.stdout


def test_ctrl_c_stops_a_long_monte_carlo_within_two_seconds():
    # In a subprocess: a run of ~10^8 draws (minutes), interrupted after 1 s the way
    # Ctrl-C / Jupyter's interrupt does it (the SIGINT flag, from another thread).
    code = textwrap.dedent("""
        import _thread, threading, time, kzsec
        net = kzsec.datasets.kazakhstan()
        t0 = [0.0]
        def interrupt():
            time.sleep(1.0)
            t0[0] = time.monotonic()
            _thread.interrupt_main()
        threading.Thread(target=interrupt, daemon=True).start()
        try:
            kzsec.scenario.monte_carlo(net, "KAZ", ["RUS", "CHN"], list(range(1992, 2025)), draws=100_000_000,
                                       threads=2, progress=False)
            print("FINISHED")
        except KeyboardInterrupt:
            print(f"INTERRUPTED {time.monotonic() - t0[0]:.3f}")
    """)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    word, *rest = res.stdout.split()
    assert word == "INTERRUPTED", res.stdout
    assert float(rest[0]) < 2.0, res.stdout
