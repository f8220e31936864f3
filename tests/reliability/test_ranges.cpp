// Issue #13 items 4 and 7: years, horizons and draws are validated at every entry point
// against the documented limits (kzsec::min_year..max_year, kzsec::max_draws), so that no
// year loop can overflow and no draw count can wrap; edge lists whose ties add up past
// the largest double are an error, not a "cancelled" pair; the delimiter of an edge list
// is read from its first record, quotes respected. Each case failed before the fix
// (a NaN band with success, a loop running to bad_alloc, a silently dropped edge, a
// misleading column count); the expected values are worked by hand in the comments.
#include <doctest/doctest.h>

#include <climits>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <kzsec/calibration.hpp>
#include <kzsec/datasets.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/limits.hpp>
#include <kzsec/io.hpp>
#include <kzsec/network.hpp>
#include <kzsec/report.hpp>
#include <kzsec/scenario.hpp>
#include <kzsec/signed_graph.hpp>
#include <kzsec/world.hpp>

using namespace kzsec;
namespace sc = kzsec::scenario;

namespace {

std::string message_of(const auto& fn) {
    try {
        fn();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(no exception)";
}

network three_states() {
    network n;
    for (const char* id : {"KAZ", "RUS", "CHN"}) n.add_actor(actor{id, id, actor_kind::state, "", {}, {}, {}});
    relation r;
    r.a = "KAZ";
    r.b = "RUS";
    r.domain = "security";
    r.value = 0.5;
    r.years = {2000, 2010};
    n.add_relation(r);
    r.b = "CHN";
    r.value = 0.25;
    n.add_relation(r);
    return n;
}

}  // namespace

TEST_CASE("ranges: the limits themselves, at and beyond each bound") {
    CHECK_NOTHROW(check_year(1800, "t", "year"));
    CHECK_NOTHROW(check_year(2200, "t", "year"));
    CHECK_THROWS_AS(check_year(1799, "t", "year"), invalid_input);
    CHECK_THROWS_AS(check_year(2201, "t", "year"), invalid_input);
    CHECK(message_of([] { check_year(INT_MAX, "report", "year"); }) ==
          "[kzsec] report: year 2147483647 is outside the supported years 1800..2200");
    CHECK_NOTHROW(check_draws(max_draws, "t", "draws"));
    CHECK_THROWS_AS(check_draws(max_draws + 1, "t", "draws"), invalid_input);
    // -1 passed through an unsigned type is 2^64 - 1: reported as the negative number it was.
    CHECK(message_of([] { check_draws(static_cast<std::uint64_t>(-1), "monte_carlo", "draws"); }) ==
          "[kzsec] monte_carlo: draws -1 is negative");
}

TEST_CASE("ranges: a relation, membership, event or metric year outside the range is rejected") {
    network n = three_states();
    relation r = n.relations().front();
    r.years = {2011, INT_MAX};  // before: accepted, and the report's year loop overflowed
    CHECK(message_of([&] { n.add_relation(r); }).find("last year of relation") != std::string::npos);
    r.years = {INT_MIN, 1990};
    CHECK_THROWS_AS(n.add_relation(r), invalid_input);
    event e;
    e.year = 99999;
    e.actors = {"KAZ"};
    CHECK_THROWS_AS(n.add_event(e), invalid_input);
    metric m;
    m.name = "trade_share";
    m.a = "KAZ";
    m.year = -5;
    m.value = 0.1;
    CHECK_THROWS_AS(n.add_metric(m), invalid_input);
}

TEST_CASE("ranges: a network file with a year outside the range names the field") {
    std::ifstream in(std::string(KZSEC_SOURCE_DIR) + "/tests/data/network_small.json");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    const auto at = text.find("\"to\": 2013");
    REQUIRE(at != std::string::npos);  // the first relation
    text.replace(at, 10, "\"to\": 2147483647");
    const auto msg = message_of([&] { network_from_json(text, "small.json"); });
    CHECK(msg.find("small.json:/relations/0/to") != std::string::npos);
    CHECK(msg.find("year 2147483647 is outside the supported years 1800..2200") != std::string::npos);
}

TEST_CASE("ranges: monte_carlo rejects a wrapped or huge draw count instead of returning NaN bands") {
    const network n = datasets::kazakhstan();
    sc::mc_options o;
    o.draws = static_cast<std::size_t>(-1);  // before: (draws + block_size - 1) wrapped to 0 blocks, NaN, success
    CHECK_THROWS_AS(sc::monte_carlo(n, "KAZ", {"RUS", "CHN"}, {2014}, o), invalid_input);
    o.draws = 10;
    o.block_size = static_cast<std::size_t>(-1);  // the same wrap through the block size
    CHECK_THROWS_AS(sc::monte_carlo(n, "KAZ", {"RUS", "CHN"}, {2014}, o), invalid_input);
    o.block_size = 64;
    CHECK(message_of([&] { sc::monte_carlo(n, "KAZ", {"RUS", "CHN"}, {INT_MAX}, o); }).find("year 2147483647") !=
          std::string::npos);
    // Inside the limits it still runs: 10 draws, every band finite.
    const auto r = sc::monte_carlo(n, "KAZ", {"RUS", "CHN"}, {2014}, o);
    CHECK(r.draws == 10);
}

TEST_CASE("ranges: report, scenario horizon, calibration and world options are checked") {
    const network n = datasets::kazakhstan();
    report::report_options ro;
    ro.years = {2014};
    ro.draws = static_cast<std::size_t>(-1);
    CHECK(message_of([&] { report::make_report(n, ro); }) == "[kzsec] report: draws -1 is negative");
    ro.draws = 0;
    ro.coalition_draws = max_draws + 1;
    CHECK_THROWS_AS(report::make_report(n, ro), invalid_input);
    ro.coalition_draws = 0;
    ro.robustness_draws = -1;
    CHECK_THROWS_AS(report::make_report(n, ro), invalid_input);

    sc::scenario s;
    s.name = "far";
    s.horizon = INT_MAX;  // before: edits ran to 2^31 - 1
    sc::edit e;
    e.kind = sc::edit_kind::extend;
    e.year = 2024;
    s.edits.push_back(e);
    CHECK(message_of([&] { sc::apply(n, s); }).find("horizon 2147483647 is outside the supported years") !=
          std::string::npos);

    report::calibration_options co;
    co.last_year = INT_MAX;
    CHECK_THROWS_AS(report::calibration(n, n, co), invalid_input);

    world::world_options wo;
    wo.last_year = INT_MAX;
    CHECK_THROWS_AS(world::build_world(world::sources{}, wo), invalid_input);
}

TEST_CASE("edge lists: ties adding up past the largest double are an error, not a cancelled pair") {
    const double big = std::numeric_limits<double>::max();
    const std::string text = "a,b,1.7976931348623157e308\nb,a,1.7976931348623157e308\n";
    edge_list_options o;
    o.graph.directed = true;  // a->b and b->a: two ties of one pair, reduced by 'sum'
    const auto msg = message_of([&] { read_edge_list_text(text, "big.csv", o); });
    CHECK(msg.find("big.csv") != std::string::npos);
    CHECK(msg.find("add up past the largest double") != std::string::npos);
    // Under 'max' the pair keeps one tie of weight DBL_MAX (nothing overflows).
    o.graph.symmetrize = symmetrize_rule::max;
    const auto g = read_edge_list_text(text, "big.csv", o);
    CHECK(g.num_edges() == 1);
    CHECK(g.weight(0, 1) == big);
    CHECK(g.reduction().cancelled.empty());
}

TEST_CASE("edge lists: the delimiter comes from the first record, a quoted line break included") {
    // The first physical line is '"Republic of' (no comma): it used to be read as white-space
    // separated and fail with "expected at least 3 columns".
    const std::string text = "\"Republic of\nKazakhstan\",Russia,0.5\nRussia,China,-0.25\n";
    const auto g = read_edge_list_text(text, "q.csv");
    REQUIRE(g.num_vertices() == 3);
    CHECK(g.label(0) == "Republic of\nKazakhstan");
    CHECK(g.weight(g.index("Republic of\nKazakhstan"), g.index("Russia")) == 0.5);
    CHECK(g.weight(g.index("Russia"), g.index("China")) == -0.25);
    // A tab outside quotes still wins over a comma inside them.
    const auto t = read_edge_list_text("\"x,y\"\tz\t1\n", "t.tsv");
    CHECK(t.contains("x,y"));
}
