// Readers for NMC, ATOP and UN vote tables (see include/kzsec/readers.hpp).
#include "kzsec/readers.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "kzsec/detail/csv_reader.hpp"
#include "kzsec/detail/text.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/power.hpp"

namespace kzsec {

namespace {

constexpr double nan_v = std::numeric_limits<double>::quiet_NaN();
using detail::csv_table;

int get_int(const csv_table& t, std::size_t r, int c) {
    const auto v = detail::parse_int(t.rows[r][static_cast<std::size_t>(c)]);
    if (!v) t.fail(r, t.header[static_cast<std::size_t>(c)], "'" + t.rows[r][static_cast<std::size_t>(c)] + "' is not an integer");
    return *v;
}

/// NMC component: -9 or "" = missing (NaN); other negatives are an error.
double get_component(const csv_table& t, std::size_t r, int c) {
    const std::string& s = t.rows[r][static_cast<std::size_t>(c)];
    if (detail::trim(s).empty() || detail::trim(s) == "NA") return nan_v;
    const auto v = detail::parse_double(s);
    if (!v) t.fail(r, t.header[static_cast<std::size_t>(c)], "'" + s + "' is not a number");
    if (*v == -9) return nan_v;
    if (*v < 0) t.fail(r, t.header[static_cast<std::size_t>(c)], "negative value " + s + " (only -9 means missing)");
    return *v;
}

nmc_data nmc_from_table(const csv_table& t) {
    const int cc = t.require_column("ccode"), cy = t.require_column("year");
    const int ca = t.column("stateabb"), ci = t.column("cinc");
    int comp[6];
    for (int c = 0; c < 6; ++c) comp[c] = t.require_column(nmc_component_names[static_cast<std::size_t>(c)]);
    nmc_data d;
    const auto n = static_cast<Eigen::Index>(t.rows.size());
    d.components.resize(n, 6);
    d.cinc.resize(n);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto i = static_cast<Eigen::Index>(r);
        d.ccode.push_back(get_int(t, r, cc));
        d.year.push_back(get_int(t, r, cy));
        d.stateabb.push_back(ca >= 0 ? t.rows[r][static_cast<std::size_t>(ca)] : std::string());
        for (int c = 0; c < 6; ++c) d.components(i, c) = get_component(t, r, comp[c]);
        if (ci >= 0) {
            const std::string& s = t.rows[r][static_cast<std::size_t>(ci)];
            if (detail::trim(s).empty() || detail::trim(s) == "NA") {
                d.cinc[i] = nan_v;
            } else {
                const auto v = detail::parse_double(s);
                if (!v) t.fail(r, "cinc", "'" + s + "' is not a number");
                d.cinc[i] = *v < 0 ? nan_v : *v;
            }
        } else {
            d.cinc[i] = nan_v;
        }
    }
    return d;
}

nmc_system_totals totals_from_table(const csv_table& t) {
    const int cy = t.require_column("year");
    int comp[6];
    for (int c = 0; c < 6; ++c) {
        const std::string name = nmc_component_names[static_cast<std::size_t>(c)];
        comp[c] = t.column("sum_" + name);
        if (comp[c] < 0) comp[c] = t.column(name);
        if (comp[c] < 0)
            throw parse_error("[kzsec] " + t.origin + ":1: missing column 'sum_" + name + "' (or '" + name + "')",
                              t.origin, "line 1");
    }
    nmc_system_totals s;
    s.totals.resize(static_cast<Eigen::Index>(t.rows.size()), 6);
    std::set<int> seen;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const int y = get_int(t, r, cy);
        if (!seen.insert(y).second) t.fail(r, "year", "duplicate year " + std::to_string(y));
        s.year.push_back(y);
        for (int c = 0; c < 6; ++c) {
            const double v = get_component(t, r, comp[c]);
            if (std::isnan(v) || v <= 0) t.fail(r, t.header[static_cast<std::size_t>(comp[c])], "a system total must be positive");
            s.totals(static_cast<Eigen::Index>(r), c) = v;
        }
    }
    return s;
}

}  // namespace

nmc_data read_nmc_csv(const std::filesystem::path& path) { return nmc_from_table(detail::read_csv_file(path)); }
nmc_data read_nmc_csv_text(std::string_view text, std::string_view origin) {
    return nmc_from_table(detail::parse_csv(text, origin));
}
nmc_system_totals read_nmc_totals_csv(const std::filesystem::path& path) {
    return totals_from_table(detail::read_csv_file(path));
}
nmc_system_totals read_nmc_totals_csv_text(std::string_view text, std::string_view origin) {
    return totals_from_table(detail::parse_csv(text, origin));
}

