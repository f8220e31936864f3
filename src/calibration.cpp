#include "kzsec/calibration.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <span>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "kzsec/datasets.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/limits.hpp"
#include "kzsec/world.hpp"

namespace kzsec::report {

std::vector<double> midranks(const std::vector<double>& x) {
    const std::size_t n = x.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) { return x[i] < x[j]; });
    std::vector<double> r(n, 0.0);
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && x[order[j]] == x[order[i]]) ++j;
        const double mid = 0.5 * static_cast<double>(i + 1 + j);  // mean of ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k) r[order[k]] = mid;
        i = j;
    }
    return r;
}

double spearman(const std::vector<double>& x, const std::vector<double>& y) {
    if (x.size() != y.size())
        throw invalid_input(fmt::format("[kzsec] spearman: sizes differ ({} and {})", x.size(), y.size()));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::size_t n = x.size();
    if (n < 2) return nan;
    const auto rx = midranks(x), ry = midranks(y);
    const double m = 0.5 * static_cast<double>(n + 1);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (rx[i] - m) * (ry[i] - m);
        sxx += (rx[i] - m) * (rx[i] - m);
        syy += (ry[i] - m) * (ry[i] - m);
    }
    if (sxx <= 0 || syy <= 0) return nan;
    return sxy / std::sqrt(sxx * syy);
}

namespace {

/// Whether the world actor is a system member in `year` (attribute system_years "1991-2024;...";
/// an actor without it counts as a member).
bool in_system(const actor& a, int year) {
    const auto it = a.attributes.find("system_years");
    if (it == a.attributes.end() || it->second.empty()) return true;
    const std::string& s = it->second;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto semi = s.find(';', pos);
        const std::string span = s.substr(pos, semi == std::string::npos ? std::string::npos : semi - pos);
        const auto dash = span.find('-', 1);
        try {
            const int lo = std::stoi(span.substr(0, dash));
            const int hi = dash == std::string::npos ? lo : std::stoi(span.substr(dash + 1));
            if (year >= lo && year <= hi) return true;
        } catch (const std::exception&) {
            return true;  // an unreadable attribute does not hide data
        }
        if (semi == std::string::npos) break;
        pos = semi + 1;
    }
    return false;
}

int last_year_of(const calibration_options& opt, const std::string& domain) {
    if (domain == "security") return std::min(opt.last_year, opt.security_last_year);
    if (domain == "economic") return std::min(opt.last_year, opt.economic_last_year);
    if (domain == "political") return std::min(opt.last_year, opt.political_last_year);
    return opt.last_year;
}

std::string key(const std::string& a, const std::string& b) { return a + '\x1f' + b; }

}  // namespace

