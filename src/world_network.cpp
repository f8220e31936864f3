// The world network: crosswalk, UN agreement by year, and the rules that turn
// the data sets into relations (docs/world.md).
#include <fmt/format.h>

#include <Eigen/Dense>
#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"
#include "kzsec/world.hpp"

#include "target_clones.hpp"

#ifdef _OPENMP
#include <omp.h>
#endif

namespace kzsec::world {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Documented exceptions to "the ISO3 of the ideal-point file" (docs/world.md, Actor ids).
const std::map<int, std::string>& id_overrides() {
    static const std::map<int, std::string> m = {
        {345, "SRB"},  // Yugoslavia / Serbia and Montenegro / Serbia: one COW code, the successor's ISO3
        {678, "YEM"},  // Yemen Arab Republic: continued by the Republic of Yemen (679); the file says YAR
        {680, "YMD"},  // Yemen People's Republic: ISO 3166-3 YMD; the file says YAR
        {347, "XKX"},  // Kosovo: not in the ideal-point file; XKX is the code in common use
        {511, "ZAN"},  // Zanzibar (1963-64): no ISO3; COW abbreviation
        {817, "RVN"},  // Republic of Vietnam (1954-75): no ISO3; COW abbreviation
    };
    return m;
}

// Documented G-W codes that differ from the COW code.
std::optional<int> gw_override(int ccode) {
    switch (ccode) {
        case 255: return 260;  // unified Germany is 260 in G-W
        case 345: return 340;  // Serbia after 2006 is 340 in G-W (345 before)
        case 679: return 678;  // Yemen is 678 in G-W
        default: return std::nullopt;
    }
}

std::string region_of(int cc) {
    if (cc < 200) return "Americas";
    if (cc < 400) return "Europe";
    if (cc < 627) return "Africa";
    if (cc < 700) return "Middle East";
    if (cc < 900) return "Asia";
    return "Oceania";
}


}  // namespace

bool state_entry::in_system(int year) const noexcept {
    for (const auto& s : spells)
        if (s.contains(year)) return true;
    return false;
}

std::string crosswalk::iso3_of(int ccode) const {
    auto it = cow_to_iso3.find(ccode);
    return it == cow_to_iso3.end() ? std::string() : it->second;
}

const state_entry& crosswalk::state(std::string_view iso3) const {
    auto it = std::lower_bound(states.begin(), states.end(), iso3,
                               [](const state_entry& s, std::string_view k) { return s.iso3 < k; });
    if (it == states.end() || it->iso3 != iso3) throw unknown_actor(fmt::format("[kzsec] world: unknown state '{}'", iso3));
    return *it;
}

crosswalk build_crosswalk(const state_spells& cow, const gw_spells& gw, const ideal_points& ip, const un_votes& votes,
                          int last_year) {
    crosswalk cw;
    // COW code -> ISO3 from the ideal points (one ISO3 per code, checked).
    std::map<int, std::string> from_ip;
    std::map<std::string, int> ip_name_to_cc;
    for (std::size_t r = 0; r < ip.size(); ++r) {
        if (ip.iso3c[r].empty()) continue;
        auto [it, fresh] = from_ip.emplace(ip.ccode[r], ip.iso3c[r]);
        if (!fresh && it->second != ip.iso3c[r])
            throw invalid_input(fmt::format("[kzsec] world crosswalk: COW code {} has two ISO3 codes ({}, {}) in the ideal points",
                                            ip.ccode[r], it->second, ip.iso3c[r]));
        ip_name_to_cc.emplace(ip.countryname[r], ip.ccode[r]);
    }
    auto id_of = [&](int cc, const std::string& abb) -> std::string {
        if (auto o = id_overrides().find(cc); o != id_overrides().end()) return o->second;
        if (auto f = from_ip.find(cc); f != from_ip.end()) return f->second;
        return "COW_" + abb;  // states that left the system before the UN existed
    };
    std::map<std::string, state_entry> by_id;
    std::map<std::string, std::pair<date, int>> latest;  // id -> (latest start, its code)
    for (std::size_t r = 0; r < cow.size(); ++r) {
        const int cc = cow.ccode[r];
        const std::string id = id_of(cc, cow.stateabb[r]);
        cw.cow_to_iso3[cc] = id;
        state_entry& e = by_id[id];
        e.iso3 = id;
        if (std::find(e.ccodes.begin(), e.ccodes.end(), cc) == e.ccodes.end()) e.ccodes.push_back(cc);
        int to = cow.end[r].year;
        if (cow.end[r].year == 2016 && cow.end[r].month == 12 && cow.end[r].day == 31) to = std::max(to, last_year);
        e.spells.push_back({cow.start[r].year, to});
        auto& l = latest[id];
        const date& st = cow.start[r];
        if (l.second == 0 || std::tie(st.year, st.month, st.day) > std::tie(l.first.year, l.first.month, l.first.day)) {
            l = {st, cc};
            e.name = cow.statenme[r];
            e.stateabb = cow.stateabb[r];
        }
    }
    for (auto& [id, e] : by_id) {
        std::sort(e.ccodes.begin(), e.ccodes.end());
        std::sort(e.spells.begin(), e.spells.end(), [](const year_range& a, const year_range& b) { return a.from < b.from; });
        std::vector<year_range> merged;
        for (const auto& s : e.spells)
            if (!merged.empty() && s.from <= merged.back().to + 1)
                merged.back().to = std::max(merged.back().to, s.to);
            else
                merged.push_back(s);
        e.spells = std::move(merged);
        const int cc = latest[id].second;
        const int gwc = gw_override(cc).value_or(cc);
        if (std::find(gw.gwcode.begin(), gw.gwcode.end(), gwc) != gw.gwcode.end()) e.gwcode = gwc;
    }
    // UN country names -> actor ids: through the ideal points' names (identical in both files),
    // plus the three rows without ISO2 (docs/world.md).
    static const std::map<std::string, int> extra = {{"Federal Republic of Germany", 260}, {"Zanzibar", 511}};
    for (std::size_t c = 0; c < votes.country_names.size(); ++c) {
        const std::string& name = votes.country_names[c];
        int cc = 0;
        if (auto it = ip_name_to_cc.find(name); it != ip_name_to_cc.end()) cc = it->second;
        else if (auto x = extra.find(name); x != extra.end()) cc = x->second;
        auto id = cw.cow_to_iso3.find(cc);
        if (cc == 0 || id == cw.cow_to_iso3.end()) {
            cw.unmatched_un_countries.push_back(name);
            continue;
        }
        cw.un_country_to_iso3[name] = id->second;
        auto& e = by_id[id->second];
        if (e.iso2.empty() && !votes.country_codes[c].empty() && cc == latest[id->second].second) e.iso2 = votes.country_codes[c];
    }
    for (auto& [id, e] : by_id) cw.states.push_back(std::move(e));
    return cw;
}

