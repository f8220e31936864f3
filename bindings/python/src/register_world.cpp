// kzsec._core.world: the world network from public data (include/kzsec/world.hpp).
// Readers return dicts of numpy columns built here in C++ (numbers as typed
// arrays, text as object arrays of str); kzsec/world.py turns them into
// pandas DataFrames. Parsing runs with the GIL released.
#include "bindings.hpp"
#include "private_copy.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

#include <kzsec/errors.hpp>
#include <kzsec/power.hpp>
#include <kzsec/similarity.hpp>
#include <kzsec/world.hpp>

namespace kzsec::python {

namespace {

namespace w = kzsec::world;

// ------------------------------------------------------------ columns

py::object new_str(const std::string& s) {
    PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    if (!o) throw py::error_already_set();
    return py::reinterpret_steal<py::object>(o);
}

/// An object array of str, one Python object per element (created here, in C++).
py::array str_array(const std::vector<std::string>& v) {
    py::array a(py::dtype("O"), std::vector<py::ssize_t>{static_cast<py::ssize_t>(v.size())});
    auto** p = static_cast<PyObject**>(a.mutable_data());
    for (std::size_t i = 0; i < v.size(); ++i) {
        PyObject* o = new_str(v[i]).release().ptr();
        Py_XDECREF(p[i]);
        p[i] = o;
    }
    return a;
}

/// An object array of str from interned names: `codes[i]` indexes `names` (one str per name).
py::array interned_str_array(const std::vector<std::string>& names, const std::vector<std::int32_t>& codes) {
    std::vector<py::object> objs;
    objs.reserve(names.size());
    for (const auto& n : names) objs.push_back(new_str(n));
    py::array a(py::dtype("O"), std::vector<py::ssize_t>{static_cast<py::ssize_t>(codes.size())});
    auto** p = static_cast<PyObject**>(a.mutable_data());
    for (std::size_t i = 0; i < codes.size(); ++i) {
        PyObject* o = objs[static_cast<std::size_t>(codes[i])].ptr();
        Py_INCREF(o);
        Py_XDECREF(p[i]);
        p[i] = o;
    }
    return a;
}

template <class T, class F>
py::array_t<T> map_array(std::size_t n, F&& f) {
    py::array_t<T> a(static_cast<py::ssize_t>(n));
    T* p = a.mutable_data();
    for (std::size_t i = 0; i < n; ++i) p[i] = f(i);
    return a;
}

std::string iso_date(const w::date& d) { return fmt::format("{:04d}-{:02d}-{:02d}", d.year, d.month, d.day); }

py::array_t<double> eigen_column(const Eigen::MatrixXd& m, Eigen::Index c) {
    return map_array<double>(static_cast<std::size_t>(m.rows()),
                             [&](std::size_t i) { return m(static_cast<Eigen::Index>(i), c); });
}

py::dict columns(const w::un_votes& t) {
    py::dict d;
    d["rcid"] = to_array(t.rcid);
    d["country"] = interned_str_array(t.country_names, t.country);
    d["country_code"] = interned_str_array(t.country_codes, t.country);
    // codes 0 (no vote), 1 yes, 2 abstain, 3 no (un_vote)
    const std::vector<std::string> vote_names{"", std::string(to_string(un_vote::yes)), std::string(to_string(un_vote::abstain)),
                                              std::string(to_string(un_vote::no))};
    std::vector<std::int32_t> codes(t.vote.begin(), t.vote.end());
    d["vote"] = interned_str_array(vote_names, codes);
    return d;
}

py::dict columns(const w::un_roll_calls& t) {
    py::dict d;
    d["rcid"] = to_array(t.rcid);
    d["session"] = to_array(t.session);
    d["importantvote"] = to_array(t.importantvote);
    d["date"] = str_array(t.date);
    d["unres"] = str_array(t.unres);
    d["amend"] = to_array(t.amend);
    d["para"] = to_array(t.para);
    d["short"] = str_array(t.short_description);
    d["descr"] = str_array(t.description);
    return d;
}

py::dict columns(const w::un_issues& t) {
    py::dict d;
    d["rcid"] = to_array(t.rcid);
    d["short_name"] = str_array(t.short_name);
    d["issue"] = str_array(t.issue);
    return d;
}

py::dict columns(const w::ideal_points& t) {
    py::dict d;
    d["ccode"] = to_array(t.ccode);
    d["iso3c"] = str_array(t.iso3c);
    d["countryname"] = str_array(t.countryname);
    d["year"] = to_array(t.year);
    d["idealpointfp"] = to_array(t.idealpointfp);
    d["idealpointall"] = to_array(t.idealpointall);
    d["idealpointlegacy"] = to_array(t.idealpointlegacy);
    d["nvotesfp"] = to_array(t.nvotesfp);
    d["q5fp"] = to_array(t.q5fp);
    d["q95fp"] = to_array(t.q95fp);
    d["nvotesall"] = to_array(t.nvotesall);
    d["nvotesLegacy"] = to_array(t.nvoteslegacy);
    return d;
}

py::dict columns(const w::atop_dyad_years& t) {
    py::dict d;
    d["ccode1"] = to_array(t.ccode1);
    d["ccode2"] = to_array(t.ccode2);
    d["year"] = to_array(t.year);
    d["atop_defense"] = to_array(t.defense);
    d["atop_offense"] = to_array(t.offense);
    d["atop_neutral"] = to_array(t.neutral);
    d["atop_nonagg"] = to_array(t.nonagg);
    d["atop_consul"] = to_array(t.consul);
    return d;
}

py::dict columns(const nmc_data& t) {
    py::dict d;
    d["ccode"] = to_array(t.ccode);
    if (std::any_of(t.stateabb.begin(), t.stateabb.end(), [](const std::string& s) { return !s.empty(); }))
        d["stateabb"] = str_array(t.stateabb);
    d["year"] = to_array(t.year);
    for (Eigen::Index c = 0; c < 6; ++c) d[nmc_component_names[static_cast<std::size_t>(c)]] = eigen_column(t.components, c);
    d["cinc"] = map_array<double>(static_cast<std::size_t>(t.cinc.size()),
                                  [&](std::size_t i) { return t.cinc(static_cast<Eigen::Index>(i)); });
    return d;
}

py::dict columns(const w::state_spells& t, bool with_names) {
    py::dict d;
    if (with_names) d["stateabb"] = str_array(t.stateabb);
    d["ccode"] = to_array(t.ccode);
    if (with_names) d["statenme"] = str_array(t.statenme);
    const std::size_t n = t.size();
    d["styear"] = map_array<std::int32_t>(n, [&](std::size_t i) { return t.start[i].year; });
    d["stmonth"] = map_array<std::int32_t>(n, [&](std::size_t i) { return t.start[i].month; });
    d["stday"] = map_array<std::int32_t>(n, [&](std::size_t i) { return t.start[i].day; });
    d["endyear"] = map_array<std::int32_t>(n, [&](std::size_t i) { return t.end[i].year; });
    d["endmonth"] = map_array<std::int32_t>(n, [&](std::size_t i) { return t.end[i].month; });
    d["endday"] = map_array<std::int32_t>(n, [&](std::size_t i) { return t.end[i].day; });
    return d;
}

py::dict columns(const w::gw_spells& t) {
    py::dict d;
    d["gwcode"] = to_array(t.gwcode);
    d["stateabb"] = str_array(t.stateabb);
    d["statename"] = str_array(t.statename);
    std::vector<std::string> st, en;
    for (const auto& x : t.start) st.push_back(iso_date(x));
    for (const auto& x : t.end) en.push_back(iso_date(x));
    d["startdate"] = str_array(st);
    d["enddate"] = str_array(en);
    return d;
}

py::dict columns(const w::igo_dyad_years& t) {
    py::dict d;
    d["ccode1"] = to_array(t.ccode1);
    d["ccode2"] = to_array(t.ccode2);
    d["year"] = to_array(t.year);
    d["dyadigos"] = to_array(t.dyadigos);
    return d;
}

py::dict columns(const w::mid_dyad_years& t) {
    py::dict d;
    d["dispnum"] = to_array(t.dispnum);
    d["ccode1"] = to_array(t.ccode1);
    d["ccode2"] = to_array(t.ccode2);
    d["year"] = to_array(t.year);
    d["gmlmidonset"] = to_array(t.onset);
    d["sidea1"] = to_array(t.sidea1);
    d["sidea2"] = to_array(t.sidea2);
    d["hostlev1"] = to_array(t.hostlev1);
    d["hostlev2"] = to_array(t.hostlev2);
    d["fatality"] = to_array(t.fatality);
    d["hostlev"] = to_array(t.hostlev);
    d["recip"] = to_array(t.recip);
    return d;
}

py::dict columns(const w::rivalries& t) {
    py::dict d;
    d["rivalryno"] = to_array(t.rivalryno);
    d["rivalryname"] = str_array(t.name);
    d["ccode1"] = to_array(t.ccode1);
    d["ccode2"] = to_array(t.ccode2);
    d["styear"] = to_array(t.styear);
    d["endyear"] = to_array(t.endyear);
    d["region"] = str_array(t.region);
    d["type1"] = str_array(t.type1);
    d["type2"] = str_array(t.type2);
    d["type3"] = str_array(t.type3);
    return d;
}

py::dict columns(const w::trade_dyad_years& t) {
    py::dict d;
    d["ccode1"] = to_array(t.ccode1);
    d["ccode2"] = to_array(t.ccode2);
    d["year"] = to_array(t.year);
    d["flow1"] = to_array(t.flow1);
    d["flow2"] = to_array(t.flow2);
    d["smoothflow1"] = to_array(t.smoothflow1);
    d["smoothflow2"] = to_array(t.smoothflow2);
    return d;
}

py::dict columns(const w::neutrality_spells& t) {
    py::dict d;
    d["iso3"] = str_array(t.iso3);
    d["from"] = to_array(t.from);
    d["to"] = to_array(t.to);
    d["basis"] = str_array(t.basis);
    d["source"] = str_array(t.source);
    d["note"] = str_array(t.note);
    return d;
}

// ------------------------------------------------------------ sources

using sources_ptr = std::shared_ptr<const w::sources>;

/// The embedded data sets, parsed once per process (thread-safe) and shared.
sources_ptr embedded() {
    static const sources_ptr src = [] {
        py::gil_scoped_release release;
        return std::make_shared<const w::sources>(w::embedded_sources());
    }();
    return src;
}

py::dict counts(const w::sources& s) {
    py::dict d;
    d["votes"] = s.votes.size();
    d["roll_calls"] = s.roll_calls.size();
    d["issues"] = s.issues.size();
    d["ideal"] = s.ideal.size();
    d["atop"] = s.atop.size();
    d["nmc"] = s.nmc.ccode.size();
    d["cow_states"] = s.cow_states.size();
    d["majors"] = s.majors.size();
    d["gw_states"] = s.gw_states.size();
    d["igo"] = s.igo.size();
    d["mids"] = s.mids.size();
    d["rivals"] = s.rivals.size();
    d["trade"] = s.trade.size();
    d["neutrality"] = s.neutrality.size();
    return d;
}

// ------------------------------------------------------------ options

using setter = std::function<void(w::world_options&, py::handle)>;

/// The fields of world_options by name (used by the keyword constructor and datasets.world).
const std::map<std::string, setter>& option_setters() {
    static const std::map<std::string, setter> m = [] {
        std::map<std::string, setter> s;
#define KZSEC_FIELD(name) \
    s[#name] = [](w::world_options& o, py::handle v) { o.name = v.cast<decltype(o.name)>(); }
        KZSEC_FIELD(first_year);
        KZSEC_FIELD(last_year);
        KZSEC_FIELD(actors);
        KZSEC_FIELD(domains);
        KZSEC_FIELD(defense_value);
        KZSEC_FIELD(neutral_consult_value);
        KZSEC_FIELD(nonagg_value);
        KZSEC_FIELD(mid_values);
        KZSEC_FIELD(rivalry_value);
        KZSEC_FIELD(carry_rivalries);
        KZSEC_FIELD(carry_alliances);
        KZSEC_FIELD(min_joint_votes);
        KZSEC_FIELD(political_from_ideal_points_after_votes);
        KZSEC_FIELD(min_trade_share);
        KZSEC_FIELD(carry_trade);
        KZSEC_FIELD(carry_igo);
        KZSEC_FIELD(igo_round);
        KZSEC_FIELD(capabilities);
        KZSEC_FIELD(declared_neutrality);
#undef KZSEC_FIELD
        return s;
    }();
    return m;
}

w::world_options options_from_kwargs(const py::kwargs& kw) {
    w::world_options o;
    for (const auto& [k, v] : kw) {
        const std::string key = py::str(k);
        auto it = option_setters().find(key);
        if (it == option_setters().end())
            throw py::type_error("WorldOptions: unexpected keyword argument '" + key + "'");
        try {
            it->second(o, v);
        } catch (const py::cast_error&) {
            throw py::type_error("WorldOptions: keyword '" + key + "' has the wrong type (" +
                                 std::string(py::str(py::type::of(v).attr("__name__"))) + ")");
        }
    }
    return o;
}

using i32_input = py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>;

// Binds one reader: parse the file with the GIL released, then convert it to columns with conv.
template <class Fn, class Conv>
void def_reader(py::module_& wm, const char* name, Fn fn, Conv conv, const char* file, const char* what,
                const char* cols) {
    const std::string doc = fmt::format(R"doc(
Read {what} (``{file}`` in ``data/world/``).

The file may be gzip-compressed (recognised by its magic bytes) or plain CSV,
with a header row and the columns in any order. Every row is validated; the
file is parsed with the GIL released.

Parameters
----------
path : str or os.PathLike
    The file.

Returns
-------
dict of str to numpy.ndarray
    One column per field, named as in the file: {cols}. Text columns are
    object arrays of str. ``kzsec.world.{name}`` wraps this in a pandas
    DataFrame.

Raises
------
FileNotFoundError
    If the file cannot be opened.
ValueError
    On the first bad row: ``[kzsec] file:line: column 'name': what``.

Notes
-----
Complexity: O(file size). Reference: docs/world.md and data/world/SOURCES.md.
)doc",
                                        fmt::arg("what", what), fmt::arg("file", file), fmt::arg("cols", cols),
                                        fmt::arg("name", name));
    wm.def(
        name,
        [fn, conv](const std::filesystem::path& path) {
            auto t = [&] {
                py::gil_scoped_release release;
                return fn(path);
            }();
            return conv(t);
        },
        py::arg("path"), doc.c_str());
}

// The readers, one per data file: read_un_votes ... read_declared_neutrality.
void bind_world_readers(py::module_& wm) {
    // One binding per reader; the docstring is shared in shape and written out per function.
    const auto cols = [](const auto& t) { return columns(t); };
    def_reader(wm, "read_un_votes", [](const std::filesystem::path& p) { return w::read_un_votes(p); }, cols, "unvotes_votes.csv.gz",
               "UN General Assembly votes, one row per country and roll call",
               "rcid (int32), country, country_code (ISO2, '' where missing), vote ('yes', 'abstain' or 'no')");
    def_reader(wm, "read_un_roll_calls", [](const std::filesystem::path& p) { return w::read_un_roll_calls(p); }, cols,
               "unvotes_roll_calls.csv.gz", "UN General Assembly roll calls",
               "rcid, session (int32), importantvote, amend, para (int8: 1, 0, -1 missing), date ('YYYY-MM-DD'), "
               "unres, short, descr");
    def_reader(wm, "read_un_issues", [](const std::filesystem::path& p) { return w::read_un_issues(p); }, cols,
               "unvotes_issues.csv.gz", "UN roll-call issue codes, one row per roll call and issue",
               "rcid (int32), short_name, issue");
    def_reader(wm, "read_ideal_points", [](const std::filesystem::path& p) { return w::read_ideal_points(p); }, cols,
               "bsv_idealpoints_jul2025.csv.gz", "Bailey-Strezhnev-Voeten ideal points, one row per country-year",
               "ccode, year (int32), iso3c, countryname, idealpointfp, idealpointall, idealpointlegacy, nvotesfp, "
               "q5fp, q95fp, nvotesall, nvotesLegacy (float64, NaN where missing); the other quantile columns of the "
               "file are not read");
    def_reader(wm, "read_atop", [](const std::filesystem::path& p) { return w::read_atop(p); }, cols, "atop5_1_ddy.csv.gz",
               "ATOP 5.1 directed dyad-years (the pledges ccode1 made to ccode2)",
               "ccode1, ccode2, year (int32), atop_defense, atop_offense, atop_neutral, atop_nonagg, atop_consul "
               "(uint8 0/1)");
    def_reader(wm, "read_cow_states", [](const std::filesystem::path& p) { return w::read_cow_states(p); }, [](const w::state_spells& t) { return columns(t, true); },
               "cow_states.csv.gz", "the COW State System Membership list, one row per spell",
               "stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday (int32); the version "
               "column is not read");
    def_reader(wm, "read_cow_majors", [](const std::filesystem::path& p) { return w::read_cow_majors(p); }, [](const w::state_spells& t) { return columns(t, false); },
               "cow_majors.csv.gz", "the COW major powers, one row per spell",
               "ccode, styear, stmonth, stday, endyear, endmonth, endday (int32)");
    def_reader(wm, "read_gw_states", [](const std::filesystem::path& p) { return w::read_gw_states(p); }, cols,
               "gw_states.csv.gz", "the Gleditsch-Ward list of independent states, one row per spell",
               "gwcode (int32), stateabb, statename, startdate, enddate ('YYYY-MM-DD')");
    def_reader(wm, "read_igo", [](const std::filesystem::path& p) { return w::read_igo(p); }, cols, "cow_igo_ndy.csv.gz",
               "COW IGO 3.0 joint memberships per non-directed dyad-year",
               "ccode1 < ccode2, year (int32), dyadigos (int16)");
    def_reader(wm, "read_mids", [](const std::filesystem::path& p) { return w::read_mids(p); }, cols, "gml_mid_ddy.csv.gz",
               "GML MID 2.2.1 directed dyad-years",
               "dispnum, ccode1, ccode2, year (int32), gmlmidonset, sidea1, sidea2, hostlev1, hostlev2, fatality, "
               "hostlev, recip (int8; -9 kept as the missing code); the other columns of the file are not read");
    def_reader(wm, "read_rivalries", [](const std::filesystem::path& p) { return w::read_rivalries(p); }, cols,
               "td_rivalries.csv.gz", "Thompson-Dreyer strategic rivalries",
               "rivalryno, ccode1, ccode2, styear, endyear (int32), rivalryname, region, type1, type2, type3");
    def_reader(wm, "read_trade", [](const std::filesystem::path& p) { return w::read_trade(p); }, cols,
               "cow_trade_ndy_4_0_rounded.csv.gz", "COW dyadic trade 4.0 (peacesciencer's rounded reduction)",
               "ccode1 < ccode2, year (int32), flow1, flow2, smoothflow1, smoothflow2 (float64, million current US "
               "dollars, NaN where missing)");
    def_reader(wm, "read_nmc", [](const std::filesystem::path& p) { return w::read_nmc(p); }, cols, "cow_nmc_v7.csv.gz",
               "COW National Material Capabilities (v7 layout)",
               "ccode, year (int32), stateabb (only if the file has it), milex, milper, irst, pec, tpop, upop, cinc "
               "(float64, NaN where missing or -9)");
    def_reader(wm, "read_declared_neutrality",
               [](const std::filesystem::path& p) { return w::read_declared_neutrality(p); }, cols,
               "declared_neutrality.csv", "declared neutrality, one row per span of years of a state",
               "iso3, from, to (int32, inclusive years), basis (treaty, constitution, law, un_resolution, declaration, "
               "parliament or policy), source, note");
}

// Sources: all the data sets, parsed.
void bind_world_sources(py::module_& wm) {
    py::class_<w::sources, std::shared_ptr<w::sources>>(wm, "Sources", R"doc(
All the data sets behind the world network, parsed (read-only).

Obtained from :func:`read_sources` (a directory laid out as ``data/world/``) or
:func:`embedded_sources` (the copies compiled into the library). Pass it to
:func:`build_world`. ``counts()`` gives the rows of each table; each table is
also available as a dict of numpy columns (the same as the matching reader),
e.g. ``pandas.DataFrame(src.votes)``.
)doc")
        .def("counts", [](const w::sources& s) { return counts(s); }, R"doc(
Number of rows of each table.

Returns
-------
dict of str to int
    Keys votes, roll_calls, issues, ideal, atop, nmc, cow_states, majors,
    gw_states, igo, mids, rivals, trade, neutrality.
)doc")
        .def("__len__", [](const w::sources&) { return w::file_names().size(); },
             "Number of data sets (files), as len(file_names()).")
        .def("__repr__",
             [](const w::sources& s) {
                 return fmt::format("<kzsec.world.Sources: {} votes, {} roll calls, {} ATOP dyad-years, {} IGO "
                                    "dyad-years, {} trade dyad-years>",
                                    s.votes.size(), s.roll_calls.size(), s.atop.size(), s.igo.size(), s.trade.size());
             })
        .def_property_readonly("votes", [](const w::sources& s) { return columns(s.votes); },
                               "UN votes as columns (see read_un_votes).")
        .def_property_readonly("roll_calls", [](const w::sources& s) { return columns(s.roll_calls); },
                               "UN roll calls as columns (see read_un_roll_calls).")
        .def_property_readonly("issues", [](const w::sources& s) { return columns(s.issues); },
                               "UN issue codes as columns (see read_un_issues).")
        .def_property_readonly("ideal", [](const w::sources& s) { return columns(s.ideal); },
                               "Ideal points as columns (see read_ideal_points).")
        .def_property_readonly("atop", [](const w::sources& s) { return columns(s.atop); },
                               "ATOP dyad-years as columns (see read_atop).")
        .def_property_readonly("nmc", [](const w::sources& s) { return columns(s.nmc); },
                               "NMC capabilities as columns (see read_nmc).")
        .def_property_readonly("cow_states", [](const w::sources& s) { return columns(s.cow_states, true); },
                               "COW state list as columns (see read_cow_states).")
        .def_property_readonly("majors", [](const w::sources& s) { return columns(s.majors, false); },
                               "COW major powers as columns (see read_cow_majors).")
        .def_property_readonly("gw_states", [](const w::sources& s) { return columns(s.gw_states); },
                               "Gleditsch-Ward state list as columns (see read_gw_states).")
        .def_property_readonly("igo", [](const w::sources& s) { return columns(s.igo); },
                               "IGO joint memberships as columns (see read_igo).")
        .def_property_readonly("mids", [](const w::sources& s) { return columns(s.mids); },
                               "MID dyad-years as columns (see read_mids).")
        .def_property_readonly("rivals", [](const w::sources& s) { return columns(s.rivals); },
                               "Strategic rivalries as columns (see read_rivalries).")
        .def_property_readonly("trade", [](const w::sources& s) { return columns(s.trade); },
                               "Dyadic trade as columns (see read_trade).")
        .def_property_readonly("neutrality", [](const w::sources& s) { return columns(s.neutrality); },
                               "Declared neutrality as columns (see read_declared_neutrality).");
}

// read_sources, embedded_sources, has_embedded_data and file_names.
void bind_world_source_functions(py::module_& wm) {
    wm.def(
        "read_sources",
        [](const std::filesystem::path& dir) {
            py::gil_scoped_release release;
            return std::make_shared<w::sources>(w::read_sources(dir));
        },
        py::arg("dir"), R"doc(
Read every file of a directory laid out as ``data/world/``.

Parameters
----------
dir : str or os.PathLike
    The directory; it must hold every name of :func:`file_names`.

Returns
-------
Sources

Raises
------
FileNotFoundError
    If a file is missing.
ValueError
    On the first bad row of any file (``[kzsec] name:line: column 'c': what``).

Notes
-----
Complexity: O(total size), about 2 s for the full data. Reference: docs/world.md.
)doc");

    wm.def(
        "embedded_sources", []() { return std::const_pointer_cast<w::sources>(embedded()); }, R"doc(
The copies of ``data/world/`` compiled into the library, parsed.

They are parsed on the first call (with the GIL released) and the same
read-only object is returned afterwards.

Returns
-------
Sources

Raises
------
RuntimeError
    If the library was built without the world data (see :func:`has_embedded_data`).

Notes
-----
Complexity: O(total size) on the first call, O(1) afterwards. Reference: docs/world.md.
)doc");

    wm.def("has_embedded_data", &w::has_embedded_data, R"doc(
Whether the library was built with ``data/world/`` embedded.

Returns
-------
bool
)doc");

    wm.def("file_names", &w::file_names, R"doc(
The file names of ``data/world/``, in a fixed order.

Returns
-------
list of str
    The names read by :func:`read_sources` (one per data set).
)doc");
}

// WorldOptions, constructed from keywords.
void bind_world_options(py::module_& wm) {
    auto opts = py::class_<w::world_options>(wm, "WorldOptions", R"doc(
Options of :func:`build_world` and :func:`kzsec.datasets.world`.

Every field of the C++ ``kzsec::world::world_options`` under the same name;
construct with keywords, e.g. ``WorldOptions(first_year=2000, actors=["KAZ",
"RUS"])``. List fields (``actors``, ``domains``, ``mid_values``) are copied on
access: assign a whole new list to change them. The rules behind each field
are documented in docs/world.md.

Raises
------
TypeError
    On an unknown keyword or a value of the wrong type.
)doc");
    opts.def(py::init([](const py::kwargs& kw) { return options_from_kwargs(kw); }))
        .def_readwrite("first_year", &w::world_options::first_year, "First year of the network (default 1946).")
        .def_readwrite("last_year", &w::world_options::last_year, "Last year of the network (default 2024).")
        .def_readwrite("actors", &w::world_options::actors,
                       "ISO3 ids to keep (empty = every state); relations need both ends kept.")
        .def_readwrite("domains", &w::world_options::domains,
                       "Domains built (default security, political, economic, institutional).")
        .def_readwrite("defense_value", &w::world_options::defense_value,
                       "Security value of a defence or offence pledge (0.9).")
        .def_readwrite("neutral_consult_value", &w::world_options::neutral_consult_value,
                       "Security value of a neutrality or consultation pledge without defence/offence (0.5).")
        .def_readwrite("nonagg_value", &w::world_options::nonagg_value,
                       "Security value of a non-aggression pact only (0.25).")
        .def_readwrite("mid_values", &w::world_options::mid_values,
                       "Security value by MID hostility level, six entries indexed 0-5 (index 1-5 used).")
        .def_readwrite("rivalry_value", &w::world_options::rivalry_value,
                       "Security value of an ongoing strategic rivalry (-0.5).")
        .def_readwrite("carry_rivalries", &w::world_options::carry_rivalries,
                       "Rivalries ongoing in 2010 (the data's end) continue after 2010.")
        .def_readwrite("carry_alliances", &w::world_options::carry_alliances,
                       "ATOP dyads in force in 2018 continue after 2018.")
        .def_readwrite("min_joint_votes", &w::world_options::min_joint_votes,
                       "Fewer joint roll calls give no political relation that year (10).")
        .def_readwrite("political_from_ideal_points_after_votes",
                       &w::world_options::political_from_ideal_points_after_votes,
                       "After 2019, political relations predicted from the ideal-point distance.")
        .def_readwrite("min_trade_share", &w::world_options::min_trade_share,
                       "Smaller trade-dependence shares give no economic relation (0.001).")
        .def_readwrite("carry_trade", &w::world_options::carry_trade,
                       "Trade shares of 2014 (the data's end) continue after 2014.")
        .def_readwrite("carry_igo", &w::world_options::carry_igo, "IGO values of 2014 continue after 2014.")
        .def_readwrite("igo_round", &w::world_options::igo_round,
                       "IGO values rounded to this step before merging years (0.05; 0 = no rounding).")
        .def_readwrite("capabilities", &w::world_options::capabilities,
                       "NMC components and CINC as metrics, CINC as actor capabilities.")
        .def_readwrite("declared_neutrality", &w::world_options::declared_neutrality,
                       "Declared neutrality as the actor attributes neutrality_years and neutrality_source "
                       "(read by the strategy rules, docs/hedging.md).")
        .def("__repr__", [](const w::world_options& o) {
            // no '=' or ',' so that stub generators keep it as an opaque "<...>" default
            return fmt::format("<kzsec.world.WorldOptions {}-{} {} domains {}>", o.first_year, o.last_year,
                               o.actors.empty() ? std::string("every state") : fmt::format("{} actors", o.actors.size()),
                               fmt::join(o.domains, "/"));
        });
}

// build_world.
void bind_world_build(py::module_& wm) {
    wm.def(
        "build_world",
        [](const std::shared_ptr<w::sources>& src, const w::world_options& opt, py::object progress) {
            w::world_options o = private_copy(opt);  // see private_copy: thread safety (Sources is immutable)
            o.progress = progress_hook(std::move(progress));
            py::gil_scoped_release release;
            return w::build_world(*src, o);
        },
        py::arg("sources"), py::arg("options") = w::world_options{}, py::arg("progress") = py::none(), R"doc(
Build the world network from the data sets.

Parameters
----------
sources : Sources
    From :func:`read_sources` or :func:`embedded_sources`.
options : WorldOptions, optional
    Years, actors, domains and the coding rules; default every state,
    1946-2024, the four domains.
progress : callable or None
    ``progress(stages_done, stages)`` after each build stage (return False
    to cancel: RuntimeError). Ctrl-C stops the build between stages.

Returns
-------
Network
    One actor per state (ISO3 id; attributes ``cow``, ``gw``, ``iso2``,
    ``stateabb``, ``major_power_years``), relations in the domains security,
    political, economic and institutional (basis "data", source and
    confidence per relation) and NMC metrics.

Raises
------
ValueError
    On bad options (years reversed, an unknown domain).
KeyError
    On an unknown actor id in ``options.actors``.

Notes
-----
Runs with the GIL released. Complexity: O(rows log rows) over all the data
sets (docs/benchmarks.md). Reference: docs/world.md.
)doc");
}

// _crosswalk_columns: the country crosswalk as columns.
void bind_world_crosswalk(py::module_& wm) {
    wm.def(
        "_crosswalk_columns",
        [](const std::shared_ptr<w::sources>& src, int last_year) {
            w::crosswalk cw;
            {
                py::gil_scoped_release release;
                cw = w::build_crosswalk(src->cow_states, src->gw_states, src->ideal, src->votes, last_year);
            }
            const std::size_t n = cw.states.size();
            std::vector<std::string> iso3, name, ccodes, abb, iso2, spells;
            for (const auto& e : cw.states) {
                iso3.push_back(e.iso3);
                name.push_back(e.name);
                ccodes.push_back(fmt::format("{}", fmt::join(e.ccodes, ";")));
                abb.push_back(e.stateabb);
                iso2.push_back(e.iso2);
                std::string sp;
                for (const auto& s : e.spells) {
                    if (!sp.empty()) sp.push_back(';');
                    fmt::format_to(std::back_inserter(sp), "{}-{}", s.from, s.to);
                }
                spells.push_back(sp);
            }
            py::dict d;
            d["iso3"] = str_array(iso3);
            d["name"] = str_array(name);
            d["ccodes"] = str_array(ccodes);
            d["stateabb"] = str_array(abb);
            d["gwcode"] = map_array<std::int32_t>(n, [&](std::size_t i) { return cw.states[i].gwcode.value_or(-1); });
            d["iso2"] = str_array(iso2);
            d["spells"] = str_array(spells);
            py::dict un;
            for (const auto& [k, v] : cw.un_country_to_iso3) un[py::str(k)] = v;
            return py::make_tuple(d, un, cw.unmatched_un_countries);
        },
        py::arg("sources"), py::arg("last_year") = 2024, R"doc(
The ISO3 / COW / G-W crosswalk as columns (private; use :func:`kzsec.world.crosswalk`).

Parameters
----------
sources : Sources
last_year : int, default 2024
    States in the COW system at the end of 2016 stay in it to this year.

Returns
-------
tuple
    (columns: dict of numpy arrays iso3, name, ccodes, stateabb, gwcode
    (-1 if none), iso2, spells; dict UN country name -> iso3; list of
    unmatched UN country names).

Raises
------
ValueError
    If the ideal points give two ISO3 codes to one COW code.
)doc");
}

// AgreementYear and un_agreement_by_year.
void bind_world_agreement(py::module_& wm) {
    py::class_<w::agreement_year>(wm, "AgreementYear", R"doc(
All-pairs UN agreement of one calendar year.

``agreement[i, j]`` is Lijphart's index of agreement of ``countries[i]`` and
``countries[j]`` (mean over joint roll calls of 1 - |v_i - v_j| / 2 with yes 1,
abstain 0, no -1; NaN where they share no roll call); ``joint[i, j]`` is the
number of joint roll calls (the diagonal holds each country's votes).
)doc")
        .def_readonly("year", &w::agreement_year::year, "Calendar year of the roll calls.")
        .def_readonly("countries", &w::agreement_year::countries,
                      "UN country names (rows and columns), in order of first appearance in the votes.")
        .def_readonly("agreement", &w::agreement_year::agreement, "float64 matrix n x n (read-only view).")
        .def_readonly("joint", &w::agreement_year::joint, "int32 matrix n x n (read-only view).")
        .def("__repr__", [](const w::agreement_year& a) {
            return fmt::format("<AgreementYear {}: {} countries>", a.year, a.countries.size());
        });

    wm.def(
        "un_agreement_by_year",
        [](const std::shared_ptr<w::sources>& src, int threads) {
            py::gil_scoped_release release;
            return w::un_agreement_by_year(src->votes, src->roll_calls, threads);
        },
        py::arg("sources"), py::arg("threads") = 0, R"doc(
All-pairs UN agreement for every year with votes, from parsed sources.

Parameters
----------
sources : Sources
threads : int, default 0
    Worker threads (0 = all hardware threads); one year per task.

Returns
-------
list of AgreementYear
    One per year, in increasing order.

Notes
-----
Runs with the GIL released. Complexity: O(sum over years of n_y^2 r_y).
Reference: docs/world.md.
)doc");
}

// _un_agreement_arrays: UN agreement from vote columns.
void bind_world_agreement_arrays(py::module_& wm) {
    wm.def(
        "_un_agreement_arrays",
        [](const py::handle& rcid, const py::handle& country, const std::vector<std::string>& names,
           const py::handle& vote, const py::handle& rc_rcid, const py::handle& rc_year, int threads) {
            w::un_votes v;
            w::un_roll_calls rc;
            auto copy32 = [](const py::handle& h, std::vector<std::int32_t>& out) {
                const auto a = h.cast<i32_input>();
                out.assign(a.data(), a.data() + a.size());
            };
            copy32(rcid, v.rcid);
            copy32(country, v.country);
            std::vector<std::int32_t> votes32;
            copy32(vote, votes32);
            copy32(rc_rcid, rc.rcid);
            copy32(rc_year, rc.year);
            if (v.country.size() != v.rcid.size() || votes32.size() != v.rcid.size())
                throw invalid_input("[kzsec] un_agreement_by_year: rcid, country and vote differ in length");
            if (rc.year.size() != rc.rcid.size())
                throw invalid_input("[kzsec] un_agreement_by_year: roll-call rcid and year differ in length");
            v.country_names = names;
            v.country_codes.assign(names.size(), std::string());
            v.vote.reserve(votes32.size());
            for (std::size_t i = 0; i < votes32.size(); ++i) {
                if (v.country[i] < 0 || static_cast<std::size_t>(v.country[i]) >= names.size())
                    throw invalid_input(fmt::format("[kzsec] un_agreement_by_year: row {}: country index {} out of range",
                                                    i + 1, v.country[i]));
                if (votes32[i] < 1 || votes32[i] > 3)
                    throw invalid_input(fmt::format("[kzsec] un_agreement_by_year: row {}: vote code {} is not 1, 2 or 3",
                                                    i + 1, votes32[i]));
                v.vote.push_back(static_cast<std::int8_t>(votes32[i]));
            }
            py::gil_scoped_release release;
            return w::un_agreement_by_year(v, rc, threads);
        },
        py::arg("rcid"), py::arg("country"), py::arg("country_names"), py::arg("vote"), py::arg("rc_rcid"),
        py::arg("rc_year"), py::arg("threads") = 0, R"doc(
All-pairs UN agreement from columns (private; use :func:`kzsec.world.un_agreement_by_year`).

Parameters
----------
rcid, country, vote : array of int
    Per vote row: roll call, index into ``country_names``, vote code (1 yes, 2 abstain, 3 no).
country_names : list of str
rc_rcid, rc_year : array of int
    Per roll call: id and calendar year.
threads : int, default 0

Returns
-------
list of AgreementYear

Raises
------
ValueError
    Columns of different lengths, a bad code, or a vote on a roll call not in the roll calls.
)doc");
}

}  // namespace

void register_world(py::module_& m) {
    py::module_ wm = m.def_submodule(
        "world", "The world network from public data: readers, crosswalk, UN agreement, build_world (kzsec.world).");

    // ---------------------------------------------------------------- readers
    bind_world_readers(wm);
    bind_world_sources(wm);
    bind_world_source_functions(wm);
    bind_world_options(wm);
    bind_world_build(wm);
    bind_world_crosswalk(wm);
    bind_world_agreement(wm);
    bind_world_agreement_arrays(wm);
}

}  // namespace kzsec::python
