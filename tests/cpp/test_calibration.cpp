// Calibration of judgement codings against the world network (calibration.hpp):
// Spearman's rho by hand, the rules on small networks, and the table of the
// Kazakhstan dataset in docs/dataset.md, which this test generates: run with
// KZSEC_UPDATE_GOLDEN=1 to rewrite the block between the calibration markers;
// otherwise the test fails if the block is stale (the dataset changes, the
// docs follow).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "kzsec/calibration.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/world.hpp"
#include "test_support.hpp"

namespace kr = kzsec::report;

namespace {

using kzsec_test::slurp;

kzsec::relation rel(std::string a, std::string b, std::string d, double v, int from, int to, bool directed = false) {
    kzsec::relation r;
    r.a = std::move(a);
    r.b = std::move(b);
    r.domain = std::move(d);
    r.value = v;
    r.years = {from, to};
    r.directed = directed;
    r.basis = "judgement";
    r.source = "test";
    return r;
}

kzsec::network with_states(std::initializer_list<const char*> ids) {
    kzsec::network n;
    for (auto id : ids) n.add_actor({id, id, kzsec::actor_kind::state, "", {}, {}, {}});
    return n;
}

}  // namespace

TEST_SUITE("calibration") {

TEST_CASE("Spearman's rho with ties (mid-ranks), by hand") {
    CHECK(kr::midranks({3, 1, 2}) == std::vector<double>{3, 1, 2});
    CHECK(kr::midranks({1, 2, 2, 3}) == std::vector<double>{1, 2.5, 2.5, 4});
    CHECK(kr::spearman({1, 2, 3, 4}, {10, 20, 30, 40}) == doctest::Approx(1.0));
    CHECK(kr::spearman({1, 2, 3, 4}, {4, 3, 2, 1}) == doctest::Approx(-1.0));
    // x ranks 1 2.5 2.5 4, y ranks 1 2 3 4: Pearson of the ranks = 4.5 / sqrt(4.5 * 5) = 0.948683
    CHECK(kr::spearman({1, 2, 2, 3}, {1, 2, 3, 4}) == doctest::Approx(0.9486832981));
    CHECK(std::isnan(kr::spearman({1, 1, 1}, {1, 2, 3})));
    CHECK(std::isnan(kr::spearman({1}, {1})));
    CHECK_THROWS_AS(kr::spearman({1, 2}, {1}), kzsec::invalid_input);
}

TEST_CASE("rows, absence as zero in security only, directed economic read a -> b, source spans") {
    auto j = with_states({"KAZ", "RUS", "CHN"});
    j.add_actor({"CSTO", "CSTO", kzsec::actor_kind::organisation, "", {}, {}, {}});
    j.add_relation(rel("KAZ", "RUS", "security", 0.8, 1992, 2020));
    j.add_relation(rel("KAZ", "CHN", "security", 0.3, 1992, 2020));
    j.add_relation(rel("KAZ", "CSTO", "security", 0.7, 1992, 2020));  // not a state: not compared
    j.add_relation(rel("KAZ", "RUS", "economic", 0.6, 2000, 2001));
    j.add_relation(rel("KAZ", "CHN", "economic", 0.4, 2000, 2001));
    j.add_relation(rel("KAZ", "RUS", "political", 0.5, 2000, 2000));
    auto w = with_states({"KAZ", "RUS", "CHN"});
    w.add_relation(rel("KAZ", "RUS", "security", 0.9, 1992, 2020));     // CHN: no relation = observed 0
    w.add_relation(rel("KAZ", "RUS", "economic", 0.30, 2000, 2001, true));
    w.add_relation(rel("RUS", "KAZ", "economic", 0.01, 2000, 2001, true));  // the other direction: not read
    w.add_relation(rel("KAZ", "CHN", "economic", 0.10, 2000, 2000, true));  // 2001 missing: unmatched
    kr::calibration_options o;
    o.first_year = 2000;
    o.last_year = 2020;
    const auto c = kr::calibration(j, w, o);
    REQUIRE(c.domains.size() == 3);
    const auto& sec = c.domains[0];
    CHECK(sec.domain == "security");
    CHECK(sec.rows == 2 * 19);  // 2000-2018 (ATOP ends), two dyads
    CHECK(sec.dyads == 2);
    CHECK(sec.unmatched == 0);
    CHECK(sec.spearman == doctest::Approx(1.0));
    const auto& eco = c.domains[2];
    CHECK(eco.rows == 3);
    CHECK(eco.unmatched == 1);
    CHECK(eco.spearman == doctest::Approx(1.0));
    for (const auto& r : c.rows)
        if (r.domain == "economic" && r.b == "RUS") CHECK(r.data == doctest::Approx(0.30));
    const auto& pol = c.domains[1];
    CHECK(pol.rows == 0);
    CHECK(pol.unmatched == 1);
    CHECK(std::isnan(pol.spearman));
    // percentile ranks: CHN (0.3 / 0) lowest on both sides
    for (const auto& r : c.rows)
        if (r.domain == "security") {
            CHECK(r.difference == doctest::Approx(0.0));
            CHECK(r.data_rank == doctest::Approx(r.b == "RUS" ? (19 + 1 + 38) / 2.0 / 37.0 - 1.0 / 37.0 : 9.0 / 37.0));
        }
    CHECK_THROWS_AS(kr::calibration(j, w, [] {
                        kr::calibration_options x;
                        x.domains = {"institutional"};
                        return x;
                    }()),
                    kzsec::invalid_input);
    const auto js = nlohmann::json::parse(kr::calibration_to_json(c));
    CHECK(js["format"] == "kzsec-calibration");
    CHECK(js["rows"].size() == c.rows.size());
    CHECK(js["domains"][1]["spearman"].is_null());
    CHECK(kr::calibration_to_csv(c).rfind("a,b,domain,year,judgement,", 0) == 0);
}

TEST_CASE("a disagreement is listed with its dyad, years and sign") {
    auto j = with_states({"KAZ", "RUS", "CHN", "USA"});
    j.add_relation(rel("KAZ", "RUS", "political", 0.7, 2000, 2004));
    j.add_relation(rel("KAZ", "CHN", "political", 0.5, 2000, 2004));
    j.add_relation(rel("KAZ", "USA", "political", 0.1, 2000, 2004));
    auto w = with_states({"KAZ", "RUS", "CHN", "USA"});
    w.add_relation(rel("KAZ", "RUS", "political", 0.6, 2000, 2004));
    w.add_relation(rel("KAZ", "CHN", "political", 0.8, 2000, 2004));
    w.add_relation(rel("KAZ", "USA", "political", -0.2, 2000, 2004));
    kr::calibration_options o;
    o.domains = {"political"};
    o.first_year = 2000;
    o.last_year = 2004;
    o.top = 2;
    const auto c = kr::calibration(j, w, o);
    const auto& d = c.domains.at(0);
    CHECK(d.rows == 15);
    CHECK(d.spearman_within_year == doctest::Approx(0.5));  // RUS and CHN swapped in every year
    CHECK(d.years_within == 5);
    REQUIRE(d.largest.size() == 2);
    CHECK(std::abs(d.largest[0].mean_difference) == doctest::Approx(std::abs(d.largest[1].mean_difference)));
    for (const auto& g : d.largest) {
        CHECK((g.b == "RUS" || g.b == "CHN"));
        CHECK((g.b == "RUS") == (g.mean_difference > 0));  // Russia coded above China, voting below
        CHECK(g.first_year == 2000);
        CHECK(g.last_year == 2004);
        CHECK(g.years == 5);
    }
    CHECK(kr::calibration_to_markdown(c).find("| political | KAZ-RUS | 2000-2004 |") != std::string::npos);
}

TEST_CASE("the Kazakhstan codings against the record (docs/dataset.md is generated here)") {
    if (!kzsec::world::has_embedded_data()) {
        MESSAGE("library built without the world data: skipped");
        return;
    }
    const auto c = kr::calibration();
    REQUIRE(c.domains.size() == 3);
    for (const auto& d : c.domains) {
        CHECK(d.rows > 100);
        CHECK(!std::isnan(d.spearman));
    }
    // the known disagreement of the issue: Russia coded above China politically, against the UN votes
    bool rus_pol = false;
    for (const auto& g : c.domains[1].largest) rus_pol |= (g.b == "RUS" && g.mean_difference > 0);
    CHECK_MESSAGE(rus_pol, "KAZ-RUS political is no longer among the largest disagreements: update docs/dataset.md");

    const std::string block = kr::calibration_to_markdown(c);
    const std::string in_docs = kzsec_test::generated_block(
        kzsec_test::source_dir() / "docs/dataset.md",
        "<!-- calibration:begin (generated by tests/cpp/test_calibration.cpp) -->\n", "<!-- calibration:end -->", block);
    CHECK_MESSAGE(in_docs == block,
                  "the calibration table in docs/dataset.md is stale (KZSEC_UPDATE_GOLDEN=1 rewrites it)");
}

}  // TEST_SUITE
