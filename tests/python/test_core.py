"""Tests of the core bindings: records, Network, SignedGraph.

Every expected value is worked out by hand in the comments next to it; error
tests check the exception type and the C++ message.
"""
import copy
import math
import pickle

import numpy as np
import pytest

import kzsec


def msg(excinfo):
    """The message of an exception (KeyError's str() adds quotes)."""
    return excinfo.value.args[0]


# ------------------------------------------------------------------ records
class TestRecords:
    def test_relation_defaults_and_fields(self):
        r = kzsec.Relation("KAZ", "RUS", "security", 0.5, (1992, 2013))
        assert (r.a, r.b, r.domain, r.value, r.years) == ("KAZ", "RUS", "security", 0.5, (1992, 2013))
        assert r.directed is False
        assert r.confidence == "medium"
        assert (r.basis, r.source, r.section, r.note) == ("", "", "", "")
        r.confidence = "low"
        r.years = (2000, 2001)
        assert r.confidence == "low" and r.years == (2000, 2001)

    def test_relation_equality(self):
        a = kzsec.Relation("A", "B", "security", 0.5, (1, 2), confidence="high")
        b = kzsec.Relation("A", "B", "security", 0.5, (1, 2), confidence="high")
        c = kzsec.Relation("A", "B", "security", 0.5, (1, 2), confidence="low")
        assert a == b and not (a == c)

    def test_bad_confidence(self):
        with pytest.raises(ValueError) as e:
            kzsec.Relation("A", "B", "security", 0.5, (1, 2), confidence="certain")
        assert msg(e) == "[kzsec] confidence 'certain' is not one of 'high', 'medium', 'low'"

    def test_actor_kind(self):
        a = kzsec.Actor("CSTO", "Collective Security Treaty Organization", kind="organization")
        assert a.kind == "organisation"  # "organization" is an accepted alias
        assert kzsec.Actor("X", kind="non-state").kind == "non_state"
        assert a.landlocked is None and a.capabilities == {} and a.attributes == {}
        with pytest.raises(ValueError) as e:
            kzsec.Actor("X", kind="empire")
        assert msg(e) == "[kzsec] actor kind 'empire' is not one of 'state', 'organisation', 'non_state'"

    def test_membership_and_event_and_metric_defaults(self):
        m = kzsec.Membership("KAZ", "CSTO", (1992, 2024))
        assert (m.status, m.confidence) == ("member", "high")
        e = kzsec.Event(2022, ["KAZ", "CSTO"], "CSTO deployment")
        assert (e.id, e.category, e.delta, e.confidence) == ("", "event", None, "medium")
        x = kzsec.Metric("trade_share", "KAZ", 2022, 0.21, b="CHN")
        assert (x.name, x.a, x.b, x.year, x.value, x.confidence) == ("trade_share", "KAZ", "CHN", 2022, 0.21, "medium")


# ------------------------------------------------------------------ network
def small_network():
    """Four actors; hand-checked snapshots below."""
    n = kzsec.Network()
    for i in ("KAZ", "RUS", "CHN", "USA"):
        n.add_actor(i, name=i)
    n.add_relation("KAZ", "RUS", "security", 0.8, (1992, 2013), confidence="high")
    n.add_relation("KAZ", "RUS", "security", 0.5, (2014, 2024))
    n.add_relation("KAZ", "CHN", "security", 0.3, (1992, 2024), confidence="low")
    n.add_relation("RUS", "USA", "security", -0.6, (1992, 2024))
    n.add_relation("KAZ", "CHN", "economic", 0.4, (2010, 2024), directed=True)
    n.add_relation("CHN", "KAZ", "economic", -0.4, (2010, 2024), directed=True)
    n.add_relation("KAZ", "RUS", "economic", 0.6, (1992, 2024))
    return n


