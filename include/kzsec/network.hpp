#pragma once
/// @file network.hpp
/// @brief `kzsec::network`: the IR model — actors, domains, relations over
/// time, memberships, events and metrics — and its yearly snapshots as
/// signed graphs.
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Eigen/Core>

#include "kzsec/model.hpp"
#include "kzsec/signed_graph.hpp"
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

/// Free-text description of a network (title, citation, licence).
struct network_metadata {
    std::string title;
    std::string description;
    std::string citation;
    std::string license;
    std::map<std::string, std::string> extra;  ///< any other key/value
    friend bool operator==(const network_metadata&, const network_metadata&) = default;
};

/// Which actors appear as vertices of a snapshot.
enum class snapshot_vertices : std::uint8_t {
    related,  ///< actors with at least one relation in the snapshot (default)
    all,      ///< every actor of the network, in network order
};

/// The names of `snapshot_vertices` values (`to_string`, `parse_snapshot_vertices`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<snapshot_vertices, 2> snapshot_vertices_table = {"snapshot vertices", {{
    {snapshot_vertices::related, "related"},
    {snapshot_vertices::all, "all"},
}}};
/// The name of `v` in `snapshot_vertices_table`. Complexity: O(1).
inline std::string_view to_string(snapshot_vertices v) noexcept { return snapshot_vertices_table.name(v); }
/// The `snapshot_vertices` value named `s` (a name of `snapshot_vertices_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline snapshot_vertices parse_snapshot_vertices(std::string_view s) { return snapshot_vertices_table.parse(s); }


/// Options of `network::snapshot`.
struct snapshot_options {
    /// Domain weights alpha_d: the tie weight is sum_d alpha_d * v_d(i, j) over the
    /// domains listed; a domain without a relation for the pair contributes 0.
    /// Weights that sum to 1 give a weighted mean in which a missing domain counts 0.
    /// Empty means `{{"security", 1}}` unless a domain is passed to `snapshot`.
    std::map<std::string, double> domain_weights;
    /// How directed relations (and a pair with relations in both directions)
    /// are reduced to one undirected tie; `sum` adds them (KONECT convention).
    symmetrize_rule symmetrize = symmetrize_rule::sum;
    snapshot_vertices vertices = snapshot_vertices::related;
    /// If not empty: only these actor ids, in this order (all of them appear,
    /// related or not). @throws unknown_actor for an id not in the network.
    std::vector<std::string> actors;
    /// Skip relations whose confidence is lower than this.
    confidence min_confidence = confidence::low;
    /// Membership ties: value of the positive tie added between an organisation that is a vertex of
    /// the snapshot and each of its members (in that year) that is a vertex too, by membership status;
    /// a status not listed, or a value 0, adds nothing; an empty map turns the ties off. The tie is
    /// added in every domain of the snapshot in which the organisation has a relation that year
    /// ("where it carries alignment"), as one more input tie of the pair, and reduced with the pair's
    /// other ties by `symmetrize` (with `sum` it adds to a coded relation; with `error` it is added only
    /// where the pair has no relation in the domain). Default: member 0.5 (a
    /// moderate tie, below the alliance threshold 0.675 of hedging::classify, so membership alone
    /// never makes an alliance); partner, observer, associate and participant 0 (no commitment of
    /// mutual support; the dataset codes partnerships, e.g. NATO's Partnership for Peace, as
    /// relations). Listed in `reduction().membership_ties`. docs/balance.md#memberships-as-ties-snapshots.
    std::map<std::string, double> membership_ties = {{"member", 0.5}};
    /// Memberships used in addition to the network's (e.g. ones a dataset lacks); same rules.
    std::vector<membership> extra_memberships;
};

namespace detail {
/// The data of a `network`, shared by copies until one of them is modified (copy-on-write).
struct network_state {
    std::vector<actor> actors;
    std::vector<domain_info> domains;
    std::vector<relation> relations;
    std::vector<membership> memberships;
    std::vector<event> events;
    std::vector<metric> metrics;
    std::map<std::string, std::size_t, std::less<>> actor_index;
    /// relation key -> positions in `relations` (rebuilt lazily by the modifying calls)
    struct relation_key_cache {
        bool valid = true;
        std::unordered_map<std::string, std::vector<std::size_t>> keys;
    } relation_keys;
    /// The data compared (the key cache is derived from `relations`).
    friend bool operator==(const network_state& x, const network_state& y) {
        return x.actors == y.actors && x.domains == y.domains && x.relations == y.relations &&
               x.memberships == y.memberships && x.events == y.events && x.metrics == y.metrics;
    }
};
}  // namespace detail

/// The validation rules applied on `add_*` and on load.
///
/// An overlap is two relations with the same actors (unordered if undirected,
/// ordered if directed), the same domain and intersecting year ranges.
class network {
public:
    /// A network with the four built-in domains and nothing else.
    network();
    /// O(1): shares the data until one side is modified (copy-on-write; the metadata is copied).
    network(const network&) = default;
    network& operator=(const network&) = default;
    /// Shares the data of `other` (which stays valid).
    network(network&& other) noexcept : metadata(std::move(other.metadata)), s_(other.s_) {}
    network& operator=(network&& other) noexcept {
        metadata = std::move(other.metadata);
        s_ = other.s_;
        return *this;
    }

