#include "kzsec/network.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "kzsec/detail/suggest.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"

namespace kzsec {

detail::network_state& network::edit() {
    if (s_.use_count() != 1)
        s_ = std::make_shared<detail::network_state>(*s_);
    else
        std::atomic_thread_fence(std::memory_order_acquire);  // see signed_graph::edit
    return *s_;
}

namespace {

std::string describe(const relation& r) {
    return fmt::format("{}{}{} ({}, {}-{})", r.a, r.directed ? "->" : "-", r.b, r.domain, r.years.from, r.years.to);
}

void check_years(const year_range& y, std::string_view where, std::string_view what) {
    check_year(y.from, where, fmt::format("first year of {}", what));
    check_year(y.to, where, fmt::format("last year of {}", what));
    if (y.from > y.to)
        throw invalid_input(fmt::format("[kzsec] {}: year range of {} is reversed ({} > {})", where, what, y.from,
                                        y.to));
}

bool same_key(const relation& x, const relation& y) {
    if (x.domain != y.domain || x.directed != y.directed) return false;
    if (x.directed) return x.a == y.a && x.b == y.b;
    return (x.a == y.a && x.b == y.b) || (x.a == y.b && x.b == y.a);
}

}  // namespace

network::network() : s_(std::make_shared<detail::network_state>()) {
    s_->domains = {
        {"security", "Security", "Military and security cooperation (+) or threat and conflict (-)."},
        {"economic", "Economic", "Trade, investment and economic integration (+) or economic conflict (-)."},
        {"political", "Political", "Diplomatic and political alignment (+) or political hostility (-)."},
        {"identity", "Identity", "Shared identity, language and culture (+) or identity conflict (-)."},
    };
}

void network::add_actor(actor a) {
    auto& st = edit();
    if (a.id.empty()) throw invalid_input("[kzsec] add_actor: actor id is empty");
    if (st.actor_index.contains(a.id))
        throw invalid_input(fmt::format("[kzsec] add_actor: duplicate actor id '{}'", a.id));
    for (const auto& [year, value] : a.capabilities)
        if (!std::isfinite(value))
            throw invalid_input(fmt::format("[kzsec] add_actor: capability of '{}' in {} is not finite", a.id, year));
    st.actor_index.emplace(a.id, st.actors.size());
    st.actors.push_back(std::move(a));
}

void network::add_domain(domain_info d) {
    auto& st = edit();
    if (d.id.empty()) throw invalid_input("[kzsec] add_domain: domain id is empty");
    if (has_domain(d.id)) throw invalid_input(fmt::format("[kzsec] add_domain: duplicate domain id '{}'", d.id));
    st.domains.push_back(std::move(d));
}

void network::set_domain(domain_info d) {
    auto& st = edit();
    if (d.id.empty()) throw invalid_input("[kzsec] set_domain: domain id is empty");
    for (auto& x : st.domains)
        if (x.id == d.id) {
            x = std::move(d);
            return;
        }
    st.domains.push_back(std::move(d));
}

bool network::has_actor(std::string_view id) const noexcept {
    const auto& st = *s_;
    return st.actor_index.find(id) != st.actor_index.end();
}

const actor& network::get_actor(std::string_view id) const {
    const auto& st = *s_;
    return st.actors[actor_index(id)];
}

std::size_t network::actor_index(std::string_view id) const {
    const auto& st = *s_;
    auto it = st.actor_index.find(id);
    if (it == st.actor_index.end())
        throw unknown_actor(fmt::format("[kzsec] unknown actor '{}'{}", id, kzsec::detail::did_you_mean(id, st.actors)));
    return it->second;
}

bool network::has_domain(std::string_view id) const noexcept {
    const auto& st = *s_;
    return std::any_of(st.domains.begin(), st.domains.end(), [&](const domain_info& d) { return d.id == id; });
}

void network::validate_relation(const relation& r, std::string_view where) const {
    const auto& st = *s_;
    for (const auto* id : {&r.a, &r.b})
        if (!has_actor(*id))
            throw unknown_actor(fmt::format("[kzsec] {}: unknown actor '{}' in relation {}{}", where, *id, describe(r),
                                            kzsec::detail::did_you_mean(*id, st.actors)));
    if (r.a == r.b)
        throw invalid_input(fmt::format("[kzsec] {}: relation {} links an actor to itself", where, describe(r)));
    if (!has_domain(r.domain))
        throw invalid_input(fmt::format("[kzsec] {}: unknown domain '{}' in relation {}", where, r.domain,
                                        describe(r)));
    if (!std::isfinite(r.value))
        throw invalid_input(fmt::format("[kzsec] {}: value of relation {} is not finite ({})", where, describe(r),
                                        r.value));
    if (r.value < -1.0 || r.value > 1.0)
        throw invalid_input(fmt::format("[kzsec] {}: value {} of relation {} is outside [-1, 1]", where, r.value,
                                        describe(r)));
    check_years(r.years, where, "relation " + describe(r));
}

std::string network::relation_key(const relation& r) {
    const bool swap = !r.directed && r.b < r.a;
    std::string k;
    k.reserve(r.domain.size() + r.a.size() + r.b.size() + 3);
    k += r.domain;
    k += r.directed ? '\x1e' : '\x1f';
    k += swap ? r.b : r.a;
    k += '\x1f';
    k += swap ? r.a : r.b;
    return k;
}

void network::rebuild_relation_keys() {
    auto& st = edit();
    st.relation_keys.keys.clear();
    for (std::size_t i = 0; i < st.relations.size(); ++i) st.relation_keys.keys[relation_key(st.relations[i])].push_back(i);
    st.relation_keys.valid = true;
}

void network::add_relation(relation r) {
    auto& st = edit();
    validate_relation(r, "add_relation");
    if (!st.relation_keys.valid) rebuild_relation_keys();
    auto& slot = st.relation_keys.keys[relation_key(r)];
    for (std::size_t i : slot)
        if (st.relations[i].years.overlaps(r.years))
            throw invalid_input(fmt::format("[kzsec] add_relation: relation {} overlaps relation {}", describe(r),
                                            describe(st.relations[i])));
    slot.push_back(st.relations.size());
    st.relations.push_back(std::move(r));
}

namespace {
// The first pair (i, j) of relations with the same key and intersecting years, in the
// order the quadratic scan would report it (smallest i, then smallest j < i); O(R log R).
std::optional<std::pair<std::size_t, std::size_t>> first_overlap(const std::vector<relation>& rs) {
    auto key = [&](std::size_t i) {
        const relation& r = rs[i];
        const bool swap = !r.directed && r.b < r.a;
        return std::make_tuple(std::string_view(r.domain), r.directed, std::string_view(swap ? r.b : r.a),
                               std::string_view(swap ? r.a : r.b));
    };
    std::vector<std::size_t> order(rs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const auto kx = key(x), ky = key(y);
        if (kx != ky) return kx < ky;
        if (rs[x].years.from != rs[y].years.from) return rs[x].years.from < rs[y].years.from;
        return x < y;
    });
    std::optional<std::pair<std::size_t, std::size_t>> best;
    for (std::size_t g = 0; g < order.size();) {
        std::size_t h = g + 1;
        while (h < order.size() && key(order[h]) == key(order[g])) ++h;
        if (h - g > 1) {
            // Within a key group sorted by start year, every overlapping pair is found by sweeping
            // with the members still open; groups are small (one dyad and domain).
            for (std::size_t p = g; p < h; ++p)
                for (std::size_t q = p + 1; q < h && rs[order[q]].years.from <= rs[order[p]].years.to; ++q)
                    if (same_key(rs[order[p]], rs[order[q]]) && rs[order[p]].years.overlaps(rs[order[q]].years)) {
                        const std::size_t i = std::max(order[p], order[q]), j = std::min(order[p], order[q]);
                        if (!best || i < best->first || (i == best->first && j < best->second)) best = {{i, j}};
                    }
        }
        g = h;
    }
    return best;
}
}  // namespace

