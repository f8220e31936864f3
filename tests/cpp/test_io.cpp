// Tests of include/kzsec/io.hpp: the JSON format (validation messages, exact
// round trip), the CSV facts table, edge lists and the exporters.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>

#include <kzsec/errors.hpp>
#include <kzsec/io.hpp>

#include "test_support.hpp"

namespace {

std::filesystem::path data(const std::string& name) { return kzsec_test::source_dir() / "tests" / "data" / name; }

/// A minimal valid document with `body` spliced in after the version.
std::string doc(const std::string& body) {
    return R"({"format": "kzsec-network", "version": 1, "actors": [{"id": "A"}, {"id": "B"}, {"id": "C"}])" +
           (body.empty() ? std::string() : ", " + body) + "}";
}
std::string rel(const std::string& fields) {
    return R"({"a": "A", "b": "B", "domain": "security", "value": 0.5, "from": 1990, "to": 2000)" +
           (fields.empty() ? std::string() : ", " + fields) + "}";
}

std::string parse_message(const std::string& text) {
    try {
        (void)kzsec::network_from_json(text, "net.json");
    } catch (const kzsec::parse_error& e) {
        return e.what();
    }
    return "no error";
}

std::filesystem::path temp_path(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "kzsec_test_io";
    std::filesystem::create_directories(dir);
    return dir / name;
}

}  // namespace

