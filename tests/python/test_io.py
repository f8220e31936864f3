"""Tests of kzsec.io (bindings of include/kzsec/io.hpp).

The error messages checked here are the same texts the C++ tests check in
tests/cpp/test_io.cpp: the bindings must pass them through unchanged.
"""
from __future__ import annotations

import gzip
import json
import math
import os
import pathlib
import random
import shutil
import subprocess

import pytest

import kzsec
from kzsec import io as kio

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"
SHARED = pathlib.Path(os.environ.get("KZSEC_SHARED_DIR", HERE.parents[2] / "shared"))
SCHEMA = HERE.parents[1] / "docs" / "network.schema.json"


def doc(body: str = "") -> str:
    head = '{"format": "kzsec-network", "version": 1, "actors": [{"id": "A"}, {"id": "B"}, {"id": "C"}]'
    return head + (", " + body if body else "") + "}"


def message(text: str) -> str:
    with pytest.raises(ValueError) as info:
        kio.loads(text, "net.json")
    return str(info.value)


# ---------------------------------------------------------------- JSON


def test_load_accepts_str_and_pathlike():
    a = kzsec.read_network(DATA / "network_small.json")
    b = kzsec.read_network(str(DATA / "network_small.json"))
    assert a == b
    assert [x.id for x in a.actors] == ["KAZ", "RUS", "CHN", "CSTO"]
    assert a.value("KAZ", "RUS", "security", 2000) == 0.75


@pytest.mark.parametrize(
    "text, expected",
    [
        ((DATA / "network_bad_value.json").read_text(),
         "[kzsec] net.json:/relations/3/value: value 1.5 is outside [-1, 1]"),
        ('{"format": "other", "version": 1}',
         '[kzsec] net.json:/format: expected "kzsec-network", got string "other"'),
        ('{"format": "kzsec-network", "version": 2}',
         "[kzsec] net.json:/version: unsupported version 2 (this kzsec reads version 1)"),
        (doc('"relations": [{"a": "A", "b": "B", "domain": "security", "from": 1, "to": 2}]'),
         "[kzsec] net.json:/relations/0: missing required field 'value'"),
        (doc('"events": [{"year": 1990.5, "actors": ["A"], "description": ""}]'),
         "[kzsec] net.json:/events/0/year: expected an integer, got number 1990.5"),
        (doc('"relations": [{"a": "A", "b": "XYZ", "domain": "security", "value": 0.5, "from": 1990, "to": 1991}]'),
         "[kzsec] net.json:/relations/0/b: unknown actor 'XYZ' (not in /actors)"),
        ('{"format": "kzsec-network", "version": 1, "actors": [{"id": "A"}, {"id": "B"}, {"id": "A"}]}',
         "[kzsec] net.json:/actors/2/id: duplicate actor id 'A' (first at /actors/0)"),
        (doc('"events": [{"id": "e", "year": 2001, "actors": ["A"], "description": ""}, '
             '{"id": "e", "year": 2002, "actors": ["B"], "description": ""}]'),
         "[kzsec] net.json:/events/1/id: duplicate event id 'e' (first at /events/0)"),
        (doc('"relations": [{"a": "A", "b": "B", "domain": "security", "value": "NaN", "from": 1, "to": 2}]'),
         '[kzsec] net.json:/relations/0/value: expected a finite number, got string "NaN" '
         "(JSON has no NaN or infinity; write a number)"),
        (doc('"memberships": [{"member": "A", "organisation": "B", "from": 2000, "to": 1999}]'),
         "[kzsec] net.json:/memberships/0/to: year range reversed (from 2000 > to 1999)"),
        (doc('"relations": [{"a": "A", "b": "B", "domain": "security", "value": 0.5, "from": 1990, "to": 2000}, '
             '{"a": "B", "b": "A", "domain": "security", "value": -0.5, "from": 2000, "to": 2005}]'),
         "[kzsec] net.json:/relations/1: overlaps /relations/0 (B-A, security, years 2000-2005 and 1990-2000)"),
        (doc('"relations": [{"a": "A", "b": "B", "domain": "trade", "value": 0.5, "from": 1990, "to": 1991}]'),
         "[kzsec] net.json:/relations/0/domain: unknown domain 'trade' "
         "(known: security, economic, political, identity)"),
        (doc('"relations": [{"a": "A", "b": "B", "domain": "security", "value": 0.5, "from": 2001, "to": 2002, '
             '"confidence": "certain"}]'),
         "[kzsec] net.json:/relations/0/confidence: unknown confidence 'certain' (expected high, medium or low)"),
        ('{"format": "kzsec-network", "version": 1, "actors": [{"id": "A", "kind": "empire"}]}',
         "[kzsec] net.json:/actors/0/kind: unknown actor kind 'empire' (expected state, organisation or non_state)"),
        ('{"format": "kzsec-network", "version": 1, "actors": [{"id": "A", "id": "B"}]}',
         "[kzsec] net.json:/actors/0/id: duplicate key 'id'"),
    ],
)
def test_json_errors_have_the_cpp_message(text, expected):
    assert message(text) == expected


