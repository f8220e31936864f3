#pragma once
/// @file hedging_kernel.hpp
/// @brief Private to the library (not installed): the per-draw kernel of the hedging indicators,
/// shared by `profile` (src/hedging.cpp) and the scenario Monte Carlo (src/scenario_mc.cpp) so that
/// both give the same numbers. Not part of the public API (issue #15).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

#include "kzsec/hedging.hpp"

namespace kzsec::hedging {

namespace detail {
/// Tolerance of the hedging comparisons (thresholds, split, ties).
inline constexpr double hedging_eps = 1e-9;
/// `classify_tilt_band` without validating the thresholds (the caller has validated them once):
/// for hot loops such as the Monte Carlo kernel.
inline tilt_band classify_tilt_band_unchecked(double tilt, double a_ref, double a_alt, const tilt_band_thresholds& th) noexcept {
    if (tilt != tilt) return tilt_band::even;  // NaN
    const double m = tilt < 0 ? -tilt : tilt;
    int level = m <= th.even + hedging_eps ? 0 : m <= th.slight + hedging_eps ? 1 : m <= th.clear + hedging_eps ? 2 : 3;
    if (level == 3 && th.strong_requires_non_positive) {
        // The strong bands need no positive tie to the other side.
        if (tilt > 0 && a_alt > 0) level = 2;
        if (tilt < 0 && a_ref > 0) level = 2;
    }
    return static_cast<tilt_band>(tilt >= 0 ? level : -level);
}

/// Tilt, dispersion, equidistance, hedging, entropy and leaning of one vector of affinities.
struct affinity_indicators {
    double tilt = 0, tilt_normalised = 0, dispersion = 0, equidistance = 0, hedging = 0, entropy = 0;
    double a_ref = 0, a_alt = 0;
    int leaning = -1;  ///< index of the rival leaned to, -1 if none
};
/// The leaning of non-NaN affinities a[0..k): the argmax (first on ties) if its margin over the
/// runner-up exceeds `split_threshold` (+ hedging_eps), else -1. Complexity: O(k).
inline int leaning(const double* a, std::size_t k, double split_threshold) noexcept {
    std::size_t best = 0;
    for (std::size_t i = 1; i < k; ++i)
        if (a[i] > a[best]) best = i;
    double second = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < k; ++i)
        if (i != best) second = std::max(second, a[i]);
    return a[best] - second > split_threshold + hedging_eps ? static_cast<int>(best) : -1;
}


/// The indicators of the affinities a[0..k) (a[0] = reference power; k >= 2), as defined in
/// docs/hedging.md; every value NaN if an affinity is NaN. `log_k` = log(k) (the caller computes
/// it once). Shared by `profile` and the Monte Carlo kernel, so that both give the same numbers.
inline affinity_indicators compute_indicators(const double* a, std::size_t k, double split_threshold, double log_k) noexcept {
    affinity_indicators r;
    for (std::size_t i = 0; i < k; ++i)
        if (a[i] != a[i]) {  // NaN
            const double nan = std::numeric_limits<double>::quiet_NaN();
            r.tilt = r.tilt_normalised = r.dispersion = r.equidistance = r.hedging = r.entropy = nan;
            r.a_ref = r.a_alt = nan;
            return r;
        }
    r.a_ref = a[0];
    r.a_alt = *std::max_element(a + 1, a + k);
    r.tilt = r.a_ref - r.a_alt;
    const double den = std::abs(r.a_ref) + std::abs(r.a_alt);
    r.tilt_normalised = den > 0 ? r.tilt / den : 0.0;
    const auto [mn, mx] = std::minmax_element(a, a + k);
    r.dispersion = *mx - *mn;
    r.equidistance = 1.0 - r.dispersion / 2.0;
    r.hedging = *mn > 0 ? r.equidistance : 0.0;
    double pos = 0.0;
    int npos = 0;
    for (std::size_t i = 0; i < k; ++i)
        if (a[i] > 0) {
            pos += a[i];
            ++npos;
        }
    if (npos >= 2) {
        double h = 0.0;
        for (std::size_t i = 0; i < k; ++i)
            if (a[i] > 0) {
                const double p = a[i] / pos;
                h -= p * std::log(p);
            }
        r.entropy = h / log_k;
    }
    r.leaning = leaning(a, k, split_threshold);
    return r;
}
}  // namespace detail

}  // namespace kzsec::hedging
