// Hedging indicators, Kuik positions, strategy classification, perception
// profiles and cross-pressure. Definitions: include/kzsec/hedging.hpp and docs/hedging.md.
#include "kzsec/hedging.hpp"
#include "hedging_kernel.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "kzsec/detail/suggest.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"
#include "kzsec/scenario.hpp"

namespace kzsec::hedging {

namespace {

/// Tolerance of every threshold comparison, so that decimal data lying on a
/// threshold (0.45 - 0.35 = 0.10000000000000003) land on the inner side.
constexpr double eps = detail::hedging_eps;
const double nan = std::numeric_limits<double>::quiet_NaN();

double clamp1(double x) { return std::clamp(x, -1.0, 1.0); }

std::string f3(double x) { return fmt::format("{:.3f}", x); }

bool has_leader(const actor& org, std::string_view power) {
    auto it = org.attributes.find("leader");
    if (it == org.attributes.end()) return false;
    std::string_view s = it->second;
    while (!s.empty()) {
        auto pos = s.find(';');
        std::string_view tok = s.substr(0, pos);
        while (!tok.empty() && tok.front() == ' ') tok.remove_prefix(1);
        while (!tok.empty() && tok.back() == ' ') tok.remove_suffix(1);
        if (tok == power) return true;
        if (pos == std::string_view::npos) break;
        s.remove_prefix(pos + 1);
    }
    return false;
}

}  // namespace

// ------------------------------------------------------------------ names

affinity_spec parse_affinity_spec(std::string_view text) {
    affinity_spec s;
    if (text == "relation") return s;
    if (text.starts_with("relation:")) {
        if (const auto mode = relation_mode_table.find(text.substr(9))) {
            s.mode = *mode;
            return s;
        }
    }
    if (text == "membership") {
        s.source = affinity_source::membership;
        return s;
    }
    if (text == "un_agreement") {
        s.source = affinity_source::un_agreement;
        return s;
    }
    if (text == "trade_share" || text == "arms_import_share") {
        s.source = affinity_source::metric;
        s.metric = std::string(text);
        return s;
    }
    if (text.starts_with("metric:") && text.size() > 7) {
        s.source = affinity_source::metric;
        s.metric = std::string(text.substr(7));
        return s;
    }
    throw invalid_input(fmt::format(
        "[kzsec] parse_affinity_spec: unknown affinity source '{}' (expected relation, relation:undirected, "
        "relation:directed, membership, un_agreement, trade_share, arms_import_share or metric:<name>)",
        text));
}

std::string to_string(const affinity_spec& spec) {
    switch (spec.source) {
        case affinity_source::relation:
            return spec.mode == relation_mode::any ? "relation" : "relation:" + std::string(to_string(spec.mode));
        case affinity_source::membership: return "membership";
        case affinity_source::un_agreement: return "un_agreement";
        case affinity_source::metric: return "metric:" + spec.metric;
    }
    return "relation";
}

tilt_band classify_tilt_band(double tilt, double a_ref, double a_alt, const tilt_band_thresholds& th) {
    if (!(0.0 <= th.even && th.even <= th.slight && th.slight <= th.clear) || !std::isfinite(th.clear))
        throw invalid_input(fmt::format(
            "[kzsec] classify_tilt_band: thresholds must satisfy 0 <= even <= slight <= clear, finite "
            "(got {}, {}, {})",
            th.even, th.slight, th.clear));
    return detail::classify_tilt_band_unchecked(tilt, a_ref, a_alt, th);
}

namespace {
void validate_stance_thresholds(const stance_thresholds& th) {
    for (const auto& [name, x] : {std::pair{"hostility", th.hostility}, std::pair{"friction", th.friction},
                                  std::pair{"alliance", th.alliance}, std::pair{"partnership", th.partnership},
                                  std::pair{"engagement", th.engagement}})
        if (!std::isfinite(x) || x < 0)
            throw invalid_input(fmt::format("[kzsec] classify_stance: threshold {} must be finite and >= 0, got {}", name, x));
    if (th.friction > th.hostility)
        throw invalid_input(fmt::format("[kzsec] classify_stance: friction ({}) must be <= hostility ({})", th.friction,
                                        th.hostility));
    if (th.engagement > th.partnership)
        throw invalid_input(fmt::format("[kzsec] classify_stance: engagement ({}) must be <= partnership ({})",
                                        th.engagement, th.partnership));
}

power_stance classify_stance_unchecked(double s, double o, const stance_thresholds& th) {
    power_stance r;
    r.security = s;
    r.other = o;
    r.observed = !std::isnan(s) || !std::isnan(o);
    auto set = [&](kuik_position p, const char* rule) {
        r.position = p;
        r.rule = rule;
        return r;
    };
    if (!r.observed) return set(kuik_position::economic_pragmatism, "no_data");
    // NaN compares false, so a rule on an unobserved input does not fire.
    constexpr double e = detail::hedging_eps;
    if (s <= -th.hostility + e) return set(kuik_position::balancing, "hostile_security");
    if (s <= -th.friction + e) return set(kuik_position::indirect_balancing, "security_friction");
    if (o <= -th.friction + e) return set(kuik_position::dominance_denial, "political_friction");
    const bool ally = s >= th.alliance - e, partner = o >= th.partnership - e;
    if (ally && partner) return set(kuik_position::bandwagoning, "alliance_and_partnership");
    if (ally || partner) return set(kuik_position::limited_bandwagoning, "alliance_or_partnership");
    if (s >= th.engagement - e || o >= th.engagement - e) return set(kuik_position::binding_engagement, "engagement");
    return set(kuik_position::economic_pragmatism, "middle");
}
}  // namespace

power_stance classify_stance(double security, double other, const stance_thresholds& th) {
    validate_stance_thresholds(th);
    return classify_stance_unchecked(security, other, th);
}

double perception_profile::threat_multiplier(std::string_view actor, int year) const {
    auto y = threat_multipliers_by_year.find(year);
    if (y != threat_multipliers_by_year.end()) {
        for (const auto& [k, v] : y->second)
            if (k == actor) return v;
    }
    for (const auto& [k, v] : threat_multipliers)
        if (k == actor) return v;
    return 1.0;
}

double perception_profile::domain_salience(std::string_view domain, int year) const {
    auto y = salience_by_year.find(year);
    if (y != salience_by_year.end()) {
        for (const auto& [k, v] : y->second)
            if (k == domain) return v;
    }
    for (const auto& [k, v] : salience)
        if (k == domain) return v;
    return 1.0;
}

// ------------------------------------------------------------------ index

namespace {
/// "parent.x" whose parent domain is in the network (netted into the parent).
bool is_subdomain(const network& net, const std::string& id) {
    const auto dot = id.find('.');
    return dot != std::string::npos && dot > 0 && net.has_domain(std::string_view(id).substr(0, dot));
}
/// The network's metadata.extra["absent_is_zero"], split at commas.
std::vector<std::string> declared_absent_zero(const network& net) {
    std::vector<std::string> out;
    const auto it = net.metadata.extra.find("absent_is_zero");
    if (it == net.metadata.extra.end()) return out;
    std::string cur;
    for (char c : it->second + ",") {
        if (c == ',') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else if (c != ' ') {
            cur += c;
        }
    }
    return out;
}
}  // namespace

std::vector<std::string> default_domains(const network& net) {
    std::vector<char> has(net.domains().size(), 0);
    std::map<std::string, std::size_t, std::less<>> pos;
    for (std::size_t i = 0; i < net.domains().size(); ++i) pos.emplace(net.domains()[i].id, i);
    for (const auto& r : net.relations()) has[pos.at(r.domain)] = 1;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < net.domains().size(); ++i)
        if (has[i] && !is_subdomain(net, net.domains()[i].id)) out.push_back(net.domains()[i].id);
    return out;
}

std::vector<std::string> absent_is_zero_domains(const network& net, const profile_options& opt) {
    std::vector<std::string> out;
    if (opt.missing_as_zero) {
        for (const auto& d : net.domains()) out.push_back(d.id);
        return out;
    }
    return opt.absent_is_zero.empty() ? declared_absent_zero(net) : opt.absent_is_zero;
}

bool network_index::absent_is_zero(std::size_t d, const profile_options& opt) const {
    if (opt.missing_as_zero) return true;
    if (opt.absent_is_zero.empty()) return d < network_absent_zero_.size() && network_absent_zero_[d] != 0;
    const std::string& id = net_->domains().at(d).id;
    return std::find(opt.absent_is_zero.begin(), opt.absent_is_zero.end(), id) != opt.absent_is_zero.end();
}

