// Tests of the user-facing helpers of long runs and error messages: the progress
// and cancel hooks of scenario::monte_carlo and world::build_world, and the
// "did you mean" suggestions of unknown-actor errors (detail/suggest.hpp).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <kzsec/datasets.hpp>
#include <kzsec/detail/suggest.hpp>
#include <kzsec/errors.hpp>
#include <kzsec/hedging.hpp>
#include <kzsec/hedging_rank.hpp>
#include <kzsec/report.hpp>
#include <kzsec/scenario.hpp>
#include <kzsec/world.hpp>

using namespace kzsec;
namespace sc = kzsec::scenario;

TEST_CASE("edit_distance: textbook values, case ignored, adjacent transposition counts 1") {
    using detail::edit_distance;
    CHECK(edit_distance("kitten", "sitting") == 3);  // Levenshtein's classic example
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("KAZ", "kaz") == 0);
    CHECK(edit_distance("KZA", "KAZ") == 1);        // one transposition (plain Levenshtein: 2)
    CHECK(edit_distance("flaw", "lawn") == 2);
    CHECK(edit_distance("KZ", "KAZ") == 1);
}

TEST_CASE("nearest_ids and did_you_mean") {
    const std::vector<std::string> ids = {"KAZ", "KGZ", "RUS", "CHN", "USA", "UZB", "TKM"};
    // "KZ" is one insertion from KAZ and from KGZ, two from UZB: the two nearest, alphabetical on ties
    CHECK(detail::nearest_ids("KZ", ids) == std::vector<std::string>{"KAZ", "KGZ"});
    CHECK(detail::did_you_mean("KZ", ids) == "; did you mean 'KAZ' or 'KGZ'?");
    CHECK(detail::did_you_mean("rus", ids) == "; did you mean 'RUS'?");
    CHECK(detail::did_you_mean("XXXXXX", ids).empty());
    CHECK(detail::nearest_ids("KZ", ids, 1) == std::vector<std::string>{"KAZ"});
    // one letter: only the same letter in another case ('X' is one edit from every one-letter id)
    const std::vector<std::string> letters = {"F", "P", "Q", "x"};
    CHECK(detail::nearest_ids("X", letters) == std::vector<std::string>{"x"});
}

TEST_CASE("unknown actors name the nearest known ids (hedging, report, network)") {
    const auto net = datasets::kazakhstan();
    auto message = [](auto&& f) {
        try {
            f();
        } catch (const unknown_actor& e) {
            return std::string(e.what());
        }
        return std::string("no exception");
    };
    const auto h = message([&] { (void)hedging::profile(net, "KZ", {"RUS", "CHN"}, 2014); });
    CHECK(h.find("unknown actor 'KZ'") != std::string::npos);
    CHECK(h.find("did you mean 'KAZ'") != std::string::npos);
    report::report_options ro;
    ro.focal = "KZ";
    ro.rivals = {"RUS", "CHN"};
    const auto r = message([&] { (void)report::make_report(net, ro); });
    CHECK(r.find("unknown focal actor 'KZ'; did you mean 'KAZ'") != std::string::npos);
    const auto n = message([&] { (void)net.get_actor("rus"); });
    CHECK(n.find("did you mean 'RUS'") != std::string::npos);
}

TEST_CASE("monte_carlo: progress calls, the same results with a hook, cancel") {
    const auto net = datasets::kazakhstan();
    sc::mc_options o;
    o.draws = 1000;
    o.block_size = 50;  // 20 blocks
    o.threads = 2;
    const auto plain = sc::monte_carlo(net, "KAZ", {"RUS", "CHN"}, {2008, 2014}, o);

    std::vector<std::pair<std::size_t, std::size_t>> calls;
    o.progress = [&](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
        return true;
    };
    const auto hooked = sc::monte_carlo(net, "KAZ", {"RUS", "CHN"}, {2008, 2014}, o);
    REQUIRE(calls.size() >= 2);
    CHECK(calls.front() == std::pair<std::size_t, std::size_t>{0, 1000});
    CHECK(calls.back() == std::pair<std::size_t, std::size_t>{1000, 1000});
    for (std::size_t i = 1; i < calls.size(); ++i) {
        CHECK(calls[i].first >= calls[i - 1].first);
        CHECK(calls[i].second == 1000);
    }
    // the hook does not change a number (NaN cells compare as NaN)
    auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])))) return false;
        return true;
    };
    REQUIRE(!plain.summary.mean.empty());
    CHECK(same(hooked.summary.mean, plain.summary.mean));
    CHECK(same(hooked.summary.sd, plain.summary.sd));
    CHECK(hooked.categories.count == plain.categories.count);

    // cancel after the third call: the run stops early and throws cancelled
    o.threads = 1;  // every block on the calling thread: the calls are 0, 50, 100, ...
    std::size_t n = 0, last_done = 0;
    o.progress = [&](std::size_t done, std::size_t) {
        last_done = done;
        return ++n < 3;
    };
    CHECK_THROWS_AS(sc::monte_carlo(net, "KAZ", {"RUS", "CHN"}, {2008, 2014}, o), cancelled);
    CHECK(n == 3);
    CHECK(last_done == 100);

    // an exception from the hook propagates (the Python bindings raise KeyboardInterrupt this way)
    o.progress = [](std::size_t done, std::size_t) -> bool {
        if (done > 0) throw std::runtime_error("interrupted");
        return true;
    };
    CHECK_THROWS_WITH_AS(sc::monte_carlo(net, "KAZ", {"RUS", "CHN"}, {2008, 2014}, o), "interrupted", std::runtime_error);
}

