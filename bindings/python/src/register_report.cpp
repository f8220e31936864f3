// Bindings of kzsec::report (the yearly report behind `kzsec report`).
#include "bindings.hpp"
#include "private_copy.hpp"

#include <kzsec/calibration.hpp>
#include <kzsec/datasets.hpp>
#include <kzsec/report.hpp>

#include <string>
#include <tuple>
#include <vector>

namespace kzsec::python {

namespace {

// Band, BalanceSummary, RelationChange and YearReport: the parts of one year.
void bind_report_years(py::module_& r) {
    py::class_<report::band>(r, "Band", "An uncertainty band of one indicator in one domain (from the Monte Carlo draws).")
        .def_readonly("indicator", &report::band::indicator, "\"tilt\" or \"hedging\".")
        .def_readonly("domain", &report::band::domain, "Domain id or \"aggregate\".")
        .def_readonly("mean", &report::band::mean)
        .def_readonly("sd", &report::band::sd)
        .def_readonly("low", &report::band::low, "Quantile band_low of the draws.")
        .def_readonly("high", &report::band::high, "Quantile band_high of the draws.")
        .def_readonly("modal_tilt_band", &report::band::modal_tilt_band, "Most frequent tilt band in the draws.")
        .def_readonly("modal_share", &report::band::modal_share, "Its share of the draws.");

    py::class_<report::balance_summary>(r, "BalanceSummary", "Balance of one year's snapshot around the focal actor.")
        .def_readonly("domain", &report::balance_summary::domain, "Snapshot domain, or \"combined\".")
        .def_readonly("actors", &report::balance_summary::actors, "Vertices of the snapshot.")
        .def_readonly("ties", &report::balance_summary::ties, "Edges of the snapshot.")
        .def_readonly("negative_ties", &report::balance_summary::negative_ties)
        .def_readonly("triangles", &report::balance_summary::triangles,
                      "Strong triangle index with the unbalanced triangles listed (TriangleResult).")
        .def_readonly("frustration", &report::balance_summary::frustration,
                      "Exact frustration index and the two coalitions (FrustrationResult).")
        .def_readonly("with_focal", &report::balance_summary::with_focal, "The focal's coalition (labels).")
        .def_readonly("against_focal", &report::balance_summary::against_focal, "The other coalition (labels).")
        .def_property_readonly(
            "unbalanced_through_focal",
            [](const report::balance_summary& b) {
                std::vector<std::tuple<std::string, std::string, std::string>> out;
                out.reserve(b.unbalanced_through_focal.size());
                for (const auto& t : b.unbalanced_through_focal) out.emplace_back(t[0], t[1], t[2]);
                return out;
            },
            "Unbalanced triangles through the focal actor, as (focal, a, b) label tuples: its cross-pressure.")
        .def_readonly("pn_actors", &report::balance_summary::pn_actors,
                      "Actors of the snapshot in snapshot order (empty when the PN centrality is undefined).")
        .def_property_readonly("pn", [](const report::balance_summary& b) { return to_array(b.pn); },
                               "PN centrality (Everett-Borgatti 2014) of each of pn_actors (numpy array).")
        .def_readonly("membership_ties", &report::balance_summary::membership_ties,
                      "Ties added from memberships (\"organisation-member\").")
        .def_readonly("cycle_ties", &report::balance_summary::cycle_ties, "Ties on a cycle (the part that can be unbalanced).")
        .def_readonly("cycle_actors", &report::balance_summary::cycle_actors, "Actors with a tie on a cycle.")
        .def_readonly("left_out", &report::balance_summary::left_out, "Ties on no cycle (\"A-B\").")
        .def_readonly("cycle_normalised", &report::balance_summary::cycle_normalised,
                      "F of the cycle part: 1 - 2L/M_c.")
        .def_readonly("optimal_partitions", &report::balance_summary::optimal_partitions,
                      "Optimal partitions of the focal's component.")
        .def_readonly("optimal_partitions_complete", &report::balance_summary::optimal_partitions_complete,
                      "The count is exact (not capped, not timed out).")
        .def_readonly("share_actors", &report::balance_summary::share_actors,
                      "The actors of the focal's component (graph order), for partition_share and draw_share.")
        .def_property_readonly("partition_share", [](const report::balance_summary& b) { return to_array(b.partition_share); },
                               "Per share_actors: share of the optimal partitions with the focal (numpy array).")
        .def_property_readonly("draw_share", [](const report::balance_summary& b) { return to_array(b.draw_share); },
                               "Per share_actors: share of the coalition draws with the focal (numpy array; NaN without draws).")
        .def_readonly("coalition_draws", &report::balance_summary::coalition_draws, "Draws behind draw_share.")
        .def_readonly("weighting_dependent", &report::balance_summary::weighting_dependent,
                      "The reported optimum is not optimal under the other weighting convention.")
        .def_readonly("with_focal_other_weighting", &report::balance_summary::with_focal_other_weighting,
                      "The focal's coalition under the other weighting convention.");

    py::class_<report::relation_change>(r, "RelationChange", "A change of one of the focal actor's relations since the previous year.")
        .def_readonly("other", &report::relation_change::other, "The other actor.")
        .def_readonly("domain", &report::relation_change::domain)
        .def_readonly("before", &report::relation_change::before, "Value in year - 1 (None: no relation).")
        .def_readonly("after", &report::relation_change::after, "Value in the year (None: the relation ended).");

    py::class_<report::year_report>(r, "YearReport", "One year of the report.")
        .def_readonly("year", &report::year_report::year)
        .def_readonly("changes", &report::year_report::changes,
                      "The focal's relations whose value differs from the previous year (RelationChange).")
        .def_readonly("profile", &report::year_report::profile, "Hedging profile (per domain, aggregate, strategy).")
        .def_readonly("balance", &report::year_report::balance, "Balance around the focal actor (BalanceSummary).")
        .def_readonly("events", &report::year_report::events, "Key events (of the focal, and of the rivals if asked), by date.")
        .def_readonly("bands", &report::year_report::bands,
                      "Uncertainty bands (only with draws > 0): domains, then the aggregate (Band).");
}

// ReportResult.
void bind_report_result(py::module_& r) {
    py::class_<report::report_result>(r, "ReportResult", R"doc(
A built report: ``year_reports`` holds one YearReport per year (its ``profile``, ``balance``,
``changes``, ``events`` and ``bands``); format it with to_text/to_markdown/to_csv/to_json, or
``to_frame()`` for one row per year and domain.
)doc")
        .def_readonly("title", &report::report_result::title, "Dataset title.")
        .def_readonly("focal", &report::report_result::focal)
        .def_readonly("focal_name", &report::report_result::focal_name)
        .def_readonly("rivals", &report::report_result::rivals, "Rival ids; rivals[0] is the reference power.")
        .def_readonly("rival_names", &report::report_result::rival_names)
        .def_readonly("domains", &report::report_result::domains, "Domains reported.")
        .def_readonly("judgement_only_domains", &report::report_result::judgement_only_domains,
                      "Reported domains that only judgement codes (no public data set measures them).")
        .def_property_readonly("years",
                               [](const report::report_result& x) {
                                   std::vector<int> y;
                                   for (const auto& yr : x.years) y.push_back(yr.year);
                                   return y;
                               },
                               "The years of the report (ints, increasing); their results are year_reports.")
        .def_readonly("year_reports", &report::report_result::years, "One YearReport per year, increasing.")
        .def_readonly("draws", &report::report_result::draws, "Monte Carlo draws behind the bands (0 = none).")
        .def_readonly("seed", &report::report_result::seed, "Their seed.")
        .def_readonly("band_low", &report::report_result::band_low, "Lower quantile level of the bands.")
        .def_readonly("band_high", &report::report_result::band_high, "Upper quantile level of the bands.")
        .def("to_text", &report::to_text, "Readable fixed-width text for the terminal.")
        .def("to_markdown", &report::to_markdown, "Markdown tables and an event list.")
        .def("to_csv", &report::to_csv, "CSV, one row per year and domain.")
        .def("to_json", &report::to_json, py::arg("indent") = 2, "JSON with every number of the report.");
}

// The docstring of make_report.
constexpr const char* make_report_doc = R"doc(
Build the yearly report on a focal actor.

Per year and domain: the affinity to each rival, the tilt (toward rivals[0]),
the hedging score and the tilt band; per year: the stance toward each rival on
Kuik's spectrum, the aggregate, the spread
and issue split, the strategy with its reasons, the balance of the
``balance_domain`` snapshot (triangle index, exact frustration index with the
two coalitions, unbalanced triangles through the focal actor) and the key events.

Parameters
----------
network : Network
focal : str
rivals : list of str
    At least two; the first is the reference power.
years : list of int, optional
    Default: every year of the network's relations.
domains : list of str, optional
    Default: the built-in domains in which the focal actor has relations.
balance_domain : str
    Domain of the balance snapshot ("" combines all domains with weight 1).
frustration_time_limit : float
    Seconds per year for the exact frustration index.
weighted_frustration : bool
    Minimise the sum of |w| of frustrated ties (default) or their number.
draws, seed : int
    Monte Carlo draws over the relation values (0 = none) and their seed: each
    year then carries 5-95 % bands of the tilt per domain and of the aggregate.
robustness_draws : int
    Draws behind the robustness of each year's strategy label (0 = none; seeded
    with ``seed``); see docs/hedging.md.
change_actors : list of str, optional
    Actors whose relations with the focal are listed as changes (default: all).
world : bool
    Complete the options with the defaults of a report on the world network
    (``kzsec report --world``; docs/world.md): its four domains, and the focal,
    the rivals and the major powers as balance and change actors.
membership_ties : dict, optional
    Value of the tie between an organisation and each member in the balance
    snapshot, by membership status (default ``{"member": 0.5}``; ``{}`` = off);
    see docs/balance.md.
extra_memberships : list of Membership, optional
    Memberships added to the network's for the balance snapshot.
coalition_draws : int
    Monte Carlo draws of the balance snapshot (seeded with ``seed``; 0 = off):
    the share of draws that put each actor with the focal actor.
max_partitions : int
    At most this many optimal partitions are counted and listed.
progress : bool or None
    A progress bar (tqdm if installed, else a line on stderr) over the steps
    of the report: one per year, one per coalition draw, one per Monte Carlo
    draw. ``True`` shows it at once, ``None`` (default) only if the run lasts
    more than a second, ``False`` never. Ctrl-C or Jupyter's interrupt stops
    the run within about 0.1 s of the current step in every case. (The
    ``kzsec._core`` function takes a callable ``(done, total) -> bool|None``
    instead, called at most every 0.1 s with the GIL; False cancels.)

Returns
-------
ReportResult

Raises
------
KeyError
    Unknown focal actor or rival.
ValueError
    Year outside the data, unknown domain or a domain without data for the focal actor.
KeyboardInterrupt
    Ctrl-C or Jupyter's interrupt during the run.
RuntimeError
    The progress callable (of ``kzsec._core``) returned False.

Releases the GIL.
)doc";