def test_json_unknown_key_and_syntax_errors():
    msg = message(doc('"relations": [{"a": "A", "b": "B", "domain": "security", "vaule": 1, "from": 1, "to": 2}]'))
    assert msg.startswith("[kzsec] net.json:/relations/0/vaule: unknown key 'vaule' (allowed: a, b, domain, value")
    with pytest.raises(ValueError, match=r"network_bad_syntax.json:line 3, column 14: invalid JSON"):
        kzsec.read_network(DATA / "network_bad_syntax.json")
    msg = message(doc('"metrics": [{"name": "m", "a": "A", "year": 1, "value": 1e999}]'))
    assert msg.startswith("[kzsec] net.json:line 1, column ") and "number overflow parsing '1e999'" in msg


def test_missing_file_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        kzsec.read_network(tmp_path / "absent.json")
    with pytest.raises(FileNotFoundError):
        kzsec.read_edge_list(tmp_path / "absent.csv")
    with pytest.raises(FileNotFoundError):
        kio.read_csv_table(kzsec.Network(), tmp_path / "absent.csv")


def _random_network(seed: int) -> kzsec.Network:
    rng = random.Random(seed)
    net = kzsec.Network()
    for i in range(8):
        caps = {1990 + k: math.ldexp(rng.uniform(-1, 1), rng.randint(-300, 300)) for k in range(3)}
        net.add_actor(kzsec.Actor(f"X{i}", name=f'actor {i} «ü» "q"', capabilities=caps))
    year = 1900
    for i in range(8):
        for j in range(i + 1, 8):
            net.add_relation(kzsec.Relation(f"X{i}", f"X{j}", "political", rng.uniform(-1, 1), (year, year + 2)))
            year += 3
    return net


def test_round_trip_random_values_exact(tmp_path):
    net = _random_network(7)
    text = kio.to_json(net)
    back = kio.loads(text)
    assert back == net
    assert [r.value for r in back.relations] == [r.value for r in net.relations]  # bit-exact floats
    assert kio.to_json(back) == text  # deterministic
    path = tmp_path / "net.json"
    net.write(path)
    assert kzsec.read_network(path) == net
    assert path.read_text(encoding="utf-8") == text