std::uint64_t network_index::key(std::size_t a, std::size_t b, std::size_t d, bool directed) noexcept {
    return (static_cast<std::uint64_t>(a) << 40) ^ (static_cast<std::uint64_t>(b) << 16) ^
           (static_cast<std::uint64_t>(d) << 1) ^ static_cast<std::uint64_t>(directed);
}

network_index::network_index(const network& net) : net_(&net) {
    const auto& acts = net.actors();
    if (acts.size() >= (std::size_t{1} << 24))
        throw invalid_input("[kzsec] network_index: too many actors (limit 2^24)");
    actor_ids_.reserve(acts.size());
    for (std::size_t i = 0; i < acts.size(); ++i) actor_ids_.emplace(acts[i].id, i);
    const auto& doms = net.domains();
    for (std::size_t i = 0; i < doms.size(); ++i) domain_ids_.emplace(doms[i].id, i);
    rel_.reserve(net.relations().size());
    for (const auto& r : net.relations()) {
        std::size_t a = actor_ids_.at(r.a), b = actor_ids_.at(r.b), d = domain_ids_.at(r.domain);
        if (!r.directed && b < a) std::swap(a, b);
        rel_[key(a, b, d, r.directed)].push_back({r.years.from, r.years.to, r.value, r.conf});
        if (r.value < 0)
            for (int y = r.years.from; y <= r.years.to; ++y) negative_by_year_[y].push_back(&r);
    }
    for (auto& [k, segs] : rel_)
        std::sort(segs.begin(), segs.end(), [](const segment& x, const segment& y) { return x.from < y.from; });
    {  // default domains (default_domains) and the network's declaration of observed absences
        std::vector<char> has(doms.size(), 0);
        for (const auto& r : net.relations()) has[domain_ids_.at(r.domain)] = 1;
        for (std::size_t i = 0; i < doms.size(); ++i)
            if (has[i] && !is_subdomain(net, doms[i].id)) default_domains_.push_back(i);
        network_absent_zero_.assign(doms.size(), 0);
        for (const auto& d : declared_absent_zero(net))
            if (auto it = domain_ids_.find(d); it != domain_ids_.end()) network_absent_zero_[it->second] = 1;
    }
    memberships_of_.resize(acts.size());
    for (const auto& m : net.memberships()) memberships_of_[actor_ids_.at(m.member)].push_back(&m);
    const auto& ms = net.metrics();
    std::set<std::string> names;
    for (const auto& m : ms) names.insert(m.name);
    metric_names_.assign(names.begin(), names.end());
    std::unordered_map<std::string, std::uint32_t> items;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const auto& m = ms[i];
        const auto name = static_cast<std::uint32_t>(metric_id(m.name));
        const std::size_t a = actor_ids_.at(m.a);
        const std::size_t b = m.b.empty() ? acts.size() : actor_ids_.at(m.b);
        metric_by_key_[{name, static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), m.year}].push_back(i);
        if (!m.item.empty()) {
            auto [it, fresh] = items.emplace(m.item, static_cast<std::uint32_t>(item_names_.size()));
            if (fresh) item_names_.push_back(m.item);
            votes_by_key_[(static_cast<std::uint64_t>(name) << 32) | a].push_back({m.year, it->second, m.value});
        }
    }
    // votes of each (name, actor) sorted by year (stable: network order within a year)
    for (auto& [k, recs] : votes_by_key_)
        std::stable_sort(recs.begin(), recs.end(), [](const vote_record& x, const vote_record& y) { return x.year < y.year; });
}

std::size_t network_index::metric_key_hash::operator()(const metric_key& k) const noexcept {
    std::uint64_t h = (static_cast<std::uint64_t>(k.name) << 48) ^ (static_cast<std::uint64_t>(k.a) << 24) ^ k.b;
    h ^= static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.year)) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    return static_cast<std::size_t>(h * 0xBF58476D1CE4E5B9ULL);
}

std::ptrdiff_t network_index::metric_id(std::string_view name) const noexcept {
    const auto it = std::lower_bound(metric_names_.begin(), metric_names_.end(), name,
                                     [](const std::string& x, std::string_view y) { return x < y; });
    return it != metric_names_.end() && *it == name ? it - metric_names_.begin() : -1;
}

std::size_t network_index::actor(std::string_view id) const {
    auto it = actor_ids_.find(std::string(id));
    if (it == actor_ids_.end()) {
        std::vector<std::string> known;
        known.reserve(actor_ids_.size());
        for (const auto& kv : actor_ids_) known.push_back(kv.first);
        throw unknown_actor(fmt::format("[kzsec] hedging: unknown actor '{}'{}", id, kzsec::detail::did_you_mean(id, known)));
    }
    return it->second;
}

std::size_t network_index::domain(std::string_view id) const {
    auto it = domain_ids_.find(std::string(id));
    if (it == domain_ids_.end()) throw invalid_input(fmt::format("[kzsec] hedging: unknown domain '{}'", id));
    return it->second;
}

std::optional<std::pair<double, confidence>> network_index::value_confidence(std::size_t a, std::size_t b, std::size_t d,
                                                                             int y, relation_mode mode) const {
    auto look = [&](std::uint64_t k) -> std::optional<std::pair<double, confidence>> {
        auto it = rel_.find(k);
        if (it == rel_.end()) return std::nullopt;
        for (const auto& s : it->second) {
            if (s.from > y) break;
            if (y <= s.to) return std::pair{s.value, s.conf};
        }
        return std::nullopt;
    };
    if (mode != relation_mode::directed) {
        auto v = look(key(std::min(a, b), std::max(a, b), d, false));
        if (v || mode == relation_mode::undirected) return v;
    }
    return look(key(a, b, d, true));
}

std::optional<double> network_index::value(std::size_t a, std::size_t b, std::size_t d, int y,
                                           relation_mode mode) const {
    const auto v = value_confidence(a, b, d, y, mode);
    if (!v) return std::nullopt;
    return v->first;
}

std::optional<double> network_index::metric_mean(std::string_view name, std::size_t a, std::size_t b, int y) const {
    const std::ptrdiff_t id = metric_id(name);
    if (id < 0) return std::nullopt;
    auto it = metric_by_key_.find({static_cast<std::uint32_t>(id), static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), y});
    if (it == metric_by_key_.end() || it->second.empty()) return std::nullopt;
    double s = 0.0;
    for (auto i : it->second) s += net_->metrics()[i].value;
    return s / static_cast<double>(it->second.size());
}

std::vector<std::pair<std::uint32_t, double>> network_index::vote_items(std::string_view name, std::size_t a, int from,
                                                                         int to) const {
    std::vector<std::pair<std::uint32_t, double>> out;
    const std::ptrdiff_t id = metric_id(name);
    if (id < 0) return out;
    auto it = votes_by_key_.find((static_cast<std::uint64_t>(id) << 32) | a);
    if (it == votes_by_key_.end()) return out;
    // Records are sorted by year, so a stable sort by item keeps each item's records in year
    // order and the last of each run is the latest year (later years win).
    const auto& recs = it->second;
    auto first = std::lower_bound(recs.begin(), recs.end(), from, [](const vote_record& r, int y) { return r.year < y; });
    for (auto p = first; p != recs.end() && p->year <= to; ++p) out.emplace_back(p->item, p->value);
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::size_t w = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (w > 0 && out[w - 1].first == out[i].first) out[w - 1] = out[i];
        else out[w++] = out[i];
    }
    out.resize(w);
    return out;
}

std::map<std::string, double> network_index::votes(std::string_view name, std::size_t a, int from, int to) const {
    std::map<std::string, double> out;
    for (const auto& [item, v] : vote_items(name, a, from, to)) out.emplace(item_names_[item], v);
    return out;
}

const std::vector<const membership*>& network_index::memberships_of(std::size_t a) const { return memberships_of_.at(a); }

std::vector<const relation*> network_index::negative_relations(int y) const {
    auto it = negative_by_year_.find(y);
    return it == negative_by_year_.end() ? std::vector<const relation*>{} : it->second;
}

bool network_index::has_metric(std::string_view name) const {
    return std::binary_search(metric_names_.begin(), metric_names_.end(), name);
}

// -------------------------------------------------------------- affinity