namespace {

/// Checks the years of the options: each supported, first <= last.
void check_years(const calibration_options& opt) {
    check_year(opt.first_year, "calibration", "first_year");
    check_year(opt.last_year, "calibration", "last_year");
    if (opt.first_year > opt.last_year)
        throw invalid_input(fmt::format("[kzsec] calibration: years reversed ({} > {})", opt.first_year, opt.last_year));
}

/// Checks the options against both networks: the years, and every domain present in each.
void check_options(const network& judgement, const network& world, const calibration_options& opt) {
    check_years(opt);
    for (const auto& d : opt.domains) {
        if (!judgement.has_domain(d))
            throw invalid_input(fmt::format("[kzsec] calibration: domain '{}' is not in the judgement data", d));
        if (!world.has_domain(d))
            throw invalid_input(fmt::format("[kzsec] calibration: domain '{}' is not in the world network", d));
    }
}

/// Whether `id` is a state of the world network.
bool is_state(const network& world, const std::string& id) {
    return world.has_actor(id) && world.get_actor(id).kind == actor_kind::state;
}

/// The world relation of each (domain, dyad as stored, year), for the domains compared and
/// the dyads (both ways) of the judgement data's relations between states.
using world_values = std::map<std::tuple<std::string, std::string, int>, const relation*>;

/// The world relations of the judgement data's dyads, by domain, dyad and year (see world_values).
world_values world_data(const network& judgement, const network& world, const calibration_options& opt) {
    std::set<std::string> dyads;
    for (const auto& r : judgement.relations())
        if (is_state(world, r.a) && is_state(world, r.b)) {
            dyads.insert(key(r.a, r.b));
            dyads.insert(key(r.b, r.a));
        }
    world_values data;  // (domain, a\x1fb, year)
    for (const auto& r : world.relations()) {
        if (std::find(opt.domains.begin(), opt.domains.end(), r.domain) == opt.domains.end()) continue;
        if (!dyads.count(key(r.a, r.b))) continue;
        for (int y = std::max(r.years.from, opt.first_year); y <= std::min(r.years.to, opt.last_year); ++y) {
            data[{r.domain, key(r.a, r.b), y}] = &r;
            if (!r.directed) data[{r.domain, key(r.b, r.a), y}] = &r;
        }
    }
    return data;
}

/// The rows of domain d: every year of each judgement relation between states (by dyad and
/// start year) in which both are system members, with the world value (0 if absent where absence
/// counts as 0); a dyad-year without a value is counted in `summary.unmatched` and left out.
void add_domain_rows(const network& judgement, const network& world, const calibration_options& opt,
                     const std::string& d, const world_values& data, calibration_domain& summary,
                     std::vector<calibration_row>& rows) {
    const int last = last_year_of(opt, d);
    const bool absent_zero = std::find(opt.absent_is_zero.begin(), opt.absent_is_zero.end(), d) != opt.absent_is_zero.end();
    std::vector<const relation*> rels;
    for (const auto& r : judgement.relations())
        if (r.domain == d && is_state(world, r.a) && is_state(world, r.b)) rels.push_back(&r);
    std::stable_sort(rels.begin(), rels.end(), [](const relation* x, const relation* y) {
        return std::tie(x->a, x->b, x->years.from) < std::tie(y->a, y->b, y->years.from);
    });
    for (const relation* r : rels) {
        const actor& wa = world.get_actor(r->a);
        const actor& wb = world.get_actor(r->b);
        for (int y = std::max(r->years.from, opt.first_year); y <= std::min(r->years.to, last); ++y) {
            if (!in_system(wa, y) || !in_system(wb, y)) continue;
            calibration_row row;
            row.a = r->a;
            row.b = r->b;
            row.domain = d;
            row.year = y;
            row.judgement = r->value;
            row.basis = r->basis;
            row.confidence = std::string(to_string(r->conf));
            const auto it = data.find({d, key(r->a, r->b), y});
            if (it != data.end()) {
                row.data = it->second->value;
                row.data_source = it->second->source;
            } else if (absent_zero) {
                row.data = 0.0;
            } else {
                ++summary.unmatched;
                continue;
            }
            rows.push_back(std::move(row));
        }
    }
}

/// Percentile ranks of the rows of one domain (judgement, data and their difference), and the
/// domain's row and dyad counts and pooled Spearman rho.
void rank_rows(std::span<calibration_row> rows, calibration_domain& summary) {
    const std::size_t n = rows.size();
    std::vector<double> jx, dx;
    for (const auto& row : rows) {
        jx.push_back(row.judgement);
        dx.push_back(row.data);
    }
    const auto rj = midranks(jx), rd = midranks(dx);
    const double denom = n > 1 ? static_cast<double>(n - 1) : 1.0;
    std::set<std::string> ds;
    for (std::size_t i = 0; i < n; ++i) {
        auto& row = rows[i];
        row.judgement_rank = (rj[i] - 1.0) / denom;
        row.data_rank = (rd[i] - 1.0) / denom;
        row.difference = row.judgement_rank - row.data_rank;
        ds.insert(key(row.a, row.b));
    }
    summary.rows = n;
    summary.dyads = ds.size();
    summary.spearman = spearman(jx, dx);
}

/// The within-year agreement of one domain's rows: the mean Spearman rho over the years with at
/// least 3 rows and a defined rho.
void within_year_agreement(std::span<const calibration_row> rows, calibration_domain& summary) {
    std::map<int, std::pair<std::vector<double>, std::vector<double>>> by_year;
    for (const auto& row : rows) {
        by_year[row.year].first.push_back(row.judgement);
        by_year[row.year].second.push_back(row.data);
    }
    double sum = 0;
    for (const auto& [y, v] : by_year) {
        if (v.first.size() < 3) continue;
        const double rho = spearman(v.first, v.second);
        if (std::isnan(rho)) continue;
        sum += rho;
        ++summary.years_within;
    }
    if (summary.years_within > 0) summary.spearman_within_year = sum / static_cast<double>(summary.years_within);
}

/// The disagreement of each dyad of one domain's rows (in order of first appearance): years,
/// means and the worst year, up to `top` of them by |mean difference|.
std::vector<calibration_disagreement> largest_disagreements(std::span<const calibration_row> rows,
                                                            const std::string& d, std::size_t top) {
    std::map<std::string, calibration_disagreement> per;
    std::vector<std::string> order;
    for (const auto& row : rows) {
        const std::string k = key(row.a, row.b);
        auto [it, fresh] = per.try_emplace(k);
        auto& g = it->second;
        if (fresh) {
            order.push_back(k);
            g.a = row.a;
            g.b = row.b;
            g.domain = d;
            g.first_year = row.year;
            g.worst_year = row.year;
            g.worst_difference = row.difference;
        }
        g.last_year = row.year;
        ++g.years;
        g.judgement_mean += row.judgement;
        g.data_mean += row.data;
        g.mean_difference += row.difference;
        if (std::abs(row.difference) > std::abs(g.worst_difference)) {
            g.worst_difference = row.difference;
            g.worst_year = row.year;
        }
    }
    std::vector<calibration_disagreement> all;
    for (const auto& k : order) {
        auto g = per[k];
        const double m = static_cast<double>(g.years);
        g.judgement_mean /= m;
        g.data_mean /= m;
        g.mean_difference /= m;
        all.push_back(g);
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& x, const auto& y) {
        return std::abs(x.mean_difference) > std::abs(y.mean_difference);
    });
    if (all.size() > top) all.resize(top);
    return all;
}

}  // namespace