def test_one_verb_pair_and_the_deprecated_names(tmp_path):
    net = _random_network(11)
    path = tmp_path / "net.json"
    kzsec.write_network(net, path)
    text = path.read_text(encoding="utf-8")
    assert text == kio.to_json(net)
    assert kzsec.read_network(path) == net
    assert kzsec.io.read_network(path) == net
    # the former names forward to the same functions and warn
    with pytest.warns(DeprecationWarning, match="read_network"):
        assert kzsec.load(path) == net
    other = tmp_path / "old.json"
    with pytest.warns(DeprecationWarning, match="Network.write"):
        net.save(other)
    assert other.read_text(encoding="utf-8") == text
    # the scenario files use the same pair
    assert hasattr(kzsec.scenario, "read_scenario") and hasattr(kzsec.scenario, "write_scenario")
    # no file verb outside read_/write_ in the public io module (loads/to_json are the text codec)
    verbs = {name.split("_")[0] for name in kio.__all__ if name.split("_")[0] in {"load", "save", "read", "write", "dump"}}
    assert verbs == {"read", "write"}


def test_saved_network_validates_against_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for net in (kzsec.read_network(DATA / "network_small.json"), _random_network(3)):
        validator.validate(json.loads(kio.to_json(net)))
    # the schema rejects what the loader rejects for the same local reason
    bad = json.loads((DATA / "network_bad_value.json").read_text())
    assert not validator.is_valid(bad)
    bad = json.loads(kio.to_json(kzsec.read_network(DATA / "network_small.json")))
    bad["relations"][0]["vaule"] = 1
    assert not validator.is_valid(bad)


# ---------------------------------------------------------------- CSV


def test_csv_table_errors_and_all_or_nothing(tmp_path):
    net = kzsec.Network()
    for i in ("KAZ", "RUS"):
        net.add_actor(kzsec.Actor(i))
    before = net.copy()
    with pytest.raises(ValueError) as info:
        kio.read_csv_table(net, DATA / "facts_bad_number.csv")
    assert str(info.value) == f"[kzsec] {DATA / 'facts_bad_number.csv'}:3: column 'value': 'abc' is not a number"
    assert net == before
    p = tmp_path / "multi.csv"
    p.write_text('year_from,year_to,actor_a,actor_b,domain,value,note\n'
                 '1992,2000,KAZ,RUS,security,0.5,"a\nb\nc"\n2001,2010,KAZ,RUS,security,1.5,\n')
    with pytest.raises(ValueError, match=r"multi.csv:5: column 'value': value 1.5 is outside \[-1, 1\]$"):
        kio.read_csv_table(net, p)
    assert net == before


def test_csv_table_kinds():
    net = kzsec.Network()
    kio.read_csv_table(net, DATA / "facts_small.csv", add_missing_actors=True)
    assert len(net.relations) == 2 and len(net.memberships) == 2
    assert [m.status for m in net.memberships] == ["member", "partner"]
    assert [e.category for e in net.events] == ["event", "domestic"]
    assert [m.name for m in net.metrics] == ["vote", "metric", "fact"]


def test_shared_facts_table():
    path = SHARED / "research" / "kazakhstan-facts.csv"
    if not path.exists():
        pytest.skip("shared facts table not available")
    with pytest.raises(ValueError, match=r"kazakhstan-facts.csv:38: column 'domain': unknown domain 'economic.water'"):
        kio.read_csv_table(kzsec.Network(), path, add_missing_actors=True)
    net = kzsec.Network()
    kio.read_csv_table(net, path, add_missing_actors=True, add_missing_domains=True)
    # counted independently with the csv module
    import csv

    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    kinds = [r["kind"] for r in rows]
    assert len(net.relations) == kinds.count("level")
    assert len(net.events) == kinds.count("event") + kinds.count("domestic")
    assert len(net.memberships) == kinds.count("membership")
    assert len(net.metrics) == sum(kinds.count(k) for k in ("metric", "vote", "fact"))
    ids = {r["actor_a"] for r in rows} | {r["actor_b"] for r in rows}
    assert {a.id for a in net.actors} == ids
    assert kio.loads(kio.to_json(net)) == net


# ---------------------------------------------------------------- edge lists