void network::replace_relations(std::vector<relation> rs) {
    auto& st = edit();
    for (const auto& r : rs) validate_relation(r, "replace_relations");
    if (auto o = first_overlap(rs))
        throw invalid_input(fmt::format("[kzsec] replace_relations: relation {} overlaps relation {}",
                                        describe(rs[o->first]), describe(rs[o->second])));
    st.relations = std::move(rs);
    st.relation_keys.valid = false;
    st.relation_keys.keys.clear();
}

void network::add_relations(std::vector<relation> rs) {
    auto& st = edit();
    for (const auto& r : rs) validate_relation(r, "add_relations");
    const std::size_t old = st.relations.size();
    st.relations.reserve(old + rs.size());
    for (auto& r : rs) st.relations.push_back(std::move(r));
    if (auto o = first_overlap(st.relations)) {
        const std::string msg = fmt::format("[kzsec] add_relations: relation {} overlaps relation {}",
                                            describe(st.relations[o->first]), describe(st.relations[o->second]));
        st.relations.resize(old);  // all or nothing
        throw invalid_input(msg);
    }
    st.relation_keys.valid = false;
    st.relation_keys.keys.clear();
}

void network::add_membership(membership m) {
    auto& st = edit();
    for (const auto* id : {&m.member, &m.organisation})
        if (!has_actor(*id))
            throw unknown_actor(fmt::format("[kzsec] add_membership: unknown actor '{}' in membership {} in {}", *id,
                                            m.member, m.organisation));
    if (m.member == m.organisation)
        throw invalid_input(fmt::format("[kzsec] add_membership: '{}' cannot be a member of itself", m.member));
    check_years(m.years, "add_membership", fmt::format("membership {} in {}", m.member, m.organisation));
    for (const auto& x : st.memberships)
        if (x.member == m.member && x.organisation == m.organisation && x.years.overlaps(m.years))
            throw invalid_input(fmt::format(
                "[kzsec] add_membership: membership {} in {} ({}-{}) overlaps one for {}-{}", m.member,
                m.organisation, m.years.from, m.years.to, x.years.from, x.years.to));
    st.memberships.push_back(std::move(m));
}

