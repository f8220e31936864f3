// Readers of the world data sets (include/kzsec/world.hpp), all on the one
// streaming tokenizer detail::csv_stream.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "csv_stream.hpp"  // private to the library (src/)
#include "kzsec/detail/file_io.hpp"
#include "kzsec/detail/io_support.hpp"
#include "kzsec/errors.hpp"
#include "kzsec/world.hpp"

namespace kzsec::world {

namespace {

// Bounded and gzip-aware (detail/file_io.hpp).
std::string read_bytes(const std::filesystem::path& path) { return detail::read_input_file(path); }

// Decompresses if needed; `holder` keeps the text alive while it is parsed.
std::string_view plain_text(std::string_view text, std::string_view origin, std::string& holder) {
    if (!detail::is_gzip(text)) return text;
    holder = detail::decompress_bounded(std::string(text), origin);
    return holder;
}

/// Runs `parse(stream)` on a CSV stream over `text`, decompressed first if it
/// is gzip: the one opening of every reader below.
template <class Parse>
auto with_csv(std::string_view text, std::string_view origin, Parse&& parse) {
    std::string holder;
    detail::csv_stream s(plain_text(text, origin, holder), std::string(origin));
    return parse(s);
}

std::int8_t flag_or_missing(const detail::csv_stream& s, int c) {
    auto v = s.opt_int(c);
    if (!v) return -1;
    if (*v != 0 && *v != 1) s.fail(c, fmt::format("value {} is not 0 or 1", *v));
    return static_cast<std::int8_t>(*v);
}

date parse_date(const detail::csv_stream& s, int c) {
    const std::string_view f = s.field(c);
    date d;
    auto num = [&](std::string_view part, int lo, int hi) {
        int v = 0;
        auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
        if (ec != std::errc() || p != part.data() + part.size() || v < lo || v > hi)
            s.fail(c, fmt::format("'{}' is not a date YYYY-MM-DD", f));
        return v;
    };
    if (f.size() != 10 || f[4] != '-' || f[7] != '-') s.fail(c, fmt::format("'{}' is not a date YYYY-MM-DD", f));
    d.year = num(f.substr(0, 4), 1000, 9999);
    d.month = num(f.substr(5, 2), 1, 12);
    d.day = num(f.substr(8, 2), 1, 31);
    return d;
}

std::int32_t as_i32(long long v) { return static_cast<std::int32_t>(v); }

}  // namespace

// ---------------------------------------------------------------- UN votes

un_votes read_un_votes_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_rcid = s.require("rcid"), c_country = s.require("country"), c_code = s.require("country_code"),
                  c_vote = s.require("vote");
        un_votes out;
        std::unordered_map<std::string, std::int32_t> index;
        std::unordered_set<std::uint64_t> seen;
        while (s.next()) {
            const auto rcid = as_i32(s.get_int_in(c_rcid, 1, 1000000));
            const std::string_view name = s.field(c_country);
            if (name.empty()) s.fail(c_country, "empty country name");
            auto it = index.find(std::string(name));
            std::int32_t ci;
            if (it == index.end()) {
                ci = static_cast<std::int32_t>(out.country_names.size());
                index.emplace(std::string(name), ci);
                out.country_names.emplace_back(name);
                out.country_codes.emplace_back(s.field(c_code));
            } else {
                ci = it->second;
                if (out.country_codes[static_cast<std::size_t>(ci)] != s.field(c_code))
                    s.fail(c_code, fmt::format("country '{}' has code '{}' here and '{}' before", name, s.field(c_code),
                                               out.country_codes[static_cast<std::size_t>(ci)]));
            }
            const std::string_view v = s.field(c_vote);
            std::int8_t code = v == "yes" ? 1 : v == "abstain" ? 2 : v == "no" ? 3 : 0;
            if (code == 0) s.fail(c_vote, fmt::format("'{}' is not yes, abstain or no", v));
            if (!seen.insert((static_cast<std::uint64_t>(rcid) << 32) | static_cast<std::uint32_t>(ci)).second)
                s.fail(c_rcid, fmt::format("duplicate vote of '{}' on roll call {}", name, rcid));
            out.rcid.push_back(rcid);
            out.country.push_back(ci);
            out.vote.push_back(code);
        }
        return out;
    });
}
un_votes read_un_votes(const std::filesystem::path& path) {
    return read_un_votes_text(read_bytes(path), path.string());
}

