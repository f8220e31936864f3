"""Tests of kzsec.plot: figure contents (lines, patches, labels), rendered with Agg."""
import sys

import numpy as np
import pytest

mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")
pd = pytest.importorskip("pandas")

import kzsec  # noqa: E402
import kzsec.plot as kp  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def render(ax, tmp_path, name="fig.png"):
    p = tmp_path / name
    ax.figure.savefig(p)
    assert p.stat().st_size > 1000
    return p


def evolution_table():
    """Two domains x four years; aggregate columns are per year."""
    rows = []
    for y, agg in zip(range(2012, 2016), (0.5, 0.4, 0.1, 0.0)):
        for dom, t in (("security", agg + 0.2), ("economic", agg - 0.2)):
            rows.append({"view": "structure", "year": y, "domain": dom, "tilt": t, "hedging": 0.5,
                         "aggregate_tilt": agg, "aggregate_hedging": 1 - agg})
            rows.append({"view": "perceived", "year": y, "domain": dom, "tilt": 9.0, "hedging": 9.0,
                         "aggregate_tilt": 9.0, "aggregate_hedging": 9.0})
    return pd.DataFrame(rows)


class TestEvolution:
    def test_default_indicators_and_events(self, tmp_path):
        ev = [kzsec.Event(2014, ["RUS"], "Crimea", id="crimea"), kzsec.Event(2014, ["UKR"], "x", id="donbas"),
              kzsec.Event(2022, ["KAZ"], "out of range", id="jan22")]
        ax = kp.plot_evolution(evolution_table(), events=ev)
        labelled = [l for l in ax.lines if not l.get_label().startswith("_")]
        assert [l.get_label() for l in labelled] == ["aggregate tilt", "aggregate hedging"]
        np.testing.assert_array_equal(labelled[0].get_xdata(), [2012, 2013, 2014, 2015])
        # the structure view is the first in the table; the perceived rows (9.0) are not drawn
        np.testing.assert_array_equal(labelled[0].get_ydata(), [0.5, 0.4, 0.1, 0.0])
        vlines = [l for l in ax.lines if l.get_label().startswith("_")]
        assert len(vlines) == 1  # one distinct year in range (2014); 2022 is outside 2012-2015
        assert np.asarray(vlines[0].get_xdata())[0] == 2014
        assert [t.get_text() for t in ax.texts] == ["Crimea (+1)"]  # descriptions, not ids
        assert ax.get_ylabel() == "value" and ax.get_xlabel() == "year"
        render(ax, tmp_path)

    def test_per_domain_lines_and_view(self):
        ax = kp.plot_evolution(evolution_table(), indicators=("tilt",), view="structure")
        assert sorted(l.get_label() for l in ax.lines) == ["economic", "security"]  # one indicator: the domains
        assert ax.get_ylabel() == "tilt" and ax.get_legend().get_title().get_text() == "domain"
        ax = kp.plot_evolution(evolution_table(), indicators=("tilt", "hedging"))
        assert "tilt (economic)" in [l.get_label() for l in ax.lines]
        ax = kp.plot_evolution(evolution_table(), indicators="tilt", domain="economic")
        assert [l.get_label() for l in ax.lines] == ["tilt"]
        np.testing.assert_allclose(ax.lines[0].get_ydata(), [0.3, 0.2, -0.1, -0.2])

    def test_events_from_network_and_pairs(self):
        net = kzsec.Network()
        net.add_actor("KAZ")
        net.add_event(kzsec.Event(2013, ["KAZ"], "a", id="a"))
        net.add_event(kzsec.Event(2015, ["KAZ"], "b", id="b"))
        ax = kp.plot_evolution(evolution_table(), events=net, label_events=False)
        assert len([l for l in ax.lines if l.get_label().startswith("_")]) == 2
        assert len(ax.texts) == 0
        ax = kp.plot_evolution(evolution_table(), events=[(2012, "start")])
        assert [t.get_text() for t in ax.texts] == ["start"]
        ax = kp.plot_evolution(evolution_table(), events=[(2013, "a"), (2013, "b"), (2013, "c"), (2013, "a")])
        assert [t.get_text() for t in ax.texts] == ["a (+2)"]  # duplicates counted once

    def test_event_labels_stay_above_the_data(self):
        # long descriptions are cut; the y axis gets headroom so no label crosses a data line
        ev = [(2013, "a very long description of something that happened"), (2014, "short")]
        ax = kp.plot_evolution(evolution_table(), events=ev, ylabel="score")
        assert ax.get_ylabel() == "score"
        assert ax.texts[0].get_text().endswith("…") and len(ax.texts[0].get_text()) == 18
        fig = ax.figure
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        for line in (l for l in ax.lines if not l.get_label().startswith("_")):
            pts = ax.transData.transform(np.column_stack([line.get_xdata(), line.get_ydata()]))
            for t in ax.texts:
                b = t.get_window_extent(r)
                assert (pts[:, 1] < b.y0).all(), (line.get_label(), t.get_text())

    def test_missing_column(self):
        with pytest.raises(KeyError, match="no column 'equidistance'"):
            kp.plot_evolution(evolution_table(), indicators=["equidistance"])

    def test_given_axes_is_used(self):
        from matplotlib.figure import Figure

        ax = Figure().add_subplot()
        assert kp.plot_evolution(evolution_table(), ax=ax) is ax