calibration_result calibration(const network& judgement, const network& world, const calibration_options& opt) {
    check_options(judgement, world, opt);
    calibration_result out;
    out.options = opt;
    const world_values data = world_data(judgement, world, opt);
    for (const auto& d : opt.domains) {
        calibration_domain summary;
        summary.domain = d;
        const std::size_t first_row = out.rows.size();
        add_domain_rows(judgement, world, opt, d, data, summary, out.rows);
        const std::span<calibration_row> rows(out.rows.begin() + static_cast<std::ptrdiff_t>(first_row), out.rows.end());
        rank_rows(rows, summary);
        within_year_agreement(rows, summary);
        summary.largest = largest_disagreements(rows, d, opt.top);
        out.domains.push_back(std::move(summary));
    }
    return out;
}

calibration_result calibration(const calibration_options& opt) {
    return calibrate_against_world(datasets::kazakhstan(), opt);
}

calibration_result calibrate_against_world(const network& judgement, const calibration_options& opt) {
    check_years(opt);
    world::world_options wo;
    wo.first_year = opt.first_year;
    wo.last_year = opt.last_year;
    const auto src = world::embedded_sources();
    for (const auto& a : judgement.actors())  // the states of the judgement data that the world knows
        if (a.kind == actor_kind::state) wo.actors.push_back(a.id);
    {  // build_world rejects ids that are not world states
        const auto cw = world::build_crosswalk(src.cow_states, src.gw_states, src.ideal, src.votes, opt.last_year);
        std::vector<std::string> keep;
        for (const auto& id : wo.actors)
            if (std::any_of(cw.states.begin(), cw.states.end(), [&](const auto& s) { return s.iso3 == id; }))
                keep.push_back(id);
        wo.actors = std::move(keep);
    }
    wo.domains.clear();
    for (const auto& d : opt.domains) wo.domains.push_back(d);
    wo.carry_alliances = false;
    wo.carry_rivalries = false;
    wo.carry_trade = false;
    wo.carry_igo = false;
    wo.capabilities = false;
    wo.declared_neutrality = false;
    const network w = world::build_world(src, wo);
    return calibration(judgement, w, opt);
}

// ------------------------------------------------------------------ formats

namespace {
std::string num(double x, int digits = 3) {
    return std::isnan(x) ? std::string("n/a") : fmt::format("{:.{}f}", x, digits);
}
std::string signed_num(double x) { return std::isnan(x) ? std::string("n/a") : fmt::format("{:+.2f}", x); }
std::string span(const calibration_disagreement& g) {
    return g.first_year == g.last_year ? std::to_string(g.first_year) : fmt::format("{}-{}", g.first_year, g.last_year);
}
using kzsec::detail::csv_field;
constexpr const char* scale_note =
    "ranks: percentile ranks within the domain, pooled over dyads and years ((mid-rank - 1) / (n - 1)); "
    "difference = judgement rank - data rank (> 0: the coding ranks the dyad higher than the data)";
}  // namespace