// make_report (its docstring is make_report_doc).
void bind_report_make_report(py::module_& r) {
    r.def(
        "make_report",
        [](const network& net, std::string focal, std::vector<std::string> rivals, std::optional<std::vector<int>> years,
           std::optional<std::vector<std::string>> domains, std::string balance_domain,
           std::optional<std::vector<std::string>> balance_actors, double frustration_time_limit,
           bool weighted_frustration, bool events_of_rivals, std::size_t draws, std::uint64_t seed,
           int robustness_draws, std::optional<std::vector<std::string>> change_actors, bool world,
           std::optional<std::map<std::string, double>> membership_ties, std::optional<std::vector<membership>> extra_memberships,
           std::size_t coalition_draws, std::size_t max_partitions, py::object progress) {
            report::report_options o;
            o.focal = std::move(focal);
            o.rivals = std::move(rivals);
            if (years) o.years = *years;
            if (domains) o.domains = *domains;
            o.balance_domain = std::move(balance_domain);
            if (balance_actors) o.balance_actors = *balance_actors;
            o.frustration_time_limit = frustration_time_limit;
            o.weighted_frustration = weighted_frustration;
            o.events_of_rivals = events_of_rivals;
            o.draws = draws;
            o.seed = seed;
            o.robustness_draws = robustness_draws;
            if (change_actors) o.change_actors = *change_actors;
            if (membership_ties) o.membership_ties = *membership_ties;
            if (extra_memberships) o.extra_memberships = *extra_memberships;
            o.coalition_draws = coalition_draws;
            o.max_partitions = max_partitions;
            o.progress = progress_hook(std::move(progress));  // also lets Ctrl-C stop the run
            const network snap = private_copy(net);  // see private_copy: thread safety
            py::gil_scoped_release release;
            if (world) report::apply_world_defaults(snap, o);
            return report::make_report(snap, o);
        },
        py::arg("network"), py::arg("focal") = "KAZ", py::arg("rivals") = std::vector<std::string>{"RUS", "CHN"},
        py::arg("years") = py::none(), py::arg("domains") = py::none(), py::arg("balance_domain") = "security",
        py::arg("balance_actors") = py::none(), py::arg("frustration_time_limit") = 10.0,
        py::arg("weighted_frustration") = true, py::arg("events_of_rivals") = true, py::arg("draws") = 0,
        py::arg("seed") = 1, py::arg("robustness_draws") = 200, py::arg("change_actors") = py::none(), py::arg("world") = false,
        py::arg("membership_ties") = py::none(), py::arg("extra_memberships") = py::none(),
        py::arg("coalition_draws") = 100, py::arg("max_partitions") = 10000, py::arg("progress") = py::none(),
        make_report_doc);
}