def test_edge_list_bitcoin_alpha_konect_convention():
    path = SHARED / "reference" / "balance" / "soc-sign-bitcoinalpha.csv.gz"
    if not path.exists():
        pytest.skip("reference data not available")
    g = kzsec.read_edge_list(path, directed=True, symmetrize="sum")
    # independent reduction with plain Python
    sums: dict[tuple[str, str], float] = {}
    with gzip.open(path, "rt") as f:
        next(f)
        n_rows = 0
        for line in f:
            u, v, w, _ = line.strip().split(",")
            key = (min(u, v), max(u, v))
            sums[key] = sums.get(key, 0.0) + float(w)
            n_rows += 1
    assert n_rows == 24186 and g.num_vertices == 3783  # SOURCES.md
    assert g.num_edges == sum(1 for w in sums.values() if w != 0)
    assert g.num_negative_edges == sum(1 for w in sums.values() if w < 0)


def test_edge_list_options_and_errors(tmp_path):
    g = kzsec.read_edge_list(DATA / "edges_konect.txt")
    assert g.num_vertices == 4 and g.num_edges == 4
    g = kzsec.read_edge_list(DATA / "edges_directed.csv.gz", directed=True)
    assert g.num_edges == 2 and g.weight(g.index("1"), g.index("3")) == 3.0
    p = tmp_path / "e.csv"
    p.write_text("a,b,w\nx,y,1\nx,y,zz\n")
    with pytest.raises(ValueError) as info:
        kzsec.read_edge_list(p)
    assert str(info.value) == f"[kzsec] {p}:3: column 3 (weight): 'zz' is not a finite number"
    p.write_text("x;y\ny;y\n")
    g = kzsec.read_edge_list(p, delimiter=";", weight_column=None, self_loops="drop", header=False)
    assert list(g.labels) == ["x", "y"] and g.num_edges == 1
    with pytest.raises(ValueError):
        kzsec.read_edge_list(p, symmetrize="average")


# ---------------------------------------------------------------- export


def _graph():
    return kzsec.read_edge_list(DATA / "edges_header.tsv")


def test_graphml_reads_back_with_networkx(tmp_path):
    nx = pytest.importorskip("networkx")
    p = tmp_path / "g.graphml"
    weird = tmp_path / "w.csv"
    weird.write_text('"a<&>""x",b c,0.1\nb c,"q\'z",-2.5\n')
    g = kzsec.read_edge_list(weird, header=False)
    kio.write_graphml(g, p)
    h = nx.read_graphml(p)
    labels = {n: d["label"] for n, d in h.nodes(data=True)}
    got = {frozenset((labels[u], labels[v])): (d["weight"], d["sign"]) for u, v, d in h.edges(data=True)}
    assert got == {frozenset(('a<&>"x', "b c")): (0.1, 1), frozenset(("b c", "q'z")): (-2.5, -1)}


def test_dot_parses_with_graphviz(tmp_path):
    dot = shutil.which("dot")
    if dot is None:
        pytest.skip("graphviz not installed")
    weird = tmp_path / "w.csv"
    weird.write_text('"a\\b""c",d,0.5\nd,e,-1\n')
    g = kzsec.read_edge_list(weird, header=False)
    p = tmp_path / "g.dot"
    kio.write_dot(g, p)
    out = subprocess.run([dot, "-Tjson0", str(p)], check=True, capture_output=True, text=True).stdout
    j = json.loads(out)
    # the DOT lexer only unescapes \"; a label keeps \\ until it is rendered (escString), so the
    # attribute read back is a\\b"c, which renders as a\b"c
    labels = {o["_gvid"]: o["label"].replace("\\\\", "\\") for o in j["objects"]}
    assert sorted(labels.values()) == sorted(['a\\b"c', "d", "e"])
    edges = {frozenset((labels[e["tail"]], labels[e["head"]])): (float(e["weight"]), e["style"]) for e in j["edges"]}
    assert edges == {frozenset(('a\\b"c', "d")): (0.5, "solid"), frozenset(("d", "e")): (-1.0, "dashed")}