namespace {

std::optional<double> affinity_ix(const network_index& idx, std::size_t f, std::size_t p, std::size_t d, int year,
                                  const affinity_spec& spec, const profile_options& opt) {
    const network& net = idx.net();
    switch (spec.source) {
        case affinity_source::relation: return idx.value(f, p, d, year, spec.mode);
        case affinity_source::metric: {
            auto v = idx.metric_mean(spec.metric, f, p, year);
            if (!v) return std::nullopt;
            return clamp1(spec.scale * *v);
        }
        case affinity_source::membership: {
            const std::string& power = net.actors()[p].id;
            bool any = false;
            double prod = 1.0;
            for (const membership* m : idx.memberships_of(f)) {
                if (!m->years.contains(year)) continue;
                if (!spec.organisations.empty() &&
                    std::find(spec.organisations.begin(), spec.organisations.end(), m->organisation) ==
                        spec.organisations.end())
                    continue;
                any = true;
                auto sw = opt.membership_status_weights.find(m->status);
                const double ws = sw == opt.membership_status_weights.end() ? 0.0 : sw->second;
                const actor& org = net.actors()[idx.actor(m->organisation)];
                double c = 0.0;
                if (has_leader(org, power)) {
                    c = opt.membership_leader_weight;
                } else {
                    for (const membership* pm : idx.memberships_of(p))
                        if (pm->organisation == m->organisation && pm->status == "member" &&
                            pm->years.contains(year)) {
                            c = opt.membership_co_member_weight;
                            break;
                        }
                }
                prod *= 1.0 - std::clamp(ws * c, 0.0, 1.0);
            }
            if (!any) return std::nullopt;
            return 1.0 - prod;
        }
        case affinity_source::un_agreement: {
            const std::string name = spec.metric.empty() ? std::string("unga_vote") : spec.metric;
            const auto vf = idx.vote_items(name, f, year - spec.window, year);
            const auto vp = idx.vote_items(name, p, year - spec.window, year);
            double sum = 0.0;
            int n = 0;
            for (std::size_t i = 0, j = 0; i < vf.size() && j < vp.size();) {  // both sorted by item
                if (vf[i].first < vp[j].first) {
                    ++i;
                } else if (vp[j].first < vf[i].first) {
                    ++j;
                } else {
                    sum += 1.0 - std::abs(vf[i].second - vp[j].second) / 2.0;
                    ++n;
                    ++i;
                    ++j;
                }
            }
            if (n == 0) return std::nullopt;
            const double ia = std::clamp(sum / n, 0.0, 1.0);
            return spec.signed_agreement ? 2.0 * ia - 1.0 : ia;
        }
    }
    return std::nullopt;
}

void validate_options(const network_index& idx, const profile_options& opt) {
    for (const auto& [d, w] : opt.domain_weights) {
        idx.domain(d);
        if (!std::isfinite(w) || w < 0)
            throw invalid_input(fmt::format("[kzsec] hedging: weight of domain '{}' must be finite and >= 0, got {}", d, w));
    }
    for (const auto& [d, s] : opt.sources) idx.domain(d);
    for (const auto& d : opt.absent_is_zero) idx.domain(d);
    (void)classify_tilt_band(0.0, 0.0, 0.0, opt.tilt_bands);  // validates the thresholds
    validate_stance_thresholds(opt.stance);
    if (!std::isfinite(opt.split_threshold) || opt.split_threshold < 0)
        throw invalid_input("[kzsec] hedging: split_threshold must be finite and >= 0");
    if (!std::isfinite(opt.neutral_band) || opt.neutral_band < 0)
        throw invalid_input("[kzsec] hedging: neutral_band must be finite and >= 0");
    for (const auto& [name, x] : {std::pair{"alliance_threshold", opt.alliance_threshold},
                                  std::pair{"hostility_threshold", opt.hostility_threshold},
                                  std::pair{"lean_margin", opt.lean_margin}, std::pair{"engagement_min", opt.engagement_min},
                                  std::pair{"robustness_sd_high", opt.robustness_sd_high},
                                  std::pair{"robustness_sd_medium", opt.robustness_sd_medium},
                                  std::pair{"robustness_sd_low", opt.robustness_sd_low}})
        if (!std::isfinite(x) || x < 0)
            throw invalid_input(fmt::format("[kzsec] hedging: {} must be finite and >= 0, got {}", name, x));
    if (opt.robustness_draws < 0)
        throw invalid_input(fmt::format("[kzsec] hedging: robustness_draws must be >= 0, got {}", opt.robustness_draws));
    check_draws(static_cast<std::uint64_t>(opt.robustness_draws), "hedging", "robustness_draws");
    if (opt.perception) {
        auto check = [](const std::map<std::string, double>& m, const char* what) {
            for (const auto& [k, v] : m)
                if (!std::isfinite(v) || v < 0)
                    throw invalid_input(fmt::format("[kzsec] hedging: {} of '{}' must be finite and >= 0, got {}", what, k, v));
        };
        check(opt.perception->threat_multipliers, "threat multiplier");
        check(opt.perception->salience, "salience");
        for (const auto& [y, m] : opt.perception->threat_multipliers_by_year) check(m, "threat multiplier");
        for (const auto& [y, m] : opt.perception->salience_by_year) check(m, "salience");
    }
    for (const auto& a : opt.cross_pressure_actors) idx.actor(a);
    for (const auto& d : opt.cross_pressure_domains) idx.domain(d);
}

detail::affinity_indicators compute(const std::vector<double>& a, double split_threshold) {
    return detail::compute_indicators(a.data(), a.size(), split_threshold, std::log(static_cast<double>(a.size())));
}

struct security_ties {
    double best_cs = nan;       // strongest tie to a collective-security organisation the focal belongs to
    std::string best_cs_org;
    double best_state = nan;    // strongest tie to a non-organisation actor
    std::string best_state_id;
};

security_ties find_security_ties(const network_index& idx, std::size_t f, int year, const profile_options& opt) {
    security_ties t;
    const network& net = idx.net();
    if (!net.has_domain(opt.security_domain)) return t;
    const std::size_t d = idx.domain(opt.security_domain);
    const auto& acts = net.actors();
    for (std::size_t x = 0; x < acts.size(); ++x) {
        if (x == f) continue;
        auto v = idx.value(f, x, d, year);
        if (!v) continue;
        if (acts[x].kind == actor_kind::organisation) {
            const bool listed = std::find(opt.collective_security_organisations.begin(),
                                          opt.collective_security_organisations.end(),
                                          acts[x].id) != opt.collective_security_organisations.end();
            auto at = acts[x].attributes.find("collective_security");
            const bool flagged = at != acts[x].attributes.end() && at->second == "true";
            if (!listed && !flagged) continue;
            bool member = false;
            for (const membership* m : idx.memberships_of(f))
                if (m->organisation == acts[x].id && m->status == "member" && m->years.contains(year)) member = true;
            if (!member) continue;
            if (std::isnan(t.best_cs) || *v > t.best_cs) {
                t.best_cs = *v;
                t.best_cs_org = acts[x].id;
            }
        } else if (std::isnan(t.best_state) || *v > t.best_state) {
            t.best_state = *v;
            t.best_state_id = acts[x].id;
        }
    }
    return t;
}

std::map<std::string, double> affinity_values(const std::vector<std::string>& rivals, const std::vector<double>& a,
                                              const char* prefix) {
    std::map<std::string, double> v;
    for (std::size_t i = 0; i < rivals.size(); ++i) v[std::string(prefix) + rivals[i]] = a[i];
    return v;
}

/// What the strategy rules read from one view besides the affinities: constant
/// across the robustness draws (inclusion and weights do not depend on the values).
struct rule_inputs {
    std::size_t k = 0;              // rivals
    std::vector<char> included;     // per reported domain
    std::vector<double> weight;     // per reported domain
    std::ptrdiff_t sec = -1;        // row of the security domain if reported and included, else -1
    bool declared = false;          // declared neutrality
    bool cs_primary = false;        // the collective-security rule fires
};

/// The evidence of the rules and the decision (no text): all the robustness draws recompute.
struct decision {
    strategy primary = strategy::neutrality;
    int rule = 1;                   // 1..8, docs/hedging.md
    int aligned = -1;               // rival index aligned with, or -1
    std::vector<char> ally, hostile, engaged;
    int n_ally = 0, n_hostile = 0, n_engaged = 0;
    int lean = -1;                  // rival leaned to (rule 5 evidence), or -1
    double lean_gap = 0.0;          // A_best - max of the others
    bool any_included = false, near_zero = true;
    double max_abs = 0.0;           // max |a_{d,i}| over included domains
    std::vector<double> A;          // aggregate affinities
    std::vector<double> max_aff;    // max_d a_{d,i} over included domains (-inf if none)
};

/// Clears the evidence of `out` for k rivals (no ally, hostility or engagement; aggregate 0,
/// maxima -inf; no lean; nothing included, near zero).
void reset_decision(std::size_t k, decision& out) {
    out.ally.assign(k, 0);
    out.hostile.assign(k, 0);
    out.engaged.assign(k, 0);
    out.A.assign(k, 0.0);
    out.max_aff.assign(k, -std::numeric_limits<double>::infinity());
    out.n_ally = out.n_hostile = out.n_engaged = 0;
    out.aligned = out.lean = -1;
    out.lean_gap = 0.0;
    out.any_included = false;
    out.near_zero = true;
    out.max_abs = 0.0;
}

/// The evidence of the included domains: the aggregate affinities (weighted mean, summed as in
/// `build_view`), the largest |a| and whether all are near zero, each rival's largest affinity
/// and engagement; returns the leaning of each included domain (-1 none).
std::vector<int> scan_domains(const rule_inputs& in, const double* aff, const profile_options& opt, decision& out) {
    const std::size_t k = in.k, D = in.included.size();
    double wsum = 0.0;
    std::vector<int> row_lean;
    row_lean.reserve(D);
    for (std::size_t d = 0; d < D; ++d) {
        if (!in.included[d]) continue;
        out.any_included = true;
        const double* a = aff + d * k;
        wsum += in.weight[d];
        bool nan_row = false;
        for (std::size_t i = 0; i < k; ++i) {
            out.A[i] += in.weight[d] * a[i];
            if (a[i] != a[i]) nan_row = true;
            out.max_abs = std::max(out.max_abs, std::abs(a[i]));
            if (std::abs(a[i]) > opt.neutral_band + eps) out.near_zero = false;
            if (a[i] > out.max_aff[i]) out.max_aff[i] = a[i];
            if (a[i] >= opt.engagement_min - eps) out.engaged[i] = 1;
        }
        // the domain's leaning, as compute_indicators: argmax (first on ties) with a margin > split_threshold
        row_lean.push_back(nan_row ? -1 : detail::leaning(a, k, opt.split_threshold));
    }
    for (std::size_t i = 0; i < k; ++i) {
        out.A[i] = wsum > 0 ? out.A[i] / wsum : 0.0;
        out.n_engaged += out.engaged[i];
    }
    return row_lean;
}

/// The allies and hostile rivals by the security domain's affinities (none if it is not included).
void security_evidence(const rule_inputs& in, const double* aff, const profile_options& opt, decision& out) {
    if (in.sec < 0) return;
    const double* s = aff + static_cast<std::size_t>(in.sec) * in.k;
    for (std::size_t i = 0; i < in.k; ++i) {
        if (s[i] >= opt.alliance_threshold - eps) out.ally[i] = 1, ++out.n_ally;
        if (s[i] <= -opt.hostility_threshold + eps) out.hostile[i] = 1, ++out.n_hostile;
    }
}

/// The lean: the rival whose aggregate affinity is ahead of every other's by more than
/// lean_margin, with no domain leaning elsewhere (also the gap, whether or not it leans).
void find_lean(const std::vector<int>& row_lean, const profile_options& opt, decision& out) {
    const std::size_t k = out.A.size();
    std::size_t best = 0;
    for (std::size_t i = 1; i < k; ++i)
        if (out.A[i] > out.A[best]) best = i;
    double second = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < k; ++i)
        if (i != best) second = std::max(second, out.A[i]);
    out.lean_gap = out.A[best] - second;
    bool lean = out.any_included && out.lean_gap > opt.lean_margin + eps;
    for (int l : row_lean)
        if (l >= 0 && l != static_cast<int>(best)) lean = false;
    if (lean) out.lean = static_cast<int>(best);
}