    network_metadata metadata;  ///< free-text description

    // --- adding (each validates and throws invalid_input / unknown_actor) ---
    /// Adds an actor. @throws invalid_input on an empty or duplicate id.
    void add_actor(actor a);
    /// Adds a domain. @throws invalid_input on an empty or duplicate id.
    void add_domain(domain_info d);
    /// Adds a domain, or replaces the name and description of an existing one
    /// (used by loaders: the built-in domains may be redescribed by a file).
    /// @throws invalid_input on an empty id.
    void set_domain(domain_info d);
    /// Adds a relation. @throws unknown_actor if an endpoint is not an actor;
    /// invalid_input on a value outside [-1, 1], NaN/inf, reversed years,
    /// unknown domain, a == b, or an overlap with an existing relation.
    void add_relation(relation r);
    /// Adds a membership. @throws unknown_actor / invalid_input.
    void add_membership(membership m);
    /// Adds an event (an empty id gets "e<N>"). @throws unknown_actor / invalid_input.
    void add_event(event e);
    /// Adds a metric. @throws unknown_actor / invalid_input (non-finite value).
    void add_metric(metric m);

    /// Replaces the relations (used by scenarios); validates all of them first.
    /// @throws as `add_relation`, naming the first offending relation. Complexity: O(R log R).
    void replace_relations(std::vector<relation> rs);
    /// Appends many relations at once, validated as `add_relation` would (all or nothing).
    /// @throws as `add_relation`. Complexity: O((R + N) log(R + N)), not O(N R) as N calls of `add_relation`.
    void add_relations(std::vector<relation> rs);

    // --- lookup ---
    const std::vector<actor>& actors() const noexcept { return s_->actors; }
    const std::vector<domain_info>& domains() const noexcept { return s_->domains; }
    const std::vector<relation>& relations() const noexcept { return s_->relations; }
    const std::vector<membership>& memberships() const noexcept { return s_->memberships; }
    const std::vector<event>& events() const noexcept { return s_->events; }
    const std::vector<metric>& metrics() const noexcept { return s_->metrics; }

    bool has_actor(std::string_view id) const noexcept;
    /// @throws unknown_actor.
    const actor& get_actor(std::string_view id) const;
    /// Position of an actor in `actors()`. @throws unknown_actor.
    std::size_t actor_index(std::string_view id) const;
    bool has_domain(std::string_view id) const noexcept;

    /// First and last year covered by any relation, membership, event or metric.
    /// @throws invalid_input if the network has no dated record.
    year_range years() const;

    // --- what holds in a year ---
    /// Relations holding in `year`, optionally restricted to one domain.
    std::vector<relation> relations_in(int year, std::string_view domain = {}) const;
    /// The relation between a and b in `domain` in `year`, if any (undirected
    /// relations match either order; directed ones only a -> b).
    std::optional<relation> find_relation(std::string_view a, std::string_view b,
                                          std::string_view domain, int year) const;
    /// The value of that relation, or `std::nullopt`.
    std::optional<double> value(std::string_view a, std::string_view b, std::string_view domain,
                                int year) const;
    std::vector<membership> memberships_in(int year) const;
    std::vector<event> events_in(int year) const;
    std::vector<metric> metrics_in(int year, std::string_view name = {}) const;

    // --- graphs ---
    /// The signed graph of `year` in one domain (or with `opt.domain_weights`
    /// if `domain` is empty).
    ///
    /// Definition: for each pair {i, j} and each domain d with weight alpha_d,
    /// the ties holding in `year` (an undirected relation, and directed ones
    /// i->j, j->i) are reduced to one value v_d(i, j) by `opt.symmetrize`; the
    /// edge weight is w_ij = sum_d alpha_d v_d(i, j). Pairs with ties whose
    /// combination is exactly 0 have no edge and are listed in
    /// `reduction().cancelled` (weights: the per-domain values times alpha_d).
    /// @throws invalid_input for an unknown domain; unknown_actor for an unknown id in `opt.actors`.
    /// Complexity: O(R log R) for R relations.
    signed_graph snapshot(int year, std::string_view domain = {}, const snapshot_options& opt = {}) const;
    /// Signed adjacency matrix of the snapshot, with its actor order.
    std::pair<Eigen::MatrixXd, std::vector<std::string>> adjacency(int year, std::string_view domain = {},
                                                                   const snapshot_options& opt = {}) const;

    friend bool operator==(const network& x, const network& y) {
        return x.metadata == y.metadata && (x.s_ == y.s_ || *x.s_ == *y.s_);
    }

private:
    void validate_relation(const relation& r, std::string_view where) const;
    static std::string relation_key(const relation& r);
    void rebuild_relation_keys();
    /// The state for modification: copied first if another network shares it.
    detail::network_state& edit();

    std::shared_ptr<detail::network_state> s_;  ///< never null
};

}  // namespace kzsec