void network::add_event(event e) {
    auto& st = edit();
    if (e.actors.empty())
        throw invalid_input(fmt::format("[kzsec] add_event: event '{}' ({}) names no actor", e.id, e.year));
    for (const auto& id : e.actors)
        if (!has_actor(id))
            throw unknown_actor(fmt::format("[kzsec] add_event: unknown actor '{}' in event '{}' ({})", id, e.id,
                                            e.year));
    check_year(e.year, "add_event", fmt::format("year of event '{}'", e.id));
    if (!e.domain.empty() && !has_domain(e.domain))
        throw invalid_input(fmt::format("[kzsec] add_event: unknown domain '{}' in event '{}'", e.domain, e.id));
    if (e.delta && !std::isfinite(*e.delta))
        throw invalid_input(fmt::format("[kzsec] add_event: delta of event '{}' is not finite", e.id));
    if (e.delta && (*e.delta < -2.0 || *e.delta > 2.0))
        throw invalid_input(fmt::format("[kzsec] add_event: delta {} of event '{}' is outside [-2, 2]", *e.delta,
                                        e.id));
    if (e.id.empty()) {
        std::size_t k = st.events.size() + 1;
        auto taken = [&](const std::string& id) {
            return std::any_of(st.events.begin(), st.events.end(), [&](const event& x) { return x.id == id; });
        };
        while (taken("e" + std::to_string(k))) ++k;
        e.id = "e" + std::to_string(k);
    } else if (std::any_of(st.events.begin(), st.events.end(), [&](const event& x) { return x.id == e.id; })) {
        throw invalid_input(fmt::format("[kzsec] add_event: duplicate event id '{}'", e.id));
    }
    st.events.push_back(std::move(e));
}