// CalibrationResult.
void bind_report_calibration_result(py::module_& r) {
    py::class_<report::calibration_result>(r, "CalibrationResult",
                                           "Judgement codings beside the world network's values (docs/dataset.md).")
        .def_property_readonly("rows",
                               [](const report::calibration_result& c) {
                                   py::dict d;
                                   std::vector<std::string> a, b, dom, basis, conf, src;
                                   std::vector<int> year;
                                   std::vector<double> j, x, jr, xr, diff;
                                   for (const auto& row : c.rows) {
                                       a.push_back(row.a);
                                       b.push_back(row.b);
                                       dom.push_back(row.domain);
                                       year.push_back(row.year);
                                       j.push_back(row.judgement);
                                       basis.push_back(row.basis);
                                       conf.push_back(row.confidence);
                                       x.push_back(row.data);
                                       src.push_back(row.data_source);
                                       jr.push_back(row.judgement_rank);
                                       xr.push_back(row.data_rank);
                                       diff.push_back(row.difference);
                                   }
                                   d["a"] = a;
                                   d["b"] = b;
                                   d["domain"] = dom;
                                   d["year"] = year;
                                   d["judgement"] = j;
                                   d["basis"] = basis;
                                   d["confidence"] = conf;
                                   d["data"] = x;
                                   d["data_source"] = src;
                                   d["judgement_rank"] = jr;
                                   d["data_rank"] = xr;
                                   d["difference"] = diff;
                                   return d;
                               },
                               "The rows as a dict of columns (lists), in the order of the C++ result.")
        .def_property_readonly(
            "summary",
            [](const report::calibration_result& c) {
                py::list out;
                for (const auto& s : c.domains) {
                    py::dict d;
                    d["domain"] = s.domain;
                    d["rows"] = s.rows;
                    d["dyads"] = s.dyads;
                    d["unmatched"] = s.unmatched;
                    d["spearman"] = s.spearman;
                    d["spearman_within_year"] = s.spearman_within_year;
                    d["years_within"] = s.years_within;
                    py::list largest;
                    for (const auto& g : s.largest) {
                        py::dict x;
                        x["a"] = g.a;
                        x["b"] = g.b;
                        x["first_year"] = g.first_year;
                        x["last_year"] = g.last_year;
                        x["years"] = g.years;
                        x["judgement_mean"] = g.judgement_mean;
                        x["data_mean"] = g.data_mean;
                        x["mean_difference"] = g.mean_difference;
                        x["worst_year"] = g.worst_year;
                        x["worst_difference"] = g.worst_difference;
                        largest.append(x);
                    }
                    d["largest"] = largest;
                    out.append(d);
                }
                return out;
            },
            "Per domain: rows, dyads, unmatched, spearman, spearman_within_year, years_within, largest (list of dicts).")
        .def("to_text", &report::calibration_to_text, "Readable text: per-domain agreement and the largest disagreements.")
        .def("to_markdown", &report::calibration_to_markdown, "Markdown tables (as in docs/dataset.md).")
        .def("to_csv", &report::calibration_to_csv, "CSV, one line per dyad, domain and year.")
        .def("to_json", &report::calibration_to_json, py::arg("indent") = 2, "JSON with the summary and every row.")
        .def("__repr__", [](const report::calibration_result& c) {
            return "<CalibrationResult " + std::to_string(c.rows.size()) + " rows>";
        });
}