Eigen::MatrixXd nmc_system_totals::for_years(const std::vector<int>& years) const {
    std::unordered_map<int, Eigen::Index> idx;
    for (std::size_t i = 0; i < year.size(); ++i) idx[year[i]] = static_cast<Eigen::Index>(i);
    Eigen::MatrixXd out(static_cast<Eigen::Index>(years.size()), 6);
    for (std::size_t r = 0; r < years.size(); ++r) {
        const auto it = idx.find(years[r]);
        if (it == idx.end())
            throw invalid_input("[kzsec] nmc_system_totals::for_years: no totals for year " + std::to_string(years[r]));
        out.row(static_cast<Eigen::Index>(r)) = totals.row(it->second);
    }
    return out;
}

nmc_system_totals nmc_totals_from(const nmc_data& data) {
    std::map<int, Eigen::Matrix<double, 1, 6>> sums;
    for (std::size_t r = 0; r < data.year.size(); ++r) {
        auto it = sums.try_emplace(data.year[r], Eigen::Matrix<double, 1, 6>::Zero()).first;
        for (int c = 0; c < 6; ++c) {
            const double v = data.components(static_cast<Eigen::Index>(r), c);
            if (!std::isnan(v)) it->second[c] += v;
        }
    }
    nmc_system_totals s;
    s.totals.resize(static_cast<Eigen::Index>(sums.size()), 6);
    Eigen::Index i = 0;
    for (const auto& [y, row] : sums) {
        s.year.push_back(y);
        s.totals.row(i++) = row;
    }
    return s;
}

// ------------------------------------------------------------------- ATOP

namespace {

alliance_portfolios atop_from_table(const csv_table& t, const atop_portfolio_options& opt) {
    constexpr const char* where = "read_atop_portfolios";
    if (opt.actors.empty()) throw invalid_input(std::string("[kzsec] ") + where + ": no actors given");
    if (opt.year == 0) throw invalid_input(std::string("[kzsec] ") + where + ": year is required");
    const int c1 = t.require_column("ccode1"), c2 = t.require_column("ccode2"), cy = t.require_column("year");
    const char* flag_names[5] = {"atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"};
    int flags[5];
    for (int f = 0; f < 5; ++f) flags[f] = t.require_column(flag_names[f]);

    alliance_portfolios p;
    p.year = opt.year;
    p.actors = opt.actors;
    p.dimensions = opt.dimensions.empty() ? opt.actors : opt.dimensions;
    std::unordered_map<int, Eigen::Index> row_of, col_of;
    for (std::size_t i = 0; i < p.actors.size(); ++i)
        if (!row_of.emplace(p.actors[i], static_cast<Eigen::Index>(i)).second)
            throw invalid_input(std::string("[kzsec] ") + where + ": duplicate actor " + std::to_string(p.actors[i]));
    for (std::size_t k = 0; k < p.dimensions.size(); ++k)
        if (!col_of.emplace(p.dimensions[k], static_cast<Eigen::Index>(k)).second)
            throw invalid_input(std::string("[kzsec] ") + where + ": duplicate dimension " +
                                std::to_string(p.dimensions[k]));
    p.positions = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(p.actors.size()),
                                        static_cast<Eigen::Index>(p.dimensions.size()));
    auto put = [&](int holder, int target, double v) {
        const auto ri = row_of.find(holder);
        const auto ci = col_of.find(target);
        if (ri == row_of.end() || ci == col_of.end()) return;
        double& cell = p.positions(ri->second, ci->second);
        cell = std::max(cell, v);
    };
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const int a = get_int(t, r, c1), b = get_int(t, r, c2), y = get_int(t, r, cy);
        int f[5];
        for (int k = 0; k < 5; ++k) {
            f[k] = get_int(t, r, flags[k]);
            if (f[k] != 0 && f[k] != 1) t.fail(r, flag_names[k], "must be 0 or 1");
        }
        if (y != opt.year) continue;
        double v;
        if (opt.coding == alliance_coding::binary) {
            v = (f[0] | f[1] | f[2] | f[3] | f[4]) ? 1.0 : 0.0;
        } else if (f[0] || f[1]) {
            v = 3;
        } else if (f[2] || f[4]) {
            v = 2;
        } else if (f[3]) {
            v = 1;
        } else {
            v = 0;
        }
        // Row (a, b) = a's obligations to b.
        if (opt.direction == tie_direction::outgoing || opt.direction == tie_direction::either) put(a, b, v);
        if (opt.direction == tie_direction::incoming || opt.direction == tie_direction::either) put(b, a, v);
    }
    const double self = std::isnan(opt.self_value) ? (opt.coding == alliance_coding::valued ? 3.0 : 1.0) : opt.self_value;
    for (std::size_t i = 0; i < p.actors.size(); ++i) {
        const auto ci = col_of.find(p.actors[i]);
        if (ci != col_of.end()) p.positions(static_cast<Eigen::Index>(i), ci->second) = self;
    }
    return p;
}

}  // namespace