// ---------------------------------------------------------- UN agreement

namespace {
// For every pair (i, j) of one year's countries, from their yes/abstain/no bit sets
// (country i's three sets at bits[(3 i + v) * words], v = 0 yes, 1 abstain, 2 no):
// joint = |V_i & V_j| with V = yes | abstain | no, and the sum over joint roll calls of
// |v_i - v_j| / 2 = |yes_i & no_j| + |no_i & yes_j| + (|abstain_i & (yes_j | no_j)| +
// |abstain_j & (yes_i | no_i)|) / 2. Writes joint (n x n, column-major) and IA = 1 - sum / joint
// (NaN where joint = 0). Exact integer counts; O(n^2 words).
KZSEC_TARGET_CLONES("popcnt", "default")
void agreement_pairs(const std::uint64_t* bits, std::size_t n, std::size_t words, int* joint, double* agreement) {
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t* yi = bits + (3 * i) * words;
        const std::uint64_t* ai = yi + words;
        const std::uint64_t* ni = ai + words;
        for (std::size_t j = i; j < n; ++j) {
            const std::uint64_t* yj = bits + (3 * j) * words;
            const std::uint64_t* aj = yj + words;
            const std::uint64_t* nj = aj + words;
            int both = 0, opposite = 0, half = 0;
            for (std::size_t w = 0; w < words; ++w) {
                const std::uint64_t vi = yi[w] | ai[w] | ni[w], vj = yj[w] | aj[w] | nj[w];
                both += std::popcount(vi & vj);
                opposite += std::popcount((yi[w] & nj[w]) | (ni[w] & yj[w]));
                half += std::popcount(ai[w] & (yj[w] | nj[w])) + std::popcount(aj[w] & (yi[w] | ni[w]));
            }
            const double ia = both > 0 ? 1.0 - (opposite + 0.5 * half) / both : std::numeric_limits<double>::quiet_NaN();
            joint[i + j * n] = joint[j + i * n] = both;
            agreement[i + j * n] = agreement[j + i * n] = ia;
        }
    }
}
}  // namespace

