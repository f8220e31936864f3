"""Tests of kzsec.datasets: the embedded Kazakhstan dataset and the toy world.

Independent references: the committed data/kazakhstan.json read with the
standard json module, the research draft ../shared/research/kazakhstan-facts.csv
read with csv, and values of the toy world worked by hand.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

import kzsec
from kzsec import datasets

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KZSEC_SHARED_DIR", ROOT.parent / "shared"))


@pytest.fixture(scope="module")
def kaz():
    return datasets.kazakhstan()


@pytest.fixture(scope="module")
def raw():
    with open(ROOT / "data" / "kazakhstan.json", encoding="utf-8") as f:
        return json.load(f)


def test_list_and_names():
    infos = datasets.list()
    assert [d.name for d in infos] == ["kazakhstan", "toy_world", "world"]
    assert infos[0].embedded and not infos[1].embedded and infos[2].embedded
    assert datasets.names() == ["kazakhstan", "toy_world", "world"]
    assert "datasets" in kzsec.__all__


def test_counts_match_the_committed_json(kaz, raw):
    assert len(kaz.actors) == len(raw["actors"])
    assert len(kaz.relations) == len(raw["relations"])
    assert len(kaz.memberships) == len(raw["memberships"])
    assert len(kaz.events) == len(raw["events"])
    assert len(kaz.metrics) == len(raw["metrics"])
    assert kaz.metadata.extra["version"] == raw["metadata"]["extra"]["version"]
    assert "Chukubayev" in kaz.metadata.citation


def test_required_actors(kaz):
    ids = {a.id for a in kaz.actors}
    required = {"KAZ", "RUS", "CHN", "USA", "EU", "TUR", "UZB", "KGZ", "TJK", "TKM", "AFG", "UKR", "GEO",
                "LPR_DPR", "CIS", "CSTO", "SCO", "EAEU", "UN", "OSCE", "NATO", "OIC", "OTS", "CICA", "WTO",
                "TERROR", "UYG_SEP", "ITA", "GBR"}
    assert required <= ids
    assert kaz.get_actor("KAZ").landlocked is True


def test_values_in_range_and_sources(raw):
    for r in raw["relations"]:
        assert -1.0 <= r["value"] <= 1.0
        assert r["source"] and r["confidence"] in ("high", "medium", "low")
        assert 1991 <= r["from"] <= r["to"] <= 2024
    judgement = [r for r in raw["relations"] if "judgement" in r["basis"]]
    assert judgement, "judgement values must be marked in basis"


def test_no_overlaps_and_contiguous(raw):
    series = {}
    for r in raw["relations"]:
        series.setdefault((frozenset((r["a"], r["b"])), r["domain"]), []).append((r["from"], r["to"]))
    for key, spans in series.items():
        spans.sort()
        for (f0, t0), (f1, t1) in zip(spans, spans[1:]):
            assert f1 == t0 + 1, (key, spans)


@pytest.mark.parametrize("pair", [("RUS", "CHN"), ("RUS", "USA"), ("CHN", "USA"), ("RUS", "EU"), ("RUS", "UKR")])
@pytest.mark.parametrize("domain", ["security", "economic", "political"])
def test_context_dyads_cover_all_years(kaz, pair, domain):
    missing = [y for y in range(1992, 2025) if kaz.value(pair[0], pair[1], domain, y) is None]
    assert not missing


def test_level_rows_of_the_draft_hold(kaz):
    path = SHARED / "research" / "kazakhstan-facts.csv"
    if not path.exists():
        pytest.skip(f"{path} not found")
    with open(path, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["kind"] == "level"]
    assert len(rows) == 193
    # rows recoded by the corrections of issue #12 (C24-C27, C29-C39 in data/README.md)
    recoded = {("KAZ", "RUS", "economic", "2022"), ("KAZ", "CHN", "economic", "2020"), ("KAZ", "CHN", "economic", "2022"),
               ("KAZ", "CHN", "economic", "2023"), ("KAZ", "CHN", "political", "2011"), ("KAZ", "USA", "political", "2001"),
               ("KAZ", "USA", "political", "2018"), ("KAZ", "USA", "political", "2022"), ("KAZ", "UZB", "security", "1992"),
               ("KAZ", "UZB", "security", "2017"), ("KAZ", "USA", "security", "2001"), ("KAZ", "USA", "security", "2014"),
               ("KAZ", "USA", "security", "2022"), ("KAZ", "AFG", "security", "2002"), ("KAZ", "AFG", "security", "1992")}
    rows = [r for r in rows if (r["actor_a"], r["actor_b"], r["domain"], r["year_from"]) not in recoded]
    assert len(rows) == 193 - 15
    for r in rows:
        v = kaz.value(r["actor_a"], r["actor_b"], r["domain"], int(r["year_to"]))
        assert v == pytest.approx(float(r["value"])), r


def test_domestic_events_and_water_domain(kaz, raw):
    domestic = [e for e in raw["events"] if e["category"] == "domestic"]
    assert len(domestic) == 7 and all(e["actors"] == ["KAZ"] for e in domestic)
    water = [d for d in raw["domains"] if d["id"] == "economic.water"][0]
    assert "already netted" in water["description"].lower()
    assert kaz.value("KAZ", "UZB", "economic.water", 2000) < 0


def test_unga_votes(raw):
    votes = {(m["a"], m["item"]): m["value"] for m in raw["metrics"] if m["name"] == "unga_vote"}
    items = sorted({i for (_, i) in votes})
    assert len(items) == 8
    # case file section 4.6: KAZ abstained on A/RES/68/262 and ES-11/1, voted no on ES-11/3
    assert votes[("KAZ", "A/RES/68/262")] == 0
    assert votes[("KAZ", "A/RES/ES-11/1")] == 0
    assert votes[("KAZ", "A/RES/ES-11/3")] == -1
    assert all(votes[("RUS", i)] == -1 for i in items)


def test_independent_copies():
    a = datasets.kazakhstan()
    b = datasets.kazakhstan()
    assert a == b
    a.metadata.title = "changed"
    assert datasets.kazakhstan().metadata.title != "changed"


def test_toy_world_by_hand():
    net = datasets.toy_world()
    assert [a.id for a in net.actors] == ["S", "A", "B", "N", "O"]
    assert net.value("S", "A", "economic", 2004) == pytest.approx(0.6)
    assert net.value("S", "B", "economic", 2005) == pytest.approx(0.7)
    g = net.snapshot(2003, "security", membership_ties={})  # the coded relations only
    assert g.num_edges == 7
    gm = net.snapshot(2003, "security")  # default: ties S-O, A-O (merged with the coded ones) and N-O (new)
    assert len(gm.reduction.membership_ties) == 3
    assert gm.num_edges == 8
    # triangle S-A-B: 0.8 * 0.1 * (-0.6) < 0 -> unbalanced
    prod = (net.value("S", "A", "security", 2003) * net.value("S", "B", "security", 2003)
            * net.value("A", "B", "security", 2003))
    assert prod == pytest.approx(-0.048)


def test_relations_csv_reads_back_with_the_csv_loader(kaz):
    net = kzsec.Network()
    for a in kaz.actors:
        net.add_actor(a)
    net.add_domain([d for d in kaz.domains if d.id == "economic.water"][0])
    kzsec._core.io.read_csv_table(net, str(ROOT / "data" / "kazakhstan-relations.csv"))
    key = lambda r: (r.a, r.b, r.domain, r.value, r.years)  # noqa: E731
    assert sorted(map(key, net.relations)) == sorted(map(key, kaz.relations))
    assert len(net.events) == len(kaz.events)
    assert len(net.memberships) == len(kaz.memberships)
    assert len(net.metrics) == len(kaz.metrics)


def _generator():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_kz", ROOT / "scripts" / "build_kazakhstan_dataset.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_generator_reproduces_the_committed_files():
    if not (SHARED / "research" / "kazakhstan-facts.csv").exists():
        pytest.skip("../shared not available")
    assert _generator().main([str(SHARED), "--check"]) == 0


@pytest.mark.parametrize("breakage, expected", [
    (lambda d: d["relations"].append(dict(d["relations"][0], value=0.1)), "overlap"),
    (lambda d: d["relations"][0].update(value=1.5), "outside [-1, 1]"),
    (lambda d: d["relations"][0].update(b="XYZ"), "unknown actor 'XYZ'"),
    (lambda d: d["relations"][0].update(domain="economy"), "unknown domain"),
    (lambda d: d["relations"][0].update(**{"from": 2030, "to": 2031}), "outside 1991-2024"),
    (lambda d: d["relations"][0].update(source=""), "no source"),
    (lambda d: d["relations"][0].update(confidence="sure"), "confidence"),
    (lambda d: d["relations"][0].update(valeu=0.2), "unknown keys"),
    (lambda d: d["events"][0].update(actors=["KAZ", "NOPE"]), "actors"),
    (lambda d: d["metrics"][0].update(value=float("nan")), "not finite"),
    (lambda d: d["memberships"][0].update(organisation="RUS"), "not an organisation"),
])
def test_generator_validation_fails_loudly(raw, breakage, expected):
    import copy

    gen = _generator()
    assert gen.validate(copy.deepcopy(raw)) == []
    doc = copy.deepcopy(raw)
    breakage(doc)
    errs = gen.validate(doc)
    assert any(expected in e for e in errs), errs


# --------------------------------------------------------------------------- events against levels
DELTA_TOLERANCE = 0.05  # one step of the coding scale (docs/dataset.md, "Events")


def _level(raw, a, b, domain, year):
    for r in raw["relations"]:
        if {r["a"], r["b"]} == {a, b} and r["domain"] == domain and r["from"] <= year <= r["to"]:
            return r["value"]
    return None


def _delta_level_mismatches(raw):
    """Independent re-implementation of the generator's rule: for every dyad (actors[0], actors[j]),
    domain and year, the deltas of the events there sum to the change of the level within the
    tolerance; a series that starts in the event's year is exempt; any other disagreement needs a
    documented 'level check:' reason in one of the events' notes."""
    groups = {}
    for e in raw["events"]:
        if e.get("delta") is None or not e["domain"]:
            continue
        for b in e["actors"][1:]:
            groups.setdefault((e["actors"][0], b, e["domain"], e["year"]), []).append(e)
    bad = []
    for (a, b, dom, y), evs in groups.items():
        if any("level check: " in e["note"] for e in evs):
            continue
        now, before = _level(raw, a, b, dom, y), _level(raw, a, b, dom, y - 1)
        if now is None:
            bad.append((a, b, dom, y, "no level", [e["id"] for e in evs]))
        elif before is not None and abs(sum(e["delta"] for e in evs) - (now - before)) > DELTA_TOLERANCE + 1e-9:
            bad.append((a, b, dom, y, round(now - before, 3), [e["id"] for e in evs]))
    return bad


