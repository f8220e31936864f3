// Scenarios: edits, apply, compose, and the propagation rules of shocks.
// Definitions: include/kzsec/scenario.hpp and docs/scenarios.md.
#include "kzsec/scenario.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "kzsec/detail/suggest.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"

namespace kzsec::scenario {

std::string describe(const edit& e) {
    if (!e.label.empty()) return e.label;
    const std::string from = fmt::format("from {}", e.year) + (e.until ? fmt::format(" to {}", *e.until) : "");
    const char* sep = e.directed ? "->" : "-";
    switch (e.kind) {
        case edit_kind::set_relation:
            return fmt::format("set_relation {}{}{} {} = {} {}", e.a, sep, e.b, e.domain, e.value, from);
        case edit_kind::change_relation:
            return fmt::format("change_relation {}{}{} {} {:+} {}", e.a, sep, e.b, e.domain, e.value, from);
        case edit_kind::remove_relation: return fmt::format("remove_relation {}{}{} {} {}", e.a, sep, e.b, e.domain, from);
        case edit_kind::add_actor: return fmt::format("add_actor {}", e.new_actor.id);
        case edit_kind::remove_actor: return fmt::format("remove_actor {} {}", e.a, from);
        case edit_kind::add_membership:
            return fmt::format("add_membership {} in {} {}", e.new_membership.member, e.new_membership.organisation, from);
        case edit_kind::remove_membership: return fmt::format("remove_membership {} in {} {}", e.a, e.b, from);
        case edit_kind::scale_domain: return fmt::format("scale_domain {} x {} {}", e.domain, e.value, from);
        case edit_kind::apply_event:
            return fmt::format("apply_event {} in {}", e.new_event.id.empty() ? e.new_event.description : e.new_event.id,
                               e.year);
        case edit_kind::extend: return fmt::format("extend to {}", e.until ? *e.until : e.year);
    }
    return "?";
}

namespace {

/// A network with the same metadata, domains and actors as `src` but the given lists.
network rebuild(const network& src, const std::vector<relation>& rs, const std::vector<membership>& ms,
                const std::vector<event>& es, const std::vector<metric>& ks) {
    network n;
    n.metadata = src.metadata;
    for (const auto& d : src.domains()) n.set_domain(d);
    for (const auto& a : src.actors()) n.add_actor(a);
    n.replace_relations(rs);
    for (const auto& m : ms) n.add_membership(m);
    for (const auto& e : es) n.add_event(e);
    for (const auto& k : ks) n.add_metric(k);
    return n;
}

bool same_pair(const relation& r, std::string_view a, std::string_view b, std::string_view d, bool directed) {
    if (r.domain != d || r.directed != directed) return false;
    if (directed) return r.a == a && r.b == b;
    return (r.a == a && r.b == b) || (r.a == b && r.b == a);
}

struct context {
    const scenario* s;
    std::size_t index;
    const edit* e;
    std::string where() const {
        return fmt::format("[kzsec] scenario '{}' edit {} ({})", s->name, index, to_string(e->kind));
    }
};

/// Splits every record (relation or membership) selected by `pick` at [y, u]: the
/// parts outside are kept, the inside part goes through `inside` (which returns
/// false to drop it). Returns the number of records selected.
template <class Record, class Pick, class Inside>
std::size_t split_apply(std::vector<Record>& rs, int y, int u, Pick pick, Inside inside) {
    std::vector<Record> out;
    out.reserve(rs.size() + 4);
    std::size_t touched = 0;
    for (auto& r : rs) {
        if (!pick(r) || !r.years.overlaps({y, u})) {
            out.push_back(std::move(r));
            continue;
        }
        ++touched;
        if (r.years.from < y) {
            Record left = r;
            left.years.to = y - 1;
            out.push_back(std::move(left));
        }
        Record mid = r;
        mid.years = {std::max(r.years.from, y), std::min(r.years.to, u)};
        if (inside(mid)) out.push_back(std::move(mid));
        if (r.years.to > u) {
            Record right = r;
            right.years.from = u + 1;
            out.push_back(std::move(right));
        }
    }
    rs = std::move(out);
    return touched;
}

void check_actor(const network& n, const context& c, const std::string& id) {
    if (!n.has_actor(id))
        throw unknown_actor(
            fmt::format("{}: unknown actor '{}'{}", c.where(), id, kzsec::detail::did_you_mean(id, n.actors())));
}
void check_domain(const network& n, const context& c, const std::string& d) {
    if (!n.has_domain(d)) throw invalid_input(fmt::format("{}: unknown domain '{}'", c.where(), d));
}
void check_finite(const context& c, double v, const char* what) {
    if (!std::isfinite(v)) throw invalid_input(fmt::format("{}: {} must be finite, got {}", c.where(), what, v));
}

/// Shifts the relation (a, b, domain) (undirected first, else directed a -> b) by `delta`
/// in [y, u]; returns the number of records touched.
std::size_t shift_relation(std::vector<relation>& rs, const std::string& a, const std::string& b, const std::string& d,
                           std::optional<bool> directed, int y, int u, double delta, std::size_t idx,
                           std::vector<clamp_record>& clamped) {
    auto run = [&](bool dir) {
        return split_apply(rs, y, u, [&](const relation& r) { return same_pair(r, a, b, d, dir); },
                           [&](relation& r) {
                               const double v = r.value + delta;
                               r.value = std::clamp(v, -1.0, 1.0);
                               if (r.value != v) clamped.push_back({idx, r.a, r.b, r.domain, r.years, v, r.value});
                               return true;
                           });
    };
    if (directed) return run(*directed);
    std::size_t t = run(false);
    if (t == 0) t = run(true);
    return t;
}

/// What the function of each edit kind gets: the network being edited, the edit with its context
/// and index, the last year it applies to (`until`, else the last year) and the result that
/// collects the notes and clamped values.
struct edit_step {
    network& net;
    const edit& e;
    const context& c;
    std::size_t idx;
    int u;
    apply_result& res;
};

void check_relation_edit(const edit_step& st) {
    const edit& e = st.e;
    check_actor(st.net, st.c, e.a);
    check_actor(st.net, st.c, e.b);
    check_domain(st.net, st.c, e.domain);
    if (e.a == e.b)
        throw invalid_input(fmt::format("{}: a relation needs two different actors, got '{}' twice", st.c.where(), e.a));
}

void set_relation(edit_step& st) {
    const edit& e = st.e;
    check_relation_edit(st);
    if (!std::isfinite(e.value) || e.value < -1.0 || e.value > 1.0)
        throw invalid_input(fmt::format("{}: value {} is outside [-1, 1]", st.c.where(), e.value));
    std::vector<relation> rs = st.net.relations();
    std::optional<relation> proto;
    const std::size_t t = split_apply(
        rs, e.year, st.u, [&](const relation& r) { return same_pair(r, e.a, e.b, e.domain, e.directed); },
        [&](relation& r) {
            if (!proto || r.years.contains(e.year)) proto = r;
            return false;
        });
    relation nr;
    if (proto) nr = *proto;
    nr.a = e.a;
    nr.b = e.b;
    nr.domain = e.domain;
    nr.directed = e.directed;
    nr.value = e.value;
    nr.years = {e.year, st.u};
    if (e.conf) nr.conf = *e.conf; else if (!proto) nr.conf = confidence::medium;
    if (!proto) nr.basis = "scenario";
    nr.note = "scenario: " + describe(e);
    rs.push_back(std::move(nr));
    st.net.replace_relations(std::move(rs));
    st.res.notes.push_back(fmt::format("{}: replaced {} record(s) in [{}, {}]", describe(e), t, e.year, st.u));
}

void change_relation(edit_step& st) {
    const edit& e = st.e;
    check_relation_edit(st);
    check_finite(st.c, e.value, "delta");
    std::vector<relation> rs = st.net.relations();
    const std::size_t t = shift_relation(rs, e.a, e.b, e.domain, e.directed, e.year, st.u, e.value, st.idx, st.res.clamped);
    if (t == 0)
        throw invalid_input(fmt::format("{}: no {} relation {}{}{} in '{}' holds in [{}, {}]", st.c.where(),
                                        e.directed ? "directed" : "undirected", e.a, e.directed ? "->" : "-", e.b,
                                        e.domain, e.year, st.u));
    st.net.replace_relations(std::move(rs));
    st.res.notes.push_back(fmt::format("{}: shifted {} record(s)", describe(e), t));
}

void remove_relation(edit_step& st) {
    const edit& e = st.e;
    check_relation_edit(st);
    std::vector<relation> rs = st.net.relations();
    const std::size_t t = split_apply(
        rs, e.year, st.u, [&](const relation& r) { return same_pair(r, e.a, e.b, e.domain, e.directed); },
        [](relation&) { return false; });
    if (t == 0)
        throw invalid_input(fmt::format("{}: no relation {}{}{} in '{}' holds in [{}, {}]", st.c.where(), e.a,
                                        e.directed ? "->" : "-", e.b, e.domain, e.year, st.u));
    st.net.replace_relations(std::move(rs));
    st.res.notes.push_back(fmt::format("{}: removed {} record(s) from [{}, {}]", describe(e), t, e.year, st.u));
}

void add_actor(edit_step& st) {
    const edit& e = st.e;
    if (st.net.has_actor(e.new_actor.id))
        throw invalid_input(fmt::format("{}: actor '{}' already exists", st.c.where(), e.new_actor.id));
    if (e.new_actor.id.empty()) throw invalid_input(fmt::format("{}: the new actor has an empty id", st.c.where()));
    st.net.add_actor(e.new_actor);
    st.res.notes.push_back(describe(e));
}

void remove_actor(edit_step& st) {
    const edit& e = st.e;
    network& net = st.net;
    check_actor(net, st.c, e.a);
    std::vector<relation> rs = net.relations();
    const std::size_t t = split_apply(rs, e.year, st.u, [&](const relation& r) { return r.a == e.a || r.b == e.a; },
                                      [](relation&) { return false; });
    std::vector<membership> ms = net.memberships();
    split_apply(ms, e.year, st.u, [&](const membership& m) { return m.member == e.a || m.organisation == e.a; },
                [](membership&) { return false; });
    std::vector<event> es;
    for (const auto& ev : net.events())
        if (!(ev.year >= e.year && ev.year <= st.u && std::find(ev.actors.begin(), ev.actors.end(), e.a) != ev.actors.end()))
            es.push_back(ev);
    std::vector<metric> ks;
    for (const auto& k : net.metrics())
        if (!(k.year >= e.year && k.year <= st.u && (k.a == e.a || k.b == e.a))) ks.push_back(k);
    const std::size_t dm = net.memberships().size(), de = net.events().size() - es.size(), dk = net.metrics().size() - ks.size();
    net = rebuild(net, rs, ms, es, ks);
    st.res.notes.push_back(fmt::format("{}: clipped {} relation record(s); memberships {} -> {}; dropped {} event(s), {} metric(s)",
                                       describe(e), t, dm, net.memberships().size(), de, dk));
}

void add_membership(edit_step& st) {
    membership m = st.e.new_membership;
    m.years = {st.e.year, st.u};
    check_actor(st.net, st.c, m.member);
    check_actor(st.net, st.c, m.organisation);
    try {
        st.net.add_membership(m);
    } catch (const invalid_input& ex) {
        throw invalid_input(fmt::format("{}: {}", st.c.where(), ex.what()));
    }
    st.res.notes.push_back(describe(st.e));
}

void remove_membership(edit_step& st) {
    const edit& e = st.e;
    network& net = st.net;
    check_actor(net, st.c, e.a);
    check_actor(net, st.c, e.b);
    std::vector<membership> ms = net.memberships();
    const std::size_t t = split_apply(
        ms, e.year, st.u, [&](const membership& m) { return m.member == e.a && m.organisation == e.b; },
        [](membership&) { return false; });
    if (t == 0)
        throw invalid_input(fmt::format("{}: '{}' is not a member of '{}' in [{}, {}]", st.c.where(), e.a, e.b, e.year, st.u));
    net = rebuild(net, net.relations(), ms, net.events(), net.metrics());
    st.res.notes.push_back(fmt::format("{}: clipped {} membership record(s)", describe(e), t));
}

void scale_domain(edit_step& st) {
    const edit& e = st.e;
    check_domain(st.net, st.c, e.domain);
    check_finite(st.c, e.value, "factor");
    std::vector<relation> rs = st.net.relations();
    const std::size_t t = split_apply(rs, e.year, st.u, [&](const relation& r) { return r.domain == e.domain; },
                                      [&](relation& r) {
                                          const double v = r.value * e.value;
                                          r.value = std::clamp(v, -1.0, 1.0);
                                          if (r.value != v)
                                              st.res.clamped.push_back({st.idx, r.a, r.b, r.domain, r.years, v, r.value});
                                          return true;
                                      });
    st.net.replace_relations(std::move(rs));
    st.res.notes.push_back(fmt::format("{}: scaled {} record(s)", describe(e), t));
}

void apply_event(edit_step& st) {
    const edit& e = st.e;
    network& net = st.net;
    event ev = e.new_event;
    ev.year = e.year;
    if (ev.actors.empty()) throw invalid_input(fmt::format("{}: the event has no actors", st.c.where()));
    for (const auto& a : ev.actors) check_actor(net, st.c, a);
    if (ev.delta) {
        check_finite(st.c, *ev.delta, "event delta");
        if (ev.domain.empty()) throw invalid_input(fmt::format("{}: an event with a delta needs a domain", st.c.where()));
        check_domain(net, st.c, ev.domain);
    }
    try {
        net.add_event(ev);
    } catch (const invalid_input& ex) {
        throw invalid_input(fmt::format("{}: {}", st.c.where(), ex.what()));
    }
    std::size_t t = 0;
    std::vector<std::string> skipped;
    if (ev.delta) {
        std::vector<relation> rs = net.relations();
        for (std::size_t j = 1; j < ev.actors.size(); ++j) {
            const std::size_t n = shift_relation(rs, ev.actors[0], ev.actors[j], ev.domain, std::nullopt, e.year, st.u,
                                                 *ev.delta, st.idx, st.res.clamped);
            if (n == 0) skipped.push_back(ev.actors[0] + "-" + ev.actors[j]);
            t += n;
        }
        net.replace_relations(std::move(rs));
    }
    st.res.notes.push_back(fmt::format("{}: shifted {} record(s){}", describe(e), t,
                                       skipped.empty() ? "" : fmt::format("; no relation for {}", fmt::join(skipped, ", "))));
}

void extend(edit_step& st) {
    network& net = st.net;
    const int u = st.u;
    const int data_last = net.years().to;
    std::size_t t = 0;
    std::vector<relation> rs = net.relations();
    for (auto& r : rs)
        if (r.years.to == data_last && u > data_last) r.years.to = u, ++t;
    std::vector<membership> ms = net.memberships();
    for (auto& m : ms)
        if (m.years.to == data_last && u > data_last) m.years.to = u;
    net = rebuild(net, rs, ms, net.events(), net.metrics());
    st.res.notes.push_back(fmt::format("{}: extended {} relation record(s) from {} to {}", describe(st.e), t, data_last, u));
}

/// Applies edit `idx` of `s` to `net` (one function per edit kind, above).
void apply_edit(network& net, const scenario& s, std::size_t idx, apply_result& res, int first, int last) {
    const edit& e = s.edits[idx];
    const context c{&s, idx, &e};
    if (e.year < first || e.year > last)
        throw invalid_input(fmt::format("{}: year {} is outside the network's years [{}, {}]", c.where(), e.year, first, last));
    const int u = e.until.value_or(last);
    if (u < e.year || u > last)
        throw invalid_input(
            fmt::format("{}: until {} must be in [year {}, last year {}]", c.where(), u, e.year, last));
    edit_step st{net, e, c, idx, u, res};
    switch (e.kind) {
        case edit_kind::set_relation: return set_relation(st);
        case edit_kind::change_relation: return change_relation(st);
        case edit_kind::remove_relation: return remove_relation(st);
        case edit_kind::add_actor: return add_actor(st);
        case edit_kind::remove_actor: return remove_actor(st);
        case edit_kind::add_membership: return add_membership(st);
        case edit_kind::remove_membership: return remove_membership(st);
        case edit_kind::scale_domain: return scale_domain(st);
        case edit_kind::apply_event: return apply_event(st);
        case edit_kind::extend: return extend(st);
    }
}

}  // namespace

apply_result apply_report(const network& base, const scenario& s) {
    apply_result res{base, {}, {}};
    if (s.edits.empty()) return res;
    // A scenario read from a file: every error starts with the file and the JSON pointer.
    auto in_file = [&](const std::string& pointer, const char* what) {
        std::string m(what);
        if (m.rfind("[kzsec] ", 0) == 0) m.erase(0, 8);
        return fmt::format("[kzsec] {}:{}: {}", s.source, pointer, m);
    };
    if (s.horizon) {
        try {
            check_year(*s.horizon, fmt::format("scenario '{}'", s.name), "horizon");
        } catch (const invalid_input& e) {
            if (s.source.empty()) throw;
            throw invalid_input(in_file("/horizon", e.what()));
        }
    }
    const year_range yr = base.years();
    const int last = std::max(yr.to, s.horizon.value_or(yr.to));
    for (std::size_t i = 0; i < s.edits.size(); ++i) {
        if (s.source.empty()) {
            apply_edit(res.net, s, i, res, yr.from, last);
            continue;
        }
        try {
            apply_edit(res.net, s, i, res, yr.from, last);
        } catch (const unknown_actor& e) {
            throw unknown_actor(in_file(fmt::format("/edits/{}", i), e.what()));
        } catch (const invalid_input& e) {
            throw invalid_input(in_file(fmt::format("/edits/{}", i), e.what()));
        }
    }
    return res;
}

network apply(const network& base, const scenario& s) { return apply_report(base, s).net; }

scenario compose(const scenario& a, const scenario& b) {
    scenario s;
    s.name = a.name + " + " + b.name;
    s.description = a.description.empty() ? b.description
                                          : (b.description.empty() ? a.description : a.description + "; " + b.description);
    if (a.horizon || b.horizon) s.horizon = std::max(a.horizon.value_or(b.horizon.value_or(0)), b.horizon.value_or(0));
    s.edits = a.edits;
    s.edits.insert(s.edits.end(), b.edits.begin(), b.edits.end());
    return s;
}

// =================================================================== shocks

namespace {
void check_year(const network& net, int y, const char* where) {
    const year_range yr = net.years();
    if (y < yr.from || y > yr.to)
        throw invalid_input(fmt::format("[kzsec] {}: year {} is outside the network's years [{}, {}]", where, y, yr.from, yr.to));
}
bool is_member(const network& net, const std::string& who, const std::string& org, int y) {
    for (const auto& m : net.memberships())
        if (m.member == who && m.organisation == org && m.status == "member" && m.years.contains(y)) return true;
    return false;
}
}  // namespace

shock_result sanctions_shock(const network& net, const sanctions_spec& sp) {
    const char* where = "sanctions_shock";
    net.get_actor(sp.target);
    for (const auto& u : sp.unions) net.get_actor(u);
    for (const auto& m : sp.members) net.get_actor(m);
    if (!std::isfinite(sp.intensity) || sp.intensity < 0)
        throw invalid_input(fmt::format("[kzsec] {}: intensity must be finite and >= 0, got {}", where, sp.intensity));
    if (!net.has_domain(sp.domain)) throw invalid_input(fmt::format("[kzsec] {}: unknown domain '{}'", where, sp.domain));
    check_year(net, sp.year, where);
    const int u = sp.until.value_or(net.years().to);
    shock_result out;
    out.edits.name = fmt::format("sanctions on {} from {}", sp.target, sp.year);
    out.edits.description = fmt::format(
        "rule 1: dv_{}(M, {}) = -{} x {}(M, {}) for members M of an economic union with {}", sp.domain, sp.target,
        sp.intensity, sp.dependence_metric, sp.target, sp.target);
    // organisations shared with the target
    std::vector<std::string> orgs;
    if (!sp.unions.empty()) {
        orgs = sp.unions;
    } else {
        for (const auto& a : net.actors())
            if (a.kind == actor_kind::organisation && is_member(net, sp.target, a.id, sp.year)) orgs.push_back(a.id);
    }
    std::vector<std::string> members;  // network order, unique
    for (const auto& a : net.actors()) {
        if (a.id == sp.target || a.kind == actor_kind::organisation) continue;
        if (!sp.members.empty() && std::find(sp.members.begin(), sp.members.end(), a.id) == sp.members.end()) continue;
        for (const auto& o : orgs)
            if (is_member(net, sp.target, o, sp.year) && is_member(net, a.id, o, sp.year)) {
                members.push_back(a.id);
                break;
            }
    }
    for (const auto& m : members) {
        int best_year = std::numeric_limits<int>::min();
        double sum = 0.0;
        int n = 0;
        for (const auto& k : net.metrics()) {
            if (k.name != sp.dependence_metric || k.a != m || k.b != sp.target || k.year > sp.year) continue;
            if (k.year > best_year) best_year = k.year, sum = 0.0, n = 0;
            if (k.year == best_year) sum += k.value, ++n;
        }
        double dep = n > 0 ? sum / n : sp.default_dependence;
        if (std::isnan(dep)) {
            out.explanation.push_back(fmt::format("{}: skipped, no '{}' metric ({} -> {}) up to {} and no default", m,
                                                  sp.dependence_metric, m, sp.target, sp.year));
            continue;
        }
        auto holds = [&](bool directed) {
            for (const auto& r : net.relations())
                if (same_pair(r, m, sp.target, sp.domain, directed) && r.years.overlaps({sp.year, u})) return true;
            return false;
        };
        bool directed = false;
        if (!holds(false)) {
            if (!holds(true)) {
                out.explanation.push_back(fmt::format("{}: skipped, no {} relation with {} in [{}, {}]", m, sp.domain,
                                                      sp.target, sp.year, u));
                continue;
            }
            directed = true;
        }
        edit e;
        e.kind = edit_kind::change_relation;
        e.year = sp.year;
        e.until = sp.until;
        e.a = m;
        e.b = sp.target;
        e.domain = sp.domain;
        e.directed = directed;
        e.value = -sp.intensity * dep;
        e.label = fmt::format("sanctions on {}: {} {} {:+.4f} (= -{} x {} {})", sp.target, m, sp.domain, e.value,
                              sp.intensity, sp.dependence_metric, dep);
        out.explanation.push_back(fmt::format("{}: dependence {} ({}{}), delta {:+.4f}", m, dep, sp.dependence_metric,
                                              n > 0 ? fmt::format(" in {}", best_year) : std::string(" default"), e.value));
        out.edits.edits.push_back(std::move(e));
    }
    return out;
}

shock_result conflict_shock(const network& net, const conflict_spec& sp) {
    const char* where = "conflict_shock";
    net.get_actor(sp.a);
    net.get_actor(sp.b);
    for (const auto& t : sp.targets) net.get_actor(t);
    if (sp.a == sp.b) throw invalid_input(fmt::format("[kzsec] {}: the two powers must differ", where));
    if (!(sp.intensity >= 0 && sp.intensity <= 1))
        throw invalid_input(fmt::format("[kzsec] {}: intensity must be in [0, 1], got {}", where, sp.intensity));
    if (!(sp.factor >= 0 && sp.factor <= 1))
        throw invalid_input(fmt::format("[kzsec] {}: factor must be in [0, 1], got {}", where, sp.factor));
    if (!net.has_domain(sp.domain)) throw invalid_input(fmt::format("[kzsec] {}: unknown domain '{}'", where, sp.domain));
    for (const auto& d : sp.conflict_domains)
        if (!net.has_domain(d)) throw invalid_input(fmt::format("[kzsec] {}: unknown domain '{}'", where, d));
    check_year(net, sp.year, where);
    shock_result out;
    out.edits.name = fmt::format("conflict {}-{} from {}", sp.a, sp.b, sp.year);
    out.edits.description = fmt::format(
        "rule 2: p = {} x {} x min(w_FA, w_FB) in '{}'; dv(F, {}) = dv(F, {}) = -p", sp.factor, sp.intensity, sp.domain,
        sp.a, sp.b);
    if (sp.set_conflict) {
        for (const auto& d : sp.conflict_domains) {
            edit e;
            e.kind = edit_kind::set_relation;
            e.year = sp.year;
            e.until = sp.until;
            e.a = sp.a;
            e.b = sp.b;
            e.domain = d;
            e.value = -sp.intensity;
            e.label = fmt::format("conflict: {}-{} {} = {}", sp.a, sp.b, d, -sp.intensity);
            out.edits.edits.push_back(std::move(e));
        }
    }
    for (const auto& act : net.actors()) {
        if (act.id == sp.a || act.id == sp.b) continue;
        if (sp.targets.empty() ? act.kind != actor_kind::state
                               : std::find(sp.targets.begin(), sp.targets.end(), act.id) == sp.targets.end())
            continue;
        auto ra = net.find_relation(act.id, sp.a, sp.domain, sp.year);
        auto rb = net.find_relation(act.id, sp.b, sp.domain, sp.year);
        if (!ra || !rb || ra->value <= 0 || rb->value <= 0) continue;
        const double p = sp.factor * sp.intensity * std::min(ra->value, rb->value);
        out.explanation.push_back(fmt::format("{}: w_F{} = {}, w_F{} = {}, p = {} x {} x {} = {:.4f}", act.id, sp.a,
                                              ra->value, sp.b, rb->value, sp.factor, sp.intensity,
                                              std::min(ra->value, rb->value), p));
        if (p == 0) continue;
        for (const auto* r : {&*ra, &*rb}) {
            edit e;
            e.kind = edit_kind::change_relation;
            e.year = sp.year;
            e.until = sp.until;
            e.a = act.id;
            e.b = r == &*ra ? sp.a : sp.b;
            e.domain = sp.domain;
            e.directed = r->directed;
            e.value = -p;
            e.label = fmt::format("cross-pressure {}-{}: {} {} {:+.4f}", sp.a, sp.b, act.id, e.b, -p);
            out.edits.edits.push_back(std::move(e));
        }
    }
    return out;
}

}  // namespace kzsec::scenario