TEST_SUITE("io") {
    TEST_CASE("load a valid network file") {
        const auto net = kzsec::read_network(data("network_small.json"));
        CHECK(net.metadata.title == "Small test network");
        CHECK(net.metadata.extra.at("made_by") == "kzsec tests");
        REQUIRE(net.actors().size() == 4);
        const auto& kaz = net.get_actor("KAZ");
        CHECK(kaz.landlocked == std::optional<bool>(true));
        CHECK(kaz.capabilities.at(2016) == 0.0029184562);
        CHECK(kaz.attributes.at("iso2") == "KZ");
        CHECK(net.get_actor("CHN").kind == kzsec::actor_kind::state);  // default kind
        CHECK(net.get_actor("CSTO").kind == kzsec::actor_kind::organisation);
        CHECK(net.has_domain("water"));
        CHECK(net.has_domain("identity"));  // built-ins always exist
        REQUIRE(net.relations().size() == 4);
        CHECK(net.relations()[0].conf == kzsec::confidence::high);
        CHECK(net.relations()[1].conf == kzsec::confidence::medium);  // default
        CHECK(net.relations()[3].directed);
        CHECK(net.relations()[3].note == "made up, \"quoted\" text");
        CHECK(net.value("KAZ", "RUS", "security", 2000) == 0.75);
        CHECK(net.value("KAZ", "RUS", "security", 2014) == 0.5);
        REQUIRE(net.memberships().size() == 2);
        CHECK(net.memberships()[0].status == "member");
        CHECK(net.memberships()[0].conf == kzsec::confidence::high);  // membership default
        REQUIRE(net.events().size() == 2);
        CHECK(net.events()[0].delta == std::optional<double>(0.15));
        CHECK(!net.events()[1].delta);
        CHECK(net.events()[1].category == "domestic");
        REQUIRE(net.metrics().size() == 2);
        CHECK(net.metrics()[1].value == 0.0);
        CHECK(net.metrics()[1].item == "A/RES/68/262");
    }

    TEST_CASE("save/load round trip is exact and deterministic") {
        const auto net = kzsec::read_network(data("network_small.json"));
        const auto path = temp_path("roundtrip.json");
        kzsec::write_network(net, path);
        const auto back = kzsec::read_network(path);
        CHECK(back == net);
        const std::string text = kzsec::network_to_json(net);
        CHECK(kzsec::network_to_json(back) == text);
        CHECK(kzsec::read_file(path) == text);
    }

    TEST_CASE("the former names load_network/save_network forward to read_network/write_network") {
        const auto net = kzsec::read_network(data("network_small.json"));
        const auto path = temp_path("former_names.json");
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
        kzsec::save_network(net, path);
        const auto back = kzsec::load_network(path);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
        CHECK(back == net);
        CHECK(kzsec::read_file(path) == kzsec::network_to_json(net));
    }

    TEST_CASE("doubles round-trip bit-exactly (random values)") {
        std::mt19937_64 rng(20241127);
        std::uniform_real_distribution<double> unit(-1.0, 1.0);
        std::uniform_int_distribution<int> expo(-300, 300);
        kzsec::network net;
        for (int i = 0; i < 12; ++i) {
            kzsec::actor a;
            a.id = "X" + std::to_string(i);
            for (int y = 1990; y < 1995; ++y) a.capabilities[y] = std::ldexp(unit(rng), expo(rng));
            net.add_actor(a);
        }
        int y = 1900;
        std::vector<double> values;
        for (int i = 0; i < 12; ++i)
            for (int j = i + 1; j < 12; ++j) {
                kzsec::relation r;
                r.a = "X" + std::to_string(i);
                r.b = "X" + std::to_string(j);
                r.domain = "economic";
                r.value = unit(rng);
                if (i == 0 && j == 1) r.value = -0.0;
                if (i == 0 && j == 2) r.value = std::nextafter(1.0, 0.0);
                if (i == 0 && j == 3) r.value = 4.9406564584124654e-324;  // smallest subnormal
                r.years = {y, y + 3};
                values.push_back(r.value);
                net.add_relation(r);
                kzsec::metric m;
                m.name = "m";
                m.a = r.a;
                m.year = y;
                m.value = std::ldexp(unit(rng), expo(rng));
                net.add_metric(m);
            }
        const auto back = kzsec::network_from_json(kzsec::network_to_json(net));
        CHECK(back == net);
        REQUIRE(back.relations().size() == values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            CHECK(std::memcmp(&back.relations()[i].value, &values[i], sizeof(double)) == 0);
        CHECK(std::signbit(back.relations()[0].value));  // -0.0 kept
        // one-line output reads back the same
        CHECK(kzsec::network_from_json(kzsec::network_to_json(net, -1)) == net);
    }

    TEST_CASE("every JSON error names the file, the pointer and the problem") {
        using kzsec::parse_error;
        // value outside [-1, 1], in a file: the example of the developer guide
        const std::string bad = kzsec::read_file(data("network_bad_value.json"));
        CHECK(parse_message(bad) == "[kzsec] net.json:/relations/3/value: value 1.5 is outside [-1, 1]");
        try {
            (void)kzsec::read_network(data("network_bad_value.json"));
            FAIL("no error");
        } catch (const parse_error& e) {
            CHECK(e.file() == data("network_bad_value.json").string());
            CHECK(e.location() == "/relations/3/value");
        }

        SUBCASE("malformed JSON with line and column") {
            try {
                (void)kzsec::read_network(data("network_bad_syntax.json"));
                FAIL("no error");
            } catch (const parse_error& e) {
                // line 3 is `  {"id": "B",}]}`: the '}' after the comma is column 14
                CHECK(e.location() == "line 3, column 14");
                CHECK(std::string(e.what()).find("invalid JSON") != std::string::npos);
            }
            CHECK(parse_message("") .find("net.json:line 1, column 1: invalid JSON") != std::string::npos);
        }
        SUBCASE("format and version") {
            CHECK(parse_message(R"({"format": "other", "version": 1})") ==
                  "[kzsec] net.json:/format: expected \"kzsec-network\", got string \"other\"");
            CHECK(parse_message(R"({"format": "kzsec-network", "version": 2})") ==
                  "[kzsec] net.json:/version: unsupported version 2 (this kzsec reads version 1)");
            CHECK(parse_message(R"({"format": "kzsec-network"})") ==
                  "[kzsec] net.json:/: missing required field 'version'");
            CHECK(parse_message("[1, 2]") == "[kzsec] net.json:/: expected a JSON object at the top level, got an array");
        }
        SUBCASE("missing field, wrong type, unknown key") {
            CHECK(parse_message(doc(R"("relations": [{"a": "A", "b": "B", "domain": "security", "from": 1, "to": 2}])")) ==
                  "[kzsec] net.json:/relations/0: missing required field 'value'");
            CHECK(parse_message(doc(R"("relations": [)" + rel(R"("directed": "yes")") + "]")) ==
                  "[kzsec] net.json:/relations/0/directed: expected true or false, got string \"yes\"");
            CHECK(parse_message(doc(R"("relations": [)" + rel(R"("vaule": 1)") + "]")) ==
                  "[kzsec] net.json:/relations/0/vaule: unknown key 'vaule' (allowed: a, b, domain, value, directed, "
                  "from, to, confidence, basis, source, section, note)");
            CHECK(parse_message(doc(R"("relations": {})")) == "[kzsec] net.json:/relations: expected an array, got an object");
            CHECK(parse_message(doc(R"("events": [{"year": 1990.5, "actors": ["A"], "description": ""}])")) ==
                  "[kzsec] net.json:/events/0/year: expected an integer, got number 1990.5");
            CHECK(parse_message(doc(R"("events": [{"year": 3000000000, "actors": ["A"], "description": ""}])")) ==
                  "[kzsec] net.json:/events/0/year: integer 3000000000 is out of range");
            CHECK(parse_message(R"({"format": "kzsec-network", "version": 1, "actors": [{"id": "A", "id": "B"}]})") ==
                  "[kzsec] net.json:/actors/0/id: duplicate key 'id'");
        }
        SUBCASE("references and duplicates") {
            CHECK(parse_message(doc(R"("relations": [{"a": "A", "b": "XYZ", "domain": "security", "value": 0.5, "from": 1990, "to": 1991}])")) ==
                  "[kzsec] net.json:/relations/0/b: unknown actor 'XYZ' (not in /actors)");
            CHECK(parse_message(doc(R"("events": [{"year": 2001, "actors": ["A", "Q"], "description": ""}])")) ==
                  "[kzsec] net.json:/events/0/actors/1: unknown actor 'Q' (not in /actors)");
            CHECK(parse_message(R"({"format": "kzsec-network", "version": 1, "actors": [{"id": "A"}, {"id": "B"}, {"id": "A"}]})") ==
                  "[kzsec] net.json:/actors/2/id: duplicate actor id 'A' (first at /actors/0)");
            CHECK(parse_message(doc(R"("events": [{"id": "e", "year": 2001, "actors": ["A"], "description": ""}, {"id": "e", "year": 2002, "actors": ["B"], "description": ""}])")) ==
                  "[kzsec] net.json:/events/1/id: duplicate event id 'e' (first at /events/0)");
            CHECK(parse_message(doc(R"("relations": [{"a": "A", "b": "B", "domain": "trade", "value": 0.5, "from": 1990, "to": 1991}])")) ==
                  "[kzsec] net.json:/relations/0/domain: unknown domain 'trade' (known: security, economic, political, identity)");
        }
        SUBCASE("values, years, overlaps, enumerations") {
            CHECK(parse_message(doc(R"("relations": [{"a": "A", "b": "B", "domain": "security", "value": "NaN", "from": 1, "to": 2}])")) ==
                  "[kzsec] net.json:/relations/0/value: expected a finite number, got string \"NaN\" (JSON has no NaN or "
                  "infinity; write a number)");
            const std::string huge = parse_message(doc(R"("metrics": [{"name": "m", "a": "A", "year": 1, "value": 1e999}])"));
            CHECK(huge.find("[kzsec] net.json:line 1, column ") == 0);
            CHECK(huge.find("number overflow parsing '1e999'") != std::string::npos);
            CHECK(parse_message(doc(R"("relations": [{"a": "A", "b": "B", "domain": "security", "value": -1.0001, "from": 1, "to": 2}])")) ==
                  "[kzsec] net.json:/relations/0/value: value -1.0001 is outside [-1, 1]");
            CHECK(parse_message(doc(R"("memberships": [{"member": "A", "organisation": "B", "from": 2000, "to": 1999}])")) ==
                  "[kzsec] net.json:/memberships/0/to: year range reversed (from 2000 > to 1999)");
            CHECK(parse_message(doc(R"("relations": [)" + rel("") + ", " +
                                    R"({"a": "B", "b": "A", "domain": "security", "value": -0.5, "from": 2000, "to": 2005}])")) ==
                  "[kzsec] net.json:/relations/1: overlaps /relations/0 (B-A, security, years 2000-2005 and 1990-2000)");
            // a directed tie and the other direction do not overlap
            CHECK(parse_message(doc(R"("relations": [)" + rel(R"("directed": true)") + ", " +
                                    R"({"a": "B", "b": "A", "domain": "security", "value": -0.5, "directed": true, "from": 2000, "to": 2005}])")) ==
                  "no error");
            CHECK(parse_message(doc(R"("relations": [)" + rel(R"("confidence": "certain")") + "]")) ==
                  "[kzsec] net.json:/relations/0/confidence: unknown confidence 'certain' (expected high, medium or low)");
            CHECK(parse_message(R"({"format": "kzsec-network", "version": 1, "actors": [{"id": "A", "kind": "empire"}]})") ==
                  "[kzsec] net.json:/actors/0/kind: unknown actor kind 'empire' (expected state, organisation or non_state)");
            CHECK(parse_message(R"({"format": "kzsec-network", "version": 1, "actors": [{"id": "A", "capabilities": {"19x2": 0.1}}]})") ==
                  "[kzsec] net.json:/actors/0/capabilities/19x2: capability key '19x2' is not a year");
        }
        SUBCASE("errors of the model are re-wrapped with the record's pointer") {
            const std::string msg = parse_message(doc(R"("relations": [{"a": "A", "b": "A", "domain": "security", "value": 0.5, "from": 1, "to": 2}])"));
            CHECK(msg == "[kzsec] net.json:/relations/0/b: relation of actor 'A' with itself");
        }
    }

    TEST_CASE("missing files") {
        CHECK_THROWS_AS((void)kzsec::read_network(data("no_such_file.json")), kzsec::file_not_found);
        kzsec::network net;
        CHECK_THROWS_AS(kzsec::read_csv_table(net, data("no_such_file.csv")), kzsec::file_not_found);
        CHECK_THROWS_AS((void)kzsec::read_edge_list(data("no_such_file.csv")), kzsec::file_not_found);
        CHECK_THROWS_AS((void)kzsec::read_file(data("")), kzsec::file_not_found);  // a directory
    }

    TEST_CASE("CSV facts table") {
        kzsec::network net;
        kzsec::csv_import_options opt;
        opt.add_missing_actors = true;
        kzsec::read_csv_table(net, data("facts_small.csv"), opt);
        REQUIRE(net.relations().size() == 2);
        CHECK(net.relations()[0].note == "multi-line\nnote, with a comma");
        CHECK(net.relations()[0].section == "III");
        CHECK(net.relations()[1].section.empty());  // '-' means not from the article
        CHECK(net.relations()[0].conf == kzsec::confidence::high);
        REQUIRE(net.memberships().size() == 2);
        CHECK(net.memberships()[0].status == "member");
        CHECK(net.memberships()[1].status == "partner");  // value 0.5
        CHECK(net.get_actor("CSTO").kind == kzsec::actor_kind::organisation);
        CHECK(net.get_actor("NATO").kind == kzsec::actor_kind::organisation);
        CHECK(net.get_actor("EU").kind == kzsec::actor_kind::state);  // no membership row: added as a state
        REQUIRE(net.events().size() == 2);
        CHECK(net.events()[0].delta == std::optional<double>(0.15));
        CHECK(net.events()[0].actors == std::vector<std::string>{"KAZ", "CSTO"});
        CHECK(net.events()[0].description == "January 2022 deployment");
        CHECK(net.events()[1].category == "domestic");
        CHECK(!net.events()[1].delta);
        CHECK(net.events()[1].actors == std::vector<std::string>{"KAZ"});
        REQUIRE(net.metrics().size() == 3);
        CHECK(net.metrics()[0].name == "vote");
        CHECK(net.metrics()[0].item == "A/RES/68/262");
        CHECK(net.metrics()[0].unit == "+1 yes/0 abstain/-1 no");
        CHECK(net.metrics()[1].name == "metric");
        CHECK(net.metrics()[1].year == 2005);
        CHECK(net.metrics()[1].unit == "EU share of FDI inflows 2005-2016");
        CHECK(net.metrics()[1].note == "EU share of FDI inflows 2005-2016 (period) [domain: economic] [years 2005-2016]");
        CHECK(net.metrics()[2].value == 7591.0);
        CHECK(net.metrics()[2].unit == "land border km");
        // the result saves and loads back unchanged
        CHECK(kzsec::network_from_json(kzsec::network_to_json(net)) == net);
    }

    TEST_CASE("CSV errors give file:line and leave the network unchanged") {
        kzsec::network net;
        kzsec::actor kaz, rus;
        kaz.id = "KAZ";
        rus.id = "RUS";
        net.add_actor(kaz);
        net.add_actor(rus);
        const kzsec::network before = net;
        auto msg = [&](const std::string& text, kzsec::csv_import_options opt = {}) -> std::string {
            try {
                kzsec::read_csv_table_text(net, text, "t.csv", opt);
            } catch (const kzsec::parse_error& e) {
                return e.what();
            }
            return "no error";
        };
        const std::string head = "year_from,year_to,actor_a,actor_b,domain,value,note\n";
        CHECK(msg(head + "1992,2000,KAZ,RUS,security,0.5,\n2001,2010,KAZ,RUS,security,abc,\n") ==
              "[kzsec] t.csv:3: column 'value': 'abc' is not a number");
        CHECK(net == before);  // the valid first row was not added
        // newlines inside a quoted field count: the bad row starts on line 5
        CHECK(msg(head + "1992,2000,KAZ,RUS,security,0.5,\"a\nb\nc\"\n2001,2010,KAZ,RUS,security,1.5,\n") ==
              "[kzsec] t.csv:5: column 'value': value 1.5 is outside [-1, 1]");
        CHECK(msg(head + "1992,1990,KAZ,RUS,security,0.5,\n") ==
              "[kzsec] t.csv:2: column 'year_to': year range reversed (1992 > 1990)");
        CHECK(msg(head + "1992,2000,KAZ,XYZ,security,0.5,\n") ==
              "[kzsec] t.csv:2: column 'actor_b': unknown actor 'XYZ' (not in the network; set add_missing_actors)");
        CHECK(msg(head + "1992,2000,KAZ,RUS,economic.water,0.5,\n") ==
              "[kzsec] t.csv:2: column 'domain': unknown domain 'economic.water' (not in the network; set "
              "add_missing_domains)");
        CHECK(msg(head + "1992,2000,KAZ,RUS,security,0.5\n") ==
              "[kzsec] t.csv:2: expected 7 fields (as in the header), got 6");
        CHECK(msg(head + "1992,2000,KAZ,RUS,security,0.5,\"open\n") ==
              "[kzsec] t.csv:2: malformed CSV: quoted field not closed before the end of the file");
        CHECK(msg(head + "1992,2000,KAZ,RUS,security,0.5,a\"b\"\n").find("[kzsec] t.csv:2: malformed CSV") == 0);
        CHECK(msg("year_from,year_to,actor_a,actor_b,domain,valeu\n") ==
              "[kzsec] t.csv:1: unknown column 'valeu' (known: year_from, year_to, actor_a, actor_b, domain, value, "
              "kind, confidence, basis, article_ref|section, note, source, directed)");
        CHECK(msg("year_from,year_to,actor_a,actor_b,domain\n") == "[kzsec] t.csv:1: missing required column 'value'");
        CHECK(msg("year_from,year_to,actor_a,actor_b,domain,kind,value\n1992,2000,KAZ,RUS,security,levle,0.5\n") ==
              "[kzsec] t.csv:2: column 'kind': unknown kind 'levle' (expected level, event, domestic, membership, "
              "metric, vote or fact)");
        CHECK(msg("year_from,year_to,actor_a,actor_b,domain,kind,value\n1992,2000,KAZ,RUS,security,membership,0.3\n") ==
              "[kzsec] t.csv:2: column 'value': a membership value must be 1 (member) or 0.5 (partner), got 0.3");
        // byte offset: header 52 bytes + "1992,2000,KAZ,RUS,security,0.5," 31 bytes = 83
        CHECK(msg(head + "1992,2000,KAZ,RUS,security,0.5,\xff\n") == "[kzsec] t.csv:2: invalid UTF-8 (byte 83)");
        // overlapping relations (reported by the network, wrapped with the line)
        const std::string ov = msg(kzsec::read_file(data("relations_overlap.csv")));
        CHECK(ov.rfind("[kzsec] t.csv:3: ", 0) == 0);
        CHECK(net == before);
        // without a kind column every row is a relation; directed column parsed
        kzsec::read_csv_table_text(net, "year_from,year_to,actor_a,actor_b,domain,value,directed\n"
                                        "1992,2000,KAZ,RUS,security,0.5,true\n1992,2000,RUS,KAZ,security,-0.5,yes\n");
        CHECK(net.relations().size() == 2);
        CHECK(net.relations()[1].directed);
    }

    TEST_CASE("the shared Kazakhstan facts table loads") {
        const auto path = kzsec_test::shared_dir() / "research" / "kazakhstan-facts.csv";
        if (!std::filesystem::exists(path)) {
            MESSAGE("skipped: " << path << " not found");
            return;
        }
        kzsec::network net;
        kzsec::csv_import_options opt;
        opt.add_missing_actors = true;
        // its `economic.water` domain is not built in (first use on line 38)
        try {
            kzsec::read_csv_table(net, path, opt);
            FAIL("no error");
        } catch (const kzsec::parse_error& e) {
            CHECK(e.location() == "line 38, column 'domain'");
        }
        CHECK(net.actors().empty());
        opt.add_missing_domains = true;
        kzsec::read_csv_table(net, path, opt);
        // row counts by kind (level 193; event 106 + domestic 7; membership 14; metric 40 + vote 8 + fact 5)
        CHECK(net.relations().size() == 193);
        CHECK(net.events().size() == 113);
        CHECK(net.memberships().size() == 14);
        CHECK(net.metrics().size() == 53);
        CHECK(net.actors().size() == 29);
        CHECK(net.has_domain("economic.water"));
        CHECK(net.value("KAZ", "CHN", "economic.water", 2000) == -0.1);
        std::size_t domestic = 0, spans = 0;
        for (const auto& e : net.events()) {
            domestic += e.category == "domestic";
            spans += e.note.find("[years ") != std::string::npos;
        }
        CHECK(domestic == 7);
        CHECK(spans == 1);  // line 265: "more than 300 agreements 1992-2000"
        CHECK(kzsec::network_from_json(kzsec::network_to_json(net)) == net);
    }

    TEST_CASE("edge lists") {
        SUBCASE("whitespace, KONECT comments") {
            const auto g = kzsec::read_edge_list(data("edges_konect.txt"));
            CHECK(g.num_vertices() == 4);
            CHECK(g.num_edges() == 4);
            CHECK(g.labels() == std::vector<std::string>{"1", "2", "3", "4"});
            CHECK(g.weight(g.index("3"), g.index("4")) == 2.5);
            CHECK(g.weight(g.index("1"), g.index("4")) == -0.5);
        }
        SUBCASE("tab with header detected") {
            const auto g = kzsec::read_edge_list(data("edges_header.tsv"));
            CHECK(g.labels() == std::vector<std::string>{"A", "B", "C"});
            CHECK(g.num_negative_edges() == 2);
            CHECK(g.num_positive_edges() == 1);
        }
        SUBCASE("gzip, directed, summed (worked by hand)") {
            // 1->2 10, 2->1 -10 cancel; 1->3 5 + 3->1 -2 = 3; 2->3 -1
            kzsec::edge_list_options opt;
            opt.graph.directed = true;
            const auto g = kzsec::read_edge_list(data("edges_directed.csv.gz"), opt);
            CHECK(g.num_vertices() == 3);
            CHECK(g.num_edges() == 2);
            CHECK(g.weight(g.index("1"), g.index("3")) == 3.0);
            CHECK(g.weight(g.index("2"), g.index("3")) == -1.0);
            REQUIRE(g.reduction().cancelled.size() == 1);
            CHECK(g.reduction().input_ties == 5);
        }
        SUBCASE("options and errors") {
            kzsec::edge_list_options opt;
            CHECK_THROWS_WITH_AS((void)kzsec::read_edge_list_text("a,b,w\nx,y,1\nx,y,zz\n", "e.csv", opt),
                                 "[kzsec] e.csv:3: column 3 (weight): 'zz' is not a finite number", kzsec::parse_error);
            CHECK_THROWS_WITH_AS((void)kzsec::read_edge_list_text("x,y,1\ny,y,-1\n", "e.csv", opt),
                                 "[kzsec] e.csv:2: self-loop on 'y' (self_loops='error'; use 'drop' to skip them)",
                                 kzsec::parse_error);
            CHECK_THROWS_WITH_AS((void)kzsec::read_edge_list_text("x,y,1\nx,z,-inf\n", "e.csv", opt),
                                 "[kzsec] e.csv:2: column 3 (weight): '-inf' is not a finite number", kzsec::parse_error);
            CHECK_THROWS_WITH_AS((void)kzsec::read_edge_list_text("x,y\n", "e.csv", opt),
                                 "[kzsec] e.csv:1: expected at least 3 columns, got 2", kzsec::parse_error);
            opt.graph.symmetrize = kzsec::symmetrize_rule::error;
            CHECK_THROWS_WITH_AS((void)kzsec::read_edge_list_text("x,y,1\n\n# c\ny,x,1\n", "e.csv", opt),
                                 "[kzsec] e.csv:4: second tie between 'y' and 'x' (first at line 1; symmetrize='error')",
                                 kzsec::parse_error);
            opt = {};
            opt.graph.self_loops = kzsec::self_loop_policy::drop;
            opt.weight_column = -1;
            const auto g = kzsec::read_edge_list_text("\"a,1\",b\nb,b\nb;c,a\n", "e.csv", opt);
            CHECK(g.labels() == std::vector<std::string>{"a,1", "b", "b;c", "a"});
            CHECK(g.num_edges() == 2);
            CHECK(g.reduction().self_loops_dropped == 1);
            opt = {};
            opt.header = 1;
            opt.delimiter = ';';
            opt.source_column = 1;
            opt.target_column = 0;
            opt.weight_column = 3;
            const auto h = kzsec::read_edge_list_text("from;to;x;w\np;q;;-2\n", "e.csv", opt);
            CHECK(h.labels() == std::vector<std::string>{"q", "p"});
            CHECK(h.weight(0, 1) == -2.0);
        }
        SUBCASE("highland tribes (Read 1954): 16 vertices, 58 edges, 29 + and 29 -") {
            const auto path = kzsec_test::reference("balance/highland_tribes.csv");
            const auto g = kzsec::read_edge_list(path);
            CHECK(g.num_vertices() == 16);
            CHECK(g.num_edges() == 58);
            CHECK(g.num_positive_edges() == 29);
            CHECK(g.num_negative_edges() == 29);
            CHECK(g.labels().front() == "GAVEV");
        }
        SUBCASE("SNAP Bitcoin Alpha, KONECT convention") {
            const auto path = kzsec_test::reference("balance/soc-sign-bitcoinalpha.csv.gz");
            kzsec::edge_list_options opt;
            opt.graph.directed = true;
            opt.graph.symmetrize = kzsec::symmetrize_rule::sum;
            const auto g = kzsec::read_edge_list(path, opt);
            // SOURCES.md: 3,783 nodes, 24,186 directed rated edges
            CHECK(g.num_vertices() == 3783);
            CHECK(g.reduction().input_ties == 24186);
            // independent count: sum the ratings of each unordered pair by hand
            std::istringstream in(kzsec::read_file(path));
            std::string line;
            std::getline(in, line);  // header
            std::map<std::pair<long, long>, double> sum;
            std::size_t rows = 0, unreadable = 0;
            while (std::getline(in, line)) {
                long u = 0, v = 0;
                double w = 0;
                char c1 = 0, c2 = 0;
                std::istringstream ls(line);
                ls >> u >> c1 >> v >> c2 >> w;
                if (!ls) ++unreadable;
                sum[{std::min(u, v), std::max(u, v)}] += w;
                ++rows;
            }
            CHECK(rows == 24186);
            CHECK(unreadable == 0);
            std::size_t nonzero = 0, zero = 0, positive = 0;
            for (const auto& [k, w] : sum) {
                nonzero += w != 0;
                zero += w == 0;
                positive += w > 0;
            }
            CHECK(g.num_edges() == nonzero);
            CHECK(g.num_positive_edges() == positive);
            CHECK(g.reduction().cancelled.size() == zero);
        }
    }

    TEST_CASE("GraphML and DOT export escape labels") {
        const kzsec::signed_graph g = kzsec::signed_graph::from_labelled_edges(
            std::vector<kzsec::labelled_edge>{{"a<&>\"'", "b c", 0.1}, {"b c", "x\\y\"z", -2.5}});
        std::ostringstream gm;
        kzsec::write_graphml(g, gm);
        const std::string x = gm.str();
        // boost::write_graphml: keys key0 (label), key1 (sign), key2 (weight), by attr.name
        CHECK(x.find("<key id=\"key0\" for=\"node\" attr.name=\"label\" attr.type=\"string\" />") != std::string::npos);
        CHECK(x.find("<key id=\"key2\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\" />") != std::string::npos);
        CHECK(x.find("<data key=\"key0\">a&lt;&amp;&gt;&quot;&apos;</data>") != std::string::npos);
        CHECK(x.find("<data key=\"key1\">1</data>\n      <data key=\"key2\">0.1</data>") != std::string::npos);
        CHECK(x.find("<data key=\"key1\">-1</data>\n      <data key=\"key2\">-2.5</data>") != std::string::npos);
        std::ostringstream dot;
        kzsec::write_dot(g, dot);
        CHECK(dot.str().find("[label=\"x\\\\y\\\"z\"]") != std::string::npos);
        CHECK(dot.str().find("style=dashed") != std::string::npos);
        const kzsec::signed_graph bad(std::vector<std::string>{"ok", std::string("bell\x07")});
        std::ostringstream sink;
        CHECK_THROWS_AS(kzsec::write_graphml(bad, sink), kzsec::invalid_input);
        CHECK(sink.str().empty());  // nothing half-written
        // a carriage return would come back as a newline: an error too
        const kzsec::signed_graph cr(std::vector<std::string>{"a\rb"});
        CHECK_THROWS_WITH_AS(kzsec::write_graphml(cr, sink),
                             doctest::Contains("contains control character 13"), kzsec::invalid_input);
        // weights keep every digit (Boost's own property map would print 6)
        const kzsec::signed_graph third = kzsec::signed_graph::from_labelled_edges(
            std::vector<kzsec::labelled_edge>{{"node", "graph", 1.0 / 3}});
        std::ostringstream gm3, dot3;
        kzsec::write_graphml(third, gm3);
        CHECK(gm3.str().find(">0.3333333333333333</data>") != std::string::npos);
        // DOT keywords as labels stay quoted (Boost's escape_dot_string would leave them bare)
        kzsec::write_dot(third, dot3);
        CHECK(dot3.str() == "graph G {\nnode [shape=ellipse];\nn0 [label=\"node\"];\nn1 [label=\"graph\"];\n"
                            "n0--n1 [weight=0.3333333333333333, sign=1, color=\"darkgreen\", style=solid];\n}\n");
    }
}