/// Rules 1-8 of docs/hedging.md on the evidence, in order: the first that fires gives the rule,
/// the primary strategy and the rival aligned with.
void apply_rules(const rule_inputs& in, decision& out) {
    const int kk = static_cast<int>(in.k);
    if (!out.any_included) {
        out.rule = 1, out.primary = strategy::no_data;
    } else if (in.cs_primary) {
        out.rule = 2, out.primary = strategy::collective_security;
    } else if (out.n_ally == 1) {
        out.rule = 3;
        out.aligned = static_cast<int>(std::find(out.ally.begin(), out.ally.end(), 1) - out.ally.begin());
        bool other_hostile = false;
        for (int i = 0; i < kk; ++i)
            if (i != out.aligned && out.hostile[static_cast<std::size_t>(i)]) other_hostile = true;
        out.primary = other_hostile ? strategy::balancing : strategy::bandwagoning;
    } else if (out.n_ally == 0 && out.n_hostile > 0 && out.n_hostile < kk) {
        out.rule = 4, out.primary = strategy::balancing;
        for (int i = 0; i < kk; ++i)
            if (!out.hostile[static_cast<std::size_t>(i)] &&
                (out.aligned < 0 || out.A[static_cast<std::size_t>(i)] > out.A[static_cast<std::size_t>(out.aligned)]))
                out.aligned = i;
    } else if (out.lean >= 0) {
        out.rule = 5, out.primary = strategy::bandwagoning, out.aligned = out.lean;
    } else if (in.declared || out.near_zero) {
        out.rule = 6, out.primary = strategy::neutrality;
    } else if (out.n_engaged == kk && out.n_hostile == 0) {
        out.rule = 7, out.primary = strategy::hedging;
    } else {
        out.rule = 8, out.primary = strategy::neutrality;
    }
}

/// Applies rules 1-8 to the affinities aff (rows of k, one per reported domain).
/// The aggregate is computed exactly as in `build_view` (same order of summation).
void decide(const rule_inputs& in, const double* aff, const profile_options& opt, decision& out) {
    reset_decision(in.k, out);
    const std::vector<int> row_lean = scan_domains(in, aff, opt, out);
    security_evidence(in, aff, opt, out);
    find_lean(row_lean, opt, out);
    apply_rules(in, out);
}

/// What the reasons of `classify` are written from: the inputs, the decision and the result
/// being filled.
struct explanation {
    const std::vector<std::string>& rivals;
    const profile_view& view;
    const rule_inputs& in;
    const profile_options& opt;
    const security_ties& sec;
    const decision& e;
    strategy_result& s;

    std::size_t k() const { return rivals.size(); }
    double state_tie() const { return std::isnan(sec.best_state) ? 0.0 : sec.best_state; }
    void add(std::string code, std::string text, std::map<std::string, double> values) const {
        s.reasons.push_back({std::move(code), std::move(text), std::move(values)});
    }
    double sec_aff(std::size_t i) const { return view.domains[static_cast<std::size_t>(in.sec)].affinity[i]; }
    void hostility_reason(const std::string& tail) const {
        std::map<std::string, double> v{{"hostility_threshold", opt.hostility_threshold}};
        std::string who;
        for (std::size_t i = 0; i < k(); ++i)
            if (e.hostile[i] && static_cast<int>(i) != e.aligned) {
                v["security_affinity:" + rivals[i]] = sec_aff(i);
                who += fmt::format("{}{} ({})", who.empty() ? "" : ", ", rivals[i], f3(sec_aff(i)));
            }
        add("hostility",
            fmt::format("hostile security tie with {} (<= -{}): balancing against the source of threat{}", who,
                        f3(opt.hostility_threshold), tail),
            std::move(v));
    }
    std::map<std::string, double> engagement_values() const {
        std::map<std::string, double> v;
        for (std::size_t i = 0; i < k(); ++i) v["max_affinity:" + rivals[i]] = e.max_aff[i];
        v["engagement_min"] = opt.engagement_min;
        return v;
    }
};

