// kzsec._core.hedging: hedging indicators and strategy classification
// (include/kzsec/hedging.hpp). Enums are exposed as their string names.
#include "bindings.hpp"
#include "private_copy.hpp"

#include <fmt/format.h>
#include <kzsec/hedging.hpp>
#include <kzsec/hedging_rank.hpp>

namespace kzsec::python {

namespace {

namespace hg = kzsec::hedging;

py::array_t<bool> to_bool_array(const std::vector<std::uint8_t>& v) {
    py::array_t<bool> a(static_cast<py::ssize_t>(v.size()));
    auto* p = a.mutable_data();
    for (std::size_t i = 0; i < v.size(); ++i) p[i] = v[i] != 0;
    return a;
}

py::list to_list(const std::vector<std::string>& v) {
    py::list l(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) l[i] = py::str(v[i]);
    return l;
}

/// Columns as a dict: numbers as numpy arrays, strings as lists (no per-row Python objects built in C++ loops).
py::dict columns_dict(const hg::evolution_columns& c) {
    py::dict d;
    d["view"] = to_list(c.view);
    d["year"] = to_array(c.year);
    d["domain"] = to_list(c.domain);
    d["source"] = to_list(c.source);
    d["weight"] = to_array(c.weight);
    for (std::size_t i = 0; i < c.rivals.size(); ++i) d[py::str("affinity_" + c.rivals[i])] = to_array(c.affinity[i]);
    for (std::size_t i = 0; i < c.rivals.size(); ++i)
        d[py::str("observed_" + c.rivals[i])] = to_bool_array(c.observed[i]);
    d["tilt"] = to_array(c.tilt);
    d["tilt_normalised"] = to_array(c.tilt_normalised);
    d["dispersion"] = to_array(c.dispersion);
    d["equidistance"] = to_array(c.equidistance);
    d["hedging"] = to_array(c.hedging);
    d["entropy"] = to_array(c.entropy);
    d["leaning"] = to_list(c.leaning);
    d["tilt_band"] = to_array(c.tilt_band);
    d["tilt_band_name"] = to_list(c.tilt_band_name);
    for (std::size_t i = 0; i < c.rivals.size(); ++i) d[py::str("stance_" + c.rivals[i])] = to_list(c.stance[i]);
    // deprecated columns (issue #12, removed after 0.1): the tilt band under its old Kuik labels
    d["position"] = to_array(c.tilt_band);
    std::vector<std::string> old_names;
    old_names.reserve(c.tilt_band.size());
    for (int b : c.tilt_band) old_names.emplace_back(hg::to_string(static_cast<hg::kuik_position>(b)));
    d["position_name"] = to_list(old_names);
    d["aggregate_tilt"] = to_array(c.aggregate_tilt);
    d["aggregate_hedging"] = to_array(c.aggregate_hedging);
    d["spread"] = to_array(c.spread);
    d["split"] = to_bool_array(c.split);
    d["strategy"] = to_list(c.strategy);
    d["cross_pressure_triads"] = to_array(c.cross_pressure_triads);
    d["cross_pressure_exposure"] = to_array(c.cross_pressure_exposure);
    d["abstention_share"] = to_array(c.abstention_share);
    return d;
}

std::vector<std::string> strategy_names(const std::vector<hg::strategy>& v) {
    std::vector<std::string> out;
    for (auto s : v) out.emplace_back(hg::to_string(s));
    return out;
}

// Reason, AffinitySpec and the tilt-band and stance thresholds.
void bind_hedging_specs(py::module_& h) {
    py::class_<hg::reason>(h, "Reason", "One reason behind a classification: code, text and the numbers used.")
        .def_readonly("code", &hg::reason::code)
        .def_readonly("text", &hg::reason::text)
        .def_readonly("values", &hg::reason::values)
        .def("__repr__", [](const hg::reason& r) { return "<Reason " + r.code + ": " + r.text + ">"; });

    py::class_<hg::affinity_spec>(h, "AffinitySpec", R"doc(
How one domain's affinity is measured.

Construct from a name: ``"relation"``, ``"relation:undirected"``, ``"relation:directed"``,
``"membership"``, ``"un_agreement"``, ``"trade_share"``, ``"arms_import_share"`` or
``"metric:<name>"``; then adjust ``scale``, ``window``, ``signed_agreement``, ``organisations``.
)doc")
        .def(py::init<>())
        .def(py::init([](const std::string& s) { return hg::parse_affinity_spec(s); }), py::arg("name"))
        .def_property_readonly("source", [](const hg::affinity_spec& s) { return std::string(hg::to_string(s.source)); })
        .def_readwrite("metric", &hg::affinity_spec::metric)
        .def_readwrite("scale", &hg::affinity_spec::scale)
        .def_readwrite("window", &hg::affinity_spec::window)
        .def_readwrite("signed_agreement", &hg::affinity_spec::signed_agreement)
        .def_readwrite("organisations", &hg::affinity_spec::organisations)
        .def("__str__", [](const hg::affinity_spec& s) { return hg::to_string(s); })
        .def("__repr__", [](const hg::affinity_spec& s) { return "AffinitySpec('" + hg::to_string(s) + "')"; });
    py::implicitly_convertible<std::string, hg::affinity_spec>();

    py::class_<hg::tilt_band_thresholds>(h, "TiltBandThresholds",
                                         "Thresholds of the tilt bands on |tilt| (see docs/hedging.md, 'Tilt bands').")
        .def(py::init([](double even, double slight, double clear, bool strong_requires_non_positive) {
                 return hg::tilt_band_thresholds{even, slight, clear, strong_requires_non_positive};
             }),
             py::arg("even") = 0.1, py::arg("slight") = 0.35, py::arg("clear") = 0.6,
             py::arg("strong_requires_non_positive") = true)
        .def_readwrite("even", &hg::tilt_band_thresholds::even)
        .def_readwrite("slight", &hg::tilt_band_thresholds::slight)
        .def_readwrite("clear", &hg::tilt_band_thresholds::clear)
        .def_readwrite("strong_requires_non_positive", &hg::tilt_band_thresholds::strong_requires_non_positive);

    py::class_<hg::stance_thresholds>(h, "StanceThresholds", R"doc(
Thresholds of the stance toward one power on Kuik's spectrum, on the [-1, 1] coding scale of the
relations (for data on another scale, map it to [-1, 1] first). See docs/hedging.md.
)doc")
        .def(py::init([](double hostility, double friction, double alliance, double partnership, double engagement) {
                 return hg::stance_thresholds{hostility, friction, alliance, partnership, engagement};
             }),
             py::arg("hostility") = 0.4, py::arg("friction") = 0.15, py::arg("alliance") = 0.675,
             py::arg("partnership") = 0.5, py::arg("engagement") = 0.275)
        .def_readwrite("hostility", &hg::stance_thresholds::hostility)
        .def_readwrite("friction", &hg::stance_thresholds::friction)
        .def_readwrite("alliance", &hg::stance_thresholds::alliance)
        .def_readwrite("partnership", &hg::stance_thresholds::partnership)
        .def_readwrite("engagement", &hg::stance_thresholds::engagement);
}

// PowerStance and PerceptionProfile.
void bind_hedging_stance_perception(py::module_& h) {
    py::class_<hg::power_stance>(h, "PowerStance", R"doc(
The focal's stance toward one power on Kuik's spectrum, with the inputs that produced it:
``security`` (s, NaN if not observed), ``other`` (o, the weighted mean of the other domains) and
the ``rule`` that fired.
)doc")
        .def_readonly("power", &hg::power_stance::power)
        .def_readonly("observed", &hg::power_stance::observed)
        .def_property_readonly("position",
                               [](const hg::power_stance& s) {
                                   return s.observed ? std::string(hg::to_string(s.position)) : std::string("no_data");
                               },
                               "The Kuik position ('balancing' ... 'bandwagoning'), 'no_data' if not observed.")
        .def_property_readonly("value", [](const hg::power_stance& s) { return static_cast<int>(s.position); },
                               "The position -3..3 (0 if not observed).")
        .def_readonly("rule", &hg::power_stance::rule)
        .def_readonly("security", &hg::power_stance::security)
        .def_readonly("other", &hg::power_stance::other)
        .def_readonly("other_domains", &hg::power_stance::other_domains)
        .def("__repr__", [](const hg::power_stance& s) {
            return fmt::format("PowerStance(power='{}', position='{}', rule='{}', security={}, other={})", s.power,
                               s.observed ? std::string(hg::to_string(s.position)) : std::string("no_data"), s.rule,
                               s.security, s.other);
        });

    py::class_<hg::perception_profile>(h, "PerceptionProfile", R"doc(
Neoclassical-realist perception: per-actor threat multipliers (applied to negative affinities)
and per-domain salience (multiplies the domain weight), with optional per-year overrides.
)doc")
        .def(py::init([](std::map<std::string, double> threat, std::map<std::string, double> salience,
                         std::map<int, std::map<std::string, double>> threat_by_year,
                         std::map<int, std::map<std::string, double>> salience_by_year) {
                 return hg::perception_profile{std::move(threat), std::move(salience), std::move(threat_by_year),
                                               std::move(salience_by_year)};
             }),
             py::arg("threat_multipliers") = std::map<std::string, double>{},
             py::arg("salience") = std::map<std::string, double>{},
             py::arg("threat_multipliers_by_year") = std::map<int, std::map<std::string, double>>{},
             py::arg("salience_by_year") = std::map<int, std::map<std::string, double>>{})
        .def_readwrite("threat_multipliers", &hg::perception_profile::threat_multipliers)
        .def_readwrite("salience", &hg::perception_profile::salience)
        .def_readwrite("threat_multipliers_by_year", &hg::perception_profile::threat_multipliers_by_year)
        .def_readwrite("salience_by_year", &hg::perception_profile::salience_by_year)
        .def("threat_multiplier", &hg::perception_profile::threat_multiplier, py::arg("actor"), py::arg("year"))
        .def("domain_salience", &hg::perception_profile::domain_salience, py::arg("domain"), py::arg("year"));
}

// ProfileOptions (with its deprecated kuik aliases).
void bind_hedging_profile_options(py::module_& h) {
    py::class_<hg::profile_options>(h, "ProfileOptions", "Options of profile and evolution (same names as in C++).")
        .def(py::init<>())
        .def_readwrite("domains", &hg::profile_options::domains)
        .def_readwrite("domain_weights", &hg::profile_options::domain_weights)
        .def_readwrite("default_source", &hg::profile_options::default_source)
        .def_readwrite("sources", &hg::profile_options::sources)
        .def_readwrite("missing_as_zero", &hg::profile_options::missing_as_zero)
        .def_readwrite("absent_is_zero", &hg::profile_options::absent_is_zero)
        .def_readwrite("tilt_bands", &hg::profile_options::tilt_bands)
        .def_readwrite("tilt_band_on_normalised", &hg::profile_options::tilt_band_on_normalised)
        .def_readwrite("stance", &hg::profile_options::stance)
        .def_property(
            "kuik",
            [](const hg::profile_options& o) {
                warn_deprecated("ProfileOptions.kuik is deprecated; use .tilt_bands (issue #12)");
                return o.tilt_bands;
            },
            [](hg::profile_options& o, const hg::tilt_band_thresholds& t) {
                warn_deprecated("ProfileOptions.kuik is deprecated; use .tilt_bands (issue #12)");
                o.tilt_bands = t;
            },
            "Deprecated alias of ``tilt_bands`` (issue #12); warns.")
        .def_property(
            "kuik_on_normalised",
            [](const hg::profile_options& o) {
                warn_deprecated("ProfileOptions.kuik_on_normalised is deprecated; use .tilt_band_on_normalised (issue #12)");
                return o.tilt_band_on_normalised;
            },
            [](hg::profile_options& o, bool v) {
                warn_deprecated("ProfileOptions.kuik_on_normalised is deprecated; use .tilt_band_on_normalised (issue #12)");
                o.tilt_band_on_normalised = v;
            },
            "Deprecated alias of ``tilt_band_on_normalised`` (issue #12); warns.")
        .def_readwrite("split_threshold", &hg::profile_options::split_threshold)
        .def_readwrite("neutral_band", &hg::profile_options::neutral_band)
        .def_readwrite("declared_neutral", &hg::profile_options::declared_neutral)
        .def_readwrite("security_domain", &hg::profile_options::security_domain)
        .def_readwrite("alliance_threshold", &hg::profile_options::alliance_threshold)
        .def_readwrite("hostility_threshold", &hg::profile_options::hostility_threshold)
        .def_readwrite("lean_margin", &hg::profile_options::lean_margin)
        .def_readwrite("engagement_min", &hg::profile_options::engagement_min)
        .def_readwrite("robustness_draws", &hg::profile_options::robustness_draws)
        .def_readwrite("robustness_seed", &hg::profile_options::robustness_seed)
        .def_readwrite("robustness_sd_high", &hg::profile_options::robustness_sd_high)
        .def_readwrite("robustness_sd_medium", &hg::profile_options::robustness_sd_medium)
        .def_readwrite("robustness_sd_low", &hg::profile_options::robustness_sd_low)
        .def_readwrite("collective_security_organisations", &hg::profile_options::collective_security_organisations)
        .def_readwrite("collective_security_margin", &hg::profile_options::collective_security_margin)
        .def_readwrite("collective_security_min_tie", &hg::profile_options::collective_security_min_tie)
        .def_readwrite("perception", &hg::profile_options::perception)
        .def_readwrite("membership_status_weights", &hg::profile_options::membership_status_weights)
        .def_readwrite("membership_leader_weight", &hg::profile_options::membership_leader_weight)
        .def_readwrite("membership_co_member_weight", &hg::profile_options::membership_co_member_weight)
        .def_readwrite("vote_metric", &hg::profile_options::vote_metric)
        .def_readwrite("vote_window", &hg::profile_options::vote_window)
        .def_readwrite("cross_pressure_actors", &hg::profile_options::cross_pressure_actors)
        .def_readwrite("cross_pressure_domains", &hg::profile_options::cross_pressure_domains);
}

// DomainRow and AggregateRow: the indicators of one domain and of the aggregate.
void bind_hedging_rows(py::module_& h) {
    py::class_<hg::domain_row>(h, "DomainRow", "Indicators of one domain (see docs/hedging.md).")
        .def_readonly("domain", &hg::domain_row::domain)
        .def_readonly("year", &hg::domain_row::year)
        .def_readonly("source", &hg::domain_row::source)
        .def_readonly("weight", &hg::domain_row::weight)
        .def_readonly("affinity", &hg::domain_row::affinity)
        .def_readonly("observed", &hg::domain_row::observed)
        .def_readonly("tilt", &hg::domain_row::tilt)
        .def_readonly("tilt_normalised", &hg::domain_row::tilt_normalised)
        .def_readonly("dispersion", &hg::domain_row::dispersion)
        .def_readonly("equidistance", &hg::domain_row::equidistance)
        .def_readonly("hedging", &hg::domain_row::hedging)
        .def_readonly("entropy", &hg::domain_row::entropy)
        .def_readonly("leaning", &hg::domain_row::leaning)
        .def_property_readonly("tilt_band", [](const hg::domain_row& r) { return std::string(hg::to_string(r.band)); },
                               "Tilt band toward rivals[0] ('strong_other' ... 'even' ... 'strong_reference').")
        .def_property_readonly("tilt_band_value", [](const hg::domain_row& r) { return static_cast<int>(r.band); })
        .def_property_readonly(
            "position",
            [](const hg::domain_row& r) {
                warn_deprecated("DomainRow.position is deprecated: it was the tilt band under Kuik's names; use "
                                ".tilt_band, and ProfileView.stances for Kuik's spectrum (issue #12)");
                return std::string(hg::to_string(static_cast<hg::kuik_position>(static_cast<int>(r.band))));
            },
            "Deprecated (issue #12): the tilt band under its old Kuik label; warns.")
        .def_property_readonly(
            "position_value",
            [](const hg::domain_row& r) {
                warn_deprecated("DomainRow.position_value is deprecated; use .tilt_band_value (issue #12)");
                return static_cast<int>(r.band);
            },
            "Deprecated alias of ``tilt_band_value`` (issue #12); warns.");

    py::class_<hg::aggregate_row>(h, "AggregateRow", "The weighted aggregate over domains, with spread and split.")
        .def_readonly("affinity", &hg::aggregate_row::affinity)
        .def_readonly("tilt", &hg::aggregate_row::tilt)
        .def_readonly("tilt_normalised", &hg::aggregate_row::tilt_normalised)
        .def_readonly("dispersion", &hg::aggregate_row::dispersion)
        .def_readonly("equidistance", &hg::aggregate_row::equidistance)
        .def_readonly("hedging", &hg::aggregate_row::hedging)
        .def_readonly("entropy", &hg::aggregate_row::entropy)
        .def_readonly("spread", &hg::aggregate_row::spread)
        .def_readonly("split", &hg::aggregate_row::split)
        .def_readonly("split_domains", &hg::aggregate_row::split_domains)
        .def_readonly("leaning", &hg::aggregate_row::leaning)
        .def_readonly("total_weight", &hg::aggregate_row::total_weight)
        .def_property_readonly("tilt_band", [](const hg::aggregate_row& r) { return std::string(hg::to_string(r.band)); },
                               "Tilt band of the aggregate tilt toward rivals[0].")
        .def_property_readonly("tilt_band_value", [](const hg::aggregate_row& r) { return static_cast<int>(r.band); })
        .def_property_readonly(
            "position",
            [](const hg::aggregate_row& r) {
                warn_deprecated("AggregateRow.position is deprecated: it was the tilt band under Kuik's names; use "
                                ".tilt_band, and ProfileView.stances for Kuik's spectrum (issue #12)");
                return std::string(hg::to_string(static_cast<hg::kuik_position>(static_cast<int>(r.band))));
            },
            "Deprecated (issue #12): the tilt band under its old Kuik label; warns.")
        .def_property_readonly(
            "position_value",
            [](const hg::aggregate_row& r) {
                warn_deprecated("AggregateRow.position_value is deprecated; use .tilt_band_value (issue #12)");
                return static_cast<int>(r.band);
            },
            "Deprecated alias of ``tilt_band_value`` (issue #12); warns.");
}

// StrategyResult, ProfileView, split votes, cross-pressure and ProfileResult.
void bind_hedging_profile_results(py::module_& h) {
    py::class_<hg::strategy_result>(h, "StrategyResult",
                                    "Primary strategy, alignment, components of the mix, reasons and robustness.")
        .def_property_readonly("primary", [](const hg::strategy_result& s) { return std::string(hg::to_string(s.primary)); })
        .def_readonly("reference", &hg::strategy_result::reference)
        .def_readonly("aligned_with", &hg::strategy_result::aligned_with, "Rival aligned with (\"\" if none).")
        .def_readonly("against", &hg::strategy_result::against, "Rivals balanced against.")
        .def_property_readonly("components", [](const hg::strategy_result& s) { return strategy_names(s.components); })
        .def_readonly("reasons", &hg::strategy_result::reasons)
        .def_readonly("robustness", &hg::strategy_result::robustness,
                      "Share of the perturbed draws with the same primary (NaN if not computed).")
        .def_readonly("robustness_draws", &hg::strategy_result::robustness_draws);

    py::class_<hg::profile_view>(h, "ProfileView", "Domain rows, aggregate and strategy of one view.")
        .def_readonly("domains", &hg::profile_view::domains)
        .def_readonly("aggregate", &hg::profile_view::aggregate)
        .def_readonly("strategy", &hg::profile_view::strategy)
        .def_readonly("stances", &hg::profile_view::stances,
                      "The focal's stance toward each rival (rival order) on Kuik's spectrum (PowerStance).");

    py::class_<hg::split_vote_result>(h, "SplitVoteResult", "Split-vote analysis between two powers (Yuneman 2023).")
        .def_readonly("a", &hg::split_vote_result::a)
        .def_readonly("b", &hg::split_vote_result::b)
        .def_readonly("n_split", &hg::split_vote_result::n_split)
        .def_readonly("with_a", &hg::split_vote_result::with_a)
        .def_readonly("with_b", &hg::split_vote_result::with_b)
        .def_readonly("abstain", &hg::split_vote_result::abstain)
        .def_readonly("absent", &hg::split_vote_result::absent)
        .def_readonly("abstention_share", &hg::split_vote_result::abstention_share);

    py::class_<hg::cross_pressure_triad>(h, "CrossPressureTriad", "focal + a, focal + b, a - b in one domain.")
        .def_readonly("a", &hg::cross_pressure_triad::a)
        .def_readonly("b", &hg::cross_pressure_triad::b)
        .def_readonly("domain", &hg::cross_pressure_triad::domain)
        .def_readonly("w_ab", &hg::cross_pressure_triad::w_ab)
        .def_readonly("w_fa", &hg::cross_pressure_triad::w_fa)
        .def_readonly("w_fb", &hg::cross_pressure_triad::w_fb)
        .def_readonly("contribution", &hg::cross_pressure_triad::contribution);

    py::class_<hg::cross_pressure_result>(h, "CrossPressureResult", "Triad count, exposure and the triads.")
        .def_readonly("triads", &hg::cross_pressure_result::triads)
        .def_readonly("exposure", &hg::cross_pressure_result::exposure)
        .def_readonly("witnesses", &hg::cross_pressure_result::witnesses);

    py::class_<hg::profile_result>(h, "ProfileResult", "Structural and perceived views, split votes and cross-pressure.")
        .def_readonly("focal", &hg::profile_result::focal)
        .def_readonly("rivals", &hg::profile_result::rivals)
        .def_readonly("year", &hg::profile_result::year)
        .def_readonly("structure", &hg::profile_result::structure)
        .def_readonly("perceived", &hg::profile_result::perceived)
        .def_readonly("has_perception", &hg::profile_result::has_perception)
        .def_readonly("split_votes", &hg::profile_result::split_votes)
        .def_readonly("cross_pressure", &hg::profile_result::cross_pressure);
}

// NetworkIndex and the domain, affinity-spec, tilt-band and stance helpers.
void bind_hedging_index(py::module_& h) {
    py::class_<hg::network_index, std::shared_ptr<hg::network_index>>(h, "NetworkIndex", R"doc(
A lookup index over a Network, built once (O(R + M + K)); pass it instead of the
network to answer many profile queries fast. It indexes a copy of the network
taken when it is built: later changes to the network do not reach it (build a new
index), and it is immutable, so any number of threads may use it at once.
)doc")
        .def(py::init([](const network& net) {
                 // The index points into the network it indexes: it owns a private copy, so that
                 // a later add_relation (from any thread) cannot leave it dangling.
                 struct owned {
                     network net;
                     hg::network_index idx;
                     explicit owned(network n) : net(std::move(n)), idx(net) {}
                 };
                 auto copy = private_copy(net);
                 std::shared_ptr<owned> o;
                 {
                     py::gil_scoped_release release;
                     o = std::make_shared<owned>(std::move(copy));
                 }
                 return std::shared_ptr<hg::network_index>(o, &o->idx);
             }),
             py::arg("network"));

    h.def("default_domains", &hg::default_domains, py::arg("network"),
          "The default domains of profile, evolution, rank and the report: every domain with a relation, in network "
          "order, except a sub-domain ('economic.water') whose parent domain is present.");
    h.def("absent_is_zero_domains", &hg::absent_is_zero_domains, py::arg("network"), py::arg("options"),
          "The domains in which an absent relation counts as an observed 0 under these options.");
    h.def("parse_affinity_spec", &hg::parse_affinity_spec, py::arg("name"), "Parse an affinity source name.");
    h.def(
        "classify_tilt_band",
        [](double tilt, double a_ref, double a_alt, const hg::tilt_band_thresholds& th) {
            return std::string(hg::to_string(hg::classify_tilt_band(tilt, a_ref, a_alt, th)));
        },
        py::arg("tilt"), py::arg("a_ref"), py::arg("a_alt"), py::arg("thresholds") = hg::tilt_band_thresholds{},
        "Tilt band of a tilt toward the reference power (see docs/hedging.md, 'Tilt bands').");
    h.def("classify_stance", &hg::classify_stance, py::arg("security"), py::arg("other"),
          py::arg("thresholds") = hg::stance_thresholds{}, R"doc(
Stance toward one power on Kuik's spectrum from its security tie ``security`` (s) and the weighted
mean ``other`` (o) of the other ties (NaN = not observed), on the [-1, 1] coding scale. First rule
that holds: s <= -hostility balancing; s <= -friction indirect balancing; o <= -friction dominance
denial; s >= alliance and o >= partnership bandwagoning; either limited bandwagoning; s or o >=
engagement binding engagement; otherwise economic pragmatism. See docs/hedging.md.
)doc");
}

// affinity, split_votes, cross_pressure, profile and evolution_columns.
void bind_hedging_profile_functions(py::module_& h) {
    h.def(
        "affinity",
        [](const hg::network_index& idx, const std::string& focal, const std::string& power, const std::string& domain,
           int year, const hg::affinity_spec& spec, const hg::profile_options& opt) {
            return hg::affinity(idx, focal, power, domain, year, spec, opt);
        },
        py::arg("index"), py::arg("focal"), py::arg("power"), py::arg("domain"), py::arg("year"),
        py::arg("spec") = hg::affinity_spec{}, py::arg("options") = hg::profile_options{},
        "Affinity of focal to power in a domain and year, or None.");
    h.def(
        "split_votes",
        [](const hg::network_index& idx, const std::string& focal, const std::string& a, const std::string& b, int year,
           const std::string& vote_metric, int window) {
            py::gil_scoped_release release;  // a NetworkIndex is immutable: no copy needed
            return hg::split_votes(idx, focal, a, b, year, vote_metric, window);
        },
        py::arg("index"), py::arg("focal"), py::arg("a"), py::arg("b"), py::arg("year"),
        py::arg("vote_metric") = "unga_vote", py::arg("window") = 0,
        "Split-vote analysis of focal between powers a and b.");
    h.def(
        "cross_pressure",
        [](const network& net, const std::string& focal, int year, const std::vector<std::string>& actors,
           const std::vector<std::string>& domains) {
            const network snap = private_copy(net);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return hg::cross_pressure(snap, focal, year, actors, domains);
        },
        py::arg("network"), py::arg("focal"), py::arg("year"), py::arg("actors") = std::vector<std::string>{},
        py::arg("domains") = std::vector<std::string>{},
        "Cross-pressure triads and exposure on focal in year.");
    h.def(
        "profile",
        [](const network& net, const std::string& focal, const std::vector<std::string>& rivals, int year,
           const hg::profile_options& opt) {
            const network snap = private_copy(net);  // see private_copy: thread safety
            const hg::profile_options o = private_copy(opt);
            py::gil_scoped_release release;
            return hg::profile(snap, focal, rivals, year, o);
        },
        py::arg("network"), py::arg("focal"), py::arg("rivals"), py::arg("year"),
        py::arg("options") = hg::profile_options{},
        "Hedging profile of focal between rivals in a year.");
    h.def(
        "profile",
        [](const hg::network_index& idx, const std::string& focal, const std::vector<std::string>& rivals, int year,
           const hg::profile_options& opt) {
            const hg::profile_options o = private_copy(opt);  // see private_copy: thread safety
            py::gil_scoped_release release;
            return hg::profile(idx, focal, rivals, year, o);
        },
        py::arg("index"), py::arg("focal"), py::arg("rivals"), py::arg("year"),
        py::arg("options") = hg::profile_options{});
    h.def(
        "evolution_columns",
        [](const network& net, const std::string& focal, const std::vector<std::string>& rivals,
           const std::vector<int>& years, const hg::profile_options& opt) {
            hg::evolution_columns c;
            {
                const network snap = private_copy(net);  // see private_copy: thread safety
                const hg::profile_options o = private_copy(opt);
                py::gil_scoped_release release;
                c = hg::evolution(snap, focal, rivals, years, o).columns();
            }
            return columns_dict(c);
        },
        py::arg("network"), py::arg("focal"), py::arg("rivals"), py::arg("years"),
        py::arg("options") = hg::profile_options{},
        "Evolution rows (view, year, domain) as a dict of numpy arrays and lists.");
}

// RankRow and RankResult.
void bind_hedging_rank_results(py::module_& h) {
    py::class_<hg::rank_row>(h, "RankRow", "One ranked actor of hedging.rank (see kzsec/hedging_rank.hpp).")
        .def_readonly("actor", &hg::rank_row::actor)
        .def_readonly("name", &hg::rank_row::name)
        .def_readonly("region", &hg::rank_row::region)
        .def_readonly("affinity", &hg::rank_row::affinity)
        .def_readonly("tilt", &hg::rank_row::tilt)
        .def_readonly("hedging", &hg::rank_row::hedging)
        .def_readonly("spread", &hg::rank_row::spread)
        .def_readonly("observed_domains", &hg::rank_row::observed_domains)
        .def_property_readonly("primary", [](const hg::rank_row& r) { return std::string(hg::to_string(r.primary)); })
        .def_readonly("aligned_with", &hg::rank_row::aligned_with)
        .def_readonly("against", &hg::rank_row::against)
        .def_readonly("robustness", &hg::rank_row::robustness)
        .def_readonly("reason", &hg::rank_row::reason)
        .def("__repr__", [](const hg::rank_row& r) {
            return "<RankRow " + r.actor + " " + std::string(hg::to_string(r.primary)) + ">";
        });
    py::class_<hg::rank_result>(h, "RankResult", "Every actor's profile for one frame and year, sorted.")
        .def_readonly("rivals", &hg::rank_result::rivals)
        .def_readonly("year", &hg::rank_result::year)
        .def_readonly("domains", &hg::rank_result::domains)
        .def_readonly("rows", &hg::rank_result::rows)
        .def_readonly("skipped", &hg::rank_result::skipped)
        .def("to_text", &hg::rank_to_text, "The ranking as text for the terminal (as `kzsec rank`).")
        .def("to_markdown", &hg::rank_to_markdown, "The ranking as a Markdown table.")
        .def("to_csv", &hg::rank_to_csv, "The ranking as CSV (the columns of rank_columns).")
        .def("to_json", &hg::rank_to_json, "The ranking as JSON (rivals, year, domains, skipped, rows).")
        .def("__repr__", [](const hg::rank_result& r) {
            return "<RankResult " + std::to_string(r.rows.size()) + " actors, " + std::to_string(r.year) + ">";
        });
}

// The rank options from the Python arguments, then hedging::rank (called with the GIL released).
hg::rank_result rank_impl(const hg::network_index& idx, const std::vector<std::string>& rivals, int year,
                          const hg::profile_options& opt, const std::vector<std::string>& actors,
                          int min_observed_domains, const std::string& sort,
                          std::function<bool(std::size_t, std::size_t)> progress) {
    hg::rank_options ro;
    ro.progress = std::move(progress);
    ro.profile = opt;
    ro.actors = actors;
    ro.min_observed_domains = min_observed_domains;
    ro.sort = sort;
    return hg::rank(idx, rivals, year, ro);
}

// rank, over a NetworkIndex or a Network.
void bind_hedging_rank(py::module_& h) {
    h.def(
        "rank",
        [](const hg::network_index& idx, const std::vector<std::string>& rivals, int year,
           const hg::profile_options& opt, const std::vector<std::string>& actors, int min_observed_domains,
           const std::string& sort, py::object progress) {
            const hg::profile_options o = private_copy(opt);  // see private_copy: thread safety
            auto hook = progress_hook(std::move(progress));  // also lets Ctrl-C stop the run
            py::gil_scoped_release release;
            return rank_impl(idx, rivals, year, o, actors, min_observed_domains, sort, std::move(hook));
        },
        py::arg("index"), py::arg("rivals"), py::arg("year"), py::arg("options") = hg::profile_options{},
        py::arg("actors") = std::vector<std::string>{}, py::arg("min_observed_domains") = 2, py::arg("sort") = "tilt",
        py::arg("progress") = py::none(),
        "Every actor's profile for one frame and year (hedging::rank). Releases the GIL; Ctrl-C stops it between "
        "actors. progress: None or a callable(done, total) -> bool|None over the actors, called at most every 0.1 s "
        "with the GIL; False cancels (RuntimeError).");
    h.def(
        "rank",
        [](const network& net, const std::vector<std::string>& rivals, int year, const hg::profile_options& opt,
           const std::vector<std::string>& actors, int min_observed_domains, const std::string& sort,
           py::object progress) {
            const network snap = private_copy(net);  // see private_copy: thread safety
            const hg::profile_options o = private_copy(opt);
            auto hook = progress_hook(std::move(progress));
            py::gil_scoped_release release;
            const hg::network_index idx(snap);
            return rank_impl(idx, rivals, year, o, actors, min_observed_domains, sort, std::move(hook));
        },
        py::arg("network"), py::arg("rivals"), py::arg("year"), py::arg("options") = hg::profile_options{},
        py::arg("actors") = std::vector<std::string>{}, py::arg("min_observed_domains") = 2, py::arg("sort") = "tilt",
        py::arg("progress") = py::none());
}

// rank_columns: a RankResult as DataFrame columns.
void bind_hedging_rank_columns(py::module_& h) {
    h.def(
        "rank_columns",
        [](const hg::rank_result& r) {
            const std::size_t n = r.rows.size(), k = r.rivals.size();
            py::dict d;
            std::vector<std::string> actor, name, region, primary, aligned, against, reason;
            std::vector<double> tilt, hedging, spread, robustness;
            std::vector<int> observed, rank;
            std::vector<std::vector<double>> aff(k);
            for (std::size_t i = 0; i < n; ++i) {
                const auto& x = r.rows[i];
                rank.push_back(static_cast<int>(i) + 1);
                actor.push_back(x.actor);
                name.push_back(x.name);
                region.push_back(x.region);
                for (std::size_t j = 0; j < k; ++j) aff[j].push_back(x.affinity[j]);
                tilt.push_back(x.tilt);
                hedging.push_back(x.hedging);
                spread.push_back(x.spread);
                observed.push_back(x.observed_domains);
                primary.emplace_back(hg::to_string(x.primary));
                aligned.push_back(x.aligned_with);
                std::string a;
                for (const auto& s : x.against) a += (a.empty() ? "" : ";") + s;
                against.push_back(a);
                robustness.push_back(x.robustness);
                reason.push_back(x.reason);
            }
            d["rank"] = to_array(rank);
            d["actor"] = actor;
            d["name"] = name;
            d["region"] = region;
            d["year"] = to_array(std::vector<int>(n, r.year));
            for (std::size_t j = 0; j < k; ++j) d[py::str("affinity_" + r.rivals[j])] = to_array(aff[j]);
            d["tilt"] = to_array(tilt);
            d["hedging"] = to_array(hedging);
            d["spread"] = to_array(spread);
            d["observed_domains"] = to_array(observed);
            d["strategy"] = primary;
            d["aligned_with"] = aligned;
            d["against"] = against;
            d["robustness"] = to_array(robustness);
            d["rule"] = reason;
            return d;
        },
        py::arg("result"), "The rows of a RankResult as a dict of numpy arrays and lists (DataFrame columns).");
}

}  // namespace

void register_hedging(py::module_& m) {
    py::module_ h = m.def_submodule("hedging", "Hedging indicators and strategy classification (kzsec.hedging).");
    bind_hedging_specs(h);
    bind_hedging_stance_perception(h);
    bind_hedging_profile_options(h);
    bind_hedging_rows(h);
    bind_hedging_profile_results(h);
    bind_hedging_index(h);
    bind_hedging_profile_functions(h);
    bind_hedging_rank_results(h);
    bind_hedging_rank(h);
    bind_hedging_rank_columns(h);
}

}  // namespace kzsec::python
