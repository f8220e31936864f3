"""Tests of kzsec.interop (networkx and pandas) and of MissingDependencyError."""
import math
import sys

import numpy as np
import pytest

import kzsec
from kzsec import interop

nx = pytest.importorskip("networkx")
pd = pytest.importorskip("pandas")


def small_network():
    n = kzsec.Network()
    n.metadata.title = "small"
    n.add_actor("KAZ", name="Kazakhstan", region="Central Asia", landlocked=True)
    n.add_actor("RUS", name="Russia")
    n.add_actor("CHN", name="China")
    n.add_actor("CSTO", name="CSTO", kind="organisation")
    n.add_relation("KAZ", "RUS", "security", 0.8, (1992, 2024), confidence="high", source="article", section="III")
    n.add_relation("KAZ", "CHN", "economic", 0.4, (2010, 2024), directed=True)
    n.add_relation("CHN", "KAZ", "economic", -0.4, (2010, 2024), directed=True)
    n.add_relation("RUS", "CHN", "security", 0.2, (2001, 2024))
    n.add_membership(kzsec.Membership("KAZ", "CSTO", (1992, 2024)))
    n.add_event(kzsec.Event(2022, ["KAZ", "CSTO"], "CSTO deployment", id="jan22", delta=0.1))
    n.add_event(kzsec.Event(2014, ["RUS"], "Crimea", id="crimea"))
    n.add_metric(kzsec.Metric("trade_share", "KAZ", 2022, 0.21, b="CHN", unit="share"))
    return n


# ----------------------------------------------------------------- networkx
class TestToNetworkx:
    def test_graph(self):
        g = kzsec.SignedGraph.from_edges([("A", "B", 0.5), ("B", "C", -2.0)])
        g.add_vertex("D")  # isolated vertex is kept
        G = kzsec.to_networkx(g)
        assert list(G.nodes) == ["A", "B", "C", "D"]
        assert G.number_of_edges() == 2
        assert G["A"]["B"] == {"weight": 0.5, "sign": 1}
        assert G["C"]["B"] == {"weight": -2.0, "sign": -1}
        assert not G.is_directed()

    def test_network_snapshot(self):
        G = kzsec.to_networkx(small_network(), year=2015, domain="economic")
        # KAZ->CHN 0.4 and CHN->KAZ -0.4 cancel under "sum": no edge, listed in G.graph
        assert set(G.nodes) == {"KAZ", "CHN"} and G.number_of_edges() == 0
        assert G.graph["cancelled"] == [("KAZ", "CHN", [0.0])]
        assert G.graph["year"] == 2015 and G.graph["domain"] == "economic"
        assert G.nodes["KAZ"] == {"name": "Kazakhstan", "kind": "state", "region": "Central Asia"}
        H = kzsec.to_networkx(small_network(), year=2015, domain="economic", symmetrize="max")
        assert H["KAZ"]["CHN"]["weight"] == 0.4

    def test_errors(self):
        with pytest.raises(ValueError, match="needs a year"):
            kzsec.to_networkx(small_network())
        g = kzsec.SignedGraph(2)
        with pytest.raises(ValueError, match="only apply to a Network"):
            kzsec.to_networkx(g, year=2000)
        with pytest.raises(TypeError, match="expected a SignedGraph or a Network"):
            kzsec.to_networkx(nx.Graph())


