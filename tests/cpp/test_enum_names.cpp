// The one table of names per public enum (detail/enum_table.hpp): every table gives the names
// the documentation and the Python module use (written out here, not taken from the tables),
// to_string and parse_<enum> agree with it, and an unknown name is an error that lists the
// names and suggests the nearest.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include <kzsec/kzsec.hpp>

using namespace kzsec;

namespace {

/// Checks one table against the documented canonical names, in order: each name parses to the
/// value whose to_string gives it back, every alias parses to a value whose canonical name is
/// listed, and the error of an unknown name lists exactly the canonical names.
template <class Table, class Parse>
void check_table(const Table& table, Parse parse, const std::vector<std::string_view>& documented) {
    CAPTURE(table.what);
    CHECK(table.names() == documented);
    for (const auto& e : table.entries) {
        CAPTURE(e.name);
        CHECK(parse(e.name) == e.value);
        const std::string_view canonical = to_string(e.value);
        CHECK(parse(canonical) == e.value);
        bool listed = false;
        for (auto d : documented) listed = listed || d == canonical;
        CHECK(listed);
    }
    std::string quoted;
    for (auto d : documented) quoted += (quoted.empty() ? "'" : ", '") + std::string(d) + "'";
    const std::string expected = "[kzsec] " + std::string(table.what) + " 'zzzzzzzzzzzzzzzz' is not one of " + quoted;
    CHECK_THROWS_WITH_AS(parse("zzzzzzzzzzzzzzzz"), expected.c_str(), invalid_input);
}

}  // namespace