alliance_portfolios read_atop_portfolios(const std::filesystem::path& path, const atop_portfolio_options& opt) {
    return atop_from_table(detail::read_csv_file(path), opt);
}
alliance_portfolios read_atop_portfolios_text(std::string_view text, const atop_portfolio_options& opt,
                                              std::string_view origin) {
    return atop_from_table(detail::parse_csv(text, origin), opt);
}

// --------------------------------------------------------------- UN votes

vote_coding vote_coding::unvotes() {
    return {{{"yes", vote_choice::yes}, {"abstain", vote_choice::abstain}, {"no", vote_choice::no},
             {"", vote_choice::missing}}};
}
vote_coding vote_coding::voeten() {
    return {{{"1", vote_choice::yes}, {"2", vote_choice::abstain}, {"3", vote_choice::no},
             {"8", vote_choice::absent}, {"9", vote_choice::not_member}, {"", vote_choice::missing}}};
}
vote_coding vote_coding::reversed_numeric() {
    return {{{"1", vote_choice::no}, {"2", vote_choice::abstain}, {"3", vote_choice::yes}, {"", vote_choice::missing}}};
}

vote_choice vote_coding::map(std::string_view token) const {
    token = detail::trim(token);
    for (const auto& [k, v] : codes)
        if (detail::trim(k) == token) return v;
    if (codes.empty())
        throw invalid_input("[kzsec] vote_coding: no coding chosen; pass vote_coding::unvotes(), ::voeten() or your own");
    throw invalid_input("[kzsec] vote_coding: vote code '" + std::string(token) + "' is not in the coding");
}

double vote_value(vote_choice c) noexcept {
    switch (c) {
    case vote_choice::yes: return 1.0;
    case vote_choice::abstain: return 2.0;
    case vote_choice::no: return 3.0;
    default: return nan_v;
    }
}

Eigen::MatrixXd map_vote_codes(const Eigen::Ref<const Eigen::MatrixXd>& raw, const vote_coding& coding) {
    Eigen::MatrixXd out(raw.rows(), raw.cols());
    for (Eigen::Index j = 0; j < raw.cols(); ++j)
        for (Eigen::Index i = 0; i < raw.rows(); ++i) {
            const double v = raw(i, j);
            out(i, j) = vote_value(coding.map(std::isnan(v) ? std::string() : detail::format_double(v)));
        }
    return out;
}

Eigen::Index vote_table::row_of(std::string_view country) const {
    for (std::size_t i = 0; i < countries.size(); ++i)
        if (countries[i] == country) return static_cast<Eigen::Index>(i);
    throw unknown_actor("[kzsec] vote_table: unknown country '" + std::string(country) + "'");
}