class TestFromNetworkx:
    def test_round_trip(self):
        g = kzsec.SignedGraph.from_edges([("A", "B", 0.5), ("B", "C", -2.0), ("C", "D", 1.0)])
        assert kzsec.from_networkx(kzsec.to_networkx(g)) == g

    def test_isolated_and_non_string_nodes(self):
        G = nx.Graph()
        G.add_nodes_from([3, 1, 2])
        G.add_edge(3, 1, weight=-1.0)
        g = kzsec.from_networkx(G)
        assert g.labels == ["3", "1", "2"]
        assert g.edge_list() == [("3", "1", -1.0)]

    @pytest.mark.parametrize("rule, ab, ac", [
        # A->B +1, B->A -1; A->C +0.25, C->A +0.5 (hand-reduced)
        ("sum", None, 0.75), ("sign_sum", None, 1.0), ("min", -1.0, 0.25), ("max", 1.0, 0.5),
        ("negative_wins", -1.0, 0.5)])
    def test_directed_rules(self, rule, ab, ac):
        D = nx.DiGraph()
        D.add_weighted_edges_from([("A", "B", 1.0), ("B", "A", -1.0), ("A", "C", 0.25), ("C", "A", 0.5)])
        g = kzsec.from_networkx(D, symmetrize=rule)
        assert g.reduction.directed_input is True
        assert g.reduction.merged_pairs == 2
        assert g.weight("A", "B") == (0.0 if ab is None else ab)
        assert g.weight("A", "C") == ac
        assert [(c.u, c.v) for c in g.reduction.cancelled] == ([(0, 1)] if ab is None else [])

    def test_multigraph_and_custom_attribute(self):
        M = nx.MultiGraph()
        M.add_edge("A", "B", sgn=1)
        M.add_edge("A", "B", sgn=1)
        M.add_edge("A", "B", sgn=-1)
        assert kzsec.from_networkx(M, weight="sgn").weight("A", "B") == 1.0  # 1 + 1 - 1
        assert kzsec.from_networkx(M, weight="sgn", symmetrize="negative_wins").weight("A", "B") == -1.0
        with pytest.raises(ValueError) as e:
            kzsec.from_networkx(M, weight="sgn", symmetrize="error")
        assert "3 ties between 'A' and 'B'" in e.value.args[0]

    def test_missing_and_bad_weight(self):
        G = nx.Graph()
        G.add_edge("A", "B", weight=1.0)
        G.add_edge("B", "C")
        with pytest.raises(ValueError) as e:
            kzsec.from_networkx(G)
        assert e.value.args[0] == "[kzsec] from_networkx: edge ('B', 'C') has no attribute 'weight'"
        G["B"]["C"]["weight"] = "strong"
        with pytest.raises(ValueError) as e:
            kzsec.from_networkx(G)
        assert e.value.args[0] == "[kzsec] from_networkx: edge ('B', 'C') has a non-numeric attribute 'strong' for 'weight'"

    def test_self_loops(self):
        G = nx.Graph()
        G.add_edge("A", "A", weight=1.0)
        G.add_edge("A", "B", weight=-1.0)
        with pytest.raises(ValueError, match="self-loop on 'A'"):
            kzsec.from_networkx(G)
        assert kzsec.from_networkx(G, self_loops="drop").reduction.self_loops_dropped == 1

    def test_empty(self):
        g = kzsec.from_networkx(nx.Graph())
        assert g.num_vertices == 0 and g.num_edges == 0