std::vector<agreement_year> un_agreement_by_year(const un_votes& votes, const un_roll_calls& rc, int threads) {
    std::unordered_map<std::int32_t, int> year_of;
    year_of.reserve(rc.size());
    for (std::size_t r = 0; r < rc.size(); ++r) year_of.emplace(rc.rcid[r], rc.year[r]);
    // Rows grouped by year.
    std::map<int, std::vector<std::size_t>> rows;
    for (std::size_t r = 0; r < votes.size(); ++r) {
        auto it = year_of.find(votes.rcid[r]);
        if (it == year_of.end())
            throw invalid_input(fmt::format("[kzsec] un_agreement_by_year: vote row {} refers to roll call {}, which is not in the roll calls",
                                            r + 1, votes.rcid[r]));
        rows[it->second].push_back(r);
    }
    std::vector<std::pair<int, const std::vector<std::size_t>*>> jobs;
    for (const auto& [year, rs] : rows) jobs.emplace_back(year, &rs);
    std::vector<agreement_year> out(jobs.size());
    // One year per task (the pair counts of one year are cheap: popcounts of bit sets).
    const int nthreads = threads > 0 ? threads : 0;
#ifdef _OPENMP
#pragma omp parallel for schedule(dynamic, 1) num_threads(nthreads > 0 ? nthreads : omp_get_max_threads())
#else
    (void)nthreads;
#endif
    for (std::size_t job = 0; job < jobs.size(); ++job) {
        const int year = jobs[job].first;
        const std::vector<std::size_t>& rs = *jobs[job].second;
        std::map<std::int32_t, int> col;
        std::map<std::int32_t, int> row;
        for (std::size_t r : rs) {
            col.emplace(votes.rcid[r], 0);
            row.emplace(votes.country[r], 0);
        }
        int k = 0;
        for (auto& [id, c] : col) c = k++;
        k = 0;
        for (auto& [id, c] : row) c = k++;
        const Eigen::Index n = static_cast<Eigen::Index>(row.size());
        const std::size_t words = (col.size() + 63) / 64;
        // The votes of each country as three bit sets (yes, abstain, no) over the year's roll calls.
        std::vector<std::uint64_t> bits(static_cast<std::size_t>(n) * 3 * words, 0);
        for (std::size_t r : rs) {
            const std::size_t i = static_cast<std::size_t>(row[votes.country[r]]), c = static_cast<std::size_t>(col[votes.rcid[r]]);
            bits[(i * 3 + static_cast<std::size_t>(votes.vote[r] - 1)) * words + c / 64] |= std::uint64_t{1} << (c % 64);
        }
        agreement_year ay;
        ay.year = year;
        for (const auto& [c, i] : row) ay.countries.push_back(votes.country_names[static_cast<std::size_t>(c)]);
        ay.joint.resize(n, n);
        ay.agreement.resize(n, n);
        agreement_pairs(bits.data(), static_cast<std::size_t>(n), words, ay.joint.data(), ay.agreement.data());
        out[job] = std::move(ay);
    }
    return out;
}

// ---------------------------------------------------------------- builder

namespace {

struct builder {
    const sources& src;
    const world_options& opt;
    crosswalk cw;
    network net;
    std::vector<relation> rels;
    std::set<std::string> keep;  // actor ids kept (empty = all)
    std::unordered_map<int, int> actor_of_cc;  // ccode -> index into cw.states

    builder(const sources& s, const world_options& o) : src(s), opt(o) {}

    // The actor of a COW code in a year: the state must be in the system, and when two codes map to
    // one actor (DEU: 260 then 255; YEM: 678 then 679) only the code whose spell started last counts.
    /// The actor index of a COW code in a year (-1: none, or not kept unless `any` is set).
    int actor(int cc, int year, bool any = false) const {
        auto it = actor_of_cc.find(cc);
        if (it == actor_of_cc.end()) return -1;
        const state_entry& e = cw.states[static_cast<std::size_t>(it->second)];
        if (!e.in_system(year)) return -1;
        if (e.ccodes.size() > 1) {
            int best = -1, best_start = -1;
            for (std::size_t r = 0; r < src.cow_states.size(); ++r) {
                if (std::find(e.ccodes.begin(), e.ccodes.end(), src.cow_states.ccode[r]) == e.ccodes.end()) continue;
                const int to = src.cow_states.end[r].year == 2016 ? opt.last_year : src.cow_states.end[r].year;
                if (src.cow_states.start[r].year <= year && year <= to && src.cow_states.start[r].year > best_start) {
                    best_start = src.cow_states.start[r].year;
                    best = src.cow_states.ccode[r];
                }
            }
            if (best != cc) return -1;
        }
        if (!any && !keep.empty() && !keep.count(e.iso3)) return -1;
        return it->second;
    }
    const std::string& id(int a) const { return cw.states[static_cast<std::size_t>(a)].iso3; }
    bool in_system(int a, int year) const { return cw.states[static_cast<std::size_t>(a)].in_system(year); }

    bool year_ok(int y) const { return opt.first_year <= y && y <= opt.last_year; }
    std::set<std::string> interned;
    const char* intern(const std::string& x) { return interned.insert(x).first->c_str(); }

    // One observed dyad-year of a domain, before runs of equal years are merged.
    struct cell {
        int a, b, year;
        double value;
        confidence conf;
        const char* source;
        std::string note;
    };
    using cells_t = std::vector<cell>;

    // Sorts the cells by (a, b, year) (a later cell of the same dyad-year replaces an earlier one)
    // and appends one relation per run of consecutive years with the same value, confidence,
    // source and note.
    void emit_runs(const std::string& domain, bool directed, cells_t& cells) {
        std::stable_sort(cells.begin(), cells.end(), [](const cell& x, const cell& y) {
            return std::tie(x.a, x.b, x.year) < std::tie(y.a, y.b, y.year);
        });
        std::size_t i = 0;
        auto next_distinct = [&](std::size_t k) {  // last index of the dyad-year group starting at k
            while (k + 1 < cells.size() && cells[k + 1].a == cells[k].a && cells[k + 1].b == cells[k].b &&
                   cells[k + 1].year == cells[k].year)
                ++k;
            return k;
        };
        while (i < cells.size()) {
            const std::size_t first = next_distinct(i);
            const cell& c = cells[first];
            int last = c.year;
            std::size_t j = first + 1;
            while (j < cells.size()) {
                const std::size_t k = next_distinct(j);
                const cell& d = cells[k];
                if (d.a != c.a || d.b != c.b || d.year != last + 1 || d.value != c.value || d.conf != c.conf ||
                    d.source != c.source || d.note != c.note)
                    break;
                last = d.year;
                j = k + 1;
            }
            relation r;
            r.a = id(c.a);
            r.b = id(c.b);
            r.domain = domain;
            r.value = c.value;
            r.directed = directed;
            r.years = {c.year, last};
            r.conf = c.conf;
            r.basis = "data";
            r.source = c.source;
            r.note = c.note;
            rels.push_back(std::move(r));
            i = j;
        }
        cells_t().swap(cells);
    }