un_roll_calls read_un_roll_calls_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_rcid = s.require("rcid"), c_session = s.require("session"), c_imp = s.require("importantvote"),
                  c_date = s.require("date"), c_unres = s.require("unres"), c_amend = s.require("amend"),
                  c_para = s.require("para"), c_short = s.require("short"), c_descr = s.require("descr");
        un_roll_calls out;
        std::unordered_set<std::int32_t> seen;
        while (s.next()) {
            const auto rcid = as_i32(s.get_int_in(c_rcid, 1, 1000000));
            if (!seen.insert(rcid).second) s.fail(c_rcid, fmt::format("duplicate roll call {}", rcid));
            out.rcid.push_back(rcid);
            out.session.push_back(as_i32(s.get_int_in(c_session, 1, 1000)));
            out.importantvote.push_back(flag_or_missing(s, c_imp));
            const date d = parse_date(s, c_date);
            out.date.emplace_back(s.field(c_date));
            out.year.push_back(d.year);
            out.unres.emplace_back(s.field(c_unres));
            out.amend.push_back(flag_or_missing(s, c_amend));
            out.para.push_back(flag_or_missing(s, c_para));
            out.short_description.emplace_back(s.field(c_short));
            out.description.emplace_back(s.field(c_descr));
        }
        return out;
    });
}
un_roll_calls read_un_roll_calls(const std::filesystem::path& path) {
    return read_un_roll_calls_text(read_bytes(path), path.string());
}

un_issues read_un_issues_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_rcid = s.require("rcid"), c_short = s.require("short_name"), c_issue = s.require("issue");
        un_issues out;
        std::set<std::pair<std::int32_t, std::string>> seen;
        while (s.next()) {
            const auto rcid = as_i32(s.get_int_in(c_rcid, 1, 1000000));
            const std::string_view code = s.field(c_short);
            if (code.size() != 2) s.fail(c_short, fmt::format("'{}' is not a two-letter issue code", code));
            if (!seen.emplace(rcid, std::string(code)).second)
                s.fail(c_short, fmt::format("duplicate issue '{}' for roll call {}", code, rcid));
            out.rcid.push_back(rcid);
            out.short_name.emplace_back(code);
            out.issue.emplace_back(s.field(c_issue));
        }
        return out;
    });
}
un_issues read_un_issues(const std::filesystem::path& path) {
    return read_un_issues_text(read_bytes(path), path.string());
}

// ------------------------------------------------------------ ideal points

ideal_points read_ideal_points_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_cc = s.require("ccode"), c_iso = s.require("iso3c"), c_name = s.require("countryname"),
                  c_year = s.require("year"), c_fp = s.require("idealpointfp"), c_all = s.require("idealpointall"),
                  c_leg = s.require("idealpointlegacy"), c_nfp = s.require("nvotesfp"), c_nall = s.require("nvotesall"),
                  c_nleg = s.require("nvotesLegacy"), c_q5 = s.require("q5fp"), c_q95 = s.require("q95fp");
        ideal_points out;
        std::unordered_set<std::int64_t> seen;
        while (s.next()) {
            const auto cc = as_i32(s.get_int_in(c_cc, 1, 999));
            const auto y = as_i32(s.get_int_in(c_year, 1900, 2100));
            if (!seen.insert(static_cast<std::int64_t>(cc) * 10000 + y).second)
                s.fail(c_year, fmt::format("duplicate row for ccode {} in {}", cc, y));
            const std::string_view iso = s.field(c_iso);
            if (!iso.empty() && iso.size() != 3) s.fail(c_iso, fmt::format("'{}' is not a 3-letter code", iso));
            out.ccode.push_back(cc);
            out.iso3c.emplace_back(iso);
            out.countryname.emplace_back(s.field(c_name));
            out.year.push_back(y);
            out.idealpointfp.push_back(s.get_double_or_nan(c_fp));
            out.idealpointall.push_back(s.get_double_or_nan(c_all));
            out.idealpointlegacy.push_back(s.get_double_or_nan(c_leg));
            out.nvotesfp.push_back(s.get_double_or_nan(c_nfp));
            out.nvotesall.push_back(s.get_double_or_nan(c_nall));
            out.nvoteslegacy.push_back(s.get_double_or_nan(c_nleg));
            out.q5fp.push_back(s.get_double_or_nan(c_q5));
            out.q95fp.push_back(s.get_double_or_nan(c_q95));
        }
        return out;
    });
}
ideal_points read_ideal_points(const std::filesystem::path& path) {
    return read_ideal_points_text(read_bytes(path), path.string());
}

