#pragma once
/// @file limits.hpp
/// @brief The ranges every kzsec entry point accepts for years and numbers of draws,
/// and the checks that enforce them (docs/developer-guide.md#limits).
#include <cstdint>
#include <string>
#include <string_view>

#include "kzsec/errors.hpp"

namespace kzsec {

/// First year any kzsec entry point accepts: records of a network (relations, memberships,
/// events, metrics, and so every file), report, calibration, Monte Carlo and
/// `scenario::evaluate` years, scenario horizons, world options, the `kzsec` program's
/// `--years` and `--year`. The state system of the public data starts in 1816; the range
/// keeps every year loop far from integer overflow.
inline constexpr int min_year = 1800;
/// Last year any kzsec entry point accepts (projections included); see `min_year`.
inline constexpr int max_year = 2200;
/// Largest number of draws accepted (Monte Carlo draws and block size, robustness and
/// coalition draws).
inline constexpr std::uint64_t max_draws = 100'000'000;

/// Checks that `year` is in [min_year, max_year].
/// @param year the year
/// @param where the entry point, e.g. "report" or "add_relation"
/// @param field the field holding the year, e.g. "year" or "horizon"
/// @throws invalid_input "[kzsec] <where>: <field> <year> is outside the supported years 1800..2200"
/// Complexity: O(1).
inline void check_year(int year, std::string_view where, std::string_view field) {
    if (year < min_year || year > max_year)
        throw invalid_input("[kzsec] " + std::string(where) + ": " + std::string(field) + " " + std::to_string(year) +
                            " is outside the supported years " + std::to_string(min_year) + ".." +
                            std::to_string(max_year));
}

/// Checks that `draws` is at most `max_draws`. A negative count that went through an unsigned
/// type (`--draws -1`, `draws=2**64-1`) is reported as the negative number it was.
/// @throws invalid_input "[kzsec] <where>: <field> <draws> is above the maximum 100000000"
///         or "... <field> -1 is negative"
/// Complexity: O(1).
inline void check_draws(std::uint64_t draws, std::string_view where, std::string_view field) {
    if (draws <= max_draws) return;
    const auto as_signed = static_cast<std::int64_t>(draws);
    const std::string head = "[kzsec] " + std::string(where) + ": " + std::string(field) + " ";
    if (as_signed < 0) throw invalid_input(head + std::to_string(as_signed) + " is negative");
    throw invalid_input(head + std::to_string(draws) + " is above the maximum " + std::to_string(max_draws));
}

}  // namespace kzsec