    // ------------------------------------------------------------ security
    /// One dyad-year of the security domain: alliance level, hostility, notes.
    struct sec {
        double alliance = 0.0;
        double hostility = 0.0;
        int hostlev = 0;
        std::string rivalry;
        bool carried_alliance = false, carried_rivalry = false;
    };
    /// (a, b) with a < b (actor indices) -> year -> security cell
    using sec_cells = std::map<std::pair<int, int>, std::map<int, sec>>;
    static std::map<int, sec>& sec_at(sec_cells& cells, int a, int b) {
        return cells[{std::min(a, b), std::max(a, b)}];
    }

    /// ATOP pledges (the last ATOP year carried to last_year if asked).
    void add_alliances(sec_cells& cells) const {
        int atop_last = 0;
        for (std::size_t r = 0; r < src.atop.size(); ++r) atop_last = std::max(atop_last, src.atop.year[r]);
        for (std::size_t r = 0; r < src.atop.size(); ++r) {
            const int y = src.atop.year[r];
            const bool carry = opt.carry_alliances && y == atop_last;
            if (!year_ok(y) && !(carry && y < opt.last_year)) continue;
            const double level = (src.atop.defense[r] || src.atop.offense[r])    ? opt.defense_value
                                 : (src.atop.neutral[r] || src.atop.consul[r]) ? opt.neutral_consult_value
                                 : src.atop.nonagg[r]                           ? opt.nonagg_value
                                                                                : 0.0;
            if (level == 0.0) continue;
            const int to = carry ? opt.last_year : y;
            for (int yy = std::max(y, opt.first_year); yy <= to; ++yy) {
                const int a = actor(src.atop.ccode1[r], yy), b = actor(src.atop.ccode2[r], yy);
                if (a < 0 || b < 0 || a == b) continue;
                sec& s = sec_at(cells, a, b)[yy];
                s.alliance = std::max(s.alliance, level);
                if (yy > y) s.carried_alliance = true;
            }
        }
    }

    /// GML militarised disputes: the lowest hostility value of the year.
    void add_disputes(sec_cells& cells) const {
        for (std::size_t r = 0; r < src.mids.size(); ++r) {
            const int y = src.mids.year[r];
            if (!year_ok(y)) continue;
            const int a = actor(src.mids.ccode1[r], y), b = actor(src.mids.ccode2[r], y);
            if (a < 0 || b < 0 || a == b) continue;
            const int h = std::max<int>(src.mids.hostlev1[r], src.mids.hostlev2[r]);
            if (h < 1 || h > 5) continue;
            sec& s = sec_at(cells, a, b)[y];
            if (h > s.hostlev) s.hostlev = h;
            s.hostility = std::min(s.hostility, opt.mid_values[static_cast<std::size_t>(h)]);
        }
    }

    /// Thompson-Dreyer strategic rivalries (those running at the end of the data carried if asked).
    void add_rivalries(sec_cells& cells) const {
        int td_last = 0;
        for (std::size_t r = 0; r < src.rivals.size(); ++r) td_last = std::max(td_last, src.rivals.endyear[r]);
        for (std::size_t r = 0; r < src.rivals.size(); ++r) {
            const bool carry = opt.carry_rivalries && src.rivals.endyear[r] == td_last;
            const int to = carry ? opt.last_year : src.rivals.endyear[r];
            for (int y = std::max(src.rivals.styear[r], opt.first_year); y <= std::min(to, opt.last_year); ++y) {
                const int a = actor(src.rivals.ccode1[r], y), b = actor(src.rivals.ccode2[r], y);
                if (a < 0 || b < 0 || a == b) continue;
                sec& s = sec_at(cells, a, b)[y];
                s.hostility = std::min(s.hostility, opt.rivalry_value);
                s.rivalry = src.rivals.name[r];
                if (y > src.rivals.endyear[r]) s.carried_rivalry = true;
            }
        }
    }

