#include <doctest/doctest.h>

#include <kzsec/errors.hpp>
#include <kzsec/model.hpp>

using namespace kzsec;

TEST_SUITE("model") {
    TEST_CASE("enum names round-trip and reject unknown names") {
        for (auto k : {actor_kind::state, actor_kind::organisation, actor_kind::non_state})
            CHECK(parse_actor_kind(to_string(k)) == k);
        CHECK(parse_actor_kind("organization") == actor_kind::organisation);
        CHECK_THROWS_WITH_AS(parse_actor_kind("empire"),
                             "[kzsec] actor kind 'empire' is not one of 'state', 'organisation', 'non_state'",
                             invalid_input);
        for (auto c : {confidence::high, confidence::medium, confidence::low})
            CHECK(parse_confidence(to_string(c)) == c);
        CHECK_THROWS_WITH_AS(parse_confidence("certain"),
                             "[kzsec] confidence 'certain' is not one of 'high', 'medium', 'low'", invalid_input);
    }
    TEST_CASE("year ranges are inclusive") {
        year_range y{1992, 2000};
        CHECK(y.contains(1992));
        CHECK(y.contains(2000));
        CHECK_FALSE(y.contains(2001));
        CHECK(y.overlaps({2000, 2005}));
        CHECK_FALSE(y.overlaps({2001, 2005}));
    }
}