void network::add_metric(metric m) {
    auto& st = edit();
    if (m.name.empty()) throw invalid_input("[kzsec] add_metric: metric name is empty");
    if (!has_actor(m.a))
        throw unknown_actor(fmt::format("[kzsec] add_metric: unknown actor '{}' in metric '{}' ({})", m.a, m.name,
                                        m.year));
    if (!m.b.empty() && !has_actor(m.b))
        throw unknown_actor(fmt::format("[kzsec] add_metric: unknown actor '{}' in metric '{}' ({})", m.b, m.name,
                                        m.year));
    check_year(m.year, "add_metric", fmt::format("year of metric '{}' ({} {})", m.name, m.a, m.b));
    if (!std::isfinite(m.value))
        throw invalid_input(fmt::format("[kzsec] add_metric: value of metric '{}' ({} {} {}) is not finite", m.name,
                                        m.a, m.b, m.year));
    st.metrics.push_back(std::move(m));
}

year_range network::years() const {
    const auto& st = *s_;
    int lo = std::numeric_limits<int>::max(), hi = std::numeric_limits<int>::min();
    auto take = [&](int a, int b) {
        lo = std::min(lo, a);
        hi = std::max(hi, b);
    };
    for (const auto& r : st.relations) take(r.years.from, r.years.to);
    for (const auto& m : st.memberships) take(m.years.from, m.years.to);
    for (const auto& e : st.events) take(e.year, e.year);
    for (const auto& m : st.metrics) take(m.year, m.year);
    if (lo > hi) throw invalid_input("[kzsec] network::years: the network has no dated record");
    return {lo, hi};
}

std::vector<relation> network::relations_in(int year, std::string_view domain) const {
    const auto& st = *s_;
    std::vector<relation> out;
    for (const auto& r : st.relations)
        if (r.years.contains(year) && (domain.empty() || r.domain == domain)) out.push_back(r);
    return out;
}

std::optional<relation> network::find_relation(std::string_view a, std::string_view b, std::string_view domain,
                                               int year) const {
    const auto& st = *s_;
    const relation* directed = nullptr;
    for (const auto& r : st.relations) {
        if (r.domain != domain || !r.years.contains(year)) continue;
        if (!r.directed && ((r.a == a && r.b == b) || (r.a == b && r.b == a))) return r;
        if (r.directed && r.a == a && r.b == b && !directed) directed = &r;
    }
    if (directed) return *directed;
    return std::nullopt;
}

std::optional<double> network::value(std::string_view a, std::string_view b, std::string_view domain,
                                     int year) const {
    auto r = find_relation(a, b, domain, year);
    if (!r) return std::nullopt;
    return r->value;
}

std::vector<membership> network::memberships_in(int year) const {
    const auto& st = *s_;
    std::vector<membership> out;
    for (const auto& m : st.memberships)
        if (m.years.contains(year)) out.push_back(m);
    return out;
}

std::vector<event> network::events_in(int year) const {
    const auto& st = *s_;
    std::vector<event> out;
    for (const auto& e : st.events)
        if (e.year == year) out.push_back(e);
    return out;
}

std::vector<metric> network::metrics_in(int year, std::string_view name) const {
    const auto& st = *s_;
    std::vector<metric> out;
    for (const auto& m : st.metrics)
        if (m.year == year && (name.empty() || m.name == name)) out.push_back(m);
    return out;
}