    /// The relation value, sources and notes of each cell.
    cells_t security_values(const sec_cells& cells) {
        cells_t out;
        for (const auto& [ab, years] : cells) {
            for (const auto& [y, s] : years) {
                // Hostility dominates: a dispute or rivalry is not offset by a treaty (docs/world.md).
                const double v = s.hostility < 0 ? s.hostility : s.alliance;
                if (v == 0.0 && s.alliance == 0.0 && s.hostility == 0.0) continue;
                std::vector<std::string> srcs, notes;
                if (s.alliance > 0) {
                    srcs.emplace_back("ATOP 5.1 (Leeds et al. 2002)");
                    notes.push_back(s.alliance == opt.defense_value          ? "defence/offence pledge"
                                    : s.alliance == opt.neutral_consult_value ? "neutrality/consultation pledge"
                                                                              : "non-aggression pledge");
                    if (s.carried_alliance) notes.emplace_back("ATOP ends 2018: carried from 2018");
                }
                if (s.hostlev > 0) {
                    srcs.emplace_back("GML MID 2.2.1 (Gibler, Miller & Little 2016)");
                    notes.push_back(fmt::format("militarised dispute, hostility level {}", s.hostlev));
                }
                if (!s.rivalry.empty()) {
                    srcs.emplace_back("Thompson & Dreyer 2012 strategic rivalries");
                    notes.push_back(fmt::format("strategic rivalry '{}'", s.rivalry));
                    if (s.carried_rivalry) notes.emplace_back("rivalry data end 2010: carried");
                }
                std::string source, note;
                for (const auto& x : srcs) source += (source.empty() ? "" : "; ") + x;
                for (const auto& x : notes) note += (note.empty() ? "" : "; ") + x;
                const confidence c = (s.carried_alliance || s.carried_rivalry) ? confidence::medium : confidence::high;
                out.push_back({ab.first, ab.second, y, v, c, intern(source), std::move(note)});
            }
        }
        return out;
    }

    void security() {
        sec_cells cells;
        add_alliances(cells);
        add_disputes(cells);
        add_rivalries(cells);
        cells_t out = security_values(cells);
        emit_runs("security", false, out);
    }