std::string calibration_to_text(const calibration_result& c) {
    std::string s = "kzsec calibration: judgement levels against the world network from public data\n";
    s += std::string(scale_note) + "\n";
    for (const auto& d : c.domains) {
        s += fmt::format("\n== {}: {} dyad-years, {} dyads, {} without data; Spearman {} (within years {}, {} years)\n",
                         d.domain, d.rows, d.dyads, d.unmatched, num(d.spearman), num(d.spearman_within_year),
                         d.years_within);
        for (const auto& g : d.largest)
            s += fmt::format("  {}-{} {:<9} judgement {} data {} rank difference {} (worst {} {})\n", g.a, g.b, span(g),
                             signed_num(g.judgement_mean), num(g.data_mean), signed_num(g.mean_difference),
                             g.worst_year, signed_num(g.worst_difference));
    }
    return s;
}

std::string calibration_to_markdown(const calibration_result& c) {
    std::string s = "| domain | dyad-years | dyads | without data | Spearman (pooled) | Spearman (within year, mean) | years |\n"
                    "|---|---:|---:|---:|---:|---:|---:|\n";
    for (const auto& d : c.domains)
        s += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", d.domain, d.rows, d.dyads, d.unmatched,
                         num(d.spearman), num(d.spearman_within_year), d.years_within);
    s += "\nLargest disagreements (mean difference of percentile ranks within the domain, judgement minus data):\n\n"
         "| domain | dyad | years | judgement (mean) | data (mean) | rank difference | worst year |\n"
         "|---|---|---|---:|---:|---:|---|\n";
    for (const auto& d : c.domains)
        for (const auto& g : d.largest)
            s += fmt::format("| {} | {}-{} | {} | {} | {} | {} | {} ({}) |\n", d.domain, g.a, g.b, span(g),
                             signed_num(g.judgement_mean), num(g.data_mean), signed_num(g.mean_difference), g.worst_year,
                             signed_num(g.worst_difference));
    return s;
}

std::string calibration_to_csv(const calibration_result& c) {
    std::string s = "a,b,domain,year,judgement,basis,confidence,data,data_source,judgement_rank,data_rank,difference\n";
    for (const auto& r : c.rows)
        s += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", r.a, r.b, r.domain, r.year, r.judgement,
                         csv_field(r.basis), r.confidence, r.data, csv_field(r.data_source), r.judgement_rank,
                         r.data_rank, r.difference);
    return s;
}

std::string calibration_to_json(const calibration_result& c, int indent) {
    using nlohmann::json;
    auto opt_num = [](double x) { return std::isnan(x) ? json(nullptr) : json(x); };
    json j;
    j["format"] = "kzsec-calibration";
    j["version"] = 1;
    j["scale"] = scale_note;
    j["domains"] = json::array();
    for (const auto& d : c.domains) {
        json x{{"domain", d.domain},
               {"rows", d.rows},
               {"dyads", d.dyads},
               {"unmatched", d.unmatched},
               {"spearman", opt_num(d.spearman)},
               {"spearman_within_year", opt_num(d.spearman_within_year)},
               {"years_within", d.years_within}};
        x["largest"] = json::array();
        for (const auto& g : d.largest)
            x["largest"].push_back({{"a", g.a},
                                    {"b", g.b},
                                    {"first_year", g.first_year},
                                    {"last_year", g.last_year},
                                    {"years", g.years},
                                    {"judgement_mean", g.judgement_mean},
                                    {"data_mean", g.data_mean},
                                    {"mean_difference", g.mean_difference},
                                    {"worst_year", g.worst_year},
                                    {"worst_difference", g.worst_difference}});
        j["domains"].push_back(x);
    }
    j["rows"] = json::array();
    for (const auto& r : c.rows)
        j["rows"].push_back({{"a", r.a},
                             {"b", r.b},
                             {"domain", r.domain},
                             {"year", r.year},
                             {"judgement", r.judgement},
                             {"basis", r.basis},
                             {"confidence", r.confidence},
                             {"data", r.data},
                             {"data_source", r.data_source},
                             {"judgement_rank", r.judgement_rank},
                             {"data_rank", r.data_rank},
                             {"difference", r.difference}});
    return j.dump(indent);
}

}  // namespace kzsec::report