// -------------------------------------------------------------------- ATOP

atop_dyad_years read_atop_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c1 = s.require("ccode1"), c2 = s.require("ccode2"), cy = s.require("year"),
                  cd = s.require("atop_defense"), co = s.require("atop_offense"), cn = s.require("atop_neutral"),
                  cg = s.require("atop_nonagg"), cc = s.require("atop_consul");
        atop_dyad_years out;
        std::unordered_set<std::int64_t> seen;
        while (s.next()) {
            const auto a = as_i32(s.get_int_in(c1, 1, 999)), b = as_i32(s.get_int_in(c2, 1, 999));
            const auto y = as_i32(s.get_int_in(cy, 1800, 2100));
            if (a == b) s.fail(c2, fmt::format("a state allied with itself ({})", a));
            if (!seen.insert((static_cast<std::int64_t>(a) * 1000 + b) * 10000 + y).second)
                s.fail(cy, fmt::format("duplicate dyad-year {}-{} {}", a, b, y));
            out.ccode1.push_back(a);
            out.ccode2.push_back(b);
            out.year.push_back(y);
            out.defense.push_back(s.get_flag(cd));
            out.offense.push_back(s.get_flag(co));
            out.neutral.push_back(s.get_flag(cn));
            out.nonagg.push_back(s.get_flag(cg));
            out.consul.push_back(s.get_flag(cc));
        }
        return out;
    });
}
atop_dyad_years read_atop(const std::filesystem::path& path) {
    return read_atop_text(read_bytes(path), path.string());
}

// ----------------------------------------------------------- state lists

bool state_spells::contains(int code, int y) const noexcept {
    for (std::size_t i = 0; i < ccode.size(); ++i)
        if (ccode[i] == code && start[i].year <= y && y <= end[i].year) return true;
    return false;
}

namespace {
state_spells read_spells(std::string_view text, std::string_view origin, bool with_names) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_abb = with_names ? s.require("stateabb") : -1, c_cc = s.require("ccode"),
                  c_nme = with_names ? s.require("statenme") : -1, c_sy = s.require("styear"),
                  c_sm = s.require("stmonth"), c_sd = s.require("stday"), c_ey = s.require("endyear"),
                  c_em = s.require("endmonth"), c_ed = s.require("endday");
        state_spells out;
        while (s.next()) {
            out.stateabb.push_back(with_names ? s.get_string(c_abb) : std::string());
            out.ccode.push_back(as_i32(s.get_int_in(c_cc, 1, 999)));
            out.statenme.push_back(with_names ? s.get_string(c_nme) : std::string());
            date st{static_cast<int>(s.get_int_in(c_sy, 1800, 2100)), static_cast<int>(s.get_int_in(c_sm, 1, 12)),
                    static_cast<int>(s.get_int_in(c_sd, 1, 31))};
            date en{static_cast<int>(s.get_int_in(c_ey, 1800, 2100)), static_cast<int>(s.get_int_in(c_em, 1, 12)),
                    static_cast<int>(s.get_int_in(c_ed, 1, 31))};
            if (std::tie(en.year, en.month, en.day) < std::tie(st.year, st.month, st.day))
                s.fail(c_ey, fmt::format("spell ends ({}-{}-{}) before it starts ({}-{}-{})", en.year, en.month, en.day,
                                         st.year, st.month, st.day));
            out.start.push_back(st);
            out.end.push_back(en);
        }
        return out;
    });
}
}  // namespace