TEST_SUITE("enum names") {
    TEST_CASE("every public enum's table gives its documented names") {
        check_table(actor_kind_table, parse_actor_kind, {"state", "organisation", "non_state"});
        check_table(confidence_table, parse_confidence, {"high", "medium", "low"});
        check_table(symmetrize_rule_table, parse_symmetrize_rule, {"sum", "sign_sum", "min", "max", "negative_wins", "error"});
        check_table(self_loop_policy_table, parse_self_loop_policy, {"error", "drop"});
        check_table(eigen_method_table, parse_eigen_method, {"auto", "dense", "sparse"});
        check_table(pn_mode_table, parse_pn_mode, {"all", "out", "in"});
        check_table(pn_method_table, parse_pn_method, {"auto", "iteration", "sparse_lu"});
        check_table(triangle_weighting_table, parse_triangle_weighting, {"sign", "product"});
        check_table(component_choice_table, parse_component_choice, {"whole", "largest"});
        check_table(frustration_method_table, parse_frustration_method, {"exact", "heuristic", "auto"});
        check_table(blockmodel_method_table, parse_blockmodel_method, {"exact", "heuristic", "auto"});
        check_table(partitions_method_table, parse_partitions_method, {"enumeration", "branch_and_bound", "auto"});
        check_table(null_model_table, parse_null_model, {"sign_shuffle", "switching"});
        check_table(spectral_clustering_method_table, parse_spectral_clustering_method,
                    {"sponge", "sponge_sym", "signed_laplacian", "signed_laplacian_sym"});
        check_table(tie_kind_table, parse_tie_kind, {"positive", "negative", "ambivalent"});
        check_table(snapshot_vertices_table, parse_snapshot_vertices, {"related", "all"});
        check_table(threat_form_table, parse_threat_form, {"additive", "multiplicative"});
        check_table(focal_triad_type_table, parse_focal_triad_type,
                    {"friends_friendly", "friends_hostile", "friend_enemy_friendly", "friend_enemy_hostile",
                     "enemies_friendly", "enemies_hostile", "friend_of_friend", "enemy_of_friend", "friend_of_enemy",
                     "enemy_of_enemy"});
        check_table(undefined_reason_table, parse_undefined_reason,
                    {"none", "no_common_dimensions", "zero_weight", "zero_max_distance", "zero_expected_disagreement",
                     "constant_vector", "no_opposite_or_identical", "no_split_votes"});
        check_table(un_vote_table, parse_un_vote, {"yes", "abstain", "no"});
        check_table(un_agreement_index_table, parse_un_agreement_index,
                    {"identical", "lijphart", "state_department", "n_common"});
        check_table(alliance_coding_table, parse_alliance_coding, {"valued", "binary"});
        check_table(tie_direction_table, parse_tie_direction, {"outgoing", "incoming", "either"});
        check_table(vote_choice_table, parse_vote_choice, {"yes", "abstain", "no", "absent", "not_member", "missing"});
        check_table(vote_layout_table, parse_vote_layout, {"wide", "long"});
        check_table(hedging::affinity_source_table, hedging::parse_affinity_source,
                    {"relation", "membership", "metric", "un_agreement"});
        check_table(hedging::relation_mode_table, hedging::parse_relation_mode, {"any", "undirected", "directed"});
        check_table(hedging::kuik_position_table, hedging::parse_kuik_position,
                    {"balancing", "indirect_balancing", "dominance_denial", "economic_pragmatism", "binding_engagement",
                     "limited_bandwagoning", "bandwagoning"});
        check_table(hedging::tilt_band_table, hedging::parse_tilt_band,
                    {"strong_other", "clear_other", "slight_other", "even", "slight_reference", "clear_reference",
                     "strong_reference"});
        check_table(hedging::strategy_table, hedging::parse_strategy,
                    {"balancing", "bandwagoning", "hedging", "neutrality", "collective_security", "no_data"});
        check_table(scenario::edit_kind_table, scenario::parse_edit_kind,
                    {"set_relation", "change_relation", "remove_relation", "add_actor", "remove_actor", "add_membership",
                     "remove_membership", "scale_domain", "apply_event", "extend"});
        check_table(scenario::attribution_method_table, scenario::parse_attribution_method,
                    {"leave_one_out", "one_at_a_time", "none"});
        check_table(scenario::indicator_bound_table, scenario::parse_indicator_bound,
                    {"fixed", "domain_relations", "year_relations"});
    }

    TEST_CASE("names that are not C++ identifiers map to the right values") {
        CHECK(to_string(eigen_method::automatic) == "auto");
        CHECK(to_string(vote_layout::long_format) == "long");
        CHECK(parse_vote_layout("long") == vote_layout::long_format);
        CHECK(static_cast<int>(parse_un_vote("no")) == 3);  // the UN code of a "no" vote
        CHECK(static_cast<int>(hedging::parse_tilt_band("strong_other")) == -3);
        CHECK(static_cast<int>(hedging::parse_kuik_position("bandwagoning")) == 3);
    }

    TEST_CASE("aliases parse but are neither printed nor listed") {
        CHECK(parse_actor_kind("organization") == actor_kind::organisation);
        CHECK(parse_actor_kind("non-state") == actor_kind::non_state);
        CHECK(to_string(actor_kind::organisation) == "organisation");
        CHECK(actor_kind_table.names().size() == 3);
    }

    TEST_CASE("an unknown name suggests the nearest names") {
        CHECK_THROWS_WITH_AS(parse_pn_method("itration"),
                             "[kzsec] PN method 'itration' is not one of 'auto', 'iteration', 'sparse_lu'; "
                             "did you mean 'iteration'?",
                             invalid_input);
        CHECK_THROWS_WITH_AS(parse_frustration_method("Exact"),
                             "[kzsec] frustration method 'Exact' is not one of 'exact', 'heuristic', 'auto'; "
                             "did you mean 'exact'?",
                             invalid_input);
        // names are case-sensitive: "Exact" is suggested, not accepted
        CHECK_THROWS_AS(parse_null_model("Switching"), invalid_input);
    }

    TEST_CASE("a value outside the table prints as '?'") {
        CHECK(to_string(static_cast<pn_mode>(200)) == "?");
        CHECK(to_string(static_cast<hedging::tilt_band>(9)) == "?");
        CHECK(tie_code(static_cast<tie_kind>(7)) == '?');
    }

    TEST_CASE("signnet's tie codes: one letter per tie kind, both ways") {
        for (auto k : {tie_kind::positive, tie_kind::negative, tie_kind::ambivalent})
            CHECK(parse_tie_code(std::string(1, tie_code(k))) == k);
        CHECK(tie_code(tie_kind::positive) == 'P');
        CHECK(tie_code(tie_kind::negative) == 'N');
        CHECK(tie_code(tie_kind::ambivalent) == 'A');
        CHECK_THROWS_WITH_AS(parse_tie_code("p"),
                             "[kzsec] tie code (signnet's codes) 'p' is not one of 'P', 'N', 'A'; did you mean 'P'?",
                             invalid_input);
    }
}