class TestNetworkValidation:
    def test_builtin_domains(self):
        n = kzsec.Network()
        assert [d.id for d in n.domains] == ["security", "economic", "political", "identity"]
        assert n.actors == [] and n.relations == []

    def test_duplicate_and_empty_actor(self):
        n = kzsec.Network()
        n.add_actor("KAZ")
        with pytest.raises(ValueError) as e:
            n.add_actor("KAZ")
        assert msg(e) == "[kzsec] add_actor: duplicate actor id 'KAZ'"
        with pytest.raises(ValueError) as e:
            n.add_actor(kzsec.Actor(""))
        assert msg(e) == "[kzsec] add_actor: actor id is empty"

    def test_non_finite_capability(self):
        n = kzsec.Network()
        with pytest.raises(ValueError) as e:
            n.add_actor(kzsec.Actor("KAZ", capabilities={2016: math.nan}))
        assert msg(e) == "[kzsec] add_actor: capability of 'KAZ' in 2016 is not finite"

    def test_domains(self):
        n = kzsec.Network()
        n.add_domain("water", "Water", "shared rivers")
        assert n.has_domain("water")
        with pytest.raises(ValueError) as e:
            n.add_domain("water")
        assert msg(e) == "[kzsec] add_domain: duplicate domain id 'water'"
        n.set_domain(kzsec.DomainInfo("security", "Hard security", "redescribed"))
        assert [d.name for d in n.domains if d.id == "security"] == ["Hard security"]

    def test_relation_errors(self):
        n = small_network()
        with pytest.raises(KeyError) as e:
            n.add_relation("KAZ", "XYZ", "security", 0.1, (2000, 2001))
        assert msg(e) == "[kzsec] add_relation: unknown actor 'XYZ' in relation KAZ-XYZ (security, 2000-2001)"
        with pytest.raises(ValueError) as e:
            n.add_relation("KAZ", "USA", "security", 1.5, (2000, 2001))
        assert msg(e) == "[kzsec] add_relation: value 1.5 of relation KAZ-USA (security, 2000-2001) is outside [-1, 1]"
        with pytest.raises(ValueError) as e:
            n.add_relation("KAZ", "USA", "security", math.nan, (2000, 2001))
        assert msg(e).startswith("[kzsec] add_relation: value of relation KAZ-USA (security, 2000-2001) is not finite")
        with pytest.raises(ValueError) as e:
            n.add_relation("KAZ", "USA", "security", 0.2, (2005, 2001))
        assert msg(e) == ("[kzsec] add_relation: year range of relation KAZ-USA (security, 2005-2001) "
                          "is reversed (2005 > 2001)")
        with pytest.raises(ValueError) as e:
            n.add_relation("KAZ", "USA", "water", 0.2, (2000, 2001))
        assert msg(e) == "[kzsec] add_relation: unknown domain 'water' in relation KAZ-USA (water, 2000-2001)"
        with pytest.raises(ValueError) as e:
            n.add_relation("KAZ", "KAZ", "security", 0.2, (2000, 2001))
        assert msg(e) == "[kzsec] add_relation: relation KAZ-KAZ (security, 2000-2001) links an actor to itself"
        # RUS-KAZ is the same undirected pair as KAZ-RUS (security 2014-2024)
        with pytest.raises(ValueError) as e:
            n.add_relation("RUS", "KAZ", "security", 0.2, (2020, 2030))
        assert msg(e) == ("[kzsec] add_relation: relation RUS-KAZ (security, 2020-2030) overlaps relation "
                          "KAZ-RUS (security, 2014-2024)")
        # a directed tie does not overlap an undirected one of the same pair
        n.add_relation("KAZ", "RUS", "security", 0.1, (2014, 2024), directed=True)
        assert len(n.relations) == 8

    def test_membership_event_metric_errors(self):
        n = small_network()
        n.add_actor("CSTO", kind="organisation")
        n.add_membership(kzsec.Membership("KAZ", "CSTO", (1992, 2024)))
        with pytest.raises(KeyError) as e:
            n.add_membership(kzsec.Membership("UZB", "CSTO", (1992, 1999)))
        assert msg(e).startswith("[kzsec] add_membership: unknown actor 'UZB'")
        with pytest.raises(ValueError) as e:
            n.add_membership(kzsec.Membership("CSTO", "CSTO", (1992, 1999)))
        assert msg(e) == "[kzsec] add_membership: 'CSTO' cannot be a member of itself"
        with pytest.raises(ValueError) as e:
            n.add_membership(kzsec.Membership("KAZ", "CSTO", (2000, 2001)))
        assert msg(e).startswith("[kzsec] add_membership: membership KAZ in CSTO (2000-2001) overlaps")
        with pytest.raises(ValueError) as e:
            n.add_event(kzsec.Event(2022, [], "nobody", id="x"))
        assert msg(e) == "[kzsec] add_event: event 'x' (2022) names no actor"
        with pytest.raises(KeyError) as e:
            n.add_event(kzsec.Event(2022, ["KAZ", "XYZ"], "who?", id="y"))
        assert msg(e).startswith("[kzsec] add_event: unknown actor 'XYZ' in event 'y'")
        with pytest.raises(ValueError) as e:
            n.add_event(kzsec.Event(2022, ["KAZ"], "d", id="z", domain="water"))
        assert msg(e) == "[kzsec] add_event: unknown domain 'water' in event 'z'"
        with pytest.raises(ValueError) as e:
            n.add_event(kzsec.Event(2022, ["KAZ"], "d", id="z", delta=3.0))
        assert msg(e).startswith("[kzsec] add_event: delta 3 of event 'z' is outside [-2, 2]")
        n.add_event(kzsec.Event(2022, ["KAZ", "CSTO"], "CSTO deployment", id="jan22"))
        with pytest.raises(ValueError) as e:
            n.add_event(kzsec.Event(2023, ["KAZ"], "again", id="jan22"))
        assert msg(e) == "[kzsec] add_event: duplicate event id 'jan22'"
        n.add_event(kzsec.Event(2023, ["KAZ"], "no id"))
        assert n.events[-1].id != ""  # generated id
        with pytest.raises(ValueError) as e:
            n.add_metric(kzsec.Metric("trade_share", "KAZ", 2022, math.inf))
        assert msg(e).startswith("[kzsec] add_metric: value of metric 'trade_share'")
        with pytest.raises(ValueError) as e:
            n.add_metric(kzsec.Metric("", "KAZ", 2022, 1.0))
        assert msg(e) == "[kzsec] add_metric: metric name is empty"
        with pytest.raises(KeyError) as e:
            n.add_metric(kzsec.Metric("trade_share", "KAZ", 2022, 0.2, b="XYZ"))
        assert msg(e).startswith("[kzsec] add_metric: unknown actor 'XYZ' in metric 'trade_share'")

    def test_lookup(self):
        n = small_network()
        assert n.actor_ids == ["KAZ", "RUS", "CHN", "USA"]
        assert "KAZ" in n and "XYZ" not in n
        assert n.actor_index("CHN") == 2
        assert n.get_actor("RUS").name == "RUS"
        with pytest.raises(KeyError) as e:
            n.get_actor("XYZ")
        assert msg(e) == "[kzsec] unknown actor 'XYZ'"
        assert n.years() == (1992, 2024)
        with pytest.raises(ValueError) as e:
            kzsec.Network().years()
        assert msg(e) == "[kzsec] network::years: the network has no dated record"
        # 2013: KAZ-RUS security 0.8 (1992-2013), KAZ-CHN 0.3, RUS-USA -0.6
        assert sorted(r.value for r in n.relations_in(2013, "security")) == [-0.6, 0.3, 0.8]
        assert n.value("RUS", "KAZ", "security", 2014) == 0.5  # undirected: either order
        assert n.value("KAZ", "CHN", "economic", 2009) is None  # before 2010
        assert n.value("CHN", "KAZ", "economic", 2010) == -0.4  # directed: only CHN -> KAZ
        assert n.find_relation("KAZ", "USA", "security", 2000) is None


