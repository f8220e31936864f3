// Bindings of include/kzsec/similarity.hpp and the ATOP / UN vote readers of
// include/kzsec/readers.hpp as the submodule kzsec._core.similarity.
#include "bindings.hpp"

#include <kzsec/errors.hpp>
#include <kzsec/readers.hpp>
#include <kzsec/similarity.hpp>

#include <optional>

namespace kzsec::python {
namespace {

using opt_vec = std::optional<Eigen::VectorXd>;

s_score_options make_s_opts(const opt_vec& weights, const py::object& max_distance, bool squared) {
    s_score_options o;
    if (weights) o.weights = *weights;
    if (!max_distance.is_none()) {
        if (py::isinstance<py::float_>(max_distance) || py::isinstance<py::int_>(max_distance)) {
            o.max_distance = Eigen::VectorXd::Constant(1, max_distance.cast<double>());
        } else {
            o.max_distance = max_distance.cast<Eigen::VectorXd>();
        }
    }
    o.squared = squared;
    return o;
}

chance_agreement_options make_c_opts(const opt_vec& levels, double e, bool zero) {
    chance_agreement_options o;
    if (levels) o.levels = *levels;
    o.weight_exponent = e;
    o.zero_denominator_as_zero = zero;
    return o;
}

vote_coding parse_coding(const py::object& c) {
    if (py::isinstance<py::str>(c)) {
        const auto s = c.cast<std::string>();
        if (s == "unvotes") return vote_coding::unvotes();
        if (s == "voeten") return vote_coding::voeten();
        if (s == "reversed_numeric") return vote_coding::reversed_numeric();
        throw invalid_input("[kzsec] vote coding: preset must be 'unvotes', 'voeten' or 'reversed_numeric', got '" + s + "'");
    }
    vote_coding v;
    for (auto item : c.cast<py::dict>()) {
        const std::string key = py::str(item.first);
        v.codes.emplace_back(key, parse_vote_choice(item.second.cast<std::string>()));
    }
    return v;
}

// SimilarityValue, s_score and s_score_matrix.
void bind_similarity_s_score(py::module_& m) {
    py::class_<similarity_value>(m, "SimilarityValue",
                                 "A similarity value that may be undefined: value (NaN if undefined), defined, reason, n.")
        .def_readonly("value", &similarity_value::value)
        .def_readonly("defined", &similarity_value::defined)
        .def_property_readonly("reason", [](const similarity_value& v) { return std::string(to_string(v.reason)); })
        .def_readonly("n", &similarity_value::n, "Number of dimensions used after pairwise deletion.")
        .def("__float__", [](const similarity_value& v) { return v.value; })
        .def("__repr__", [](const similarity_value& v) {
            return "SimilarityValue(value=" + std::string(py::repr(py::float_(v.value))) +
                   ", defined=" + (v.defined ? "True" : "False") + ", reason='" + std::string(to_string(v.reason)) +
                   "', n=" + std::to_string(v.n) + ")";
        });

    m.def("s_score",
          [](const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y, const opt_vec& weights,
             const py::object& max_distance, bool squared) {
              return s_score(x, y, make_s_opts(weights, max_distance, squared));
          },
          py::arg("x"), py::arg("y"), py::arg("weights") = py::none(), py::arg("max_distance") = py::none(),
          py::arg("squared") = false, R"doc(Signorino-Ritter S between two portfolios.

S = 1 - 2 * sum_k w_k d_k / sum_k w_k with d_k = |x_k - y_k| / m_k (absolute) or
(x_k - y_k)^2 / m_k^2 (squared), over the dimensions where both are present (NaN = missing).

Parameters
----------
x, y : array_like of float, length N
weights : array_like, optional
    w_k >= 0 (default 1). SR 1999 weight third states by capability share.
max_distance : float or array_like, optional
    Maximum distance m_k per dimension (scalar = same for all); default the observed range of x and y.
squared : bool
    Häge's squared variant.

Returns
-------
SimilarityValue
    ``float(result)`` gives the value; undefined values are NaN with a ``reason``.

Notes
-----
Complexity O(N). Signorino & Ritter (1999), ISQ 43:115-144.
)doc");
    m.def("s_score_matrix",
          [](const Eigen::Ref<const Eigen::MatrixXd>& positions, const opt_vec& weights, const py::object& max_distance,
             bool squared) {
              const auto o = make_s_opts(weights, max_distance, squared);
              py::gil_scoped_release release;
              return Eigen::MatrixXd(s_score_matrix(positions, o));
          },
          py::arg("positions"), py::arg("weights") = py::none(), py::arg("max_distance") = py::none(),
          py::arg("squared") = false, R"doc(S for all pairs of rows of ``positions`` (actors x dimensions).

Returns a symmetric numpy array; NaN where undefined. The default maximum distance is the range of the
whole matrix. The squared variant uses the Gram-matrix identity. Releases the GIL. Complexity O(n^2 N).
)doc");
}

// cohen_kappa, scott_pi, scott_pi_nominal and tau_b of one pair.
void bind_similarity_agreement_pairs(py::module_& m) {
    m.def("cohen_kappa",
          [](const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y, const opt_vec& levels,
             double e, bool zero) { return cohen_kappa(x, y, make_c_opts(levels, e, zero)); },
          py::arg("x"), py::arg("y"), py::arg("levels") = py::none(), py::arg("weight_exponent") = 2.0,
          py::arg("zero_denominator_as_zero") = false, R"doc(Häge's chance-corrected Cohen's kappa.

kappa = 1 - sum_k |x_k - y_k|^e / ((1/N) sum_a sum_b |x_a - y_b|^e); e = 2 (quadratic, Häge 2011) by default.

Parameters
----------
x, y : array_like of float (NaN = missing, deleted pairwise)
levels : array_like, optional
    Admissible values (others raise ValueError).
weight_exponent : float
    2 quadratic, 1 linear.
zero_denominator_as_zero : bool
    Häge's UN convention: 0 instead of NaN when the expected disagreement is 0.

Returns
-------
SimilarityValue
)doc");
    m.def("scott_pi",
          [](const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y, const opt_vec& levels,
             double e, bool zero) { return scott_pi(x, y, make_c_opts(levels, e, zero)); },
          py::arg("x"), py::arg("y"), py::arg("levels") = py::none(), py::arg("weight_exponent") = 2.0,
          py::arg("zero_denominator_as_zero") = false,
          "Häge's chance-corrected Scott's pi (expected disagreement from the pooled marginal). "
          "Parameters as cohen_kappa. Returns SimilarityValue.");
    m.def("scott_pi_nominal",
          [](const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y, const opt_vec& levels,
             bool zero) { return scott_pi_nominal(x, y, make_c_opts(levels, 2.0, zero)); },
          py::arg("x"), py::arg("y"), py::arg("levels") = py::none(), py::arg("zero_denominator_as_zero") = false,
          "Nominal Scott's pi (p_o - p_e) / (1 - p_e) with pooled category shares (R fpsim spi). Returns SimilarityValue.");
    m.def("tau_b", [](const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y) { return tau_b(x, y); },
          py::arg("x"), py::arg("y"),
          "Kendall's tau-b (Bueno de Mesquita 1975); undefined (reason 'constant_vector') if a vector is constant.");
}

// The matrix forms: cohen_kappa_matrix ... tau_b_matrix.
void bind_similarity_agreement_matrices(py::module_& m) {
    m.def("cohen_kappa_matrix",
          [](const Eigen::Ref<const Eigen::MatrixXd>& p, const opt_vec& levels, double e, bool zero) {
              const auto o = make_c_opts(levels, e, zero);
              py::gil_scoped_release release;
              return Eigen::MatrixXd(cohen_kappa_matrix(p, o));
          },
          py::arg("positions"), py::arg("levels") = py::none(), py::arg("weight_exponent") = 2.0,
          py::arg("zero_denominator_as_zero") = false,
          "Cohen's kappa for all pairs of rows (numpy array, NaN where undefined). Releases the GIL.");
    m.def("scott_pi_matrix",
          [](const Eigen::Ref<const Eigen::MatrixXd>& p, const opt_vec& levels, double e, bool zero) {
              const auto o = make_c_opts(levels, e, zero);
              py::gil_scoped_release release;
              return Eigen::MatrixXd(scott_pi_matrix(p, o));
          },
          py::arg("positions"), py::arg("levels") = py::none(), py::arg("weight_exponent") = 2.0,
          py::arg("zero_denominator_as_zero") = false, "Häge's Scott's pi for all pairs of rows. Releases the GIL.");
    m.def("kappa_pi_matrix",
          [](const Eigen::Ref<const Eigen::MatrixXd>& p, const opt_vec& levels, double e, bool zero) {
              const auto o = make_c_opts(levels, e, zero);
              kappa_pi_matrices r;
              {
                  py::gil_scoped_release release;
                  r = kappa_pi_matrix(p, o);
              }
              return py::make_tuple(r.kappa, r.pi);
          },
          py::arg("positions"), py::arg("levels") = py::none(), py::arg("weight_exponent") = 2.0,
          py::arg("zero_denominator_as_zero") = false,
          "(kappa, pi) for all pairs of rows from one set of matrix products; identical to "
          "cohen_kappa_matrix and scott_pi_matrix. Releases the GIL.");
    m.def("scott_pi_nominal_matrix",
          [](const Eigen::Ref<const Eigen::MatrixXd>& p, const opt_vec& levels, bool zero) {
              const auto o = make_c_opts(levels, 2.0, zero);
              py::gil_scoped_release release;
              return Eigen::MatrixXd(scott_pi_nominal_matrix(p, o));
          },
          py::arg("positions"), py::arg("levels") = py::none(), py::arg("zero_denominator_as_zero") = false,
          "Nominal Scott's pi for all pairs of rows. Releases the GIL.");
    m.def("tau_b_matrix", &tau_b_matrix, py::arg("positions"), py::call_guard<py::gil_scoped_release>(),
          "Kendall's tau-b for all pairs of rows. Releases the GIL.");
}

// UNAgreement, un_agreement, un_agreement_matrix, SplitVotes and split_votes.
void bind_similarity_un_agreement(py::module_& m) {
    py::class_<un_agreement_result>(m, "UNAgreement", "UN agreement indices of one pair of countries.")
        .def_readonly("identical", &un_agreement_result::identical)
        .def_readonly("lijphart", &un_agreement_result::lijphart)
        .def_readonly("state_department", &un_agreement_result::state_department)
        .def_readonly("n_common", &un_agreement_result::n_common)
        .def_readonly("n_identical", &un_agreement_result::n_identical)
        .def_readonly("n_half", &un_agreement_result::n_half)
        .def_readonly("n_opposite", &un_agreement_result::n_opposite)
        .def_readonly("n_yes_no_identical", &un_agreement_result::n_yes_no_identical);
    m.def("un_agreement",
          [](const Eigen::Ref<const Eigen::VectorXd>& x, const Eigen::Ref<const Eigen::VectorXd>& y) { return un_agreement(x, y); },
          py::arg("x"), py::arg("y"), R"doc(UN agreement indices of two voting records.

Votes must be in the canonical coding 1 = yes, 2 = abstain, 3 = no, NaN = absent/not a member
(map raw codes with ``map_vote_codes`` or read them with ``read_un_votes``).

Returns
-------
UNAgreement
    identical share, Lijphart/Voeten half-credit index, State Department votes-only coincidence
    (SimilarityValue each) and the counts.
)doc");
    m.def("un_agreement_matrix",
          [](const Eigen::Ref<const Eigen::MatrixXd>& votes, const std::string& index) {
              const auto ix = parse_un_agreement_index(index);
              py::gil_scoped_release release;
              return Eigen::MatrixXd(un_agreement_matrix(votes, ix));
          },
          py::arg("votes"), py::arg("index") = "lijphart",
          "One UN agreement index ('identical', 'lijphart', 'state_department', 'n_common') for all pairs of rows "
          "of a countries x roll calls vote matrix. Releases the GIL.");
    py::class_<split_vote_result>(m, "SplitVotes", "Split-vote analysis of a state against powers A and B.")
        .def_readonly("n_split", &split_vote_result::n_split)
        .def_readonly("with_a", &split_vote_result::with_a)
        .def_readonly("with_b", &split_vote_result::with_b)
        .def_readonly("abstain", &split_vote_result::abstain)
        .def_readonly("missing", &split_vote_result::missing)
        .def_readonly("share_a", &split_vote_result::share_a)
        .def_readonly("share_b", &split_vote_result::share_b)
        .def_readonly("share_abstain", &split_vote_result::share_abstain)
        .def_readonly("share_missing", &split_vote_result::share_missing)
        .def_readonly("tilt", &split_vote_result::tilt);
    m.def("split_votes",
          [](const Eigen::Ref<const Eigen::VectorXd>& s, const Eigen::Ref<const Eigen::VectorXd>& a,
             const Eigen::Ref<const Eigen::VectorXd>& b) { return split_votes(s, a, b); },
          py::arg("state"), py::arg("a"), py::arg("b"),
          "On roll calls where A and B voted opposite (yes vs no): how often the state sided with A, with B, "
          "abstained or did not vote. Returns SplitVotes.");
}

// map_vote_codes, VoteTable and read_un_votes.
void bind_similarity_vote_readers(py::module_& m) {
    m.def("map_vote_codes",
          [](const Eigen::Ref<const Eigen::MatrixXd>& raw, const py::object& coding) {
              return Eigen::MatrixXd(map_vote_codes(raw, parse_coding(coding)));
          },
          py::arg("raw"), py::arg("coding"),
          "Maps raw numeric vote codes to 1 yes / 2 abstain / 3 no / NaN with an explicit coding: a preset "
          "('voeten', 'unvotes', 'reversed_numeric') or a dict {token: 'yes'|'abstain'|'no'|'absent'|'not_member'|'missing'}.");

    py::class_<vote_table>(m, "VoteTable", "A UN vote matrix (countries x roll calls) with labels.")
        .def_readonly("countries", &vote_table::countries)
        .def_readonly("roll_calls", &vote_table::roll_calls)
        .def_readonly("session", &vote_table::session)
        .def_readonly("date", &vote_table::date)
        .def_readonly("votes", &vote_table::votes)
        .def_readonly("n_absent", &vote_table::n_absent)
        .def_readonly("n_not_member", &vote_table::n_not_member)
        .def_readonly("n_missing", &vote_table::n_missing)
        .def("row_of", &vote_table::row_of, py::arg("country"));
    m.def("read_un_votes",
          [](const std::filesystem::path& path, const py::object& coding, const std::string& layout,
             const std::optional<std::vector<std::string>>& countries, const std::string& roll_call_column,
             const std::string& country_column, const std::string& vote_column) {
              un_votes_read_options o;
              o.coding = parse_coding(coding);
              o.layout = parse_vote_layout(layout);
              if (countries) o.countries = *countries;
              o.roll_call_column = roll_call_column;
              o.country_column = country_column;
              o.vote_column = vote_column;
              py::gil_scoped_release release;
              return read_un_votes(path, o);
          },
          py::arg("path"), py::arg("coding"), py::arg("layout") = "wide", py::arg("countries") = py::none(),
          py::arg("roll_call_column") = "rcid", py::arg("country_column") = "country_code",
          py::arg("vote_column") = "vote", R"doc(Reads a UN vote table (unvotes / Voeten layouts).

Parameters
----------
path : str or os.PathLike
coding : str or dict
    Required: 'unvotes' ("yes"/"abstain"/"no", empty = missing), 'voeten' (1 yes, 2 abstain, 3 no,
    8 absent, 9 not a member), 'reversed_numeric' (1 no ... 3 yes), or a dict token -> category.
layout : {'wide', 'long'}
    wide: one row per roll call and one column per country; long: rows (rcid, country, vote).
countries : list of str, optional
    Countries to read (wide: country columns; default every non-metadata column).

Returns
-------
VoteTable
    ``votes`` (numpy, countries x roll calls, 1/2/3/NaN), ``countries``, ``roll_calls``, ...

Raises
------
FileNotFoundError, ValueError (with file:line)
)doc");
}

// AllianceCoding, AlliancePortfolios and read_atop_portfolios.
void bind_similarity_alliance_portfolios(py::module_& m) {
    py::enum_<alliance_coding>(m, "AllianceCoding")
        .value("valued", alliance_coding::valued)
        .value("binary", alliance_coding::binary);
    py::class_<alliance_portfolios>(m, "AlliancePortfolios", "Alliance portfolios: actors x dimensions with COW codes.")
        .def_readonly("year", &alliance_portfolios::year)
        .def_readonly("actors", &alliance_portfolios::actors)
        .def_readonly("dimensions", &alliance_portfolios::dimensions)
        .def_readonly("positions", &alliance_portfolios::positions);
    m.def("read_atop_portfolios",
          [](const std::filesystem::path& path, int year, const std::vector<int>& actors,
             const std::optional<std::vector<int>>& dimensions, const std::string& coding, const std::string& direction,
             std::optional<double> self_value) {
              atop_portfolio_options o;
              o.year = year;
              o.actors = actors;
              if (dimensions) o.dimensions = *dimensions;
              o.coding = parse_alliance_coding(coding);
              o.direction = parse_tie_direction(direction);
              if (self_value) o.self_value = *self_value;
              py::gil_scoped_release release;
              return read_atop_portfolios(path, o);
          },
          py::arg("path"), py::arg("year"), py::arg("actors"), py::arg("dimensions") = py::none(),
          py::arg("coding") = "valued", py::arg("direction") = "outgoing", py::arg("self_value") = py::none(),
          R"doc(Reads ATOP directed dyad-years into alliance portfolios (actors x dimensions).

Valued coding (Chiba et al., as R fpsim): 3 defence/offence, 2 neutrality/consultation, 1 non-aggression
only, 0 none; binary: any obligation = 1. direction 'outgoing' = the actor's obligations to the dimension
state (ATOP rows ccode1 = actor), 'incoming' the reverse, 'either' the maximum of both. A state's
position toward itself is ``self_value`` (default the coding maximum).

Returns
-------
AlliancePortfolios
)doc");
}

}  // namespace

void register_similarity(py::module_& root) {
    py::module_ m = root.def_submodule("similarity", "Foreign-policy similarity and UN agreement (see kzsec.similarity).");
    bind_similarity_s_score(m);
    bind_similarity_agreement_pairs(m);
    bind_similarity_agreement_matrices(m);
    bind_similarity_un_agreement(m);
    bind_similarity_vote_readers(m);
    bind_similarity_alliance_portfolios(m);
}

}  // namespace kzsec::python
