// Bindings of include/kzsec/power.hpp and the NMC readers of include/kzsec/readers.hpp
// as the submodule kzsec._core.power.
#include "bindings.hpp"

#include <kzsec/errors.hpp>
#include <kzsec/power.hpp>
#include <kzsec/readers.hpp>

#include <optional>

namespace kzsec::python {

namespace {

// CincResult, cinc, the concentration indices, LeaderChallenger and count_poles.
void bind_power_concentration(py::module_& m) {
    py::class_<cinc_result>(m, "CincResult", "CINC per row, component shares and number of components used.")
        .def_readonly("cinc", &cinc_result::cinc)
        .def_readonly("shares", &cinc_result::shares)
        .def_readonly("n_components", &cinc_result::n_components);
    m.def("cinc",
          [](const Eigen::Ref<const Eigen::MatrixXd>& components, const std::optional<Eigen::MatrixXd>& totals) {
              if (!totals) return cinc(components);
              Eigen::MatrixXd t = *totals;
              if (t.cols() == 1 && t.rows() == 6) t.transposeInPlace();  // a flat vector of 6 totals
              return cinc(components, t);
          },
          py::arg("components"), py::arg("system_totals") = py::none(), R"doc(COW Composite Index of National Capability.

CINC_i = mean over the components c present for i of X_c(i) / T_c (COW missing-component rule).

Parameters
----------
components : array_like, shape (n, 6)
    milex, milper, irst, pec, tpop, upop (NMC order); NaN = missing.
system_totals : array_like, shape (6,), (1, 6) or (n, 6), optional
    System totals T_c (per row, e.g. of each row's year). Default: column sums of ``components``
    (only right when the rows are a complete system for one year).

Returns
-------
CincResult
    ``cinc`` (n,), ``shares`` (n, 6), ``n_components`` (n,).

Raises
------
ValueError
    Wrong shapes, negative components (map -9 to NaN), non-positive totals.
)doc");
    m.def("shares", &shares, py::arg("values"), "Shares v_i / sum v (NaN entries skipped).");
    m.def("hhi", &hhi, py::arg("values"),
          "Herfindahl-Hirschman index sum s_i^2 of the renormalised shares (range [1/n, 1]).");
    m.def("effective_number_of_poles", &effective_number_of_poles, py::arg("values"), "1 / HHI.");
    m.def("con", &con, py::arg("values"),
          "Singer-Bremer-Stuckey CON = sqrt((HHI - 1/N) / (1 - 1/N)) over the given set; NaN if N < 2.");
    py::class_<leader_challenger_result>(m, "LeaderChallenger", "Leader, challenger and their ratio.")
        .def_readonly("leader", &leader_challenger_result::leader)
        .def_readonly("challenger", &leader_challenger_result::challenger)
        .def_readonly("leader_share", &leader_challenger_result::leader_share)
        .def_readonly("ratio", &leader_challenger_result::ratio)
        .def_readonly("parity", &leader_challenger_result::parity);
    m.def("leader_challenger", &leader_challenger, py::arg("values"),
          "Index of the largest and second-largest value, leader share, ratio leader/challenger and parity "
          "challenger/leader.");
    m.def("count_poles", &count_poles, py::arg("values"), py::arg("threshold"),
          "Number of members whose renormalised share is >= threshold (a user parameter).");
}

// ThreatResult and balance_of_threat.
void bind_power_threat(py::module_& m) {
    py::class_<threat_result>(m, "ThreatResult", "Balance-of-threat composite with per-component contributions.")
        .def_readonly("threat", &threat_result::threat)
        .def_readonly("contributions", &threat_result::contributions)
        .def_readonly("most_threatening", &threat_result::most_threatening);
    m.def("balance_of_threat",
          [](const Eigen::VectorXd& aggregate_power, const Eigen::VectorXd& proximity,
             const Eigen::VectorXd& offensive_capability, const Eigen::VectorXd& aggressive_intentions,
             const py::dict& weights, const std::string& form) {
              threat_components c{aggregate_power, proximity, offensive_capability, aggressive_intentions};
              threat_weights w;
              for (auto item : weights) {
                  const auto k = item.first.cast<std::string>();
                  const auto v = item.second.cast<double>();
                  if (k == "aggregate_power") w.aggregate_power = v;
                  else if (k == "proximity") w.proximity = v;
                  else if (k == "offensive_capability") w.offensive_capability = v;
                  else if (k == "aggressive_intentions") w.aggressive_intentions = v;
                  else throw invalid_input("[kzsec] balance_of_threat: unknown weight '" + k + "'");
              }
              return balance_of_threat(c, w, parse_threat_form(form));
          },
          py::arg("aggregate_power"), py::arg("proximity"), py::arg("offensive_capability"),
          py::arg("aggressive_intentions"), py::kw_only(), py::arg("weights"), py::arg("form"),
          R"doc(Walt's balance of threat as an explicit composite.

additive: T = sum_c w_c z_c / sum w; multiplicative: T = prod_c z_c^(w_c / sum w).

Parameters
----------
aggregate_power, proximity, offensive_capability, aggressive_intentions : array_like in [0, 1]
weights : dict
    Required, e.g. {"aggregate_power": 1, "proximity": 1, ...}; missing keys are 0.
form : {'additive', 'multiplicative'}
    Required.

Returns
-------
ThreatResult
)doc");
}

// NmcData, NmcTotals and the NMC readers.
void bind_power_nmc_readers(py::module_& m) {
    py::class_<nmc_data>(m, "NmcData", "Rows of a COW NMC file.")
        .def_readonly("ccode", &nmc_data::ccode)
        .def_readonly("stateabb", &nmc_data::stateabb)
        .def_readonly("year", &nmc_data::year)
        .def_readonly("components", &nmc_data::components)
        .def_readonly("cinc", &nmc_data::cinc);
    py::class_<nmc_system_totals>(m, "NmcTotals", "Per-year system totals of the six NMC components.")
        .def_readonly("year", &nmc_system_totals::year)
        .def_readonly("totals", &nmc_system_totals::totals)
        .def("for_years", &nmc_system_totals::for_years, py::arg("years"),
             "Totals rows of the given years (n x 6), for cinc(components, totals).");
    m.def("read_nmc_csv", &read_nmc_csv, py::arg("path"), py::call_guard<py::gil_scoped_release>(),
          "Reads a COW NMC CSV (v6 or v7); -9 and empty = NaN. Raises FileNotFoundError, ValueError (file:line).");
    m.def("read_nmc_totals_csv", &read_nmc_totals_csv, py::arg("path"), py::call_guard<py::gil_scoped_release>(),
          "Reads per-year system totals (columns year, sum_<component> or <component>).");
    m.def("nmc_totals_from", &nmc_totals_from, py::arg("data"),
          "Per-year sums of the components of NMC rows (only meaningful for complete systems).");
}

}  // namespace

void register_power(py::module_& root) {
    py::module_ m = root.def_submodule("power", "Capabilities, concentration, polarity and threat (see kzsec.power).");

    py::list names;
    for (const char* n : nmc_component_names) names.append(n);
    m.attr("NMC_COMPONENTS") = py::tuple(names);
    bind_power_concentration(m);
    bind_power_threat(m);
    bind_power_nmc_readers(m);
}

}  // namespace kzsec::python
