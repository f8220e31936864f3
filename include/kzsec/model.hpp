#pragma once
/// @file model.hpp
/// @brief The records of the kzsec model: actors, domains, relations,
/// memberships, events and metrics.
///
/// These are plain aggregates (no invariants of their own); a `kzsec::network`
/// owns them and validates them when they are added or loaded.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

/// What kind of actor a node is.
enum class actor_kind : std::uint8_t {
    state,         ///< a sovereign (or de-facto) state
    organisation,  ///< an international organisation or bloc (CSTO, SCO, EU, ...)
    non_state,     ///< a non-state actor or threat (terrorism, separatist movement, quasi-state)
};

/// The names of `actor_kind` values (`to_string`, `parse_actor_kind`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<actor_kind, 5> actor_kind_table = {"actor kind", {{
    {actor_kind::state, "state"},
    {actor_kind::organisation, "organisation"},
    {actor_kind::non_state, "non_state"},
    {actor_kind::organisation, "organization"},
    {actor_kind::non_state, "non-state"},
}}};

/// How much a datum can be trusted. Used by the uncertainty analysis to set
/// the spread of its sampling distribution.
enum class confidence : std::uint8_t { high, medium, low };

/// The names of `confidence` values (`to_string`, `parse_confidence`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<confidence, 3> confidence_table = {"confidence", {{
    {confidence::high, "high"},
    {confidence::medium, "medium"},
    {confidence::low, "low"},
}}};

/// Names used in files and in Python ("state", "organisation", "non_state").
inline std::string_view to_string(actor_kind v) noexcept { return actor_kind_table.name(v); }
/// Names used in files and in Python ("high", "medium", "low").
inline std::string_view to_string(confidence v) noexcept { return confidence_table.name(v); }
/// Parses an actor kind; accepts "organization" and "non-state" as aliases.
/// @throws invalid_input on an unknown name.
inline actor_kind parse_actor_kind(std::string_view s) { return actor_kind_table.parse(s); }
/// Parses a confidence level. @throws invalid_input on an unknown name.
inline confidence parse_confidence(std::string_view s) { return confidence_table.parse(s); }

/// An inclusive range of years, `from <= to`.
struct year_range {
    int from = 0;  ///< first year (inclusive)
    int to = 0;    ///< last year (inclusive)
    bool contains(int year) const noexcept { return from <= year && year <= to; }
    bool overlaps(const year_range& o) const noexcept { return from <= o.to && o.from <= to; }
    friend bool operator==(const year_range&, const year_range&) = default;
};

/// A node of the model: a state, an organisation or a non-state actor.
struct actor {
    std::string id;                      ///< stable id, e.g. "KAZ", "CSTO"; unique in a network
    std::string name;                    ///< display name
    actor_kind kind = actor_kind::state; ///< state, organisation or non-state actor
    std::string region;                  ///< optional region ("Central Asia")
    std::optional<bool> landlocked;      ///< optional geography flag
    std::map<int, double> capabilities;  ///< optional capability score by year (e.g. CINC)
    std::map<std::string, std::string> attributes;  ///< any user key/value
    friend bool operator==(const actor&, const actor&) = default;
};

/// The four domains every network knows.
inline constexpr std::string_view builtin_domains[] = {"security", "economic", "political", "identity"};

/// A domain (layer) of relations. Users may add their own.
struct domain_info {
    std::string id;           ///< "security", "economic", ... or a user id
    std::string name;         ///< display name
    std::string description;  ///< what the values in this domain mean
    friend bool operator==(const domain_info&, const domain_info&) = default;
};

/// A signed, weighted tie between two actors in one domain over a span of years.
///
/// `value` is on [-1, +1]: the sign is the valence (cooperation +, conflict -),
/// the magnitude the intensity. An undirected relation is symmetric; a directed
/// one (`directed == true`) goes from `a` to `b` (e.g. `a`'s dependence on `b`).
struct relation {
    std::string a;               ///< first actor id (the source if directed)
    std::string b;               ///< second actor id (the target if directed)
    std::string domain;          ///< domain id
    double value = 0.0;          ///< signed level on [-1, +1]
    bool directed = false;       ///< true for asymmetric ties
    year_range years;            ///< years the level holds (inclusive)
    confidence conf = confidence::medium;  ///< how reliable the value is
    std::string basis;           ///< how it was obtained: "article", "public", "judgement", or "a+b"
    std::string source;          ///< citation or URL(s), ';'-separated
    std::string section;         ///< where in the source (e.g. an article section)
    std::string note;            ///< free note
    friend bool operator==(const relation&, const relation&) = default;
};

/// An actor's membership (or partnership, observer status) in an organisation.
struct membership {
    std::string member;          ///< actor id of the member
    std::string organisation;    ///< actor id of the organisation (kind organisation)
    year_range years;            ///< years of membership (inclusive)
    std::string status = "member";  ///< "member", "partner", "observer", ...
    confidence conf = confidence::high;
    std::string source;
    std::string note;
    friend bool operator==(const membership&, const membership&) = default;
};

/// A dated event: a treaty, a crisis, a summit, a domestic change.
struct event {
    std::string id;                   ///< unique id within the network (generated if empty on add)
    int year = 0;                     ///< year of the event
    std::string date;                 ///< optional ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    std::vector<std::string> actors;  ///< actor ids involved (at least one)
    std::string domain;               ///< domain id, or empty for "all"
    std::string category = "event";   ///< "event", "domestic", "treaty", "crisis", ... (free)
    std::optional<double> delta;      ///< suggested change of the relation level, if any
    std::string description;          ///< what happened
    confidence conf = confidence::medium;
    std::string basis;
    std::string source;
    std::string section;
    std::string note;
    friend bool operator==(const event&, const event&) = default;
};

/// A numeric observation on one actor or a directed pair in one year:
/// a trade share, an arms-import share, a UN vote, a distance, a count.
/// Metrics are data, not signed relations, and are not part of snapshots.
struct metric {
    std::string name;       ///< e.g. "trade_share", "arms_import_share", "unga_vote"
    std::string a;          ///< actor id the metric belongs to (e.g. the importer)
    std::string b;          ///< optional partner actor id (e.g. the exporter); empty if none
    int year = 0;           ///< year of observation
    double value = 0.0;     ///< the number (finite)
    std::string unit;       ///< unit or coding ("share of KAZ total trade", "+1 yes/0 abstain/-1 no")
    std::string item;       ///< optional item id (e.g. a UN resolution symbol)
    confidence conf = confidence::medium;
    std::string basis;
    std::string source;
    std::string note;
    friend bool operator==(const metric&, const metric&) = default;
};

}  // namespace kzsec