// spearman and _calibration.
void bind_report_calibration(py::module_& r) {
    r.def(
        "spearman", &report::spearman, py::arg("x"), py::arg("y"),
        "Spearman's rank correlation (Pearson correlation of the mid-ranks); NaN for fewer than 2 pairs or a constant side.");
    r.def(
        "_calibration",
        [](const network* judgement, const network* world, std::vector<std::string> domains,
           int first_year, int last_year, int security_last_year, int economic_last_year, int political_last_year,
           std::vector<std::string> absent_is_zero, std::size_t top) {
            report::calibration_options o;
            o.domains = std::move(domains);
            o.first_year = first_year;
            o.last_year = last_year;
            o.security_last_year = security_last_year;
            o.economic_last_year = economic_last_year;
            o.political_last_year = political_last_year;
            o.absent_is_zero = std::move(absent_is_zero);
            o.top = top;
            // See private_copy: thread safety.
            const std::optional<network> j = judgement ? std::optional<network>(*judgement) : std::nullopt;
            const std::optional<network> wn = world ? std::optional<network>(*world) : std::nullopt;
            py::gil_scoped_release release;
            if (j && wn) return report::calibration(*j, *wn, o);
            if (j) return report::calibrate_against_world(*j, o);
            if (wn) return report::calibration(datasets::kazakhstan(), *wn, o);
            return report::calibration(o);
        },
        py::arg("judgement") = py::none(), py::arg("world") = py::none(),
        py::arg("domains") = std::vector<std::string>{"security", "political", "economic"}, py::arg("first_year") = 1992,
        py::arg("last_year") = 2024, py::arg("security_last_year") = 2018, py::arg("economic_last_year") = 2014,
        py::arg("political_last_year") = 2024, py::arg("absent_is_zero") = std::vector<std::string>{"security"},
        py::arg("top") = 5, "kzsec.report.calibration in C++ (see its docstring).");
}

}  // namespace

void register_report(py::module_& m) {
    auto r = m.def_submodule("report", "The yearly report on a focal actor (the `kzsec report` main job).");
    bind_report_years(r);
    bind_report_result(r);
    bind_report_make_report(r);
    bind_report_calibration_result(r);
    bind_report_calibration(r);
}

}  // namespace kzsec::python