    // ----------------------------------------------------------- political
    void political() {
        const auto years = un_agreement_by_year(src.votes, src.roll_calls);
        cells_t cells;
        int last_vote_year = 0;
        for (const auto& ay : years) {
            // years with too few roll calls for any dyad do not count as covered
            if (ay.joint.size() && ay.joint.maxCoeff() >= opt.min_joint_votes) last_vote_year = std::max(last_vote_year, ay.year);
            if (!year_ok(ay.year)) continue;
            std::vector<int> act(ay.countries.size(), -1);
            for (std::size_t i = 0; i < ay.countries.size(); ++i) {
                auto it = cw.un_country_to_iso3.find(ay.countries[i]);
                if (it == cw.un_country_to_iso3.end()) continue;
                for (const int cc : cw.state(it->second).ccodes) {
                    const int a = actor(cc, ay.year);
                    if (a >= 0) act[i] = a;
                }
            }
            for (std::size_t i = 0; i < act.size(); ++i)
                for (std::size_t j = i + 1; j < act.size(); ++j) {
                    const int a = act[i], b = act[j];
                    if (a < 0 || b < 0 || a == b) continue;
                    const int n = ay.joint(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
                    if (n < opt.min_joint_votes) continue;
                    const double ia = ay.agreement(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
                    const confidence c = n >= 50 ? confidence::high : n >= 20 ? confidence::medium : confidence::low;
                    cells.push_back({std::min(a, b), std::max(a, b), ay.year, std::clamp(2.0 * ia - 1.0, -1.0, 1.0), c,
                                     "Voeten, Strezhnev & Bailey UNGA votes (R unvotes 0.2.0.9000); Lijphart IA",
                                     fmt::format("2 IA - 1 over {} joint roll calls", n)});
                }
        }
        if (opt.political_from_ideal_points_after_votes && opt.last_year > last_vote_year) ideal_point_years(cells, last_vote_year);
        emit_runs("political", false, cells);
    }

    // 2 IA - 1 predicted from the ideal-point distance, by least squares over the last five vote years.
    void ideal_point_years(cells_t& cells, int last_vote_year) {
        std::map<std::pair<int, int>, double> ip;  // (actor, year) -> idealpointfp
        for (std::size_t r = 0; r < src.ideal.size(); ++r) {
            if (std::isnan(src.ideal.idealpointfp[r])) continue;
            const int y = src.ideal.year[r];
            const int a = actor(src.ideal.ccode[r], y);
            if (a >= 0) ip[{a, y}] = src.ideal.idealpointfp[r];
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        long n = 0;
        for (const auto& c : cells) {
                const int y = c.year;
                if (y <= last_vote_year - 5) continue;
                auto ia = ip.find({c.a, y}), ib = ip.find({c.b, y});
                if (ia == ip.end() || ib == ip.end()) continue;
                const double d = std::abs(ia->second - ib->second);
                sx += d, sy += c.value, sxx += d * d, sxy += d * c.value, ++n;
            }
        if (n < 100) return;
        const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx), icept = (sy - slope * sx) / n;
        fit_slope = slope;
        fit_intercept = icept;
        fit_n = n;
        std::map<int, std::vector<std::pair<int, double>>> by_year;
        for (const auto& [ay, v] : ip)
            if (ay.second > last_vote_year && year_ok(ay.second)) by_year[ay.second].emplace_back(ay.first, v);
        for (const auto& [y, xs] : by_year)
            for (std::size_t i = 0; i < xs.size(); ++i)
                for (std::size_t j = i + 1; j < xs.size(); ++j) {
                    const int a = std::min(xs[i].first, xs[j].first), b = std::max(xs[i].first, xs[j].first);
                    const double d = std::abs(xs[i].second - xs[j].second);
                    cells.push_back({a, b, y, std::clamp(icept + slope * d, -1.0, 1.0), confidence::low,
                                        "Bailey, Strezhnev & Voeten ideal points (July 2025)",
                                        fmt::format("votes end {}: 2 IA - 1 = {:.4f} {:+.4f} x |ideal point distance {:.3f}|",
                                                    last_vote_year, icept, slope, d)});
                }
    }
    double fit_slope = nan, fit_intercept = nan;
    long fit_n = 0;

    // ------------------------------------------------------------ economic
    void economic() {
        // per year: total trade of each actor, and the dyad totals
        int trade_last = 0;
        for (std::size_t r = 0; r < src.trade.size(); ++r) trade_last = std::max(trade_last, src.trade.year[r]);
        std::map<int, std::unordered_map<int, double>> total;                 // year -> actor -> total
        std::map<int, std::map<std::pair<int, int>, std::pair<double, bool>>> dyad;  // year -> (a<b) -> (trade, both flows)
        for (std::size_t r = 0; r < src.trade.size(); ++r) {
            const int y = src.trade.year[r];
            if (!year_ok(y) && !(opt.carry_trade && y == trade_last && y < opt.first_year)) continue;
            // the total trade of a state is over all its partners, kept in `actors` or not
            const int a0 = actor(src.trade.ccode1[r], y, true), b0 = actor(src.trade.ccode2[r], y, true);
            if (a0 < 0 || b0 < 0 || a0 == b0) continue;
            const double f1 = src.trade.flow1[r], f2 = src.trade.flow2[r];
            const bool both = !std::isnan(f1) && !std::isnan(f2);
            const double t = (std::isnan(f1) ? 0.0 : f1) + (std::isnan(f2) ? 0.0 : f2);
            total[y][a0] += t;
            total[y][b0] += t;
            const int a = actor(src.trade.ccode1[r], y), b = actor(src.trade.ccode2[r], y);
            if (a < 0 || b < 0) continue;
            auto& d = dyad[y][{std::min(a, b), std::max(a, b)}];
            d.first += t;
            d.second = both;
        }
        cells_t cells;  // directed (a, b)
        const char* source = "COW Dyadic Trade 4.0 (Barbieri & Keshk 2016), rounded flows of peacesciencer";
        for (const auto& [y, dy] : dyad) {
            const auto& tot = total[y];
            for (const auto& [ab, tv] : dy) {
                for (int dir = 0; dir < 2; ++dir) {
                    const int a = dir ? ab.second : ab.first, b = dir ? ab.first : ab.second;
                    const double ta = tot.at(a);
                    if (ta <= 0) continue;
                    const double share = std::round(tv.first / ta * 1e4) / 1e4;
                    if (share < opt.min_trade_share) continue;
                    const confidence c = tv.second ? confidence::high : confidence::medium;
                    if (year_ok(y)) cells.push_back({a, b, y, share, c, source, tv.second ? "both flows reported" : "one flow reported"});
                    if (opt.carry_trade && y == trade_last)
                        for (int yy = std::max(y + 1, opt.first_year); yy <= opt.last_year; ++yy)
                            if (in_system(a, yy) && in_system(b, yy))
                                cells.push_back({a, b, yy, share, confidence::low, source,
                                                 fmt::format("trade data end {}: share of {} carried", y, y)});
                }
            }
        }
        emit_runs("economic", true, cells);
    }

    // ------------------------------------------------------- institutional
    void institutional() {
        int igo_last = 0;
        for (std::size_t r = 0; r < src.igo.size(); ++r) igo_last = std::max(igo_last, src.igo.year[r]);
        std::map<int, std::unordered_map<int, int>> most;  // year -> actor -> max joint count with any partner
        struct obs { int a, b, y, n; };
        std::vector<obs> rows;
        for (std::size_t r = 0; r < src.igo.size(); ++r) {
            const int y = src.igo.year[r];
            if (!year_ok(y) && !(opt.carry_igo && y == igo_last)) continue;
            if (src.igo.dyadigos[r] <= 0) continue;
            // the largest joint count of a state is over all its partners, kept in `actors` or not
            const int a0 = actor(src.igo.ccode1[r], y, true), b0 = actor(src.igo.ccode2[r], y, true);
            if (a0 < 0 || b0 < 0 || a0 == b0) continue;
            int& ma = most[y][a0];
            int& mb = most[y][b0];
            ma = std::max<int>(ma, src.igo.dyadigos[r]);
            mb = std::max<int>(mb, src.igo.dyadigos[r]);
            const int a = actor(src.igo.ccode1[r], y), b = actor(src.igo.ccode2[r], y);
            if (a < 0 || b < 0) continue;
            rows.push_back({std::min(a, b), std::max(a, b), y, src.igo.dyadigos[r]});
        }
        cells_t cells;
        const char* source = "COW IGO 3.0 (Pevehouse et al. 2020), joint full memberships";
        for (const auto& o : rows) {
            const double den = std::sqrt(static_cast<double>(most[o.y][o.a]) * most[o.y][o.b]);
            double v = o.n / den;
            if (opt.igo_round > 0) v = std::round(v / opt.igo_round) * opt.igo_round;
            v = std::clamp(v, 0.0, 1.0);
            if (v <= 0) continue;
            if (year_ok(o.y)) cells.push_back({o.a, o.b, o.y, v, confidence::high, source, std::string()});
            if (opt.carry_igo && o.y == igo_last)
                for (int yy = std::max(o.y + 1, opt.first_year); yy <= opt.last_year; ++yy)
                    if (in_system(o.a, yy) && in_system(o.b, yy))
                        cells.push_back({o.a, o.b, yy, v, confidence::medium, source, fmt::format("IGO data end {}: carried", o.y)});
        }
        emit_runs("institutional", false, cells);
    }

    // -------------------------------------------------------- capabilities
    void capabilities() {
        static const char* names[6] = {"milex", "milper", "irst", "pec", "tpop", "upop"};
        static const char* units[6] = {"thousands (GBP to 1913, current USD from 1914)", "thousands",
                                       "thousands of tons", "thousands of coal-ton equivalents", "thousands",
                                       "thousands"};
        const std::string source = "COW National Material Capabilities 7.0 (Singer, Bremer & Stuckey 1972)";
        for (std::size_t r = 0; r < src.nmc.year.size(); ++r) {
            const int y = src.nmc.year[r];
            if (!year_ok(y)) continue;
            const int a = actor(src.nmc.ccode[r], y);
            if (a < 0) continue;
            const double c = src.nmc.cinc[static_cast<Eigen::Index>(r)];
            if (!std::isnan(c)) {
                net_actor_caps[a][y] = c;
                metric m;
                m.name = "cinc";
                m.a = id(a);
                m.year = y;
                m.value = c;
                m.unit = "share of the system's capabilities (0-1)";
                m.conf = confidence::high;
                m.basis = "data";
                m.source = source;
                metrics.push_back(std::move(m));
            }
            for (int k = 0; k < 6; ++k) {
                const double v = src.nmc.components(static_cast<Eigen::Index>(r), k);
                if (std::isnan(v)) continue;
                metric m;
                m.name = names[k];
                m.a = id(a);
                m.year = y;
                m.value = v;
                m.unit = units[k];
                m.conf = confidence::high;
                m.basis = "data";
                m.source = source;
                metrics.push_back(std::move(m));
            }
        }
    }
    std::map<int, std::map<int, double>> net_actor_caps;
    std::vector<metric> metrics;

    void check_options() const {
        if (opt.first_year > opt.last_year)
            throw invalid_input(fmt::format("[kzsec] world: first_year {} is after last_year {}", opt.first_year, opt.last_year));
        static const std::set<std::string> known = {"security", "political", "economic", "institutional"};
        for (const auto& d : opt.domains)
            if (!known.count(d))
                throw invalid_input(fmt::format("[kzsec] world: unknown domain '{}' (known: security, political, economic, institutional)", d));
    }

    /// Title, description, citation, licence and the four domains of the network.
    void describe() {
        net.metadata.title = "World network from public data";
        net.metadata.description = fmt::format(
            "States of the COW state system {}-{} with relations derived from ATOP, GML MIDs, Thompson-Dreyer rivalries, "
            "UN General Assembly votes and ideal points, COW trade, COW IGO and COW NMC by the rules of docs/world.md.",
            opt.first_year, opt.last_year);
        net.metadata.citation =
            "Leeds et al. 2002 (ATOP 5.1); Gibler, Miller & Little 2016 (GML MID 2.2.1); Thompson & Dreyer 2012; Voeten, "
            "Strezhnev & Bailey 2009 (UNGA votes); Bailey, Strezhnev & Voeten 2017 (ideal points); Barbieri & Keshk 2016 (COW "
            "trade 4.0); Pevehouse et al. 2020 (COW IGO 3.0); Singer, Bremer & Stuckey 1972 (NMC 7.0); COW State System "
            "Membership v2016; Gleditsch & Ward 1999; Miller 2022 (peacesciencer)";
        net.metadata.license = "data: see data/world/SOURCES.md (CC0 for the UN votes; producers' terms otherwise)";
        // Domains in which no relation is an observed 0 (hedging::profile_options::absent_is_zero): ATOP, the
        // MIDs and the rivalries cover every dyad-year; trade shares below min_trade_share and zero joint IGO
        // counts are dropped as relations. Political is not: no relation means no joint roll calls (missing).
        net.metadata.extra["absent_is_zero"] = "security,economic,institutional";
        if (!std::isnan(fit_slope))
            net.metadata.extra["political_ideal_point_fit"] =
                fmt::format("2 IA - 1 = {:.6f} + {:.6f} x distance (n = {})", fit_intercept, fit_slope, fit_n);
        net.set_domain({"security", "Security",
                        "ATOP pledges (defence/offence 0.9, neutrality/consultation 0.5, non-aggression 0.25), replaced by "
                        "hostility where there is any (the lowest of: MID threat -0.3, display -0.5, use of force -0.75, "
                        "war -1; strategic rivalry -0.5); no relation = none of these (0)"});
        net.set_domain({"political", "Political",
                        "UN General Assembly agreement, 2 IA - 1 (Lijphart), per calendar year; after the votes end, predicted "
                        "from the Bailey-Strezhnev-Voeten ideal-point distance"});
        net.set_domain({"economic", "Economic",
                        "directed trade dependence: a's trade with b as a share of a's total trade (COW trade 4.0)"});
        net.add_domain({"institutional", "Institutional",
                        "joint IGO full memberships / sqrt(m_a m_b), m = each state's largest joint count that year (COW IGO 3.0)"});
    }

    /// The actor of state `i` of the crosswalk, with its codes, spells, major-power
    /// years and declared neutrality as attributes.
    kzsec::actor state_actor(std::size_t i) const {
        const auto& e = cw.states[i];
        kzsec::actor a;
        a.id = e.iso3;
        a.name = e.name;
        a.kind = actor_kind::state;
        a.region = region_of(e.ccodes.back());
        if (auto c = net_actor_caps.find(static_cast<int>(i)); c != net_actor_caps.end()) a.capabilities = c->second;
        std::string codes, spells;
        for (int cc : e.ccodes) codes += (codes.empty() ? "" : ";") + std::to_string(cc);
        for (const auto& s : e.spells) spells += (spells.empty() ? "" : ";") + fmt::format("{}-{}", s.from, s.to);
        a.attributes["cow"] = codes;
        a.attributes["stateabb"] = e.stateabb;
        a.attributes["system_years"] = spells;
        if (e.gwcode) a.attributes["gw"] = std::to_string(*e.gwcode);
        if (!e.iso2.empty()) a.attributes["iso2"] = e.iso2;
        std::string major;
        for (std::size_t r = 0; r < src.majors.size(); ++r)
            if (std::find(e.ccodes.begin(), e.ccodes.end(), src.majors.ccode[r]) != e.ccodes.end()) {
                const int to = src.majors.end[r].year == 2016 ? opt.last_year : src.majors.end[r].year;
                major += (major.empty() ? "" : ";") + fmt::format("{}-{}", src.majors.start[r].year, to);
            }
        if (!major.empty()) a.attributes["major_power"] = major;
        if (opt.declared_neutrality) {
            std::string spans, srcs;
            for (std::size_t r = 0; r < src.neutrality.size(); ++r)
                if (src.neutrality.iso3[r] == e.iso3) {
                    spans += (spans.empty() ? "" : ";") + fmt::format("{}-{}", src.neutrality.from[r], src.neutrality.to[r]);
                    srcs += (srcs.empty() ? "" : "; ") + src.neutrality.source[r];
                }
            if (!spans.empty()) {
                a.attributes["neutrality_years"] = spans;
                a.attributes["neutrality_source"] = srcs;
            }
        }
        return a;
    }

    /// The states of the crosswalk in the system during the years asked for
    /// (and among `opt.actors`, if given).
    void add_actors() {
        for (std::size_t i = 0; i < cw.states.size(); ++i) {
            const auto& e = cw.states[i];
            if (!keep.empty() && !keep.count(e.iso3)) continue;
            bool in = false;
            for (const auto& s : e.spells)
                if (s.overlaps({opt.first_year, opt.last_year})) in = true;
            if (in) net.add_actor(state_actor(i));
        }
    }

    network build() {
        check_options();
        // progress: the crosswalk, each domain asked for, capabilities, the assembly
        std::size_t stages_done = 0;
        auto has = [&](const char* d) { return std::find(opt.domains.begin(), opt.domains.end(), d) != opt.domains.end(); };
        std::size_t stages = 2 + (opt.capabilities ? 1 : 0);
        for (const char* d : {"security", "political", "economic", "institutional"}) stages += has(d) ? 1 : 0;
        auto step = [&](bool advance) {
            if (advance) ++stages_done;
            if (opt.progress && !opt.progress(stages_done, stages))
                throw cancelled(fmt::format("[kzsec] world: build cancelled by the progress callback after {} of {} stages",
                                            stages_done, stages));
        };
        step(false);
        cw = build_crosswalk(src.cow_states, src.gw_states, src.ideal, src.votes, opt.last_year);
        for (std::size_t i = 0; i < cw.states.size(); ++i)
            for (int cc : cw.states[i].ccodes) actor_of_cc[cc] = static_cast<int>(i);
        for (const auto& a : opt.actors) {
            (void)cw.state(a);  // throws unknown_actor
            keep.insert(a);
        }
        step(true);
        const std::pair<const char*, void (builder::*)()> parts[] = {{"security", &builder::security},
                                                                      {"political", &builder::political},
                                                                      {"economic", &builder::economic},
                                                                      {"institutional", &builder::institutional}};
        for (const auto& [d, part] : parts)
            if (has(d)) {
                (this->*part)();
                step(true);
            }
        if (opt.capabilities) {
            capabilities();
            step(true);
        }

        describe();
        add_actors();
        net.add_relations(std::move(rels));
        for (auto& m : metrics) net.add_metric(std::move(m));
        stages_done = stages - 1;
        step(true);
        return std::move(net);
    }
};

}  // namespace

network build_world(const sources& src, const world_options& opt) {
    check_year(opt.first_year, "build_world", "first_year");
    check_year(opt.last_year, "build_world", "last_year");
    return builder(src, opt).build();
}

}  // namespace kzsec::world