namespace {

/// The input values of each pair of actors (i < j by actor index), by domain.
using tie_values = std::map<std::pair<std::size_t, std::size_t>, std::map<std::string, std::vector<double>>>;

/// The domains of a snapshot with their weights: `domain` alone, else the options' weights,
/// else security; each checked (known domain, finite weight).
std::map<std::string, double> snapshot_weights(const network& net, std::string_view domain, const snapshot_options& opt) {
    std::map<std::string, double> weights;
    if (!domain.empty())
        weights.emplace(std::string(domain), 1.0);
    else if (!opt.domain_weights.empty())
        weights = opt.domain_weights;
    else
        weights.emplace("security", 1.0);
    for (const auto& [d, w] : weights) {
        if (!net.has_domain(d)) throw invalid_input(fmt::format("[kzsec] snapshot: unknown domain '{}'", d));
        if (!std::isfinite(w)) throw invalid_input(fmt::format("[kzsec] snapshot: weight of domain '{}' is not finite", d));
    }
    return weights;
}

/// The values of the relations holding in `year` in the weighted domains and at least as
/// confident as the options ask, by pair and domain; marks the actors they relate.
tie_values collect_ties(const network& net, int year, const std::map<std::string, double>& weights,
                        const snapshot_options& opt, std::vector<char>& related) {
    tie_values ties;
    for (const auto& r : net.relations()) {
        if (!r.years.contains(year)) continue;
        auto wit = weights.find(r.domain);
        if (wit == weights.end()) continue;
        if (static_cast<int>(r.conf) > static_cast<int>(opt.min_confidence)) continue;
        std::size_t i = net.actor_index(r.a), j = net.actor_index(r.b);
        related[i] = related[j] = 1;
        if (i > j) std::swap(i, j);
        ties[{i, j}][r.domain].push_back(r.value);
    }
    return ties;
}

/// The actors that become vertices, in vertex order: the options' list, else every actor (or
/// every related one, as the options say).
std::vector<std::size_t> snapshot_actors(const network& net, const snapshot_options& opt, const std::vector<char>& related) {
    std::vector<std::size_t> vertices;
    if (!opt.actors.empty()) {
        for (const auto& id : opt.actors) vertices.push_back(net.actor_index(id));
    } else {
        for (std::size_t i = 0; i < net.actors().size(); ++i)
            if (opt.vertices == snapshot_vertices::all || related[i]) vertices.push_back(i);
    }
    return vertices;
}

/// The vertex of each actor (SIZE_MAX if none) and the vertices' labels; throws for an actor
/// listed twice.
std::vector<std::size_t> vertex_positions(const network& net, const std::vector<std::size_t>& vertices,
                                          std::vector<std::string>& labels) {
    const auto& actors = net.actors();
    std::vector<std::size_t> pos(actors.size(), SIZE_MAX);
    for (std::size_t k = 0; k < vertices.size(); ++k) {
        if (pos[vertices[k]] != SIZE_MAX)
            throw invalid_input(fmt::format("[kzsec] snapshot: actor '{}' listed twice", actors[vertices[k]].id));
        pos[vertices[k]] = k;
        labels.push_back(actors[vertices[k]].id);
    }
    return pos;
}

/// The domains in which each organisation has a tie this year.
std::map<std::size_t, std::set<std::string>> organisation_domains(const network& net, const tie_values& ties) {
    std::map<std::size_t, std::set<std::string>> org_domains;
    for (const auto& [pair, by_domain] : ties)
        for (std::size_t x : {pair.first, pair.second})
            if (net.actors()[x].kind == actor_kind::organisation)
                for (const auto& kv : by_domain) org_domains[x].insert(kv.first);
    return org_domains;
}

/// The membership ties of `year` between two vertices, member and an organisation with ties,
/// whose status has a non-zero value in the options: (member, organisation) -> (value, status),
/// the largest value if the pair is listed twice (the network's memberships, then the extra ones).
std::map<std::pair<std::size_t, std::size_t>, std::pair<double, std::string>> chosen_memberships(
    const network& net, int year, const snapshot_options& opt, const std::vector<std::size_t>& pos,
    const std::map<std::size_t, std::set<std::string>>& org_domains) {
    std::map<std::pair<std::size_t, std::size_t>, std::pair<double, std::string>> chosen;
    auto consider = [&](const membership& m) {
        if (!m.years.contains(year)) return;
        if (static_cast<int>(m.conf) > static_cast<int>(opt.min_confidence)) return;
        const auto it = opt.membership_ties.find(m.status);
        if (it == opt.membership_ties.end() || it->second == 0.0) return;
        if (!std::isfinite(it->second))
            throw invalid_input(fmt::format("[kzsec] snapshot: membership tie value of status '{}' is not finite", m.status));
        const std::size_t mi = net.actor_index(m.member), oi = net.actor_index(m.organisation);
        if (mi == oi || pos[mi] == SIZE_MAX || pos[oi] == SIZE_MAX || !org_domains.contains(oi)) return;
        auto [slot, fresh] = chosen.try_emplace({mi, oi}, it->second, m.status);
        if (!fresh && it->second > slot->second.first) slot->second = {it->second, m.status};
    };
    for (const auto& m : net.memberships()) consider(m);
    for (const auto& m : opt.extra_memberships) consider(m);
    return chosen;
}

/// Membership ties: organisation (a vertex) - member (a vertex), in the domains in which the
/// organisation has a relation this year; one tie per pair (the largest value if listed twice).
/// Under `error`, a membership tie only fills a pair without a relation in the domain. Adds
/// them to `ties` and lists them in the report.
void add_membership_ties(const network& net, int year, const snapshot_options& opt, const std::vector<std::size_t>& pos,
                         tie_values& ties, reduction_report& rep) {
    auto org_domains = organisation_domains(net, ties);
    for (const auto& [key, val] : chosen_memberships(net, year, opt, pos, org_domains)) {
        const auto [mi, oi] = key;
        const std::pair<std::size_t, std::size_t> pair{std::min(mi, oi), std::max(mi, oi)};
        for (const auto& d : org_domains[oi]) {
            auto& values = ties[pair][d];
            if (opt.symmetrize == symmetrize_rule::error && !values.empty()) continue;
            values.push_back(val.first);
            rep.membership_ties.push_back({pos[mi], pos[oi], val.second, val.first, d});
        }
    }
}

}  // namespace