state_spells read_cow_states_text(std::string_view text, std::string_view origin) {
    return read_spells(text, origin, true);
}
state_spells read_cow_states(const std::filesystem::path& path) {
    return read_cow_states_text(read_bytes(path), path.string());
}
state_spells read_cow_majors_text(std::string_view text, std::string_view origin) {
    return read_spells(text, origin, false);
}
state_spells read_cow_majors(const std::filesystem::path& path) {
    return read_cow_majors_text(read_bytes(path), path.string());
}

gw_spells read_gw_states_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_gw = s.require("gwcode"), c_abb = s.require("stateabb"), c_name = s.require("statename"),
                  c_st = s.require("startdate"), c_en = s.require("enddate");
        gw_spells out;
        while (s.next()) {
            out.gwcode.push_back(as_i32(s.get_int_in(c_gw, 1, 999)));
            out.stateabb.push_back(s.get_string(c_abb));
            out.statename.push_back(s.get_string(c_name));
            const date st = parse_date(s, c_st), en = parse_date(s, c_en);
            if (std::tie(en.year, en.month, en.day) < std::tie(st.year, st.month, st.day))
                s.fail(c_en, "spell ends before it starts");
            out.start.push_back(st);
            out.end.push_back(en);
        }
        return out;
    });
}
gw_spells read_gw_states(const std::filesystem::path& path) {
    return read_gw_states_text(read_bytes(path), path.string());
}

// ------------------------------------------------------------ IGO, MIDs

igo_dyad_years read_igo_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c1 = s.require("ccode1"), c2 = s.require("ccode2"), cy = s.require("year"), cn = s.require("dyadigos");
        igo_dyad_years out;
        while (s.next()) {
            const auto a = as_i32(s.get_int_in(c1, 1, 999)), b = as_i32(s.get_int_in(c2, 1, 999));
            if (a >= b) s.fail(c2, fmt::format("ccode1 ({}) must be smaller than ccode2 ({})", a, b));
            out.ccode1.push_back(a);
            out.ccode2.push_back(b);
            out.year.push_back(as_i32(s.get_int_in(cy, 1800, 2100)));
            out.dyadigos.push_back(static_cast<std::int16_t>(s.get_int_in(cn, 0, 10000)));
        }
        return out;
    });
}
igo_dyad_years read_igo(const std::filesystem::path& path) {
    return read_igo_text(read_bytes(path), path.string());
}

mid_dyad_years read_mids_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_d = s.require("dispnum"), c1 = s.require("ccode1"), c2 = s.require("ccode2"), cy = s.require("year"),
                  c_on = s.require("gmlmidonset"), c_sa1 = s.require("sidea1"), c_sa2 = s.require("sidea2"),
                  c_h1 = s.require("hostlev1"), c_h2 = s.require("hostlev2"), c_h = s.require("hostlev"),
                  c_f = s.require("fatality"), c_r = s.require("recip");
        mid_dyad_years out;
        auto level = [&](int c, int lo, int hi) {
            const long long v = s.get_int(c);
            if (v != -9 && (v < lo || v > hi)) s.fail(c, fmt::format("code {} outside [{}, {}] (or -9)", v, lo, hi));
            return static_cast<std::int8_t>(v);
        };
        while (s.next()) {
            out.dispnum.push_back(as_i32(s.get_int_in(c_d, 1, 100000)));
            out.ccode1.push_back(as_i32(s.get_int_in(c1, 1, 999)));
            out.ccode2.push_back(as_i32(s.get_int_in(c2, 1, 999)));
            out.year.push_back(as_i32(s.get_int_in(cy, 1800, 2100)));
            out.onset.push_back(static_cast<std::int8_t>(s.get_flag(c_on)));
            out.sidea1.push_back(static_cast<std::int8_t>(s.get_flag(c_sa1)));
            out.sidea2.push_back(static_cast<std::int8_t>(s.get_flag(c_sa2)));
            out.hostlev1.push_back(level(c_h1, 1, 5));
            out.hostlev2.push_back(level(c_h2, 1, 5));
            out.hostlev.push_back(level(c_h, 1, 5));
            out.fatality.push_back(level(c_f, 0, 6));
            out.recip.push_back(static_cast<std::int8_t>(s.get_flag(c_r)));
        }
        return out;
    });
}
mid_dyad_years read_mids(const std::filesystem::path& path) {
    return read_mids_text(read_bytes(path), path.string());
}