/// The reasons of the rule that decided the primary strategy. Long by design: one case per rule
/// of docs/hedging.md (1-8), in the order the rules are applied, so that the text of each rule
/// reads beside its neighbours.
void explain_rule(const explanation& x) {
    const auto& [rivals, view, in, opt, sec, e, s] = x;
    const auto& ag = view.aggregate;
    const std::size_t k = x.k();
    const double state_tie = x.state_tie();
    auto add = [&x](std::string code, std::string text, std::map<std::string, double> values) {
        x.add(std::move(code), std::move(text), std::move(values));
    };
    auto sec_aff = [&x](std::size_t i) { return x.sec_aff(i); };
    auto hostility_reason = [&x](const std::string& tail) { x.hostility_reason(tail); };
    auto engagement_values = [&x] { return x.engagement_values(); };

    switch (e.rule) {
        case 1:
            add("no_data", "no domain with data and positive weight: no alignment can be measured", {});
            break;
        case 2:
            add("collective_security_tie",
                fmt::format("strongest security tie is with the collective-security organisation {} ({}), ahead of the "
                            "strongest state tie {} ({}) by at least {}",
                            sec.best_cs_org, f3(sec.best_cs), sec.best_state_id.empty() ? "-" : sec.best_state_id,
                            f3(state_tie), f3(opt.collective_security_margin)),
                {{"organisation_tie", sec.best_cs}, {"state_tie", state_tie}, {"margin", opt.collective_security_margin}});
            break;
        case 3: {
            const auto p = static_cast<std::size_t>(e.aligned);
            add("treaty_alliance",
                fmt::format("security tie with {} is {} (>= {}): a treaty ally is aligned with {}, not a hedger", rivals[p],
                            f3(sec_aff(p)), f3(opt.alliance_threshold), rivals[p]),
                {{"security_affinity:" + rivals[p], sec_aff(p)}, {"alliance_threshold", opt.alliance_threshold}});
            if (e.primary == strategy::balancing) hostility_reason(fmt::format(", allied with {}", rivals[p]));
            break;
        }
        case 4: {
            const auto p = static_cast<std::size_t>(e.aligned);
            hostility_reason(fmt::format(" without an alliance; aligned with {}, the friendliest non-hostile rival "
                                         "(aggregate affinity {})",
                                         rivals[p], f3(e.A[p])));
            s.reasons.back().values["aggregate_affinity:" + rivals[p]] = e.A[p];
            break;
        }
        case 5: {
            const auto p = static_cast<std::size_t>(e.aligned);
            auto v = affinity_values(rivals, e.A, "aggregate_affinity:");
            v["lean_gap"] = e.lean_gap;
            v["lean_margin"] = opt.lean_margin;
            add("cross_domain_lean",
                fmt::format("aggregate affinity to {} exceeds every other rival's by {} (> {}) and no domain leans "
                            "elsewhere: bandwagoning with {}",
                            rivals[p], f3(e.lean_gap), f3(opt.lean_margin), rivals[p]),
                std::move(v));
            break;
        }
        case 6:
            if (in.declared)
                add("declared_neutrality", "the focal declares neutrality, and no alliance, hostility or lean overrides it",
                    {{"declared", 1.0}});
            if (e.near_zero)
                add("near_zero_affinities",
                    fmt::format("every affinity is within the neutral band (max |a| = {} <= {})", f3(e.max_abs),
                                f3(opt.neutral_band)),
                    {{"max_abs_affinity", e.max_abs}, {"neutral_band", opt.neutral_band}});
            break;
        case 7: {
            auto v = engagement_values();
            v["equidistance"] = ag.equidistance;
            v["hedging"] = ag.hedging;
            v["alliances"] = e.n_ally;
            add("engaged_with_all",
                fmt::format("engaged with every rival (some domain >= {}), hostile to none and aligned with none: "
                            "hedging (aggregate equidistance {})",
                            f3(opt.engagement_min), f3(ag.equidistance)),
                std::move(v));
            if (ag.split) {
                std::string dom;
                for (const auto& w : ag.split_domains) dom += (dom.empty() ? "" : ", ") + w;
                add("issue_split", fmt::format("domains lean to different rivals ({}), spread {}", dom, f3(ag.spread)),
                    {{"spread", ag.spread}, {"split_threshold", opt.split_threshold}});
            }
            break;
        }
        default: {
            auto v = engagement_values();
            v["hostile_rivals"] = e.n_hostile;
            v["alliances"] = e.n_ally;
            std::string missing;
            for (std::size_t i = 0; i < k; ++i)
                if (!e.engaged[i]) missing += (missing.empty() ? "" : ", ") + rivals[i];
            add("no_alignment_no_engagement",
                fmt::format("no alignment, and {}: non-alignment",
                            missing.empty() ? fmt::format("hostile to {} of {} rivals", e.n_hostile, k)
                                            : "no engagement with " + missing),
                std::move(v));
            break;
        }
    }

}

/// The components of the strategy mix besides the primary strategy, each with its reason.
void explain_components(const explanation& x) {
    const auto& [rivals, view, in, opt, sec, e, s] = x;
    const auto& ag = view.aggregate;
    const std::size_t k = x.k(), D = view.domains.size();
    const double state_tie = x.state_tie();
    auto add = [&x](std::string code, std::string text, std::map<std::string, double> values) {
        x.add(std::move(code), std::move(text), std::move(values));
    };
    bool any_zero_domain = false, any_bal = false, any_bw = false;
    for (std::size_t d = 0; d < D; ++d) {
        if (!in.included[d]) continue;
        const auto& row = view.domains[d];
        bool dz = true;
        for (double v : row.affinity)
            if (std::abs(v) > opt.neutral_band + eps) dz = false;
        if (dz) any_zero_domain = true;
    }
    // Kuik stances (issue #12): a stance of limited bandwagoning or more toward some rival is a
    // bandwagoning component, one of indirect balancing or less a balancing component.
    std::string bal_to, bw_with;
    for (const auto& st : view.stances) {
        if (!st.observed) continue;
        const int p = static_cast<int>(st.position);
        if (p >= 2) any_bw = true, bw_with += (bw_with.empty() ? "" : ", ") + st.power;
        if (p <= -2) any_bal = true, bal_to += (bal_to.empty() ? "" : ", ") + st.power;
    }
    const bool cs_component = !std::isnan(sec.best_cs) && sec.best_cs >= opt.collective_security_min_tie - eps;
    const bool hedging_evidence = (e.n_engaged == static_cast<int>(k) && e.n_hostile == 0) || ag.split;

    // Components of the strategy mix.
    std::set<strategy> comp{s.primary};
    if ((any_bal || e.n_hostile > 0) && s.primary != strategy::balancing) {
        comp.insert(strategy::balancing);
        add("component_balancing",
            any_bal ? fmt::format("a hostile security tie, or a stance of indirect balancing or balancing toward {}", bal_to)
                    : std::string("a hostile security tie"),
            {{"hostile_rivals", e.n_hostile}});
    }
    if ((any_bw || e.n_ally > 0 || e.lean >= 0) && s.primary != strategy::bandwagoning) {
        comp.insert(strategy::bandwagoning);
        add("component_bandwagoning",
            any_bw ? fmt::format("an alliance or a lean, or a stance of limited bandwagoning or bandwagoning with {}", bw_with)
                   : std::string("an alliance or a lean"),
            {{"alliances", e.n_ally}});
    }
    if (hedging_evidence && s.primary != strategy::hedging) {
        comp.insert(strategy::hedging);
        add("component_hedging", "engaged with every rival and hostile to none, or issue splitting",
            {{"spread", ag.spread}, {"engaged_rivals", e.n_engaged}});
    }
    if ((in.declared || any_zero_domain) && s.primary != strategy::neutrality) {
        comp.insert(strategy::neutrality);
        add("component_neutrality", in.declared ? "declared neutrality" : "a domain has every affinity within the neutral band",
            {{"declared", in.declared ? 1.0 : 0.0}});
    }
    if (cs_component && s.primary != strategy::collective_security) {
        comp.insert(strategy::collective_security);
        add("component_collective_security",
            fmt::format("security tie {} with the collective-security organisation {}", f3(sec.best_cs), sec.best_cs_org),
            {{"organisation_tie", sec.best_cs}, {"state_tie", state_tie}});
    }
    s.components.assign(comp.begin(), comp.end());
}

strategy_result classify(const std::vector<std::string>& rivals, const profile_view& view, const rule_inputs& in,
                         const profile_options& opt, const security_ties& sec) {
    strategy_result s;
    s.reference = rivals[0];
    const std::size_t k = rivals.size(), D = view.domains.size();
    std::vector<double> aff(D * k);
    for (std::size_t d = 0; d < D; ++d)
        std::copy(view.domains[d].affinity.begin(), view.domains[d].affinity.end(), aff.begin() + static_cast<std::ptrdiff_t>(d * k));
    decision e;
    decide(in, aff.data(), opt, e);
    s.primary = e.primary;
    if (e.aligned >= 0) s.aligned_with = rivals[static_cast<std::size_t>(e.aligned)];
    if (e.primary == strategy::balancing)
        for (std::size_t i = 0; i < k; ++i)
            if (e.hostile[i] && static_cast<int>(i) != e.aligned) s.against.push_back(rivals[i]);
    const explanation x{rivals, view, in, opt, sec, e, s};
    explain_rule(x);
    explain_components(x);
    return s;
}