namespace {

void count_choice(vote_table& vt, vote_choice c) {
    if (c == vote_choice::absent) ++vt.n_absent;
    else if (c == vote_choice::not_member) ++vt.n_not_member;
    else if (c == vote_choice::missing) ++vt.n_missing;
}

/// The vote of data row `r`, column `c`, as the coding maps it (an unknown code fails on that cell).
vote_choice mapped_choice(const csv_table& t, const un_votes_read_options& opt, std::size_t r, int c) {
    try {
        return opt.coding.map(t.rows[r][static_cast<std::size_t>(c)]);
    } catch (const invalid_input& e) {
        t.fail(r, t.header[static_cast<std::size_t>(c)], detail::strip_kzsec_prefix(e.what()));
    }
}

/// Wide layout: one row per roll call, one column per country.
vote_table wide_votes(const csv_table& t, const un_votes_read_options& opt) {
    vote_table vt;
    const int crc = t.require_column(opt.roll_call_column);
    std::vector<int> cols;
    if (!opt.countries.empty()) {
        for (const auto& c : opt.countries) {
            cols.push_back(t.require_column(c));
            vt.countries.push_back(c);
        }
    } else {
        for (std::size_t c = 0; c < t.header.size(); ++c)
            if (std::find(opt.metadata_columns.begin(), opt.metadata_columns.end(), t.header[c]) ==
                    opt.metadata_columns.end() &&
                t.header[c] != opt.roll_call_column) {
                cols.push_back(static_cast<int>(c));
                vt.countries.push_back(t.header[c]);
            }
    }
    const int cs = t.column("session"), cd = t.column("date");
    const auto R = static_cast<Eigen::Index>(t.rows.size());
    vt.votes.resize(static_cast<Eigen::Index>(cols.size()), R);
    std::set<std::string> ids;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const std::string& id = t.rows[r][static_cast<std::size_t>(crc)];
        if (id.empty()) t.fail(r, opt.roll_call_column, "empty roll-call id");
        if (!ids.insert(id).second) t.fail(r, opt.roll_call_column, "duplicate roll call '" + id + "'");
        vt.roll_calls.push_back(id);
        if (cs >= 0) vt.session.push_back(get_int(t, r, cs));
        if (cd >= 0) vt.date.push_back(t.rows[r][static_cast<std::size_t>(cd)]);
        for (std::size_t c = 0; c < cols.size(); ++c) {
            const vote_choice ch = mapped_choice(t, opt, r, cols[c]);
            count_choice(vt, ch);
            vt.votes(static_cast<Eigen::Index>(c), static_cast<Eigen::Index>(r)) = vote_value(ch);
        }
    }
    return vt;
}

/// Long layout: one row per (roll call, country) vote.
vote_table long_votes(const csv_table& t, const un_votes_read_options& opt) {
    vote_table vt;
    const int crc = t.require_column(opt.roll_call_column);
    const int cc = t.require_column(opt.country_column), cv = t.require_column(opt.vote_column);
    std::unordered_map<std::string, std::size_t> crow, rcol;
    for (const auto& c : opt.countries) {
        crow.emplace(c, vt.countries.size());
        vt.countries.push_back(c);
    }
    struct cell { std::size_t row, col; double v; std::size_t src; };
    std::vector<cell> cells;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const std::string& id = t.rows[r][static_cast<std::size_t>(crc)];
        const std::string& country = t.rows[r][static_cast<std::size_t>(cc)];
        if (id.empty()) t.fail(r, opt.roll_call_column, "empty roll-call id");
        if (country.empty()) t.fail(r, opt.country_column, "empty country");
        const vote_choice ch = mapped_choice(t, opt, r, cv);
        auto it = crow.find(country);
        if (it == crow.end()) {
            if (!opt.countries.empty()) continue;
            it = crow.emplace(country, vt.countries.size()).first;
            vt.countries.push_back(country);
        }
        auto jt = rcol.find(id);
        if (jt == rcol.end()) {
            jt = rcol.emplace(id, vt.roll_calls.size()).first;
            vt.roll_calls.push_back(id);
        }
        count_choice(vt, ch);
        cells.push_back({it->second, jt->second, vote_value(ch), r});
    }
    const auto n = static_cast<Eigen::Index>(vt.countries.size()), R = static_cast<Eigen::Index>(vt.roll_calls.size());
    vt.votes = Eigen::MatrixXd::Constant(n, R, nan_v);
    std::vector<char> seen(static_cast<std::size_t>(n * R), 0);
    for (const auto& c : cells) {
        char& s = seen[c.row * static_cast<std::size_t>(R) + c.col];
        if (s) t.fail(c.src, opt.country_column, "duplicate vote of '" + vt.countries[c.row] + "' in roll call '" +
                                                     vt.roll_calls[c.col] + "'");
        s = 1;
        vt.votes(static_cast<Eigen::Index>(c.row), static_cast<Eigen::Index>(c.col)) = c.v;
    }
    for (char s : seen) vt.n_missing += s == 0;
    return vt;
}

vote_table votes_from_table(const csv_table& t, const un_votes_read_options& opt) {
    return opt.layout == vote_layout::wide ? wide_votes(t, opt) : long_votes(t, opt);
}

}  // namespace

vote_table read_un_votes(const std::filesystem::path& path, const un_votes_read_options& opt) {
    return votes_from_table(detail::read_csv_file(path), opt);
}
vote_table read_un_votes_text(std::string_view text, const un_votes_read_options& opt, std::string_view origin) {
    return votes_from_table(detail::parse_csv(text, origin), opt);
}

}  // namespace kzsec