def triangle_world():
    # A+B, B+C, A-C (unbalanced triangle) and C-D negative (balanced with D alone)
    return kzsec.SignedGraph.from_edges([("A", "B", 1.0), ("B", "C", 0.5), ("A", "C", -1.0), ("C", "D", -0.8)])


class TestNetwork:
    def test_contents(self, tmp_path):
        g = triangle_world()
        ax = kp.plot_network(g, partition=[1, 1, 1, -1], unbalanced_edges=[("A", "C")])
        assert len(ax.lines) == 4  # one per edge
        styles = [l.get_linestyle() for l in ax.lines]
        assert styles.count("--") == 2 and styles.count("-") == 2  # two negative, two positive ties
        highlighted = [l for l in ax.lines if l.get_color() == kp.UNBALANCED_COLOR]
        assert [l.get_gid() for l in highlighted] == ["unbalanced:A-C"]
        assert len(ax.collections) == 2  # two coalitions
        assert sorted(len(c.get_offsets()) for c in ax.collections) == [1, 3]
        assert sorted(t.get_text() for t in ax.texts) == ["A", "B", "C", "D"]
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend == ["coalition 1", "coalition 2", "positive tie", "negative tie", "unbalanced tie"]
        render(ax, tmp_path)

    def test_partition_forms_and_results(self):
        g = triangle_world()

        class Frustration:  # duck-typed like kzsec.balance.frustration's result
            partition = [1, -1, -1, 1]
            frustrated_edges = [(1, 2)]

        ax = kp.plot_network(g, partition=Frustration(), unbalanced_edges=Frustration())
        assert len(ax.collections) == 2
        assert [l.get_gid() for l in ax.lines if l.get_color() == kp.UNBALANCED_COLOR] == ["unbalanced:B-C"]
        ax = kp.plot_network(g, partition={"A": "x", "B": "y", "C": "z", "D": "x"})
        assert len(ax.collections) == 3
        with pytest.raises(ValueError, match="3 entries for 4 vertices"):
            kp.plot_network(g, partition=[1, 1, 1])
        with pytest.raises(KeyError, match="no entry for vertex 'D'"):
            kp.plot_network(g, partition={"A": 1, "B": 1, "C": 1})
        with pytest.raises(ValueError, match=r"\(A, D\) is not an edge"):
            kp.plot_network(g, unbalanced_edges=[("A", "D")])

    def test_with_frustration_result(self):
        balance = pytest.importorskip("kzsec.balance")
        if not hasattr(balance, "frustration"):
            pytest.skip("kzsec.balance.frustration not available")
        g = triangle_world()
        r = balance.frustration(g)
        ax = kp.plot_network(g, partition=r, unbalanced_edges=r)
        # exactly one edge of the unbalanced triangle A-B-C is frustrated (L = 1)
        assert len([l for l in ax.lines if l.get_color() == kp.UNBALANCED_COLOR]) == 1

    def test_layout_deterministic(self):
        g = triangle_world()
        a = [l.get_xydata().tolist() for l in kp.plot_network(g, seed=3).lines]
        b = [l.get_xydata().tolist() for l in kp.plot_network(g, seed=3).lines]
        assert a == b

    def test_circular_layout_without_networkx(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "networkx", None)
        ax = kp.plot_network(triangle_world(), layout="spring")
        # without networkx the vertices sit on the unit circle, A at angle 0 and C at angle pi
        pts = np.vstack([c.get_offsets() for c in ax.collections])
        np.testing.assert_allclose(np.hypot(pts[:, 0], pts[:, 1]), 1.0)
        ac = [l for l in ax.lines if l.get_gid() == "edge:A-C"][0]
        np.testing.assert_allclose(ac.get_xydata(), [[1, 0], [-1, 0]], atol=1e-12)