rivalries read_rivalries_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_no = s.require("rivalryno"), c_name = s.require("rivalryname"), c1 = s.require("ccode1"),
                  c2 = s.require("ccode2"), c_sy = s.require("styear"), c_ey = s.require("endyear"),
                  c_reg = s.require("region"), c_t1 = s.require("type1"), c_t2 = s.require("type2"),
                  c_t3 = s.require("type3");
        rivalries out;
        while (s.next()) {
            out.rivalryno.push_back(as_i32(s.get_int_in(c_no, 1, 100000)));
            out.name.push_back(s.get_string(c_name));
            out.ccode1.push_back(as_i32(s.get_int_in(c1, 1, 999)));
            out.ccode2.push_back(as_i32(s.get_int_in(c2, 1, 999)));
            const auto sy = as_i32(s.get_int_in(c_sy, 1000, 2100)), ey = as_i32(s.get_int_in(c_ey, 1000, 2100));
            if (ey < sy) s.fail(c_ey, fmt::format("rivalry ends ({}) before it starts ({})", ey, sy));
            out.styear.push_back(sy);
            out.endyear.push_back(ey);
            out.region.push_back(s.get_string(c_reg));
            out.type1.push_back(s.get_string(c_t1));
            out.type2.push_back(s.get_string(c_t2));
            out.type3.push_back(s.get_string(c_t3));
        }
        return out;
    });
}
rivalries read_rivalries(const std::filesystem::path& path) {
    return read_rivalries_text(read_bytes(path), path.string());
}

trade_dyad_years read_trade_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c1 = s.require("ccode1"), c2 = s.require("ccode2"), cy = s.require("year"), f1 = s.require("flow1"),
                  f2 = s.require("flow2"), sf1 = s.require("smoothflow1"), sf2 = s.require("smoothflow2");
        trade_dyad_years out;
        auto flow = [&](int c) {
            const double v = s.get_double_or_nan(c);
            if (v < 0) s.fail(c, fmt::format("negative trade flow {}", v));
            return v;
        };
        while (s.next()) {
            const auto a = as_i32(s.get_int_in(c1, 1, 999)), b = as_i32(s.get_int_in(c2, 1, 999));
            if (a >= b) s.fail(c2, fmt::format("ccode1 ({}) must be smaller than ccode2 ({})", a, b));
            out.ccode1.push_back(a);
            out.ccode2.push_back(b);
            out.year.push_back(as_i32(s.get_int_in(cy, 1800, 2100)));
            out.flow1.push_back(flow(f1));
            out.flow2.push_back(flow(f2));
            out.smoothflow1.push_back(flow(sf1));
            out.smoothflow2.push_back(flow(sf2));
        }
        return out;
    });
}
trade_dyad_years read_trade(const std::filesystem::path& path) {
    return read_trade_text(read_bytes(path), path.string());
}

