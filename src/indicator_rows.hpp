#pragma once
// The indicators `evaluate` writes for each domain row and for the aggregate after the k
// affinities, in cell order, shared by `evaluate` (scenario_compare.cpp) and the Monte Carlo fast
// path (scenario_mc.cpp), so both lay out the cells alike. Their names are entries of
// `scenario::indicators()` (scenario_indicators.cpp; a test checks it). Private to src/.
#include <array>
#include <string_view>
#include <utility>

namespace kzsec::scenario::detail {

/// The row indicators of one affinity vector, the tilt band as its number (−3..3).
struct row_values {
    double tilt, tilt_normalised, dispersion, equidistance, hedging, entropy, tilt_band;
};

/// The row indicators in cell order: name and field.
inline constexpr std::array<std::pair<std::string_view, double row_values::*>, 7> row_fields{{
    {"tilt", &row_values::tilt},
    {"tilt_normalised", &row_values::tilt_normalised},
    {"dispersion", &row_values::dispersion},
    {"equidistance", &row_values::equidistance},
    {"hedging", &row_values::hedging},
    {"entropy", &row_values::entropy},
    {"tilt_band", &row_values::tilt_band},
}};

/// The row values of `r` (a `hedging::domain_row`, `aggregate_row` or the kernel's indicators),
/// with the tilt band `band`. Complexity: O(1).
template <class Row>
row_values values_of(const Row& r, int band) noexcept {
    return {r.tilt, r.tilt_normalised, r.dispersion, r.equidistance, r.hedging, r.entropy, static_cast<double>(band)};
}

}  // namespace kzsec::scenario::detail