class TestSnapshot:
    def test_one_domain(self):
        g = small_network().snapshot(2000, "security")
        assert g.labels == ["KAZ", "RUS", "CHN", "USA"]
        assert sorted(g.edge_list()) == [("KAZ", "CHN", 0.3), ("KAZ", "RUS", 0.8), ("RUS", "USA", -0.6)]
        assert (g.num_positive_edges, g.num_negative_edges) == (2, 1)

    def test_default_domain_is_security(self):
        n = small_network()
        assert n.snapshot(2000) == n.snapshot(2000, "security")

    def test_domain_weights(self):
        # 2014, alpha = 0.5 / 0.5:
        # KAZ-RUS = 0.5*0.5 + 0.5*0.6 = 0.55; KAZ-CHN = 0.5*0.3 + 0.5*(0.4 - 0.4) = 0.15; RUS-USA = 0.5*(-0.6)
        g = small_network().snapshot(2014, domain_weights={"security": 0.5, "economic": 0.5})
        assert g.weight("KAZ", "RUS") == pytest.approx(0.55)
        assert g.weight("KAZ", "CHN") == pytest.approx(0.15)
        assert g.weight("RUS", "USA") == pytest.approx(-0.3)
        assert g.num_edges == 3

    def test_cancelled_pair_is_reported(self):
        # economic 2014: KAZ->CHN 0.4 and CHN->KAZ -0.4 sum to 0: no edge, reported
        g = small_network().snapshot(2014, "economic")
        assert g.labels == ["KAZ", "RUS", "CHN"]  # related actors only (USA has no economic tie)
        assert g.edge_list() == [("KAZ", "RUS", 0.6)]
        rep = g.reduction
        assert rep.rule == "sum"
        assert len(rep.cancelled) == 1
        c = rep.cancelled[0]
        assert (g.labels[c.u], g.labels[c.v]) == ("KAZ", "CHN")
        assert c.weights == [0.0]

    @pytest.mark.parametrize("rule, expected", [("max", 0.4), ("min", -0.4), ("negative_wins", -0.4)])
    def test_snapshot_symmetrize(self, rule, expected):
        g = small_network().snapshot(2014, "economic", symmetrize=rule)
        assert g.weight("KAZ", "CHN") == expected
        assert g.reduction.cancelled == []

    def test_snapshot_symmetrize_error(self):
        with pytest.raises(ValueError) as e:
            small_network().snapshot(2014, "economic", symmetrize="error")
        assert msg(e) == ("[kzsec] snapshot: 2 relations between 'KAZ' and 'CHN' in domain 'economic' in 2014 "
                          "(symmetrize='error')")

    def test_vertices_actors_confidence(self):
        n = small_network()
        assert n.snapshot(2014, "economic", vertices="all").labels == ["KAZ", "RUS", "CHN", "USA"]
        g = n.snapshot(2000, "security", actors=["USA", "KAZ"])
        assert g.labels == ["USA", "KAZ"] and g.num_edges == 0
        # KAZ-CHN is "low" confidence: dropped at min_confidence="medium"
        g = n.snapshot(2000, "security", min_confidence="medium")
        assert g.weight("KAZ", "RUS") == 0.8 and "CHN" not in g
        with pytest.raises(KeyError) as e:
            n.snapshot(2000, actors=["KAZ", "XYZ"])
        assert msg(e) == "[kzsec] unknown actor 'XYZ'"
        with pytest.raises(ValueError) as e:
            n.snapshot(2000, "water")
        assert msg(e) == "[kzsec] snapshot: unknown domain 'water'"
        with pytest.raises(ValueError) as e:
            n.snapshot(2000, "security", domain_weights={"security": 1.0})
        assert msg(e) == "[kzsec] snapshot: give either domain or domain_weights, not both"
        with pytest.raises(ValueError) as e:
            n.snapshot(2000, vertices="some")
        assert msg(e) == "[kzsec] snapshot vertices 'some' is not one of 'related', 'all'"

    def test_adjacency(self):
        a, ids = small_network().adjacency(2000, "security")
        assert ids == ["KAZ", "RUS", "CHN", "USA"]
        expected = np.array([[0, 0.8, 0.3, 0], [0.8, 0, 0, -0.6], [0.3, 0, 0, 0], [0, -0.6, 0, 0]])
        assert isinstance(a, np.ndarray) and a.dtype == np.float64
        np.testing.assert_array_equal(a, expected)