/// Whether the actor attribute `neutrality_years` ("1955-2024;1991-2001", as the world network
/// sets it from data/world/declared_neutrality.csv) covers the year.
bool declared_in_year(const actor& a, int year) {
    auto it = a.attributes.find("neutrality_years");
    if (it == a.attributes.end() || year == 0) return false;
    std::string_view spans = it->second;
    while (!spans.empty()) {
        const auto semi = spans.find(';');
        const std::string_view span = spans.substr(0, semi);
        const auto dash = span.find('-');
        if (dash != std::string_view::npos) {
            const auto from = kzsec::detail::parse_int(span.substr(0, dash)), to = kzsec::detail::parse_int(span.substr(dash + 1));
            if (from && to && *from <= year && year <= *to) return true;
        }
        if (semi == std::string_view::npos) break;
        spans.remove_prefix(semi + 1);
    }
    return false;
}

/// The constant inputs of the rules for one view.
rule_inputs make_rule_inputs(const network_index& idx, std::size_t f, std::size_t k, const profile_view& v,
                             const std::vector<bool>& included, const profile_options& opt, const security_ties& sec) {
    rule_inputs in;
    in.k = k;
    in.included.assign(included.begin(), included.end());
    for (const auto& row : v.domains) in.weight.push_back(row.weight);
    for (std::size_t d = 0; d < v.domains.size(); ++d)
        if (included[d] && v.domains[d].domain == opt.security_domain) in.sec = static_cast<std::ptrdiff_t>(d);
    const actor& focal = idx.net().actors()[f];
    auto attr = focal.attributes.find("neutrality");
    in.declared = opt.declared_neutral || (attr != focal.attributes.end() && attr->second == "declared") ||
                  declared_in_year(focal, v.domains.empty() ? 0 : v.domains.front().year);
    const bool cs_component = !std::isnan(sec.best_cs) && sec.best_cs >= opt.collective_security_min_tie - eps;
    const double state_tie = std::isnan(sec.best_state) ? 0.0 : sec.best_state;
    in.cs_primary = cs_component && sec.best_cs - state_tie >= opt.collective_security_margin - eps;
    return in;
}

/// The affinity of a raw value as a view sees it: missing handling, then the perceived threat.
double view_affinity(double raw, bool observed, bool zero_if_absent, double multiplier) {
    double a = observed ? raw : (zero_if_absent ? 0.0 : nan);
    if (a < 0 && multiplier != 1.0) a = clamp1(a * multiplier);
    return a;
}

/// Copies the indicators of one affinity vector into a domain row or the aggregate row, with the
/// leaning and the tilt band.
template <class Row>
void set_indicators(Row& row, const detail::affinity_indicators& ind, const std::vector<std::string>& rivals,
                    const profile_options& opt) {
    row.tilt = ind.tilt;
    row.tilt_normalised = ind.tilt_normalised;
    row.dispersion = ind.dispersion;
    row.equidistance = ind.equidistance;
    row.hedging = ind.hedging;
    row.entropy = ind.entropy;
    row.leaning = ind.leaning >= 0 ? rivals[static_cast<std::size_t>(ind.leaning)] : std::string();
    row.band = detail::classify_tilt_band_unchecked(opt.tilt_band_on_normalised ? ind.tilt_normalised : ind.tilt, ind.a_ref,
                                                    ind.a_alt, opt.tilt_bands);
}

/// The row of one domain: weight, affinities (perception applied) and indicators. `any_obs` and
/// `all_obs` say whether some or every rival's affinity is observed.
domain_row make_domain_row(const std::string& dname, int year, const std::vector<std::string>& rivals,
                           const profile_options& opt, const std::vector<double>& raw, const std::vector<bool>& obs,
                           bool zero, const perception_profile* perc, bool& any_obs, bool& all_obs) {
    const std::size_t k = rivals.size();
    domain_row row;
    row.domain = dname;
    row.year = year;
    auto src = opt.sources.find(dname);
    row.source = to_string(src == opt.sources.end() ? opt.default_source : src->second);
    auto w = opt.domain_weights.find(dname);
    row.weight = w == opt.domain_weights.end() ? 1.0 : w->second;
    if (perc) row.weight *= perc->domain_salience(dname, year);
    row.affinity.resize(k);
    row.observed = obs;
    any_obs = false, all_obs = true;
    for (std::size_t i = 0; i < k; ++i) {
        if (obs[i]) any_obs = true;
        else all_obs = false;
        row.affinity[i] = view_affinity(raw[i], obs[i], zero, perc ? perc->threat_multiplier(rivals[i], year) : 1.0);
    }
    set_indicators(row, compute(row.affinity, opt.split_threshold), rivals, opt);
    if (!all_obs && any_obs) {  // a missing rival is left out of the domain's leaning (issue #12)
        std::vector<double> sub;
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i < k; ++i)
            if (!std::isnan(row.affinity[i])) sub.push_back(row.affinity[i]), at.push_back(i);
        if (sub.size() >= 2 && sub.size() < k) {
            const detail::affinity_indicators part = compute(sub, opt.split_threshold);
            row.leaning = part.leaning >= 0 ? rivals[at[static_cast<std::size_t>(part.leaning)]] : std::string();
        }
    }
    return row;
}

/// The aggregate's spread of the included domains' tilts and its issue splitting (domains leaning
/// to different rivals, with the witnesses).
void set_spread_and_split(profile_view& v, const std::vector<bool>& included) {
    aggregate_row& ag = v.aggregate;
    double tmin = std::numeric_limits<double>::infinity(), tmax = -tmin;
    std::set<std::string> leaders;
    std::vector<std::string> witnesses;
    for (std::size_t di = 0; di < v.domains.size(); ++di) {
        if (!included[di]) continue;
        const auto& row = v.domains[di];
        tmin = std::min(tmin, row.tilt);
        tmax = std::max(tmax, row.tilt);
        if (!row.leaning.empty()) {
            leaders.insert(row.leaning);
            witnesses.push_back(row.domain + ":" + row.leaning);
        }
    }
    ag.spread = tmax >= tmin ? tmax - tmin : 0.0;
    ag.split = leaders.size() >= 2;
    if (ag.split) ag.split_domains = std::move(witnesses);
}

/// The stance toward each rival (Kuik's spectrum): its security tie and the weighted mean of its other
/// ties, over the reported domains with a positive weight in which that rival's affinity is known.
void set_stances(profile_view& v, const std::vector<std::string>& rivals, const profile_options& opt) {
    const std::size_t k = rivals.size();
    v.stances.resize(k);
    for (std::size_t i = 0; i < k; ++i) {
        power_stance& st = v.stances[i];
        double s_aff = std::numeric_limits<double>::quiet_NaN(), osum = 0.0, ow = 0.0;
        std::vector<std::string> odoms;
        for (const auto& row : v.domains) {
            const double x = row.affinity[i];
            if (std::isnan(x) || !(row.weight > 0)) continue;
            if (row.domain == opt.security_domain) {
                s_aff = x;
            } else {
                osum += row.weight * x;
                ow += row.weight;
                odoms.push_back(row.domain);
            }
        }
        st = classify_stance_unchecked(s_aff, ow > 0 ? osum / ow : std::numeric_limits<double>::quiet_NaN(), opt.stance);
        st.power = rivals[i];
        st.other_domains = std::move(odoms);
    }
}

profile_view build_view(const network_index& idx, std::size_t f, const std::vector<std::string>& rivals,
                        const std::vector<std::size_t>& dom_ids, int year, const profile_options& opt,
                        const std::vector<std::vector<double>>& raw, const std::vector<std::vector<bool>>& obs,
                        const std::vector<char>& zero, const perception_profile* perc, const security_ties& sec,
                        rule_inputs& rules) {
    const network& net = idx.net();
    const std::size_t k = rivals.size();
    profile_view v;
    v.domains.reserve(dom_ids.size());
    std::vector<bool> included(dom_ids.size(), false);
    std::vector<double> sum(k, 0.0);
    double wsum = 0.0;
    for (std::size_t di = 0; di < dom_ids.size(); ++di) {
        bool any_obs = false, all_obs = true;
        domain_row row = make_domain_row(net.domains()[dom_ids[di]].id, year, rivals, opt, raw[di], obs[di], zero[di] != 0,
                                         perc, any_obs, all_obs);
        included[di] = row.weight > 0 && (zero[di] ? any_obs : all_obs);
        if (included[di]) {
            for (std::size_t i = 0; i < k; ++i) sum[i] += row.weight * row.affinity[i];
            wsum += row.weight;
        }
        v.domains.push_back(std::move(row));
    }
    aggregate_row& ag = v.aggregate;
    ag.total_weight = wsum;
    ag.affinity.assign(k, 0.0);
    if (wsum > 0)
        for (std::size_t i = 0; i < k; ++i) ag.affinity[i] = sum[i] / wsum;
    set_indicators(ag, compute(ag.affinity, opt.split_threshold), rivals, opt);
    set_spread_and_split(v, included);
    set_stances(v, rivals, opt);
    rules = make_rule_inputs(idx, f, k, v, included, opt, sec);
    v.strategy = classify(rivals, v, rules, opt, sec);
    return v;
}