neutrality_spells read_declared_neutrality_text(std::string_view text, std::string_view origin) {
    return with_csv(text, origin, [&](detail::csv_stream& s) {
        const int c_iso = s.require("iso3"), c_from = s.require("from"), c_to = s.require("to"), c_basis = s.require("basis"),
                  c_src = s.require("source"), c_note = s.require("note");
        static const std::set<std::string_view> bases = {"treaty", "constitution", "law", "un_resolution",
                                                          "declaration", "parliament", "policy"};
        neutrality_spells out;
        while (s.next()) {
            const std::string_view iso = s.field(c_iso);
            if (iso.size() != 3) s.fail(c_iso, fmt::format("'{}' is not a 3-letter code", iso));
            const auto from = as_i32(s.get_int_in(c_from, 1800, 2100)), to = as_i32(s.get_int_in(c_to, 1800, 2100));
            if (to < from) s.fail(c_to, fmt::format("span ends ({}) before it starts ({})", to, from));
            if (!bases.count(s.field(c_basis)))
                s.fail(c_basis, fmt::format("'{}' is not one of treaty, constitution, law, un_resolution, declaration, parliament, policy",
                                            s.field(c_basis)));
            if (s.field(c_src).empty()) s.fail(c_src, "a source is required");
            for (std::size_t i = 0; i < out.size(); ++i)
                if (out.iso3[i] == iso && from <= out.to[i] && out.from[i] <= to)
                    s.fail(c_from, fmt::format("span {}-{} of {} overlaps {}-{}", from, to, iso, out.from[i], out.to[i]));
            out.iso3.emplace_back(iso);
            out.from.push_back(from);
            out.to.push_back(to);
            out.basis.push_back(s.get_string(c_basis));
            out.source.push_back(s.get_string(c_src));
            out.note.push_back(s.get_string(c_note));
        }
        return out;
    });
}
neutrality_spells read_declared_neutrality(const std::filesystem::path& path) {
    return read_declared_neutrality_text(read_bytes(path), path.string());
}

nmc_data read_nmc_text(std::string_view text, std::string_view origin) {
    std::string holder;
    return read_nmc_csv_text(plain_text(text, origin, holder), origin);
}
nmc_data read_nmc(const std::filesystem::path& path) {
    return read_nmc_text(read_bytes(path), path.string());
}

// ----------------------------------------------------------------- files

const std::vector<std::string>& file_names() {
    static const std::vector<std::string> names = {
        "unvotes_votes.csv.gz",  "unvotes_roll_calls.csv.gz", "unvotes_issues.csv.gz", "bsv_idealpoints_jul2025.csv.gz",
        "atop5_1_ddy.csv.gz",    "cow_nmc_v7.csv.gz",         "cow_states.csv.gz",     "cow_majors.csv.gz",
        "gw_states.csv.gz",      "cow_igo_ndy.csv.gz",        "gml_mid_ddy.csv.gz",    "td_rivalries.csv.gz",
        "cow_trade_ndy_4_0_rounded.csv.gz", "declared_neutrality.csv"};
    return names;
}

namespace {
template <class Get>
sources read_all(Get&& get) {
    sources s;
    const auto& n = file_names();
    // Each file is read, decompressed and parsed in turn; the texts are dropped as soon as parsed.
    s.votes = read_un_votes_text(get(n[0]), n[0]);
    s.roll_calls = read_un_roll_calls_text(get(n[1]), n[1]);
    s.issues = read_un_issues_text(get(n[2]), n[2]);
    s.ideal = read_ideal_points_text(get(n[3]), n[3]);
    s.atop = read_atop_text(get(n[4]), n[4]);
    s.nmc = read_nmc_text(get(n[5]), n[5]);
    s.cow_states = read_cow_states_text(get(n[6]), n[6]);
    s.majors = read_cow_majors_text(get(n[7]), n[7]);
    s.gw_states = read_gw_states_text(get(n[8]), n[8]);
    s.igo = read_igo_text(get(n[9]), n[9]);
    s.mids = read_mids_text(get(n[10]), n[10]);
    s.rivals = read_rivalries_text(get(n[11]), n[11]);
    s.trade = read_trade_text(get(n[12]), n[12]);
    s.neutrality = read_declared_neutrality_text(get(n[13]), n[13]);
    return s;
}
}  // namespace

namespace detail {
// Defined in the generated world_data.cpp (cmake/embed_world.cmake).
std::string_view embedded_world_file(std::size_t index);
bool embedded_world_data() noexcept;
}  // namespace detail

bool has_embedded_data() noexcept { return detail::embedded_world_data(); }

sources embedded_sources() {
    if (!detail::embedded_world_data())
        throw error("[kzsec] world: this build of kzsec has no embedded world data (data/world/ was missing at build time)");
    const auto& names = file_names();
    return read_all([&](const std::string& name) {
        const auto i = static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
        return detail::embedded_world_file(i);
    });
}

sources read_sources(const std::filesystem::path& dir) {
    return read_all([&](const std::string& name) { return read_bytes(dir / name); });
}

}  // namespace kzsec::world