class TestNetworkCopyPickle:
    def test_pickle_round_trip(self):
        n = small_network()
        n.metadata.title = "small"
        n.add_event(kzsec.Event(2014, ["KAZ", "RUS"], "Crimea", id="e2014", delta=-0.2))
        m = pickle.loads(pickle.dumps(n))
        assert m == n
        assert m.metadata.title == "small"
        assert m.events[0].delta == -0.2

    def test_copy_is_independent(self):
        n = small_network()
        for c in (copy.copy(n), copy.deepcopy(n), n.copy()):
            assert c == n
            c.add_actor("TUR")
            assert "TUR" in c and "TUR" not in n

    def test_save_and_load(self, tmp_path):
        n = small_network()
        p = tmp_path / "net.json"
        n.write(p)
        assert kzsec.read_network(p) == n


# ------------------------------------------------------------------ graph
# Directed ties (A..E), reduced per unordered pair:
#   A-B: +0.5, -0.5          C-A / A-C: +0.4, +0.6     B-C / C-B: -0.3, -0.3
#   D-E: +0.2, +0.3, -0.9 (three ties; a multigraph)
TIES = [("A", "B", 0.5), ("B", "A", -0.5), ("A", "C", 0.4), ("C", "A", 0.6), ("B", "C", -0.3), ("C", "B", -0.3),
        ("D", "E", 0.2), ("E", "D", 0.3), ("D", "E", -0.9)]