/// Robustness of the primary strategy of a view: `opt.robustness_draws` re-classifications with every
/// observed affinity drawn from a truncated normal on [-1, 1] (mean the value, sd[d][i]) by
/// `scenario::draw_value(seed, draw, stream, ...)`, stream = (year << 32) | (domain id * k + rival index),
/// so that the years draw independently of each other.
void add_robustness(profile_view& v, const rule_inputs& rules, const std::vector<std::string>& rivals,
                    const std::vector<std::size_t>& dom_ids, int year, const profile_options& opt,
                    const std::vector<std::vector<double>>& raw, const std::vector<std::vector<bool>>& obs,
                    const std::vector<char>& zero, const std::vector<std::vector<double>>& sd,
                    const perception_profile* perc) {
    if (opt.robustness_draws <= 0) return;
    const std::size_t k = rivals.size(), D = dom_ids.size();
    std::vector<double> mult(k, 1.0);
    if (perc)
        for (std::size_t i = 0; i < k; ++i) mult[i] = perc->threat_multiplier(rivals[i], year);
    std::vector<double> aff(D * k);
    const std::uint64_t year_key = static_cast<std::uint64_t>(static_cast<std::uint32_t>(year)) << 32;
    decision e;
    int same = 0;
    for (int n = 0; n < opt.robustness_draws; ++n) {
        for (std::size_t d = 0; d < D; ++d)
            for (std::size_t i = 0; i < k; ++i) {
                double x = raw[d][i];
                if (obs[d][i])
                    x = scenario::draw_value(opt.robustness_seed, static_cast<std::uint64_t>(n),
                                             year_key | static_cast<std::uint64_t>(dom_ids[d] * k + i), x, sd[d][i]);
                aff[d * k + i] = view_affinity(x, obs[d][i], zero[d] != 0, mult[i]);
            }
        decide(rules, aff.data(), opt, e);
        if (e.primary == v.strategy.primary) ++same;
    }
    v.strategy.robustness_draws = opt.robustness_draws;
    v.strategy.robustness = static_cast<double>(same) / opt.robustness_draws;
}

}  // namespace

std::optional<double> affinity(const network_index& idx, std::string_view focal, std::string_view power,
                               std::string_view domain, int year, const affinity_spec& spec,
                               const profile_options& opt) {
    return affinity_ix(idx, idx.actor(focal), idx.actor(power), idx.domain(domain), year, spec, opt);
}

namespace {

/// Split-vote counts on dense vote vectors over a common item list (NaN = no vote).
split_vote_result split_dense(std::string_view a, std::string_view b, const std::vector<double>& vf,
                              const std::vector<double>& va, const std::vector<double>& vb) {
    split_vote_result r;
    r.a = std::string(a);
    r.b = std::string(b);
    for (std::size_t i = 0; i < va.size(); ++i) {
        const double xa = va[i], xb = vb[i];
        if (!((xa > 0.5 && xb < -0.5) || (xa < -0.5 && xb > 0.5))) continue;  // NaN compares false
        ++r.n_split;
        const double xf = vf[i];
        if (std::isnan(xf)) {
            ++r.absent;
        } else if (std::abs(xf) < 0.5) {
            ++r.abstain;
        } else if ((xf > 0) == (xa > 0)) {
            ++r.with_a;
        } else {
            ++r.with_b;
        }
    }
    r.abstention_share = r.n_split > 0 ? static_cast<double>(r.abstain) / r.n_split : nan;
    return r;
}

/// Dense vote vectors of several actors over the union of their items (item order: interned id).
std::vector<std::vector<double>> dense_votes(const std::vector<std::vector<std::pair<std::uint32_t, double>>>& lists) {
    std::vector<std::uint32_t> items;
    for (const auto& l : lists)
        for (const auto& [item, v] : l) items.push_back(item);
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    std::vector<std::vector<double>> out(lists.size(), std::vector<double>(items.size(), nan));
    for (std::size_t k = 0; k < lists.size(); ++k)
        for (const auto& [item, v] : lists[k])
            out[k][static_cast<std::size_t>(std::lower_bound(items.begin(), items.end(), item) - items.begin())] = v;
    return out;
}

}  // namespace

split_vote_result split_votes(const network_index& idx, std::string_view focal, std::string_view a, std::string_view b,
                              int year, std::string_view vote_metric, int window) {
    const std::size_t f = idx.actor(focal), ia = idx.actor(a), ib = idx.actor(b);
    const auto d = dense_votes({idx.vote_items(vote_metric, f, year - window, year),
                                idx.vote_items(vote_metric, ia, year - window, year),
                                idx.vote_items(vote_metric, ib, year - window, year)});
    return split_dense(a, b, d[0], d[1], d[2]);
}

cross_pressure_result cross_pressure(const network_index& idx, std::string_view focal, int year,
                                     const std::vector<std::string>& actors, const std::vector<std::string>& domains) {
    const network& net = idx.net();
    const std::size_t f = idx.actor(focal);
    std::vector<char> in_actor(net.actors().size(), actors.empty() ? 1 : 0);
    for (const auto& a : actors) in_actor[idx.actor(a)] = 1;
    std::vector<char> in_dom(net.domains().size(), domains.empty() ? 1 : 0);
    for (const auto& d : domains) in_dom[idx.domain(d)] = 1;
    std::set<std::tuple<std::size_t, std::size_t, std::size_t>> seen;
    if (!actors.empty() && actors.size() <= 64) {
        // A short actor list (e.g. the rivals): look the pairs up instead of scanning every
        // relation of a large network (the world network has over a million).
        std::vector<std::size_t> ids;
        for (std::size_t a = 0; a < in_actor.size(); ++a)
            if (in_actor[a] && a != f) ids.push_back(a);
        for (std::size_t i = 0; i < ids.size(); ++i)
            for (std::size_t j = i + 1; j < ids.size(); ++j)
                for (std::size_t d = 0; d < in_dom.size(); ++d) {
                    if (!in_dom[d]) continue;
                    const auto x = idx.value(ids[i], ids[j], d, year), y = idx.value(ids[j], ids[i], d, year);
                    if ((x && *x < 0) || (y && *y < 0)) seen.emplace(ids[i], ids[j], d);
                }
    } else {
        for (const relation* r : idx.negative_relations(year)) {
            std::size_t a = idx.actor(r->a), b = idx.actor(r->b), d = idx.domain(r->domain);
            if (a == f || b == f || !in_actor[a] || !in_actor[b] || !in_dom[d]) continue;
            if (b < a) std::swap(a, b);
            seen.emplace(a, b, d);
        }
    }
    cross_pressure_result out;
    for (const auto& [a, b, d] : seen) {
        auto w = idx.value(a, b, d, year);
        if (!w) w = idx.value(b, a, d, year);
        if (!w || *w >= 0) continue;
        auto wa = idx.value(f, a, d, year), wb = idx.value(f, b, d, year);
        if (!wa || !wb || *wa <= 0 || *wb <= 0) continue;
        cross_pressure_triad t{net.actors()[a].id, net.actors()[b].id, net.domains()[d].id, *w, *wa, *wb,
                               std::abs(*w) * std::min(*wa, *wb)};
        out.exposure += t.contribution;
        out.witnesses.push_back(std::move(t));
    }
    out.triads = static_cast<int>(out.witnesses.size());
    return out;
}

cross_pressure_result cross_pressure(const network& net, std::string_view focal, int year,
                                     const std::vector<std::string>& actors, const std::vector<std::string>& domains) {
    return cross_pressure(network_index(net), focal, year, actors, domains);
}