signed_graph network::snapshot(int year, std::string_view domain, const snapshot_options& opt) const {
    const auto& st = *s_;
    const std::map<std::string, double> weights = snapshot_weights(*this, domain, opt);
    std::vector<char> related(st.actors.size(), 0);
    tie_values ties = collect_ties(*this, year, weights, opt, related);
    std::vector<std::string> labels;
    const std::vector<std::size_t> pos = vertex_positions(*this, snapshot_actors(*this, opt, related), labels);

    signed_graph g(std::move(labels));
    reduction_report rep;
    rep.rule = opt.symmetrize;
    if (!opt.membership_ties.empty()) add_membership_ties(*this, year, opt, pos, ties, rep);

    // one edge per pair of vertices: each domain's values reduced by the rule, weighted and summed
    for (const auto& [pair, by_domain] : ties) {
        const std::size_t u = pos[pair.first], v = pos[pair.second];
        if (u == SIZE_MAX || v == SIZE_MAX) continue;
        double total = 0.0;
        std::vector<double> parts;
        for (const auto& [d, values] : by_domain) {
            rep.input_ties += values.size();
            if (values.size() > 1) {
                ++rep.merged_pairs;
                if (opt.symmetrize == symmetrize_rule::error)
                    throw invalid_input(fmt::format(
                        "[kzsec] snapshot: {} relations between '{}' and '{}' in domain '{}' in {} "
                        "(symmetrize='error')",
                        values.size(), st.actors[pair.first].id, st.actors[pair.second].id, d, year));
            }
            const double vd = reduce_ties(opt.symmetrize, values);  // the rule of signed_graph::from_edges
            parts.push_back(weights.at(d) * vd);
            total += weights.at(d) * vd;
        }
        if (total == 0.0)
            rep.cancelled.push_back({u, v, parts});
        else
            boost::add_edge(u, v, edge_props{total}, g.edit().g);
    }
    g.edit().report = std::move(rep);
    return g;
}

std::pair<Eigen::MatrixXd, std::vector<std::string>> network::adjacency(int year, std::string_view domain,
                                                                        const snapshot_options& opt) const {
    auto g = snapshot(year, domain, opt);
    return {g.adjacency(), g.labels()};
}

}  // namespace kzsec