# Expected edge weights per rule (None: the pair cancels, no edge), worked by hand:
EXPECTED = {
    #               A-B    A-C   B-C   D-E
    "sum":           (None, 1.0, -0.6, -0.4),     # sums; 0.5 - 0.5 = 0 cancels
    "sign_sum":      (None, 1.0, -1.0, 1.0),      # sign of (number of + minus number of -): A-B 1-1 = 0 cancels
    "min":           (-0.5, 0.4, -0.3, -0.9),
    "max":           (0.5, 0.6, -0.3, 0.3),
    "negative_wins": (-0.5, 0.6, -0.3, -0.9),     # min if any negative else max
}
PAIRS = [("A", "B"), ("A", "C"), ("B", "C"), ("D", "E")]


def check_rule(g, rule):
    assert g.labels == ["A", "B", "C", "D", "E"]  # order of first appearance
    for (u, v), w in zip(PAIRS, EXPECTED[rule]):
        if w is None:
            assert g.weight(u, v) == 0.0
        else:
            assert g.weight(u, v) == pytest.approx(w)
    rep = g.reduction
    assert rep.rule == rule
    assert rep.input_ties == 9
    assert rep.merged_pairs == 4
    cancelled = [(g.labels[c.u], g.labels[c.v], list(c.weights)) for c in rep.cancelled]
    if EXPECTED[rule][0] is None:
        assert cancelled == [("A", "B", [0.5, -0.5])]
    else:
        assert cancelled == []