class TestTiltByDomain:
    def test_from_table(self, tmp_path):
        ax = kp.plot_tilt_by_domain(evolution_table(), year=2013)
        assert len(ax.patches) == 2
        np.testing.assert_allclose([p.get_height() for p in ax.patches], [0.6, 0.2])
        assert [t.get_text() for t in ax.get_xticklabels()] == ["security", "economic"]
        # aggregate tilt 0.4 in 2013 drawn as a dashed line
        assert [l.get_ydata()[0] for l in ax.lines if l.get_linestyle() == "--"] == [0.4]
        render(ax, tmp_path)

    def test_last_year_default_and_negative_colour(self):
        ax = kp.plot_tilt_by_domain(evolution_table())  # 2015: 0.2 and -0.2
        heights = [p.get_height() for p in ax.patches]
        np.testing.assert_allclose(heights, [0.2, -0.2])
        assert mpl.colors.to_hex(ax.patches[1].get_facecolor()) == kp.NEGATIVE_COLOR

    def test_from_profile(self):
        hedging = pytest.importorskip("kzsec.hedging")
        p = hedging.profile(kzsec.datasets.kazakhstan(), "KAZ", ["RUS", "CHN"], 2022)
        ax = kp.plot_tilt_by_domain(p)
        assert len(ax.patches) == len(p.structure.domains)
        np.testing.assert_allclose([b.get_height() for b in ax.patches],
                                   np.nan_to_num([r.tilt for r in p.structure.domains]))


class TestBands:
    def test_two_bands_and_mean(self, tmp_path):
        df = pd.DataFrame({"year": [2000, 2001, 2002], "mean": [0.1, 0.2, 0.3], "q05": [0, 0, 0],
                           "q95": [1, 1, 1], "q25": [0.05, 0.1, 0.2], "q75": [0.5, 0.5, 0.5]})
        ax = kp.plot_bands(df)
        assert len(ax.collections) == 2  # 5-95 and 25-75
        assert [c.get_label() for c in ax.collections] == ["5%-95%", "25%-75%"]
        assert len(ax.lines) == 1
        np.testing.assert_array_equal(ax.lines[0].get_ydata(), [0.1, 0.2, 0.3])
        render(ax, tmp_path)

    def test_prefixed_and_long(self):
        wide = pd.DataFrame({"year": [2000, 2001], "tilt_mean": [0.1, 0.2], "tilt_q10": [0, 0], "tilt_q90": [1, 1],
                             "hedging_mean": [0.5, 0.5]})
        ax = kp.plot_bands(wide, "tilt")
        assert len(ax.collections) == 1 and len(ax.lines) == 1
        long = pd.DataFrame({"indicator": ["tilt", "tilt", "hedging", "hedging"], "year": [2001, 2000, 2000, 2001],
                             "mean": [0.2, 0.1, 0.5, 0.5], "p5": [0, 0, 0, 0], "p95": [1, 1, 1, 1]})
        ax = kp.plot_bands(long, "tilt")
        np.testing.assert_array_equal(ax.lines[0].get_xdata(), [2000, 2001])  # sorted by year
        np.testing.assert_array_equal(ax.lines[0].get_ydata(), [0.1, 0.2])
        with pytest.raises(ValueError, match="several indicators"):
            kp.plot_bands(long)
        with pytest.raises(ValueError, match="no mean or quantile columns"):
            kp.plot_bands(wide, "entropy")

    def test_select_and_quantile_names(self):
        long = pd.DataFrame({"indicator": ["tilt"] * 4, "domain": ["security", "economic"] * 2,
                             "year": [2000, 2000, 2001, 2001], "mean": [0.1, 0.7, 0.2, 0.8],
                             "q0.05": [0.0] * 4, "q_0.95": [1.0] * 4, "q1": [0.0] * 4, "q99": [1.0] * 4})
        with pytest.raises(ValueError, match="several rows for one year"):
            kp.plot_bands(long, "tilt")
        ax = kp.plot_bands(long, "tilt", select={"domain": "economic"})
        np.testing.assert_array_equal(ax.lines[0].get_ydata(), [0.7, 0.8])
        # q1/q99 are 1% and 99% (percentages), q0.05/q_0.95 fractions: two bands, outermost first
        assert [c.get_label() for c in ax.collections] == ["1%-99%", "5%-95%"]