profile_result profile(const network_index& idx, std::string_view focal, const std::vector<std::string>& rivals,
                       int year, const profile_options& opt) {
    const network& net = idx.net();
    const std::size_t f = idx.actor(focal);
    if (rivals.size() < 2)
        throw invalid_input(fmt::format("[kzsec] hedging.profile: need at least 2 rivals, got {}", rivals.size()));
    std::vector<std::size_t> rid;
    for (const auto& r : rivals) {
        const std::size_t i = idx.actor(r);
        if (i == f) throw invalid_input(fmt::format("[kzsec] hedging.profile: the focal '{}' is among the rivals", focal));
        if (std::find(rid.begin(), rid.end(), i) != rid.end())
            throw invalid_input(fmt::format("[kzsec] hedging.profile: duplicate rival '{}'", r));
        rid.push_back(i);
    }
    validate_options(idx, opt);
    std::vector<std::size_t> dom_ids;
    if (opt.domains.empty()) {
        dom_ids = idx.default_domain_ids();
    } else {
        for (const auto& d : opt.domains) dom_ids.push_back(idx.domain(d));
    }

    profile_result res;
    res.focal = std::string(focal);
    res.rivals = rivals;
    res.year = year;
    const std::size_t k = rivals.size();
    std::vector<std::vector<double>> raw(dom_ids.size(), std::vector<double>(k, 0.0));
    std::vector<std::vector<bool>> obs(dom_ids.size(), std::vector<bool>(k, false));
    // sd of each affinity for the robustness draws: by the confidence of the relation behind it,
    // sd_medium for the other sources
    std::vector<std::vector<double>> sd(dom_ids.size(), std::vector<double>(k, opt.robustness_sd_medium));
    for (std::size_t di = 0; di < dom_ids.size(); ++di) {
        auto src = opt.sources.find(net.domains()[dom_ids[di]].id);
        const affinity_spec& spec = src == opt.sources.end() ? opt.default_source : src->second;
        for (std::size_t i = 0; i < k; ++i) {
            if (spec.source == affinity_source::relation) {
                if (auto a = idx.value_confidence(f, rid[i], dom_ids[di], year, spec.mode)) {
                    raw[di][i] = a->first;
                    obs[di][i] = true;
                    sd[di][i] = a->second == confidence::high     ? opt.robustness_sd_high
                                : a->second == confidence::medium ? opt.robustness_sd_medium
                                                                  : opt.robustness_sd_low;
                }
            } else if (auto a = affinity_ix(idx, f, rid[i], dom_ids[di], year, spec, opt)) {
                raw[di][i] = *a;
                obs[di][i] = true;
            }
        }
    }
    const security_ties sec = find_security_ties(idx, f, year, opt);
    rule_inputs rules;
    std::vector<char> zero(dom_ids.size());
    for (std::size_t di = 0; di < dom_ids.size(); ++di) zero[di] = idx.absent_is_zero(dom_ids[di], opt) ? 1 : 0;
    res.structure = build_view(idx, f, rivals, dom_ids, year, opt, raw, obs, zero, nullptr, sec, rules);
    add_robustness(res.structure, rules, rivals, dom_ids, year, opt, raw, obs, zero, sd, nullptr);
    if (opt.perception) {
        res.has_perception = true;
        res.perceived = build_view(idx, f, rivals, dom_ids, year, opt, raw, obs, zero, &*opt.perception, sec, rules);
        add_robustness(res.perceived, rules, rivals, dom_ids, year, opt, raw, obs, zero, sd, &*opt.perception);
    } else {
        res.perceived = res.structure;
    }
    if (idx.has_metric(opt.vote_metric)) {
        const int from = year - opt.vote_window;
        std::vector<std::vector<std::pair<std::uint32_t, double>>> lists;
        lists.reserve(k + 1);
        lists.push_back(idx.vote_items(opt.vote_metric, f, from, year));
        for (std::size_t i = 0; i < k; ++i) lists.push_back(idx.vote_items(opt.vote_metric, rid[i], from, year));
        const auto d = dense_votes(lists);
        for (std::size_t i = 0; i < k; ++i)
            for (std::size_t j = i + 1; j < k; ++j)
                res.split_votes.push_back(split_dense(rivals[i], rivals[j], d[0], d[i + 1], d[j + 1]));
    }
    std::vector<std::string> cp_domains = opt.cross_pressure_domains;
    if (cp_domains.empty())
        for (auto d : dom_ids) cp_domains.push_back(net.domains()[d].id);
    res.cross_pressure = cross_pressure(idx, focal, year, opt.cross_pressure_actors, cp_domains);
    return res;
}

profile_result profile(const network& net, std::string_view focal, const std::vector<std::string>& rivals, int year,
                       const profile_options& opt) {
    return profile(network_index(net), focal, rivals, year, opt);
}

evolution_result evolution(const network_index& idx, std::string_view focal, const std::vector<std::string>& rivals,
                           const std::vector<int>& years, const profile_options& opt) {
    evolution_result out;
    out.focal = std::string(focal);
    out.rivals = rivals;
    std::vector<profile_result> ps;
    ps.reserve(years.size());
    for (int y : years) ps.push_back(profile(idx, focal, rivals, y, opt));
    const int nviews = opt.perception ? 2 : 1;
    out.rows.reserve(ps.size() * (ps.empty() ? 0 : ps[0].structure.domains.size()) * nviews);
    for (int v = 0; v < nviews; ++v) {
        for (const auto& p : ps) {
            const profile_view& pv = v == 0 ? p.structure : p.perceived;
            const double abst = p.split_votes.empty() ? nan : p.split_votes[0].abstention_share;
            for (const auto& row : pv.domains) {
                evolution_row e;
                e.view = v == 0 ? "structure" : "perceived";
                e.row = row;
                e.aggregate_tilt = pv.aggregate.tilt;
                e.aggregate_hedging = pv.aggregate.hedging;
                e.spread = pv.aggregate.spread;
                e.split = pv.aggregate.split;
                e.primary = pv.strategy.primary;
                e.cross_pressure_triads = p.cross_pressure.triads;
                e.cross_pressure_exposure = p.cross_pressure.exposure;
                e.abstention_share = abst;
                e.stances = pv.stances;
                out.rows.push_back(std::move(e));
            }
        }
    }
    return out;
}

evolution_result evolution(const network& net, std::string_view focal, const std::vector<std::string>& rivals,
                           const std::vector<int>& years, const profile_options& opt) {
    return evolution(network_index(net), focal, rivals, years, opt);
}

evolution_columns evolution_result::columns() const {
    evolution_columns c;
    c.rivals = rivals;
    const std::size_t n = rows.size(), k = rivals.size();
    c.affinity.assign(k, {});
    c.observed.assign(k, {});
    c.stance.assign(k, {});
    for (std::size_t i = 0; i < k; ++i) {
        c.affinity[i].reserve(n);
        c.observed[i].reserve(n);
    }
    for (const auto& e : rows) {
        const domain_row& r = e.row;
        c.view.push_back(e.view);
        c.year.push_back(r.year);
        c.domain.push_back(r.domain);
        c.source.push_back(r.source);
        c.weight.push_back(r.weight);
        for (std::size_t i = 0; i < k; ++i) {
            c.affinity[i].push_back(r.affinity[i]);
            c.observed[i].push_back(r.observed[i] ? 1 : 0);
        }
        c.tilt.push_back(r.tilt);
        c.tilt_normalised.push_back(r.tilt_normalised);
        c.dispersion.push_back(r.dispersion);
        c.equidistance.push_back(r.equidistance);
        c.hedging.push_back(r.hedging);
        c.entropy.push_back(r.entropy);
        c.leaning.push_back(r.leaning);
        c.tilt_band.push_back(static_cast<int>(r.band));
        c.tilt_band_name.emplace_back(to_string(r.band));
        for (std::size_t i = 0; i < k; ++i)
            c.stance[i].emplace_back(i < e.stances.size() && e.stances[i].observed ? to_string(e.stances[i].position)
                                                                                   : std::string_view("no_data"));
        c.aggregate_tilt.push_back(e.aggregate_tilt);
        c.aggregate_hedging.push_back(e.aggregate_hedging);
        c.spread.push_back(e.spread);
        c.split.push_back(e.split ? 1 : 0);
        c.strategy.emplace_back(to_string(e.primary));
        c.cross_pressure_triads.push_back(e.cross_pressure_triads);
        c.cross_pressure_exposure.push_back(e.cross_pressure_exposure);
        c.abstention_share.push_back(e.abstention_share);
    }
    return c;
}

}  // namespace kzsec::hedging
