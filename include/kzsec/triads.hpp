#pragma once
/// @file triads.hpp
/// @brief The triads around a focal actor, by type and by the focal actor's position: friends
/// who are enemies of each other, a friend who is a friend of an enemy, the enemy of a friend
/// (an open triad), ...
///
/// See docs/signed-analysis.md for the types, their balance and the reference.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "signed_graph.hpp"
#include "kzsec/detail/enum_table.hpp"

namespace kzsec {

/// Type of a triad around a focal actor f, named from f's point of view.
///
/// Closed triads (f tied to u and to v, and u tied to v), by the signs of f's two ties and of
/// the tie u–v; the balance stated is strong (Cartwright–Harary) balance:
/// - `friends_friendly`    f+u, f+v, u+v: balanced
/// - `friends_hostile`     f+u, f+v, u−v: unbalanced (f's friends are enemies)
/// - `friend_enemy_friendly` f+u, f−v, u+v: unbalanced (a friend is a friend of an enemy)
/// - `friend_enemy_hostile`  f+u, f−v, u−v: balanced (a friend is an enemy of an enemy)
/// - `enemies_friendly`    f−u, f−v, u+v: balanced (enemies allied against f)
/// - `enemies_hostile`     f−u, f−v, u−v: unbalanced (strong), balanced under weak balance
///
/// Open triads (paths f – u – v with v not tied to f), by the signs of f–u and u–v; v is:
/// - `friend_of_friend`  f+u, u+v
/// - `enemy_of_friend`   f+u, u−v
/// - `friend_of_enemy`   f−u, u+v
/// - `enemy_of_enemy`    f−u, u−v
enum class focal_triad_type : std::uint8_t {
    friends_friendly,
    friends_hostile,
    friend_enemy_friendly,
    friend_enemy_hostile,
    enemies_friendly,
    enemies_hostile,
    friend_of_friend,
    enemy_of_friend,
    friend_of_enemy,
    enemy_of_enemy,
};

/// The names of `focal_triad_type` values (`to_string`, `parse_focal_triad_type`; detail/enum_table.hpp).
inline constexpr kzsec::detail::enum_table<focal_triad_type, 10> focal_triad_type_table = {"focal triad type", {{
    {focal_triad_type::friends_friendly, "friends_friendly"},
    {focal_triad_type::friends_hostile, "friends_hostile"},
    {focal_triad_type::friend_enemy_friendly, "friend_enemy_friendly"},
    {focal_triad_type::friend_enemy_hostile, "friend_enemy_hostile"},
    {focal_triad_type::enemies_friendly, "enemies_friendly"},
    {focal_triad_type::enemies_hostile, "enemies_hostile"},
    {focal_triad_type::friend_of_friend, "friend_of_friend"},
    {focal_triad_type::enemy_of_friend, "enemy_of_friend"},
    {focal_triad_type::friend_of_enemy, "friend_of_enemy"},
    {focal_triad_type::enemy_of_enemy, "enemy_of_enemy"},
}}};

inline constexpr std::size_t focal_triad_types = 10;

/// The name of a type ("friends_hostile", ...).
inline std::string_view to_string(focal_triad_type v) noexcept { return focal_triad_type_table.name(v); }
/// The `focal_triad_type` value named `s` (a name of `focal_triad_type_table`).
/// @throws invalid_input naming the accepted values (with a did-you-mean suggestion).
/// Complexity: O(1).
inline focal_triad_type parse_focal_triad_type(std::string_view s) { return focal_triad_type_table.parse(s); }

/// One triad around the focal actor: f, u, v with the type. Closed triads: u < v when f's two
/// ties have the same sign, else u is the friend and v the enemy. Open triads: the path f – u – v.
struct focal_triad {
    std::size_t u = 0;
    std::size_t v = 0;
    focal_triad_type type = focal_triad_type::friends_friendly;
};

/// Options of `focal_triads`.
struct focal_triads_options {
    bool list = false;                 ///< fill `focal_triads_result::triads`
    std::size_t max_listed = 1000000;  ///< at most this many triads are listed
};

/// Result of `focal_triads`.
struct focal_triads_result {
    std::size_t focal = 0;
    /// Count per type, indexed by `focal_triad_type` (closed triads once each; open triads once
    /// per path f – u – v, so v reached through two intermediaries counts twice).
    std::array<std::size_t, focal_triad_types> counts{};
    std::size_t closed = 0;       ///< triangles through f
    std::size_t open = 0;         ///< open paths f – u – v
    std::size_t unbalanced = 0;   ///< closed triads that are unbalanced (strong balance)
    std::size_t unbalanced_weak = 0;  ///< closed triads unbalanced under weak balance (no enemies_hostile)
    std::vector<focal_triad> triads;  ///< listed triads (if requested), closed first, sorted
    bool list_truncated = false;
    std::size_t count(focal_triad_type t) const noexcept { return counts[static_cast<std::size_t>(t)]; }
};

/// Triads around a focal actor by type and position.
///
/// For the focal vertex f, every triangle {f, u, v} is classified by (σ_fu, σ_fv, σ_uv) and every
/// open path f – u – v (u ∈ N(f), v ∈ N(u) \ ({f} ∪ N(f))) by (σ_fu, σ_uv), as listed at
/// `focal_triad_type`. `unbalanced` equals `triangle_index(g).vertex_unbalanced[f]` (strong
/// balance), and the closed counts sum to the triangles through f.
/// @param g the graph. @param focal the focal vertex. @param opt listing options.
/// @return the counts per type, totals and (optionally) the triads.
/// @throws invalid_input if focal ≥ n.
/// Complexity: O(n + Σ_{u ∈ N(f)} deg(u)) time (plus O(L log L) to sort L listed triads).
/// Reference: Heider (1946) J. Psychol. 21:107 (friend of a friend, enemy of a friend, ...);
/// Cartwright & Harary (1956) Psychol. Rev. 63:277; Antal, Krapivsky & Redner (2006) Physica D
/// 224:130 (triad types by the number of negative ties).
focal_triads_result focal_triads(const signed_graph& g, std::size_t focal, const focal_triads_options& opt = {});

}  // namespace kzsec