def test_event_deltas_agree_with_level_changes(raw):
    assert _delta_level_mismatches(raw) == []
    # the documented exceptions are few and each says why
    explained = [e for e in raw["events"] if "level check: " in e["note"]]
    assert 0 < len(explained) <= 15
    assert all(len(e["note"].split("level check: ", 1)[1]) > 30 for e in explained)


def test_a_delta_that_disagrees_with_its_level_change_fails(raw):
    import copy

    doc = copy.deepcopy(raw)
    crimea = next(e for e in doc["events"] if e["id"] == "kz2014-03-kaz-rus-political")
    assert crimea["delta"] == pytest.approx(-0.2)
    crimea["delta"] = +0.2  # the level falls by 0.2 in 2014
    assert any(m[5] == [crimea["id"]] for m in _delta_level_mismatches(doc))
    assert any("kz2014-03-kaz-rus-political" in e for e in _generator().check_event_levels(doc))


def test_events_are_one_record_each_with_stable_ids(raw):
    ids = [e["id"] for e in raw["events"]]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(f"kz{e['year']}") for i, e in zip(ids, raw["events"]))
    # the draft's duplicates are single records now
    def count(text):
        return sum(text in e["description"] for e in raw["events"])
    assert count("Budapest Memorandum") == 1
    assert count("Xi'an") == 1
    assert sum(e["year"] == 1992 and e["domain"] == "economic.water" for e in raw["events"]) == 1
    assert count("Syr Darya") == 1
    water = next(e for e in raw["events"] if e["id"] == "kz1992-02-18-almaty-water-agreement")
    assert water["actors"] == ["KAZ", "UZB", "KGZ", "TJK", "TKM"]


def test_every_article_citation_names_its_section(raw):
    for kind in ("relations", "events"):
        for r in raw[kind]:
            cites_article = "article" in r["basis"].split("+") or "article" in [
                s.strip() for s in r["source"].split(";")]
            if cites_article:
                assert r["section"], (kind, r.get("id") or (r["a"], r["b"], r["domain"], r["from"]))
