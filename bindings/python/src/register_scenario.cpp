// Bindings of include/kzsec/scenario.hpp as the submodule kzsec._core.scenario.
// Tables are returned as dicts of columns (numpy arrays / lists); kzsec.scenario
// turns them into pandas DataFrames.
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/errors.hpp>
#include <kzsec/scenario.hpp>

namespace kzsec::python {
namespace {

namespace sc = kzsec::scenario;

template <class T>
py::array_t<T> arr(const std::vector<T>& v) {
    py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
    std::copy(v.begin(), v.end(), a.mutable_data());
    return a;
}

sc::indicator_options indicator_opts(const std::vector<std::string>& domains, const std::map<std::string, double>& weights,
                                     bool missing_as_zero, bool balance, const std::string& balance_domain, bool strategy) {
    sc::indicator_options o;
    o.hedging.domains = domains;
    o.hedging.domain_weights = weights;
    o.hedging.missing_as_zero = missing_as_zero;
    o.balance = balance;
    o.balance_domain = balance_domain;
    o.strategy = strategy;
    return o;
}

py::dict table_dict(const sc::indicator_table& t) {
    py::dict d;
    d["year"] = arr(t.year);
    d["indicator"] = t.indicator;
    d["domain"] = t.domain;
    d["actor"] = t.actor;
    d["value"] = arr(t.value);
    return d;
}
py::dict cat_dict(const sc::indicator_table& t) {
    py::dict d;
    d["year"] = arr(t.cat_year);
    d["indicator"] = t.cat_indicator;
    d["domain"] = t.cat_domain;
    d["actor"] = t.cat_actor;
    d["value"] = t.cat_value;
    return d;
}

// Edit: one change to the network.
void bind_scenario_edit(py::module_& m) {
    py::class_<sc::edit>(m, "Edit", R"doc(
One edit of a scenario. ``kind`` is one of "set_relation", "change_relation",
"remove_relation", "add_actor", "remove_actor", "add_membership",
"remove_membership", "scale_domain", "apply_event", "extend". ``value`` is the
value (set), the delta (change) or the factor (scale). See docs/scenarios.md.
)doc")
        .def(py::init([](const std::string& kind, int year, std::optional<int> until, std::string a, std::string b,
                         std::string domain, double value, bool directed, std::optional<std::string> confidence,
                         std::optional<actor> new_actor, std::optional<membership> new_membership,
                         std::optional<event> new_event, std::string label, std::string note) {
                 sc::edit e;
                 e.kind = sc::parse_edit_kind(kind);
                 e.year = year;
                 e.until = until;
                 e.a = std::move(a);
                 e.b = std::move(b);
                 e.domain = std::move(domain);
                 e.value = value;
                 e.directed = directed;
                 if (confidence) e.conf = parse_confidence(*confidence);
                 if (new_actor) e.new_actor = *new_actor;
                 if (new_membership) e.new_membership = *new_membership;
                 if (new_event) e.new_event = *new_event;
                 e.label = std::move(label);
                 e.note = std::move(note);
                 return e;
             }),
             py::arg("kind"), py::arg("year"), py::arg("until") = py::none(), py::arg("a") = "", py::arg("b") = "",
             py::arg("domain") = "", py::arg("value") = 0.0, py::arg("directed") = false,
             py::arg("confidence") = py::none(), py::arg("actor") = py::none(), py::arg("membership") = py::none(),
             py::arg("event") = py::none(), py::arg("label") = "", py::arg("note") = "")
        .def_property("kind", [](const sc::edit& e) { return std::string(sc::to_string(e.kind)); },
                      [](sc::edit& e, const std::string& k) { e.kind = sc::parse_edit_kind(k); })
        .def_readwrite("year", &sc::edit::year)
        .def_readwrite("until", &sc::edit::until)
        .def_readwrite("a", &sc::edit::a)
        .def_readwrite("b", &sc::edit::b)
        .def_readwrite("domain", &sc::edit::domain)
        .def_readwrite("directed", &sc::edit::directed)
        .def_readwrite("value", &sc::edit::value)
        .def_property("confidence",
                      [](const sc::edit& e) -> std::optional<std::string> {
                          if (!e.conf) return std::nullopt;
                          return std::string(to_string(*e.conf));
                      },
                      [](sc::edit& e, std::optional<std::string> c) {
                          if (c) e.conf = parse_confidence(*c); else e.conf.reset();
                      })
        .def_readwrite("actor", &sc::edit::new_actor)
        .def_readwrite("membership", &sc::edit::new_membership)
        .def_readwrite("event", &sc::edit::new_event)
        .def_readwrite("label", &sc::edit::label)
        .def_readwrite("note", &sc::edit::note)
        .def("describe", &sc::describe, "Human-readable label of the edit.")
        .def("__repr__", [](const sc::edit& e) { return "Edit(" + sc::describe(e) + ")"; })
        .def(py::self == py::self);
}

// Scenario, ClampRecord, ApplyResult and apply, compose, the scenario files and draw_value.
void bind_scenario_apply(py::module_& m) {
    py::class_<sc::scenario>(m, "Scenario", "A named list of edits applied in order (never modifies the base network).")
        .def(py::init([](std::string name, std::vector<sc::edit> edits, std::string description, std::optional<int> horizon) {
                 sc::scenario s;
                 s.name = std::move(name);
                 s.edits = std::move(edits);
                 s.description = std::move(description);
                 s.horizon = horizon;
                 return s;
             }),
             py::arg("name") = "", py::arg("edits") = std::vector<sc::edit>{}, py::arg("description") = "",
             py::arg("horizon") = py::none())
        .def_readwrite("name", &sc::scenario::name)
        .def_readwrite("description", &sc::scenario::description)
        .def_readwrite("horizon", &sc::scenario::horizon)
        .def_readwrite("edits", &sc::scenario::edits)
        .def_readwrite("source", &sc::scenario::source,
                       "The file the scenario was read from (read_scenario sets it; '' otherwise): errors of apply "
                       "start with it and the edit's JSON pointer. Not written by to_json, not compared by ==.")
        .def("to_json", &sc::to_json, py::arg("indent") = 2, "The scenario in the kzsec scenario format, version 1.")
        .def("__repr__", [](const sc::scenario& s) {
            return "Scenario(name='" + s.name + "', edits=" + std::to_string(s.edits.size()) + ")";
        })
        .def(py::self == py::self);

    py::class_<sc::clamp_record>(m, "ClampRecord", "A value clamped to [-1, 1] by an edit.")
        .def_readonly("edit", &sc::clamp_record::edit)
        .def_readonly("a", &sc::clamp_record::a)
        .def_readonly("b", &sc::clamp_record::b)
        .def_readonly("domain", &sc::clamp_record::domain)
        .def_property_readonly("years", [](const sc::clamp_record& c) { return py::make_tuple(c.years.from, c.years.to); })
        .def_readonly("unclamped", &sc::clamp_record::unclamped)
        .def_readonly("value", &sc::clamp_record::value);
    py::class_<sc::apply_result>(m, "ApplyResult", "The edited network, clampings and notes.")
        .def_readonly("network", &sc::apply_result::net)
        .def_readonly("clamped", &sc::apply_result::clamped)
        .def_readonly("notes", &sc::apply_result::notes);

    m.def("apply", &sc::apply, py::arg("network"), py::arg("scenario"),
          "Apply the scenario to a copy of the network and return the copy (the base is never modified).");
    m.def("apply_report", &sc::apply_report, py::arg("network"), py::arg("scenario"),
          "As apply, also returning the clampings and one note per edit.");
    m.def("compose", &sc::compose, py::arg("a"), py::arg("b"), "The scenario 'a then b'.");
    m.def("from_json", &sc::scenario_from_json, py::arg("text"), py::arg("where") = "<string>",
          "Parse a scenario (kzsec scenario format, version 1). Errors name `where` and the JSON pointer.");
    m.def("read_scenario", &sc::read_scenario, py::arg("path"), "Read a scenario file.");
    m.def("write_scenario", &sc::write_scenario, py::arg("scenario"), py::arg("path"), "Write a scenario file.");
    m.def("draw_value", &sc::draw_value, py::arg("seed"), py::arg("draw"), py::arg("relation"), py::arg("value"),
          py::arg("sd"), "The Monte Carlo value of relation `relation` in draw `draw` (truncated normal on [-1, 1]).");
}

// sanctions_shock and conflict_shock.
void bind_scenario_shocks(py::module_& m) {
    m.def(
        "sanctions_shock",
        [](const network& n, const std::string& target, int year, double intensity, std::optional<int> until,
           std::vector<std::string> unions, std::vector<std::string> members, std::string metric, double default_dependence,
           std::string domain) {
            sc::sanctions_spec s;
            s.target = target;
            s.year = year;
            s.intensity = intensity;
            s.until = until;
            s.unions = std::move(unions);
            s.members = std::move(members);
            s.dependence_metric = std::move(metric);
            s.default_dependence = default_dependence;
            s.domain = std::move(domain);
            const auto r = sc::sanctions_shock(n, s);
            return py::make_tuple(r.edits, r.explanation);
        },
        py::arg("network"), py::arg("target"), py::arg("year"), py::arg("intensity") = 1.0, py::arg("until") = py::none(),
        py::arg("unions") = std::vector<std::string>{}, py::arg("members") = std::vector<std::string>{},
        py::arg("dependence_metric") = "trade_share", py::arg("default_dependence") = std::numeric_limits<double>::quiet_NaN(),
        py::arg("domain") = "economic",
        "Rule 1 (sanctions): dv(M, target) = -intensity * dependence(M -> target) for members M of a union with the "
        "target. Returns (Scenario, explanation lines).");
    m.def(
        "conflict_shock",
        [](const network& n, const std::string& a, const std::string& b, int year, double intensity, double factor,
           std::optional<int> until, std::string domain, std::vector<std::string> targets, bool set_conflict,
           std::vector<std::string> conflict_domains) {
            sc::conflict_spec s;
            s.a = a;
            s.b = b;
            s.year = year;
            s.intensity = intensity;
            s.factor = factor;
            s.until = until;
            s.domain = std::move(domain);
            s.targets = std::move(targets);
            s.set_conflict = set_conflict;
            s.conflict_domains = std::move(conflict_domains);
            const auto r = sc::conflict_shock(n, s);
            return py::make_tuple(r.edits, r.explanation);
        },
        py::arg("network"), py::arg("a"), py::arg("b"), py::arg("year"), py::arg("intensity") = 1.0,
        py::arg("factor") = 0.5, py::arg("until") = py::none(), py::arg("domain") = "political",
        py::arg("targets") = std::vector<std::string>{}, py::arg("set_conflict") = true,
        py::arg("conflict_domains") = std::vector<std::string>{"security", "political"},
        "Rule 2 (conflict): p = factor * intensity * min(w_FA, w_FB); dv(F, A) = dv(F, B) = -p for states F tied "
        "positively to both. Returns (Scenario, explanation lines).");
}

// IndicatorInfo, indicators and evaluate.
void bind_scenario_evaluate(py::module_& m) {
    py::class_<sc::indicator_info>(m, "IndicatorInfo",
                                   "One indicator of evaluate, compare and monte_carlo (an entry of indicators()).")
        .def_readonly("name", &sc::indicator_info::name, "The indicator column of the tables.")
        .def_readonly("numeric", &sc::indicator_info::numeric, "Whether it has numeric cells.")
        .def_readonly("lower", &sc::indicator_info::lower, "Lower end of the known range of the numeric cells.")
        .def_readonly("upper", &sc::indicator_info::upper,
                      "Upper end of the known range when bound is 'fixed' (else a count of relations).")
        .def_property_readonly("bound", [](const sc::indicator_info& i) { return std::string(sc::to_string(i.bound)); },
                               "'fixed', 'domain_relations' or 'year_relations': how the upper end is set.")
        .def_readonly("categories", &sc::indicator_info::categories,
                      "Values of its categorical cells in output order (empty: none).")
        .def_readonly("cells", &sc::indicator_info::cells, "What one cell is for.")
        .def_readonly("doc", &sc::indicator_info::doc, "What it measures.");

    m.def("indicators", &sc::indicators,
          "The registry of indicators, in the cell order of evaluate: name, range, categories and meaning of each.");

    m.def(
        "evaluate",
        [](const network& n, const std::string& focal, const std::vector<std::string>& rivals, const std::vector<int>& years,
           std::vector<std::string> domains, std::map<std::string, double> weights, bool missing_as_zero, bool balance,
           std::string balance_domain, bool strategy) {
            sc::indicator_table t;
            {
                const network snap = private_copy(n);  // see private_copy: thread safety
                py::gil_scoped_release rel;
                t = sc::evaluate(snap, focal, rivals, years,
                                 indicator_opts(domains, weights, missing_as_zero, balance, balance_domain, strategy));
            }
            return py::make_tuple(table_dict(t), cat_dict(t));
        },
        py::arg("network"), py::arg("focal"), py::arg("rivals"), py::arg("years"),
        py::arg("domains") = std::vector<std::string>{}, py::arg("domain_weights") = std::map<std::string, double>{},
        py::arg("missing_as_zero") = true, py::arg("balance") = true, py::arg("balance_domain") = "security",
        py::arg("strategy") = true, "Every indicator per year: (numeric columns, categorical columns).");
}

// compare.
void bind_scenario_compare(py::module_& m) {
    m.def(
        "compare",
        [](const network& base, const sc::scenario& s, const std::string& focal, const std::vector<std::string>& rivals,
           const std::vector<int>& years, const std::string& attribution, std::vector<std::string> domains,
           std::map<std::string, double> weights, bool missing_as_zero, bool balance, std::string balance_domain,
           bool strategy, double tolerance) {
            sc::compare_options o;
            o.indicators = indicator_opts(domains, weights, missing_as_zero, balance, balance_domain, strategy);
            o.attribution = sc::parse_attribution_method(attribution);
            o.tolerance = tolerance;
            sc::compare_result r;
            {
                const network snap = private_copy(base);  // see private_copy: thread safety
                const sc::scenario edits = private_copy(s);
                py::gil_scoped_release rel;
                r = sc::compare(snap, edits, focal, rivals, years, o);
            }
            py::dict num, cat, attr, cattr, out;
            num["year"] = arr(r.year);
            num["indicator"] = r.indicator;
            num["domain"] = r.domain;
            num["actor"] = r.actor;
            num["base"] = arr(r.base);
            num["scenario"] = arr(r.scenario);
            num["diff"] = arr(r.diff);
            cat["year"] = arr(r.cat_year);
            cat["indicator"] = r.cat_indicator;
            cat["domain"] = r.cat_domain;
            cat["actor"] = r.cat_actor;
            cat["base"] = r.cat_base;
            cat["scenario"] = r.cat_scenario;
            cat["changed"] = arr(r.cat_changed).attr("astype")("bool");
            attr["row"] = arr(r.attr_row);
            attr["edit"] = arr(r.attr_edit);
            attr["contribution"] = arr(r.attr_contribution);
            cattr["row"] = arr(r.cat_attr_row);
            cattr["edit"] = arr(r.cat_attr_edit);
            cattr["value"] = r.cat_attr_value;
            cattr["pivotal"] = arr(r.cat_attr_pivotal).attr("astype")("bool");
            out["numeric"] = num;
            out["categorical"] = cat;
            out["attribution"] = attr;
            out["categorical_attribution"] = cattr;
            out["edit_labels"] = r.edit_labels;
            out["attribution_errors"] = r.attribution_errors;
            out["method"] = std::string(sc::to_string(r.method));
            out["scenario_name"] = r.scenario_name;
            return out;
        },
        py::arg("base"), py::arg("scenario"), py::arg("focal"), py::arg("rivals"), py::arg("years"),
        py::arg("attribution") = "leave_one_out", py::arg("domains") = std::vector<std::string>{},
        py::arg("domain_weights") = std::map<std::string, double>{}, py::arg("missing_as_zero") = true,
        py::arg("balance") = true, py::arg("balance_domain") = "security", py::arg("strategy") = true,
        py::arg("tolerance") = 1e-12,
        "Base and scenario side by side with differences and attribution (dict of column dicts).");
}

// The result of monte_carlo as a dict of column dicts (summary, categories, sensitivity) and scalars.
py::dict mc_result_dict(const sc::mc_result& r, bool keep_draws) {
    py::dict sm, ct, st, out;
    const auto& s = r.summary;
    sm["year"] = arr(s.year);
    sm["indicator"] = s.indicator;
    sm["domain"] = s.domain;
    sm["actor"] = s.actor;
    sm["n"] = arr(s.n);
    sm["mean"] = arr(s.mean);
    sm["sd"] = arr(s.sd);
    sm["min"] = arr(s.min);
    sm["max"] = arr(s.max);
    for (std::size_t q = 0; q < s.quantile_levels.size(); ++q) {
        const double pct = s.quantile_levels[q] * 100.0;
        std::string name;
        if (std::abs(pct - std::round(pct)) < 1e-9) {
            const int ip = static_cast<int>(std::round(pct));
            name = ip < 10 ? "q0" + std::to_string(ip) : "q" + std::to_string(ip);
        } else {
            name = "quantile_" + py::str(py::float_(s.quantile_levels[q])).cast<std::string>();
        }
        sm[py::str(name)] = arr(s.quantiles[q]);
    }
    sm["lower"] = arr(s.lower);
    sm["upper"] = arr(s.upper);
    const auto& c = r.categories;
    ct["year"] = arr(c.year);
    ct["indicator"] = c.indicator;
    ct["domain"] = c.domain;
    ct["actor"] = c.actor;
    ct["category"] = c.category;
    ct["count"] = arr(c.count);
    ct["share"] = arr(c.share);
    const auto& t = r.sensitivity;
    st["rank"] = arr(t.rank);
    st["target"] = t.target;
    st["relation"] = arr(t.relation);
    st["a"] = t.a;
    st["b"] = t.b;
    st["domain"] = t.domain;
    st["from"] = arr(t.from);
    st["to"] = arr(t.to);
    st["sd"] = arr(t.sd);
    st["mean_abs_r"] = arr(t.mean_abs_r);
    st["max_abs_r"] = arr(t.max_abs_r);
    st["r_at_max"] = arr(t.r_at_max);
    st["year_of_max"] = arr(t.year_of_max);
    out["summary"] = sm;
    out["categories"] = ct;
    out["sensitivity"] = st;
    if (keep_draws) {
        py::array_t<double> dv({static_cast<py::ssize_t>(r.draws), static_cast<py::ssize_t>(s.year.size())});
        std::copy(r.draw_values.begin(), r.draw_values.end(), dv.mutable_data());
        out["draws"] = dv;
    } else {
        out["draws"] = py::none();
    }
    out["focal"] = r.focal;
    out["rivals"] = r.rivals;
    out["years"] = r.years;
    out["n_draws"] = r.draws;
    out["seed"] = r.seed;
    out["threads"] = r.threads;
    out["full"] = r.full;
    out["sampled_relations"] = r.sampled_relations;
    out["seconds"] = r.seconds;
    return out;
}

// monte_carlo (its result converted by mc_result_dict).
void bind_scenario_monte_carlo(py::module_& m) {
    m.def(
        "monte_carlo",
        [](const network& n, const std::string& focal, const std::vector<std::string>& rivals, const std::vector<int>& years,
           std::size_t draws, std::uint64_t seed, std::size_t threads, double sd_high, double sd_medium, double sd_low,
           const std::vector<std::tuple<std::string, std::string, std::string, int, double>>& overrides, bool full,
           std::vector<double> quantiles, std::size_t bins, std::vector<std::string> sensitivity, bool keep_draws,
           std::size_t block_size, std::vector<std::string> domains, std::map<std::string, double> weights,
           bool missing_as_zero, bool balance, std::string balance_domain, bool strategy, py::object progress) {
            sc::mc_options o;
            o.draws = draws;
            o.seed = seed;
            o.threads = threads;
            o.sd_high = sd_high;
            o.sd_medium = sd_medium;
            o.sd_low = sd_low;
            for (const auto& [a, b, d, from, sd] : overrides) o.overrides.push_back({a, b, d, from, sd});
            o.full = full;
            o.quantiles = std::move(quantiles);
            o.bins = bins;
            o.sensitivity = std::move(sensitivity);
            o.keep_draws = keep_draws;
            o.block_size = block_size;
            o.indicators = indicator_opts(domains, weights, missing_as_zero, balance, balance_domain, strategy);
            o.progress = progress_hook(std::move(progress));
            sc::mc_result r;
            {
                const network snap = private_copy(n);  // see private_copy: thread safety
                py::gil_scoped_release rel;
                r = sc::monte_carlo(snap, focal, rivals, years, o);
            }
            return mc_result_dict(r, keep_draws);
        },
        py::arg("network"), py::arg("focal"), py::arg("rivals"), py::arg("years"), py::arg("draws") = 1000,
        py::arg("seed") = 1, py::arg("threads") = 0, py::arg("sd_high") = 0.05, py::arg("sd_medium") = 0.10,
        py::arg("sd_low") = 0.20,
        py::arg("overrides") = std::vector<std::tuple<std::string, std::string, std::string, int, double>>{},
        py::arg("full") = false, py::arg("quantiles") = std::vector<double>{0.05, 0.25, 0.5, 0.75, 0.95},
        py::arg("bins") = 1024, py::arg("sensitivity") = std::vector<std::string>{"tilt:aggregate", "spread:aggregate"},
        py::arg("keep_draws") = false, py::arg("block_size") = 64, py::arg("domains") = std::vector<std::string>{},
        py::arg("domain_weights") = std::map<std::string, double>{}, py::arg("missing_as_zero") = true,
        py::arg("balance") = true, py::arg("balance_domain") = "security", py::arg("strategy") = true,
        py::arg("progress") = py::none(),
        "Monte Carlo over relation values (GIL released; Ctrl-C stops it within ~0.1 s plus one block). "
        "progress: None or a callable(done, total) -> bool|None, called at most every 0.1 s with the GIL; "
        "False cancels (RuntimeError). Returns a dict of column dicts; see kzsec.scenario.");
}

}  // namespace

void register_scenario(py::module_& root) {
    py::module_ m = root.def_submodule("scenario", "Scenarios, shocks, comparison and Monte Carlo (see kzsec.scenario).");
    bind_scenario_edit(m);
    bind_scenario_apply(m);
    bind_scenario_shocks(m);
    bind_scenario_evaluate(m);
    bind_scenario_compare(m);
    bind_scenario_monte_carlo(m);
}

}  // namespace kzsec::python