TEST_CASE("build_world: one progress call per stage, cancel between stages") {
    if (!world::has_embedded_data()) return;
    world::world_options o;
    o.first_year = 2010;
    o.last_year = 2010;
    o.actors = {"KAZ", "RUS", "CHN"};
    o.domains = {"security", "economic"};
    o.capabilities = false;
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    o.progress = [&](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
        return true;
    };
    const auto net = datasets::world(o);
    // stages: crosswalk, security, economic, assembly = 4; calls at 0, 1, 2, 3, 4
    const std::vector<std::pair<std::size_t, std::size_t>> expected = {{0, 4}, {1, 4}, {2, 4}, {3, 4}, {4, 4}};
    CHECK(calls == expected);
    CHECK(net.actors().size() == 3);

    std::size_t n = 0;
    o.progress = [&](std::size_t, std::size_t) { return ++n < 2; };
    CHECK_THROWS_AS(datasets::world(o), cancelled);
    CHECK(n == 2);
}

TEST_CASE("make_report: progress over years, coalition draws and Monte Carlo draws; cancel") {
    const auto net = datasets::kazakhstan();
    report::report_options o;
    o.years = {2008, 2014, 2022};
    o.coalition_draws = 4;
    o.robustness_draws = 20;
    o.draws = 200;
    const auto plain = report::make_report(net, o);

    std::vector<std::pair<std::size_t, std::size_t>> calls;
    o.progress = [&](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
        return true;
    };
    const auto hooked = report::make_report(net, o);
    // total = years x (1 + coalition draws) + draws = 3 x 5 + 200
    const std::size_t total = 3 * 5 + 200;
    REQUIRE(calls.size() >= 2 + 3);
    CHECK(calls.front() == std::pair<std::size_t, std::size_t>{0, total});
    CHECK(calls.back() == std::pair<std::size_t, std::size_t>{total, total});
    for (std::size_t i = 1; i < calls.size(); ++i) {
        CHECK(calls[i].first >= calls[i - 1].first);
        CHECK(calls[i].second == total);
    }
    // each year ends at a multiple of 5; the Monte Carlo draws come after the years
    for (std::size_t y = 1; y <= 3; ++y)
        CHECK(std::count(calls.begin(), calls.end(), std::pair<std::size_t, std::size_t>{5 * y, total}) >= 1);
    CHECK(std::any_of(calls.begin(), calls.end(), [&](const auto& c) { return c.first > 15 && c.first < total; }));
    // the hook changes no number
    CHECK(report::to_json(hooked) == report::to_json(plain));

    // cancel at the first call past the first year: make_report throws cancelled naming the step
    std::size_t last = 0;
    o.progress = [&](std::size_t done, std::size_t) {
        last = done;
        return done < 5;
    };
    try {
        (void)report::make_report(net, o);
        FAIL("no exception");
    } catch (const cancelled& e) {
        CHECK(std::string(e.what()).find("report: cancelled by the progress callback after 5 of 215 steps") !=
              std::string::npos);
    }
    CHECK(last == 5);
    // cancel during the Monte Carlo draws
    o.progress = [](std::size_t done, std::size_t) { return done < 100; };
    CHECK_THROWS_AS(report::make_report(net, o), cancelled);
    // an exception from the hook propagates
    o.progress = [](std::size_t done, std::size_t) -> bool {
        if (done > 0) throw std::runtime_error("interrupted");
        return true;
    };
    CHECK_THROWS_WITH_AS(report::make_report(net, o), "interrupted", std::runtime_error);
}

TEST_CASE("hedging::rank: one progress call per actor, cancel") {
    const auto net = datasets::kazakhstan();
    hedging::rank_options o;
    o.profile.robustness_draws = 10;
    o.min_observed_domains = 1;
    const auto plain = hedging::rank(net, {"RUS", "CHN"}, 2014, o);
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    o.progress = [&](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
        return true;
    };
    const auto hooked = hedging::rank(net, {"RUS", "CHN"}, 2014, o);
    // candidates: every state except the two rivals, ranked or skipped
    std::size_t states = 0;
    for (const auto& a : net.actors()) states += a.kind == actor_kind::state && a.id != "RUS" && a.id != "CHN";
    REQUIRE(states == plain.rows.size() + plain.skipped.size());
    REQUIRE(calls.size() == states + 1);
    for (std::size_t i = 0; i < calls.size(); ++i) CHECK(calls[i] == std::pair<std::size_t, std::size_t>{i, states});
    CHECK(hedging::rank_to_json(hooked) == hedging::rank_to_json(plain));

    std::size_t n = 0;
    o.progress = [&](std::size_t, std::size_t) { return ++n < 3; };
    CHECK_THROWS_WITH_AS(hedging::rank(net, {"RUS", "CHN"}, 2014, o),
                         doctest::Contains("rank: cancelled by the progress callback after 2 of"), cancelled);
    CHECK(n == 3);
}