class TestSignedGraph:
    def test_constructors(self):
        g = kzsec.SignedGraph(3)
        assert g.labels == ["0", "1", "2"] and g.num_edges == 0 and len(g) == 3
        h = kzsec.SignedGraph(["x", "y"])
        assert h.index("y") == 1
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph(["x", "x"])
        assert msg(e) == "[kzsec] signed_graph: duplicate vertex label 'x'"
        with pytest.raises(KeyError) as e:
            h.index("z")
        assert msg(e) == "[kzsec] signed_graph: no vertex labelled 'z'"

    @pytest.mark.parametrize("rule", sorted(EXPECTED))
    def test_pickle_round_trip(self, rule):
        g = kzsec.SignedGraph.from_edges(TIES, directed=True, symmetrize=rule)
        h = pickle.loads(pickle.dumps(g))
        assert h == g
        check_rule(h, rule)
        for attr in ("rule", "directed_input", "input_ties", "merged_pairs", "self_loops_dropped", "zero_weight_ties"):
            assert getattr(h.reduction, attr) == getattr(g.reduction, attr)
        assert [(c.u, c.v, c.weights) for c in h.reduction.cancelled] == [(c.u, c.v, c.weights) for c in g.reduction.cancelled]
        # a graph changed after construction pickles as it is now
        g.set_edge("A", "E", -0.25)
        assert pickle.loads(pickle.dumps(g)).weight("A", "E") == -0.25
        # a foreign state is refused with a message
        state = g.__getstate__()
        with pytest.raises(ValueError, match="unknown state"):
            kzsec.SignedGraph.__new__(kzsec.SignedGraph).__setstate__((2,) + tuple(state[1:]))
        with pytest.raises(ValueError, match="given twice"):
            bad = (1, ["A", "B"], [(0, 1, 1.0), (1, 0, 1.0)], state[3])
            kzsec.SignedGraph.__new__(kzsec.SignedGraph).__setstate__(bad)

    @pytest.mark.parametrize("rule", sorted(EXPECTED))
    def test_from_edges_rules(self, rule):
        check_rule(kzsec.SignedGraph.from_edges(TIES, directed=True, symmetrize=rule), rule)

    @pytest.mark.parametrize("rule", sorted(EXPECTED))
    def test_from_arrays_rules(self, rule):
        idx = {x: i for i, x in enumerate("ABCDE")}
        src = np.array([idx[u] for u, _, _ in TIES], dtype=np.int32)  # int32 is accepted (cast)
        dst = np.array([idx[v] for _, v, _ in TIES], dtype=np.int64)
        w = np.array([x for _, _, x in TIES])
        g = kzsec.SignedGraph.from_arrays(src, dst, w, labels=list("ABCDE"), directed=True, symmetrize=rule)
        check_rule(g, rule)

    def test_symmetrize_error(self):
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges(TIES, directed=True, symmetrize="error")
        assert msg(e) == ("[kzsec] signed_graph::from_edges: 2 ties between 'A' and 'B' (symmetrize='error'); "
                          "choose a rule such as 'sum'")
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges(TIES, symmetrize="average")
        assert msg(e) == ("[kzsec] symmetrize rule 'average' is not one of 'sum', 'sign_sum', 'min', 'max', "
                          "'negative_wins', 'error'")

    def test_from_matrix(self):
        # directed: M[i, j] is the tie i -> j; 0-1: +0.5 / -0.5 cancel; 0-2: 0.4 + 0.6; 1-2: -0.3 - 0.3
        m = np.array([[0, 0.5, 0.4], [-0.5, 0, -0.3], [0.6, -0.3, 0]])
        g = kzsec.SignedGraph.from_matrix(m, labels=["A", "B", "C"], directed=True)
        assert g.weight("A", "B") == 0.0
        assert g.weight("A", "C") == pytest.approx(1.0)
        assert g.weight("B", "C") == pytest.approx(-0.6)
        assert [(c.u, c.v, c.weights) for c in g.reduction.cancelled] == [(0, 1, [0.5, -0.5])]
        g = kzsec.SignedGraph.from_matrix(m, labels=["A", "B", "C"], directed=True, symmetrize="max")
        assert (g.weight("A", "B"), g.weight("A", "C"), g.weight("B", "C")) == (0.5, 0.6, -0.3)
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_matrix(m)
        assert msg(e).startswith("[kzsec] signed_graph::from_matrix: matrix is not symmetric at (0, 1): 0.5 != -0.5")
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_matrix(np.zeros((2, 3)))
        assert msg(e) == "[kzsec] signed_graph::from_matrix: matrix is 2x3, not square"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_matrix(np.zeros((2, 2)), labels=["a"])
        assert msg(e) == "[kzsec] signed_graph::from_matrix: 1 labels for a 2x2 matrix"
        bad = np.zeros((2, 2))
        bad[0, 1] = bad[1, 0] = np.nan
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_matrix(bad)
        assert msg(e) == "[kzsec] signed_graph::from_matrix: entry (0, 1) is nan"

    def test_matrix_round_trip(self):
        a = np.array([[0, 1, -2, 0], [1, 0, 0.5, 0], [-2, 0.5, 0, 0], [0, 0, 0, 0]])
        g = kzsec.SignedGraph.from_matrix(a)
        assert g.num_vertices == 4 and g.num_edges == 3
        np.testing.assert_array_equal(g.adjacency(), a)
        sp = g.sparse_adjacency()
        np.testing.assert_array_equal(sp.toarray(), a)

    def test_edge_input_errors(self):
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges([("A", "A", 1.0)])
        assert msg(e) == ("[kzsec] signed_graph::from_edges: tie 0 is a self-loop on 'A' "
                          "(use self_loops='drop' to drop them)")
        g = kzsec.SignedGraph.from_edges([("A", "A", 1.0), ("A", "B", 0.0), ("A", "C", -1.0)], self_loops="drop")
        assert g.num_edges == 1
        assert (g.reduction.self_loops_dropped, g.reduction.zero_weight_ties) == (1, 1)
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges([("A", "B", math.inf)])
        assert msg(e) == "[kzsec] signed_graph::from_edges: tie 0 (A - B) has non-finite weight inf"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges([(0, 5, 1.0)], n=3)
        assert msg(e) == "[kzsec] signed_graph::from_edges: vertex index 5 out of range (n = 3)"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges([(0, 1, 1.0)], labels=["a", "b", "c"], n=2)
        assert msg(e) == "[kzsec] signed_graph::from_edges: 3 labels for 2 vertices"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges([("A", 1, 1.0), (0, 1, 1.0)])
        assert msg(e) == "[kzsec] SignedGraph.from_edges: mix of string labels and integer indices"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges([(0, 1)])
        assert msg(e) == "[kzsec] SignedGraph.from_edges: edge 0 is not a (u, v, weight) triple"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_arrays(np.array([0, 1]), np.array([1]), np.array([1.0, 2.0]))
        assert msg(e) == "[kzsec] SignedGraph.from_arrays: src, dst and weight must be 1-d arrays of equal length"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_arrays(np.array([-1]), np.array([1]), np.array([1.0]))
        assert msg(e) == "[kzsec] SignedGraph.from_arrays: negative vertex index at position 0"
        with pytest.raises(ValueError) as e:
            kzsec.SignedGraph.from_edges([(0, 1, 1.0)], self_loops="keep")
        assert msg(e) == "[kzsec] self_loops 'keep' is not one of 'error', 'drop'"

    def test_mutation(self):
        g = kzsec.SignedGraph(["A", "B", "C"])
        g.set_edge("A", "B", 1.0)
        g.set_edge(1, 2, -0.5)
        assert g.num_edges == 2 and g.weight("C", "B") == -0.5
        g.set_edge("B", "A", -2.0)  # replaces
        assert g.weight("A", "B") == -2.0 and g.num_edges == 2
        assert g.remove_edge("A", "B") is True
        assert g.remove_edge("A", "B") is False
        assert g.add_vertex("D") == 3
        with pytest.raises(ValueError) as e:
            g.add_vertex("D")
        assert msg(e) == "[kzsec] signed_graph::add_vertex: duplicate vertex label 'D'"
        with pytest.raises(ValueError) as e:
            g.set_edge("A", "A", 1.0)
        assert msg(e) == "[kzsec] signed_graph::set_edge: self-loop on 'A'"
        with pytest.raises(ValueError) as e:
            g.set_edge("A", "B", 0.0)
        assert msg(e) == "[kzsec] signed_graph::set_edge: weight 0 of 'A' - 'B' must be finite and non-zero"
        with pytest.raises(IndexError) as e:
            g.weight(0, 9)
        assert msg(e) == "[kzsec] vertex index 9 out of range (n = 4)"
        with pytest.raises(KeyError):
            g.set_edge("A", "Z", 1.0)

    def test_numpy_out(self):
        g = kzsec.SignedGraph.from_edges([("A", "B", 1.0), ("C", "B", -0.5), ("D", "E", 2.0)])
        u, v, w = g.edges()
        assert u.dtype == np.int64 and v.dtype == np.int64 and w.dtype == np.float64
        # u < v, sorted: (A,B)=(0,1), (B,C)=(1,2), (D,E)=(3,4)
        np.testing.assert_array_equal(u, [0, 1, 3])
        np.testing.assert_array_equal(v, [1, 2, 4])
        np.testing.assert_array_equal(w, [1.0, -0.5, 2.0])
        comp, k = g.components()
        assert k == 2
        np.testing.assert_array_equal(comp, [0, 0, 0, 1, 1])

    def test_induced_subgraph(self):
        g = kzsec.SignedGraph.from_edges([("A", "B", 1.0), ("B", "C", -1.0), ("A", "C", 0.5)])
        h = g.induced_subgraph(["C", "B"])
        assert h.labels == ["C", "B"] and h.edge_list() == [("C", "B", -1.0)]
        with pytest.raises(ValueError) as e:
            g.induced_subgraph([0, 0])
        assert msg(e) == "[kzsec] signed_graph::induced_subgraph: vertex 0 listed twice"

    def test_copy_is_independent(self):
        g = kzsec.SignedGraph.from_edges([("A", "B", 1.0)])
        for c in (copy.copy(g), copy.deepcopy(g), g.copy()):
            assert c == g
            c.set_edge("A", "B", -1.0)
            assert g.weight("A", "B") == 1.0 and not (c == g)
