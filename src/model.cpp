#include "kzsec/model.hpp"

#include <fmt/format.h>

#include "kzsec/errors.hpp"

namespace kzsec {

std::string_view to_string(actor_kind k) noexcept {
    switch (k) {
        case actor_kind::state: return "state";
        case actor_kind::organisation: return "organisation";
        case actor_kind::non_state: return "non_state";
    }
    return "state";
}

std::string_view to_string(confidence c) noexcept {
    switch (c) {
        case confidence::high: return "high";
        case confidence::medium: return "medium";
        case confidence::low: return "low";
    }
    return "medium";
}

actor_kind parse_actor_kind(std::string_view s) {
    if (s == "state") return actor_kind::state;
    if (s == "organisation" || s == "organization") return actor_kind::organisation;
    if (s == "non_state" || s == "non-state") return actor_kind::non_state;
    throw invalid_input(fmt::format(
        "[kzsec] actor kind '{}' is not one of 'state', 'organisation', 'non_state'", s));
}

confidence parse_confidence(std::string_view s) {
    if (s == "high") return confidence::high;
    if (s == "medium") return confidence::medium;
    if (s == "low") return confidence::low;
    throw invalid_input(fmt::format("[kzsec] confidence '{}' is not one of 'high', 'medium', 'low'", s));
}

}  // namespace kzsec