def test_bands_from_monte_carlo():
    scenario = pytest.importorskip("kzsec.scenario")
    if not hasattr(scenario, "monte_carlo"):
        pytest.skip("kzsec.scenario.monte_carlo not available")
    net = kzsec.datasets.kazakhstan()
    mc = scenario.monte_carlo(net, "KAZ", ["RUS", "CHN"], range(2012, 2016), draws=64, seed=3, threads=1)
    df = mc.bands("tilt")
    ax = kp.plot_bands(df, label="tilt")
    assert len(ax.lines) == 1
    np.testing.assert_allclose(ax.lines[0].get_ydata(), df["mean"])
    qs = sorted(c for c in df.columns if c.startswith("q"))
    assert len(ax.collections) == len(qs) // 2  # one band per symmetric pair of quantiles


def test_missing_matplotlib(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    works = r'`pip install matplotlib`, or from a kzsec source checkout with `pip install "\.\[plot\]"`'
    with pytest.raises(kzsec.MissingDependencyError, match=works):
        kp.plot_network(triangle_world())


# ------------------------------------------------------------------ report
@pytest.fixture(scope="module")
def gap_report():
    """A real report with a gap (2016-2021 not requested) and Monte Carlo bands."""
    import kzsec.report

    return kzsec.report.make_report(kzsec.datasets.kazakhstan(), "KAZ", ["RUS", "CHN"], [2013, 2014, 2015, 2022],
                                    draws=20, robustness_draws=20, frustration_time_limit=2.0)


def report_dict(report):
    import json

    return json.loads(report.to_json(-1))


def visible_texts(fig):
    """Every drawn, non-empty text: suptitle, titles, axis labels, drawn tick labels, legends, annotations."""
    fig.canvas.draw()
    texts = list(fig.texts)  # the suptitle is one of them
    for ax in fig.axes:
        texts += list(ax.texts) + [ax.title, ax._left_title, ax._right_title]
        if ax.axison:
            texts += [ax.xaxis.label, ax.yaxis.label]
        for axis in (ax.xaxis, ax.yaxis) if ax.axison else ():
            for tick in axis._update_ticks():  # the ticks inside the view, i.e. the ones drawn
                texts += [lab for lab in (tick.label1, tick.label2) if lab.get_visible()]
        leg = ax.get_legend()
        if leg is not None:
            texts += list(leg.get_texts()) + [leg.get_title()]
    return list({id(t): t for t in texts if t.get_visible() and t.get_text().strip()}.values())


def overlapping_texts(fig):
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [(t, t.get_window_extent(r)) for t in visible_texts(fig)]
    out = []
    for i, (a, ba) in enumerate(boxes):
        for b, bb in boxes[i + 1:]:
            inter_w = min(ba.x1, bb.x1) - max(ba.x0, bb.x0)
            inter_h = min(ba.y1, bb.y1) - max(ba.y0, bb.y0)
            if inter_w > 1 and inter_h > 1:  # more than a pixel both ways
                out.append((a.get_text(), b.get_text()))
    return out


class TestReport:
    def test_single_year_axis_and_points(self, gap_report, tmp_path):
        import json

        data = json.loads(gap_report.to_json(-1))
        data["years"] = [y for y in data["years"] if y["year"] == 2022]
        fig = kp.plot_report(data, tmp_path / "one.png")
        ev, tilt, hedge, cross, bal, key = fig.axes
        lo, hi = bal.get_xlim()
        assert 2021 < lo < 2022 < hi < 2023  # not 1925-2125
        assert [int(t) for t in bal.get_xticks()] == [2022]
        for ax in (tilt, hedge, cross, bal):  # every panel shows its one year as markers
            drawn = [l for l in ax.lines if not l.get_label().startswith("_")
                     and np.isfinite(np.asarray(l.get_ydata(), dtype=float)).any()]
            assert drawn, ax.get_ylabel()
            assert all(l.get_marker() not in (None, "None", "") for l in drawn)

    def test_gap_breaks_lines_and_is_shaded(self, gap_report):
        fig = kp.plot_report(gap_report)
        ev, tilt, hedge, cross, bal, key = fig.axes
        lo, hi = bal.get_xlim()
        assert 2012 < lo < 2013 and 2022 < hi < 2023
        line = next(l for l in hedge.lines if l.get_label() == "hedging score")
        x = np.asarray(line.get_xdata(), dtype=float)
        y = np.asarray(line.get_ydata(), dtype=float)
        np.testing.assert_array_equal(x, np.arange(2013, 2023))
        assert np.isfinite(y[[0, 1, 2, 9]]).all() and np.isnan(y[3:9]).all()  # 2016-2021 break the line
        expected = [y["structure"]["aggregate"]["hedging"] for y in report_dict(gap_report)["years"][:3]]
        np.testing.assert_allclose(y[:3], expected)

    def test_cross_pressure_has_its_own_axis(self, gap_report):
        fig = kp.plot_report(gap_report)
        ev, tilt, hedge, cross, bal, key = fig.axes
        assert [l.get_label() for l in cross.lines if not l.get_label().startswith("_")] == ["exposure"]
        assert "exposure" not in [l.get_label() for l in hedge.lines]
        top = max(y["cross_pressure"]["exposure"] for y in report_dict(gap_report)["years"])
        assert cross.get_ylim()[1] >= top

    def test_issue_split_is_a_visible_band(self, gap_report):
        fig = kp.plot_report(gap_report)
        hedge = fig.axes[2]
        split = [y["year"] for y in report_dict(gap_report)["years"] if y["structure"]["aggregate"]["split"]]
        spans = [p for p in hedge.patches if p.get_label() == "issue split"]
        assert bool(split) == bool(spans)
        if split:
            assert spans[0].get_alpha() >= 0.2

    def test_every_panel_has_labels_and_texts_do_not_collide(self, gap_report, tmp_path):
        fig = kp.plot_report(gap_report, tmp_path / "r.png")
        ev, tilt, hedge, cross, bal, key = fig.axes
        for ax in (tilt, hedge, cross, bal):
            assert ax.get_ylabel().strip()
        assert bal.get_xlabel() == "year"
        assert overlapping_texts(fig) == []
        # every text inside the figure, and the event numbers outside the data panels
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        W, H = fig.bbox.width, fig.bbox.height
        for t in visible_texts(fig):
            b = t.get_window_extent(r)
            assert b.x0 >= -1 and b.y0 >= -1 and b.x1 <= W + 1 and b.y1 <= H + 1, t.get_text()
        for t in ev.texts:
            b = t.get_window_extent(r)
            for ax in (tilt, hedge, cross, bal):
                assert not b.overlaps(ax.bbox), (t.get_text(), ax.get_ylabel())
        assert len(ev.texts) == len(key.texts[0].get_text().splitlines())

    def test_detector_sees_an_overlap(self):
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots()
        ax.text(0.5, 0.5, "first label")
        ax.text(0.5, 0.5, "second label")
        assert ("first label", "second label") in overlapping_texts(fig)

    def test_many_events_in_adjacent_years_do_not_collide(self, gap_report):
        import json

        data = json.loads(gap_report.to_json(-1))
        ev = {"id": "e", "description": "a long description of an event that goes on " * 3, "year": 0}
        for y in data["years"]:
            y["events"] = [dict(ev, year=y["year"])] * 3
        data["years"] = [dict(data["years"][0], year=2013 + k, events=[dict(ev, year=2013 + k)] * 2)
                         for k in range(12)]
        fig = kp.plot_report(data, max_event_labels=12)
        assert len(fig.axes[0].texts) == 12
        assert overlapping_texts(fig) == []

    def test_report_module_delegates(self, gap_report, tmp_path):
        import kzsec.report

        fig = kzsec.report.plot_report(gap_report.to_json(-1), tmp_path / "r.png")
        assert len(fig.axes) == 6 and (tmp_path / "r.png").stat().st_size > 1000
        with pytest.raises(ValueError, match="no year"):
            kp.plot_report({"years": [], "domains": [], "rivals": ["RUS", "CHN"], "focal": "KAZ"})


def overlapping_label_bodies(ax):
    """Pairs of texts of ``ax`` whose text bodies overlap (an annotation's extent includes its leader line)."""
    from matplotlib.text import Text

    fig = ax.figure
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [(t.get_text(), Text.get_window_extent(t, r)) for t in ax.texts]
    return [(a, b) for i, (a, ba) in enumerate(boxes) for b, bb in boxes[i + 1:]
            if min(ba.x1, bb.x1) - max(ba.x0, bb.x0) > 1 and min(ba.y1, bb.y1) - max(ba.y0, bb.y0) > 1]


class TestRankLabels:
    """plot_rank moves colliding labels apart (issue #14: KAZ and VNM overlapped in notebook 06)."""

    @staticmethod
    def ranking(points):
        rows = [{"actor": a, "affinity": [x, y], "strategy": "hedging", "robustness": 1.0} for a, x, y in points]
        return {"rivals": ["USA", "CHN"], "year": 2014, "rows": rows}

    def test_a_cluster_of_labelled_points_has_no_overlapping_texts(self):
        # eight points within 0.01 of each other plus two far ones: at the plain offset every
        # label of the cluster sits on the others
        cluster = [(f"C{k}{k}{k}", 0.10 + 0.003 * (k % 3), 0.55 + 0.003 * (k // 3)) for k in range(8)]
        data = self.ranking(cluster + [("FAR", 0.8, 0.2), ("LOW", -0.1, 0.0)])
        ax = kp.plot_rank(data, label_all=True)
        assert {t.get_text() for t in ax.texts} == {a for a, _, _ in cluster} | {"FAR", "LOW"}
        assert overlapping_label_bodies(ax) == []
        # no label covers a marker other than its own
        from matplotlib.text import Text

        r = ax.figure.canvas.get_renderer()
        pts = ax.transData.transform([(x, y) for _, x, y in cluster])
        for t in ax.texts:
            b = Text.get_window_extent(t, r)
            for (a, _, _), (px, py) in zip(cluster, pts):
                if a != t.get_text():
                    assert not (b.x0 < px < b.x1 and b.y0 < py < b.y1), (t.get_text(), a)

    def test_far_labels_get_a_leader_line_and_placement_is_deterministic(self):
        cluster = [(f"A{k}", 0.3 + 0.002 * k, 0.3) for k in range(6)]
        first = kp.plot_rank(self.ranking(cluster), label_all=True)
        second = kp.plot_rank(self.ranking(cluster), label_all=True)
        assert [t.get_position() for t in first.texts] == [t.get_position() for t in second.texts]
        assert any(t.arrow_patch is not None for t in first.texts)  # crowded: some labels moved out
        assert overlapping_label_bodies(first) == []

    def test_an_isolated_label_stays_next_to_its_point(self):
        ax = kp.plot_rank(self.ranking([("ONE", 0.2, 0.4), ("TWO", 0.6, 0.1)]), label_all=True)
        for t in ax.texts:
            assert t.arrow_patch is None
            dx, dy = t.get_position() if t.get_anncoords() == "offset points" else (None, None)
            assert abs(dx) <= 6 and abs(dy) <= 6


def two_factions(eta=0.0, seed=1):
    from kzsec import generators

    return generators.planted_ssbm(n=40, k=2, p=0.3, eta=eta, seed=seed)


class TestSignedLayout:
    """signed_layout: stress majorization on signed distances (docs/signed-analysis.md)."""

    @pytest.mark.parametrize("seed", [1, 2, 3])
    def test_negative_ties_end_farther_apart_than_positive_ones(self, seed):
        pg = two_factions(seed=seed)
        g = pg.graph
        pos = kp.signed_layout(g, seed=seed)
        u, v, w = g.edges()
        d = np.hypot(*(pos[u] - pos[v]).T)
        assert (w > 0).sum() > 50 and (w < 0).sum() > 50
        # targets: 1 for a positive tie, 3 for a negative one; the layout keeps the ratio roughly
        assert d[w < 0].mean() > 2.5 * d[w > 0].mean()
        assert np.median(d[w < 0]) > np.quantile(d[w > 0], 0.95)
        # the planted factions are two clusters: within-faction pairs are closer than across
        m = np.asarray(pg.membership)
        full = np.hypot(*(pos[:, None, :] - pos[None, :, :]).transpose(2, 0, 1))
        same = m[:, None] == m[None, :]
        assert full[~same].mean() > 2.0 * full[same & ~np.eye(len(m), dtype=bool)].mean()
        # with 10 % of the signs flipped the negative ties are still the long ones
        g2 = two_factions(eta=0.1, seed=seed).graph
        u, v, w = g2.edges()
        d2 = np.hypot(*(kp.signed_layout(g2, seed=seed)[u] - kp.signed_layout(g2, seed=seed)[v]).T)
        assert d2[w < 0].mean() > 2.0 * d2[w > 0].mean()

    def test_same_seed_same_layout_and_the_spring_layout_does_not_separate(self):
        g = two_factions().graph
        a = kp.signed_layout(g, seed=7)
        b = kp.signed_layout(g, seed=7)
        assert a.shape == (40, 2)
        np.testing.assert_array_equal(a, b)
        np.testing.assert_allclose(a.mean(axis=0), 0.0, atol=1e-9)
        # plot_network draws the signed layout by default, with the seed it is given
        ax = kp.plot_network(g, seed=7, labels=False)
        pts = np.vstack([c.get_offsets() for c in ax.collections])
        np.testing.assert_allclose(pts, a)
        # a given (n, 2) array is used as is; a wrong shape is an error
        ax = kp.plot_network(g, layout=a * 2, labels=False)
        np.testing.assert_allclose(np.vstack([c.get_offsets() for c in ax.collections]), a * 2)
        with pytest.raises(ValueError, match=r"layout has shape \(3, 2\), expected \(40, 2\)"):
            kp.plot_network(g, layout=np.zeros((3, 2)))
        with pytest.raises(ValueError, match="layout must be"):
            kp.plot_network(g, layout="star")

    def test_small_and_disconnected_graphs_and_bad_length(self):
        one = kzsec.SignedGraph.from_edges([("A", "B", -1.0)])
        pos = kp.signed_layout(one)
        assert abs(np.hypot(*(pos[0] - pos[1])) - 3.0) < 1e-6  # one negative tie: exactly its target length
        two = kzsec.SignedGraph.from_edges([("A", "B", 1.0), ("C", "D", 1.0)])
        pos = kp.signed_layout(two, seed=1)
        assert np.isfinite(pos).all()
        assert abs(np.hypot(*(pos[0] - pos[1])) - 1.0) < 0.05
        assert kp.signed_layout(kzsec.SignedGraph(1)).shape == (1, 2)
        with pytest.raises(ValueError, match="negative_length must be positive"):
            kp.signed_layout(one, negative_length=0.0)


class TestBlockmodelPlot:
    def test_matrix_is_the_adjacency_reordered_with_borders(self, tmp_path):
        g = kzsec.SignedGraph.from_edges([("A", "B", 1.0), ("C", "D", 0.5), ("A", "C", -1.0), ("B", "D", -1.0),
                                          ("A", "D", 1.0)])
        ax = kp.plot_blockmodel(g, {"A": 1, "B": 2, "C": 2, "D": 1})
        # blocks by first appearance: A, D (block of A) then B, C
        assert [t.get_text() for t in ax.get_xticklabels()] == ["A", "D", "B", "C"]
        img = np.asarray(ax.images[0].get_array())
        order = [g.index(x) for x in "ADBC"]
        np.testing.assert_allclose(img, g.adjacency()[np.ix_(order, order)])
        borders = [l for l in ax.lines if l.get_gid() == "block-border"]
        assert len(borders) == 2  # one horizontal and one vertical line between the two blocks
        assert ax.images[0].get_clim() == (-1.0, 1.0)
        # negative cells are drawn in the negative colour, positive ones in the positive colour
        cmap = ax.images[0].get_cmap()
        assert mpl.colors.to_hex(cmap(0.0)) == kp.NEGATIVE_COLOR and mpl.colors.to_hex(cmap(1.0)) == kp.POSITIVE_COLOR
        render(ax, tmp_path)

    def test_with_a_blockmodel_result_and_errors(self):
        balance = pytest.importorskip("kzsec.balance")
        pg = two_factions(seed=4)
        r = balance.blockmodel(pg.graph, 2)
        ax = kp.plot_blockmodel(pg.graph, r)
        assert len([l for l in ax.lines if l.get_gid() == "block-border"]) == 2
        assert len(ax.get_xticklabels()) == 40  # labels by default up to 40 vertices
        with pytest.raises(ValueError, match="3 entries for 40 vertices"):
            kp.plot_blockmodel(pg.graph, [0, 1, 0])