# ----------------------------------------------------------------- pandas
class TestToPandas:
    def test_relations(self):
        n = small_network()
        df = kzsec.to_pandas(n, "relations")
        assert list(df.columns) == ["a", "b", "domain", "value", "directed", "from", "to", "confidence", "basis",
                                    "source", "section", "note"]
        assert len(df) == 4
        first = df.iloc[0].to_dict()
        assert first == {"a": "KAZ", "b": "RUS", "domain": "security", "value": 0.8, "directed": False,
                         "from": 1992, "to": 2024, "confidence": "high", "basis": "", "source": "article",
                         "section": "III", "note": ""}
        assert df["directed"].tolist() == [False, True, True, False]
        assert kzsec.to_pandas(n).equals(df)  # relations is the default table

    def test_every_table(self):
        n = small_network()
        actors = kzsec.to_pandas(n, "actors")
        assert actors["id"].tolist() == ["KAZ", "RUS", "CHN", "CSTO"]
        assert actors["kind"].tolist() == ["state", "state", "state", "organisation"]
        assert actors["landlocked"].tolist()[:2] == [True, None]
        domains = kzsec.to_pandas(n, "domains")
        assert domains["id"].tolist() == ["security", "economic", "political", "identity"]
        mem = kzsec.to_pandas(n, "memberships")
        assert mem.iloc[0][["member", "organisation", "from", "to", "status", "confidence"]].tolist() == \
            ["KAZ", "CSTO", 1992, 2024, "member", "high"]
        ev = kzsec.to_pandas(n, "events")
        assert ev["id"].tolist() == ["jan22", "crimea"]
        assert ev["actors"].tolist() == [["KAZ", "CSTO"], ["RUS"]]
        assert ev["delta"].iloc[0] == 0.1 and math.isnan(ev["delta"].iloc[1])
        met = kzsec.to_pandas(n, "metrics")
        assert met.iloc[0][["name", "a", "b", "year", "value", "unit"]].tolist() == \
            ["trade_share", "KAZ", "CHN", 2022, 0.21, "share"]

    def test_empty_table_has_columns(self):
        df = kzsec.to_pandas(kzsec.Network(), "events")
        assert len(df) == 0 and "description" in df.columns

    def test_list_of_records(self):
        n = small_network()
        df = kzsec.to_pandas(n.relations_in(2000))
        assert df[["a", "b", "value"]].values.tolist() == [["KAZ", "RUS", 0.8]]
        with pytest.raises(TypeError, match="one record type"):
            kzsec.to_pandas([n.relations[0], n.events[0]])

    def test_graph_edges(self):
        g = kzsec.SignedGraph.from_edges([("A", "B", 0.5), ("B", "C", -2.0)])
        df = kzsec.to_pandas(g)
        assert df[["label_u", "label_v", "weight", "sign"]].values.tolist() == [["A", "B", 0.5, 1], ["B", "C", -2.0, -1]]

    def test_columnar(self):
        cols = {"rivals": ["RUS", "CHN"], "year": np.array([2000, 2001, 2002]),
                "affinity": [[0.5, 0.6, 0.7], [0.1, 0.2, 0.3]], "tilt": np.array([0.4, 0.4, 0.4]),
                "leaning": ["RUS", "RUS", ""]}
        df = kzsec.to_pandas(cols)
        assert list(df.columns) == ["year", "tilt", "leaning", "affinity_RUS", "affinity_CHN"]
        assert df["affinity_CHN"].tolist() == [0.1, 0.2, 0.3]

        class Result:
            def columns(self):
                return cols

        assert kzsec.to_pandas(Result()).equals(df)

    def test_errors(self):
        with pytest.raises(ValueError, match="unknown table 'edges'"):
            kzsec.to_pandas(small_network(), "edges")
        with pytest.raises(ValueError, match="only applies to a Network"):
            kzsec.to_pandas(kzsec.SignedGraph(1), "actors")
        with pytest.raises(TypeError, match="cannot convert"):
            kzsec.to_pandas(42)

    def test_hedging_evolution_records(self):
        hedging = pytest.importorskip("kzsec.hedging")
        net = kzsec.datasets.kazakhstan()
        recs = hedging.evolution_records(net, "KAZ", ["RUS", "CHN"], [2013, 2014])
        df = kzsec.to_pandas(recs)
        assert len(df) == len(recs["year"])
        assert set(df["year"]) == {2013, 2014}
        np.testing.assert_array_equal(df["tilt"].to_numpy(), np.asarray(recs["tilt"]))


# ------------------------------------------------------- missing libraries
class TestMissingDependency:
    @pytest.mark.parametrize("lib, call", [
        ("networkx", lambda: kzsec.to_networkx(kzsec.SignedGraph(1))),
        ("networkx", lambda: kzsec.from_networkx(None)),
        ("pandas", lambda: kzsec.to_pandas(kzsec.Network())),
    ])
    def test_message(self, monkeypatch, lib, call):
        monkeypatch.setitem(sys.modules, lib, None)  # makes `import lib` raise ImportError
        with pytest.raises(kzsec.MissingDependencyError) as e:
            call()
        assert isinstance(e.value, ImportError)
        # commands that work: the library itself, and the extra from a checkout (kzsec is on no index)
        assert f"`pip install {lib}`" in str(e.value) and f'`pip install ".[{lib}]"`' in str(e.value)
        assert "pip install kzsec[" not in str(e.value)
        assert e.value.library == lib

    def test_import_kzsec_needs_no_optional_library(self):
        import subprocess

        code = ("import sys\n"
                "for m in ('pandas', 'networkx', 'matplotlib'): sys.modules[m] = None\n"
                "import kzsec, kzsec.interop, kzsec.plot\n"
                "g = kzsec.SignedGraph.from_edges([('A', 'B', 1.0)])\n"
                "try:\n    kzsec.plot.plot_network(g)\n"
                "except kzsec.MissingDependencyError as e:\n    print(e.extra)\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "plot"
